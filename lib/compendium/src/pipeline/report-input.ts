/**
 * Assembles the report page from the analyses: one section per step of the article, the
 * scorecard, the data-quality section and the colophon.
 * @module pipeline/report-input
 */
import type { ArticleAudit } from "../analysis/audit-article.js";
import { notComputableStatistics, type Analyses, type ResultEntry } from "../analysis/results.js";
import { DEGENERATE_RULES } from "../data/degenerate.js";
import type { Robustness } from "../analysis/robustness.js";
import type { Study } from "../analysis/study.js";
import { escapeHtml } from "@behoud/notebook-runner/display";
import type { ReportInput, ReportSection, ReportTable } from "../report/html.js";
import { colophon } from "../views/colophon.js";
import { ensembleSection, readEnsembleSummary } from "../views/ensemble.js";
import {
  balanceModel,
  correlationFigures,
  forestFigureOf,
  likertFigureOf,
  prePostFigureOf,
  table2FigureOf,
  type NamedFigure,
} from "../views/figures.js";
import { auditFactsOf, findingsOf } from "../views/findings.js";
import { accountingTable, privacySummary } from "../views/quality.js";
import { sentencesFor, type Sentences } from "../views/sentences.js";
import { numberStyle, type Lang } from "../views/lang.js";
import {
  auditTable,
  correlationTable,
  effectVariantsTable,
  focusGroupTable,
  rankedAuditTable,
  reliabilityTable,
  robustnessTable,
  sampleTable,
  table1Table,
  table2Table,
  table3Table,
  type TableSpec,
} from "../views/tables.js";

/** Everything the report shows. */
export interface ReportParts {
  readonly study: Study;
  readonly analyses: Analyses;
  readonly audit: ArticleAudit;
  readonly results: readonly ResultEntry[];
  readonly robustness: Robustness;
  readonly plotlySource: string | null;
  /** Links to the executed notebooks' HTML pages, by notebook name. */
  readonly notebookLinks: Readonly<Record<string, string>>;
  /** Kernel that executed the notebooks, for the colophon. */
  readonly kernel: string;
  /** Sentences about what was skipped or redacted (PNG export, flagged text). */
  readonly notices: readonly string[];
  /** The privacy summary, when already computed (with {@link PRIVACY_BINS}) in the report's language; on large data it takes seconds. */
  readonly privacy?: ReturnType<typeof privacySummary>;
  /** The report's language (default English). */
  readonly lang?: Lang;
}

/** The generalisation of the quasi-identifiers under which the report states k-anonymity. */
export const PRIVACY_BINS = { experience_years: { width: 5 }, fte: { width: 0.2 } } as const;

function table(spec: TableSpec, showsData = true): ReportTable {
  return {
    id: spec.id,
    caption: spec.caption,
    columns: spec.columns,
    rows: spec.rows,
    showsData,
    ...(spec.note !== undefined ? { note: spec.note } : {}),
  };
}

function fig(
  s: Sentences,
  f: NamedFigure,
  caption: string,
  showsData = true,
): { id: string; figure: NamedFigure["figure"]; caption: string; showsData: boolean } {
  // The fixed caption says what the figure is; the sentence from its facts, what to see in it.
  const seen = s.figureFactsSentence(f.facts);
  return { id: f.id, figure: f.figure, caption: seen === null ? caption : `${caption} ${seen}`, showsData };
}

const p = (text: string): string => `<p>${escapeHtml(text)}</p>`;

/**
 * The figures of the report, by id (also exported as PNG).
 * @example
 * const study = openStudy();
 * reportFigures({ study, analyses: analyse(study) }).map((f) => f.id)
 * // ["fig-table2", "fig-pre-post", "fig-forest", "fig-likert", "fig-scatter-werkplezier-autonomie", "fig-scatter-ontwikkelmogelijkheden-werkplezier", "fig-balance-model"]
 */
