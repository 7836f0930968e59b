/**
 * A self-contained HTML page for an executed notebook: one file that works offline, with
 * markdown cells rendered, code cells with their source, and their outputs.
 *
 * Outputs, by MIME type in this order of preference (nbconvert's order, with Plotly first):
 * - `application/vnd.plotly.v1+json`: a `<div>` and a `Plotly.newPlot` call, when the
 *   caller passes the plotly.js source text (it is embedded once per page, in `<head>`);
 *   without it, the next MIME type in the bundle is used;
 * - `text/html`: inserted as is: it comes from the library's display helpers, which build it
 *   with every text escaped (tables, figures); text from data never reaches the page as
 *   Markdown-with-HTML, because the Markdown renderer shows raw HTML as text (runner/markdown);
 * - `image/svg+xml`: inlined; `image/png`, `image/jpeg`, `image/gif`: `<img>` with a data URI;
 * - `text/markdown`: rendered; `text/latex`, `application/json`, `text/plain`: `<pre>`;
 * - TeX math in Markdown (`$...$`, `$$...$$`): MathML, typeset by KaTeX when the page is
 *   written (runner/math), so formulas need no script or font in the browser;
 * - `stream` and `error` outputs: `<pre>`, ANSI escape codes removed.
 *
 * The page is a pure function of the notebook and the options (no dates, no random ids):
 * rendering the same notebook twice gives the same bytes.
 *
 * @module runner/html
 */
import { stripAnsi } from "./ansi.js";
import { basicMarkdown, escapeHtml, type MarkdownRenderer } from "./markdown.js";
import { withMathML } from "./math.js";
import type { Cell, MimeBundle, Notebook, Output } from "./nbformat.js";
import type { JsonValue } from "./wire.js";

const DEFAULT_MARKDOWN = withMathML(basicMarkdown);

/** Options of {@link renderNotebookHtml}. */
export interface RenderHtmlOptions {
  /** Page title. Default: the text of the notebook's first heading, else `"Notebook"`. */
  readonly title?: string;
  /**
   * The plotly.js source text (e.g. the content of `plotly.js-basic-dist-min/plotly-basic.min.js`).
   * Embedded once, and only when the notebook has a Plotly output. Nothing is fetched.
   */
  readonly plotlyJs?: string;
  /** Markdown renderer. Default {@link basicMarkdown} with TeX math as MathML ({@link withMathML}). */
  readonly markdown?: MarkdownRenderer;
  /** Show code cells' source. Default true. */
  readonly showCode?: boolean;
  /** `lang` attribute of the page. Default `"en"`. */
  readonly lang?: string;
  /** Extra CSS appended to the built-in style sheet. */
  readonly css?: string;
}

const PLOTLY_MIME = "application/vnd.plotly.v1+json";

const STYLE = `
:root { --border: #d0d7de; --muted: #57606a; --code-bg: #f6f8fa; --err-bg: #fff5f5; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
.cell { margin: 0 0 1rem; }
.prompt { color: var(--muted); font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; margin-bottom: .2rem; }
pre { margin: 0; padding: .6rem .8rem; overflow-x: auto; font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre-wrap; word-break: break-word; }
.source { background: var(--code-bg); border: 1px solid var(--border); border-radius: 4px; }
.output { margin-top: .4rem; overflow-x: auto; }
.output pre { padding-left: .8rem; border-left: 3px solid var(--border); }
.output.stderr pre { background: #fffbe6; border-left-color: #d4a72c; }
.output.error pre { background: var(--err-bg); border-left-color: #cf222e; }
.output img { max-width: 100%; }
.notice { color: var(--muted); font-style: italic; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid var(--border); padding: .25rem .6rem; }
th { background: var(--code-bg); }
blockquote { margin: 0; padding: 0 1rem; color: var(--muted); border-left: .25em solid var(--border); }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 90%; }
.markdown-cell :not(pre) > code { background: var(--code-bg); padding: .1em .3em; border-radius: 3px; }
`.trim();

