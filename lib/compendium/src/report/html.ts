/**
 * The compendium's report: one self-contained HTML page that works offline.
 *
 * - plotly.js is inlined once, in `<head>`, when the page has figures and the caller passes its
 *   source text; nothing is fetched from the network (no external scripts, styles or images);
 * - a banner says the data are a synthetic reconstruction when `synthetic` is true, and every
 *   figure and table that shows data carries a short label saying so;
 * - the caller's lead sections (the first screen), a table of contents, the body sections
 *   (HTML, figures, tables), then the appendices: a scorecard of published versus reproduced
 *   values, grouped by the article's section, each with the printed quote and its place, with
 *   status colours and symbols and a filter by status (small inline script; without scripts the
 *   whole table shows and the filter stays hidden; a group whose rows are all filtered out hides
 *   its heading), the appendix sections, a
 *   data-quality section and a colophon;
 * - figures and tables numbered in page order ("Figure 3.", "Table 2."), and cross-references
 *   (`<a class="xref" href="#fig-forest"></a>` in a section's HTML) filled with their numbers;
 * - print-friendly CSS;
 * - deterministic: the page is a pure function of its input (no dates, no random ids), so the
 *   same input gives byte-identical output;
 * - every text is escaped except the fields documented as HTML (`html`, `intro`,
 *   `dataQuality.html`, `scorecard.intro`), which the caller vouches for.
 *
 * @module report/html
 */
import { checkElementId, figureHtml, tableBundle, type TableColumn, type TableRow } from "./bundle.js";
import { ReportError } from "./errors.js";
import { escapeHtml } from "@behoud/notebook-runner/display";
import { formatNumber } from "@behoud/stats";
import type { DecimalSeparator, PlotlyFigureLike } from "./types.js";

/** Status of a published value in the scorecard. */
export type ScorecardStatus =
  | "matched-by-construction"
  | "reproduced"
  | "within-rounding"
  | "inconsistent-in-article"
  | "not-reproduced"
  | "not-checkable";

/** The statuses in the order the report lists them. */
export const SCORECARD_STATUSES: readonly ScorecardStatus[] = [
  "matched-by-construction",
  "reproduced",
  "within-rounding",
  "inconsistent-in-article",
  "not-reproduced",
  "not-checkable",
];

/** One published value and its reproduction. */
export interface ScorecardEntry {
  /** Id of the published value, e.g. `t3.werkplezier.d`. */
  readonly id: string;
  /** What the number is, e.g. `Werkplezier, effect size`. */
  readonly label: string;
  /** Where the article prints it, e.g. `Resultaten, Tabel 3, Werkplezier, na`. */
  readonly location: string;
  /** The article's section the value stands in (the scorecard's group), e.g. `Resultaten`; default: one group without a heading name. */
  readonly section?: string;
  /** The sentence or table cell the value is printed in, as printed. */
  readonly quote?: string;
  /** The value as printed (a string keeps its precision, e.g. `"0,61"`), or null. */
  readonly published: string | number | null;
  /** The reproduced value at full precision, or null. */
  readonly reproduced: number | null;
  /** The reported precision (e.g. 0.01), or null. */
  readonly precision: number | null;
  readonly status: ScorecardStatus;
  /** One line that explains the status. */
  readonly explanation: string;
  /** The notebook that computed the value. */
  readonly notebook: string;
}

/** The scorecard section. */
export interface ReportScorecard {
  /** Heading, default "Scorecard". */
  readonly title?: string;
  /** Introductory HTML (not escaped). */
  readonly intro?: string;
  readonly entries: readonly ScorecardEntry[];
  /** Relative links for notebook names, e.g. `{ "03-ttests.ipynb": "notebooks/03-ttests.html" }`. */
  readonly notebookLinks?: Readonly<Record<string, string>>;
}

/** A figure of a section, with optional id, caption and whether it shows data. */
export interface ReportFigure {
  readonly figure: PlotlyFigureLike;
  /** Element id; default `<section id>-fig-<n>`. */
  readonly id?: string;
  /** Caption below the figure (plain text). */
  readonly caption?: string;
  /** Whether the figure shows (possibly synthetic) data; false for diagrams. Default true. */
  readonly showsData?: boolean;
}

