/**
 * `npm run notebooks:refresh [-- --check]`: executes every numbered notebook of `notebooks/` on
 * the shipped data in a fresh tslab kernel (warm kernels, as `npm run reproduce` runs them),
 * completes its figures (PNG and the plotly.js loader, pipeline/notebook-figures) and stores it
 * with its outputs in `notebooks/`, so that the repository itself shows every table and figure
 * (GitHub, nbviewer, VS Code without a kernel). `npm run reproduce` goes on writing the executed
 * copies for other data to `reports/`.
 *
 * The kernels run with `BEHOUD_STORED_NOTEBOOK=1`, so the colophon names neither the commit nor
 * the exact Node.js release (views/colophon); execution writes no timings, dates or paths
 * (runner/execute), and runs are byte-identical, so a stored notebook equals a fresh execution
 * exactly. A notebook is written only when it changed, through a temporary file renamed into
 * place, so it is whole or untouched.
 *
 * With `--check` nothing is written: the command fails (exit code 1) naming each notebook whose
 * fresh execution differs from the stored file, and the first cell that differs. CI runs it.
 * Exit code 2 for unusable arguments or when Chromium is missing (the PNGs need it).
 * @module pipeline/refresh-notebooks
 */
import { existsSync } from "node:fs";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { executeNotebook, parseNotebook, readNotebook, serializeNotebook, type Notebook } from "@behoud/notebook-runner";
import { STORED_NOTEBOOK_ENV } from "../notebook/show.js";
import { plotlyLoader } from "../report/plotly-loader.js";
import { readPlotlySource } from "../report/plotly-source.js";
import { startFigureRenderer } from "../report/png.js";
import { isMain } from "../main-module.js";
import { finishNotebookFigures } from "./notebook-figures.js";
import { startWarmHost } from "./warm-host.js";

const USAGE = "usage: npm run notebooks:refresh [-- --check]";

/** Raised when the notebooks cannot be refreshed (no notebooks, no Chromium, unusable arguments). */
export class RefreshError extends Error {
  override readonly name = "RefreshError";
}

/** Options of {@link refreshNotebooks}. */
export interface RefreshOptions {
  /** Project folder (with notebooks/ and node_modules/). */
  readonly root: string;
  /** Compare only: write nothing, report what differs. */
  readonly check: boolean;
  /** Progress lines. */
  readonly log?: (line: string) => void;
  /** Stops the run (kernels and Chromium end; files already renamed into place stay). */
  readonly signal?: AbortSignal;
}

/** A stored notebook that differs from its fresh execution. */
export interface NotebookDifference {
  readonly notebook: string;
  /** Where the first difference is, in words (e.g. `cell 12 (code): outputs differ`). */
  readonly where: string;
}

/** Result of {@link refreshNotebooks}. */
export interface RefreshResult {
  /** Every notebook executed, in order. */
  readonly notebooks: readonly string[];
  /** Notebooks whose stored file differed from the fresh execution (written unless `check`). */
  readonly differences: readonly NotebookDifference[];
}

/**
 * Where two notebooks first differ, in words; null when their files are identical.
 * @example
 * const a = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{ cell_type: "markdown", id: "a", metadata: {}, source: "x" }] } as Notebook;
 * const b = { ...a, cells: [{ cell_type: "markdown", id: "a", metadata: {}, source: "y" }] } as Notebook;
 * firstDifference(serializeNotebook(a), serializeNotebook(b)) // "cell 1 (markdown): source differs"
 * firstDifference(serializeNotebook(a), serializeNotebook(a)) // null
 */
export function firstDifference(stored: string, fresh: string): string | null {
  if (stored === fresh) return null;
  let s: Notebook;
  let f: Notebook;
  try {
    s = parseNotebook(stored, "stored");
    f = parseNotebook(fresh, "fresh");
  } catch {
    return "the stored file is not a valid notebook";
  }
  const n = Math.max(s.cells.length, f.cells.length);
  for (let i = 0; i < n; i++) {
    const a = s.cells[i];
    const b = f.cells[i];
    if (a === undefined || b === undefined) return `${s.cells.length} cells stored, ${f.cells.length} after execution`;
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const parts: string[] = [];
    if (a.cell_type !== b.cell_type) parts.push("cell type");
    if (a.source !== b.source) parts.push("source");
    if (JSON.stringify(a.metadata) !== JSON.stringify(b.metadata)) parts.push("metadata");
    if (a.cell_type === "code" && b.cell_type === "code") {
      if (JSON.stringify(a.outputs) !== JSON.stringify(b.outputs)) parts.push(a.outputs.length === 0 ? "outputs (none stored)" : "outputs");
      if (a.execution_count !== b.execution_count) parts.push("execution count");
    }
    const singular = parts.length === 0 || (parts.length === 1 && !(parts[0] ?? "").startsWith("outputs"));
    return `cell ${i + 1} (${b.cell_type}): ${parts.length === 0 ? "content" : parts.join(", ")} ${singular ? "differs" : "differ"}`;
  }
  if (JSON.stringify(s.metadata) !== JSON.stringify(f.metadata)) return "notebook metadata differs";
  return "formatting of the file differs";
}

