/**
 * The article's published values (data/published.json), typed, with exact rounding intervals.
 * @module analysis/published
 */
import { articleDataDir } from "./article-data.js";
import { existsSync, readFileSync } from "node:fs";
import { DataError } from "../data/errors.js";
import { join } from "node:path";
import { indexPublished, type Published, type PublishedValue } from "@behoud/audit";
import { addFractions, compareFractions, fraction, fractionFromNumber, pow10, subtractFractions } from "@behoud/audit";
import { intervalContains, parseReported, reportedFraction, roundingInterval, type ReportedNumber } from "@behoud/audit";

/**
 * Reads published.json from the codebook folder `dataDir` (default "data"), or, when that folder
 * has none, the copy shipped in the compendium's data/ folder.
 * @returns The values as the audit's {@link Published} collection (one type, defined in
 *   `@behoud/audit`).
 * @throws {DataError} UNREADABLE or INVALID_CODEBOOK when the file is not valid; {StatsError}
 *   INVALID_ARGUMENT when an id occurs twice, or when an id asked for with `get` does not exist.
 * @example loadPublished().get("table3.werkplezier.post").text // "4.5"
 */
export function loadPublished(dataDir = "data"): Published {
  const own = join(dataDir, "published.json");
  // A codebook copied for other data need not carry its own copy of the article's numbers.
  const file = existsSync(own) ? own : SHIPPED_PUBLISHED;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new DataError(
      "UNREADABLE",
      "loadPublished",
      `${file} could not be read as JSON (${(e as Error).message}); expected the published values (data/published.json)`,
    );
  }
  if (typeof parsed !== "object" || parsed === null || !Array.isArray((parsed as { values?: unknown }).values)) {
    throw new DataError(
      "INVALID_CODEBOOK",
      "loadPublished",
      `${file} has no "values" array; expected the published values (see data/README-published.md)`,
    );
  }
  return indexPublished(parsed as { source: Record<string, unknown>; values: PublishedValue[] }, file);
}

/** The article's published values shipped with the compendium (data/published.json). */
const SHIPPED_PUBLISHED = join(articleDataDir(), "published.json");

/**
 * Whether `x` rounds to the printed text at the printed precision, ties away from zero (as
 * `formatNumber` prints and SPSS rounds): for v ≥ 0, x lies in [v − h, v + h) with
 * h = ½·10^(−decimals); for negative v in (v − h, v + h]. Decided exactly, with the audit's
 * interval arithmetic on fractions, never by rounding floats. `x` is taken as its shortest decimal
 * representation (what `String(x)` prints, as `formatNumber` does), so that a mean such as
 * 81/20 = 4.05, stored as 4.04999…, is treated as the 4.05 it is and rounds to "4.1".
 * Text that is not a number ("X", "-", "drie") gives false.
 * @example roundsTo(4.049, "4.0") // true
 * @example roundsTo(81 / 20, "4.1") // true
 */
export function roundsTo(x: number, text: string): boolean {
  const printed = printedNumber(text);
  if (printed === null || !Number.isFinite(x)) return false;
  const shortest = String(x);
  const exact = /e/i.test(shortest) ? fractionFromNumber(x) : reportedFraction(parseReported(shortest));
  return intervalContains(roundingInterval(printed, "half-up"), exact);
}

/**
 * Whether `x`, rounded half up at the printed precision, differs from the printed number by at
 * most one unit of its last digit (the scorecard's "within rounding"): x lies in
 * [v − 1½·10^(−d), v + 1½·10^(−d)). Exact, as {@link roundsTo}.
 * @example roundsWithinOneUnit(0.6162, "0.61") // true (0.62 is one unit away)
 */
export function roundsWithinOneUnit(x: number, text: string): boolean {
  const printed = printedNumber(text);
  if (printed === null || !Number.isFinite(x)) return false;
  const v = reportedFraction(printed);
  const reach = fraction(3n, 2n * pow10(printed.decimals));
  const shortest = String(x);
  const exact = /e/i.test(shortest) ? fractionFromNumber(x) : reportedFraction(parseReported(shortest));
  return compareFractions(exact, subtractFractions(v, reach)) >= 0 && compareFractions(exact, addFractions(v, reach)) < 0;
}

/** The printed number ("4,05", ",57", "12.5"), or null when the text is not a number. */
export function printedNumber(text: string): ReportedNumber | null {
  try {
    return parseReported(text);
  } catch {
    return null;
  }
}
