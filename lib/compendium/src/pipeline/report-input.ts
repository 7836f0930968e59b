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
import {
  balanceModel,
  correlationFigures,
  forestFigureOf,
  likertFigureOf,
  prePostFigureOf,
  table2FigureOf,
  type NamedFigure,
} from "../views/figures.js";
import { accountingTable, privacySummary } from "../views/quality.js";
import {
  auditTable,
  correlationTable,
  effectVariantsTable,
  focusGroupTable,
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
  /** The privacy summary, when already computed (with {@link PRIVACY_BINS}); on large data it takes seconds. */
  readonly privacy?: ReturnType<typeof privacySummary>;
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

function fig(f: NamedFigure, showsData = true): { id: string; figure: NamedFigure["figure"]; showsData: boolean } {
  return { id: f.id, figure: f.figure, showsData };
}

const p = (text: string): string => `<p>${escapeHtml(text)}</p>`;

/**
 * The figures of the report, by id (also exported as PNG).
 * @example
 * const study = openStudy();
 * reportFigures({ study, analyses: analyse(study) }).map((f) => f.id)
 * // ["fig-table2", "fig-pre-post", "fig-forest", "fig-likert", "fig-scatter-werkplezier-autonomie", "fig-scatter-ontwikkelmogelijkheden-werkplezier", "fig-balance-model"]
 */
export function reportFigures(parts: Pick<ReportParts, "study" | "analyses">): NamedFigure[] {
  const { study, analyses } = parts;
  return [
    table2FigureOf(analyses.table2),
    prePostFigureOf(study.ds, analyses.table3),
    forestFigureOf(analyses.table3, study.published),
    likertFigureOf(study.ds, ["werkplezier", "werkdruk", "self-efficacy", "autonomie", "waardering"]),
    ...correlationFigures(analyses.correlations),
    balanceModel(),
  ];
}

/** The report page's input. */
export function reportInput(parts: ReportParts): ReportInput {
  const { study, analyses, audit, results, robustness } = parts;
  const figs = new Map(reportFigures(parts).map((f) => [f.id, f]));
  const get = (id: string): NamedFigure => {
    const f = figs.get(id);
    if (f === undefined) throw new Error(`report figure ${id} is missing`);
    return f;
  };
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const inconsistent = audit.findings.filter((f) => f.verdict === "inconsistent");
  const scatter = [...figs.values()].filter((f) => f.id.startsWith("fig-scatter-"));
  const sections: ReportSection[] = [
    {
      id: "summary",
      title: "Summary",
      html: [
        p(
          `Of the ${results.length} numbers the article prints, ${counts.get("reproduced") ?? 0} are reproduced at the printed precision, ${counts.get("within-rounding") ?? 0} within one unit of the last printed digit, ${counts.get("inconsistent-in-article") ?? 0} cannot be right given the article's own numbers, ${counts.get("not-reproduced") ?? 0} are not reproduced, and ${counts.get("not-checkable") ?? 0} cannot be checked against data (labels, cited literature, design facts, thresholds).`,
        ),
        p(
          `The effect sizes of Table 3 correspond to Cohen's d_av (the mean difference over the average of the pre and post SDs); the audit found ${inconsistent.length} findings that show printed numbers inconsistent with others or with the reported design.`,
        ),
        ...degenerate(parts),
        ...parts.notices.map(p),
      ].join("\n"),
    },
    {
      id: "sample",
      title: "1. The sample and the design",
      html: p("Table 1 of the article and the respondents' characteristics (notebook 01)."),
      tables: [table(table1Table(study.published), false), table(sampleTable(analyses.sample))],
    },
    {
      id: "table2",
      title: "2. The open answers (Table 2)",
      html: p(
        "Labels given to the answers to the two open questions, counted per question (notebook 02). The printed column total 73 and grand total 157 do not follow from the printed cells (67 and 151).",
      ),
      figures: [fig(get("fig-table2"))],
      tables: [table(table2Table(analyses.table2))],
    },
    {
      id: "reliability",
      title: "3. Reliability",
      html: p("Cronbach's alpha of every cluster at both time points, with Feldt's interval (notebook 03)."),
      tables: [table(reliabilityTable(analyses.reliability))],
    },
    {
      id: "table3",
      title: "4. Before and after (Table 3)",
      html: p(
        "Cluster means before (retrospective) and after the courses, paired t-tests and effect sizes, judged by Hattie's thresholds .4 and .6 (notebook 04).",
      ),
      figures: [fig(get("fig-pre-post")), fig(get("fig-forest")), fig(get("fig-likert"))],
      tables: [table(table3Table(analyses.table3)), table(effectVariantsTable(analyses.table3, study.published))],
    },
    {
      id: "correlations",
      title: "5. Correlations",
      html: p(
        "Werkplezier with Autonomie (r = ,57) and Ontwikkelmogelijkheden with Werkplezier (r = ,68), on the post scores (notebook 05).",
      ),
      figures: scatter.map((f) => fig(f)),
      tables: [table(correlationTable(analyses.correlations))],
    },
    {
      id: "focusgroups",
      title: "6. Focus groups and the balance model",
      html: p("Open codes grouped into axial codes, in the order of the narrative, and the article's Fig. 1 (notebook 06)."),
      figures: [fig(get("fig-balance-model"), false)],
      tables: [table(focusGroupTable(analyses.focusGroups))],
    },
    {
      id: "robustness",
      title: "7. Robustness",
      html: [
        p(
          `Not in the article: Wilcoxon's signed-rank test, bootstrap intervals for d_av, Holm and Benjamini–Hochberg adjustment over the ${robustness.rows.length} paired tests, and the smallest effect ${robustness.minimumDetectable.n} respondents could detect (notebook 07).`,
        ),
        ...(robustness.rows.some((r) => r.notComputable.some((x) => x.statistic.startsWith("bootstrap")))
          ? [
              p(
                `The bootstrap is run only up to ${robustness.maxDraws.toLocaleString("en-US")} resampled cases per construct (respondents × ${robustness.replicates} resamples); above that the noncentral-t interval of Table 3 stands in for it.`,
              ),
            ]
          : []),
      ].join("\n"),
      tables: [table(robustnessTable(robustness))],
    },
    {
      id: "audit",
      title: "8. Audit of the article",
      html: p(
        `Checks on the published numbers alone, as a reviewer would run them (GRIM, recomputed p-values, effect-size variants against means and significance, table totals, repeated values): ${audit.findings.length} findings, ${inconsistent.length} of them inconsistent (notebook 08).`,
      ),
      tables: [table(auditTable(audit, { verdict: "inconsistent" }), false), table(auditTable(audit), false)],
    },
  ];
  const privacy = parts.privacy ?? privacySummary(study, { bins: PRIVACY_BINS });
  const accounting = accountingTable(study);
  const quality = [
    p(`Files read through the codebook; every row is analysed or excluded with its reason.`),
    renderSimpleTable(accounting),
    p(privacy.text),
    renderSimpleTable(privacy.table),
  ].join("\n");
  return {
    title: "Professionele ontwikkeling als strategie om leraren te behouden — reproduction",
    subtitle: "Koffeman, Van de Kuilen & Snoek (2023), Tijdschrift voor Lerarenopleiders 44(4)",
    lang: "en",
    synthetic: study.synthetic,
    syntheticNotice:
      "Synthetic reconstruction: the respondent data behind this report are not the original survey responses, which are not public. They were generated to be consistent with the aggregates the article publishes (data/README.md). Real data in the same format run through the same pipeline unchanged.",
    plotlySource: parts.plotlySource,
    sections,
    scorecard: {
      title: "Scorecard: every published value",
      entries: results.map((r) => ({
        id: r.id,
        label: r.label,
        location: r.location,
        published: r.published,
        reproduced: r.reproduced,
        precision: r.precision,
        status: r.status,
        explanation: r.explanation,
        notebook: r.notebook,
      })),
      notebookLinks: parts.notebookLinks,
    },
    dataQuality: { html: quality },
    colophon: colophon(study, { kernel: parts.kernel }),
  };
}

/**
 * What the data leave undefined: the validator's warnings about degenerate data (a round with no
 * answers, a constant cluster, post = pre) and every statistic that could not be computed, with
 * its reason. Nothing on complete data.
 */
function degenerate(parts: ReportParts): string[] {
  const warnings = parts.study.ds.warnings.filter((w) => DEGENERATE_RULES.has(w.rule));
  const missing = notComputableStatistics(parts.analyses, parts.robustness);
  const list = (items: readonly string[]): string => `<ul>${items.map((t) => `<li>${escapeHtml(t)}</li>`).join("")}</ul>`;
  const out: string[] = [];
  if (warnings.length > 0)
    out.push(
      p(`The data leave some statistics undefined (${warnings.length} warning${warnings.length === 1 ? "" : "s"} of the validator):`),
      list(warnings.map((w) => w.message)),
    );
  if (missing.length > 0) {
    out.push(
      p(
        `${missing.length} statistic${missing.length === 1 ? " is" : "s are"} shown as "not computable" in the tables below, and the published values resting on them as not reproduced:`,
      ),
      list(missing.map((x) => x.text)),
    );
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