/**
 * Executes every numbered notebook and stores it executed (or, with `check`, compares).
 * @param options Project folder, check mode, progress, abort signal.
 * @returns The notebooks executed and those that differed.
 * @throws {RefreshError} when there are no notebooks or Chromium cannot draw the PNGs;
 *   `NotebookError` / `KernelError` when a cell fails.
 * @example
 * // illustrative: starts tslab kernels and Chromium, and (without check) writes notebooks/
 * const { differences } = await refreshNotebooks({ root: process.cwd(), check: true });
 * if (differences.length > 0) process.exitCode = 1;
 */
export async function refreshNotebooks(options: RefreshOptions): Promise<RefreshResult> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const root = resolve(options.root);
  const nbDir = join(root, "notebooks");
  if (!existsSync(nbDir)) throw new RefreshError(`${root} has no notebooks/ folder; run the command in the project folder`);
  const names = (await readdir(nbDir)).filter((f) => /^\d\d-.*\.ipynb$/.test(f)).sort();
  if (names.length === 0) throw new RefreshError(`${nbDir} holds no numbered notebooks (NN-name.ipynb)`);
  const plotly = readPlotlySource();
  if (plotly === null) throw new RefreshError("plotly.js-basic-dist-min is not installed; run npm ci");
  const host = startWarmHost(root, { [STORED_NOTEBOOK_ENV]: "1" });
  try {
    const started = await startFigureRenderer({
      plotlySource: plotly.text,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    if (started.renderer === null)
      throw new RefreshError(`the stored notebooks carry PNG figures, which need headless Chromium: ${started.skipped}`);
    const renderer = started.renderer;
    const loader = plotlyLoader(plotly);
    const differences: NotebookDifference[] = [];
    try {
      for (const name of names) {
        options.signal?.throwIfAborted();
        const path = join(nbDir, name);
        const stored = await readFile(path, "utf8");
        const input = await readNotebook(path);
        const kernel = await host.startKernel();
        let executed: Notebook;
        try {
          const result = await executeNotebook(input, {
            kernel,
            name: `notebooks/${name}`,
            cwd: nbDir,
            projectDir: root,
            ...(options.signal === undefined ? {} : { signal: options.signal }),
          });
          executed = result.notebook;
        } finally {
          await kernel.shutdown();
        }
        const { notebook, figures } = await finishNotebookFigures(executed, { renderer, loader });
        const fresh = serializeNotebook(notebook);
        const where = firstDifference(stored, fresh);
        const size = `${Math.round(Buffer.byteLength(fresh) / 1024)} kB, ${figures.length} figure${figures.length === 1 ? "" : "s"}`;
        if (where === null) {
          log(`${name}: ${options.check ? "equals the fresh execution" : "unchanged"} (${size})`);
          continue;
        }
        differences.push({ notebook: name, where });
        if (options.check) {
          log(`${name}: DIFFERS from the fresh execution: ${where}`);
          continue;
        }
        const temporary = join(nbDir, `.${basename(name, ".ipynb")}.refresh-${process.pid}.tmp`);
        try {
          await writeFile(temporary, fresh);
          await rename(temporary, path);
        } finally {
          await rm(temporary, { force: true });
        }
        log(`${name}: stored executed (${size}; was: ${where})`);
      }
    } finally {
      await renderer.close();
    }
    return { notebooks: names, differences };
  } finally {
    await host.close();
  }
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== "--check");
  if (unknown.length > 0) {
    process.stderr.write(`notebooks:refresh: unknown argument ${unknown[0]}\n${USAGE}\n`);
    process.exit(2);
  }
  const check = args.includes("--check");
  const controller = new AbortController();
  const onSignal = (): void => controller.abort(new Error("interrupted"));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  refreshNotebooks({ root: process.cwd(), check, signal: controller.signal }).then(
    (r) => {
      if (check) {
        process.stdout.write(
          r.differences.length === 0
            ? `all ${r.notebooks.length} stored notebooks equal a fresh execution\n`
            : `${r.differences.length} of ${r.notebooks.length} stored notebooks differ from a fresh execution; run npm run notebooks:refresh and commit the notebooks\n`,
        );
        process.exitCode = r.differences.length === 0 ? 0 : 1;
      } else process.stdout.write(`${r.differences.length} of ${r.notebooks.length} notebooks written\n`);
    },
    (e: unknown) => {
      process.stderr.write(`notebooks:refresh: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}\n`);
      process.exitCode = e instanceof RefreshError ? 2 : 1;
    },
  );
}
