/**
 * The error class of the notebook helpers (lessons, worked cases).
 * @module notebook/errors
 */

/** Codes of {@link NotebookError}. */
export type NotebookErrorCode =
  /** A list that must hold at least one element is empty. */
  | "EMPTY_INPUT"
  /** Two lists that must be parallel have different lengths. */
  | "LENGTH_MISMATCH"
  /** An id that is not among the published values. */
  | "UNKNOWN_ID"
  /** Any other argument that does not have the expected form. */
  | "INVALID_ARGUMENT";

/**
 * Raised by the notebook helpers when their input cannot give a correct table or sentence. The
 * message names the function and says what was expected.
 * @example
 * let code = null;
 * try { quantityTable("empty", []) } catch (e) { if (e instanceof NotebookError) code = e.code }
 * code // "EMPTY_INPUT"
 */
export class NotebookError extends Error {
  override readonly name = "NotebookError";
  /** Machine-readable reason. */
  readonly code: NotebookErrorCode;
  /** The public function that rejected its input. */
  readonly fn: string;

  constructor(code: NotebookErrorCode, fn: string, message: string) {
    super(`${fn}: ${message}`);
    this.code = code;
    this.fn = fn;
  }
}
