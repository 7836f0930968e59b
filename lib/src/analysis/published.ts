/**
 * The article's published values (data/published.json), typed, with exact rounding intervals.
 * @module analysis/published
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { StatsError } from "../errors.js";

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
 * Whether `x` rounds to the printed text: x lies in the rounding interval [v − h, v + h) with
 * h = ½·10^(−decimals). Exact at the boundaries: the comparison scales by 10^decimals and uses the
 * printed digits as an integer, so no float rounding of x is involved beyond one multiplication.
 * @example roundsTo(4.049, "4.0") // true
 */
export function roundsTo(x: number, text: string): boolean {
  const parsed = parsePrinted(text);
  if (parsed === null) return false;
  const scaled = x * Math.pow(10, parsed.decimals); // e.g. 40.49 for 4.049 at 1 decimal
  return scaled >= parsed.units - 0.5 && scaled < parsed.units + 0.5;
}

/** Printed number as integer units of its last decimal ("4,05" → 405 with 2 decimals). */
export function parsePrinted(text: string): { units: number; decimals: number } | null {
  const m = /^\s*([+-]?)(\d*)(?:[.,](\d+))?\s*$/.exec(text);
  if (m === null || ((m[2] ?? "") === "" && m[3] === undefined)) return null;
  const decimals = (m[3] ?? "").length;
  const units = Number(`${m[2] ?? ""}${m[3] ?? ""}` || "0") * (m[1] === "-" ? -1 : 1);
  return { units, decimals };
}
