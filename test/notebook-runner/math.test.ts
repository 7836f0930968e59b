/**
 * TeX math of the notebooks' HTML pages as MathML (runner/math, KaTeX): inline and display
 * formulas, HTML escaping round trip, parse errors shown rather than thrown, and the default
 * renderer of renderNotebookHtml.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { basicMarkdown, mathToMathML, parseNotebook, renderNotebookHtml, withMathML } from "../../lib/notebook-runner/src/index.js";

describe("math as MathML", () => {
  it("sets $...$ inline and $$...$$ as a display formula, keeping the TeX as annotation", () => {
    const html = withMathML(basicMarkdown).render("Alpha $\\alpha = \\frac{k}{k-1}$ and $$s_t^2$$");
    assert.doesNotMatch(html, /class="math"/);
    const maths = html.match(/<math [^>]*>/g) ?? [];
    assert.equal(maths.length, 2);
    assert.doesNotMatch(maths[0] ?? "", /display="block"/);
    assert.match(maths[1] ?? "", /display="block"/);
    assert.match(html, /<mfrac><mi>k<\/mi><mrow><mi>k<\/mi><mo>−<\/mo><mn>1<\/mn><\/mrow><\/mfrac>/);
    assert.match(html, /<annotation encoding="application\/x-tex">\\alpha = \\frac\{k\}\{k-1\}<\/annotation>/);
  });

  it("reads the TeX back from the escaped HTML (<, >, &)", () => {
    const html = basicMarkdown.render("$a < b \\;\\&\\; c > d$");
    assert.match(html, /&lt;/);
    const math = mathToMathML(html);
    assert.match(math, /<mo>&lt;<\/mo>/);
    assert.match(math, /<mo>&gt;<\/mo>/);
    assert.match(math, /<annotation encoding="application\/x-tex">a &lt; b \\;\\&amp;\\; c &gt; d<\/annotation>/);
  });

  it("shows a formula it cannot parse as its source, in red, with the message as tooltip", () => {
    const html = mathToMathML(basicMarkdown.render("$\\frac{a$"));
    assert.match(html, /<span class="katex-error" title="ParseError: KaTeX parse error: [^"]*" style="color:#cc0000">\\frac\{a<\/span>/);
  });

  it("leaves text without math alone", () => {
    const md = "Costs $5 and $6 are *money*.";
    assert.equal(mathToMathML(basicMarkdown.render("plain *text*")), basicMarkdown.render("plain *text*"));
    assert.equal(withMathML(basicMarkdown).render(md), mathToMathML(basicMarkdown.render(md)));
  });

  it("is what the notebook pages use by default", () => {
    const nb = parseNotebook(
      JSON.stringify({
        nbformat: 4,
        nbformat_minor: 4,
        metadata: {},
        cells: [{ cell_type: "markdown", source: "# T\n\n$$d_z = \\frac{t}{\\sqrt{N}}$$", metadata: {} }],
      }),
    );
    const page = renderNotebookHtml(nb);
    assert.match(page, /<math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML" display="block">/);
    assert.match(page, /<msqrt><mi>N<\/mi><\/msqrt>/);
    assert.doesNotMatch(renderNotebookHtml(nb, { markdown: basicMarkdown }), /<math/);
  });
});
