/**
 * Headless execution of a notebook: start a kernel, run the code cells in order, collect
 * their outputs as nbformat 4 stores them, stop at the first failing cell, and produce a
 * notebook that is byte-identical from one run to the next.
 *
 * Behaviour follows Jupyter's nbclient (`NotebookClient.execute`), the reference executor:
 * - code cells whose source is blank are not sent to the kernel (their outputs are cleared);
 * - cells tagged `skip-execution` are not run and keep what they had;
 * - cells tagged `raises-exception` may fail without stopping the run;
 * - a cell's `execution_count` is the number of code cells executed so far (1, 2, ...);
 * - `metadata.language_info` is taken from the kernel's `kernel_info_reply`.
 *
 * For determinism, on top of nbclient: all outputs and execution counts of code cells are
 * cleared before the run (nothing from an earlier run survives), nbclient's timing metadata
 * (`cell.metadata.execution`) is removed, nbformat ≥ 4.5 cells without an id get one derived
 * from their index (`cell-<index>`, never random), and `metadata.kernelspec` records the
 * kernel actually used.
 *
 * @module runner/execute
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { stripAnsi } from "./ansi.js";
import { KernelClient, type StartKernelOptions } from "./client.js";
import { KernelError, NotebookError, type KernelErrorDetails } from "./errors.js";
import { builtinKernelSpec, type KernelSpec } from "./kernelspec.js";
import { cloneNotebook, firstLine, readNotebook, serializeNotebook, type CodeCell, type Notebook, type Output } from "./nbformat.js";
import { CellOutputCollector, DisplayRegistry } from "./outputs.js";
import type { JsonObject, JsonValue } from "./wire.js";

/** Progress events, in the order they occur. */
export type ProgressEvent =
  | { readonly type: "notebook-start"; readonly notebook: string; readonly kernel: string; readonly codeCells: number }
  | { readonly type: "kernel-ready"; readonly notebook: string; readonly kernel: string; readonly pid: number; readonly startupMs: number }
  | {
      readonly type: "cell-start";
      readonly notebook: string;
      readonly cellIndex: number;
      /** 1-based position among the code cells. */
      readonly codeCell: number;
      readonly codeCells: number;
      readonly firstLine: string;
    }
  | {
      readonly type: "cell-done";
      readonly notebook: string;
      readonly cellIndex: number;
      readonly codeCell: number;
      readonly codeCells: number;
      readonly firstLine: string;
      readonly status: "ok" | "error" | "skipped";
      readonly durationMs: number;
    }
  | { readonly type: "notebook-done"; readonly notebook: string; readonly durationMs: number };

/** Options of {@link executeNotebook}. */
export interface ExecuteNotebookOptions {
  /**
   * Kernel to use: a kernelspec (a new kernel is started and shut down), or a running
   * {@link KernelClient} (left running). Default: the built-in spec named by the notebook's
   * `metadata.kernelspec.name` when it is `tslab` or `deno`, else tslab.
   */
  readonly kernel?: KernelSpec | KernelClient;
  /** Name or path of the notebook in messages and progress events. Default `"notebook"`. */
  readonly name?: string;
  /** Working directory of a kernel started here. Default: `process.cwd()`. */
  readonly cwd?: string;
  /** Directory to resolve the built-in kernels' npm packages from. Default: this library's. */
  readonly projectDir?: string;
  /** Time limit per cell in milliseconds. Default 600 000 (10 minutes). */
  readonly cellTimeoutMs?: number;
  /** Time limit for kernel start-up in milliseconds. Default 60 000. */
  readonly startupTimeoutMs?: number;
  /** See {@link StartKernelOptions.iopubTimeoutMs}. Default 10 000. */
  readonly iopubTimeoutMs?: number;
  /** Extra environment variables for a kernel started here. */
  readonly env?: Readonly<Record<string, string>>;
  /** Go on after failing cells (like `jupyter execute --allow-errors`). Default false. */
  readonly allowErrors?: boolean;
  /** Receives progress events. */
  readonly onProgress?: (event: ProgressEvent) => void;
  /** Receives what the kernel process writes to its own stdout/stderr (not cell output). */
  readonly onKernelOutput?: (text: string) => void;
  /**
   * Aborts the run: the kernel is shut down at once and the call rejects with a
   * {@link KernelError} `INTERRUPTED` (a running kernel passed in is shut down too).
   */
  readonly signal?: AbortSignal;
}

