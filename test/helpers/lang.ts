/**
 * Checks of a Dutch text against its English counterpart: the numbers both state, and English
 * words left in the Dutch.
 */

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