export function reportFigures(parts: Pick<ReportParts, "study" | "analyses" | "lang">): NamedFigure[] {
  const { study, analyses } = parts;
  const lang = parts.lang ?? "en";
  return [
    table2FigureOf(analyses.table2, lang),
    prePostFigureOf(study.ds, analyses.table3, lang),
    forestFigureOf(analyses.table3, study.published, lang),
    likertFigureOf(study.ds, ["werkplezier", "werkdruk", "self-efficacy", "autonomie", "waardering"], lang),
    ...correlationFigures(analyses.correlations, lang),
    balanceModel(lang),
  ];
}

/** Extra CSS of the report: the table of contents kept in view, and own-study mode's neutral differences. */
function reportCss(own: boolean): string {
  return [
    // Kept in view on wide screens only (on a narrow one it would cover a quarter of the window);
    // a heading reached by a link stops below it instead of under it.
    "@media screen and (min-width: 1000px) { nav.toc { position: sticky; top: 0; z-index: 5; } main [id] { scroll-margin-top: 12.5rem; } }",
    "nav.toc ol { display: flex; flex-wrap: wrap; gap: .1rem 1.2rem; list-style: none; padding-left: 0; }",
    "nav.toc ol ol { display: inline-flex; margin: 0 0 0 .5rem; }",
    ".answers ul { margin: .2rem 0 .6rem; padding-left: 1.2rem; }",
    ".answers li { margin: .1rem 0; }",
    ".answers .question { margin: .5rem 0 .1rem; font-weight: 600; }",
    ...(own
      ? [
          ".status-not-reproduced .badge, .badge.status-not-reproduced { background: #EEF3F8; border-color: #6A8BAF; color: #23415F; }",
          "tr.status-not-reproduced td:first-child { box-shadow: none; }",
        ]
      : []),
  ].join("\n");
}

const xref = (id: string): string => `<a class="xref" href="#${id}"></a>`;

/** The ensemble's section, from the summary stored beside the codebook (none when it is absent). */
function ensembleSections(study: Study, lang: Lang): ReportSection[] {
  const summary = readEnsembleSummary(study.codebookDir);
  if (summary === null) return [];
  const text = (id: string): string => (study.published.has(id) ? study.published.get(id).text : id);
  const value = (id: string): number | null => (study.published.has(id) ? study.published.get(id).value : null);
  return [ensembleSection(summary, text, value, { lang })];
}

