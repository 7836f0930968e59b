/**
 * `npm run reproduce`: validate the data, execute every notebook in a fresh kernel, and write the
 * executed notebooks (.ipynb and HTML), report.html, report.pdf, results.json and the figures as PNG.
 * @module pipeline/reproduce
 */
import { LANG_ENV } from "../views/lang.js";
import { loadTranslations, translateNotebook } from "./translations.js";
import type { Lang } from "../views/lang.js";
import { existsSync, statSync } from "node:fs";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, join, resolve } from "node:path";
import { startFigureRenderer, type ExportFiguresResult } from "../report/png.js";
import { plotlyLoader } from "../report/plotly-loader.js";
import { figureCount, finishNotebookFigures } from "./notebook-figures.js";
import { exportReportPdf } from "../report/pdf.js";
import { readPlotlySource } from "../report/plotly-source.js";
import {
  denoKernelSpec,
  executeNotebook,
  readNotebook,
  tslabKernelSpec,
  type TslabHost,
  type ExecutedNotebook,
  type KernelSpec,
  type Notebook,
  type ProgressEvent,
} from "@behoud/notebook-runner";
import { startAnalysis } from "./analysis-worker.js";
import { openOutput } from "./outputs.js";
import { startWarmHost } from "./warm-host.js";
import { startFinishThread } from "./finish-worker.js";

export { resultsJson } from "./results-json.js";

/** Options of {@link reproduce}. */
export interface ReproduceOptions {
  /** Project folder (with notebooks/, data/, reports/). */
  readonly root: string;
  /** Folder of other data in the codebook's format; null for the shipped data. */
  readonly dataDir: string | null;
  /** Output folder (default `<root>/reports`). */
  readonly outDir?: string;
  /** Kernel: tslab (default) or deno. */
  readonly kernel?: "tslab" | "deno";
  /**
   * Notebooks executed side by side. Default: 1 with warm tslab kernels on a machine with
   * at most two cores (measured fastest there: the second core draws the PNG figures),
   * else 2.
   */
  readonly jobs?: number;
  /**
   * tslab only: run the notebooks in warm kernels (default true): a host process per job
   * that has tslab, TypeScript and the library loaded, started before the data are read,
   * gives each notebook a fresh tslab kernel (see runner/warm). False: a new `tslab kernel`
   * process per notebook, as Jupyter starts them.
   */
  readonly warmKernels?: boolean;
  /** Skip the PNG export. */
  readonly png?: boolean;
  /** Skip printing the report to report.pdf. */
  readonly pdf?: boolean;
  /** Publish free text flagged as personal data unredacted. */
  readonly publishFlaggedText?: boolean;
  /** Language of the report and its figures (default English); results.json is English in both. */
  readonly lang?: Lang;
  /** Progress lines. */
  readonly log?: (line: string) => void;
  /** Time limit of one cell in milliseconds (default: the runner's, 600 s). */
  readonly cellTimeoutMs?: number;
  /** How often a cell that is still running is reported, in milliseconds (default 15 000). */
  readonly heartbeatMs?: number;
  /** Stops the run: kernels, Chromium and the analysis end, the previous outputs stay. */
  readonly signal?: AbortSignal;
  /**
   * Warm tslab hosts the caller started ahead with `startWarmHost(root, { BEHOUD_LANG: lang })`
   * (pipeline/warm-host), so that they warm up while the caller loads; used by the first jobs
   * instead of starting new ones, and closed with the run. Ignored (and closed) unless the
   * notebooks run in warm tslab kernels.
   */
  readonly hosts?: readonly TslabHost[];
}

/** What {@link reproduce} wrote. */
export interface ReproduceSummary {
  readonly notebooks: readonly string[];
  /** Notebooks executed side by side (the option, at most one per notebook). */
  readonly jobs: number;
  readonly files: readonly string[];
  readonly statusCounts: Readonly<Record<string, number>>;
  readonly notices: readonly string[];
  readonly durationMs: number;
}

