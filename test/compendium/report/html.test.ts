/** The self-contained HTML report: offline, plotly once, banner, determinism, scorecard, escaping. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  ReportError,
  SCORECARD_STATUSES,
  renderReport,
  type ReportInput,
  type ScorecardEntry,
} from "../../../lib/compendium/src/report/index.js";
import { balanceModelFigure } from "../../../lib/compendium/src/views/balance-model.js";
import { allFigures } from "./fixtures.js";

function throwsCode(fn: () => unknown, code: string): void {
  assert.throws(fn, (e: unknown) => e instanceof ReportError && e.code === code, `expected ReportError ${code}`);
}

const FAKE_PLOTLY = "/*FAKE-PLOTLY*/ window.Plotly = { newPlot: function () { return Promise.resolve(); } }; var s = '</script>';";

const ENTRIES: readonly ScorecardEntry[] = [
  {
    id: "t3.werkplezier.post",
    label: "Werkplezier, na",
    location: "Resultaten, Tabel 3, Werkplezier, na",
    section: "Resultaten",
    quote: "Werkplezier <Ik heb plezier> 4.0 4.5 0.61 \"<.05\" & 'x'",
    published: "4.5",
    reproduced: 4.477,
    precision: 0.1,
    status: "matched-by-construction",
    explanation: "The synthetic data were fitted to it.",
    notebook: "03-clusters.ipynb",
  },
  {
    id: "t3.werkplezier.pre",
    label: "Werkplezier, voor",
    location: "Resultaten, Tabel 3, Werkplezier, voor",
    section: "Resultaten",
    quote: "Werkplezier 4.0 4.5",
    published: "4.0",
    reproduced: 4.0196,
    precision: 0.1,
    status: "reproduced",
    explanation: "Equal at the printed precision.",
    notebook: "03-clusters.ipynb",
  },
  {
    id: "t3.werkplezier.d",
    label: "Werkplezier, d",
    location: "Tabel 3",
    published: "0.61",
    reproduced: 0.6162,
    precision: 0.01,
    status: "within-rounding",
    explanation: "0.6162 rounds to 0.62, one unit from 0.61.",
    notebook: "04-effects.ipynb",
  },
  {
    id: "t2.total",
    label: "Tabel 2, totaal",
    location: "Tabel 2",
    published: "157",
    reproduced: 157,
    precision: 1,
    status: "inconsistent-in-article",
    explanation: "Column sums differ <by 1>.",
    notebook: "02-labels.ipynb",
  },
  {
    id: "r.autonomie",
    label: "r werkplezier–autonomie",
    location: "Resultaten",
    published: ",57",
    reproduced: 0.49,
    precision: 0.01,
    status: "not-reproduced",
    explanation: "No dataset found.",
    notebook: "05-corr.ipynb",
  },
  {
    id: "fte",
    label: "gem. fte",
    location: "Onderzoeksopzet",
    section: "Onderzoeksopzet",
    quote: "met voltijdse banen (gem. 0,84 fte)",
    published: "0,84",
    reproduced: null,
    precision: 0.01,
    status: "not-checkable",
    explanation: "Not in the data.",
    notebook: "01-data.ipynb",
  },
];

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  const figs = allFigures();
  return {
    title: "Reproduction report <Koffeman et al. 2023>",
    subtitle: "Professionele ontwikkeling als strategie om leraren te behouden",
    synthetic: true,
    syntheticNotice: "These data are a synthetic reconstruction & not the respondents' answers.",
    plotlySource: FAKE_PLOTLY,
    intro: "<p>Intro <em>html</em>.</p>",
    sections: [
      {
        id: "model",
        title: "Fig. 1",
        figures: [{ figure: balanceModelFigure(), showsData: false, caption: "Het werkplezier-balansmodel" }],
      },
      {
        id: "clusters",
        title: "Clusters & effects",
        html: "<p>See <strong>Tabel 3</strong>.</p>",
        figures: [figs.prePost, figs.forest],
        tables: [
          {
            columns: [
              { key: "c", label: "Cluster" },
              { key: "d", label: "d", decimals: 2 },
            ],
            rows: [{ c: "Werkplezier", d: 0.614 }],
            caption: "Effecten",
          },
        ],
      },
      { id: "open", title: "Open vragen", figures: [figs.table2, figs.likert, figs.scatter] },
    ],
    scorecard: { entries: ENTRIES, intro: "<p>Every number.</p>", notebookLinks: { "03-clusters.ipynb": "notebooks/03-clusters.html" } },
    dataQuality: { html: "<ul><li>51 respondents, 0 problems.</li></ul>" },
    colophon: [
      { key: "Node", value: "v20.20.2" },
      { key: "Commit", value: "abc123 <dirty>" },
    ],
    ...overrides,
  };
}

