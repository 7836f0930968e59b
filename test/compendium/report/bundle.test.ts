/** MIME bundles of figures and tables: all representations, escaping, determinism. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { PLOTLY_MIME, ReportError, figureBundle, tableBundle, type TableColumn } from "../../../lib/compendium/src/report/index.js";
import { balanceModelFigure } from "../../../lib/compendium/src/views/balance-model.js";
import { allFigures } from "./fixtures.js";

function throwsCode(fn: () => unknown, code: string): void {
  assert.throws(fn, (e: unknown) => e instanceof ReportError && e.code === code, `expected ReportError ${code}`);
}

describe("figureBundle", () => {
  it("has the plotly JSON, HTML and plain text", () => {
    const fig = balanceModelFigure();
    const bundle = figureBundle(fig, { id: "fig-1" });
    assert.deepEqual(Object.keys(bundle).sort(), [PLOTLY_MIME, "text/html", "text/plain"].sort());
    assert.deepEqual(bundle[PLOTLY_MIME], { data: fig.data, layout: fig.layout, config: fig.config });
    assert.equal(bundle["text/plain"], "Figure: Fig. 1: het werkplezier-balansmodel");
    assert.equal(figureBundle(fig, { id: "f", description: "Fig. 1" })["text/plain"], "Fig. 1");
  });

  it("draws with window.Plotly when present and otherwise leaves a visible note", () => {
    const html = figureBundle(balanceModelFigure(), { id: "fig-1" })["text/html"];
    assert.match(
      html,
      /^<div id="fig-1" class="plotly-figure" data-plotly-figure="fig-1" style="min-height:640px"><p class="plotly-note">Interactive figure “Fig\. 1: het werkplezier-balansmodel”: it is drawn by plotly\.js, which is not loaded in this view\.<\/p><\/div>/,
    );
    assert.match(html, /if\(window\.Plotly\)draw\(window\.Plotly\);else if\(window\.behoudPlotly&&/);
    assert.match(html, /P\.newPlot\(el,fig\.data,fig\.layout,fig\.config\)/);
    assert.equal(html.match(/<script>/g)?.length, 1);
  });

  it("says so in the figure's language: the note, the message on a drawing error, the description", () => {
    const nl = figureBundle(balanceModelFigure(), { id: "fig-1", lang: "nl" });
    assert.equal(nl["text/plain"], "Figuur: Fig. 1: het werkplezier-balansmodel");
    assert.match(
      nl["text/html"],
      /<p class="plotly-note">Interactieve figuur “Fig\. 1: het werkplezier-balansmodel”: plotly\.js tekent die, maar is in deze weergave niet geladen\.<\/p>/,
    );
    assert.ok(nl["text/html"].includes('p.textContent="Deze figuur kon niet worden getekend: "+'));
    assert.doesNotMatch(nl["text/html"], /Interactive|could not be drawn/);
    const en = figureBundle(balanceModelFigure({ lang: "en" }), { id: "fig-1", lang: "en" });
    assert.equal(en["text/plain"], "Figure: Fig. 1: the Werkplezier balance model");
    assert.ok(en["text/html"].includes('p.textContent="This figure could not be drawn: "+'));
  });

  it("carries a given PNG as image/png and as the HTML's fallback picture, and the loader before the figure", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]).toString("base64");
    const loader = { html: '<script data-plotly-loader="1.0.0">/* loader */</script>', version: "1.0.0" };
    const bundle = figureBundle(balanceModelFigure(), { id: "fig-1", png, plotlyLoader: loader });
    assert.deepEqual(Object.keys(bundle), [PLOTLY_MIME, "text/html", "image/png", "text/plain"]);
    assert.equal(bundle["image/png"], png);
    const html = bundle["text/html"];
    assert.ok(html.startsWith(`${loader.html}\n<div id="fig-1"`), "the loader comes first");
    assert.ok(
      html.includes(`<img class="plotly-png" src="data:image/png;base64,${png}" alt="Figure: Fig. 1: het werkplezier-balansmodel"`),
    );
    assert.ok(!html.includes(`<p class="plotly-note">`), "no note where the picture stands in");
    throwsCode(() => figureBundle(balanceModelFigure(), { id: "f", png: '"><script>' }), "INVALID_ARGUMENT");
    throwsCode(() => figureBundle(balanceModelFigure(), { id: "f", png: "" }), "INVALID_ARGUMENT");
  });

  it("cannot be broken out of by text in the figure", () => {
    const fig = {
      data: [{ type: "scatter", x: [1], y: [1], name: "</script><script>alert(1)</script>" }],
      layout: { title: { text: "<!-- x" } },
    };
    const html = figureBundle(fig, { id: "evil" })["text/html"];
    assert.equal(html.match(/<\/script>/gi)?.length, 1, "only the closing tag of our own script");
    assert.ok(!html.includes("<!--"));
    assert.ok(html.includes("\\u003c/script\\u003e"));
  });

  it("is deterministic and uses the caller's id", () => {
    for (const [name, fig] of Object.entries(allFigures())) {
      assert.equal(JSON.stringify(figureBundle(fig, { id: name })), JSON.stringify(figureBundle(fig, { id: name })));
      assert.ok(figureBundle(fig, { id: name })["text/html"].includes(`id="${name}"`));
    }
  });

  it("rejects ids that are not safe HTML ids", () => {
    throwsCode(() => figureBundle(balanceModelFigure(), { id: '" onload="x' }), "INVALID_ARGUMENT");
    throwsCode(() => figureBundle(balanceModelFigure(), { id: "1abc" }), "INVALID_ARGUMENT");
    throwsCode(() => figureBundle(balanceModelFigure(), { id: "" }), "INVALID_ARGUMENT");
  });
});