/** A table of a section (rendered as by {@link tableBundle}). */
export interface ReportTable {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  readonly caption?: string;
  readonly note?: string;
  readonly decimalSeparator?: DecimalSeparator;
  /** Element id; default `<section id>-table-<n>`. */
  readonly id?: string;
  /** Whether the table shows (possibly synthetic) data. Default true. */
  readonly showsData?: boolean;
}

/**
 * A section of the report: HTML first, then figures, then tables. Where it goes: `lead` before
 * the table of contents (the first screen), `body` (default) after it, `appendix` after the
 * scorecard, which opens the appendices.
 */
export interface ReportSection {
  /** Element id and anchor (a letter, then letters, digits, `-`, `_`). */
  readonly id: string;
  readonly placement?: "lead" | "body" | "appendix";
  /** Heading (plain text). */
  readonly title: string;
  /** Body HTML (not escaped). */
  readonly html?: string;
  readonly figures?: readonly (PlotlyFigureLike | ReportFigure)[];
  readonly tables?: readonly ReportTable[];
}

/** Headings and fixed texts of the page, to translate or adapt. */
export interface ReportLabels {
  readonly contents?: string;
  readonly scorecard?: string;
  readonly dataQuality?: string;
  readonly colophon?: string;
  /** Label on figures and tables that show synthetic data. */
  readonly syntheticData?: string;
  /** Word before a figure's number ("Figure"). */
  readonly figure?: string;
  /** Word before a table's number ("Table"). */
  readonly table?: string;
  /** Heading of the appendices in the table of contents ("Appendices"). */
  readonly appendices?: string;
  /** Heading of the scorecard's column of reproduced values ("Reproduced"). */
  readonly reproducedColumn?: string;
  /** Heading of the scorecard's group of values without a section ("Other values"). */
  readonly noSection?: string;
  /** Display names of the statuses. */
  readonly statuses?: Readonly<Partial<Record<ScorecardStatus, string>>>;
  /** The scorecard's column headings, in order (value, printed, quote and place, status, explanation, notebook; the reproduced column is `reproducedColumn`). */
  readonly scorecardColumns?: {
    readonly value: string;
    readonly printed: string;
    readonly quote: string;
    readonly status: string;
    readonly explanation: string;
    readonly notebook: string;
  };
  /** Legend of the scorecard's filter ("Show values with status"). */
  readonly filterLegend?: string;
  /** "N value(s)" of a scorecard group's count. */
  readonly valueCount?: (n: number) => string;
  /** The filter's line "3 of 162 values shown", as a template with `{shown}` and `{total}`. */
  readonly shownTemplate?: string;
  /** The notice shown when the page has figures but no plotly.js source. */
  readonly noPlotly?: string;
}

/** Input of {@link renderReport}. */
export interface ReportInput {
  /** Page title and main heading (plain text). */
  readonly title: string;
  /** Line under the title (plain text). */
  readonly subtitle?: string;
  /** `lang` of the page, default `"en"`. */
  readonly lang?: string;
  /**
   * Language of the scorecard's printed quotes and places (e.g. `"nl"`), set as their `lang`
   * attribute when it differs from the page's, so that screen readers and checks know them as quoted text.
   */
  readonly quoteLang?: string;
  /** Decimal separator of every table's numbers (a table's own setting wins); default `"."`. */
  readonly decimalSeparator?: DecimalSeparator;
  /** Whether the data are a synthetic reconstruction. */
  readonly synthetic: boolean;
  /** The banner's wording (plain text); required when `synthetic` is true. */
  readonly syntheticNotice?: string;
  /** HTML after the banner (not escaped). */
  readonly intro?: string;
  /** plotly.js source text (e.g. `readPlotlySource()?.text`); null leaves notes instead of figures. */
  readonly plotlySource: string | null;
  readonly sections: readonly ReportSection[];
  readonly scorecard?: ReportScorecard;
  /** The data-quality section: HTML (not escaped) and an optional heading. */
  readonly dataQuality?: { readonly title?: string; readonly html: string };
  /** Key/value pairs of the colophon, in order (plain text). */
  readonly colophon: readonly { readonly key: string; readonly value: string }[];
  readonly labels?: ReportLabels;
  /** Extra CSS appended to the style sheet. */
  readonly css?: string;
}

