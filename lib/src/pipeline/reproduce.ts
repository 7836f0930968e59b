/**
 * `npm run reproduce`: validate the data, execute every notebook in a fresh kernel, and write the
 * executed notebooks (.ipynb and HTML), report.html, results.json and the figures as PNG.
 * @module pipeline/reproduce
 */
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, join, relative, resolve } from "node:path";
import { auditArticle } from "../analysis/audit-article.js";
import { analyse, buildResults, type ResultEntry } from "../analysis/results.js";
import { robustness } from "../analysis/robustness.js";
import { openStudy, type Study } from "../analysis/study.js";
import { ownCodebookDir } from "../data/dataset.js";
import { renderReport } from "../report/html.js";
import { exportFigures, type ExportFiguresResult } from "../report/png.js";
import { readPlotlySource } from "../report/plotly-source.js";
import {
  denoKernelSpec,
  executeNotebook,
  readNotebook,
  renderNotebookHtml,
  serializeNotebook,
  tslabKernelSpec,
  TslabHost,
  type ExecutedNotebook,
  type KernelSpec,
  type Notebook,
  type ProgressEvent,
} from "../runner/index.js";
import { privacySummary } from "../views/quality.js";
import { reportFigures, reportInput } from "./report-input.js";

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
  /** Publish free text flagged as personal data unredacted. */
  readonly publishFlaggedText?: boolean;
  /** Progress lines. */
  readonly log?: (line: string) => void;
}

/** What {@link reproduce} wrote. */
export interface ReproduceSummary {
  readonly notebooks: readonly string[];
  readonly files: readonly string[];
  readonly statusCounts: Readonly<Record<string, number>>;
  readonly notices: readonly string[];
  readonly durationMs: number;
}

/** Replaces the source of the cell tagged `parameters` (papermill's convention). */
export function injectParameters(nb: Notebook, values: { dataDir: string | null; publishFlaggedText: boolean }): Notebook {
  if (values.dataDir === null && !values.publishFlaggedText) return nb;
  const cells = nb.cells.map((cell) => {
    const tags = (cell.metadata["tags"] as unknown[] | undefined) ?? [];
    if (cell.cell_type !== "code" || !tags.includes("parameters")) return cell;
    const source = [
      "// Parameters injected by npm run reproduce.",
      `const DATA_DIR: string | undefined = ${values.dataDir === null ? "undefined" : JSON.stringify(values.dataDir)};`,
      `const PUBLISH_FLAGGED_TEXT = ${String(values.publishFlaggedText)};`,
    ].join("\n");
    return { ...cell, source };
  });
  return { ...nb, cells };
}

/** Stable JSON: keys in insertion order, 2-space indent, trailing newline. */
function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The content of results.json. */
export function resultsJson(study: Study, results: readonly ResultEntry[]): object {
  const statusCounts: Record<string, number> = {};
  for (const r of results) statusCounts[r.status] = (statusCounts[r.status] ?? 0) + 1;
  const root = resolve(study.codebookDir, "..");
  return {
    article: "Koffeman, A., Van de Kuilen, H., & Snoek, M. (2023). Professionele ontwikkeling als strategie om leraren te behouden. Tijdschrift voor Lerarenopleiders, 44(4).",
    data: {
      synthetic: study.synthetic,
      note: study.synthetic ? "synthetic reconstruction consistent with the published aggregates; not the original responses" : "data as supplied",
      files: study.ds.files.map((f) => ({ resource: f.resource, path: relative(root, f.path), sha256: f.sha256, rows: f.rowsRead })),
    },
    statuses: {
      reproduced: "the reproduced value gives the printed text at the printed precision (counts: equal)",
      "within-rounding": "misses the printed rounding interval by at most one unit of the last printed digit",
      "inconsistent-in-article": "the article's own numbers show that the printed value cannot be right",
      "not-reproduced": "the data give something else",
      "not-checkable": "the data cannot speak to it",
    },
    statusCounts,
    values: results,
  };
}

/**
 * Runs the whole pipeline. Stops at the first failing cell with an error naming notebook, cell
 * and error.
 * @throws {NotebookError | KernelError | DataError} as raised by the steps.
 */
