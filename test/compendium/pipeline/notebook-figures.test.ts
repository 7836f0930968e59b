/** The executor's last step on figure outputs: PNG added, the plotly.js loader on the first figure only, other outputs untouched. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { gunzipSync } from "node:zlib";
import type { Notebook, Output } from "../../../lib/notebook-runner/src/index.js";
import {
  figureCount,
  finishNotebookFigures,
  NOTEBOOK_PNG_HEIGHT,
  NOTEBOOK_PNG_WIDTH,
} from "../../../lib/compendium/src/pipeline/notebook-figures.js";
import { figureBundle, PLOTLY_MIME } from "../../../lib/compendium/src/report/bundle.js";
import { executionOrder } from "../../../lib/compendium/src/pipeline/reproduce.js";
import { plotlyLoader } from "../../../lib/compendium/src/report/plotly-loader.js";
import type { FigureRenderer, PngSize } from "../../../lib/compendium/src/report/png.js";
import type { PlotlyFigureLike } from "../../../lib/compendium/src/report/types.js";
import { balanceModelFigure } from "../../../lib/compendium/src/views/balance-model.js";

const LOADER = plotlyLoader({ text: "window.Plotly = { newPlot: function () {} };", version: "9.9.9", path: "plotly.js" });

/** A renderer that records what it was asked and returns distinct bytes per call. */
function fakeRenderer(): { renderer: FigureRenderer; calls: PngSize[] } {
  const calls: PngSize[] = [];
  const renderer: FigureRenderer = {
    async png(_figure: PlotlyFigureLike, size: PngSize) {
      calls.push(size);
      return Buffer.from([0x89, 0x50, 0x4e, 0x47, calls.length]); // not a PNG compactPng handles: passed through as it is
    },
    async close() {},
  };
  return { renderer, calls };
}

function output(data: object): Output {
  return { output_type: "display_data", data: JSON.parse(JSON.stringify(data)), metadata: {} };
}

function notebookOf(outputs: readonly Output[][]): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [
      { cell_type: "markdown", id: "m", metadata: {}, source: "# Title" },
      ...outputs.map((o, i) => ({
        cell_type: "code" as const,
        id: `c${i}`,
        metadata: {},
        source: "x",
        execution_count: i + 1,
        outputs: o,
      })),
    ],
  };
}

