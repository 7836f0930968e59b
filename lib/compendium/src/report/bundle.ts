/**
 * Jupyter MIME bundles for figures and tables, ready for `Deno.jupyter.display(bundle, { raw: true })`
 * or for a notebook output's `data` field; tslab sends one MIME type per call
 * (`tslab.display.html(bundle["text/html"])`).
 *
 * A figure bundle has up to four representations so that every front end shows something:
 * - `application/vnd.plotly.v1+json` (VS Code, JupyterLab with the plotly extension),
 * - `text/html`: a `<div>` with a visible fallback (the PNG, or a note) and a script that
 *   replaces it by the interactive drawing once plotly.js is there; the first figure of a
 *   notebook carries the plotly.js loader (report/plotly-loader), so that the classic Notebook,
 *   JupyterLab without extensions, nbconvert's HTML and nbviewer draw it offline,
 * - `image/png` (when rendered: the executor adds it, see pipeline/notebook-figures; GitHub,
 *   untrusted notebooks),
 * - `text/plain`: a one-line description.
 *
 * A table bundle has HTML, a Markdown pipe table and aligned plain text, with numbers
 * formatted by {@link formatNumber}.
 *
 * Element ids come from the caller, so bundles are deterministic.
 *
 * @module report/bundle
 */
import { ReportError, requireInteger } from "./errors.js";
import { figureTitle } from "./figures.js";
import { figureText, type FigureLang } from "./figure-text.js";
import { escapeHtml } from "@behoud/notebook-runner/display";
import { formatNumber } from "@behoud/stats";
import { scriptJson } from "./format.js";
import type { PlotlyLoader } from "./plotly-loader.js";
import type { DecimalSeparator, PlotlyFigureLike } from "./types.js";

/** MIME type of plotly figures in Jupyter. */
export const PLOTLY_MIME = "application/vnd.plotly.v1+json";

/** The MIME bundle of a figure. */
export interface FigureBundle {
  readonly "application/vnd.plotly.v1+json": { readonly data: readonly object[]; readonly layout: object; readonly config: object };
  readonly "text/html": string;
  /** The figure as PNG, base64-encoded (when the caller rendered one). */
  readonly "image/png"?: string;
  readonly "text/plain": string;
}

/** Options of {@link figureBundle}. */
export interface FigureBundleOptions {
  /** Element id of the figure's `<div>`: a letter, then letters, digits, `-` or `_`. */
  readonly id: string;
  /** The `text/plain` representation; default `Figure: <title>` (in the language). */
  readonly description?: string;
  /** The language of the note shown until the figure is drawn, of the PNG's alternative text and of the default description (default English). */
  readonly lang?: FigureLang;
  /**
   * The figure as PNG, base64-encoded: added as `image/png` and shown inside the HTML until
   * plotly.js draws (so that a view that runs no scripts shows the picture).
   */
  readonly png?: string;
  /** The plotly.js loader (report/plotly-loader), put before the figure: give it to the first figure of a page. */
  readonly plotlyLoader?: PlotlyLoader;
}

/** Options of {@link figureHtml}. */
export interface FigureHtmlOptions {
  /** The figure as PNG, base64-encoded, shown until plotly.js draws. */
  readonly png?: string;
  /** The language of the note and of the message on a drawing error (default English). */
  readonly lang?: FigureLang;
}

const ID_RE = /^[A-Za-z][A-Za-z0-9_-]*$/;
const BASE64_RE = /^[A-Za-z0-9+/]*={0,2}$/;

/** Throws INVALID_ARGUMENT unless `id` can serve as an HTML id and a file-name stem. */
export function checkElementId(fn: string, argument: string, id: string): void {
  if (!ID_RE.test(id)) {
    throw new ReportError(
      "INVALID_ARGUMENT",
      fn,
      `${argument} is "${id}"; expected a letter followed by letters, digits, "-" or "_"`,
      argument,
    );
  }
}

function checkPng(fn: string, argument: string, png: string | undefined): void {
  if (png !== undefined && (png === "" || !BASE64_RE.test(png))) {
    throw new ReportError(
      "INVALID_ARGUMENT",
      fn,
      `${argument} is not base64 text (expected the PNG's bytes in base64, no line breaks)`,
      argument,
    );
  }
}