const STATUS_NAMES: Readonly<Record<ScorecardStatus, string>> = {
  "matched-by-construction": "matched by construction",
  reproduced: "reproduced",
  "within-rounding": "within rounding",
  "inconsistent-in-article": "inconsistent in article",
  "not-reproduced": "not reproduced",
  "not-checkable": "not checkable",
};

const STATUS_SYMBOLS: Readonly<Record<ScorecardStatus, string>> = {
  "matched-by-construction": "⊙",
  reproduced: "✓",
  "within-rounding": "≈",
  "inconsistent-in-article": "!",
  "not-reproduced": "✗",
  "not-checkable": "–",
};

const RESERVED_IDS = [
  "contents",
  "synthetic-banner",
  "scorecard",
  "scorecard-table",
  "scorecard-filter",
  "scorecard-shown",
  "data-quality",
  "colophon",
];

const STYLE = `
:root { --ink: #1f2328; --muted: #57606a; --border: #d0d7de; --soft: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 68rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: .5rem 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 1px solid var(--border); }
.subtitle { color: var(--muted); margin: 0 0 1rem; }
.banner { margin: 1rem 0 1.2rem; padding: .9rem 1.1rem; border: 3px solid #D55E00; border-left-width: 10px; background: #FDF1E6; font-weight: 600; }
.banner .banner-title { display: block; text-transform: uppercase; letter-spacing: .04em; font-size: .85rem; color: #A34700; }
.banner.notice { border-color: #999; background: var(--soft); font-weight: 400; }
nav.toc { background: var(--soft); border: 1px solid var(--border); padding: .6rem 1.2rem; margin: 1rem 0; }
nav.toc h2 { border: 0; margin: .2rem 0; font-size: 1.05rem; }
nav.toc ol { margin: .2rem 0 .4rem; padding-left: 1.4rem; }
figure.report-figure { margin: 1.2rem 0; }
figure.report-figure figcaption { color: var(--muted); font-size: .92rem; margin-top: .3rem; }
.plotly-figure { width: 100%; }
.plotly-note { color: var(--muted); font-style: italic; border: 1px dashed var(--border); padding: .6rem; margin: 0; }
.data-label { display: inline-block; font-size: .75rem; font-weight: 700; color: #A34700; border: 1px solid #D55E00; border-radius: 3px; padding: 0 .35rem; margin-right: .4rem; font-style: normal; }
.table-wrap { overflow-x: auto; max-width: 100%; margin: 1rem 0; }
table { border-collapse: collapse; font-size: .92rem; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { border: 1px solid var(--border); padding: .3rem .55rem; vertical-align: top; overflow-wrap: break-word; }
/* Columns of long identifiers (value ids) may break inside a word rather than push the table past the page. */
td.wrap-anywhere { overflow-wrap: anywhere; }
table.scorecard { width: 100%; table-layout: fixed; }
table.scorecard th, table.scorecard td { overflow-wrap: break-word; padding-left: .35rem; padding-right: .35rem; }
table.scorecard thead th { font-size: .8em; }
table.scorecard td.num { white-space: normal; }
table.scorecard code { font-size: .85em; overflow-wrap: anywhere; }
table.scorecard .badge { white-space: normal; font-size: .8em; }
table.scorecard th:nth-child(1) { width: 15%; }
table.scorecard th:nth-child(2) { width: 8%; }
table.scorecard th:nth-child(3) { width: 23%; }
table.scorecard th:nth-child(4) { width: 9%; }
table.scorecard th:nth-child(5) { width: 11%; }
table.scorecard th:nth-child(6) { width: 25%; }
table.scorecard th:nth-child(7) { width: 9%; }
table.scorecard tr.scorecard-group th { text-align: left; background: #eef1f4; font-size: .95em; }
table.scorecard .quote { font-style: italic; }
table.scorecard .where, table.scorecard .value-id { display: block; color: var(--muted); font-size: .85em; margin-top: .15rem; }
thead th { background: var(--soft); }
.table-note { font-size: .88rem; color: var(--muted); margin: .3rem 0 0; }
.status { white-space: nowrap; }
.badge { display: inline-block; border: 1px solid; border-radius: 3px; padding: 0 .4rem; font-size: .85rem; font-weight: 600; white-space: nowrap; }
.status-matched-by-construction .badge, .badge.status-matched-by-construction { background: #E8E4F3; border-color: #7B68B0; color: #3D2F6B; }
.status-reproduced .badge, .badge.status-reproduced { background: #D5EFE6; border-color: #009E73; color: #0B5A43; }
.status-within-rounding .badge, .badge.status-within-rounding { background: #DCEBF5; border-color: #56B4E9; color: #0B4A75; }
.status-inconsistent-in-article .badge, .badge.status-inconsistent-in-article { background: #FDF1C7; border-color: #E69F00; color: #6B4A00; }
.status-not-reproduced .badge, .badge.status-not-reproduced { background: #F9DCC9; border-color: #D55E00; color: #8A3300; }
.status-not-checkable .badge, .badge.status-not-checkable { background: #EEEEEE; border-color: #999999; color: #444444; }
tr.status-inconsistent-in-article td:first-child { box-shadow: inset 4px 0 #E69F00; }
tr.status-not-reproduced td:first-child { box-shadow: inset 4px 0 #D55E00; }
.status-summary { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1rem; }
.scorecard-filter { border: 1px solid var(--border); padding: .3rem .8rem .5rem; margin: .6rem 0; }
.scorecard-filter label { margin-right: 1rem; white-space: nowrap; }
.scorecard-shown { color: var(--muted); font-size: .9rem; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
dl.colophon { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.colophon dt { font-weight: 600; }
dl.colophon dd { margin: 0; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .88rem; word-break: break-all; }
@media (max-width: 60rem) {
  main { padding: 1rem .75rem; }
  table { font-size: .85rem; }
  th, td { padding: .25rem .35rem; }
  table.scorecard { font-size: .8rem; }
}
@media print {
  @page { size: A4; margin: 15mm; }
  html { font-size: 11px; }
  body { font-size: 10pt; line-height: 1.4; }
  main { max-width: none; padding: 0; }
  nav.toc, .scorecard-filter, .scorecard-shown, .modebar-container { display: none !important; }
  .banner { background: none; border-color: #000; color: #000; }
  h2 { break-after: avoid; margin-top: 1.6rem; }
  caption, .table-tag { break-after: avoid; }
  figure.report-figure, tr { break-inside: avoid; }
  img.print-figure { display: block; max-height: 230mm; object-fit: contain; }
  .table-wrap { overflow: visible; }
  thead { display: table-header-group; }
  th, td { padding: .15rem .3rem; }
  table.print-fit th, table.print-fit td { overflow-wrap: anywhere; }
  table.scorecard { font-size: 7.5pt; }
  tr.scorecard-group { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
`.trim();