describe("tableBundle", () => {
  const columns: readonly TableColumn[] = [
    { key: "cluster", label: "Cluster" },
    { key: "pre", label: "Voor", decimals: 2 },
    { key: "post", label: "Na", decimals: 2 },
    { key: "d", label: "d_av", decimals: 2, noLeadingZero: true },
    { key: "p", label: "p", format: (v) => (v < 0.001 ? "< .001" : v.toFixed(3)) },
  ];
  const rows = [
    { cluster: "Werkplezier", pre: 4.005, post: 4.5, d: 0.614, p: 0.00001 },
    { cluster: "Werkdruk <niet sig.> | a", pre: 3.8, post: 3.7, d: null, p: 0.3 },
  ];
  const bundle = tableBundle(columns, rows, { caption: "Tabel 3: resultaten schaalvragen", note: "N = 51 & vijfpuntsschaal." });

  it("has HTML, Markdown and plain text", () => {
    assert.deepEqual(Object.keys(bundle).sort(), ["text/html", "text/markdown", "text/plain"]);
  });

  it("renders an HTML table with caption, aligned numbers, escaped text and an APA note", () => {
    const html = bundle["text/html"];
    assert.match(html, /<caption>Tabel 3: resultaten schaalvragen<\/caption>/);
    assert.match(html, /<th scope="col" style="text-align:right">Voor<\/th>/);
    assert.match(html, /<td style="text-align:right">4\.01<\/td>/); // 4.005 → 4.01, half away from zero
    assert.match(html, /<td style="text-align:right">\.61<\/td>/);
    assert.match(html, /<td style="text-align:right">–<\/td>/);
    assert.ok(html.includes("Werkdruk &lt;niet sig.&gt; | a"));
    assert.match(html, /<p class="table-note"><em>Note\.<\/em> N = 51 &amp; vijfpuntsschaal\.<\/p>/);
  });

  it("renders a Markdown pipe table with alignment and escaped pipes", () => {
    assert.equal(
      bundle["text/markdown"],
      [
        "**Tabel 3: resultaten schaalvragen**",
        "",
        "| Cluster | Voor | Na | d\\_av | p |",
        "| --- | ---: | ---: | ---: | ---: |",
        "| Werkplezier | 4.01 | 4.50 | .61 | < .001 |",
        "| Werkdruk \\<niet sig.> \\| a | 3.80 | 3.70 | – | 0.300 |",
        "",
        "*Note.* N = 51 & vijfpuntsschaal.",
      ].join("\n"),
    );
  });

  it("renders aligned plain text", () => {
    assert.equal(
      bundle["text/plain"],
      [
        "Tabel 3: resultaten schaalvragen",
        "",
        "Cluster                   Voor    Na  d_av       p",
        "------------------------  ----  ----  ----  ------",
        "Werkplezier               4.01  4.50   .61  < .001",
        "Werkdruk <niet sig.> | a  3.80  3.70     –   0.300",
        "",
        "Note. N = 51 & vijfpuntsschaal.",
      ].join("\n"),
    );
  });

  it("uses the decimal comma on request and shows integers as they are", () => {
    const t = tableBundle(
      [
        { key: "a", label: "a" },
        { key: "b", label: "b" },
      ],
      [{ a: 4.05, b: 26 }],
      { decimalSeparator: "," },
    );
    assert.match(t["text/markdown"], /\| 4,05 \| 26 \|/);
  });

  it("rejects duplicate keys, empty columns and non-finite numbers", () => {
    throwsCode(
      () =>
        tableBundle(
          [
            { key: "a", label: "a" },
            { key: "a", label: "b" },
          ],
          [],
        ),
      "DUPLICATE_ID",
    );
    throwsCode(() => tableBundle([], []), "EMPTY_INPUT");
    throwsCode(() => tableBundle([{ key: "a", label: "a" }], [{ a: Number.NaN }]), "NON_FINITE");
    throwsCode(() => tableBundle([{ key: "a", label: "a" }], [], { id: "x y" }), "INVALID_ARGUMENT");
  });
});
