/**
 * The article's published values (data/published.json), typed, with exact rounding intervals.
 * @module analysis/published
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { StatsError } from "../errors.js";
import { fractionFromNumber } from "../audit/fraction.js";
import { intervalContains, parseReported, roundingInterval, type ReportedNumber } from "../audit/reported.js";

/** One published value as transcribed in data/published.json. */
export interface PublishedValue {
  readonly id: string;
  readonly label: string;
  readonly location: { readonly section: string | null; readonly table: string | null; readonly row: string | null; readonly column: string | null; readonly page: number | null };
  /** Exactly as printed ("4,05", ",000", "-", "X"). */
  readonly text: string;
  readonly kind: string;
  readonly unit: string | null;
  readonly value: number | null;
  readonly decimals: number | null;
  readonly interval: readonly [number, number] | null;
  readonly scale: { readonly min: number; readonly max: number } | null;
  readonly n: number | null;
  readonly relation: string | null;
  readonly quote: string;
  readonly refersTo: Readonly<Record<string, string>> | null;
  readonly related: readonly string[];
  readonly inferred: boolean;
  readonly note: string | null;
}

/** The published values, indexed by id. */
export interface Published {
  readonly source: Readonly<Record<string, unknown>>;
  readonly values: readonly PublishedValue[];
  get(id: string): PublishedValue;
  has(id: string): boolean;
}

/**
 * Reads data/published.json (in `dataDir`, default "data").
 * @throws {StatsError} INVALID_ARGUMENT when an id asked for with `get` does not exist.
 * @example loadPublished().get("table3.werkplezier.post").text // "4.5"
 */
export function loadPublished(dataDir = "data"): Published {
  const file = JSON.parse(readFileSync(join(dataDir, "published.json"), "utf8")) as { source: Record<string, unknown>; values: PublishedValue[] };
  const byId = new Map(file.values.map((v) => [v.id, v]));
  return {
    source: file.source,
    values: file.values,
    has: (id) => byId.has(id),
    get: (id) => {
      const v = byId.get(id);
      if (v === undefined) throw new StatsError("INVALID_ARGUMENT", "loadPublished", `no published value with id "${id}" in ${join(dataDir, "published.json")}`);
      return v;
    },
  };
}

/**
 * Whether `x` rounds to the printed text (round half up at the printed precision): x lies in the
 * rounding interval [v − h, v + h) with h = ½·10^(−decimals). Decided exactly, with the double x
 * and the printed digits as fractions (the audit's interval arithmetic), never by rounding floats.
 * Text that is not a number ("X", "-", "drie") gives false.
 * @example roundsTo(4.049, "4.0") // true
 */
export function roundsTo(x: number, text: string): boolean {
  const printed = printedNumber(text);
  if (printed === null || !Number.isFinite(x)) return false;
  return intervalContains(roundingInterval(printed, "half-up"), fractionFromNumber(x));
}

/** The printed number ("4,05", ",57", "12.5"), or null when the text is not a number. */
export function printedNumber(text: string): ReportedNumber | null {
  try {
    return parseReported(text);
  } catch {
    return null;
  }
}