const FILTER_SCRIPT = `(function(){var box=document.getElementById("scorecard-filter");var table=document.getElementById("scorecard-table");if(!box||!table)return;
var rows=table.querySelectorAll("tbody tr[data-status]");var out=document.getElementById("scorecard-shown");
function apply(){var on={};var boxes=box.querySelectorAll("input[type=checkbox]");for(var i=0;i<boxes.length;i++){on[boxes[i].value]=boxes[i].checked;}
var shown=0;for(var j=0;j<rows.length;j++){var v=on[rows[j].getAttribute("data-status")]===true;rows[j].hidden=!v;if(v)shown++;}
var groups=table.querySelectorAll("tbody.scorecard-group");for(var g=0;g<groups.length;g++){var any=groups[g].querySelector("tr[data-status]:not([hidden])")!==null;var head=groups[g].querySelector("tr.scorecard-group");if(head)head.hidden=!any;}
if(out){out.hidden=false;out.textContent=(out.getAttribute("data-template")||"{shown} of {total} values shown").replace("{shown}",String(shown)).replace("{total}",String(rows.length));}}
box.hidden=false;box.addEventListener("change",apply);apply();})();`;

function isReportFigure(f: PlotlyFigureLike | ReportFigure): f is ReportFigure {
  return "figure" in f;
}