/**
 * The `<div>` and `<script>` that draw a figure with plotly.js, and otherwise leave a visible
 * fallback: the PNG when one is given, else a note (also when scripts do not run at all).
 * plotly.js is taken from `window.Plotly`, or awaited from `window.behoudPlotly` (set by the
 * loader of report/plotly-loader, which may still be inflating the bundle). Drawing errors go to
 * `console.error` and are appended to the fallback.
 *
 * @param figure The figure.
 * @param id Element id (see {@link FigureBundleOptions.id}).
 * @param options The PNG fallback and the language of the texts around the figure (default English).
 * @returns HTML text.
 * @throws {ReportError} INVALID_ARGUMENT for an unusable id or a PNG that is not base64 text.
 * @example figureHtml(scatterFigure({ x: [1, 2, 3], y: [2, 1, 3], xLabel: "x", yLabel: "y", r: 0.5, n: 3, seed: 1 }), "fig-a").startsWith('<div id="fig-a"') // true
 * @example
 * const nl = scatterFigure({ x: [1, 2, 3], y: [2, 1, 3], xLabel: "x", yLabel: "y", r: 0.5, n: 3, seed: 1 }, { lang: "nl" });
 * figureHtml(nl, "fig-b", { lang: "nl" }).includes("<p class=\"plotly-note\">Interactieve figuur “y en x (r = 0,50; N = 3)”: plotly.js tekent die") // true
 */
export function figureHtml(figure: PlotlyFigureLike, id: string, options: FigureHtmlOptions = {}): string {
  checkElementId("figureHtml", "id", id);
  checkPng("figureHtml", "options.png", options.png);
  const T = figureText(options.lang ?? "en").bundle;
  const title = figureTitle(figure);
  const height = (figure.layout as { height?: unknown }).height;
  const minHeight = typeof height === "number" && Number.isFinite(height) ? ` style="min-height:${Math.round(height)}px"` : "";
  const fallback =
    options.png === undefined
      ? `<p class="plotly-note">${escapeHtml(T.notDrawn(title))}</p>`
      : `<img class="plotly-png" src="data:image/png;base64,${options.png}" alt="${escapeHtml(T.pngAlt(title))}" style="max-width:100%;height:auto">`;
  const spec = scriptJson({ data: figure.data, layout: figure.layout, config: figure.config ?? {} });
  const script =
    `(function(){var el=document.getElementById(${scriptJson(id)});if(!el)return;var fig=${spec};` +
    `function fail(e){console.error("figure ${id}:",e);el.setAttribute("data-plotly-error","true");var p=document.createElement("p");p.className="plotly-note";` +
    `p.textContent=${scriptJson(T.drawingFailed)}+(e&&e.message?e.message:String(e));el.appendChild(p);}` +
    `function draw(P){if(!P||typeof P.newPlot!=="function")return;try{el.textContent="";P.newPlot(el,fig.data,fig.layout,fig.config).then(null,fail);}catch(e){fail(e);}}` +
    `if(window.Plotly)draw(window.Plotly);else if(window.behoudPlotly&&typeof window.behoudPlotly.then==="function")window.behoudPlotly.then(draw);})();`;
  return `<div id="${id}" class="plotly-figure" data-plotly-figure="${id}"${minHeight}>${fallback}</div>\n<script>${script}</script>`;
}

/**
 * A Jupyter MIME bundle of a plotly figure: the plotly JSON, an HTML rendering (see
 * {@link figureHtml}, preceded by the plotly.js loader when given), the PNG when given, and a
 * plain-text description.
 *
 * @param figure The figure (from this module or any other plotly figure).
 * @param options The element id (from the caller, so the output is deterministic), an
 *   optional description, PNG, plotly.js loader and the language of the texts around the figure (default English).
 * @returns The bundle.
 * @throws {ReportError} INVALID_ARGUMENT for an unusable id or a PNG that is not base64 text.
 * @example
 * const bundle = figureBundle(scatterFigure({ x: [1, 2, 3], y: [2, 1, 3], xLabel: "x", yLabel: "y", r: 0.5, n: 3, seed: 1 }), { id: "fig-1" });
 * Object.keys(bundle) // ["application/vnd.plotly.v1+json", "text/html", "text/plain"]
 */
export function figureBundle(figure: PlotlyFigureLike, options: FigureBundleOptions): FigureBundle {
  checkElementId("figureBundle", "options.id", options.id);
  checkPng("figureBundle", "options.png", options.png);
  const title = figureTitle(figure);
  const html = figureHtml(figure, options.id, {
    ...(options.png === undefined ? {} : { png: options.png }),
    ...(options.lang === undefined ? {} : { lang: options.lang }),
  });
  return {
    [PLOTLY_MIME]: { data: figure.data, layout: figure.layout, config: figure.config ?? {} },
    "text/html": options.plotlyLoader === undefined ? html : `${options.plotlyLoader.html}\n${html}`,
    ...(options.png === undefined ? {} : { "image/png": options.png }),
    "text/plain": options.description ?? figureText(options.lang ?? "en").bundle.plain(title),
  };
}

