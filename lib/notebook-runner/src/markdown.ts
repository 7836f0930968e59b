/**
 * Markdown to HTML for notebook pages, behind a small interface so that a full CommonMark
 * implementation (`marked`, `markdown-it`) can replace the built-in one. A replacement must be
 * as safe for text from data as the built-in one (see below), e.g. markdown-it with `html: false`
 * (its default, which escapes raw HTML and validates link URLs):
 *
 * ```ts
 * import MarkdownIt from "markdown-it";
 * const md = new MarkdownIt({ html: false });
 * renderNotebookHtml(nb, { markdown: { render: (text) => md.render(text) } });
 * ```
 *
 * The built-in {@link basicMarkdown} covers what notebooks of this project use:
 * ATX headings (with ids), paragraphs, emphasis, strong, strikethrough, code spans, fenced
 * code blocks, links, images (also `attachment:` images), autolinks, block quotes, nested
 * ordered and unordered lists, horizontal rules, GFM tables, hard line breaks and TeX math
 * (`$...$`, `$$...$$`), which is kept verbatim and protected from emphasis so that MathJax or
 * KaTeX can typeset it later. It does not implement setext headings, indented code blocks,
 * reference-style links or CommonMark's exact emphasis rules.
 *
 * **Safe for text from data.** Markdown cells and `text/markdown` outputs are built from data
 * (focus-group fragments, code labels, codebook descriptions, paths), so nothing in the input
 * becomes markup it does not spell out in Markdown syntax:
 * - raw HTML (tags, comments, HTML blocks) is shown as text, escaped, never passed through;
 *   an output that needs HTML sends a `text/html` bundle built with escaping;
 * - link and image URLs are checked against an allow-list (relative URLs, `http:`,
 *   `https:`, `mailto:`, `ftp:`, `attachment:`, and `data:image/*` for images); anything else,
 *   `javascript:` among it, becomes `#`;
 * - text in attributes (URL, `alt`, `title`) is plain text, escaped, even where it held code
 *   spans, math or autolinks;
 * - NUL characters are replaced by U+FFFD.
 *
 * @module runner/markdown
 */

/** Options of {@link MarkdownRenderer.render}. */
export interface MarkdownRenderOptions {
  /** Maps a link or image URL before it is written (e.g. `attachment:` → data URI). */
  readonly resolveUrl?: (url: string, kind: "link" | "image") => string;
}

/** Anything that turns Markdown into an HTML fragment. */
export interface MarkdownRenderer {
  render(markdown: string, options?: MarkdownRenderOptions): string;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML element content and quoted attribute values (single or double quotes):
 * `& < > " '`. The one HTML escaper of the packages.
 *
 * @param text Any text.
 * @returns The text with the five characters replaced by entities.
 * @example escapeHtml(`a < b & "c" 'd'`) // "a &lt; b &amp; &quot;c&quot; &#39;d&#39;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Escapes `&` unless it starts an entity, and `<`/`>`; for text that may hold entities. */
function escapeText(text: string): string {
  return text
    .replace(/&(?!#\d+;|#x[\da-fA-F]+;|[A-Za-z][A-Za-z\d]*;)/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** URL schemes written into an href or src; every other scheme (`javascript:`, `vbscript:`, `data:` …) becomes `#`. */
const SAFE_SCHEME = /^(?:https?|mailto|ftp|attachment):/i;
/** `data:` URLs allowed in an image's src (an `<img>` runs no script, also not an SVG's). */
const DATA_IMAGE = /^data:image\/[a-z0-9.+-]+[;,]/i;

/**
 * The URL when it cannot run script, else `#`. Browsers drop leading spaces and control
 * characters and every tab or newline before they read the scheme, so the check does too.
 */
export function safeUrl(url: string, kind: "link" | "image" = "link"): string {
  // eslint-disable-next-line no-control-regex
  const probe = url.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(probe)) return url; // relative or fragment
  if (SAFE_SCHEME.test(probe)) return url;
  if (kind === "image" && DATA_IMAGE.test(probe)) return url;
  return "#";
}

/** Turns heading text into an id: lowercase, non-alphanumerics to `-`. */
export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/<[^>]*>/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "section"
  );
}

const INLINE_HTML =
  /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w:.-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>|^<!--[\s\S]*?-->/;

/** Escapes text for a double- or single-quoted attribute value. */
function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/'/g, "&#39;");
}