function decimalsOfPrecision(precision: number): number {
  if (!(precision > 0) || !Number.isFinite(precision)) return 4;
  return Math.max(0, Math.ceil(-Math.log10(precision) - 1e-9));
}

/** Shows a reproduced value two decimals beyond the reported precision (4 without one). */
function reproducedText(value: number | null, precision: number | null, decimalSeparator: DecimalSeparator): string {
  if (value === null) return "–";
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  const d = precision === null ? 4 : Math.min(8, decimalsOfPrecision(precision) + 2);
  return formatNumber(value, d, { decimalSeparator });
}

function publishedText(value: string | number | null, precision: number | null): string {
  if (value === null) return "–";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return String(value);
  return precision === null ? String(value) : formatNumber(value, decimalsOfPrecision(precision));
}

/** A relative or fragment link that cannot run script; anything else is refused. */
function safeHref(fn: string, argument: string, href: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href.trim()) || href.trim().startsWith("//")) {
    throw new ReportError(
      "INVALID_ARGUMENT",
      fn,
      `${argument} is "${href}"; expected a relative link (the report must work offline)`,
      argument,
    );
  }
  return escapeHtml(href);
}

/** Columns of the scorecard (their widths are set by position in the style sheet). */
const SCORECARD_COLUMNS = 7;

