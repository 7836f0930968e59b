/**
 * k-anonymity of respondent-level data over the quasi-identifiers the codebook marks (round,
 * years of experience, fte, sector, course): how many respondents share each combination, and
 * which combinations single a respondent out.
 *
 * Sweeney, L. (2002). k-anonymity: A model for protecting privacy. International Journal of
 * Uncertainty, Fuzziness and Knowledge-Based Systems, 10(5), 557–570.
 * https://doi.org/10.1142/S0218488502001648
 *
 * @module privacy/k-anonymity
 */
import { DataError } from "../data/errors.js";

/** A row as a plain object (as `Table.rows()` returns). */
export type PlainRow = Readonly<Record<string, string | number | null>>;

/** Generalisation of a numeric quasi-identifier into bins. */
export type Bin =
  /** Equal-width bins starting at `origin` (default 0): [origin + k·width, origin + (k+1)·width). */
  | { readonly width: number; readonly origin?: number }
  /** Bins between ascending break points: (−∞, b₁), [b₁, b₂), …, [bₙ, ∞). */
  | { readonly breaks: readonly number[] };

/** Options of {@link kAnonymity}. */
export interface KAnonymityOptions {
  /** Combinations with fewer respondents than this are listed (default 5). */
  readonly threshold?: number;
  /** Generalisation per field, e.g. `{ experience_years: { width: 5 } }`. */
  readonly bins?: Readonly<Record<string, Bin>>;
}

/** One combination of quasi-identifier values and the respondents that share it. */
export interface Combination {
  /** Value (or bin label) per quasi-identifier; `(missing)` for a missing value. */
  readonly values: Readonly<Record<string, string>>;
  readonly size: number;
  /** Rows (1-based) of the respondents with this combination. */
  readonly rows: readonly number[];
}

/** Result of {@link kAnonymity}. */
export interface KAnonymityResult {
  /** The smallest group size over all combinations present (0 for an empty table). */
  readonly k: number;
  readonly n: number;
  readonly quasiIdentifiers: readonly string[];
  readonly threshold: number;
  /** Number of distinct combinations. */
  readonly groups: number;
  /** Combinations that single out one respondent (k = 1). */
  readonly unique: readonly Combination[];
  /** Combinations with fewer than `threshold` respondents (unique ones included), smallest first. */
  readonly belowThreshold: readonly Combination[];
  /** Respondents in combinations below the threshold. */
  readonly respondentsAtRisk: number;
  /** The generalisations applied, in words. */
  readonly generalisation: readonly string[];
  /** One sentence for the report. */
  readonly summary: string;
}

function fmt(x: number): string {
  return String(Number(x.toPrecision(12)));
}

function binLabel(v: number, bin: Bin, integerValued: boolean): string {
  if ("width" in bin) {
    const origin = bin.origin ?? 0;
    const k = Math.floor((v - origin) / bin.width + 1e-9);
    const lo = origin + k * bin.width;
    const hi = lo + bin.width;
    if (integerValued && Number.isInteger(bin.width) && Number.isInteger(origin)) return `${fmt(lo)}–${fmt(hi - 1)}`;
    return `[${fmt(lo)}, ${fmt(hi)})`;
  }
  const b = bin.breaks;
  const first = b[0];
  if (first === undefined || v < first) return `< ${fmt(first ?? Number.POSITIVE_INFINITY)}`;
  for (let i = 1; i < b.length; i++) {
    const hi = b[i] ?? Number.POSITIVE_INFINITY;
    if (v < hi) return `[${fmt(b[i - 1] ?? 0)}, ${fmt(hi)})`;
  }
  return `≥ ${fmt(b[b.length - 1] ?? 0)}`;
}

function describeBin(field: string, bin: Bin): string {
  if ("width" in bin) return `${field} in bins of width ${fmt(bin.width)} from ${fmt(bin.origin ?? 0)}`;
  return `${field} in bins with breaks at ${bin.breaks.map(fmt).join(", ")}`;
}

/**
 * k-anonymity of a table over its quasi-identifiers: k is the size of the smallest group of
 * rows that share a combination of quasi-identifier values (Sweeney, 2002).
 *
 * Rules: a missing value is its own category `(missing)` (the conservative choice: it may
 * itself be rare); numeric fields can be generalised with `bins` (equal width, e.g. experience
 * in 5-year bands `{ width: 5 }` giving labels `0–4`, `5–9`, …, or explicit `breaks`); the
 * result lists the combinations with k = 1 and those below `threshold` (default 5).
 *
 * @param table a `Table` (anything with `rows()`) or an array of row objects.
 * @param quasiIdentifierFields the fields to combine (e.g. `quasiIdentifiers(codebook)`).
 * @param options `threshold` and `bins`.
 * @returns k, the groups below the threshold, the unique combinations and a summary sentence.
 * @throws {DataError} INVALID_ARGUMENT when no field is given, a field is not in the rows, a bin
 *   is invalid or binned values are not numbers; UNKNOWN_FIELD for an unknown field.
 * @example
 * const data = loadDataset();
 * kAnonymity(data.respondents, ["round", "sector", "experience_years"], { bins: { experience_years: { width: 5 } } }).k // 1
 */
