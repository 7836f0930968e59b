/**
 * The texts the notebooks' own code cells write (table captions, "meaning" cells, check labels,
 * short Markdown lines) in the run's language, without a line of notebook code: the show helpers
 * pass every text through {@link localize}, which looks it up in the language's catalogue
 * (notebook/outputs-nl). A text is keyed by its English with every number replaced by `{n}`, so
 * one entry serves every dataset; the numbers are put back in order, with the language's decimal
 * separator. A text without an entry is returned unchanged (texts the library already wrote in the
 * run's language, numbers, identifiers).
 *
 * With `$BEHOUD_COLLECT_OUTPUTS` naming a file, every key looked up without an entry is appended
 * to it, one per line, so a run in Dutch lists what the catalogue still lacks
 * (`tools/notebook-outputs.ts` turns that list into stubs).
 * @module notebook/localize
 */
import { appendFileSync } from "node:fs";
import { defaultLang, type Lang } from "../views/lang.js";
import { NOTEBOOK_OUTPUTS_NL } from "./outputs-nl.js";

/** A number in running text: optional minus, digits with an optional decimal part, or a bare decimal part (`.05`). */
const NUMBER = /(?<![\w.])-?(?:\d+(?:\.\d+)?|\.\d+)(?![\w])/g;

/** The environment variable naming the file that collects texts without a translation. */
export const COLLECT_OUTPUTS_ENV = "BEHOUD_COLLECT_OUTPUTS";

const CATALOGUES: Readonly<Record<Exclude<Lang, "en">, Readonly<Record<string, string>>>> = { nl: NOTEBOOK_OUTPUTS_NL };

/**
 * The catalogue key of a text: its English with every number as `{n}`.
 * @example outputKey("The first 8 of 51 rows") // "The first {n} of {n} rows"
 */
export function outputKey(text: string): string {
  return text.replace(NUMBER, "{n}");
}

/**
 * A notebook's text in the language (default: the run's, `defaultLang()`).
 * @example localize("The first 8 of 51 rows", "en") // "The first 8 of 51 rows"
 * @example localize("The first 8 of 51 rows", "nl") // "De eerste 8 van 51 rijen"
 */
export function localize(text: string, lang: Lang = defaultLang()): string {
  if (lang === "en" || text.trim() === "") return text;
  const key = outputKey(text);
  const translated = CATALOGUES[lang][key];
  if (translated === undefined) {
    const file = typeof process === "undefined" ? undefined : process.env[COLLECT_OUTPUTS_ENV];
    if (file !== undefined && file !== "" && key !== "{n}" && /[A-Za-z]{3}/.test(key)) appendFileSync(file, `${JSON.stringify(key)}\n`);
    return text;
  }
  const numbers = text.match(NUMBER) ?? [];
  let i = 0;
  return translated.replace(/\{n\}/g, () => {
    const n = numbers[i++] ?? "";
    // Dutch writes the decimal comma, with a leading zero as the article does (".05" → "0,05").
    return lang === "nl" ? n.replace(/^(-?)\./, "$10.").replace(".", ",") : n;
  });
}