function scorecardHtml(
  scorecard: ReportScorecard,
  labels: ReportLabels,
  quoteLang: string | null,
  decimalSeparator: DecimalSeparator,
): string {
  const names = { ...STATUS_NAMES, ...(labels.statuses ?? {}) };
  const counts = new Map<ScorecardStatus, number>(SCORECARD_STATUSES.map((s) => [s, 0]));
  const seen = new Set<string>();
  scorecard.entries.forEach((e, i) => {
    if (!SCORECARD_STATUSES.includes(e.status)) {
      throw new ReportError(
        "INVALID_ARGUMENT",
        "renderReport",
        `scorecard.entries[${i}].status is "${String(e.status)}"; expected one of ${SCORECARD_STATUSES.join(", ")}`,
        `scorecard.entries[${i}].status`,
      );
    }
    if (seen.has(e.id))
      throw new ReportError(
        "DUPLICATE_ID",
        "renderReport",
        `scorecard.entries[${i}].id "${e.id}" occurs twice`,
        `scorecard.entries[${i}].id`,
      );
    seen.add(e.id);
    counts.set(e.status, (counts.get(e.status) ?? 0) + 1);
  });
  const badge = (s: ScorecardStatus): string => `<span class="badge status-${s}">${STATUS_SYMBOLS[s]} ${escapeHtml(names[s])}</span>`;
  const summary = SCORECARD_STATUSES.map((s) => `<li>${badge(s)} ${counts.get(s) ?? 0}</li>`).join("");
  const filter = SCORECARD_STATUSES.map(
    (s) => `<label><input type="checkbox" value="${s}" checked> ${badge(s)} (${counts.get(s) ?? 0})</label>`,
  ).join("\n");
  const links = scorecard.notebookLinks ?? {};
  const row = (e: ScorecardEntry): string => {
    const href = links[e.notebook];
    const notebook =
      href === undefined
        ? escapeHtml(e.notebook)
        : `<a href="${safeHref("renderReport", `scorecard.notebookLinks["${e.notebook}"]`, href)}">${escapeHtml(e.notebook)}</a>`;
    const langAttr = quoteLang === null ? "" : ` lang="${escapeHtml(quoteLang)}"`;
    const quote = e.quote === undefined || e.quote === "" ? "" : `<span class="quote"${langAttr}>“${escapeHtml(e.quote)}”</span>`;
    const where = e.location === "" ? "" : `<span class="where"${langAttr}>${escapeHtml(e.location)}</span>`;
    return (
      `<tr class="status-${e.status}" data-status="${e.status}">` +
      `<td>${escapeHtml(e.label)}<code class="value-id">${escapeHtml(e.id)}</code></td>` +
      `<td class="num">${escapeHtml(publishedText(e.published, e.precision))}</td>` +
      `<td>${quote}${where}</td>` +
      `<td class="num">${escapeHtml(reproducedText(e.reproduced, e.precision, decimalSeparator))}</td>` +
      `<td class="status">${badge(e.status)}</td><td>${escapeHtml(e.explanation)}</td><td>${notebook}</td></tr>`
    );
  };
  // Groups by the article's section, in the order the sections first occur; rows keep their order.
  const groups = new Map<string, ScorecardEntry[]>();
  for (const e of scorecard.entries) {
    const key = e.section ?? "";
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [e]);
    else list.push(e);
  }
  const count = labels.valueCount ?? ((n: number): string => `${n} ${n === 1 ? "value" : "values"}`);
  const cols = labels.scorecardColumns ?? {
    value: "Value",
    printed: "Printed",
    quote: "Quote and place",
    status: "Status",
    explanation: "Explanation",
    notebook: "Notebook",
  };
  const th = (text: string): string => `<th scope="col">${escapeHtml(text)}</th>`;
  const rows = [...groups]
    .map(([section, entries]) => {
      const name = section === "" ? (labels.noSection ?? "Other values") : section;
      return [
        `<tbody class="scorecard-group">`,
        `<tr class="scorecard-group"><th colspan="${SCORECARD_COLUMNS}" scope="rowgroup">${escapeHtml(name)} <span class="scorecard-count">(${escapeHtml(count(entries.length))})</span></th></tr>`,
        ...entries.map(row),
        `</tbody>`,
      ].join("\n");
    })
    .join("\n");
  return [
    `<section id="scorecard">`,
    `<h2>${escapeHtml(scorecard.title ?? labels.scorecard ?? "Scorecard")}</h2>`,
    scorecard.intro ?? "",
    `<ul class="status-summary">${summary}</ul>`,
    `<fieldset id="scorecard-filter" class="scorecard-filter" hidden><legend>${escapeHtml(labels.filterLegend ?? "Show values with status")}</legend>\n${filter}\n</fieldset>`,
    `<p id="scorecard-shown" class="scorecard-shown"${labels.shownTemplate === undefined ? "" : ` data-template="${escapeHtml(labels.shownTemplate)}"`} hidden></p>`,
    `<div class="table-wrap">`,
    `<table id="scorecard-table" class="report-table scorecard">`,
    `<thead><tr>${th(cols.value)}${th(cols.printed)}${th(cols.quote)}${th(labels.reproducedColumn ?? "Reproduced")}${th(cols.status)}${th(cols.explanation)}${th(cols.notebook)}</tr></thead>`,
    rows,
    `</table>`,
    `</div>`,
    `<script>${FILTER_SCRIPT}</script>`,
    `</section>`,
  ]
    .filter((s) => s !== "")
    .join("\n");
}

/** plotly.js source text made safe inside a `<script>` element. */
function inlineScript(source: string): string {
  return source.replace(/<\/script/gi, "<\\/script");
}

/**
 * Renders the report as one self-contained HTML page (see the module documentation for what
 * it contains and guarantees).
 *
 * @param input Title, synthetic-data banner, plotly.js source, sections, scorecard, data
 *   quality, colophon, labels.
 * @returns The page.
 * @throws {ReportError} INVALID_ARGUMENT when `synthetic` is true without `syntheticNotice`, for
 *   an unusable element id, an unknown status or a non-relative notebook link; DUPLICATE_ID
 *   when two sections, figures or tables (or two scorecard entries) share an id.
 * @example
 * const html = renderReport({
 *   title: "Reproduction report", synthetic: true,
 *   syntheticNotice: "The data are a synthetic reconstruction, not the respondents' answers.",
 *   plotlySource: readPlotlySource()?.text ?? null,
 *   sections: [{ id: "scatter", title: "Fig. 1", figures: [{ figure: scatterFigure({ x: [1, 2, 3], y: [2, 1, 3], xLabel: "x", yLabel: "y", r: 0.5, n: 3, seed: 1 }), showsData: true }] }],
 *   colophon: [{ key: "Node", value: process.version }],
 * });
 * html.startsWith("<!DOCTYPE html>") // true
 * html.includes("<title>Reproduction report</title>") // true
 */
