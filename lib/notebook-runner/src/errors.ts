/**
 * Typed errors of the notebook runner. Two families, each with a machine-readable `code`
 * and a message that says what went wrong, where, and what was expected:
 *
 * - {@link KernelError}: the kernel process or the Jupyter wire protocol (start-up,
 *   signatures, time-outs, a kernel that died).
 * - {@link NotebookError}: the notebook file or the code in it (invalid nbformat, a cell
 *   that raised an error).
 *
 * @module runner/errors
 */

/** Codes of {@link KernelError}. */
export type KernelErrorCode =
  /** The kernel's command could not be started (missing binary, bad argv). */
  | "SPAWN_FAILED"
  /** The kernel did not answer `kernel_info_request` in time. */
  | "STARTUP_TIMEOUT"
  /** The kernel process exited while the client still needed it. */
  | "KERNEL_DIED"
  /** A cell did not finish within its time limit. */
  | "CELL_TIMEOUT"
  /** A message on the wire could not be parsed or had a wrong HMAC signature. */
  | "PROTOCOL"
  /** The client was used after {@link KernelClient.shutdown}. */
  | "INVALID_STATE"
  /** The run was interrupted (SIGINT / SIGTERM of the parent process). */
  | "INTERRUPTED"
  /** A kernel specification or option was invalid. */
  | "INVALID_ARGUMENT";

/**
 * Raised by the Jupyter client when the kernel process or the messaging protocol fails.
 *
 * @example
 * let code = null;
 * try { await startKernel({ name: "none", displayName: "None", language: "none", argv: ["/no/such/kernel", "{connection_file}"] }) }
 * catch (e) { if (e instanceof KernelError) code = e.code }
 * code // "SPAWN_FAILED"
 */
export class KernelError extends Error {
  override readonly name = "KernelError";
  /** Machine-readable reason. */
  readonly code: KernelErrorCode;
  /** Last lines the kernel process wrote to its own stdout/stderr, when relevant. */
  readonly kernelLog: string;

  constructor(code: KernelErrorCode, message: string, kernelLog = "") {
    super(message);
    this.code = code;
    this.kernelLog = kernelLog;
  }
}

/** Codes of {@link NotebookError}. */
export type NotebookErrorCode =
  /** The file is not JSON, or not an nbformat 4 notebook. */
  | "INVALID_NOTEBOOK"
  /** A code cell raised an error in the kernel (execute_reply status "error"). */
  | "CELL_FAILED"
  /** A code cell did not finish within its time limit. */
  | "CELL_TIMEOUT"
  /** The kernel died or the protocol failed while a cell ran. */
  | "KERNEL_FAILED";

/** Where a {@link NotebookError} happened: the notebook and, for cell errors, the cell. */
export interface NotebookErrorLocation {
  /** Path (or name) of the notebook. */
  readonly notebook: string;
  /** 0-based index of the cell among all cells, when the error concerns a cell. */
  readonly cellIndex?: number;
  /** First non-empty line of the cell's source, for messages. */
  readonly cellFirstLine?: string;
}

/** The kernel's description of a failure in a cell (as in an nbformat `error` output). */
export interface KernelErrorDetails {
  /** Exception name, e.g. `TypeError`; `"Error"` when the kernel did not say. */
  readonly ename: string;
  /** Exception message. */
  readonly evalue: string;
  /** Traceback lines with ANSI escape codes removed. */
  readonly traceback: readonly string[];
}

/**
 * Raised when a notebook cannot be read or one of its cells fails. The message names the
 * notebook, the cell (1-based number, 0-based index and its first line) and the kernel's
 * error, ready to print without a stack trace.
 *
 * @example
 * let code = null;
 * try { await executeNotebookFile("no/such/nb.ipynb", "out/nb.ipynb") }
 * catch (e) { if (e instanceof NotebookError) code = e.code }
 * code // "INVALID_NOTEBOOK" (the file cannot be read; a failing cell gives "CELL_FAILED")
 */
export class NotebookError extends Error {
  override readonly name = "NotebookError";
  /** Machine-readable reason. */
  readonly code: NotebookErrorCode;
  /** Notebook and cell at fault. */
  readonly location: NotebookErrorLocation;
  /** For `CELL_FAILED`: the kernel's error. */
  readonly details: KernelErrorDetails | undefined;

  constructor(
    code: NotebookErrorCode,
    location: NotebookErrorLocation,
    message: string,
    details?: KernelErrorDetails,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.code = code;
    this.location = location;
    this.details = details;
  }
}
