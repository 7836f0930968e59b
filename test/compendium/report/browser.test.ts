/**
 * Real-browser tests: a report with every figure type opened from file:// in headless Chromium
 * (every figure drawn, no console or page errors, no network), PNG export, and the scorecard
 * filter. They need playwright-core, Chromium and plotly.js-basic-dist-min; without them they are
 * skipped with the reason printed.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  CHROMIUM_ARGS,
  ReportError,
  browserAvailability,
  checkReportInBrowser,
  exportFigures,
  renderReport,
  type ReportInput,
  type ScorecardEntry,
} from "../../../lib/compendium/src/report/index.js";
import { availability, browserSkip, plotly } from "../../helpers/browser.js";
import { balanceModelFigure } from "../../../lib/compendium/src/views/balance-model.js";
import { allFigures } from "./fixtures.js";

const skip = browserSkip;
if (skip !== false) console.warn(`# report browser tests skipped: ${skip}`);

const ENTRIES: readonly ScorecardEntry[] = [
  {
    id: "a",
    label: "A",
    location: "Tabel 3",
    published: "4.0",
    reproduced: 4.02,
    precision: 0.1,
    status: "reproduced",
    explanation: "ok",
    notebook: "03.ipynb",
  },
  {
    id: "b",
    label: "B",
    location: "Tabel 3",
    published: "0.61",
    reproduced: 0.6162,
    precision: 0.01,
    status: "within-rounding",
    explanation: "ok",
    notebook: "04.ipynb",
  },
  {
    id: "c",
    label: "C",
    location: "Tabel 2",
    published: "157",
    reproduced: 156,
    precision: 1,
    status: "inconsistent-in-article",
    explanation: "sum",
    notebook: "02.ipynb",
  },
  {
    id: "d",
    label: "D",
    location: "Tekst",
    published: ",57",
    reproduced: 0.5,
    precision: 0.01,
    status: "not-reproduced",
    explanation: "no",
    notebook: "05.ipynb",
  },
  {
    id: "e",
    label: "E",
    location: "Tekst",
    published: "0,84",
    reproduced: null,
    precision: 0.01,
    status: "not-checkable",
    explanation: "n/a",
    notebook: "01.ipynb",
  },
];

function reportInput(plotlySource: string | null, withFigures = true): ReportInput {
  const figs = allFigures();
  return {
    title: "Browser check",
    synthetic: true,
    syntheticNotice: "Synthetic reconstruction.",
    plotlySource,
    sections: withFigures
      ? [
          { id: "model", title: "Fig. 1", figures: [{ figure: balanceModelFigure(), showsData: false }] },
          {
            id: "data",
            title: "Data",
            figures: Object.entries(figs)
              .filter(([name]) => name !== "balance")
              .map(([, figure]) => figure),
            tables: [{ columns: [{ key: "a", label: "a" }], rows: [{ a: 1.5 }] }],
          },
        ]
      : [{ id: "text", title: "Text", html: "<p>No figures.</p>" }],
    scorecard: { entries: ENTRIES },
    colophon: [{ key: "Test", value: "browser" }],
  };
}

describe("report in headless Chromium", { skip }, () => {
  let dir = "";
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "behoud-report-test-"));
  });
  after(async () => {
    if (dir !== "") await rm(dir, { recursive: true, force: true });
  });

  it("draws every figure type without console or page errors and without network requests", { timeout: 180_000 }, async () => {
    const path = join(dir, "report.html");
    await writeFile(path, renderReport(reportInput(plotly?.text ?? null)));
    const check = await checkReportInBrowser(path);
    assert.equal(check.figuresExpected, 6);
    assert.equal(check.plotlyLoaded, true);
    assert.equal(check.figuresDrawn, check.figuresExpected);
    assert.deepEqual(check.consoleErrors, []);
    assert.deepEqual(check.pageErrors, []);
    assert.deepEqual(check.externalRequests, []);
  });

  it("leaves the notes in place (and reports nothing drawn) when the page has no plotly.js", { timeout: 120_000 }, async () => {
    const path = join(dir, "no-plotly.html");
    await writeFile(path, renderReport(reportInput(null)));
    const check = await checkReportInBrowser(path);
    assert.deepEqual(
      { ...check },
      {
        viewport: { width: 1200, height: 900 },
        figuresExpected: 6,
        figuresDrawn: 0,
        plotlyLoaded: false,
        consoleErrors: [],
        pageErrors: [],
        externalRequests: [],
        mainWidth: check.mainWidth,
        overflows: [],
        answers: "missing",
      },
    );
  });

  it("exports PNG files of the requested size", { timeout: 180_000 }, async () => {
    const figs = allFigures();
    const requests = Object.entries(figs).map(([name, figure]) => ({ name, figure, width: 800, height: name === "balance" ? 600 : 500 }));
    const result = await exportFigures(requests, join(dir, "png"), { plotlySource: plotly?.text ?? null, scale: 1 });
    assert.equal(result.skipped, null);
    assert.deepEqual(
      result.written,
      requests.map((r) => join(dir, "png", `${r.name}.png`)),
    );
    for (const r of requests) {
      const png = await readFile(join(dir, "png", `${r.name}.png`));
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${r.name}: PNG signature`);
      assert.equal(png.readUInt32BE(16), r.width, `${r.name}: width`);
      assert.equal(png.readUInt32BE(20), r.height, `${r.name}: height`);
      assert.ok(png.length > 5000, `${r.name}: not empty`);
    }
  });

  it("filters the scorecard by status with the inline script", { timeout: 120_000 }, async () => {
    const path = join(dir, "filter.html");
    await writeFile(path, renderReport(reportInput(null, false)));
    const { chromium } = await import("playwright-core");
    const profile = await mkdtemp(join(tmpdir(), "behoud-chromium-test-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: availability.available ? availability.chromiumPath : "",
      headless: true,
      args: [...CHROMIUM_ARGS],
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(pathToFileURL(path).href);
      assert.equal(await page.isVisible("#scorecard-filter"), true);
      const visibleRows = (): Promise<unknown> =>
        page.evaluate(
          `Array.from(document.querySelectorAll("#scorecard-table tbody tr[data-status]")).filter((r) => !r.hidden).map((r) => r.dataset.status)`,
        );
      assert.deepEqual(await visibleRows(), [
        "reproduced",
        "within-rounding",
        "inconsistent-in-article",
        "not-reproduced",
        "not-checkable",
      ]);
      await page.uncheck('#scorecard-filter input[value="reproduced"]');
      await page.uncheck('#scorecard-filter input[value="not-checkable"]');
      assert.deepEqual(await visibleRows(), ["within-rounding", "inconsistent-in-article", "not-reproduced"]);
      assert.equal(await page.textContent("#scorecard-shown"), "3 of 5 values shown");
      assert.equal(await page.isVisible('#scorecard-table tr[data-status="reproduced"]'), false);
      // A group whose rows are all filtered out hides its heading too.
      assert.equal(await page.isVisible("#scorecard-table tr.scorecard-group"), true);
      for (const status of ["within-rounding", "inconsistent-in-article", "not-reproduced"])
        await page.uncheck(`#scorecard-filter input[value="${status}"]`);
      assert.equal(await page.textContent("#scorecard-shown"), "0 of 5 values shown");
      assert.equal(await page.isVisible("#scorecard-table tr.scorecard-group"), false);
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});

describe("which Chromium draws and which views", () => {
  const shell = "/usr/bin/chromium-headless-shell";
  const browsers = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome-stable", "/usr/bin/google-chrome"];
  const saved = process.env.CHROMIUM_PATH;
  before(() => {
    delete process.env.CHROMIUM_PATH;
  });
  after(() => {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  });

  it("draws with the headless shell when it is installed, and views with the browser only", async () => {
    const draw = await browserAvailability({}, "draw");
    const view = await browserAvailability({}, "view");
    const firstBrowser = browsers.find((p) => existsSync(p));
    if (draw.available) assert.equal(draw.chromiumPath, existsSync(shell) ? shell : firstBrowser);
    if (view.available) assert.equal(view.chromiumPath, firstBrowser);
    else assert.match(view.reason, /not found \(looked at \$CHROMIUM_PATH, \/usr\/bin\/chromium, |playwright-core/);
    assert.deepEqual(await browserAvailability(), view, "view is the default");
  });

  it("takes $CHROMIUM_PATH, and an explicit path, before either list", async () => {
    process.env.CHROMIUM_PATH = "/nonexistent/from-env";
    try {
      const draw = await browserAvailability({}, "draw");
      if (draw.available) assert.notEqual(draw.chromiumPath, "/nonexistent/from-env", "a missing path is passed over");
      const explicit = await browserAvailability({ chromiumPath: "/nonexistent/explicit" }, "draw");
      assert.equal(explicit.available, false);
      if (!explicit.available) assert.match(explicit.reason, /looked at \/nonexistent\/explicit\)|playwright-core/);
    } finally {
      delete process.env.CHROMIUM_PATH;
    }
  });
});

describe("browser functions without a browser", () => {
  it("skip the PNG export with a reason instead of failing", async () => {
    const figure = balanceModelFigure();
    const noPlotly = await exportFigures([{ name: "a", figure, width: 400, height: 300 }], join(tmpdir(), "never-written"), {
      plotlySource: null,
    });
    assert.deepEqual(noPlotly, { written: [], skipped: "the plotly.js source is not available (install plotly.js-basic-dist-min)" });
    const noChromium = await exportFigures([{ name: "a", figure, width: 400, height: 300 }], join(tmpdir(), "never-written"), {
      plotlySource: "x",
      chromiumPath: "/nonexistent/chromium",
    });
    assert.deepEqual(noChromium.written, []);
    assert.match(noChromium.skipped ?? "", /not found \(looked at \/nonexistent\/chromium\)|playwright-core is not installed/);
  });

  it("refuse to check a page without a browser, and validate names", async () => {
    const dir = await mkdtemp(join(tmpdir(), "behoud-report-test-"));
    try {
      const path = join(dir, "x.html");
      await writeFile(path, "<!DOCTYPE html><p>x</p>");
      await assert.rejects(
        checkReportInBrowser(path, { chromiumPath: "/nonexistent/chromium" }),
        (e: unknown) => e instanceof ReportError && e.code === "BROWSER_UNAVAILABLE",
      );
      await assert.rejects(
        checkReportInBrowser(join(dir, "missing.html")),
        (e: unknown) => e instanceof ReportError && e.code === "INVALID_ARGUMENT",
      );
      const figure = balanceModelFigure();
      await assert.rejects(
        exportFigures([{ name: "../x", figure, width: 400, height: 300 }], dir, { plotlySource: null }),
        (e: unknown) => e instanceof ReportError && e.code === "INVALID_ARGUMENT",
      );
      await assert.rejects(
        exportFigures(
          [
            { name: "a", figure, width: 400, height: 300 },
            { name: "a", figure, width: 400, height: 300 },
          ],
          dir,
          { plotlySource: null },
        ),
        (e: unknown) => e instanceof ReportError && e.code === "DUPLICATE_ID",
      );
      await assert.rejects(
        exportFigures([{ name: "a", figure, width: 10, height: 300 }], dir, { plotlySource: null }),
        (e: unknown) => e instanceof ReportError && e.code === "OUT_OF_RANGE",
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