/** Inverse of {@link escapeText} for the entities it writes (author-written entities stay as they are). */
function unescapeText(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

// eslint-disable-next-line no-control-regex
const STASHED = /\u0000(\d+)\u0000/g;

/** Renders inline Markdown (one paragraph's text) to HTML. */
function renderInline(text: string, options: MarkdownRenderOptions): string {
  // Literal spans are kept aside as HTML (`stash`) with their plain text (`plain`), which is
  // what an attribute (URL, alt, title) receives: markup never lands inside an attribute.
  const stash: string[] = [];
  const plain: string[] = [];
  const keep = (html: string, source: string): string => {
    plain.push(source);
    return `\u0000${stash.push(html) - 1}\u0000`;
  };
  /** Escaped text with placeholders → its plain text (unescaped). */
  const plainText = (s: string): string => unescapeText(s).replace(STASHED, (_m, n: string) => plain[Number(n)] ?? "");
  /** Escaped text with placeholders → an attribute value. */
  const attribute = (s: string): string => escapeAttribute(plainText(s));
  const url = (s: string, kind: "link" | "image"): string => {
    const raw = plainText(s);
    return escapeAttribute(safeUrl(options.resolveUrl?.(raw, kind) ?? raw, kind));
  };

  // 1. Literal spans first, so nothing inside them is touched: escapes, code, math,
  //    autolinks, and raw HTML tags (shown as text, never passed through).
  let out = "";
  for (let i = 0; i < text.length; ) {
    const rest = text.slice(i);
    const ch = text[i];
    if (ch === "\\" && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1] ?? "")) {
      out += keep(escapeHtml(text[i + 1] ?? ""), text[i + 1] ?? "");
      i += 2;
      continue;
    }
    if (ch === "`") {
      const ticks = /^`+/.exec(rest)?.[0] ?? "`";
      const end = text.indexOf(ticks, i + ticks.length);
      if (end >= 0) {
        let code = text.slice(i + ticks.length, end).replace(/\n/g, " ");
        if (/^ .* $/.test(code) && code.trim() !== "") code = code.slice(1, -1);
        out += keep(`<code>${escapeHtml(code)}</code>`, code);
        i = end + ticks.length;
        continue;
      }
    }
    if (ch === "$") {
      const m = /^\$\$[\s\S]+?\$\$|^\$(?!\s)[^$\n]+?(?<!\s)\$/.exec(rest);
      if (m !== null) {
        out += keep(`<span class="math">${escapeHtml(m[0])}</span>`, m[0]);
        i += m[0].length;
        continue;
      }
    }
    if (ch === "<") {
      const auto = /^<((?:https?|mailto|ftp):[^\s<>]*)>/i.exec(rest);
      if (auto !== null) {
        const href = auto[1] ?? "";
        out += keep(`<a href="${escapeAttribute(safeUrl(options.resolveUrl?.(href, "link") ?? href))}">${escapeHtml(href)}</a>`, href);
        i += auto[0].length;
        continue;
      }
      const tag = INLINE_HTML.exec(rest);
      if (tag !== null) {
        out += keep(escapeHtml(tag[0]), tag[0]);
        i += tag[0].length;
        continue;
      }
    }
    out += ch;
    i += 1;
  }

  // 2. Escape what is left, then links and images (their text may hold emphasis).
  out = escapeText(out);
  const title = (t: string | undefined): string => (t === undefined ? "" : ` title="${attribute(t)}"`);
  out = out.replace(
    /!\[([^\]]*)\]\(\s*<?([^\s)>]*)>?(?:\s+(?:&quot;|")(.*?)(?:&quot;|"))?\s*\)/g,
    (_m, alt: string, src: string, t?: string) =>
      keep(`<img src="${url(src, "image")}" alt="${attribute(alt)}"${title(t)}>`, plainText(alt)),
  );
  out = out.replace(
    /\[([^\]]+)\]\(\s*<?([^\s)>]*)>?(?:\s+(?:&quot;|")(.*?)(?:&quot;|"))?\s*\)/g,
    (_m, label: string, href: string, t?: string) => `${keep(`<a href="${url(href, "link")}"${title(t)}>`, "")}${label}${keep("</a>", "")}`,
  );

  // 3. Emphasis: strong before em; `_` only at word boundaries.
  out = out
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[^\w])__(?=\S)([\s\S]*?\S)__(?!\w)/g, "$1<strong>$2</strong>")
    .replace(/\*(?=[^\s*])([\s\S]*?[^\s*])\*/g, "<em>$1</em>")
    .replace(/\*(?=[^\s*])([^*])\*/g, "<em>$1</em>")
    .replace(/(^|[^\w])_(?=[^\s_])([\s\S]*?[^\s_]|[^\s_])_(?!\w)/g, "$1<em>$2</em>")
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "<del>$1</del>");

  // 4. Hard line breaks (two trailing spaces or a backslash), then restore the stash.
  out = out.replace(/(?: {2,}|\\)\n/g, "<br>\n");
  const restore = (s: string): string => s.replace(STASHED, (_m, n: string) => restore(stash[Number(n)] ?? ""));
  return restore(out);
}

