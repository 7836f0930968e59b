/**
 * Headless Chromium for the report: static PNG export of figures and a check that every
 * figure of a report page is drawn without errors.
 *
 * plotly.js needs a browser to draw. Both functions drive Chromium through `playwright-core`
 * (loaded at run time, so the library works without it) with one browser, one page and a fresh
 * profile directory that is removed afterwards. Chromium is looked for at `options.chromiumPath`,
 * `$CHROMIUM_PATH`, then (to draw figures and print the PDF only) `/usr/bin/chromium-headless-shell`,
 * then `/usr/bin/chromium`, `/usr/bin/chromium-browser`, `/usr/bin/google-chrome-stable` and
 * `/usr/bin/google-chrome` (see {@link BrowserUse}); it runs with
 * `--headless --no-sandbox --disable-gpu --disable-background-networking
 * --disable-component-update --disable-sync --no-first-run --disable-quic`.
 *
 * @module report/png
 */
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { ReportError, requireInteger } from "./errors.js";
import { scriptJson } from "./format.js";
import type { PlotlyFigureLike } from "./types.js";

/**
 * Command-line switches of the headless browser.
 *
 * `--single-process` runs the renderer inside the browser process. Chromium supports it for
 * testing only, because the renderer is then not sandboxed apart from the browser; here the
 * browser only ever opens pages this library wrote (a local file with plotly.js and our
 * figures, or the report) and makes no network request. Measured here on the PNG export of the
 * report's seven figures: the same PNG bytes, 7.5 instead of 9.2 CPU-seconds (Chromium is the
 * largest CPU user of `npm run reproduce` on a two-core machine).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--single-process",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome-stable", "/usr/bin/google-chrome"];

/**
 * Chromium's headless shell (Debian's package `chromium-headless-shell`; Playwright's default for
 * headless pages): the same Blink engine and printing as the browser, without the desktop
 * browser around it. Drawing the figures and printing the report with it took 6.1–6.6 instead of
 * 9.8–11 CPU-seconds in `npm run reproduce` on this project's two-core machine (measured per
 * process), and the run 12.1–12.8 instead of 15.6–16.1 s. Its text layout differs from the
 * browser's in places (a line may wrap one word earlier), so the PNGs of one machine are drawn by
 * one of the two, whichever is found first.
 */
const HEADLESS_SHELL_CANDIDATES = ["/usr/bin/chromium-headless-shell"];

/**
 * What the browser is for:
 * - `"draw"`: the figures' PNGs and the report's PDF, outputs of the pipeline. Chromium's headless
 *   shell is looked for first, then the browser.
 * - `"view"`: opening a page as a reader's browser does (the report check, the notebooks in the
 *   Jupyter Notebook server). The browser only.
 *
 * `$CHROMIUM_PATH` comes first for both.
 */
export type BrowserUse = "draw" | "view";

/** Where Chromium is and how long to wait. */
export interface BrowserOptions {
  /** Path of the Chromium executable; default: the first of the usual places that exists. */
  readonly chromiumPath?: string;
  /** Time limit of each browser step in milliseconds, default 60 000. */
  readonly timeoutMs?: number;
  /**
   * Closes the browser (and fails the call) when it aborts. With a signal the caller handles
   * the process's signals; without one, playwright-core closes the browser on SIGINT, SIGTERM
   * and SIGHUP itself (and exits).
   */
  readonly signal?: AbortSignal;
}

/** Whether headless Chromium can be used, and if not why. */
export type BrowserAvailability =
  | { readonly available: true; readonly chromiumPath: string }
  | { readonly available: false; readonly reason: string };

type Playwright = typeof import("playwright-core");

/**
 * playwright-core, loaded with `require`: it is CommonJS, and `import()` would first have Node
 * scan its 3.6 MB bundle for named exports (about 0.1–0.5 s, measured).
 */
