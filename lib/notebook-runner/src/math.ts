/**
 * TeX math in rendered Markdown as MathML, so that the formulas of the notebooks' HTML pages
 * are typeset offline, without a script or a font: KaTeX (https://katex.org) converts each
 * `<span class="math">$...$</span>` or `$$...$$` that {@link basicMarkdown} leaves verbatim
 * (or the `<div class="math">` of a `$$` block) into MathML, which Chromium, Firefox and Safari render natively (MathML Core). The TeX
 * source stays in the page as the MathML's `annotation`, so copying a formula still gives TeX.
 *
 * @module runner/math
 */
import katex from "katex";
import type { MarkdownRenderer } from "./markdown.js";

/** A formula as basicMarkdown leaves it: `<span class="math">` inline, `<div class="math">` for a `$$` block. */
const MATH_ELEMENT = /<(span|div) class="math">([\s\S]*?)<\/\1>/g;

/** Inverse of {@link escapeHtml}. */
function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, ">")
    .replace(/&lt;/g, "<")
    .replace(/&amp;/g, "&");
}

/**
 * Replaces every formula of rendered Markdown by KaTeX's MathML. `$$...$$` is set as a
 * display formula, `$...$` inline. A formula KaTeX cannot parse is shown as its TeX source in
 * red with KaTeX's message as a tooltip (never an exception).
 *
 * @example
 * const html = mathToMathML('<p><span class="math">$s_i^2$</span></p>');
 * html.startsWith('<p><span class="katex"><math xmlns="http://www.w3.org/1998/Math/MathML">') // true
 * html.includes("<msubsup><mi>s</mi><mi>i</mi><mn>2</mn></msubsup>") // true (MathML for s with sub- and superscript)
 */
export function mathToMathML(html: string): string {
  return html.replace(MATH_ELEMENT, (_whole, element: string, escaped: string) => {
    const source = unescapeHtml(escaped).trim();
    const delimited = source.startsWith("$$") && source.endsWith("$$") && source.length >= 4;
    const tex = delimited ? source.slice(2, -2) : source.slice(1, -1);
    // trust: false (KaTeX's default, stated): \href, \url, \includegraphics and \html* are shown as errors, never as links or HTML.
    const formula = katex.renderToString(tex, {
      output: "mathml",
      displayMode: delimited,
      throwOnError: false,
      strict: "ignore",
      trust: false,
    });
    return element === "div" ? `<div class="math">${formula}</div>` : formula;
  });
}

/** A Markdown renderer whose TeX math comes out as MathML ({@link mathToMathML}). */
export function withMathML(renderer: MarkdownRenderer): MarkdownRenderer {
  return { render: (markdown, options) => mathToMathML(renderer.render(markdown, options)) };
}
