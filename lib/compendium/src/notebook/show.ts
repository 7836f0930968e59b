/**
 * What the notebooks call to show their results: tables, figures, the published-vs-reproduced
 * table, checks of a hand calculation against the library, the data banner and the colophon.
 * Everything here renders views built in lib, so that the notebooks hold narrative and calls only.
 * @module notebook/show
 */
import { localize } from "./localize.js";
import { defaultLang } from "../views/lang.js";
import { sentencesFor } from "../views/sentences.js";
import type { Study } from "../analysis/study.js";
import { figureBundle } from "../report/bundle.js";
import { installedPlotlyLoader } from "../report/plotly-loader.js";
import { tableBundle } from "../report/bundle.js";
import { colophon } from "../views/colophon.js";
import type { NamedFigure } from "../views/figures.js";
import type { TableSpec } from "../views/tables.js";
import { display, escapeMarkdown, markdown, markdownCode } from "@behoud/notebook-runner/display";
import { StatsError } from "@behoud/stats";

/** Shows a table (HTML, markdown and plain text). */
export function showTable(spec: TableSpec): void {
  // The texts a notebook's code wrote (caption, headings, text cells, note) in the run's language.
  const columns = spec.columns.map((c) => ({ ...c, label: localize(c.label) }));
  const rows = spec.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "string" ? localize(v) : v])));
  display(
    tableBundle(columns, rows, {
      caption: localize(spec.caption),
      id: spec.id,
      ...(spec.note !== undefined ? { note: localize(spec.note) } : {}),
    }),
  );
}

/** Id of the figure that carries the plotly.js loader in this kernel (it keeps it when shown again). */
let loaderFigure: string | undefined;

/**
 * Shows a plotly figure: plotly JSON (VS Code, JupyterLab with plotly's extension), HTML that
 * draws it offline in any front end that runs the output's scripts, and plain text. The first
 * figure of a kernel carries the plotly.js loader, also when its cell runs again (report/plotly-loader), so a notebook holds
 * the bundle once. The PNG is added by the executor (pipeline/notebook-figures), which also
 * puts the loader on the first figure of each notebook when kernels are reused.
 */
export function showFigure(f: NamedFigure): void {
  loaderFigure ??= f.id;
  const loader = loaderFigure === f.id ? installedPlotlyLoader() : null;
  display(figureBundle(f.figure, { id: f.id, lang: defaultLang(), ...(loader === null ? {} : { plotlyLoader: loader }) }));
}

/**
 * Shows markdown. The text is Markdown: text from data goes in through
 * {@link escapeMarkdown} (or {@link markdownCode}), e.g.
 * `showMarkdown(\`**${escapeMarkdown(label)}**\`)`.
 */
export function showMarkdown(text: string): void {
  markdown(localize(text));
}

/** Shows plain text (e.g. a sentence built from data): shown exactly as written, never read as Markdown or HTML. */
export function showText(text: string): void {
  const shown = localize(text);
  markdown(escapeMarkdown(shown), shown);
}

/** Raised by {@link check} when a hand calculation and the library disagree. */
export class CheckError extends Error {
  override readonly name = "CheckError";
}

/**
 * Asserts that a value computed by hand in a notebook equals the library's, within a relative
 * tolerance, and shows the comparison; throws (stopping the notebook) when they differ.
 * `library` may be a function that calls the library: when the data leave the statistic undefined
 * (the library throws a StatsError, e.g. a constant cluster), "label: not computable (reason)" is
 * shown instead and the notebook goes on, so a notebook cell needs no guard of its own; so too when
 * the library's value is NaN (the analyses' placeholder for a statistic the data leave undefined).
 * @example
 * check("alpha of werkplezier (pre)", 0.8123, 0.8123) // undefined (shows the comparison)
 * check("alpha of werkplezier (pre)", 0.8123, 0.8124) // throws CheckError
 * check("alpha, two constant items", Number.NaN, () => cronbachAlpha([[3, 3, 3], [3, 3, 3]]).alpha) // undefined (shows "alpha, two constant items: not computable (…)")
 * check("bootstrap bound", 0, Number.NaN) // undefined (shows "bootstrap bound: not computable by the library on these data (NaN); by hand 0")
 */