/** What {@link executeNotebook} returns. Timings are reported here, never in the notebook. */
export interface ExecutedNotebook {
  /** The executed notebook (a new object; the input is not modified). */
  readonly notebook: Notebook;
  /** Kernel start-up in milliseconds (0 when a running kernel was passed). */
  readonly startupMs: number;
  /** Total wall time in milliseconds, kernel start and shutdown included. */
  readonly durationMs: number;
  /** Wall time of each executed cell, by cell index. */
  readonly cellDurationsMs: ReadonlyMap<number, number>;
}

const DEFAULT_CELL_TIMEOUT_MS = 600_000;
/** How often, and after what pause, a request the kernel aborted is sent again. */
const ABORT_RETRIES = 3;
const ABORT_RETRY_DELAY_MS = 300;

function tags(cell: CodeCell): string[] {
  const t = cell.metadata.tags;
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === "string") : [];
}

/** The kernel named in the notebook's metadata, when it is a built-in one. */
function kernelFromMetadata(nb: Notebook): "tslab" | "deno" {
  const spec = nb.metadata.kernelspec;
  const name = typeof spec === "object" && spec !== null && !Array.isArray(spec) ? spec.name : undefined;
  return name === "deno" ? "deno" : "tslab";
}

/** Gives every cell of an nbformat ≥ 4.5 notebook an id, derived from its index when absent. */
function ensureCellIds(nb: Notebook): void {
  if (nb.nbformat_minor < 5) return;
  const used = new Set(nb.cells.flatMap((c) => (c.id === undefined ? [] : [c.id])));
  nb.cells.forEach((cell, index) => {
    if (cell.id !== undefined) return;
    let id = `cell-${index}`;
    for (let k = 1; used.has(id); k++) id = `cell-${index}-${k}`;
    used.add(id);
    cell.id = id;
  });
}

/** Stack frames of the kernel's own machinery, left out of error messages. */
const INTERNAL_FRAME = /^\s*at .*(node:vm|node:internal|[\\/]tslab[\\/]dist[\\/]|sigintHandlersWrap)/;

/** A line of a JavaScript error report: `TypeError: message`, `Error [CODE]: message`. */
const ERROR_LINE = /^(?:Uncaught )?([A-Za-z_$][\w$]*(?:Error|Exception)|Error)(?: \[[\w-]+\])?: ?(.*)$/;

/** A TypeScript diagnostic as tslab prints it: `[file ]line:column - message`. */
const DIAGNOSTIC_LINE = /^(?:\S+ )?\d+:\d+ - (.*)$/;

/**
 * The kernel's description of a failed cell. Kernels that follow the protocol (Deno,
 * IPython) put `ename`, `evalue` and `traceback` in the `execute_reply`; tslab does not and
 * only writes the error to the cell's stderr, so it is read from there: a JavaScript error
 * line (`TypeError: boom`) or TypeScript diagnostics (reported as `TSError`, the name
 * ts-node gives them).
 */
export function errorDetails(reply: JsonObject, outputs: readonly Output[]): KernelErrorDetails {
  const strings = (v: JsonValue | undefined): string[] => (Array.isArray(v) ? v.map((x) => stripAnsi(String(x))) : []);
  if (typeof reply.ename === "string") {
    return { ename: reply.ename, evalue: stripAnsi(String(reply.evalue ?? "")), traceback: strings(reply.traceback) };
  }
  const errorOutput = [...outputs].reverse().find((o) => o.output_type === "error");
  if (errorOutput !== undefined && errorOutput.output_type === "error") {
    return { ename: errorOutput.ename, evalue: stripAnsi(errorOutput.evalue), traceback: errorOutput.traceback.map(stripAnsi) };
  }
  const stderr = stripAnsi(outputs.map((o) => (o.output_type === "stream" && o.name === "stderr" ? o.text : "")).join(""));
  const lines = stderr.split("\n").filter((l, i, all) => l !== "" || i < all.length - 1);
  for (const line of lines) {
    const m = ERROR_LINE.exec(line);
    if (m !== null) return { ename: m[1] ?? "Error", evalue: m[2] ?? "", traceback: lines };
  }
  const diagnostics = lines.flatMap((l) => {
    const m = DIAGNOSTIC_LINE.exec(l);
    return m === null ? [] : [l];
  });
  if (diagnostics.length > 0) {
    const first = DIAGNOSTIC_LINE.exec(diagnostics[0] ?? "")?.[1] ?? "";
    return {
      ename: "TSError",
      evalue: diagnostics.length === 1 ? first : `${first} (and ${diagnostics.length - 1} more)`,
      traceback: lines,
    };
  }
  const firstText = lines.find((l) => l.trim() !== "");
  return { ename: "Error", evalue: firstText ?? "the kernel reported an error without details", traceback: lines };
}