export function kAnonymity(
  table: { rows(): readonly PlainRow[] } | readonly PlainRow[],
  quasiIdentifierFields: readonly string[],
  options: KAnonymityOptions = {},
): KAnonymityResult {
  const fn = "kAnonymity";
  const rows: readonly PlainRow[] = Array.isArray(table)
    ? (table as readonly PlainRow[])
    : (table as { rows(): readonly PlainRow[] }).rows();
  const threshold = options.threshold ?? 5;
  if (!Number.isInteger(threshold) || threshold < 2) {
    throw new DataError("INVALID_ARGUMENT", fn, `threshold ${threshold} is not an integer of at least 2`);
  }
  if (quasiIdentifierFields.length === 0) {
    throw new DataError("INVALID_ARGUMENT", fn, "no quasi-identifier fields given; expected e.g. quasiIdentifiers(codebook)");
  }
  const first = rows[0];
  if (first !== undefined) {
    for (const f of quasiIdentifierFields) {
      if (!(f in first))
        throw new DataError(
          "UNKNOWN_FIELD",
          fn,
          `field "${f}" is not in the rows; expected one of ${Object.keys(first)
            .map((k) => `"${k}"`)
            .join(", ")}`,
        );
    }
  }
  const bins = options.bins ?? {};
  for (const [f, bin] of Object.entries(bins)) {
    if (!quasiIdentifierFields.includes(f))
      throw new DataError("INVALID_ARGUMENT", fn, `bins are given for "${f}", which is not among the quasi-identifiers`);
    if ("width" in bin && !(bin.width > 0 && Number.isFinite(bin.width)))
      throw new DataError("INVALID_ARGUMENT", fn, `bin width ${bin.width} for "${f}" is not a positive number`);
    if (
      "breaks" in bin &&
      (bin.breaks.length === 0 || bin.breaks.some((b, i) => i > 0 && b <= (bin.breaks[i - 1] ?? Number.NEGATIVE_INFINITY)))
    ) {
      throw new DataError("INVALID_ARGUMENT", fn, `breaks for "${f}" must be a non-empty ascending list`);
    }
  }
  const integerValued = new Map<string, boolean>();
  for (const f of Object.keys(bins)) {
    integerValued.set(
      f,
      rows.every((r) => r[f] === null || (typeof r[f] === "number" && Number.isInteger(r[f]))),
    );
  }
  const groups = new Map<string, { values: Record<string, string>; rows: number[] }>();
  rows.forEach((r, i) => {
    const values: Record<string, string> = {};
    for (const f of quasiIdentifierFields) {
      const v = r[f] ?? null;
      const bin = bins[f];
      if (v === null) values[f] = "(missing)";
      else if (bin !== undefined) {
        if (typeof v !== "number")
          throw new DataError("INVALID_ARGUMENT", fn, `row ${i + 1}: field "${f}" is ${JSON.stringify(v)}; bins need numbers`);
        values[f] = binLabel(v, bin, integerValued.get(f) ?? false);
      } else values[f] = String(v);
    }
    const key = JSON.stringify(quasiIdentifierFields.map((f) => values[f]));
    const g = groups.get(key) ?? { values, rows: [] };
    g.rows.push(i + 1);
    groups.set(key, g);
  });
  const combos: Combination[] = [...groups.values()]
    .map((g) => Object.freeze({ values: Object.freeze(g.values), size: g.rows.length, rows: Object.freeze(g.rows) }))
    .sort((a, b) => a.size - b.size || (a.rows[0] ?? 0) - (b.rows[0] ?? 0));
  // Sorted by size: the first combination is the smallest (no spread: combos grow with N).
  const k = combos[0]?.size ?? 0;
  const unique = combos.filter((c) => c.size === 1);
  const below = combos.filter((c) => c.size < threshold);
  const atRisk = below.reduce((s, c) => s + c.size, 0);
  const generalisation = Object.entries(bins).map(([f, b]) => describeBin(f, b));
  const summary =
    `k = ${k} over ${quasiIdentifierFields.join(", ")}${generalisation.length > 0 ? ` (${generalisation.join("; ")})` : ""}: ` +
    `${combos.length} combinations among ${rows.length} rows; ${unique.length} single out one respondent, ` +
    `${below.length} have fewer than ${threshold} (${atRisk} respondents).`;
  return Object.freeze({
    k,
    n: rows.length,
    quasiIdentifiers: Object.freeze([...quasiIdentifierFields]),
    threshold,
    groups: combos.length,
    unique: Object.freeze(unique),
    belowThreshold: Object.freeze(below),
    respondentsAtRisk: atRisk,
    generalisation: Object.freeze(generalisation),
    summary,
  });
}
