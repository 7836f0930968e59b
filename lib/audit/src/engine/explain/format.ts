/**
 * Number formatting of the engine's explanations.
 * @module audit/engine/explain/format
 */
import { formatPShort, formatShort } from "@behoud/stats";

/**
 * A number in an explanation: {@link formatShort} of @behoud/stats with at most `decimals`
 * decimals, trailing zeros dropped, tiny numbers as 0.
 * @example fmt(0.123456) // "0.123"
 * @example fmt(0.00001, 2) // "0"
 */
export function fmt(x: number, decimals = 3): string {
  return formatShort(x, { decimals, tiny: "zero" });
}

/**
 * A p-value in an explanation: {@link formatPShort} of @behoud/stats, two significant digits,
 * exponential below 0.0001.
 * @example fmtP(0.0000126) // "1.3e-5"
 */
export function fmtP(p: number): string {
  return formatPShort(p, { digits: 2, tiny: "exponent" });
}

/** "one", "two", … for small counts, digits otherwise. @example countWord(2) // "two" */
export function countWord(k: number): string {
  return ["zero", "one", "two", "three", "four", "five"][k] ?? String(k);
}

/** "tenths", "hundredths" for 10, 100 steps per unit. @example stepsWord(10) // "tenths" */
export function stepsWord(steps: number): string {
  return steps === 10 ? "tenths" : steps === 100 ? "hundredths" : `steps of 1/${steps}`;
}

/** "first", "second", … @example ordinalWord(0) // "first" */
export function ordinalWord(index: number): string {
  return ["first", "second", "third", "fourth", "fifth"][index] ?? `${index + 1}th`;
}
