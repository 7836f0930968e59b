/**
 * Small text helpers of the data family: edit distance, "did you mean" suggestions and the
 * keys used to match header names to codebook fields. Internal: not re-exported.
 *
 * @module data/text
 */

/**
 * Levenshtein edit distance: the least number of single-character insertions, deletions and
 * substitutions that turn `a` into `b` (Levenshtein, 1966).
 *
 * @param a first string.
 * @param b second string.
 * @returns a non-negative integer.
 * @throws never.
 * @example editDistance("werkplezer", "werkplezier") // 1
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Loose key of a header or field name: lower case, without whitespace, underscores, hyphens
 * or other punctuation (`" Self-Efficacy 1 PRE"` → `"selfefficacy1pre"`).
 *
 * @param s a header cell or field name.
 * @returns the key.
 * @throws never.
 * @example looseKey(" Werkplezier_1_Pre ") // "werkplezier1pre"
 */
export function looseKey(s: string): string {
  return s
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * The candidate closest to `name` by edit distance on loose keys, if it is close enough
 * (distance at most max(2, 30 % of the longer key)).
 *
 * @param name the unknown name.
 * @param candidates names to choose from.
 * @returns the best candidate, or `null`.
 * @throws never.
 * @example suggest("werkplezer_1_pre", ["werkplezier_1_pre", "fte"]) // "werkplezier_1_pre"
 */
export function suggest(name: string, candidates: Iterable<string>): string | null {
  const key = looseKey(name);
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const ck = looseKey(c);
    const d = editDistance(key, ck);
    const limit = Math.max(2, Math.floor(0.3 * Math.max(key.length, ck.length)));
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Quotes a value for a message: `"6"`, or `(empty)` for the empty string.
 *
 * @param value the value.
 * @returns the quoted text, shortened to 60 characters with an ellipsis.
 * @throws never.
 * @example quote("6") // "\"6\""
 */
export function quote(value: string): string {
  if (value === "") return "(empty)";
  const oneLine = value.replace(/\r\n|\r|\n/g, "⏎");
  const short = oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
  return JSON.stringify(short);
}

/**
 * A list for a message: `"a", "b" or "c"`.
 *
 * @param items the items (quoted with JSON quotes).
 * @param word the last separator, "or" by default.
 * @returns the text.
 * @throws never.
 * @example listText(["po", "vo", "mbo"]) // "\"po\", \"vo\" or \"mbo\""
 */
export function listText(items: readonly string[], word = "or"): string {
  const quoted = items.map((i) => JSON.stringify(i));
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} ${word} ${quoted[quoted.length - 1] ?? ""}`;
}

/**
 * A count with its noun: `1 row`, `2 rows`.
 *
 * @param n the count.
 * @param noun the singular noun.
 * @param plural the plural (default: noun + "s").
 * @returns the text.
 * @throws never.
 * @example plural(2, "row") // "2 rows"
 */
export function plural(n: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : pluralNoun}`;
}
