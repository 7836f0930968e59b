/**
 * Typed errors of the library. Every family has one class with a machine-readable
 * `code` and a message that says what was wrong, where, and what was expected.
 *
 * @module errors
 */

/** Codes of {@link StatsError}. */
export type StatsErrorCode =
  | "EMPTY_INPUT"
  | "LENGTH_MISMATCH"
  | "NON_FINITE"
  | "TOO_FEW"
  | "ZERO_VARIANCE"
  | "OUT_OF_RANGE"
  | "INVALID_ARGUMENT"
  | "NOT_CONVERGED";

/**
 * Raised by every statistical function when its input cannot give a meaningful result
 * (instead of returning NaN).
 *
 * @example
 * mean([]) // throws EMPTY_INPUT (a StatsError: `e instanceof StatsError && e.code === "EMPTY_INPUT"`)
 */
export class StatsError extends Error {
  override readonly name = "StatsError";
  /** Machine-readable reason. */
  readonly code: StatsErrorCode;
  /** The public function that rejected its input. */
  readonly fn: string;
  /** The argument (or argument element) at fault, when there is one. */
  readonly argument: string | undefined;

  constructor(code: StatsErrorCode, fn: string, message: string, argument?: string) {
    super(`${fn}: ${message}`);
    this.code = code;
    this.fn = fn;
    this.argument = argument;
  }
}
