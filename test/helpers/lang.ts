/**
 * Checks of a Dutch text against its English counterpart: the numbers both state, and English
 * words left in the Dutch; and the strings of a data folder that a page may show as the article has them.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const SUPERSCRIPT_DIGITS: Readonly<Record<string, string>> = {
  "⁻": "-",
  "⁰": "0",
  "¹": "1",
  "²": "2",
  "³": "3",
  "⁴": "4",
  "⁵": "5",
  "⁶": "6",
  "⁷": "7",
  "⁸": "8",
  "⁹": "9",
};

/**
 * Every run of digits in a text, sorted: "0.61 and 4,05" and "0,61 en 4,05" both give
 * ["0", "05", "4", "61"]. A decimal separator, a thousands separator and the words around a number
 * do not count, so an English text and its Dutch translation give the same list when they state the
 * same numbers; a power of ten written "1,3·10⁻⁵" counts as "1.3e-5" does.
 */
export function digitRuns(text: string): string[] {
  const normalised = text.replace(
    /·10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g,
    (_, exp: string) => `e${[...exp].map((c) => SUPERSCRIPT_DIGITS[c] ?? c).join("")}`,
  );
  return [...normalised.matchAll(/\d+/g)].map((m) => m[0]).sort();
}

/**
 * English function words that are not also Dutch words ("is", "of", "was" and "die" are, so they
 * are not listed). A Dutch text holding one has an English fragment left in it.
 */
export const ENGLISH_STOP_WORDS: readonly string[] = [
  "the",
  "and",
  "with",
  "which",
  "that",
  "not",
  "from",
  "are",
  "this",
  "these",
  "would",
  "could",
  "only",
  "than",
  "because",
  "there",
  "but",
  "has",
  "have",
  "were",
  "its",
  "for",
  "each",
  "every",
  "between",
  "mean",
  "printed",
  "values",
];

/** The English stop words a text holds, as whole words (case-insensitive). */
export function englishWords(text: string): string[] {
  const words = new Set((text.toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => w));
  return ENGLISH_STOP_WORDS.filter((w) => words.has(w));
}

/**
 * Every string the compendium carries in a data folder (the article's labels, wordings and quotes,
 * the codebook's codes and glosses), whole and in comma-separated parts (a citation's authors, a
 * list's labels), longest first: text a page may show in the article's language. JSON files always;
 * the CSV files' cells with `csv`; `data/ensemble-summary.json` (the ensemble's English reasons) never.
 */
export function dataStrings(dataDir: string, options: { readonly csv: boolean }): string[] {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === "string") {
      for (const part of [v, ...v.split(/,\s*/)]) if (part.trim().length >= 3) found.add(part.trim());
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === "object") Object.values(v).forEach(walk);
  };
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
  for (const f of files(dataDir)) {
    if (f.endsWith(".json") && !f.endsWith("ensemble-summary.json")) walk(JSON.parse(readFileSync(f, "utf8")));
    else if (options.csv && f.endsWith(".csv")) for (const cell of readFileSync(f, "utf8").split(/[,\n]/)) walk(cell.replace(/^"|"$/g, ""));
  }
  return [...found].sort((a, b) => b.length - a.length);
}
