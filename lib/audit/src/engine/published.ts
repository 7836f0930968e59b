/**
 * The published values the rule engine audits: one type for a value as transcribed from an
 * article, and one for the collection (the shape of a `published.json`, indexed by id).
 *
 * @module audit/engine/published
 */
import { StatsError } from "@behoud/stats";

/** Where a value is printed. */
export interface PublishedLocation {
  /** Top-level heading of the article. */
  readonly section: string | null;
  /** Table caption label as printed ("Table 3"), or null for running text. */
  readonly table: string | null;
  readonly row: string | null;
  readonly column: string | null;
  readonly page: number | null;
}

/** One number (or label) an article prints, exactly as printed, with what it refers to. */
export interface PublishedValue {
  /** Stable, dot-separated id. */
  readonly id: string;
  /** Short English description. */
  readonly label: string;
  /** The same in Dutch (needed where a Dutch finding names the value). */
  readonly label_nl?: string;
  readonly location: PublishedLocation;
  /** Exactly as printed ("4,05", ",000", "-", "X", "drie"). */
  readonly text: string;
  /** Type of value: "mean", "count", "n", "effect-size", "p-value", "threshold", "label", … */
  readonly kind: string;
  readonly unit: string | null;
  /** The number the text parses to, or null (words that are not numbers, "X", "-"). */
  readonly value: number | null;
  /** Digits printed after the separator, or null for words and non-numbers. */
  readonly decimals: number | null;
  /** The rounding interval of a rounded measured value, or null. */
  readonly interval: readonly [number, number] | null;
  /** The response scale the value is on, or null. */
  readonly scale: { readonly min: number; readonly max: number } | null;
  /** The N the value refers to, when the article gives it. */
  readonly n: number | null;
  /** The comparison the text states ("=", "<", ">=", …; for a threshold its condition for qualifying), or null. */
  readonly relation: string | null;
  /** The sentence or cell the value is printed in. */
  readonly quote: string;
  /** What the value measures (construct, with, timepoint, round, label, question). */
  readonly refersTo: Readonly<Record<string, string>> | null;
  /** Ids that report the same quantity elsewhere, or the totals and parts it belongs to. */
  readonly related: readonly string[];
  /** True for values the article implies but does not print. */
  readonly inferred: boolean;
  /** Ambiguities and conflicts noted at transcription (absent when there are none). */
  readonly note?: string;
}

/** The published values of one article, indexed by id. */
export interface Published {
  /** The article the values come from (citation, journal, …). */
  readonly source: Readonly<Record<string, unknown>>;
  readonly values: readonly PublishedValue[];
  /** The value with this id; throws when there is none. */
  get(id: string): PublishedValue;
  has(id: string): boolean;
}

/**
 * Indexes published values by id.
 *
 * @param data `source` and `values`, e.g. a parsed published.json.
 * @param origin Where the values come from, named in errors (e.g. the file).
 * @returns The collection; `get` throws for an unknown id.
 * @throws {StatsError} INVALID_ARGUMENT when an id occurs twice, or from `get` when it does not exist.
 * @example
 * const p = indexPublished({ source: {}, values: [] }, "example");
 * p.has("a.b") // false
 */
export function indexPublished(
  data: { readonly source: Readonly<Record<string, unknown>>; readonly values: readonly PublishedValue[] },
  origin: string,
): Published {
  const byId = new Map<string, PublishedValue>();
  for (const v of data.values) {
    if (byId.has(v.id))
      throw new StatsError("INVALID_ARGUMENT", "indexPublished", `id "${v.id}" occurs twice in ${origin}; expected unique ids`, "values");
    byId.set(v.id, v);
  }
  return {
    source: data.source,
    values: data.values,
    has: (id) => byId.has(id),
    get: (id) => {
      const v = byId.get(id);
      if (v === undefined) throw new StatsError("INVALID_ARGUMENT", "Published.get", `no published value with id "${id}" in ${origin}`);
      return v;
    },
  };
}