/**
 * Sets the parameters in the cell tagged `parameters` (papermill's convention): the lines
 * `const DATA_DIR…` and `const PUBLISH_FLAGGED_TEXT…` are replaced in place, so the rest of that
 * cell (the notebook's imports and set-up) stays as written; a parameter line the cell lacks is
 * put first.
 * @example
 * const nb = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{ cell_type: "code", id: "p", metadata: { tags: ["parameters"] }, source: "import { openStudy } from \"@behoud/compendium\";\nconst DATA_DIR: string | undefined = undefined;\nconst PUBLISH_FLAGGED_TEXT = false;\nconst study = openStudy({ dataDir: DATA_DIR });", outputs: [], execution_count: null }] } as Notebook;
 * injectParameters(nb, { dataDir: "my-data", publishFlaggedText: false }).cells[0]?.source
 * // "import { openStudy } from \"@behoud/compendium\";\nconst DATA_DIR: string | undefined = \"my-data\"; // injected by npm run reproduce\nconst PUBLISH_FLAGGED_TEXT = false; // injected by npm run reproduce\nconst study = openStudy({ dataDir: DATA_DIR });"
 * injectParameters(nb, { dataDir: null, publishFlaggedText: false }) === nb // true (nothing to inject)
 */
export function injectParameters(nb: Notebook, values: { dataDir: string | null; publishFlaggedText: boolean }): Notebook {
  if (values.dataDir === null && !values.publishFlaggedText) return nb;
  const lines: Readonly<Record<string, string>> = {
    DATA_DIR: `const DATA_DIR: string | undefined = ${values.dataDir === null ? "undefined" : JSON.stringify(values.dataDir)}; // injected by npm run reproduce`,
    PUBLISH_FLAGGED_TEXT: `const PUBLISH_FLAGGED_TEXT = ${String(values.publishFlaggedText)}; // injected by npm run reproduce`,
  };
  const cells = nb.cells.map((cell) => {
    const tags = (cell.metadata.tags as unknown[] | undefined) ?? [];
    if (cell.cell_type !== "code" || !tags.includes("parameters")) return cell;
    let source = cell.source;
    const missing: string[] = [];
    for (const [name, line] of Object.entries(lines)) {
      const re = new RegExp(`^const ${name}\\b.*$`, "m");
      if (re.test(source)) source = source.replace(re, () => line);
      else missing.push(line);
    }
    if (missing.length > 0) source = [...missing, source].join("\n");
    return { ...cell, source };
  });
  return { ...nb, cells };
}

/**
 * The order in which {@link reproduce} executes the notebooks: most figures first, then by name.
 * @example
 * executionOrder(["01-a.ipynb", "02-b.ipynb", "10-c.ipynb"], (n) => ({ "02-b.ipynb": 1, "10-c.ipynb": 13 })[n] ?? 0)
 * // ["10-c.ipynb", "02-b.ipynb", "01-a.ipynb"]
 */