async function loadPlaywright(): Promise<Playwright | null> {
  try {
    return createRequire(import.meta.url)("playwright-core") as Playwright;
  } catch {
    return null;
  }
}

function candidatesFor(use: BrowserUse): readonly string[] {
  return use === "draw" ? [...HEADLESS_SHELL_CANDIDATES, ...CHROMIUM_CANDIDATES] : CHROMIUM_CANDIDATES;
}

function findChromium(explicit: string | undefined, use: BrowserUse): string | null {
  const candidates =
    explicit !== undefined
      ? [explicit]
      : [process.env.CHROMIUM_PATH, ...candidatesFor(use)].filter((p): p is string => p !== undefined && p !== "");
  return candidates.find((p) => existsSync(p)) ?? null;
}

/**
 * Says whether `playwright-core` can be loaded and a Chromium executable exists, without
 * starting the browser.
 *
 * @param options Chromium path.
 * @param use `"draw"` for the figures' PNGs and the PDF (the headless shell first), `"view"`
 *   (default) for a page opened as a reader opens it (the browser only); see {@link BrowserUse}.
 * @returns `{ available: true, chromiumPath }` or `{ available: false, reason }`.
 * @example
 * const b = await browserAvailability({}, "draw");
 * if (!b.available) console.warn(`PNG export skipped: ${b.reason}`);
 * b.available ? typeof b.chromiumPath : typeof b.reason // "string"
 */
export async function browserAvailability(options: BrowserOptions = {}, use: BrowserUse = "view"): Promise<BrowserAvailability> {
  const playwright = await loadPlaywright();
  if (playwright === null) return { available: false, reason: "the package playwright-core is not installed" };
  const path = findChromium(options.chromiumPath, use);
  if (path === null) {
    const where = options.chromiumPath ?? ["$CHROMIUM_PATH", ...candidatesFor(use)].join(", ");
    return { available: false, reason: `Chromium was not found (looked at ${where})` };
  }
  return { available: true, chromiumPath: path };
}

/** Size of the browser window in CSS pixels. */
export interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** The window size the figures are exported and pages opened at unless told otherwise. */
export const DEFAULT_VIEWPORT: Viewport = { width: 1200, height: 900 };

/**
 * Starts Chromium with a fresh profile, runs `work` on its one page (with a scratch directory
 * for files the page may load), and removes the profile afterwards.
 * @internal shared by the PNG export, the browser check and the PDF export (report/pdf).
 */
export async function withPage<T>(
  chromiumPath: string,
  timeoutMs: number,
  work: (page: Page, scratch: string) => Promise<T>,
  signal?: AbortSignal,
  viewport: Viewport = DEFAULT_VIEWPORT,
): Promise<T> {
  const playwright = await loadPlaywright();
  if (playwright === null) throw new ReportError("BROWSER_UNAVAILABLE", "withPage", "the package playwright-core is not installed");
  const profile = await mkdtemp(join(tmpdir(), "behoud-chromium-"));
  let context: BrowserContext | null = null;
  const onAbort = (): void => void context?.close().catch(() => undefined);
  try {
    signal?.throwIfAborted();
    try {
      const own = signal === undefined;
      context = await playwright.chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath,
        headless: true,
        args: [...CHROMIUM_ARGS],
        timeout: timeoutMs,
        viewport: { width: viewport.width, height: viewport.height },
        handleSIGINT: own,
        handleSIGTERM: own,
        handleSIGHUP: own,
      });
      signal?.addEventListener("abort", onAbort, { once: true });
      if (signal?.aborted === true) onAbort();
    } catch (e) {
      throw new ReportError(
        "BROWSER_UNAVAILABLE",
        "withPage",
        `Chromium (${chromiumPath}) did not start: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`,
        undefined,
        { cause: e },
      );
    }
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(timeoutMs);
    const scratch = join(profile, "scratch");
    await mkdir(scratch);
    return await work(page, scratch);
  } finally {
    signal?.removeEventListener("abort", onAbort);
    if (context !== null) await context.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  }
}

