/**
 * The notebooks' Markdown translations (notebooks/translations/<lang>.json): lists every Markdown
 * cell without a current translation, and with `--stub` adds an empty entry for each (with the
 * English text beside it, under "english", to translate from, and a stale entry's old text under
 * "previous") without touching the others. Remove "english" and "previous" once translated.
 *
 *   node --conditions=source --import tsx tools/translations.ts --lang nl [--stub]
 *
 * Exits 1 when cells are untranslated (so it can guard a commit).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readNotebook } from "@behoud/notebook-runner";
import { parseLang } from "../lib/compendium/src/views/lang.js";
import { loadTranslations, sourceHash, translationsFile, untranslatedCells } from "../lib/compendium/src/pipeline/translations.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const NOTEBOOKS = join(ROOT, "notebooks");

const args = process.argv.slice(2);
const langArg = args[args.indexOf("--lang") + 1];
if (!args.includes("--lang") || langArg === undefined) {
  process.stderr.write("usage: tools/translations.ts --lang <lang> [--stub]\n");
  process.exit(2);
}
const lang = parseLang(langArg);
const file = translationsFile(NOTEBOOKS, lang);
if (!existsSync(file)) writeFileSync(file, `${JSON.stringify({ notebooks: {} }, null, 2)}\n`);
const translations = loadTranslations(NOTEBOOKS, lang);
const data = JSON.parse(readFileSync(file, "utf8")) as { notebooks: Record<string, Record<string, Record<string, string>>> };
let open = 0;
for (const name of readdirSync(NOTEBOOKS)
  .filter((f) => /^\d\d-.*\.ipynb$/.test(f))
  .sort()) {
  const nb = await readNotebook(join(NOTEBOOKS, name));
  for (const cell of untranslatedCells(nb, name, translations)) {
    open += 1;
    process.stdout.write(`${name} ${cell.cell}: ${cell.reason}\n`);
    if (args.includes("--stub")) {
      const own = (data.notebooks[name] ??= {});
      // A stale entry keeps its old text under "previous" to revise; "text" is emptied so the cell stays listed until translated.
      const old = own[cell.cell];
      own[cell.cell] = {
        en: sourceHash(cell.source),
        text: cell.reason === "stale" ? "" : (old?.text ?? ""),
        english: cell.source,
        ...(cell.reason === "stale" && old?.text !== undefined ? { previous: old.text } : {}),
      };
    }
  }
}
if (args.includes("--stub")) writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
process.stdout.write(`${open} Markdown cell(s) without a current ${lang} translation\n`);
process.exit(open === 0 ? 0 : 1);