/** The report page's input. */
export function reportInput(parts: ReportParts): ReportInput {
  const { study, analyses, audit, results, robustness } = parts;
  const lang = parts.lang ?? "en";
  const s = sentencesFor(lang);
  const { WORDS } = s;
  const figs = new Map(reportFigures(parts).map((f) => [f.id, f]));
  const get = (id: string): NamedFigure => {
    const f = figs.get(id);
    if (f === undefined) throw new Error(`report figure ${id} is missing`);
    return f;
  };
  const found = findingsOf({ study, analyses, audit, results, robustness });
  const own = found.mode === "own";
  const scatter = [...figs.values()].filter((f) => f.id.startsWith("fig-scatter-"));
  const question = (k: 1 | 2): string => {
    const id = `table1.rq${k}.subquestion`;
    return `<p class="question">${escapeHtml(s.researchQuestion(k, study.published.has(id) ? study.published.get(id).text : null))}</p>`;
  };
  const items = (texts: readonly string[]): string => `<ul>${texts.map((t) => `<li>${escapeHtml(t)}</li>`).join("")}</ul>`;
  const ownNotice = s.ownStudyNotice(found);
  const construction = s.constructionSentence(found);
  const summaryHtml = [
    ...(ownNotice === null ? [] : [`<div id="own-study" class="banner notice" role="note">${escapeHtml(ownNotice)}</div>`]),
    `<div class="answers">`,
    question(1),
    items(s.answerQuestion1(found)),
    question(2),
    items(found.constructs.filter((c) => c.n !== null).map(s.constructSentence)),
    `</div>`,
    p(s.statusSentence(found) + (construction === null ? "" : ` ${construction}`)),
    `<p>${escapeHtml(s.auditSentence(found))} ${escapeHtml(WORDS.seeAppendices)} <a href="#scorecard">${escapeHtml(WORDS.scorecardLink)}</a>, <a href="#audit">${escapeHtml(WORDS.auditLink)}</a>.</p>`,
    ...degenerate(parts, s),
    ...parts.notices.map(p),
  ].join("\n");
  const t3 = table3Table(analyses.table3, lang);
  const sections: ReportSection[] = [
    { id: "answers", title: WORDS.sections.summary, placement: "lead", html: summaryHtml },
    {
      id: "sample",
      title: WORDS.sections.sample,
      html: [p(WORDS.intros.sample), p(s.sampleSentence(found))].join("\n"),
      tables: [table(table1Table(study.published, lang), false), table(sampleTable(analyses.sample, lang))],
    },
    {
      id: "table2",
      title: WORDS.sections.table2,
      html: [p(WORDS.intros.table2), `<p>${escapeHtml(s.table2TotalsSentence(found))} (${xref("fig-table2")})</p>`].join("\n"),
      figures: [fig(s, get("fig-table2"), WORDS.captions["fig-table2"])],
      tables: [table(table2Table(analyses.table2, lang))],
    },
    {
      id: "reliability",
      title: WORDS.sections.reliability,
      html: p(WORDS.intros.reliability),
      tables: [table(reliabilityTable(analyses.reliability, lang))],
    },
    {
      id: "table3",
      title: WORDS.sections.table3,
      html: [
        `<p>${escapeHtml(WORDS.intros.table3)} (${xref(t3.id)}, ${xref("fig-pre-post")}, ${xref("fig-forest")})</p>`,
        p(s.effectVariantSentence(found)),
      ].join("\n"),
      figures: [
        fig(s, get("fig-pre-post"), WORDS.captions["fig-pre-post"]),
        fig(s, get("fig-forest"), WORDS.captions["fig-forest"]),
        fig(s, get("fig-likert"), WORDS.captions["fig-likert"]),
      ],
      tables: [table(t3), table(effectVariantsTable(analyses.table3, study.published, lang))],
    },
    {
      id: "correlations",
      title: WORDS.sections.correlations,
      html: [p(WORDS.intros.correlations), items(found.correlations.map(s.correlationSentence))].join("\n"),
      figures: scatter.map((f) => fig(s, f, WORDS.captions.scatter)),
      tables: [table(correlationTable(analyses.correlations, lang))],
    },
    {
      id: "focusgroups",
      title: WORDS.sections.focusgroups,
      html: p(WORDS.intros.focusgroups),
      figures: [fig(s, get("fig-balance-model"), WORDS.captions["fig-balance-model"], false)],
      tables: [table(focusGroupTable(analyses.focusGroups, lang))],
    },
    {
      id: "robustness",
      title: WORDS.sections.robustness,
      html: [
        p(`${s.robustnessSentence(found)} ${WORDS.intros.robustness}`),
        ...(robustness.rows.some((r) => r.notComputable.some((x) => x.statistic.startsWith("bootstrap")))
          ? [p(WORDS.page.bootstrapCap(robustness.maxDraws, robustness.replicates))]
          : []),
      ].join("\n"),
      tables: [table(robustnessTable(robustness, lang))],
    },
    ...ensembleSections(study, lang),
    {
      id: "audit",
      title: WORDS.sections.audit,
      placement: "appendix",
      html: [p(WORDS.intros.audit), p(s.auditSentence(found)), p(WORDS.intros.auditRanked)].join("\n"),
      tables: [table(rankedAuditTable(audit, study.published, { lang }), false)],
    },
    {
      id: "audit-untested",
      title: WORDS.sections.auditUntested,
      placement: "appendix",
      html: [
        p(WORDS.intros.auditUntested),
        `<ul class="not-testable">${auditFactsOf(audit, study.published)
          .notTestable.map((k) => `<li>${escapeHtml(s.notTestableLine(k))}</li>`)
          .join("")}</ul>`,
        p(WORDS.intros.auditConsistent),
      ].join("\n"),
      tables: [table(auditTable(audit, { verdict: "consistent", lang }), false)],
    },
  ];
  const privacy = parts.privacy ?? privacySummary(study, { bins: PRIVACY_BINS, lang });
  const accounting = accountingTable(study, lang);
  const quality = [p(WORDS.intros.quality), renderSimpleTable(accounting), p(privacy.text), renderSimpleTable(privacy.table)].join("\n");
  return {
    title: s.reportTitle(found),
    subtitle: s.reportSubtitle(),
    lang,
    quoteLang: "nl",
    decimalSeparator: numberStyle(lang).decimalSeparator,
    synthetic: study.synthetic,
    syntheticNotice: s.syntheticNotice(found),
    plotlySource: parts.plotlySource,
    sections,
    scorecard: {
      title: WORDS.scorecardTitle,
      intro: p(s.statusSentence(found)),
      entries: results.map((r) => ({
        id: r.id,
        label: r.label,
        location: r.location,
        ...(r.section === null ? {} : { section: r.section }),
        quote: r.quote,
        published: r.published,
        reproduced: r.reproduced,
        precision: r.precision,
        status: r.status,
        explanation:
          own && r.difference !== null && r.reproduced !== null && r.status !== "reproduced"
            ? `${s.differenceText(r.published, r.reproduced, r.difference)}; ${r.explanation}`
            : r.explanation,
        notebook: r.notebook,
      })),
      notebookLinks: parts.notebookLinks,
    },
    dataQuality: { html: quality },
    colophon: colophon(study, { kernel: parts.kernel, lang }),
    labels: {
      ...WORDS.page,
      scorecard: WORDS.scorecardTitle,
      ...(own ? { statuses: { ...WORDS.page.statuses, ...s.OWN_STUDY_STATUS_NAMES }, reproducedColumn: WORDS.yoursColumn } : {}),
    },
    css: reportCss(own),
  };
}