export async function reproduce(options: ReproduceOptions): Promise<ReproduceSummary> {
  const t0 = performance.now();
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const root = resolve(options.root);
  const out = resolve(options.outDir ?? join(root, "reports"));
  const dataDir = options.dataDir === null ? null : resolve(options.dataDir);
  const publishFlaggedText = options.publishFlaggedText ?? false;
  const notices: string[] = [];
  const kernelName = options.kernel ?? "tslab";
  const nbDir = join(root, "notebooks");
  const warm = kernelName === "tslab" && options.warmKernels !== false;
  const jobs = Math.max(1, options.jobs ?? (warm && availableParallelism() <= 2 ? 1 : 2));
  // Warm tslab hosts start first, so that they load while the data are read and analysed.
  // The library loads danfojs on first use (notebook/frame.ts); the host loads it ahead.
  const hosts = warm ? Array.from({ length: jobs }, () => TslabHost.start({ projectDir: root, cwd: nbDir, warmModules: ["@behoud/lib", "danfojs"] })) : [];
  try {
    return await run();
  } finally {
    await Promise.all(hosts.map((h) => h.close()));
  }

  async function run(): Promise<ReproduceSummary> {
    // 1. Data: validated through the codebook before anything runs.
    // A data folder with its own datapackage.json brings its own codebook (see ownCodebookDir).
    const study = openStudy({ codebookDir: dataDir !== null && ownCodebookDir(dataDir) !== undefined ? undefined : join(root, "data"), dataDir, publishFlaggedText });
    log(`data: ${study.ds.respondents.rowCount} respondents from ${study.ds.files.length} files${study.synthetic ? " (synthetic reconstruction)" : ""}`);
    const privacy = privacySummary(study);
    if (study.redacted > 0) notices.push(`Personal data were found in ${study.redacted} free-text values and replaced by placeholders; pass --publish-flagged-text to publish them as they are.`);
    log(`privacy: ${privacy.text}`);

    // 2. The analyses behind results.json and the report (the same library calls the notebooks
    // make), and the PNG export, which draws in Chromium while the kernels execute the notebooks.
    const analyses = analyse(study);
    const audit = auditArticle(study.published);
    const results = buildResults(study, analyses, audit);
    const rb = robustness(study.ds);
    const figs = reportFigures({ study, analyses });
    const plotly = readPlotlySource();
    // Figures of an earlier run (perhaps on other data) never stay beside a new report.
    await rm(join(out, "figures"), { recursive: true, force: true });
    const pngTask: Promise<ExportFiguresResult | { error: unknown } | null> =
      options.png === false
        ? Promise.resolve(null)
        : exportFigures(
            figs.map((f) => ({ name: f.id, figure: f.figure, width: 960, height: 600 })),
            join(out, "figures"),
            { plotlySource: plotly?.text ?? null },
          ).catch((error: unknown) => ({ error }));

    // 3. Notebooks, in a fresh kernel each, `jobs` side by side, reported in order.
    const names = (await readdir(nbDir)).filter((f) => /^\d\d-.*\.ipynb$/.test(f)).sort();
    const spec: KernelSpec = kernelName === "deno" ? denoKernelSpec(root) : tslabKernelSpec(root);
    await rm(join(out, "notebooks"), { recursive: true, force: true });
    await mkdir(join(out, "notebooks"), { recursive: true });
    const executed = new Map<string, Notebook>();
    let next = 0;
    let failure: unknown = null;
    const controller = new AbortController();
    const execute = async (name: string, input: Notebook, host: TslabHost | undefined): Promise<ExecutedNotebook> => {
      const onProgress = (e: ProgressEvent): void => {
        if (e.type === "cell-done") log(`  ${name} cell ${e.codeCell}/${e.codeCells} ${e.status} (${Math.round(e.durationMs)} ms): ${e.firstLine}`);
        else if (e.type === "kernel-ready" && host === undefined) log(`  ${name}: ${kernelName} kernel ready in ${Math.round(e.startupMs)} ms`);
      };
      const common = { name: `notebooks/${name}`, cwd: nbDir, projectDir: root, onProgress, signal: controller.signal };
      if (host === undefined) return executeNotebook(input, { ...common, kernel: spec });
      const kernel = await host.startKernel();
      log(`  ${name}: warm tslab kernel ready in ${Math.round(kernel.startupMs)} ms (host ${kernel.pid})`);
      try {
        return await executeNotebook(input, { ...common, kernel });
      } finally {
        await kernel.shutdown();
      }
    };
    const worker = async (host: TslabHost | undefined): Promise<void> => {
      while (failure === null && next < names.length) {
        const name = names[next++] as string;
        const input = injectParameters(await readNotebook(join(nbDir, name)), { dataDir, publishFlaggedText });
        try {
          const result = await execute(name, input, host);
          executed.set(name, result.notebook);
          log(`${name}: done in ${Math.round(result.durationMs)} ms`);
        } catch (e) {
          if (failure === null) failure = e;
          controller.abort();
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(jobs, names.length) }, (_, i) => worker(hosts[i])));
    if (failure !== null) {
      await pngTask; // let Chromium close before reporting the failure
      throw failure;
    }
    const files: string[] = [];
    const links: Record<string, string> = {};
    for (const name of names) {
      const nb = executed.get(name) as Notebook;
      const stem = basename(name, ".ipynb");
      await writeFile(join(out, "notebooks", name), serializeNotebook(nb));
      await writeFile(join(out, "notebooks", `${stem}.html`), renderNotebookHtml(nb, plotly === null ? {} : { plotlyJs: plotly.text }));
      files.push(join(out, "notebooks", name), join(out, "notebooks", `${stem}.html`));
      links[stem] = `notebooks/${stem}.html`;
    }

    // 4. Results and the report; the PNG export has run beside the notebooks.
    await writeFile(join(out, "results.json"), json(resultsJson(study, results)));
    files.push(join(out, "results.json"));
    const png = await pngTask;
    if (png !== null) {
      if ("error" in png) throw png.error;
      if (png.skipped !== null) {
        notices.push(`Figures were not exported as PNG: ${png.skipped}.`);
        log(`png: skipped (${png.skipped})`);
      } else {
        files.push(...png.written);
        log(`png: ${png.written.length} figures`);
      }
    }
    const html = renderReport(
      reportInput({ study, analyses, audit, results, robustness: rb, plotlySource: plotly?.text ?? null, notebookLinks: links, kernel: kernelName === "deno" ? "deno jupyter" : `tslab`, notices }),
    );
    await writeFile(join(out, "report.html"), html);
    files.push(join(out, "report.html"));
    const statusCounts: Record<string, number> = {};
    for (const r of results) statusCounts[r.status] = (statusCounts[r.status] ?? 0) + 1;
    return { notebooks: names, files, statusCounts, notices, durationMs: performance.now() - t0 };
  }
}

/** Message for a failure of the pipeline (the errors of the runner and the loader say where). */
export function describeFailure(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}