/** One figure to export. */
export interface FigureExport {
  /** File name without extension: letters, digits, `.`, `-`, `_` (no path). */
  readonly name: string;
  readonly figure: PlotlyFigureLike;
  /** Width in CSS pixels. */
  readonly width: number;
  /** Height in CSS pixels. */
  readonly height: number;
}

/** Options of {@link exportFigures}. */
export interface ExportFiguresOptions extends BrowserOptions {
  /** plotly.js source text; null skips the export. */
  readonly plotlySource: string | null;
  /** Pixel ratio of the PNG (default 2: a 800 × 500 figure gives 1600 × 1000 pixels). */
  readonly scale?: number;
}

/** Result of {@link exportFigures}. */
export interface ExportFiguresResult {
  /** Paths of the PNG files written, in input order. */
  readonly written: readonly string[];
  /** Why nothing was written (no Chromium, no playwright-core, no plotly.js), or null. */
  readonly skipped: string | null;
}

const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Renders figures to PNG files in headless Chromium with `Plotly.toImage` (one browser, one
 * page for all figures). When Chromium, playwright-core or the plotly.js source is missing,
 * nothing is written and `skipped` says why (the caller prints it); other failures throw.
 *
 * @param figures The figures with their file names and sizes.
 * @param outDir Directory for the files (created when missing).
 * @param options plotly.js source text, Chromium path, scale, time limit.
 * @returns The files written, or the reason for skipping.
 * @throws {ReportError} INVALID_ARGUMENT for an unusable file name or size; DUPLICATE_ID for
 *   two figures with one name; RENDER_FAILED when plotly.js cannot draw a figure;
 *   BROWSER_UNAVAILABLE when Chromium exists but does not start.
 * @example
 * // illustrative: needs Chromium and writes PNG files to reports/figures
 * const { written, skipped } = await exportFigures(
 *   [{ name: "fig-1-scatter", figure: scatterFigure({ x: [1, 2, 3], y: [2, 1, 3], xLabel: "x", yLabel: "y", r: 0.5, n: 3, seed: 1 }), width: 1000, height: 640 }],
 *   "reports/figures", { plotlySource: readPlotlySource()?.text ?? null });
 * if (skipped !== null) console.warn(`PNG export skipped: ${skipped}`);
 */
export async function exportFigures(
  figures: readonly FigureExport[],
  outDir: string,
  options: ExportFiguresOptions,
): Promise<ExportFiguresResult> {
  const fn = "exportFigures";
  const names = new Set<string>();
  figures.forEach((f, i) => {
    if (!NAME_RE.test(f.name) || f.name.includes("..")) {
      throw new ReportError(
        "INVALID_ARGUMENT",
        fn,
        `figures[${i}].name is "${f.name}"; expected letters, digits, ".", "-" or "_" (no path)`,
        `figures[${i}].name`,
      );
    }
    if (names.has(f.name)) throw new ReportError("DUPLICATE_ID", fn, `figures[${i}].name "${f.name}" occurs twice`, `figures[${i}].name`);
    names.add(f.name);
    requireInteger(fn, `figures[${i}].width`, f.width, 50, 8000);
    requireInteger(fn, `figures[${i}].height`, f.height, 50, 8000);
  });
  const scale = options.scale ?? 2;
  if (!(scale > 0 && scale <= 8))
    throw new ReportError("OUT_OF_RANGE", fn, `options.scale is ${scale}; expected a number in (0, 8]`, "options.scale");
  if (figures.length === 0) return { written: [], skipped: null };
  options.signal?.throwIfAborted(); // a stopped run's folders are not made again
  const started = await startFigureRenderer(options);
  if (started.renderer === null) return { written: [], skipped: started.skipped };
  const renderer = started.renderer;
  const written: string[] = [];
  try {
    await mkdir(outDir, { recursive: true });
    for (const f of figures) {
      const png = await renderer.png(f.figure, { width: f.width, height: f.height, scale, name: f.name });
      const path = join(outDir, `${f.name}.png`);
      await writeFile(path, png);
      written.push(path);
    }
  } finally {
    await renderer.close();
  }
  return { written, skipped: null };
}