/** The message of a {@link NotebookError} `CELL_FAILED`: notebook, cell, kernel error. */
export function formatCellFailure(notebook: string, cellIndex: number, source: string, details: KernelErrorDetails): string {
  const where = `${notebook}: cell ${cellIndex + 1} (index ${cellIndex}) failed: ${firstLine(source)}`;
  const headline = `${details.ename}: ${details.evalue}`;
  const traceback = details.traceback
    .flatMap((l) => l.split("\n"))
    .filter((l) => !INTERNAL_FRAME.test(l))
    .join("\n")
    .replace(/\n+$/, "");
  // The headline "ename: evalue" is printed unless the traceback already shows it.
  const body = traceback.includes(headline) ? traceback : [headline, traceback].filter((s) => s !== "").join("\n");
  return `${where}\n${body}`;
}

/**
 * Executes the code cells of `notebook` in order in one kernel and returns the executed
 * copy. Stops at the first failing cell unless `allowErrors` (or the cell's
 * `raises-exception` tag) says otherwise. A kernel started here is always shut down, also
 * when a cell fails or times out.
 *
 * @throws {NotebookError} `CELL_FAILED` (message: notebook, cell index and first line, the
 *   kernel's error without ANSI codes), `CELL_TIMEOUT`, `KERNEL_FAILED` (the kernel died or
 *   the protocol failed during a cell).
 * @throws {KernelError} when the kernel cannot be started.
 *
 * @example
 * // illustrative: starts a tslab kernel, reads and writes notebook files
 * const nb = await readNotebook("notebooks/01-data.ipynb");
 * const { notebook } = await executeNotebook(nb, { name: "01-data.ipynb", cwd: "notebooks" });
 * await writeFile("reports/01-data.ipynb", serializeNotebook(notebook));
 */