describe("finishNotebookFigures", () => {
  // A figure whose layout gives no height, and one that gives it.
  const scatter: PlotlyFigureLike = { data: [{ type: "bar", x: [1, 2], y: [3, 4] }], layout: { title: { text: "Bars" } } };
  const balance = balanceModelFigure();
  const stream: Output = { output_type: "stream", name: "stdout", text: "hello\n" };
  const table: Output = output({ "text/html": "<table></table>", "text/plain": "t" });

  it("adds each figure's PNG and moves the loader to the first figure of the notebook", async () => {
    // As a warm kernel host makes them: the loader went to another notebook, here it sits on the second figure.
    const nb = notebookOf([
      [stream, output(figureBundle(scatter, { id: "fig-a" }))],
      [table],
      [output(figureBundle(balance, { id: "fig-b", plotlyLoader: LOADER, description: "The model" }))],
    ]);
    const before = JSON.stringify(nb);
    const { renderer, calls } = fakeRenderer();
    const { notebook, figures } = await finishNotebookFigures(nb, { renderer, loader: LOADER });
    assert.equal(JSON.stringify(nb), before, "the input is not changed");
    assert.deepEqual(figures, ["fig-a", "fig-b"]);
    const balanceHeight = (balance.layout as { height?: number }).height;
    assert.ok(typeof balanceHeight === "number");
    assert.deepEqual(calls, [
      { width: NOTEBOOK_PNG_WIDTH, height: NOTEBOOK_PNG_HEIGHT, scale: 1, name: "fig-a" },
      { width: NOTEBOOK_PNG_WIDTH, height: balanceHeight, scale: 1, name: "fig-b" },
    ]);
    const cells = notebook.cells.filter((c) => c.cell_type === "code");
    const [first, second] = [cells[0]?.outputs[1], cells[2]?.outputs[0]];
    assert.ok(first !== undefined && first.output_type === "display_data");
    assert.ok(second !== undefined && second.output_type === "display_data");
    assert.deepEqual(Object.keys(first.data), [PLOTLY_MIME, "text/html", "image/png", "text/plain"]);
    assert.equal(first.data["image/png"], Buffer.from([0x89, 0x50, 0x4e, 0x47, 1]).toString("base64"));
    assert.equal(second.data["image/png"], Buffer.from([0x89, 0x50, 0x4e, 0x47, 2]).toString("base64"));
    const html = (o: Output): string => (o.output_type === "display_data" ? String(o.data["text/html"]) : "");
    assert.ok(html(first).startsWith(LOADER.html), "the first figure carries the loader");
    assert.ok(!html(second).includes("data-plotly-loader"), "the second does not");
    assert.ok(html(second).includes(`src="data:image/png;base64,${String(second.data["image/png"])}"`));
    assert.equal(second.data["text/plain"], "The model", "the description is kept");
    assert.deepEqual(first.data[PLOTLY_MIME], JSON.parse(JSON.stringify(figureBundle(scatter, { id: "fig-a" })[PLOTLY_MIME])));
    assert.deepEqual(cells[0]?.outputs[0], stream);
    assert.deepEqual(cells[1]?.outputs, [table]);
    assert.deepEqual(notebook.cells[0], nb.cells[0]);
  });

  it("without a renderer adds no PNG and still places the loader; the result is the same each time", async () => {
    const nb = notebookOf([
      [output(figureBundle(scatter, { id: "fig-a", plotlyLoader: LOADER }))],
      [output(figureBundle(balance, { id: "fig-b" }))],
    ]);
    const once = await finishNotebookFigures(nb, { renderer: null, loader: LOADER });
    const twice = await finishNotebookFigures(once.notebook, { renderer: null, loader: LOADER });
    assert.equal(JSON.stringify(twice.notebook), JSON.stringify(once.notebook));
    const outs = once.notebook.cells.flatMap((c) => (c.cell_type === "code" ? c.outputs : []));
    assert.ok(outs.every((o) => o.output_type === "display_data" && o.data["image/png"] === undefined));
    assert.equal(
      outs.filter((o) => o.output_type === "display_data" && String(o.data["text/html"]).includes("data-plotly-loader")).length,
      1,
    );
  });

  it("leaves plotly outputs it did not make alone", async () => {
    const foreign = output({ [PLOTLY_MIME]: { data: [], layout: {} }, "text/html": "<div>x</div>", "text/plain": "f" });
    const { renderer, calls } = fakeRenderer();
    const { notebook, figures } = await finishNotebookFigures(notebookOf([[foreign]]), { renderer, loader: LOADER });
    assert.deepEqual(figures, []);
    assert.equal(calls.length, 0);
    assert.deepEqual(notebook.cells[1]?.cell_type === "code" ? notebook.cells[1].outputs : null, [foreign]);
  });
});

describe("figureCount and the order of execution", () => {
  it("counts the figures showFigure made, not other plotly outputs; the notebooks with most figures run first", () => {
    const fig = (id: string): Output => output(figureBundle({ data: [{ type: "bar", x: [1], y: [2] }], layout: {} }, { id }));
    const foreign = output({ [PLOTLY_MIME]: { data: [], layout: {} }, "text/html": "<div>x</div>", "text/plain": "f" });
    const stream: Output = { output_type: "stream", name: "stdout", text: "hello\n" };
    const counts: Record<string, number> = {
      "01-a.ipynb": figureCount(notebookOf([[stream], [foreign]])),
      "02-b.ipynb": figureCount(notebookOf([[fig("fig-a")], [stream, fig("fig-b")]])),
      "03-c.ipynb": figureCount(notebookOf([[fig("fig-c")]])),
      "04-d.ipynb": figureCount(notebookOf([])),
    };
    assert.deepEqual({ ...counts }, { "01-a.ipynb": 0, "02-b.ipynb": 2, "03-c.ipynb": 1, "04-d.ipynb": 0 });
    assert.deepEqual(
      executionOrder(Object.keys(counts), (n) => counts[n] ?? 0),
      ["02-b.ipynb", "03-c.ipynb", "01-a.ipynb", "04-d.ipynb"],
    );
  });
});

describe("plotlyLoader", () => {
  it("carries the source gzip-compressed, byte for byte, and is deterministic", () => {
    const source = { text: "/* plotly */ window.Plotly = { newPlot: function () { return 'é'; } };", version: "1.2.3", path: "p.js" };
    const loader = plotlyLoader(source);
    assert.equal(loader.html, plotlyLoader(source).html);
    const packed = /atob\("([A-Za-z0-9+/=]+)"\)/.exec(loader.html)?.[1];
    assert.ok(packed !== undefined);
    assert.equal(gunzipSync(Buffer.from(packed, "base64")).toString("utf8"), source.text);
    assert.ok(loader.html.startsWith('<script data-plotly-loader="1.2.3">'));
    assert.equal(loader.html.match(/<\/script>/g)?.length, 1);
  });
});
