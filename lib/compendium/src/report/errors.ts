/**
 * The error class of the reporting family (figures, formatting, bundles, HTML report,
 * browser export).
 *
 * @module report/errors
 */

/** Codes of {@link ReportError}. */
export type ReportErrorCode =
  /** An array that must hold at least one element is empty. */
  | "EMPTY_INPUT"
  /** Two arrays that must be parallel have different lengths. */
  | "LENGTH_MISMATCH"
  /** A number is NaN or infinite. */
  | "NON_FINITE"
  /** A number lies outside its allowed range (a p-value above 1, a lower bound above the estimate). */
  | "OUT_OF_RANGE"
  /** Two elements share an id or label that must be unique. */
  | "DUPLICATE_ID"
  /** Any other argument that does not have the expected form. */
  | "INVALID_ARGUMENT"
  /** Headless Chromium or playwright-core is not available for a check that needs them. */
  | "BROWSER_UNAVAILABLE"
  /** The browser failed to render a figure or to open a page. */
  | "RENDER_FAILED";

/**
 * Raised by the reporting functions when their input cannot give a correct figure, table or
 * page. The message names the function, the argument (with its index) and what was expected.
 *
 * @example
 * let code = null;
 * try { likertColours(1) } catch (e) { if (e instanceof ReportError) code = e.code }
 * code // "OUT_OF_RANGE"
 */
export class ReportError extends Error {
  override readonly name = "ReportError";
  /** Machine-readable reason. */
  readonly code: ReportErrorCode;
  /** The public function that rejected its input. */
  readonly fn: string;
  /** The argument (or argument element, e.g. `rows[2].pre.lower`) at fault, when there is one. */
  readonly argument: string | undefined;

  constructor(code: ReportErrorCode, fn: string, message: string, argument?: string, options?: { cause?: unknown }) {
    super(`${fn}: ${message}`, options);
    this.code = code;
    this.fn = fn;
    this.argument = argument;
  }
}

/** Throws NON_FINITE unless `value` is a finite number. */
export function requireFinite(fn: string, argument: string, value: number): void {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new ReportError("NON_FINITE", fn, `${argument} is ${String(value)}; expected a finite number`, argument);
  }
}

/** Throws INVALID_ARGUMENT unless `value` is an integer from `min` to `max`. */
export function requireInteger(fn: string, argument: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): void {
  requireFinite(fn, argument, value);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ReportError("OUT_OF_RANGE", fn, `${argument} is ${value}; expected an integer from ${min} to ${max}`, argument);
  }
}
