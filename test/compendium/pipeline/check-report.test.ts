/**
 * The browser check of CI (pipeline/check-report) in headless Chromium: a report with a long
 * scorecard passes at 1400 and 800 px; crafted pages that overflow, lack a figure, log an error
 * or lack the answers fail, each with its reason. Skipped (with the reason printed) without
 * playwright-core, Chromium or plotly.js.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main, parseArgs } from "../../../lib/compendium/src/pipeline/check-report.js";
import { renderReport, scatterFigure, type ScorecardEntry } from "../../../lib/compendium/src/report/index.js";
import { browserSkip, plotly } from "../../helpers/browser.js";

const skip = browserSkip;
if (skip !== false) console.warn(`# check-report tests skipped: ${skip}`);

/** Scorecard rows like the article's: long ids, sentences as printed text, long explanations. */
function entries(): ScorecardEntry[] {
  return Array.from({ length: 30 }, (_, i) => ({
    id: `results.part1.ontwikkelmogelijkheden-and-more.pre.${i}`,
    label: `Ik ervaar voldoende ruimte om zelf te beslissen in welk tempo ik werk (${i})`,
    location: "Onderzoeksopzet, Tabel 1, Welke factoren zijn van belang voor behoud van leraren? / focusgroepgesprek",
    published:
      i % 2 === 0
        ? "4,05"
        : "Ik ervaar voldoende ruimte om zelf te beslissen in welk tempo ik werk, in welke volgorde en met welke prioriteiten.",
    reproduced: i % 2 === 0 ? 4.0523 : null,
    precision: i % 2 === 0 ? 0.01 : null,
    status: i % 3 === 0 ? "inconsistent-in-article" : i % 3 === 1 ? "reproduced" : "not-checkable",
    explanation:
      "GRIM asks whether an average of 51 whole-number answers to one item can print as 4,1. Such averages move in steps of 1/51 = 0.02, finer than the printed precision.",
    notebook: "01-data-and-sample",
  }));
}

function report(source: string | null): string {
  return renderReport({
    title: "Check",
    synthetic: true,
    syntheticNotice: "Synthetic reconstruction.",
    plotlySource: source,
    intro: '<div id="answers"><p>The answers.</p></div>',
    sections: [
      {
        id: "fig",
        title: "Figure",
        figures: [scatterFigure({ x: [1, 2, 3, 4], y: [2, 1, 3, 4], xLabel: "x", yLabel: "y", r: 0.6, n: 4, seed: 1 })],
        tables: [
          {
            columns: [
              { key: "a", label: "construct" },
              { key: "b", label: "vraag (item in the article)" },
              { key: "c", label: "voor M (SD)" },
            ],
            rows: [{ a: "Autonomie", b: "Ik ervaar voldoende ruimte om zelf te beslissen in welk tempo ik werk.", c: "3.61 (0.80)" }],
          },
        ],
      },
    ],
    scorecard: { entries: entries(), notebookLinks: { "01-data-and-sample": "notebooks/01-data-and-sample.html" } },
    colophon: [{ key: "Test", value: "check-report" }],
  });
}

function page(body: string, head = ""): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>main { max-width: 600px; margin: 0 auto; }</style>${head}</head><body><main>${body}</main></body></html>`;
}

describe("check-report in headless Chromium", { skip }, () => {
  let dir = "";
  const run = async (name: string, html: string, args: readonly string[] = []): Promise<{ code: number; lines: string[] }> => {
    const file = join(dir, name);
    await writeFile(file, html);
    const lines: string[] = [];
    const code = await main([...args, file], (l) => lines.push(l));
    return { code, lines };
  };
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "check-report-"));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("passes a report with a long scorecard at 1400 and at 800 px, and with the answers required", async () => {
    const { code, lines } = await run("report.html", report(plotly?.text ?? null), ["--require-answers"]);
    assert.equal(code, 0, lines.join("\n"));
    assert.equal(lines.length, 2, "one line per width");
    assert.match(lines[0] ?? "", /at 1400 × 900 px: main column \d+ px; 1 of 1 figures drawn; 0 overflows.*answers first-screen: ok$/);
    assert.match(lines[1] ?? "", /at 800 × 900 px: main column \d+ px; 1 of 1 figures drawn; 0 overflows.*: ok$/);
  });

  it("fails a page whose table scrolls sideways in the main column, and one wider than the window", async () => {
    const table = `<div class="table-wrap" style="overflow-x:auto"><table style="width:1500px"><tr><td>wide</td></tr></table></div>`;
    const scrolled = await run("scrolls.html", page(table));
    assert.equal(scrolled.code, 1);
    assert.match(scrolled.lines.join("\n"), /overflow: div\.table-wrap: content 1500 px wide, scrolls in 600 px/);
    const wide = await run("wide.html", page('<div style="width:2000px">wide</div>'), ["--width", "800"]);
    assert.equal(wide.code, 1);
    assert.match(wide.lines.join("\n"), /overflow: page: \d+ px wide in a 800 px window/);
    assert.match(wide.lines.join("\n"), /overflow: main column: content 2000 px wide in 600 px/);
  });

  it("fails a page with a console error, a figure not drawn, or the answers missing or below the first screen", async () => {
    const error = await run("error.html", page("<p>x</p>", "<script>console.error('broken')</script>"), ["--width", "1400"]);
    assert.equal(error.code, 1);
    assert.match(error.lines.join("\n"), /console error: broken/);
    const undrawn = await run("undrawn.html", page('<div data-plotly-figure="f1">not drawn</div>'), ["--width", "1400"]);
    assert.equal(undrawn.code, 1);
    assert.match(undrawn.lines.join("\n"), /0 of 1 figures drawn/);
    const none = await run("none.html", page("<p>no answers</p>"), ["--width", "1400", "--require-answers"]);
    assert.equal(none.code, 1);
    assert.match(none.lines.join("\n"), /no element with id "answers": the first screen must show the answers/);
    const below = await run("below.html", page('<div style="height:2000px"></div><p id="answers">late</p>'), [
      "--width",
      "1400",
      "--require-answers",
    ]);
    assert.equal(below.code, 1);
    assert.match(below.lines.join("\n"), /the element with id "answers" starts below the first screen \(900 px\)/);
    const notRequired = await run("none2.html", page("<p>no answers</p>"), ["--width", "1400"]);
    assert.equal(notRequired.code, 0, notRequired.lines.join("\n"));
  });
});

it("check-report's arguments: widths, height, the answers flag, one file; unusable ones are refused", async () => {
  assert.deepEqual(parseArgs([]), { file: "reports/report.html", widths: [1400, 800], height: 900, requireAnswers: false });
  assert.deepEqual(parseArgs(["--width", "1000", "--width", "500", "--height", "700", "x.html"]), {
    file: "x.html",
    widths: [1000, 500],
    height: 700,
    requireAnswers: false,
  });
  assert.throws(() => parseArgs(["--width", "wide"]), /--width is wide; expected a whole number of pixels from 200 to 8000/);
  assert.throws(() => parseArgs(["--bogus"]), /unknown option --bogus/);
  assert.throws(() => parseArgs(["a.html", "b.html"]), /one report at a time/);
  assert.equal(await main(["--width"], () => undefined), 2);
});
