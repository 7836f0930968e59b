/**
 * The report as a printable PDF, printed by headless Chromium (the browser of report/png).
 *
 * - A4 portrait, margins of 15 mm, the page number and the page count centred in the footer;
 * - the page is printed with its print style sheet (report/html: no contents box, no filter,
 *   tables that wrap to the page's width, table headers repeated on every page);
 * - every plotly figure is drawn first and then replaced by an SVG image of itself at the
 *   printed column's width (no interactive parts, nothing that depends on the window size).
 *   Chromium prints an SVG image as vector graphics: the figure is sharp at any zoom, its
 *   labels are text a reader can search and copy, and the file is about a quarter of the size
 *   it has with PNG images at twice the resolution (measured on the report: 0.46 MB against
 *   1.7 MB), which also take about a second longer to print;
 * - the appendices ({@link APPENDIX_IDS}) are moved to the end, in that order;
 * - a table still wider than the printed column in the print layout gets the class
 *   `print-fit` (its cells may then break words anywhere); one that does not fit even so fails
 *   the export rather than being cut off;
 * - links to other files (the notebooks) are printed as text: Chromium would turn them into
 *   absolute `file://` links to the folder the page was printed from; links within the page
 *   stay links;
 * - deterministic: Chromium stamps the PDF with its creation and modification time; both are
 *   replaced by {@link PDF_DATE}, with the same number of bytes so that the cross-reference
 *   table stays valid. Nothing else in Chromium's PDF depends on the time or on chance (tested:
 *   two prints of one page give the same bytes).
 *
 * @module report/pdf
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ReportError } from "./errors.js";
import { browserAvailability, type BrowserOptions, waitForFigures, withPage } from "./png.js";

/** Ids of the report's appendices, moved to the end of the PDF in this order when present. */
export const APPENDIX_IDS: readonly string[] = ["scorecard", "audit", "data-quality", "colophon"];

/** The date every PDF is stamped with (PDF date syntax, 23 characters like Chromium's own). */
export const PDF_DATE = "D:20000101000000+00'00'";

/** Width of the printed column in CSS pixels: A4 (210 mm) less two margins of 15 mm, at 96 px per inch. */
const COLUMN_PX = Math.floor(((210 - 2 * 15) / 25.4) * 96);

const FOOTER =
  '<div style="width:100%;font-size:8px;color:#57606a;text-align:center;font-family:system-ui,sans-serif">' +
  '<span class="pageNumber"></span> / <span class="totalPages"></span></div>';

/** Options of {@link exportReportPdf}. */
export type ExportPdfOptions = BrowserOptions;

/** Result of {@link exportReportPdf}. */
export interface ExportPdfResult {
  /** Path of the PDF written, or null when skipped. */
  readonly written: string | null;
  /** Number of pages, or null when skipped. */
  readonly pages: number | null;
  /** Why nothing was written (no Chromium, no playwright-core), or null. */
  readonly skipped: string | null;
}

/**
 * Replaces Chromium's creation and modification dates by {@link PDF_DATE} (same length, so
 * the byte offsets of the cross-reference table stay right).
 * @example
 * const pdf = Buffer.from("<</Producer (Skia/PDF m156)\n/CreationDate (D:20261206133448+00'00')\n/ModDate (D:20261206133448+00'00')>>", "latin1");
 * normalizePdf(pdf).toString("latin1").includes("/CreationDate (D:20000101000000+00'00')") // true
 * normalizePdf(pdf).length === pdf.length // true
 */