/** Size of a PNG rendering. */
export interface PngSize {
  /** Width in CSS pixels (50–8000). */
  readonly width: number;
  /** Height in CSS pixels (50–8000). */
  readonly height: number;
  /** Pixel ratio, in (0, 8]; default 2. */
  readonly scale?: number;
  /** Name of the figure in error messages. */
  readonly name?: string;
}

/** Headless Chromium with plotly.js loaded, drawing one figure after another to PNG. */
export interface FigureRenderer {
  /**
   * The figure as PNG bytes, drawn with `Plotly.toImage`. Calls are queued: figures are drawn
   * one at a time, in the order asked.
   * @throws {ReportError} INVALID_ARGUMENT for an unusable size; RENDER_FAILED when plotly.js
   *   cannot draw the figure.
   */
  png(figure: PlotlyFigureLike, size: PngSize): Promise<Buffer>;
  /** Closes the browser (after the figures asked for so far). */
  close(): Promise<void>;
}

/** Result of {@link startFigureRenderer}: the renderer, or why there is none. */
export type FigureRendererStart =
  | { readonly renderer: FigureRenderer; readonly skipped: null }
  | { readonly renderer: null; readonly skipped: string };

/**
 * Starts headless Chromium with plotly.js loaded for drawing figures to PNG (one browser, one
 * page, for as many figures as asked until {@link FigureRenderer.close}). When Chromium,
 * playwright-core or the plotly.js source is missing, returns `skipped` with the reason.
 *
 * @param options plotly.js source text, Chromium path, time limit, abort signal.
 * @returns The renderer, or the reason it could not start.
 * @throws {ReportError} BROWSER_UNAVAILABLE when Chromium exists but does not start;
 *   RENDER_FAILED when the plotly.js source does not define `window.Plotly.toImage`.
 * @example
 * // illustrative: needs Chromium
 * const { renderer, skipped } = await startFigureRenderer({ plotlySource: readPlotlySource()?.text ?? null });
 * if (renderer !== null) {
 *   try { await writeFile("fig.png", await renderer.png(balanceModelFigure(), { width: 900, height: 640, scale: 1 })); }
 *   finally { await renderer.close(); }
 * } else console.warn(`PNG skipped: ${skipped}`);
 */