export function check(label: string, byHand: number, library: number | (() => number), tolerance = 1e-12): void {
  const w = sentencesFor(defaultLang()).WORDS.notebook;
  const name = localize(label);
  let value: number;
  if (typeof library === "function") {
    try {
      value = library();
    } catch (e) {
      if (!(e instanceof StatsError)) throw e;
      showText(w.notComputable(name, e.message.replace(/^[\w.]+: /, "")));
      return;
    }
  } else {
    value = library;
  }
  if (Number.isNaN(value)) {
    // The analyses give NaN, with the reason in their notComputable list, for what the data leave undefined.
    showText(w.notComputableNaN(name, String(byHand)));
    return;
  }
  const scale = Math.max(Math.abs(value), 1e-300);
  const rel = Math.abs(byHand - value) / scale;
  if (!(rel <= tolerance) && byHand !== value) {
    throw new CheckError(`${label}: by hand ${byHand}, library ${value} (relative difference ${rel.toExponential(2)} > ${tolerance})`);
  }
  const text = w.check(name, byHand.toPrecision(12), value.toPrecision(12), tolerance.toExponential(0));
  display({
    "text/markdown": escapeMarkdown(text),
    "text/plain": text,
  });
}

/**
 * The relative tolerance for comparing a value computed by hand with plain left-to-right sums
 * over `n` terms with the library's (which accumulates more carefully): the rounding error of
 * such a sum grows with n (Higham, 2002, *Accuracy and Stability of Numerical Algorithms*, §4.2:
 * |error| ≤ (n − 1)·u·Σ|xᵢ|, u = ε/2). So 1e-12 holds for the article's 51 respondents, not for
 * 10⁶ (seen: 3e-12 for an alpha by hand). Returns max(1e-12, 16·n·ε).
 * @example
 * sumTolerance(51)  // 1e-12 (16 · 51 · ε = 1.8e-13 is below the floor)
 * sumTolerance(1e6) // 3.55e-9 (16 · 10⁶ · 2.22e-16)
 */
export function sumTolerance(n: number): number {
  return Math.max(1e-12, 16 * n * Number.EPSILON);
}

/** The banner every notebook starts with: which data, and whether they are synthetic. */
export function showDataBanner(study: Study): void {
  const rows = study.ds.respondents.rowCount;
  const w = sentencesFor(defaultLang()).WORDS.notebook;
  const text = study.synthetic ? w.syntheticBanner(rows) : w.dataBanner(rows, markdownCode(study.dataDir ?? study.codebookDir));
  markdown(text);
}

/**
 * Environment variable that `npm run notebooks:refresh` sets to `1` for its kernels: the
 * notebooks are executed to be stored in the repository, so the colophon names nothing that
 * depends on the machine or the commit (see views/colophon).
 */
export const STORED_NOTEBOOK_ENV = "BEHOUD_STORED_NOTEBOOK";

/** The colophon: versions, commit and data hashes. */
export function showColophon(study: Study): void {
  const deno = (globalThis as { Deno?: { version?: { deno?: string } } }).Deno;
  const stored = typeof process !== "undefined" && process.env[STORED_NOTEBOOK_ENV] === "1";
  const lines = colophon(study, {
    ...(deno?.version?.deno !== undefined ? { kernel: `Deno ${deno.version.deno} (deno jupyter)` } : {}),
    stored,
  });
  // Keys and values hold paths and file names from the data folder: escaped, and `|` kept inside its cell.
  const cell = (code: string): string => markdownCode(code).replace(/\|/g, "\\|");
  markdown(
    [
      `**${sentencesFor(defaultLang()).WORDS.page.colophon}**`,
      "",
      "| | |",
      "|---|---|",
      ...lines.map((l) => `| ${escapeMarkdown(l.key)} | ${cell(l.value)} |`),
    ].join("\n"),
  );
}
