/** Markdown and the self-contained HTML page. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { basicMarkdown, parseNotebook, renderNotebookHtml, slugify, type Notebook } from "../../lib/notebook-runner/src/index.js";

describe("basicMarkdown", () => {
  it("renders headings, emphasis, code, links, lists, tables", () => {
    const html = basicMarkdown.render(
      "# Cronbach's *alpha*\n\nText with **bold**, `a < b` and [R](https://www.r-project.org).\n\n- one\n- two\n  1. nested\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n",
    );
    assert.equal(
      html,
      [
        '<h1 id="cronbach-s-alpha">Cronbach\'s <em>alpha</em></h1>',
        '<p>Text with <strong>bold</strong>, <code>a &lt; b</code> and <a href="https://www.r-project.org">R</a>.</p>',
        "<ul>\n<li>one</li>\n<li>two\n<ol>\n<li>nested</li>\n</ol></li>\n</ul>",
        '<table>\n<thead>\n<tr><th>a</th><th style="text-align: right">b</th></tr>\n</thead>\n<tbody>\n<tr><td>1</td><td style="text-align: right">2</td></tr>\n</tbody>\n</table>',
      ].join("\n"),
    );
  });

  it("keeps TeX math verbatim (no emphasis inside) and escapes HTML in text", () => {
    assert.equal(
      basicMarkdown.render("$s_i^2$ and $$\\sum_i x_i$$ & <3"),
      '<p><span class="math">$s_i^2$</span> and <span class="math">$$\\sum_i x_i$$</span> &amp; &lt;3</p>',
    );
  });

  it("renders fenced code with its language and escapes it", () => {
    assert.equal(
      basicMarkdown.render("```ts\nconst x = a<b>;\n```"),
      '<pre><code class="language-ts">const x = a&lt;b&gt;;\n</code></pre>',
    );
  });

  it("neutralises javascript: URLs", () => {
    assert.equal(basicMarkdown.render("[x](javascript:alert%281%29) ![i](JavaScript:x)"), '<p><a href="#">x</a> <img src="#" alt="i"></p>');
  });

  it("slugifies headings", () => {
    assert.equal(slugify("Één — twee: Drie!"), "een-twee-drie");
  });
});

function notebook(): Notebook {
  return parseNotebook(
    JSON.stringify({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { language_info: { name: "typescript" } },
      cells: [
        {
          id: "m",
          cell_type: "markdown",
          metadata: {},
          source: "# Report\n\n![p](attachment:p.png)",
          attachments: { "p.png": { "image/png": "iVBOR\nw0=" } },
        },
        {
          id: "c",
          cell_type: "code",
          metadata: {},
          execution_count: 1,
          source: "show()",
          outputs: [
            { output_type: "stream", name: "stdout", text: "\u001b[32mgreen\u001b[0m <tag>\n" },
            { output_type: "display_data", metadata: {}, data: { "text/html": "<table><tr><td>1</td></tr></table>", "text/plain": "t" } },
            {
              output_type: "display_data",
              metadata: {},
              data: { "application/vnd.plotly.v1+json": { data: [{ y: [1, 2] }], layout: { title: "</script><b>" } }, "text/plain": "fig" },
            },
            { output_type: "display_data", metadata: {}, data: { "application/vnd.plotly.v1+json": { data: [] } } },
            { output_type: "display_data", metadata: { "image/png": { width: 20 } }, data: { "image/png": "AAAA\n" } },
            { output_type: "display_data", metadata: {}, data: { "image/svg+xml": "<svg></svg>" } },
            { output_type: "execute_result", execution_count: 1, metadata: {}, data: { "text/plain": "42" } },
            { output_type: "error", ename: "Error", evalue: "x", traceback: ["\u001b[31mError\u001b[0m: x"] },
          ],
        },
      ],
    }),
  );
}

describe("renderNotebookHtml", () => {
  it("embeds the plotly.js source once and draws each figure", () => {
    const html = renderNotebookHtml(notebook(), { plotlyJs: "window.Plotly={newPlot(){}};/* </script> */" });
    assert.equal(html.split("window.Plotly=").length - 1, 1, "plotly.js appears once");
    assert.ok(html.includes("<\\/script> */"), "a </script> inside plotly.js is escaped");
    assert.ok(html.includes('Plotly.newPlot("output-1-2", [{"y":[1,2]}], {"title":"\\u003c/script>\\u003cb>"}, {});'));
    assert.ok(html.includes('<div class="plotly-figure" id="output-1-3"></div>'));
    assert.ok(html.indexOf("window.Plotly=") < html.indexOf("Plotly.newPlot"), "library before first use");
  });

  it("falls back to other MIME types when no plotly.js is given, and never references the network", () => {
    const html = renderNotebookHtml(notebook());
    assert.ok(!html.includes("Plotly.newPlot"));
    assert.ok(html.includes("Plotly figure (plotly.js not embedded in this page)"));
    assert.ok(html.includes("<pre>fig</pre>"));
    assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+href=/, "no external resources");
  });

  it("renders outputs: html as is, images embedded, streams and errors as <pre> without ANSI", () => {
    const html = renderNotebookHtml(notebook());
    assert.ok(html.includes("<table><tr><td>1</td></tr></table>"));
    assert.ok(html.includes('<img src="data:image/png;base64,AAAA" width="20" alt="output image">'));
    assert.ok(html.includes('<img src="data:image/png;base64,iVBORw0=" alt="p">'), "markdown attachment as data URI");
    assert.ok(html.includes("<svg></svg>"));
    assert.ok(html.includes("<pre>green &lt;tag&gt;\n</pre>"));
    assert.ok(html.includes("<pre>Error: x</pre>"));
    assert.ok(html.includes('<div class="prompt">Out [1]:</div>'));
    assert.ok(html.includes('<code class="language-typescript">show()</code>'));
    assert.ok(html.includes("<title>Report</title>"));
    assert.ok(html.endsWith("</html>\n"));
  });

  it("is deterministic", () => {
    assert.equal(renderNotebookHtml(notebook(), { plotlyJs: "x" }), renderNotebookHtml(notebook(), { plotlyJs: "x" }));
  });

  it("accepts another Markdown renderer", () => {
    const html = renderNotebookHtml(notebook(), { markdown: { render: (md) => `<div class="custom">${md.length}</div>` } });
    assert.ok(html.includes('<div class="custom">'));
  });
});

describe("renderNotebookHtml, blank cells", () => {
  it("leaves out blank code cells without outputs", () => {
    const nb = parseNotebook(
      JSON.stringify({
        nbformat: 4,
        nbformat_minor: 4,
        metadata: {},
        cells: [{ cell_type: "code", source: "  \n", metadata: {}, outputs: [], execution_count: null }],
      }),
    );
    assert.ok(!renderNotebookHtml(nb).includes("code-cell"));
  });
});