export async function startFigureRenderer(options: ExportFiguresOptions): Promise<FigureRendererStart> {
  const fn = "startFigureRenderer";
  if (options.plotlySource === null)
    return { renderer: null, skipped: "the plotly.js source is not available (install plotly.js-basic-dist-min)" };
  const availability = await browserAvailability(options, "draw");
  if (!availability.available) return { renderer: null, skipped: availability.reason };
  options.signal?.throwIfAborted();
  const plotlySource = options.plotlySource;
  const timeoutMs = options.timeoutMs ?? 60_000;
  let release: () => void = () => undefined;
  const released = new Promise<void>((r) => {
    release = r;
  });
  let ready: (page: Page) => void = () => undefined;
  let failed: (e: unknown) => void = () => undefined;
  const pageReady = new Promise<Page>((res, rej) => {
    ready = res;
    failed = rej;
  });
  const session = withPage(
    availability.chromiumPath,
    timeoutMs,
    async (page, scratch) => {
      // A file page that loads plotly.js from a file compiles it faster than injecting the text.
      await writeFile(join(scratch, "plotly.js"), plotlySource);
      await writeFile(
        join(scratch, "export.html"),
        '<!DOCTYPE html><html><head><meta charset="utf-8"><script src="plotly.js"></script></head><body></body></html>',
      );
      await page.goto(pathToFileURL(join(scratch, "export.html")).href, { waitUntil: "load" });
      const loaded: unknown = await page.evaluate(
        'typeof window.Plotly === "object" && window.Plotly !== null && typeof window.Plotly.toImage === "function"',
      );
      if (loaded !== true)
        throw new ReportError("RENDER_FAILED", fn, "the plotly.js source did not define window.Plotly.toImage", "options.plotlySource");
      ready(page);
      await released;
    },
    options.signal,
  );
  session.catch(failed);
  const page = await pageReady;
  let queue: Promise<unknown> = Promise.resolve();
  const draw = async (figure: PlotlyFigureLike, size: PngSize): Promise<Buffer> => {
    const name = size.name ?? "figure";
    requireInteger("FigureRenderer.png", "size.width", size.width, 50, 8000);
    requireInteger("FigureRenderer.png", "size.height", size.height, 50, 8000);
    const scale = size.scale ?? 2;
    if (!(scale > 0 && scale <= 8))
      throw new ReportError("OUT_OF_RANGE", "FigureRenderer.png", `size.scale is ${scale}; expected a number in (0, 8]`, "size.scale");
    const spec = scriptJson({ data: figure.data, layout: figure.layout, config: figure.config ?? {} });
    const expression = `window.Plotly.toImage(${spec}, { format: "png", width: ${size.width}, height: ${size.height}, scale: ${scale} })`;
    let url: unknown;
    try {
      url = await page.evaluate(expression);
    } catch (e) {
      throw new ReportError(
        "RENDER_FAILED",
        "exportFigures",
        `plotly.js could not draw "${name}": ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`,
        name,
        { cause: e },
      );
    }
    const prefix = "data:image/png;base64,";
    if (typeof url !== "string" || !url.startsWith(prefix))
      throw new ReportError("RENDER_FAILED", "exportFigures", `plotly.js returned no PNG for "${name}"`, name);
    return Buffer.from(url.slice(prefix.length), "base64");
  };
  const renderer: FigureRenderer = {
    png(figure, size) {
      const run = queue.then(() => draw(figure, size));
      queue = run.catch(() => undefined);
      return run;
    },
    async close() {
      await queue;
      release();
      await session.catch(() => undefined);
    },
  };
  return { renderer, skipped: null };
}

/** Result of {@link checkReportInBrowser}. */
export interface BrowserCheck {
  /** The window size the page was opened at. */
  readonly viewport: Viewport;
  /** Figures on the page (elements with `data-plotly-figure`). */
  readonly figuresExpected: number;
  /** Figures plotly.js has drawn (`.js-plotly-plot` with a `.main-svg`). */
  readonly figuresDrawn: number;
  /** Whether `window.Plotly` exists on the page. */
  readonly plotlyLoaded: boolean;
  /** Messages of `console.error` calls. */
  readonly consoleErrors: readonly string[];
  /** Uncaught exceptions of the page. */
  readonly pageErrors: readonly string[];
  /** Requests the page made to anything but `file:`, `data:`, `blob:` and `about:` URLs. */
  readonly externalRequests: readonly string[];
  /** Width of the main column (`<main>`, else `<body>`) in CSS pixels. */
  readonly mainWidth: number;
  /**
   * What sticks out horizontally: the page itself (wider than the window), the main column
   * (content wider than it), and every element inside it that scrolls sideways or reaches
   * past its right edge (a table in a scrolling wrapper), each as `what: width in column px`.
   * Empty when everything fits.
   */
  readonly overflows: readonly string[];
  /**
   * The element with id `answers`: `"first-screen"` when it is shown and starts within the
   * first screen (above the window's height with the page scrolled to the top), `"below"` when
   * it starts lower, `"hidden"` when it takes no space, `"missing"` when there is none.
   */
  readonly answers: "first-screen" | "below" | "hidden" | "missing";
}

