/**
 * Headless execution of Jupyter notebooks from Node, without Python: a minimal Jupyter
 * client over ZeroMQ, nbformat 4 reading and writing identical to Jupyter's, nbclient's
 * execution semantics, and a self-contained HTML rendering.
 *
 * This entry point loads the native `zeromq` module; the display helpers that notebooks call
 * are the subpath `@behoud/notebook-runner/display`, which loads neither zeromq nor KaTeX.
 *
 * @example
 * // illustrative: starts a tslab kernel, reads and writes notebook files
 * import { executeNotebookFile, tslabKernelSpec } from "@behoud/notebook-runner";
 * await executeNotebookFile("notebooks/01-data.ipynb", "reports/notebooks/01-data.ipynb", {
 *   kernel: tslabKernelSpec(),
 *   cellTimeoutMs: 120_000,
 *   onProgress: (e) => { if (e.type === "cell-done") console.log(e.codeCell, e.durationMs) },
 * });
 *
 * @module @behoud/notebook-runner
 */
export { stripAnsi } from "./ansi.js";
export { KernelClient, startKernel } from "./client.js";
export type { AttachKernelOptions, ExecuteOptions, ExecuteResult, KernelProcess, StartKernelOptions } from "./client.js";
export { findFreePorts, newConnectionInfo, writeConnectionFile } from "./connection.js";
export type { ConnectionFile, ConnectionInfo } from "./connection.js";
export { KernelError, NotebookError } from "./errors.js";
export type { KernelErrorCode, KernelErrorDetails, NotebookErrorCode, NotebookErrorLocation } from "./errors.js";
export { errorDetails, executeNotebook, executeNotebookFile, formatCellFailure } from "./execute.js";
export type { ExecutedNotebook, ExecuteNotebookFileOptions, ExecuteNotebookOptions, ProgressEvent } from "./execute.js";
export { renderNotebookHtml } from "./html.js";
export type { RenderHtmlOptions } from "./html.js";
export {
  builtinKernelSpec,
  CONNECTION_FILE_PLACEHOLDER,
  denoKernelSpec,
  readKernelSpec,
  substituteArgv,
  tslabKernelSpec,
  tslabPackageDir,
  zeromqSendQueueShim,
} from "./kernelspec.js";
export type { BuiltinKernelName, KernelSpec } from "./kernelspec.js";
export { basicMarkdown, escapeHtml, slugify } from "./markdown.js";
export { mathToMathML, withMathML } from "./math.js";
export type { MarkdownRenderer, MarkdownRenderOptions } from "./markdown.js";
export {
  cloneNotebook,
  firstLine,
  pythonJsonNumber,
  parseNotebook,
  readNotebook,
  serializeNotebook,
  splitLines,
  stringifyJupyterJson,
} from "./nbformat.js";
export type {
  Cell,
  CodeCell,
  DisplayDataOutput,
  ErrorOutput,
  ExecuteResultOutput,
  MarkdownCell,
  MimeBundle,
  Notebook,
  Output,
  RawCell,
  StreamOutput,
} from "./nbformat.js";
export { CellOutputCollector, DisplayRegistry } from "./outputs.js";
export { killAllKernels, liveKernelPids } from "./processes.js";
export { decodeMessage, DELIMITER, encodeMessage, newHeader, PROTOCOL_VERSION, sign } from "./wire.js";
export type { JsonObject, JsonValue, JupyterMessage, MessageHeader } from "./wire.js";
export { TslabHost } from "./warm.js";
export type { TslabHostOptions, WarmKernelOptions } from "./warm.js";
