/**
 * The report printed to PDF by headless Chromium (report/pdf): two prints give the same bytes,
 * the figures are vector images, the appendices come last, a table too wide for the page is made to
 * fit or refused, and the text is extractable with pdftotext. Skipped (with the reason printed)
 * without playwright-core, Chromium, plotly.js or poppler-utils.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  PDF_DATE,
  ReportError,
  exportReportPdf,
  normalizePdf,
  pdfPageCount,
  renderReport,
  scatterFigure,
} from "../../../lib/compendium/src/report/index.js";
import { browserSkip, plotly } from "../../helpers/browser.js";

const has = (command: string): boolean => {
  try {
    execFileSync(command, ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
const skip: string | false =
  browserSkip !== false
    ? browserSkip
    : !has("pdftotext") || !has("pdfimages")
      ? "pdftotext and pdfimages (poppler-utils) are not installed"
      : false;
if (skip !== false) console.warn(`# PDF tests skipped: ${skip}`);

function report(source: string | null): string {
  const many = Array.from({ length: 12 }, (_, i) => ({ k: `row ${i}`, v: `${(i / 7).toFixed(3)}` }));
  return renderReport({
    title: "Print check",
    synthetic: true,
    syntheticNotice: "Synthetic reconstruction.",
    plotlySource: source,
    sections: [
      {
        id: "figures",
        title: "Section with a figure",
        figures: [scatterFigure({ x: [1, 2, 3, 4], y: [2, 1, 3, 4], xLabel: "x axis", yLabel: "y axis", r: 0.6, n: 4, seed: 1 })],
      },
      {
        id: "wide",
        title: "Section with a wide table",
        tables: [
          {
            caption: "Wide",
            columns: Array.from({ length: 8 }, (_, i) => ({ key: `c${i}`, label: `column ${i}` })),
            rows: [Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`c${i}`, `unbreakable_identifier_number_${i}_of_the_row`]))],
          },
          {
            caption: "Many",
            columns: [
              { key: "k", label: "key" },
              { key: "v", label: "value" },
            ],
            rows: many,
          },
        ],
      },
    ],
    scorecard: {
      entries: [
        {
          id: "t3.mean",
          label: "Mean",
          location: "Tabel 3",
          published: "4,05",
          reproduced: 4.0523,
          precision: 0.01,
          status: "reproduced",
          explanation: "ok",
          notebook: "04-pre-post",
        },
      ],
      notebookLinks: { "04-pre-post": "notebooks/04-pre-post.html" },
    },
    colophon: [{ key: "Test", value: "pdf" }],
  });
}

it("normalizePdf fixes Chromium's dates without moving a byte; pdfPageCount reads the page tree", () => {
  const raw = Buffer.from(
    "%PDF-1.4\n1 0 obj\n<</Creator (Chromium)\n/CreationDate (D:20261206133448+00'00')\n/ModDate (D:20261206133449+00'00')>>\nendobj\n2 0 obj\n<</Type /Pages\n/Count 3\n/Kids [3 0 R]>>\nendobj\n",
    "latin1",
  );
  const fixed = normalizePdf(raw);
  assert.equal(fixed.length, raw.length);
  const text = fixed.toString("latin1");
  assert.equal(text.split(`(${PDF_DATE})`).length - 1, 2);
  assert.doesNotMatch(text, /2026/);
  assert.equal(pdfPageCount(fixed), 3);
});

describe("report.pdf printed by headless Chromium", { skip }, () => {
  let dir = "";
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "report-pdf-"));
    await writeFile(join(dir, "report.html"), report(plotly?.text ?? null));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("prints A4 pages with page numbers, figures as vector images, tables whole, appendices last; two prints are byte-identical", async () => {
    const a = await exportReportPdf(join(dir, "report.html"), join(dir, "a.pdf"));
    const b = await exportReportPdf(join(dir, "report.html"), join(dir, "b.pdf"));
    assert.equal(a.skipped, null);
    assert.ok(a.pages !== null && a.pages >= 1, `pages: ${a.pages}`);
    assert.ok((await readFile(join(dir, "a.pdf"))).equals(await readFile(join(dir, "b.pdf"))), "two prints differ");
    assert.equal(b.pages, a.pages);
    const info = execFileSync("pdfinfo", [join(dir, "a.pdf")], { encoding: "utf8" });
    assert.match(info, /Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/);
    assert.match(info, /CreationDate:\s+Sat Jan\s+1 00:00:00 2000/);
    const text = execFileSync("pdftotext", [join(dir, "a.pdf"), "-"], { encoding: "utf8" });
    for (const n of [1, a.pages]) {
      const page = execFileSync("pdftotext", ["-f", String(n), "-l", String(n), join(dir, "a.pdf"), "-"], { encoding: "utf8" });
      assert.match(page, new RegExp(`\\b${n}\\s*/\\s*${a.pages}\\b`), `page number ${n} in the footer`);
    }
    // The figure is printed as vector graphics: its axis titles are text of the page, and it
    // holds no raster image (a PNG would be listed by pdfimages).
    const images = execFileSync("pdfimages", ["-list", join(dir, "a.pdf")], { encoding: "utf8" })
      .trim()
      .split("\n")
      .slice(2);
    assert.deepEqual(images, [], "no raster image");
    assert.match(text, /\bx axis\b/);
    assert.match(text, /\by axis\b/);
    // The scorecard, first on the page, is an appendix: after the sections, before the colophon.
    const order = ["Section with a figure", "Section with a wide table", "Scorecard", "Colophon"].map((h) => text.indexOf(h));
    assert.ok(order.every((p) => p >= 0) && order.every((p, i) => i === 0 || p > (order[i - 1] as number)), `order ${order.join(", ")}`);
    // Every column of the wide table is on the page, to its last letter (its words broken
    // where needed, so pdftotext gives each cell's lines among the other cells').
    for (let i = 0; i < 8; i++) assert.match(text, new RegExp(`(?<!\\d)${i}_of_the_row\\b`), `column ${i}`);
    assert.equal(text.split("unbreakable_").length - 1, 8);
    // Links to other files are not printed as file:// links of the folder the page was in.
    assert.doesNotMatch((await readFile(join(dir, "a.pdf"))).toString("latin1"), /file:\/\//);
  });

  it("refuses a page whose table cannot be made to fit rather than cutting it off; a missing page is an error", async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><main><table style="width:2000px"><tr><td>x</td></tr></table></main></body></html>`;
    await writeFile(join(dir, "wide.html"), html);
    await assert.rejects(
      exportReportPdf(join(dir, "wide.html"), join(dir, "wide.pdf")),
      (e: unknown) => e instanceof ReportError && /cannot be printed whole: a table is 2000 px wide in a \d+ px column/.test(e.message),
    );
    await assert.rejects(exportReportPdf(join(dir, "nothing.html"), join(dir, "n.pdf")), /does not exist/);
  });

  it("skips with a reason when Chromium is missing", async () => {
    const r = await exportReportPdf(join(dir, "report.html"), join(dir, "skip.pdf"), { chromiumPath: "/nonexistent/chromium" });
    assert.equal(r.written, null);
    assert.match(r.skipped ?? "", /not found \(looked at \/nonexistent\/chromium\)/);
  });
});