function joinText(value: JsonValue | undefined): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.join("");
  return value === undefined ? "" : JSON.stringify(value, null, 2);
}

/** JSON for a `<script>` element: `<`, U+2028 and U+2029 escaped so it cannot end the element. */
function scriptJson(value: JsonValue): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

function pre(text: string, cls = ""): string {
  return `<pre${cls === "" ? "" : ` class="${cls}"`}>${escapeHtml(stripAnsi(text))}</pre>`;
}

function asObject(value: JsonValue | undefined): { [k: string]: JsonValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}

/** Plain text of a heading for the default title. */
function firstHeading(nb: Notebook): string | undefined {
  for (const cell of nb.cells) {
    if (cell.cell_type !== "markdown") continue;
    const m = /^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$/m.exec(cell.source);
    // Raw HTML in Markdown is shown as text (runner/markdown), so the title keeps it as text too.
    if (m !== null) return (m[1] ?? "").replace(/[*_`]/g, "");
  }
  return undefined;
}

class PageRenderer {
  private readonly markdown: MarkdownRenderer;
  usesPlotly = false;

  constructor(
    private readonly options: RenderHtmlOptions,
    /** Language of the code cells, for the `language-*` class. */
    private readonly language: string,
  ) {
    this.markdown = options.markdown ?? DEFAULT_MARKDOWN;
  }

  /** Renders one MIME bundle (display_data or execute_result). */
  private bundle(data: MimeBundle, metadata: { [k: string]: JsonValue }, domId: string): string {
    if (data[PLOTLY_MIME] !== undefined && this.options.plotlyJs !== undefined) {
      let figure = data[PLOTLY_MIME];
      if (typeof figure === "string") {
        try {
          figure = JSON.parse(figure) as JsonValue;
        } catch {
          figure = {};
        }
      }
      const f = asObject(figure);
      this.usesPlotly = true;
      const args = [f.data ?? [], f.layout ?? {}, f.config ?? {}].map((a) => scriptJson(a)).join(", ");
      return `<div class="plotly-figure" id="${domId}"></div>\n` + `<script>Plotly.newPlot(${JSON.stringify(domId)}, ${args});</script>`;
    }
    if (data["text/html"] !== undefined) return joinText(data["text/html"]);
    if (data["image/svg+xml"] !== undefined) return joinText(data["image/svg+xml"]);
    for (const mime of ["image/png", "image/jpeg", "image/gif"]) {
      const value = data[mime];
      if (value === undefined) continue;
      const meta = asObject(metadata[mime]);
      const size = ["width", "height"]
        .filter((k) => typeof meta[k] === "number")
        .map((k) => ` ${k}="${String(meta[k])}"`)
        .join("");
      const alt = typeof data["text/plain"] === "string" ? escapeHtml(data["text/plain"]) : "output image";
      return `<img src="${escapeHtml(`data:${mime};base64,${joinText(value).replace(/\s+/g, "")}`)}"${size} alt="${alt}">`;
    }
    if (data["text/markdown"] !== undefined) return this.markdown.render(joinText(data["text/markdown"]));
    if (data["text/latex"] !== undefined) return pre(joinText(data["text/latex"]));
    if (data["application/json"] !== undefined) return pre(JSON.stringify(data["application/json"], null, 2));
    if (data["text/plain"] !== undefined) {
      const notice = data[PLOTLY_MIME] !== undefined ? `<p class="notice">Plotly figure (plotly.js not embedded in this page)</p>\n` : "";
      return notice + pre(joinText(data["text/plain"]));
    }
    if (data[PLOTLY_MIME] !== undefined) return `<p class="notice">Plotly figure (plotly.js not embedded in this page)</p>`;
    const mimes = Object.keys(data).sort().join(", ");
    return `<p class="notice">Output of type ${escapeHtml(mimes === "" ? "(empty)" : mimes)} cannot be shown here</p>`;
  }

  private output(output: Output, domId: string): string {
    switch (output.output_type) {
      case "stream":
        return `<div class="output stream ${escapeHtml(output.name)}">${pre(output.text)}</div>`;
      case "error": {
        const text = output.traceback.length > 0 ? output.traceback.join("\n") : `${output.ename}: ${output.evalue}`;
        return `<div class="output error">${pre(text)}</div>`;
      }
      case "execute_result": {
        const prompt = output.execution_count === null ? "" : `<div class="prompt">Out [${output.execution_count}]:</div>\n`;
        return `<div class="output execute-result">${prompt}${this.bundle(output.data, output.metadata, domId)}</div>`;
      }
      case "display_data":
        return `<div class="output display-data">${this.bundle(output.data, output.metadata, domId)}</div>`;
    }
  }

  cell(cell: Cell, index: number): string {
    const id = cell.id === undefined ? "" : ` id="cell-${escapeHtml(cell.id)}"`;
    if (cell.cell_type === "markdown") {
      const attachments = cell.attachments ?? {};
      const html = this.markdown.render(cell.source, {
        resolveUrl: (url) => {
          if (!url.startsWith("attachment:")) return url;
          const bundle = attachments[url.slice("attachment:".length)];
          const mime = bundle === undefined ? undefined : Object.keys(bundle).find((m) => m.startsWith("image/"));
          return mime === undefined || bundle === undefined ? url : `data:${mime};base64,${joinText(bundle[mime]).replace(/\s+/g, "")}`;
        },
      });
      return `<section class="cell markdown-cell"${id}>\n${html}\n</section>`;
    }
    if (cell.cell_type === "raw") return `<section class="cell raw-cell"${id}>\n${pre(cell.source)}\n</section>`;
    if (cell.source.trim() === "" && cell.outputs.length === 0) return "";
    const parts: string[] = [];
    if (this.options.showCode !== false) {
      const prompt = `<div class="prompt">In [${cell.execution_count === null ? " " : cell.execution_count}]:</div>`;
      parts.push(
        `${prompt}\n<pre class="source"><code class="language-${escapeHtml(this.language)}">${escapeHtml(cell.source)}</code></pre>`,
      );
    }
    cell.outputs.forEach((o, k) => {
      parts.push(this.output(o, `output-${index}-${k}`));
    });
    return `<section class="cell code-cell"${id}>\n${parts.join("\n")}\n</section>`;
  }
}

/**
 * Renders an executed notebook as one self-contained HTML page.
 *
 * @param nb - the notebook (typically the result of {@link executeNotebook}).
 * @param options - title, plotly.js source, Markdown renderer, CSS.
 * @returns the complete HTML document, ending with a newline.
 *
 * @example
 * const notebook = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{ cell_type: "markdown", id: "a", metadata: {}, source: "# Hi" }] };
 * const html = renderNotebookHtml(notebook);
 * html.startsWith("<!DOCTYPE html>") // true
 * html.includes('<h1 id="hi">Hi</h1>') // true
 */
export function renderNotebookHtml(nb: Notebook, options: RenderHtmlOptions = {}): string {
  const languageName = asObject(nb.metadata.language_info).name;
  const page = new PageRenderer(options, typeof languageName === "string" ? languageName : "typescript");
  const body = nb.cells
    .map((cell, index) => page.cell(cell, index))
    .filter((html) => html !== "")
    .join("\n");
  const title = options.title ?? firstHeading(nb) ?? "Notebook";
  const plotly =
    page.usesPlotly && options.plotlyJs !== undefined ? `\n<script>${options.plotlyJs.replace(/<\/script/gi, "<\\/script")}</script>` : "";
  const css = options.css === undefined ? STYLE : `${STYLE}\n${options.css}`;
  return (
    `<!DOCTYPE html>\n<html lang="${escapeHtml(options.lang ?? "en")}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n` +
    `<style>\n${css}\n</style>${plotly}\n</head>\n<body>\n<main class="notebook">\n${body}\n</main>\n</body>\n</html>\n`
  );
}