interface ListMarker {
  readonly ordered: boolean;
  readonly start: number;
  readonly indent: number;
  /** Column where the item's content starts. */
  readonly contentOffset: number;
  readonly bullet: string;
}

function listMarker(line: string): ListMarker | undefined {
  const m = /^( {0,3})([-*+]|(\d{1,9})[.)])( +|$)/.exec(line);
  if (m === null) return undefined;
  const indent = (m[1] ?? "").length;
  const marker = m[2] ?? "";
  const spaces = (m[4] ?? "").length;
  return {
    ordered: m[3] !== undefined,
    start: m[3] === undefined ? 1 : Number(m[3]),
    indent,
    contentOffset: indent + marker.length + (spaces === 0 || spaces > 4 ? 1 : spaces),
    bullet: m[3] === undefined ? marker : marker.slice(-1),
  };
}

const HR = /^ {0,3}([-*_])(?: *\1){2,} *$/;
const FENCE = /^( {0,3})(`{3,}|~{3,})\s*([^`\s]*)[^`]*$/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const TABLE_DELIMITER = /^ *\|? *:?-+:? *(?:\| *:?-+:? *)*\|? *$/;

function splitTableRow(line: string): string[] {
  let s = line.trim();
  if (s.startsWith("|")) s = s.slice(1);
  if (s.endsWith("|") && !s.endsWith("\\|")) s = s.slice(0, -1);
  const cells: string[] = [];
  let cell = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? "";
    if (ch === "\\" && s[i + 1] === "|") {
      cell += "|";
      i++;
    } else if (ch === "\\" && i + 1 < s.length) {
      cell += ch + (s[i + 1] ?? ""); // an escaped character, e.g. a backtick that opens no code span
      i++;
    } else if (ch === "`") {
      // A code span as renderInline reads it (up to the next run of as many backticks): a `|`
      // inside it does not end the cell; `\|` inside it stands for `|`, as in GFM.
      const ticks = /^`+/.exec(s.slice(i))?.[0] ?? "`";
      const end = s.indexOf(ticks, i + ticks.length);
      if (end < 0) {
        cell += ticks;
        i += ticks.length - 1;
      } else {
        cell += s.slice(i, end + ticks.length).replace(/\\\|/g, "|");
        i = end + ticks.length - 1;
      }
    } else if (ch === "|") {
      cells.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

function startsBlock(line: string): boolean {
  return (
    HEADING.test(line) ||
    FENCE.test(line) ||
    HR.test(line) ||
    /^ {0,3}>/.test(line) ||
    listMarker(line) !== undefined ||
    /^ {0,3}\$\$/.test(line)
  );
}

class BlockRenderer {
  private readonly headingIds = new Map<string, number>();

  constructor(private readonly options: MarkdownRenderOptions) {}

  private headingId(text: string): string {
    const base = slugify(text);
    const n = this.headingIds.get(base) ?? 0;
    this.headingIds.set(base, n + 1);
    return n === 0 ? base : `${base}-${n}`;
  }

  /** Renders a sequence of lines; `tight` drops `<p>` around single paragraphs (list items). */
  render(lines: readonly string[], tight = false): string {
    const out: string[] = [];
    let i = 0;
    const paragraphs: number[] = [];
    while (i < lines.length) {
      const line = lines[i] ?? "";
      if (line.trim() === "") {
        i++;
        continue;
      }
      let m: RegExpExecArray | null;
      if ((m = FENCE.exec(line)) !== null) {
        const fence = m[2] ?? "```";
        const indent = (m[1] ?? "").length;
        const lang = m[3] ?? "";
        const body: string[] = [];
        i++;
        while (i < lines.length && !new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`).test(lines[i] ?? "")) {
          body.push((lines[i] ?? "").replace(new RegExp(`^ {0,${indent}}`), ""));
          i++;
        }
        i++;
        const cls = lang === "" ? "" : ` class="language-${escapeHtml(lang)}"`;
        out.push(`<pre><code${cls}>${escapeHtml(body.join("\n"))}${body.length > 0 ? "\n" : ""}</code></pre>`);
        continue;
      }
      if ((m = HEADING.exec(line)) !== null) {
        const level = (m[1] ?? "#").length;
        const text = m[2] ?? "";
        const html = renderInline(text, this.options);
        out.push(`<h${level} id="${escapeHtml(this.headingId(html))}">${html}</h${level}>`);
        i++;
        continue;
      }
      if (HR.test(line)) {
        out.push("<hr>");
        i++;
        continue;
      }
      if (/^ {0,3}\$\$/.test(line)) {
        const body: string[] = [line];
        let closed = /\$\$\s*$/.test(line.trim().slice(2));
        i++;
        while (!closed && i < lines.length) {
          const l = lines[i] ?? "";
          body.push(l);
          closed = /\$\$\s*$/.test(l);
          i++;
        }
        out.push(`<div class="math">${escapeHtml(body.join("\n"))}</div>`);
        continue;
      }
      if (/^ {0,3}>/.test(line)) {
        const body: string[] = [];
        while (i < lines.length && (lines[i] ?? "").trim() !== "") {
          body.push((lines[i] ?? "").replace(/^ {0,3}> ?/, ""));
          i++;
        }
        out.push(`<blockquote>\n${this.render(body)}\n</blockquote>`);
        continue;
      }
      const marker = listMarker(line);
      if (marker !== undefined) {
        i = this.renderList(lines, i, marker, out);
        continue;
      }
      if (line.includes("|") && TABLE_DELIMITER.test(lines[i + 1] ?? "") && (lines[i + 1] ?? "").includes("-")) {
        i = this.renderTable(lines, i, out);
        continue;
      }
      // Paragraph: up to a blank line or the start of another block.
      const body: string[] = [line.replace(/^ +/, "")];
      i++;
      while (i < lines.length && (lines[i] ?? "").trim() !== "" && !startsBlock(lines[i] ?? "")) {
        body.push((lines[i] ?? "").replace(/^ +/, ""));
        i++;
      }
      paragraphs.push(out.length);
      out.push(`<p>${renderInline(body.join("\n").replace(/ +$/, ""), this.options)}</p>`);
    }
    if (tight) for (const k of paragraphs) out[k] = (out[k] ?? "").replace(/^<p>([\s\S]*)<\/p>$/, "$1");
    return out.join("\n");
  }

  private renderList(lines: readonly string[], start: number, first: ListMarker, out: string[]): number {
    const items: string[][] = [];
    let i = start;
    let loose = false;
    let marker: ListMarker | undefined = first;
    while (marker !== undefined && marker.ordered === first.ordered && marker.bullet === first.bullet) {
      const item: string[] = [(lines[i] ?? "").slice(marker.contentOffset)];
      const offset = marker.contentOffset;
      i++;
      let sawBlank = false;
      while (i < lines.length) {
        const l = lines[i] ?? "";
        if (l.trim() === "") {
          sawBlank = true;
          item.push("");
          i++;
          continue;
        }
        const indent = /^ */.exec(l)?.[0].length ?? 0;
        if (indent >= offset) {
          if (sawBlank && item.some((x) => x.trim() !== "")) loose = loose || !/^\s*([-*+]|\d+[.)])\s/.test(l.slice(offset));
          item.push(l.slice(offset));
          sawBlank = false;
          i++;
          continue;
        }
        if (sawBlank || startsBlock(l)) break;
        item.push(l.trim()); // lazy continuation of a paragraph
        i++;
      }
      while (item.length > 0 && (item[item.length - 1] ?? "").trim() === "") {
        item.pop();
        if (i < lines.length && listMarker(lines[i] ?? "")?.bullet === first.bullet) loose = true;
      }
      items.push(item);
      marker = i < lines.length ? listMarker(lines[i] ?? "") : undefined;
      if (marker !== undefined && marker.indent > first.indent + 3) marker = undefined;
    }
    const tag = first.ordered ? "ol" : "ul";
    const startAttr = first.ordered && first.start !== 1 ? ` start="${first.start}"` : "";
    out.push(`<${tag}${startAttr}>\n${items.map((item) => `<li>${this.render(item, !loose)}</li>`).join("\n")}\n</${tag}>`);
    return i;
  }

  private renderTable(lines: readonly string[], start: number, out: string[]): number {
    const header = splitTableRow(lines[start] ?? "");
    const aligns = splitTableRow(lines[start + 1] ?? "").map((d) =>
      d.startsWith(":") && d.endsWith(":") ? "center" : d.endsWith(":") ? "right" : d.startsWith(":") ? "left" : "",
    );
    const cell = (tag: "th" | "td", text: string, k: number): string => {
      const align = aligns[k] ?? "";
      return `<${tag}${align === "" ? "" : ` style="text-align: ${align}"`}>${renderInline(text, this.options)}</${tag}>`;
    };
    const rows: string[] = [];
    let i = start + 2;
    while (i < lines.length && (lines[i] ?? "").trim() !== "" && (lines[i] ?? "").includes("|")) {
      const cells = splitTableRow(lines[i] ?? "");
      rows.push(`<tr>${header.map((_h, k) => cell("td", cells[k] ?? "", k)).join("")}</tr>`);
      i++;
    }
    out.push(
      `<table>\n<thead>\n<tr>${header.map((h, k) => cell("th", h, k)).join("")}</tr>\n</thead>` +
        (rows.length > 0 ? `\n<tbody>\n${rows.join("\n")}\n</tbody>` : "") +
        "\n</table>",
    );
    return i;
  }
}

/**
 * The built-in Markdown renderer (see the module comment for what it covers).
 *
 * @example
 * basicMarkdown.render("# Title\n\nSome *text*.") // '<h1 id="title">Title</h1>\n<p>Some <em>text</em>.</p>'
 */
export const basicMarkdown: MarkdownRenderer = {
  render(markdown: string, options: MarkdownRenderOptions = {}): string {
    // NUL would collide with the placeholders of renderInline.
    // eslint-disable-next-line no-control-regex
    const lines = markdown
      .replace(/\u0000/g, "\uFFFD")
      .replace(/\r\n?/g, "\n")
      .replace(/\t/g, "    ")
      .split("\n");
    return new BlockRenderer(options).render(lines);
  },
};