export function normalizePdf(pdf: Buffer): Buffer {
  const text = pdf.toString("latin1");
  const fixed = text.replace(/\/(CreationDate|ModDate) \((D:[0-9]{14}[-+Z][0-9']*)\)/g, (whole, key: string, date: string) =>
    date.length === PDF_DATE.length ? `/${key} (${PDF_DATE})` : whole,
  );
  return Buffer.from(fixed, "latin1");
}

/**
 * Number of pages of a PDF written by Chromium (its page-tree root's `/Count`).
 * @example
 * pdfPageCount(Buffer.from("<</Type /Pages\n/Count 12\n/Kids [3 0 R]>>", "latin1")) // 12
 * pdfPageCount(Buffer.from("not a pdf", "latin1")) // null
 */
export function pdfPageCount(pdf: Buffer): number | null {
  const text = pdf.toString("latin1");
  let max: number | null = null;
  for (const m of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)) max = Math.max(max ?? 0, Number(m[1]));
  return max;
}

/** Runs in the page before printing: figures as SVG images, appendices last, file links as text. */
const PREPARE = `async (args) => {
  const { width, appendices } = args;
  const problems = [];
  for (const el of Array.from(document.querySelectorAll("[data-plotly-figure]"))) {
    if (!el.classList.contains("js-plotly-plot") || typeof window.Plotly !== "object") continue;
    const layout = el._fullLayout || {};
    const w = Math.round(layout.width || width);
    const h = Math.round((layout.height || 450) * Math.min(1, width / w));
    try {
      const url = await window.Plotly.toImage(el, { format: "svg", width: Math.min(width, w), height: h });
      const img = document.createElement("img");
      img.src = url;
      img.alt = el.getAttribute("aria-label") || "";
      img.className = "print-figure";
      img.style.width = "100%";
      img.style.height = "auto";
      await new Promise((done) => { img.onload = done; img.onerror = done; });
      window.Plotly.purge(el);
      el.replaceChildren(img);
      el.style.height = "auto";
      el.style.minHeight = "0";
    } catch (e) {
      problems.push((el.id || "figure") + ": " + (e && e.message ? e.message : String(e)));
    }
  }
  const main = document.querySelector("main") || document.body;
  for (const id of appendices) {
    const el = document.getElementById(id);
    if (el !== null && main.contains(el)) main.appendChild(el);
  }
  for (const a of Array.from(document.querySelectorAll("a[href]"))) {
    if ((a.getAttribute("href") || "").startsWith("#")) continue;
    const span = document.createElement("span");
    span.className = a.className;
    span.append(...Array.from(a.childNodes));
    a.replaceWith(span);
  }
  // In the print layout, a table wider than the column may break its words anywhere.
  const column = main.getBoundingClientRect().width;
  const tooWide = () => Array.from(main.querySelectorAll("table")).filter((t) => t.getBoundingClientRect().width > column + 1);
  for (const t of tooWide()) t.classList.add("print-fit");
  for (const t of tooWide()) {
    problems.push((t.id || (t.querySelector("caption") || {}).textContent || "a table") + " is " + Math.round(t.getBoundingClientRect().width) + " px wide in a " + Math.round(column) + " px column");
  }
  return problems;
}`;

/**
 * Prints an HTML page (the report) to a PDF with headless Chromium: A4, page numbers, figures
 * as vector images, appendices last (see the module documentation). When Chromium or playwright-core
 * is missing nothing is written and `skipped` says why (the caller prints it); other failures
 * throw. The pipeline prints into its staging folder (pipeline/outputs), where a file is
 * whole or absent by the time it becomes an output.
 *
 * @param htmlPath The page to print.
 * @param pdfPath Where to write the PDF (its folder is created when missing).
 * @param options Chromium path, time limit (default 120 s per step), abort signal.
 * @returns The file written and its page count, or the reason for skipping.
 * @throws {ReportError} INVALID_ARGUMENT when the page does not exist; RENDER_FAILED when a
 *   drawn figure cannot be turned into an image, a table is wider than the printed
 *   column, or the PDF has no pages; BROWSER_UNAVAILABLE when
 *   Chromium exists but does not start.
 * @example
 * // illustrative: needs Chromium and a rendered reports/report.html
 * const { pages, skipped } = await exportReportPdf("reports/report.html", "reports/report.pdf");
 * if (skipped !== null) console.warn(`PDF skipped: ${skipped}`);
 */
export async function exportReportPdf(htmlPath: string, pdfPath: string, options: ExportPdfOptions = {}): Promise<ExportPdfResult> {
  const fn = "exportReportPdf";
  const absolute = resolve(htmlPath);
  if (!existsSync(absolute)) throw new ReportError("INVALID_ARGUMENT", fn, `htmlPath "${htmlPath}" does not exist`, "htmlPath");
  const availability = await browserAvailability(options, "draw");
  if (!availability.available) return { written: null, pages: null, skipped: availability.reason };
  options.signal?.throwIfAborted();
  const timeoutMs = options.timeoutMs ?? 120_000;
  const pdf = await withPage(
    availability.chromiumPath,
    timeoutMs,
    async (page) => {
      // The print layout is laid out at the printed column's width; the window matches it so
      // that plotly sizes the figures for the page.
      await page.goto(pathToFileURL(absolute).href, { waitUntil: "load" });
      // A figure that failed to draw keeps the note the page shows in its place.
      await waitForFigures(page, timeoutMs, fn);
      await page.emulateMedia({ media: "print" });
      const problems: unknown = await page.evaluate(`(${PREPARE})(${JSON.stringify({ width: COLUMN_PX, appendices: APPENDIX_IDS })})`);
      if (Array.isArray(problems) && problems.length > 0)
        throw new ReportError("RENDER_FAILED", fn, `the page cannot be printed whole: ${problems.map(String).join("; ")}`);
      return page.pdf({
        format: "A4",
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate: FOOTER,
        margin: { top: "15mm", bottom: "15mm", left: "15mm", right: "15mm" },
        outline: true,
      });
    },
    options.signal,
    { width: COLUMN_PX, height: 1000 },
  );
  const normalized = normalizePdf(pdf);
  const pages = pdfPageCount(normalized);
  if (pages === null || pages === 0) throw new ReportError("RENDER_FAILED", fn, "Chromium's PDF has no pages");
  await mkdir(dirname(resolve(pdfPath)), { recursive: true });
  await writeFile(pdfPath, normalized);
  return { written: pdfPath, pages, skipped: null };
}