// ---------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------

/** A column of a table. */
export interface TableColumn {
  /** Key of the value in each row. */
  readonly key: string;
  /** Header text (plain text; escaped). */
  readonly label: string;
  /** Alignment; default right when every value in the column is a number, else left. */
  readonly align?: "left" | "right" | "center";
  /** Decimals of numbers; default: integers as they are, other numbers with 2 decimals. */
  readonly decimals?: number;
  /** Write `.57` instead of `0.57` (APA, for values bounded by 1). Default false. */
  readonly noLeadingZero?: boolean;
  /** Custom formatter of numbers (overrides `decimals`). Its result is treated as plain text. */
  readonly format?: (value: number) => string;
  /**
   * `"anywhere"`: the column's cells may break inside a word (class `wrap-anywhere`), for long
   * identifiers that would otherwise push the table past the page. Default: break between words.
   */
  readonly wrap?: "anywhere";
}

/** A cell: text (plain, escaped), a number (formatted), or null (missing). */
export type TableCell = string | number | null;

/** A row: values by column key; an absent key is a missing value. */
export type TableRow = Readonly<Record<string, TableCell | undefined>>;

/** Options of {@link tableBundle}. */
export interface TableOptions {
  /** Caption above the table (plain text). */
  readonly caption?: string;
  /** Note below the table (plain text), introduced by "Note." as in APA tables. */
  readonly note?: string;
  /** Decimal separator of numbers, default `"."`. */
  readonly decimalSeparator?: DecimalSeparator;
  /** Text of a missing value, default `"–"`. */
  readonly missing?: string;
  /** Element id of the HTML wrapper. */
  readonly id?: string;
}

/** The MIME bundle of a table. */
export interface TableBundle {
  readonly "text/html": string;
  readonly "text/markdown": string;
  readonly "text/plain": string;
}

interface PreparedTable {
  readonly headers: readonly string[];
  readonly aligns: readonly ("left" | "right" | "center")[];
  /** Whether each column may break inside a word (see TableColumn.wrap). */
  readonly wraps: readonly boolean[];
  readonly cells: readonly (readonly string[])[];
}

function prepare(fn: string, columns: readonly TableColumn[], rows: readonly TableRow[], options: TableOptions): PreparedTable {
  if (columns.length === 0) throw new ReportError("EMPTY_INPUT", fn, "columns is empty; expected at least one column", "columns");
  const keys = new Set<string>();
  columns.forEach((c, i) => {
    if (keys.has(c.key)) throw new ReportError("DUPLICATE_ID", fn, `columns[${i}].key "${c.key}" is used twice`, `columns[${i}].key`);
    keys.add(c.key);
    if (c.decimals !== undefined) requireInteger(fn, `columns[${i}].decimals`, c.decimals, 0, 20);
  });
  const sep = options.decimalSeparator ?? ".";
  const missing = options.missing ?? "–";
  const cellText = (c: TableColumn, v: TableCell | undefined, where: string): string => {
    if (v === null || v === undefined) return missing;
    if (typeof v === "string") return v;
    if (!Number.isFinite(v)) throw new ReportError("NON_FINITE", fn, `${where} is ${v}; expected a finite number, a string or null`, where);
    if (c.format !== undefined) return c.format(v);
    const leadingZero = c.noLeadingZero !== true;
    if (c.decimals !== undefined) return formatNumber(v, c.decimals, { decimalSeparator: sep, leadingZero });
    return Number.isInteger(v) ? String(v) : formatNumber(v, 2, { decimalSeparator: sep, leadingZero });
  };
  const cells = rows.map((row, r) => columns.map((c) => cellText(c, row[c.key], `rows[${r}].${c.key}`)));
  const aligns = columns.map((c) => {
    if (c.align !== undefined) return c.align;
    const values = rows.map((row) => row[c.key]).filter((v) => v !== null && v !== undefined);
    return values.length > 0 && values.every((v) => typeof v === "number") ? "right" : "left";
  });
  return { headers: columns.map((c) => c.label), aligns, wraps: columns.map((c) => c.wrap === "anywhere"), cells };
}