export function executionOrder(names: readonly string[], figures: (name: string) => number): string[] {
  const count = new Map(names.map((n) => [n, figures(n)]));
  return [...names].sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Raised when the run was interrupted (Ctrl-C, SIGTERM, or the caller's signal). */
export class InterruptedError extends Error {
  override readonly name = "Interrupted";
}

/** Raised for options that cannot work (a data folder that is a file, ...). */
export class PipelineError extends Error {
  override readonly name = "PipelineError";
}

/** How often a cell that is still running is reported, by default. */
const HEARTBEAT_MS = 15_000;

/** Rejects with the abort reason as soon as `signal` aborts. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(e);
      },
    );
  });
}

function checkDataDir(dataDir: string): void {
  let info: ReturnType<typeof statSync>;
  try {
    info = statSync(dataDir);
  } catch {
    throw new PipelineError(`--data ${dataDir}: no such folder`);
  }
  if (!info.isDirectory()) {
    throw new PipelineError(
      `--data ${dataDir} is a file; give the folder that holds the data files (one respondent file per round, the coding and focus-group files, optionally a datapackage.json)`,
    );
  }
}

/**
 * Runs the whole pipeline. Writes only into a staging folder inside the output folder and
 * moves the outputs into place at the end (see pipeline/outputs): a failure or an interruption
 * leaves the previous outputs whole. Stops at the first failing cell with an error naming
 * notebook, cell and error.
 * @throws {OutputError} when the output folder cannot be used (sources, a file, foreign
 *   files, another run); {@link InterruptedError} when `signal` aborts; {@link PipelineError}
 *   for unusable options; `NotebookError`, `KernelError`, `DataError` as raised by the steps.
 * @example
 * // illustrative: starts tslab kernels and Chromium, writes reports/
 * const summary = await reproduce({ root: process.cwd(), dataDir: "my-data", jobs: 1 });
 * console.log(summary.statusCounts, summary.files.length, summary.durationMs);
 */
export async function reproduce(options: ReproduceOptions): Promise<ReproduceSummary> {
  try {
    return await reproduceWith(options);
  } finally {
    // The hosts the caller started, used or not, end with the run (closing twice is harmless).
    await Promise.all((options.hosts ?? []).map((h) => h.close()));
  }
}

async function reproduceWith(options: ReproduceOptions): Promise<ReproduceSummary> {
  const t0 = performance.now();
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const root = resolve(options.root);
  const defaultOut = join(root, "reports");
  const out = resolve(options.outDir ?? defaultOut);
  const dataDir = options.dataDir === null ? null : resolve(options.dataDir);
  if (dataDir !== null) checkDataDir(dataDir);
  const publishFlaggedText = options.publishFlaggedText ?? false;
  const kernelName = options.kernel ?? "tslab";
  const nbDir = join(root, "notebooks");
  if (!existsSync(nbDir)) throw new PipelineError(`${root} has no notebooks/ folder; run npm run reproduce in the project folder`);
  const names = (await readdir(nbDir)).filter((f) => /^\d\d-.*\.ipynb$/.test(f)).sort();
  if (names.length === 0) throw new PipelineError(`${nbDir} holds no numbered notebooks (NN-name.ipynb)`);
  const warm = kernelName === "tslab" && options.warmKernels !== false;
  // More jobs than notebooks would start hosts that never get work.
  const jobs = Math.min(names.length, Math.max(1, options.jobs ?? (warm && availableParallelism() <= 2 ? 1 : 2)));
  const interrupted = (): InterruptedError => new InterruptedError("interrupted; the previous outputs were left as they were");
  const outerAborted = (): boolean => options.signal?.aborted === true;
  if (outerAborted()) throw interrupted();

  const tx = await openOutput({ out, root, isDefault: out === defaultOut, protect: dataDir === null ? [] : [dataDir], notebooks: names });
  // Whatever ends the process (an exit, an uncaught error), the staging folder and the lock go.
  const onExit = (): void => tx.abandonSync();
  process.on("exit", onExit);
  const controller = new AbortController();
  const onOuterAbort = (): void => controller.abort(interrupted());
  options.signal?.addEventListener("abort", onOuterAbort, { once: true });
  // The language reaches the kernels as BEHOUD_LANG (the library's default language, views/lang),
  // and the notebooks' Markdown through notebooks/translations/<lang>.json.
  const lang = options.lang ?? "en";
  const langEnv: Record<string, string> = { [LANG_ENV]: lang };
  const translations = loadTranslations(nbDir, lang);
  // Warm tslab hosts (those the caller started ahead, then one more for each job left) and the
  // analysis thread start first, so that the hosts load while the data are read and analysed.
  const given = warm ? (options.hosts ?? []).slice(0, jobs) : [];
  for (const h of options.hosts ?? []) if (!given.includes(h)) void h.close();
  const hosts = warm ? [...given, ...Array.from({ length: jobs - given.length }, () => startWarmHost(root, langEnv))] : [];
  const analysis = startAnalysis({ root, dataDir, publishFlaggedText, lang }, log);
  // plotly.js for the figures' loader and the pages; the finishing thread (pipeline/finish-worker)
  // writes each notebook's files.
  const plotly = readPlotlySource();
  const finisher = startFinishThread(plotly?.text ?? null);
  try {
    let summary: Awaited<ReturnType<typeof run>>;
    try {
      summary = await run(tx.staging, controller.signal);
    } catch (e) {
      if (outerAborted()) throw interrupted();
      throw e;
    }
    // A failed commit is reported as what it is; its journal lets the next run complete it.
    const files = await tx.commit();
    return { ...summary, files, durationMs: performance.now() - t0 };
  } catch (e) {
    await tx.abandon();
    throw e;
  } finally {
    process.off("exit", onExit);
    options.signal?.removeEventListener("abort", onOuterAbort);
    if (!controller.signal.aborted) controller.abort(interrupted());
    await analysis.terminate();
    await finisher.terminate();
    await Promise.all(hosts.map((h) => h.close()));
  }

  async function run(staging: string, signal: AbortSignal): Promise<Omit<ReproduceSummary, "files" | "durationMs">> {
    const notices: string[] = [];
    // 1. Data: loaded and validated through the codebook (in the analysis thread) before any
    // notebook runs; the analyses go on in that thread while the notebooks execute.
    await abortable(analysis.validated, signal);
    const loader = plotly === null ? null : plotlyLoader(plotly);
    // 2. One headless Chromium draws the PNG figures (the report's, and each notebook figure's
    // once its notebook has run) while the kernels execute the notebooks.
    type Started = Awaited<ReturnType<typeof startFigureRenderer>>;
    const rendering: Promise<Started | { error: unknown }> =
      options.png === false
        ? Promise.resolve({ renderer: null, skipped: "--no-png" })
        : startFigureRenderer({ plotlySource: plotly?.text ?? null, signal }).catch((error: unknown) => ({ error }));
    const renderer = async (): Promise<Started> => {
      const r = await rendering;
      if ("error" in r) throw r.error;
      return r;
    };
    let exporting = false;
    const exportPng = async (): Promise<ExportFiguresResult | null> => {
      const { figures } = await analysis.prepared;
      if (options.png === false || signal.aborted) return null;
      exporting = true;
      const started = await renderer();
      if (started.renderer === null) return { written: [], skipped: started.skipped };
      const written: string[] = [];
      await mkdir(join(staging, "figures"), { recursive: true });
      for (const f of figures) {
        const png = await started.renderer.png(f.figure, { width: 960, height: 600, scale: 2, name: f.id });
        const path = join(staging, "figures", `${f.id}.png`);
        await writeFile(path, png);
        written.push(path);
      }
      return { written, skipped: null };
    };
    const pngTask: Promise<ExportFiguresResult | { error: unknown } | null> = exportPng().catch((error: unknown) => ({ error }));
    const closeRenderer = async (): Promise<void> => {
      const r = await rendering;
      if (!("error" in r) && r.renderer !== null) await r.renderer.close();
    };
    // Each notebook's figures get their PNG and the plotly.js loader as soon as it has run, and
    // its .ipynb and HTML page are written to the staging folder then, while the next notebook
    // runs (only the last one's are left for the end). The PNG compaction and the files are
    // made in a worker thread (pipeline/finish-worker), so that the main thread stays free for
    // the running kernel's messages.
    const finished = new Map<string, Promise<void>>();
    const finish = async (name: string, executed: Notebook): Promise<void> => {
      const started = await renderer();
      const nb = (
        await finishNotebookFigures(executed, { renderer: started.renderer, loader, lang, compact: (png) => finisher.compactPng(png) })
      ).notebook;
      signal.throwIfAborted();
      const stem = join(staging, "notebooks", basename(name, ".ipynb"));
      await finisher.writeNotebook(nb, lang, `${stem}.ipynb`, `${stem}.html`);
    };

    // The notebooks are read before anything starts that would have to be stopped when one of
    // them cannot be read.
    const sources = new Map<string, Notebook>();
    for (const name of names) sources.set(name, await readNotebook(join(nbDir, name)));

    // 3. The report does not depend on the notebooks' outputs (it links to their pages, whose
    // names are known), so results.json, report.html and report.pdf are made beside the
    // notebooks: the analyses, the report's PNG figures and the second Chromium that prints the
    // PDF use the core the kernel leaves free. Nothing here reaches the outputs unless every
    // notebook runs (the staging folder is committed only at the end).
    const links: Record<string, string> = {};
    for (const name of names) links[basename(name, ".ipynb")] = `notebooks/${basename(name, ".ipynb")}.html`;
    const makeReport = async (): Promise<Awaited<typeof analysis.prepared>> => {
      const prepared = await analysis.prepared;
      if (prepared.redacted > 0)
        notices.push(
          `Personal data were found in ${prepared.redacted} free-text values and replaced by placeholders; pass --publish-flagged-text to publish them as they are.`,
        );
      await writeFile(join(staging, "results.json"), prepared.resultsJson);
      const png = await pngTask;
      if (png !== null) {
        if ("error" in png) throw png.error;
        if (png.skipped !== null) {
          notices.push(`Figures were not exported as PNG: ${png.skipped}.`);
          log(`png: skipped (${png.skipped})`);
        } else log(`png: ${png.written.length} figures`);
      }
      const html = await analysis.render({
        notebookLinks: links,
        kernel: kernelName === "deno" ? "deno jupyter" : "tslab",
        notices,
        plotlySource: plotly?.text ?? null,
      });
      signal.throwIfAborted();
      await writeFile(join(staging, "report.html"), html);
      // The report printed to PDF by Chromium, from the page just written.
      if (options.pdf !== false) {
        const pdf = await exportReportPdf(join(staging, "report.html"), join(staging, "report.pdf"), { signal });
        if (pdf.skipped !== null) {
          notices.push(`The report was not printed to PDF: ${pdf.skipped}.`);
          log(`pdf: skipped (${pdf.skipped})`);
        } else log(`pdf: ${pdf.pages} pages`);
      }
      return prepared;
    };
    // A failure of the report stops the notebooks at once, and the other way round.
    const reportTask = makeReport().catch((e: unknown) => {
      controller.abort(e);
      throw e;
    });
    reportTask.catch(() => undefined); // awaited below

    // 4. Notebooks, in a fresh kernel each, `jobs` side by side. Those whose stored copy has the
    // most figures run first, so that their PNGs are drawn while the others execute rather than
    // after the last one (the order of execution changes no output: each has its own kernel).
    const order = executionOrder(names, (name) => figureCount(sources.get(name) as Notebook));
    const spec: KernelSpec = kernelName === "deno" ? denoKernelSpec(root) : tslabKernelSpec(root);
    await mkdir(join(staging, "notebooks"), { recursive: true });
    let next = 0;
    let failure: unknown = null;
    const cellTimeoutMs = options.cellTimeoutMs;
    const execute = async (name: string, input: Notebook, host: TslabHost | undefined): Promise<ExecutedNotebook> => {
      let heartbeat: NodeJS.Timeout | undefined;
      const onProgress = (e: ProgressEvent): void => {
        if (e.type === "cell-start") {
          const started = performance.now();
          const limit = cellTimeoutMs === undefined ? "" : ` of at most ${Math.round(cellTimeoutMs / 1000)} s`;
          heartbeat = setInterval(
            () =>
              log(
                `  ${name} cell ${e.cellIndex + 1} (code cell ${e.codeCell}/${e.codeCells}) still running after ${Math.round((performance.now() - started) / 1000)} s${limit}: ${e.firstLine}`,
              ),
            options.heartbeatMs ?? HEARTBEAT_MS,
          );
          heartbeat.unref();
        } else if (e.type === "cell-done") {
          clearInterval(heartbeat);
          log(
            `  ${name} cell ${e.cellIndex + 1} (code cell ${e.codeCell}/${e.codeCells}) ${e.status} (${Math.round(e.durationMs)} ms): ${e.firstLine}`,
          );
        } else if (e.type === "kernel-ready" && host === undefined)
          log(`  ${name}: ${kernelName} kernel ready in ${Math.round(e.startupMs)} ms`);
      };
      const common = {
        name: `notebooks/${name}`,
        cwd: nbDir,
        projectDir: root,
        onProgress,
        signal,
        env: langEnv,
        ...(cellTimeoutMs === undefined ? {} : { cellTimeoutMs }),
      };
      try {
        if (host === undefined) return await executeNotebook(input, { ...common, kernel: spec });
        const kernel = await host.startKernel();
        log(`  ${name}: warm tslab kernel ready in ${Math.round(kernel.startupMs)} ms (host ${kernel.pid})`);
        try {
          return await executeNotebook(input, { ...common, kernel });
        } finally {
          await kernel.shutdown();
        }
      } finally {
        clearInterval(heartbeat);
      }
    };
    const worker = async (host: TslabHost | undefined): Promise<void> => {
      while (failure === null && !signal.aborted && next < order.length) {
        const name = order[next++] as string;
        const input = translateNotebook(
          injectParameters(sources.get(name) as Notebook, { dataDir, publishFlaggedText }),
          name,
          translations,
        );
        try {
          const result = await execute(name, input, host);
          const done = finish(name, result.notebook);
          done.catch(() => undefined); // awaited below; a failure is reported there
          finished.set(name, done);
          log(`${name}: done in ${Math.round(result.durationMs)} ms`);
        } catch (e) {
          if (failure === null) failure = e;
          controller.abort(e);
        }
      }
    };
    try {
      await abortable(Promise.all(Array.from({ length: jobs }, (_, i) => worker(hosts[i]))), signal);
      if (failure !== null) throw failure;
      for (const done of finished.values()) await abortable(done, signal);
    } catch (e) {
      // Both Chromiums close (the signal has aborted them) before the failure is reported.
      await closeRenderer().catch(() => undefined);
      if (exporting) await pngTask;
      await reportTask.catch(() => undefined);
      // Nothing is still writing to the staging folder when it is removed.
      await Promise.allSettled(finished.values());
      throw e;
    }
    // 5. The report, made beside the notebooks (step 3).
    let prepared: Awaited<typeof analysis.prepared>;
    try {
      prepared = await abortable(reportTask, signal);
    } finally {
      await closeRenderer().catch(() => undefined);
    }
    return { notebooks: names, jobs, statusCounts: prepared.statusCounts, notices };
  }
}

/**
 * Message for a failure of the pipeline (the errors of the runner and the loader say where).
 * @example
 * describeFailure(new PipelineError("--data x.csv is a file")) // "PipelineError: --data x.csv is a file"
 * describeFailure("stopped") // "stopped"
 */
export function describeFailure(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}