/**
 * What the data leave undefined: the validator's warnings about degenerate data (a round with no
 * answers, a constant cluster, post = pre) and every statistic that could not be computed, with
 * its reason. Nothing on complete data.
 */
function degenerate(parts: ReportParts, s: Sentences): string[] {
  const warnings = parts.study.ds.warnings.filter((w) => DEGENERATE_RULES.has(w.rule));
  const missing = notComputableStatistics(parts.analyses, parts.robustness);
  const list = (items: readonly string[]): string => `<ul>${items.map((t) => `<li>${escapeHtml(t)}</li>`).join("")}</ul>`;
  const out: string[] = [];
  if (warnings.length > 0) out.push(p(s.WORDS.page.undefinedWarnings(warnings.length)), list(warnings.map((w) => w.message)));
  if (missing.length > 0) {
    out.push(p(s.WORDS.page.notComputableList(missing.length)), list(missing.map((x) => x.text)));
  }
  return out;
}

/** A small HTML table for the data-quality section (plain cells, escaped). */
function renderSimpleTable(spec: TableSpec): string {
  const head = spec.columns.map((c) => `<th>${escapeHtml(c.label)}</th>`).join("");
  const body = spec.rows
    .map((r) => `<tr>${spec.columns.map((c) => `<td>${escapeHtml(String(r[c.key] ?? "–"))}</td>`).join("")}</tr>`)
    .join("\n");
  return `<table><caption>${escapeHtml(spec.caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>${spec.note !== undefined ? `<p class="note">${escapeHtml(spec.note)}</p>` : ""}`;
}