function htmlTable(t: PreparedTable, options: TableOptions): string {
  const style = (a: "left" | "right" | "center"): string => (a === "left" ? "" : ` style="text-align:${a}"`);
  const head = t.headers.map((h, i) => `<th scope="col"${style(t.aligns[i] ?? "left")}>${escapeHtml(h)}</th>`).join("");
  const body = t.cells
    .map(
      (row) =>
        `<tr>${row.map((c, i) => `<td${t.wraps[i] === true ? ' class="wrap-anywhere"' : ""}${style(t.aligns[i] ?? "left")}>${escapeHtml(c)}</td>`).join("")}</tr>`,
    )
    .join("\n");
  const caption = options.caption === undefined ? "" : `<caption>${escapeHtml(options.caption)}</caption>`;
  const note = options.note === undefined ? "" : `\n<p class="table-note"><em>Note.</em> ${escapeHtml(options.note)}</p>`;
  const id = options.id === undefined ? "" : ` id="${options.id}"`;
  return `<div class="table-wrap"${id}>\n<table class="report-table">${caption}\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>${note}\n</div>`;
}

/** Escapes Markdown syntax in cell text; `<` and `&` only where they could open a tag or an entity. */
function markdownEscape(text: string): string {
  return text
    .replace(/\r?\n/g, " ")
    .replace(/[\\|*_`[\]]/g, (c) => `\\${c}`)
    .replace(/<(?=[A-Za-z/!?])/g, "\\<")
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&");
}

function markdownTable(t: PreparedTable, options: TableOptions): string {
  const rule = t.aligns.map((a) => (a === "right" ? "---:" : a === "center" ? ":---:" : "---"));
  const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  const parts: string[] = [];
  if (options.caption !== undefined) parts.push(`**${markdownEscape(options.caption)}**`, "");
  parts.push(line(t.headers.map(markdownEscape)), line(rule), ...t.cells.map((row) => line(row.map(markdownEscape))));
  if (options.note !== undefined) parts.push("", `*Note.* ${markdownEscape(options.note)}`);
  return parts.join("\n");
}

function width(text: string): number {
  return [...text].length;
}

function plainTable(t: PreparedTable, options: TableOptions): string {
  const flat = (s: string): string => s.replace(/\r?\n/g, " ");
  const rows = [t.headers.map(flat), ...t.cells.map((r) => r.map(flat))];
  const widths = t.headers.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ""))));
  const pad = (s: string, i: number): string => {
    const w = widths[i] ?? 0;
    const gap = w - width(s);
    const a = t.aligns[i] ?? "left";
    if (a === "right") return " ".repeat(gap) + s;
    if (a === "center") return " ".repeat(Math.floor(gap / 2)) + s + " ".repeat(Math.ceil(gap / 2));
    return s + " ".repeat(gap);
  };
  const line = (r: readonly string[]): string =>
    r
      .map((s, i) => pad(s, i))
      .join("  ")
      .trimEnd();
  const out: string[] = [];
  if (options.caption !== undefined) out.push(flat(options.caption), "");
  out.push(line(rows[0] ?? []), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line));
  if (options.note !== undefined) out.push("", `Note. ${flat(options.note)}`);
  return out.join("\n");
}

/**
 * A Jupyter MIME bundle of a table: HTML (`<table>` with caption, APA-style note below),
 * a Markdown pipe table and aligned plain text. Numbers are formatted with
 * {@link formatNumber} (round half away from zero on the decimal representation); text is
 * escaped in every representation.
 *
 * @param columns The columns, in order.
 * @param rows The rows; values by column key.
 * @param options Caption, note, decimal separator, missing-value text, element id.
 * @returns The bundle.
 * @throws {ReportError} EMPTY_INPUT for no columns; DUPLICATE_ID for two columns with one key;
 *   NON_FINITE for a NaN or infinite number in a cell; INVALID_ARGUMENT for an unusable id.
 * @example
 * tableBundle([{ key: "cluster", label: "Cluster" }, { key: "d", label: "d", decimals: 2 }],
 *   [{ cluster: "Werkplezier", d: 0.614 }], { caption: "Effect sizes" })["text/markdown"]
 * // "**Effect sizes**\n\n| Cluster | d |\n| --- | ---: |\n| Werkplezier | 0.61 |"
 */
export function tableBundle(columns: readonly TableColumn[], rows: readonly TableRow[], options: TableOptions = {}): TableBundle {
  if (options.id !== undefined) checkElementId("tableBundle", "options.id", options.id);
  const t = prepare("tableBundle", columns, rows, options);
  return { "text/html": htmlTable(t, options), "text/markdown": markdownTable(t, options), "text/plain": plainTable(t, options) };
}