/** The page without the inlined plotly.js source, for checks on our own markup. */
function withoutPlotly(html: string): string {
  return html.replace(/<script>\n\/\*FAKE-PLOTLY\*\/[\s\S]*?\n<\/script>/, "");
}

describe("renderReport", () => {
  const html = renderReport(input());

  it("is a complete HTML document", () => {
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">'));
    assert.ok(html.endsWith("</main>\n</body>\n</html>\n"));
    assert.match(html, /<title>Reproduction report &lt;Koffeman et al\. 2023&gt;<\/title>/);
  });

  it("is self-contained: no external scripts, styles, images or fonts", () => {
    const own = withoutPlotly(html);
    assert.ok(!/<script[^>]*\ssrc=/i.test(html), "script src");
    assert.ok(!/<link\b/i.test(html), "link");
    assert.ok(!/<img\b/i.test(own), "img");
    assert.ok(!/@import|url\(/i.test(own), "CSS import or url()");
    assert.ok(!/(src|href)\s*=\s*"(https?:)?\/\//i.test(html), "absolute URLs");
    assert.ok(!/https?:\/\//i.test(own), "no URL at all in our own markup");
  });

  it("inlines plotly.js exactly once, in <head>, with </script> neutralised", () => {
    assert.equal(html.split("/*FAKE-PLOTLY*/").length - 1, 1);
    assert.ok(html.indexOf("/*FAKE-PLOTLY*/") < html.indexOf("</head>"));
    assert.ok(html.includes("var s = '<\\/script>';"));
    const noFigures = renderReport(input({ sections: [{ id: "text", title: "Text", html: "<p>x</p>" }] }));
    assert.ok(!noFigures.includes("FAKE-PLOTLY"), "not inlined when there is no figure");
  });

  it("has one drawing script and one div per figure", () => {
    assert.equal(html.match(/data-plotly-figure=/g)?.length, 6);
    assert.match(html, /id="model-fig-1"/);
    assert.match(html, /id="clusters-fig-2"/);
    assert.match(html, /id="open-fig-3"/);
  });

  it("shows the synthetic-data banner, escaped, and labels every data figure and table", () => {
    assert.match(
      html,
      /<div id="synthetic-banner" class="banner" role="note"><span class="banner-title">Synthetic data<\/span>These data are a synthetic reconstruction &amp; not the respondents&#39; answers\.<\/div>/,
    );
    assert.equal(html.match(/<span class="data-label">Synthetic data<\/span>/g)?.length, 5 + 1); // 5 data figures + 1 table, not Fig. 1
    const real = renderReport(input({ synthetic: false }));
    assert.ok(!real.includes("synthetic-banner"));
    assert.ok(!real.includes('data-label">'));
    throwsCode(() => renderReport(input({ syntheticNotice: "  " })), "INVALID_ARGUMENT");
  });

  it("is byte-identical for equal input", () => {
    assert.equal(renderReport(input()), html);
    assert.equal(renderReport(structuredClone(input())), html);
  });

  it("has a table of contents linking every section", () => {
    const toc = /<nav id="contents" class="toc">([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? "";
    for (const id of ["scorecard", "model", "clusters", "open", "data-quality", "colophon"]) {
      assert.ok(toc.includes(`href="#${id}"`), id);
      assert.ok(html.includes(`<section id="${id}">`), id);
    }
    assert.ok(toc.includes("Clusters &amp; effects"));
  });

  it("has a scorecard with status colours, symbols and a filter that degrades to the full table", () => {
    for (const status of SCORECARD_STATUSES) {
      assert.ok(html.includes(`<tr class="status-${status}" data-status="${status}">`), status);
      assert.ok(html.includes(`<input type="checkbox" value="${status}" checked>`), status);
      assert.ok(new RegExp(`\\.status-${status} \\.badge[^{]*\\{[^}]*background`).test(html), `colour of ${status}`);
    }
    assert.match(html, /<fieldset id="scorecard-filter" class="scorecard-filter" hidden>/);
    assert.ok(!/<tr[^>]* hidden/.test(html), "no row is hidden without scripts");
    assert.match(html, /box\.hidden=false;box\.addEventListener\("change",apply\)/);
    assert.match(html, /<span class="badge status-within-rounding">≈ within rounding<\/span>/);
    assert.match(html, /<ul class="status-summary">(<li>.*? 1<\/li>){6}<\/ul>/);
  });

  it("formats scorecard values: published as printed, reproduced two decimals beyond the precision", () => {
    assert.match(html, /<td class="num">0\.61<\/td><td><span class="where">Tabel 3<\/span><\/td><td class="num">0\.6162<\/td>/);
    assert.match(html, /<td class="num">4\.0<\/td><td>.*?<\/td><td class="num">4\.020<\/td>/);
    assert.match(html, /<td class="num">157<\/td><td>.*?<\/td><td class="num">157<\/td>/);
    assert.match(html, /<td class="num">0,84<\/td><td>.*?<\/td><td class="num">–<\/td>/);
    assert.ok(html.includes("Column sums differ &lt;by 1&gt;."));
    assert.ok(html.includes('<a href="notebooks/03-clusters.html">03-clusters.ipynb</a>'));
  });

  it("groups the scorecard by the article's section, in order of first mention, with the printed quote and its place", () => {
    const table = html.slice(
      html.indexOf('<table id="scorecard-table"'),
      html.indexOf("</table>", html.indexOf('<table id="scorecard-table"')),
    );
    const heads = [
      ...table.matchAll(
        /<tr class="scorecard-group"><th colspan="7" scope="rowgroup">([^<]*) <span class="scorecard-count">\(([^)]*)\)<\/span><\/th><\/tr>/g,
      ),
    ].map((m) => [m[1], m[2]]);
    assert.deepEqual(heads, [
      ["Resultaten", "2 values"],
      ["Other values", "3 values"],
      ["Onderzoeksopzet", "1 value"],
    ]);
    assert.equal((table.match(/<tbody class="scorecard-group">/g) ?? []).length, 3);
    assert.equal((table.match(/<th scope="col">/g) ?? []).length, 7, "seven columns, as the style sheet's widths assume");
    // Rows stay in their order inside a group; each group holds exactly its entries.
    const groups = table.split('<tbody class="scorecard-group">').slice(1);
    assert.deepEqual(
      groups.map((g) => [...g.matchAll(/<code class="value-id">([^<]*)<\/code>/g)].map((m) => m[1])),
      [["t3.werkplezier.post", "t3.werkplezier.pre"], ["t3.werkplezier.d", "t2.total", "r.autonomie"], ["fte"]],
    );
    assert.ok(
      table.includes(
        '<span class="quote">“Werkplezier &lt;Ik heb plezier&gt; 4.0 4.5 0.61 &quot;&lt;.05&quot; &amp; &#39;x&#39;”</span><span class="where">Resultaten, Tabel 3, Werkplezier, na</span>',
      ),
      "the quote is escaped and followed by its place",
    );
    assert.ok(table.includes('<span class="quote">“met voltijdse banen (gem. 0,84 fte)”</span><span class="where">Onderzoeksopzet</span>'));
    assert.ok(!/<tr[^>]* hidden/.test(table), "no group heading is hidden without scripts");
    assert.match(
      html,
      /tr\.scorecard-group"\);if\(head\)head\.hidden=!any;/,
      "the filter hides a group's heading when none of its rows shows",
    );
  });

  it("inserts caller HTML as is and escapes all plain text", () => {
    assert.ok(html.includes("<p>Intro <em>html</em>.</p>"));
    assert.ok(html.includes("<p>See <strong>Tabel 3</strong>.</p>"));
    assert.ok(html.includes("<ul><li>51 respondents, 0 problems.</li></ul>"));
    assert.ok(html.includes("<dt>Commit</dt><dd>abc123 &lt;dirty&gt;</dd>"));
    assert.ok(
      html.includes("<figcaption><strong>Figure 1.</strong> Het werkplezier-balansmodel</figcaption>"),
      "Fig. 1 is not labelled as data",
    );
  });

  it("has print styles", () => {
    assert.match(html, /@media print \{[\s\S]*nav\.toc, \.scorecard-filter/);
  });

  it("says so when plotly.js is not available", () => {
    const page = renderReport(input({ plotlySource: null }));
    assert.ok(!page.includes("FAKE-PLOTLY"));
    assert.match(page, /The figures are not drawn: this page was made without the plotly\.js source\./);
  });

  it("rejects duplicate or reserved ids and non-relative links", () => {
    throwsCode(
      () =>
        renderReport(
          input({
            sections: [
              { id: "a", title: "A" },
              { id: "a", title: "B" },
            ],
          }),
        ),
      "DUPLICATE_ID",
    );
    throwsCode(() => renderReport(input({ sections: [{ id: "scorecard", title: "A" }] })), "DUPLICATE_ID");
    throwsCode(() => renderReport(input({ sections: [{ id: "a b", title: "A" }] })), "INVALID_ARGUMENT");
    throwsCode(
      () => renderReport(input({ scorecard: { entries: ENTRIES, notebookLinks: { "01-data.ipynb": "javascript:alert(1)" } } })),
      "INVALID_ARGUMENT",
    );
    throwsCode(
      () => renderReport(input({ scorecard: { entries: ENTRIES, notebookLinks: { "01-data.ipynb": "https://example.org/x" } } })),
      "INVALID_ARGUMENT",
    );
    throwsCode(() => renderReport(input({ scorecard: { entries: [...ENTRIES, ENTRIES[0] as ScorecardEntry] } })), "DUPLICATE_ID");
  });
});