export function renderReport(input: ReportInput): string {
  const fn = "renderReport";
  const labels = input.labels ?? {};
  if (input.synthetic && (input.syntheticNotice === undefined || input.syntheticNotice.trim() === "")) {
    throw new ReportError(
      "INVALID_ARGUMENT",
      fn,
      "synthetic is true but syntheticNotice is missing; the banner's wording must be given",
      "syntheticNotice",
    );
  }
  const ids = new Set<string>(RESERVED_IDS);
  const claim = (id: string, argument: string): void => {
    checkElementId(fn, argument, id);
    if (ids.has(id)) throw new ReportError("DUPLICATE_ID", fn, `${argument} "${id}" is already used on the page`, argument);
    ids.add(id);
  };
  const dataLabel = escapeHtml(labels.syntheticData ?? "Synthetic data");
  const label = (showsData: boolean | undefined): string =>
    input.synthetic && showsData !== false ? `<span class="data-label">${dataLabel}</span>` : "";

  let figureCount = 0;
  let tableCount = 0;
  /** Figure and table numbers by element id, for cross-references. */
  const numbers = new Map<string, string>();
  const figureWord = labels.figure ?? "Figure";
  const tableWord = labels.table ?? "Table";
  const sectionHtml = input.sections.map((section, s) => {
    claim(section.id, `sections[${s}].id`);
    const parts: string[] = [`<section id="${section.id}">`, `<h2>${escapeHtml(section.title)}</h2>`];
    if (section.html !== undefined) parts.push(section.html);
    (section.figures ?? []).forEach((entry, f) => {
      const item: ReportFigure = isReportFigure(entry) ? entry : { figure: entry };
      const id = item.id ?? `${section.id}-fig-${f + 1}`;
      claim(id, `sections[${s}].figures[${f}].id`);
      figureCount += 1;
      numbers.set(id, `${figureWord} ${figureCount}`);
      const caption = `${label(item.showsData)}<strong>${escapeHtml(`${figureWord} ${figureCount}.`)}</strong>${item.caption === undefined ? "" : ` ${escapeHtml(item.caption)}`}`;
      parts.push(
        `<figure class="report-figure">\n${figureHtml(item.figure, id, { lang: input.lang === "nl" ? "nl" : "en" })}${caption === "" ? "" : `\n<figcaption>${caption}</figcaption>`}\n</figure>`,
      );
    });
    (section.tables ?? []).forEach((table, t) => {
      const id = table.id ?? `${section.id}-table-${t + 1}`;
      claim(id, `sections[${s}].tables[${t}].id`);
      tableCount += 1;
      numbers.set(id, `${tableWord} ${tableCount}`);
      const options = {
        id,
        caption: `${tableWord} ${tableCount}.${table.caption === undefined ? "" : ` ${table.caption}`}`,
        ...(table.note === undefined ? {} : { note: table.note }),
        ...(table.decimalSeparator === undefined
          ? input.decimalSeparator === undefined
            ? {}
            : { decimalSeparator: input.decimalSeparator }
          : { decimalSeparator: table.decimalSeparator }),
      };
      const html = tableBundle(table.columns, table.rows, options)["text/html"];
      const tag = label(table.showsData);
      parts.push(tag === "" ? html : `<p class="table-tag">${tag}</p>\n${html}`);
    });
    parts.push(`</section>`);
    return { placement: section.placement ?? "body", html: parts.join("\n") };
  });
  // Cross-references: an empty `<a class="xref" href="#id"></a>` in a section's HTML gets the number of that figure or table.
  const resolveRefs = (html: string): string =>
    html.replace(/<a class="xref" href="#([A-Za-z][\w-]*)"><\/a>/g, (_m, id: string) => {
      const number = numbers.get(id);
      if (number === undefined)
        throw new ReportError(
          "INVALID_ARGUMENT",
          fn,
          `a cross-reference names "${id}", which is no figure or table of the page`,
          "sections",
        );
      return `<a class="xref" href="#${id}">${escapeHtml(number)}</a>`;
    });
  const placed = (where: "lead" | "body" | "appendix"): string[] =>
    sectionHtml.filter((x) => x.placement === where).map((x) => resolveRefs(x.html));

  const toc: string[] = [];
  const entry = (id: string, title: string): string => `<li><a href="#${id}">${escapeHtml(title)}</a></li>`;
  for (const section of input.sections) if ((section.placement ?? "body") !== "appendix") toc.push(entry(section.id, section.title));
  const appendixToc: string[] = [];
  if (input.scorecard !== undefined) appendixToc.push(entry("scorecard", input.scorecard.title ?? labels.scorecard ?? "Scorecard"));
  for (const section of input.sections) if (section.placement === "appendix") appendixToc.push(entry(section.id, section.title));
  if (input.dataQuality !== undefined)
    appendixToc.push(entry("data-quality", input.dataQuality.title ?? labels.dataQuality ?? "Data quality"));
  appendixToc.push(entry("colophon", labels.colophon ?? "Colophon"));
  toc.push(`<li>${escapeHtml(labels.appendices ?? "Appendices")}<ol>\n${appendixToc.join("\n")}\n</ol></li>`);

  const head = [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(input.lang ?? "en")}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(input.title)}</title>`,
    `<style>\n${STYLE}${input.css === undefined ? "" : `\n${input.css}`}\n</style>`,
  ];
  if (figureCount > 0 && input.plotlySource !== null) head.push(`<script>\n${inlineScript(input.plotlySource)}\n</script>`);
  head.push("</head>");

  const body: string[] = ["<body>", "<main>", "<header>", `<h1>${escapeHtml(input.title)}</h1>`];
  if (input.subtitle !== undefined) body.push(`<p class="subtitle">${escapeHtml(input.subtitle)}</p>`);
  if (input.synthetic) {
    body.push(
      `<div id="synthetic-banner" class="banner" role="note"><span class="banner-title">${escapeHtml(labels.syntheticData ?? "Synthetic data")}</span>${escapeHtml(input.syntheticNotice ?? "")}</div>`,
    );
  }
  if (figureCount > 0 && input.plotlySource === null) {
    body.push(
      `<div class="banner notice" role="note">${escapeHtml(labels.noPlotly ?? "The figures are not drawn: this page was made without the plotly.js source.")}</div>`,
    );
  }
  body.push("</header>");
  if (input.intro !== undefined) body.push(input.intro);
  body.push(...placed("lead"));
  body.push(`<nav id="contents" class="toc"><h2>${escapeHtml(labels.contents ?? "Contents")}</h2><ol>\n${toc.join("\n")}\n</ol></nav>`);
  body.push(...placed("body"));
  if (input.scorecard !== undefined) {
    const quoteLang = input.quoteLang === undefined || input.quoteLang === (input.lang ?? "en") ? null : input.quoteLang;
    body.push(scorecardHtml(input.scorecard, labels, quoteLang, input.decimalSeparator ?? "."));
  }
  body.push(...placed("appendix"));
  if (input.dataQuality !== undefined) {
    body.push(
      `<section id="data-quality">\n<h2>${escapeHtml(input.dataQuality.title ?? labels.dataQuality ?? "Data quality")}</h2>\n${input.dataQuality.html}\n</section>`,
    );
  }
  const colophon = input.colophon.map((c) => `<dt>${escapeHtml(c.key)}</dt><dd>${escapeHtml(c.value)}</dd>`).join("\n");
  body.push(
    `<section id="colophon">\n<h2>${escapeHtml(labels.colophon ?? "Colophon")}</h2>\n<dl class="colophon">\n${colophon}\n</dl>\n</section>`,
  );
  body.push("</main>", "</body>", "</html>");
  return `${[...head, ...body].join("\n")}\n`;
}
