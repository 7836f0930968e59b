/**
 * Issue 13, part 4, for the notebook pages: a run with `--lang nl` executes every notebook in
 * Dutch (Markdown from notebooks/translations/nl.json, the library's texts through BEHOUD_LANG,
 * the notebooks' own captions and labels through notebook/localize), and what its outputs say is
 * Dutch: no English words outside identifiers, code, file names and the article's own text.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { reproduce } from "../../../lib/compendium/src/pipeline/reproduce.js";
import { dataStrings } from "../../helpers/lang.js";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

/** English words that Dutch prose does not use. */
const ENGLISH =
  /\b(the|and|with|which|that|this|these|from|before|after|respondents|values|shown|by hand|mean of|lower bound|upper bound|rows|columns|findings|excluded|published)\b/i;

/** The prose of an output: without code, identifiers, paths, hashes and quoted text. */
function prose(text: string, data: readonly string[]): string {
  let t = text
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/`[^`]*`/g, " ")
    .replace(/\\([_[\]*|])/g, "$1")
    .replace(/\S*\/\S*/g, " ")
    .replace(/\b[a-z][a-z0-9_]*(?:\.[a-z0-9][a-z0-9_-]*)+\b/g, " ")
    .replace(/\b[0-9a-f]{40,64}\b/g, " ")
    .replace(/“[^”]*”|"[^"]*"|‘[^’]*’/g, " ");
  for (const s of data) if (t.includes(s)) t = t.split(s).join(" ");
  return t;
}

test("a Dutch run writes Dutch notebook pages: no English in what the outputs say", { timeout: 600_000 }, async () => {
  const out = join(mkdtempSync(join(tmpdir(), "nl-notebooks-")), "reports");
  try {
    await reproduce({ root: ROOT, dataDir: null, outDir: out, lang: "nl", png: false, pdf: false, log: () => {} });
    const data = dataStrings(join(ROOT, "data"), { csv: false });
    const english: string[] = [];
    for (const name of readdirSync(join(out, "notebooks"))
      .filter((f) => f.endsWith(".ipynb"))
      .sort()) {
      const nb = JSON.parse(readFileSync(join(out, "notebooks", name), "utf8")) as {
        cells: {
          cell_type: string;
          id?: string;
          source: string | string[];
          outputs?: { data?: Record<string, unknown>; text?: unknown }[];
        }[];
      };
      for (const cell of nb.cells) {
        const texts =
          cell.cell_type === "markdown"
            ? [cell.source]
            : (cell.outputs ?? []).map((o) => o.data?.["text/markdown"] ?? o.data?.["text/plain"] ?? o.text ?? "");
        for (const t of texts) {
          const text = Array.isArray(t) ? t.join("") : String(t);
          // Literature references keep their published English titles.
          const rest = prose(text.replace(/^.*\(\d{4}[a-z]?\)\..*$/gm, " ").replace(/\*[^*\n]+\*/g, " "), data);
          const m = ENGLISH.exec(rest);
          if (m !== null)
            english.push(
              `${name} ${cell.id ?? "?"}: "${m[0]}" in …${rest.slice(Math.max(0, m.index - 50), m.index + 50).replace(/\s+/g, " ")}…`,
            );
        }
      }
    }
    assert.deepEqual(english.slice(0, 25), [], `${english.length} outputs or cells with English words`);
  } finally {
    rmSync(join(out, ".."), { recursive: true, force: true });
  }
});
