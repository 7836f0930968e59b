/**
 * The analyses of `npm run reproduce` (loading and validating the data, every statistic behind
 * results.json and the report, the report page itself) in a worker thread, so that the main
 * thread stays free while they run: it answers Ctrl-C or SIGTERM at once (the worker is
 * terminated mid-computation) and drives the kernels and Chromium meanwhile. On large data the
 * analyses take many seconds of synchronous work, during which a single thread could not even
 * notice a signal.
 *
 * {@link startAnalysis} (main thread) starts this module as a worker; the worker answers with
 * log lines, then the figures and results.json, then, when asked, the report page.
 *
 * @module pipeline/analysis-worker
 */
import type { Lang } from "../views/lang.js";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { startWorker } from "./worker-start.js";
import type { NamedFigure } from "../views/figures.js";

/** What the worker needs to open the study. */
export interface AnalysisRequest {
  readonly root: string;
  readonly dataDir: string | null;
  readonly publishFlaggedText: boolean;
  /** Language of the report and its figures. */
  readonly lang: Lang;
}

/** What the worker computed before the notebooks run. */
export interface Prepared {
  readonly figures: readonly NamedFigure[];
  readonly resultsJson: string;
  readonly statusCounts: Readonly<Record<string, number>>;
  readonly redacted: number;
}

/** What the main thread adds for the report page. */
export interface RenderRequest {
  readonly notebookLinks: Readonly<Record<string, string>>;
  readonly kernel: string;
  readonly notices: readonly string[];
  readonly plotlySource: string | null;
}

type ToMain =
  | { readonly type: "log"; readonly line: string }
  | { readonly type: "validated" }
  | { readonly type: "prepared"; readonly prepared: Prepared }
  | { readonly type: "rendered"; readonly html: string }
  | { readonly type: "error"; readonly name: string; readonly message: string; readonly stack: string | undefined };

type ToWorker = { readonly type: "render"; readonly request: RenderRequest };

const MARK = "behoud-analysis-worker";

/** An error of the worker, with the name and message it had there. */
export class AnalysisError extends Error {
  constructor(name: string, message: string, stack?: string) {
    super(message);
    this.name = name;
    if (stack !== undefined) this.stack = stack;
  }
}

/** The handle of a running analysis. */
export interface AnalysisThread {
  /** Resolves once the data are loaded and valid (rejects with the loader's error). */
  readonly validated: Promise<void>;
  /** Resolves with the analyses' products. */
  readonly prepared: Promise<Prepared>;
  /** Renders report.html from the analyses and the main thread's additions. */
  render(request: RenderRequest): Promise<string>;
  /** Stops the worker at once (also mid-computation). */
  terminate(): Promise<void>;
}

interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined); // a rejection nobody awaits is not an unhandled one
  return { promise, resolve, reject };
}

/**
 * Starts the analyses in a worker thread.
 * @param log Receives the worker's progress lines.
 * @example
 * // illustrative: starts a worker thread that reads the data folder
 * const thread = startAnalysis({ root: process.cwd(), dataDir: null, publishFlaggedText: false }, (line) => console.log(line));
 * await thread.validated; // the data fit the codebook: the notebooks may start
 * const { statusCounts, figures } = await thread.prepared;
 * const html = await thread.render({ notebookLinks: {}, kernel: "tslab 1.0.22", notices: [], plotlySource: null });
 * await thread.terminate();
 */
export function startAnalysis(request: AnalysisRequest, log: (line: string) => void): AnalysisThread {
  const worker = startWorker(import.meta.url, { mark: MARK, request });
  const validated = deferred<void>();
  const prepared = deferred<Prepared>();
  const rendered = deferred<string>();
  const fail = (e: unknown): void => {
    for (const d of [validated, prepared, rendered]) d.reject(e);
  };
  worker.on("message", (m: ToMain) => {
    if (m.type === "log") log(m.line);
    else if (m.type === "validated") validated.resolve();
    else if (m.type === "prepared") prepared.resolve(m.prepared);
    else if (m.type === "rendered") rendered.resolve(m.html);
    else fail(new AnalysisError(m.name, m.message, m.stack));
  });
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new AnalysisError("Error", `the analysis thread stopped (exit code ${code})`)));
  return {
    validated: validated.promise,
    prepared: prepared.promise,
    async render(req: RenderRequest): Promise<string> {
      worker.postMessage({ type: "render", request: req } satisfies ToWorker);
      return rendered.promise;
    },
    async terminate(): Promise<void> {
      worker.removeAllListeners("exit");
      await worker.terminate();
    },
  };
}