const COUNT_FIGURES = `(() => {
  const figs = Array.from(document.querySelectorAll("[data-plotly-figure]"));
  const drawn = figs.filter((el) => el.classList.contains("js-plotly-plot") && el.querySelector(".main-svg") !== null).length;
  const failed = figs.filter((el) => el.hasAttribute("data-plotly-error")).length;
  return { expected: figs.length, drawn, failed, plotly: typeof window.Plotly === "object" && window.Plotly !== null };
})()`;

/**
 * Measures horizontal overflow and the answers' place. The tolerance of one pixel absorbs
 * sub-pixel rounding.
 */
const MEASURE_LAYOUT = `(() => {
  window.scrollTo(0, 0);
  const main = document.querySelector("main") || document.body;
  const box = main.getBoundingClientRect();
  const overflows = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > window.innerWidth + 1) overflows.push("page: " + doc.scrollWidth + " px wide in a " + window.innerWidth + " px window");
  if (main.scrollWidth > main.clientWidth + 1) overflows.push("main column: content " + main.scrollWidth + " px wide in " + main.clientWidth + " px");
  const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (typeof el.className === "string" && el.className.trim() !== "" ? "." + el.className.trim().split(/\\s+/).join(".") : "");
  const seen = new Set();
  for (const el of Array.from(main.querySelectorAll("*"))) {
    if (el.closest("[data-plotly-figure]") !== null && !el.hasAttribute("data-plotly-figure")) continue;
    const style = getComputedStyle(el);
    const scrolls = (style.overflowX === "auto" || style.overflowX === "scroll") && el.scrollWidth > el.clientWidth + 1;
    const r = el.getBoundingClientRect();
    const past = r.width > 0 && r.right > box.right + 1 && style.position !== "fixed";
    if (!scrolls && !past) continue;
    let inner = el.parentElement;
    let reported = false;
    while (inner !== null && inner !== main) { if (seen.has(inner)) { reported = true; break; } inner = inner.parentElement; }
    if (reported) continue;
    seen.add(el);
    overflows.push(scrolls
      ? name(el) + ": content " + el.scrollWidth + " px wide, scrolls in " + el.clientWidth + " px"
      : name(el) + ": reaches " + Math.round(r.right - box.right) + " px past the main column (" + Math.round(r.width) + " px wide in " + Math.round(box.width) + " px)");
    if (overflows.length >= 20) break;
  }
  const a = document.getElementById("answers");
  let answers = "missing";
  if (a !== null) {
    const ar = a.getBoundingClientRect();
    answers = ar.width === 0 && ar.height === 0 ? "hidden" : ar.top < window.innerHeight ? "first-screen" : "below";
  }
  return { mainWidth: Math.round(box.width), overflows, answers };
})()`;

interface Counts {
  readonly expected: number;
  readonly drawn: number;
  readonly failed: number;
  readonly plotly: boolean;
}

function isCounts(v: unknown): v is Counts {
  if (typeof v !== "object" || v === null) return false;
  const c = v as Record<string, unknown>;
  return typeof c.expected === "number" && typeof c.drawn === "number" && typeof c.failed === "number" && typeof c.plotly === "boolean";
}

interface Layout {
  readonly mainWidth: number;
  readonly overflows: readonly string[];
  readonly answers: BrowserCheck["answers"];
}

function isLayout(v: unknown): v is Layout {
  if (typeof v !== "object" || v === null) return false;
  const l = v as Record<string, unknown>;
  return (
    typeof l.mainWidth === "number" &&
    Array.isArray(l.overflows) &&
    l.overflows.every((o) => typeof o === "string") &&
    (l.answers === "first-screen" || l.answers === "below" || l.answers === "hidden" || l.answers === "missing")
  );
}

/**
 * Waits until every plotly figure of the page is drawn or has failed (at most `timeoutMs`) and
 * returns the counts.
 * @internal shared with report/pdf.
 */