export async function executeNotebook(input: Notebook, options: ExecuteNotebookOptions = {}): Promise<ExecutedNotebook> {
  const t0 = performance.now();
  const name = options.name ?? "notebook";
  const nb = cloneNotebook(input);
  ensureCellIds(nb);
  for (const cell of nb.cells) {
    delete cell.metadata.execution;
    if (cell.cell_type === "code" && !tags(cell).includes("skip-execution")) {
      cell.outputs = [];
      cell.execution_count = null;
    }
  }
  const runnable = nb.cells.flatMap((cell, index) =>
    cell.cell_type === "code" && cell.source.trim() !== "" && !tags(cell).includes("skip-execution") ? [{ cell, index }] : [],
  );

  const given = options.kernel;
  const spec = given instanceof KernelClient ? given.spec : (given ?? builtinKernelSpec(kernelFromMetadata(nb), options.projectDir));
  options.onProgress?.({ type: "notebook-start", notebook: name, kernel: spec.name, codeCells: runnable.length });
  const kernel =
    given instanceof KernelClient
      ? given
      : await KernelClient.start(spec, {
          ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
          ...(options.env === undefined ? {} : { env: options.env }),
          ...(options.startupTimeoutMs === undefined ? {} : { startupTimeoutMs: options.startupTimeoutMs }),
          ...(options.iopubTimeoutMs === undefined ? {} : { iopubTimeoutMs: options.iopubTimeoutMs }),
          ...(options.onKernelOutput === undefined ? {} : { onKernelOutput: options.onKernelOutput }),
        });
  const startupMs = given instanceof KernelClient ? 0 : kernel.startupMs;
  const interrupted = (): KernelError => new KernelError("INTERRUPTED", `${name}: execution interrupted`);
  const onAbort = (): void => void kernel.shutdown();
  // A function, so that TypeScript does not narrow `aborted` after the first check.
  const aborted = (): boolean => options.signal?.aborted === true;
  if (aborted()) {
    await kernel.shutdown();
    throw interrupted();
  }
  options.signal?.addEventListener("abort", onAbort, { once: true });
  options.onProgress?.({ type: "kernel-ready", notebook: name, kernel: spec.name, pid: kernel.pid, startupMs });

  const cellDurationsMs = new Map<number, number>();
  try {
    const languageInfo = kernel.kernelInfo.language_info;
    if (languageInfo !== undefined) nb.metadata.language_info = languageInfo;
    nb.metadata.kernelspec = { display_name: spec.displayName, language: spec.language, name: spec.name };

    const displays = new DisplayRegistry();
    let executed = 0;
    for (const [position, { cell, index }] of runnable.entries()) {
      if (cell.cell_type !== "code") continue;
      if (aborted()) throw interrupted();
      const event = {
        notebook: name,
        cellIndex: index,
        codeCell: position + 1,
        codeCells: runnable.length,
        firstLine: firstLine(cell.source),
      };
      options.onProgress?.({ type: "cell-start", ...event });
      const collector = new CellOutputCollector(displays);
      cell.outputs = collector.outputs;
      const started = performance.now();
      const send = async (): Promise<JsonObject> => {
        const result = await kernel.execute(cell.source, {
          timeoutMs: options.cellTimeoutMs ?? DEFAULT_CELL_TIMEOUT_MS,
          onIopub: (m) => collector.handle(m),
        });
        return result.reply.content;
      };
      let reply: JsonObject;
      try {
        reply = await send();
        // "abort" means the kernel did not run the request at all: tslab aborts requests
        // that arrive within 200 ms of a failed one (an allowed error). Send it again.
        for (let attempt = 1; reply.status === "abort" && attempt <= ABORT_RETRIES; attempt++) {
          await new Promise((r) => setTimeout(r, ABORT_RETRY_DELAY_MS));
          reply = await send();
        }
      } catch (error) {
        if (aborted()) throw interrupted();
        const location = { notebook: name, cellIndex: index, cellFirstLine: firstLine(cell.source) };
        const where = `${name}: cell ${index + 1} (index ${index}): ${firstLine(cell.source)}`;
        if (error instanceof KernelError && error.code === "CELL_TIMEOUT") {
          throw new NotebookError("CELL_TIMEOUT", location, `${where}\n${error.message}`, undefined, { cause: error });
        }
        const log =
          error instanceof KernelError && error.kernelLog.trim() !== "" ? `\nkernel log:\n${stripAnsi(error.kernelLog).trimEnd()}` : "";
        throw new NotebookError(
          "KERNEL_FAILED",
          location,
          `${where}\n${error instanceof Error ? error.message : String(error)}${log}`,
          undefined,
          {
            cause: error,
          },
        );
      }
      const durationMs = performance.now() - started;
      cellDurationsMs.set(index, durationMs);
      executed += 1;
      cell.execution_count = executed;
      const failed = reply.status !== "ok";
      options.onProgress?.({ type: "cell-done", ...event, status: failed ? "error" : "ok", durationMs });
      if (failed && !(options.allowErrors === true || tags(cell).includes("raises-exception"))) {
        const details =
          reply.status === "abort"
            ? { ename: "Aborted", evalue: "the kernel aborted the request (an earlier request failed)", traceback: [] }
            : errorDetails(reply, cell.outputs);
        throw new NotebookError(
          "CELL_FAILED",
          { notebook: name, cellIndex: index, cellFirstLine: firstLine(cell.source) },
          formatCellFailure(name, index, cell.source, details),
          details,
        );
      }
    }
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    if (!(given instanceof KernelClient)) await kernel.shutdown();
  }
  const durationMs = performance.now() - t0;
  options.onProgress?.({ type: "notebook-done", notebook: name, durationMs });
  return { notebook: nb, startupMs, durationMs, cellDurationsMs };
}

/** Options of {@link executeNotebookFile}. */
export type ExecuteNotebookFileOptions = Omit<ExecuteNotebookOptions, "name"> & {
  /** Name in messages. Default: the input path as given. */
  readonly name?: string;
};

/**
 * Reads `inputPath`, executes it with the kernel's working directory set to the notebook's
 * folder (as `jupyter execute` does), and writes the executed notebook to `outputPath`
 * (folders created as needed; nothing is written when a cell fails).
 *
 * @throws {NotebookError} see {@link executeNotebook}; `INVALID_NOTEBOOK` for a bad file.
 */
export async function executeNotebookFile(
  inputPath: string,
  outputPath: string,
  options: ExecuteNotebookFileOptions = {},
): Promise<ExecutedNotebook> {
  const nb = await readNotebook(inputPath);
  const result = await executeNotebook(nb, {
    ...options,
    name: options.name ?? inputPath,
    cwd: options.cwd ?? dirname(resolve(inputPath)),
  });
  await mkdir(dirname(resolve(outputPath)), { recursive: true });
  await writeFile(outputPath, serializeNotebook(result.notebook));
  return result;
}