/** The worker's side. */
async function runWorker(request: AnalysisRequest): Promise<void> {
  const port = parentPort;
  if (port === null) return;
  const send = (m: ToMain): void => port.postMessage(m);
  try {
    const { join } = await import("node:path");
    const { auditArticle } = await import("../analysis/audit-article.js");
    const { analyse, buildResults } = await import("../analysis/results.js");
    const { robustness } = await import("../analysis/robustness.js");
    const { openStudy } = await import("../analysis/study.js");
    const { ownCodebookDir } = await import("../data/dataset.js");
    const { renderReport } = await import("../report/html.js");
    const { privacySummary } = await import("../views/quality.js");
    const { PRIVACY_BINS, reportFigures, reportInput } = await import("./report-input.js");
    const { throttledDataProgress } = await import("../data/progress.js");
    const { notComputableStatistics } = await import("../analysis/results.js");
    const { DEGENERATE_RULES } = await import("../data/degenerate.js");
    const { countStatuses, resultsJson } = await import("./results-json.js");
    const { dataDir, root } = request;
    // A data folder with its own datapackage.json brings its own codebook (see ownCodebookDir).
    const study = openStudy({
      codebookDir: dataDir !== null && ownCodebookDir(dataDir) !== undefined ? undefined : join(root, "data"),
      dataDir,
      shippedDataDir: join(root, "data"),
      publishFlaggedText: request.publishFlaggedText,
      // On large data: a line every few seconds while the files are read and checked.
      onProgress: throttledDataProgress((line) => send({ type: "log", line: `data: ${line}` }), 3000),
    });
    send({
      type: "log",
      line: `data: ${study.ds.respondents.rowCount} respondents from ${study.ds.files.length} files${study.synthetic ? " (synthetic reconstruction)" : ""}`,
    });
    send({ type: "validated" });
    // Computed once, for the log and the report (k-anonymity over 10⁶ rows takes seconds).
    const privacy = privacySummary(study, { bins: PRIVACY_BINS, lang: request.lang });
    send({ type: "log", line: `privacy: ${privacy.text}` });
    // The same library calls the notebooks make.
    const step = (what: string): void => send({ type: "log", line: `analysis: ${what}` });
    step("tables, reliability, paired tests, correlations");
    const analyses = analyse(study);
    // results.json is English whatever BEHOUD_LANG says.
    const audit = auditArticle(study.published, { lang: "en" });
    const results = buildResults(study, analyses, audit, { lang: "en" });
    // results.json stays English (its fields are for programs); the report speaks the run's language.
    const reportAudit = request.lang === "en" ? audit : auditArticle(study.published, { lang: request.lang });
    const reportResults = request.lang === "en" ? results : buildResults(study, analyses, reportAudit, { lang: request.lang });
    step("robustness checks (Wilcoxon, bootstrap)");
    const rb = robustness(study.ds);
    const figures = reportFigures({ study, analyses, lang: request.lang });
    for (const w of study.ds.warnings) if (DEGENERATE_RULES.has(w.rule)) send({ type: "log", line: `warning: ${w.message}` });
    for (const x of notComputableStatistics(analyses, rb)) send({ type: "log", line: `not computable: ${x.text}` });
    send({
      type: "prepared",
      prepared: {
        figures,
        resultsJson: `${JSON.stringify(resultsJson(study, results, audit), null, 2)}\n`,
        statusCounts: countStatuses(results),
        redacted: study.redacted,
      },
    });
    port.on("message", (m: ToWorker) => {
      try {
        const r = m.request;
        const html = renderReport(
          reportInput({
            study,
            analyses,
            audit: reportAudit,
            results: reportResults,
            robustness: rb,
            privacy,
            lang: request.lang,
            plotlySource: r.plotlySource,
            notebookLinks: r.notebookLinks,
            kernel: r.kernel,
            notices: r.notices,
          }),
        );
        send({ type: "rendered", html });
      } catch (e) {
        sendError(send, e);
      }
      port.close();
    });
  } catch (e) {
    sendError(send, e);
    port.close();
  }
}

function sendError(send: (m: ToMain) => void, e: unknown): void {
  send(
    e instanceof Error
      ? { type: "error", name: e.name, message: e.message, stack: e.stack }
      : { type: "error", name: "Error", message: String(e), stack: undefined },
  );
}

if (!isMainThread && (workerData as { mark?: string } | null)?.mark === MARK) {
  void runWorker((workerData as { request: AnalysisRequest }).request);
}