export async function waitForFigures(page: Page, timeoutMs: number, fn: string): Promise<Counts> {
  const first: unknown = await page.evaluate(COUNT_FIGURES);
  if (isCounts(first) && first.plotly && first.expected > 0) {
    const done = `(() => { const c = ${COUNT_FIGURES}; return c.drawn + c.failed >= c.expected; })()`;
    await page.waitForFunction(done, undefined, { timeout: timeoutMs, polling: 100 }).catch(() => undefined);
  }
  const counts: unknown = await page.evaluate(COUNT_FIGURES);
  if (!isCounts(counts)) throw new ReportError("RENDER_FAILED", fn, "the page did not answer the figure count");
  return counts;
}

/** Options of {@link checkReportInBrowser}. */
export interface CheckReportOptions extends BrowserOptions {
  /** Window size, default 1200 × 900. */
  readonly viewport?: Viewport;
}

/**
 * Opens an HTML page (e.g. the report) from `file://` in headless Chromium at the given window
 * size, waits until every plotly figure is drawn (or has failed, or the time limit has passed)
 * and returns what happened: figures expected and drawn, console errors, page errors, any
 * request to the network (a self-contained page makes none), what overflows the main column
 * horizontally, and whether the element with id `answers` is on the first screen. Meant for
 * CI: see pipeline/check-report for the verdict.
 *
 * @param htmlPath Path of the page.
 * @param options Window size, Chromium path, time limit (default 60 s).
 * @returns The counts, messages and measurements.
 * @throws {ReportError} BROWSER_UNAVAILABLE when playwright-core or Chromium is missing or
 *   Chromium does not start; INVALID_ARGUMENT when the file does not exist or the window size
 *   is not a whole number of pixels from 200 to 8000.
 * @example
 * // illustrative: needs Chromium and a rendered reports/report.html
 * const check = await checkReportInBrowser("reports/report.html", { viewport: { width: 800, height: 900 } });
 * if (check.figuresDrawn !== check.figuresExpected || check.overflows.length > 0) process.exitCode = 1;
 */
export async function checkReportInBrowser(htmlPath: string, options: CheckReportOptions = {}): Promise<BrowserCheck> {
  const fn = "checkReportInBrowser";
  const absolute = resolve(htmlPath);
  if (!existsSync(absolute)) throw new ReportError("INVALID_ARGUMENT", fn, `htmlPath "${htmlPath}" does not exist`, "htmlPath");
  const viewport = options.viewport ?? DEFAULT_VIEWPORT;
  requireInteger(fn, "options.viewport.width", viewport.width, 200, 8000);
  requireInteger(fn, "options.viewport.height", viewport.height, 200, 8000);
  const availability = await browserAvailability(options);
  if (!availability.available) throw new ReportError("BROWSER_UNAVAILABLE", fn, availability.reason);
  const timeoutMs = options.timeoutMs ?? 60_000;
  return withPage(
    availability.chromiumPath,
    timeoutMs,
    async (page) => {
      const consoleErrors: string[] = [];
      const pageErrors: string[] = [];
      const externalRequests: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => pageErrors.push(error.message));
      page.on("request", (request) => {
        const url = request.url();
        if (!/^(file|data|blob|about):/i.test(url)) externalRequests.push(url);
      });
      await page.goto(pathToFileURL(absolute).href, { waitUntil: "load" });
      const counts = await waitForFigures(page, timeoutMs, fn);
      const layout: unknown = await page.evaluate(MEASURE_LAYOUT);
      if (!isLayout(layout)) throw new ReportError("RENDER_FAILED", fn, "the page did not answer the layout measurement");
      return {
        viewport: { width: viewport.width, height: viewport.height },
        figuresExpected: counts.expected,
        figuresDrawn: counts.drawn,
        plotlyLoaded: counts.plotly,
        consoleErrors,
        pageErrors,
        externalRequests,
        mainWidth: layout.mainWidth,
        overflows: layout.overflows,
        answers: layout.answers,
      };
    },
    options.signal,
    viewport,
  );
}
