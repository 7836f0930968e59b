/**
 * The scorecard: every published value with its reproduction, status and explanation — the content
 * of reports/results.json and of the published-vs-reproduced table in each notebook.
 *
 * Statuses:
 * - `matched-by-construction`: on the shipped synthetic data, a value the reconstruction was fitted
 *   to (or that follows from such values) and that the data give at the printed precision: it shows
 *   that a dataset exists that gives it together with everything else the article prints, and that
 *   the pipeline computes it; it says nothing about the real responses.
 * - `reproduced`: the reproduced value gives the printed text at the printed precision (counts: equal).
 * - `within-rounding`: it misses the printed rounding interval by at most one unit of the last
 *   printed digit (as with rounding from rounded intermediate values).
 * - `inconsistent-in-article`: the article's own numbers show that the printed value cannot be right
 *   (the audit's finding is given as the explanation).
 * - `not-reproduced`: the data give something else.
 * - `not-checkable`: the data cannot speak to it (labels, cited literature, design facts, thresholds,
 *   cells printed as "X" or "-").
 * @module analysis/results
 */
import { defaultLang } from "../views/lang.js";
import type { ScorecardStatus } from "../report/html.js";
import type { ArticleAudit } from "./audit-article.js";
import { articleCorrelations, type CorrelationResult } from "./correlations.js";
import { summarizeFocusGroups, type FocusGroupSummary } from "./focusgroups.js";
import type { Lang, PublishedValue } from "@behoud/audit";
import { printedNumber, roundsTo, roundsWithinOneUnit } from "./published.js";
import { reliabilityByCluster, type ClusterReliability } from "./reliability.js";
import { describeSample, type SampleSummary } from "./sample.js";
import type { Study } from "./study.js";
import { DataError } from "../data/errors.js";
import { countTable2, type Table2 } from "./table2.js";
import { table3, type Table3Row } from "./table3.js";
import type { NotComputable } from "./computable.js";
import type { Robustness } from "./robustness.js";
import { reconstructionTarget, type ReconstructionTarget } from "../reconstruct/targets.js";
import { RESULTS_TEXT, type NotCheckableKind, type ResultsText } from "./results-text.js";

/** Status of a published value (the report's scorecard statuses). */
export type ResultStatus = ScorecardStatus;

/** One entry of results.json. */
export interface ResultEntry {
  readonly id: string;
  readonly label: string;
  /** Where the article prints it, e.g. "Resultaten, Tabel 3, Werkplezier, na". */
  readonly location: string;
  /** The article's section it stands in, e.g. "Resultaten" (the scorecard's group), or null. */
  readonly section: string | null;
  /** The sentence or table cell it is printed in, as printed. */
  readonly quote: string;
  /** Exactly as printed. */
  readonly published: string;
  readonly publishedValue: number | null;
  /** Reproduced value at full precision, or null. */
  readonly reproduced: number | null;
  /** Decimals printed (null for words and non-numbers). */
  readonly decimals: number | null;
  /** Precision as a step (0.01 for two decimals, 1 for counts), or null. */
  readonly precision: number | null;
  readonly status: ResultStatus;
  readonly explanation: string;
  /** The notebook that computes and shows the value. */
  readonly notebook: string;
  /**
   * Whether the synthetic reconstruction was fitted to this value (recorded whatever the data;
   * it decides the status only on the shipped data), or null.
   */
  readonly reconstructionTarget: ReconstructionTarget | null;
  /** Reproduced minus printed value, when both are numbers (for a comparison with other data). */
  readonly difference: number | null;
}

/** The analyses behind the scorecard, computed once. */
export interface Analyses {
  readonly sample: SampleSummary;
  readonly table2: Table2;
  readonly table3: readonly Table3Row[];
  readonly reliability: readonly ClusterReliability[];
  readonly correlations: readonly CorrelationResult[];
  readonly focusGroups: FocusGroupSummary;
}

/**
 * Runs every analysis of the article on the study's data.
 * @example
 * const a = analyse(openStudy());
 * a.sample.n // 51
 * a.table2.totals // { self: 67, teachers: 84, total: 151 }
 * a.correlations[0]?.pearson.r // 0.574
 */
export function analyse(study: Study): Analyses {
  const ds = study.ds;
  return {
    sample: describeSample(ds),
    table2: countTable2(ds),
    table3: table3(ds),
    reliability: reliabilityByCluster(ds),
    correlations: articleCorrelations(ds),
    focusGroups: summarizeFocusGroups(ds),
  };
}

/**
 * Every statistic the data leave undefined (or that was not run, such as the bootstrap above its
 * cap), over the analyses and, when given, the robustness checks: for a report's summary of what
 * could not be computed and why. Empty on complete data.
 * @example
 * const study = openStudy();
 * notComputableStatistics(analyse(study), robustness(study.ds, { replicates: 200 })) // [] (the shipped data are complete)
 */
export function notComputableStatistics(a: Analyses, rb?: Robustness): NotComputable[] {
  const out: NotComputable[] = [];
  for (const r of a.reliability) if (r.notComputable !== null) out.push(r.notComputable);
  for (const r of a.table3) out.push(...r.notComputable);
  for (const c of a.correlations) out.push(...c.notComputable);
  for (const r of rb?.rows ?? []) out.push(...r.notComputable);
  return out;
}

/** Notebook file names, in order. */
export const NOTEBOOKS = {
  sample: "01-data-and-sample",
  openAnswers: "02-open-answers",
  reliability: "03-reliability",
  prePost: "04-pre-post",
  correlations: "05-correlations",
  focusGroups: "06-focus-groups",
  robustness: "07-robustness",
  audit: "08-audit",
  summary: "09-summary",
} as const;

/** What a rule returns for a published value. */
interface Reproduction {
  readonly reproduced: number | null;
  /** "exact": compare for equality; "rounded": compare at the printed precision; "none": not checkable. */
  readonly compare: "exact" | "rounded" | "none" | "significant" | "not-significant" | "around-or-above";
  readonly explanation: string;
  /** Set when the data leave the statistic undefined: why (status not-reproduced, with this reason). */
  readonly notComputable?: string;
}

type Rule = (v: PublishedValue, a: Analyses, t: ResultsText) => Reproduction | null;

const NOT: (why: string) => Reproduction = (why) => ({ reproduced: null, compare: "none", explanation: why });

/** The reasons of a row's statistics that could not be computed, filtered by statistic (and time point). */
function whyNot(list: readonly NotComputable[] | undefined, statistics: readonly string[], timepoint?: string): string | undefined {
  const found = (list ?? []).filter(
    (x) => statistics.includes(x.statistic) && (timepoint === undefined || x.timepoint === timepoint || x.timepoint === null),
  );
  return found.length === 0 ? undefined : found.map((x) => x.text).join("; ");
}

/** A reproduction that carries the reason when the value is not finite. */
function orWhy(rep: Reproduction, why: string | undefined, t: ResultsText): Reproduction {
  if (rep.reproduced === null || Number.isFinite(rep.reproduced)) return rep;
  return { ...rep, reproduced: null, notComputable: why ?? t.undefinedStatistic };
}

/** Respondents with at least one answer, and a note when some rows have none. */
function answeredN(a: Analyses, t: ResultsText): { n: number; note: string } {
  const empty = a.sample.n - a.sample.nAnswered;
  return { n: a.sample.nAnswered, note: empty > 0 ? t.emptyRows(empty, a.sample.n, false) : "" };
}

/** The N Table 3 actually used: the most complete pairs (or post scores) over its rows, with the range when they differ. */
function table3N(a: Analyses, t: ResultsText): { n: number | null; note: string } {
  const ns = a.table3.map((r) => r.paired?.n ?? r.post.n);
  if (ns.length === 0) return { n: null, note: "" };
  const max = Math.max(...ns);
  const min = Math.min(...ns);
  return { n: max, note: min === max ? t.table3NSame(max) : t.table3NRange(min, max) };
}

function notebookOf(id: string): string {
  if (id.startsWith("table2.") || id.startsWith("results.table2text.") || id === "results.open-questions.count")
    return NOTEBOOKS.openAnswers;
  if (id.startsWith("design.alpha")) return NOTEBOOKS.reliability;
  if (id.startsWith("table3.") || id.startsWith("design.effect-size") || id === "design.significance.threshold") return NOTEBOOKS.prePost;
  if (id.startsWith("results.correlation")) return NOTEBOOKS.correlations;
  if (id.includes("focusgroup")) return NOTEBOOKS.focusGroups;
  return NOTEBOOKS.sample;
}

function table2Cell(a: Analyses, code: string, column: string): number | null {
  const row = code === "overig" ? a.table2.other : a.table2.rows.find((r) => r.code === code);
  if (code === "totaal")
    return column === "self" ? a.table2.totals.self : column === "teachers" ? a.table2.totals.teachers : a.table2.totals.total;
  if (row === undefined) return null;
  return column === "self" ? row.self : column === "teachers" ? row.teachers : row.total;
}

const RULES: readonly (readonly [RegExp, Rule])[] = [
  // N of the scale questionnaire as Table 3 used it (complete pairs), not the rows read.
  [
    /^(table3\.caption|table1\.rq2\.questionnaire)\.n$/,
    (_v, a, t) => {
      const n = table3N(a, t);
      return { reproduced: n.n, compare: "exact", explanation: t.table3Respondents(n.note) };
    },
  ],
  [/^table2\.caption\.n$/, (_v, a, t) => ({ reproduced: a.table2.n, compare: "exact", explanation: t.table2Respondents })],
  [
    /^(summary\.sample|design\.participants|design\.results-respondents|limitations\.sample|table1\.rq\d\.questionnaire)\.n$/,
    (_v, a, t) => {
      const n = answeredN(a, t);
      return { reproduced: n.n, compare: "exact", explanation: t.respondentsBothRounds(n.note) };
    },
  ],
  [
    /^design\.sample\.round([12])\.n$/,
    (v, a, t) => {
      const k = Number(/round([12])/.exec(v.id)?.[1]) - 1;
      const r = a.sample.rounds[k];
      const empty = r === undefined ? 0 : r.n - r.nAnswered;
      return {
        reproduced: r?.nAnswered ?? null,
        compare: "exact",
        explanation: t.roundRespondents(r?.round ?? "?", empty > 0 ? t.emptyRows(empty, r?.n ?? 0, true) : ""),
      };
    },
  ],
  [
    /^design\.experience\.mean$/,
    (_v, a, t) => ({ reproduced: a.sample.experience.mean, compare: "rounded", explanation: t.experienceMean }),
  ],
  [/^design\.fte\.mean$/, (_v, a, t) => ({ reproduced: a.sample.fte.mean, compare: "rounded", explanation: t.fteMean })],
  [
    /^results\.part1\.ontwikkelmogelijkheden\.pre$/,
    (_v, a, t) => ({
      reproduced: a.sample.part1.ontwikkelmogelijkhedenStart.mean,
      compare: "rounded",
      explanation: t.part1Development,
    }),
  ],
  [
    /^results\.part1\.behoud\.[ab]$/,
    (_v, a, t) => ({
      reproduced: a.sample.part1.behoudOnderwijs.mean,
      compare: "rounded",
      explanation: t.part1Stay,
    }),
  ],
  [
    /^results\.maatschappelijke-waardering\.mean$/,
    (_v, a, t) => ({ reproduced: a.sample.societal.mean, compare: "rounded", explanation: t.societalMean }),
  ],
  [
    /^results\.maatschappelijke-waardering\.lowest\.score$/,
    (_v, a, t) => ({
      reproduced: a.sample.societal.lowest.score,
      compare: "exact",
      explanation: t.societalLowestScore,
    }),
  ],
  [
    /^results\.maatschappelijke-waardering\.lowest\.count$/,
    (_v, a, t) => ({
      reproduced: a.sample.societal.lowest.respondents.length,
      compare: "exact",
      explanation: t.societalLowestCount,
    }),
  ],
  [
    /^results\.maatschappelijke-waardering\.lowest\.salary$/,
    (_v, a, t) => ({
      reproduced: a.sample.societal.lowest.namesSalary.filter(Boolean).length,
      compare: "exact",
      explanation: t.societalLowestSalary,
    }),
  ],
  [
    /^table1\.rq\d\.focusgroup\.group([12])\.n$|^design\.focusgroups\.group([12])\.n$/,
    (v, a, t) => {
      const g = Number(/group([12])/.exec(v.id)?.[1]);
      return {
        reproduced: a.focusGroups.groups.find((x) => x.group === g)?.participants ?? null,
        compare: "exact",
        explanation: t.focusGroupParticipants(g),
      };
    },
  ],
  [
    /^table1\.rq\d\.focusgroup\.n$/,
    (_v, a, t) => ({ reproduced: a.focusGroups.participants, compare: "exact", explanation: t.focusGroupsAll }),
  ],
  [
    /^design\.focusgroups\.group-size$/,
    (_v, a, t) => {
      // "groepjes van elk drie": every group must have that size, so a differing group is reported.
      const sizes = a.focusGroups.groups.map((g) => g.participants);
      const differing = sizes.find((x) => x !== sizes[0]);
      return {
        reproduced: differing ?? sizes[0] ?? null,
        compare: "exact",
        explanation: t.focusGroupSizes(sizes),
      };
    },
  ],
  [
    /^design\.focusgroups\.count(\.[bc])?$/,
    (_v, a, t) => ({ reproduced: a.focusGroups.groups.length, compare: "exact", explanation: t.focusGroupCount }),
  ],
  [
    /^table2\.([a-z-]+)\.(self|teachers|total)$/,
    (v, a, t) => {
      const [, code, column] = /^table2\.([a-z-]+)\.(self|teachers|total)$/.exec(v.id) ?? [];
      return {
        reproduced: table2Cell(a, code ?? "", column ?? ""),
        compare: "exact",
        explanation: t.table2Mentions(v.location.row ?? code ?? ""),
      };
    },
  ],
  [
    /^results\.table2text\.([a-z-]+)(?:\.(self|teachers|total))?$/,
    (v, a, t) => {
      const [, code, column] = /^results\.table2text\.([a-z-]+)(?:\.(self|teachers|total))?$/.exec(v.id) ?? [];
      const col = column ?? (v.refersTo?.question === "both" ? "total" : (v.refersTo?.question ?? "total"));
      return { reproduced: table2Cell(a, code ?? "", col), compare: "exact", explanation: t.table2Repetition };
    },
  ],
  [/^table2\.overig\.threshold$/, (_v, _a, t) => NOT(t.pooledThreshold)],
  [
    /^table3\.([a-z-]+)\.(pre|post)$/,
    (v, a, t) => {
      const [, c, tp] = /^table3\.([a-z-]+)\.(pre|post)$/.exec(v.id) ?? [];
      const row = a.table3.find((r) => r.construct === c);
      if (v.value === null) return NOT(t.notMeasured(v.text));
      const d = tp === "pre" ? row?.pre : row?.post;
      return orWhy(
        {
          reproduced: d?.mean ?? null,
          compare: "rounded",
          explanation: t.prePostMean(tp === "pre" ? "pre" : "post", row?.kind === "cluster" ? "cluster" : "item"),
        },
        whyNot(row?.notComputable, ["mean and SD"], tp),
        t,
      );
    },
  ],
  [
    /^table3\.([a-z-]+)\.effect-size$/,
    (v, a, t) => {
      const c = v.id.split(".")[1];
      const row = a.table3.find((r) => r.construct === c);
      if (v.value === null) return NOT(t.noEffectSize(v.text, row?.paired ? t.num(row.paired.effects.d_av.estimate, 3) : null));
      const e = row?.paired?.effects;
      if (e === undefined) return null;
      if (!Number.isFinite(e.d_av.estimate))
        return orWhy(
          {
            reproduced: e.d_av.estimate,
            compare: "rounded",
            explanation: t.dAv,
          },
          whyNot(row?.notComputable, ["d_av"]),
          t,
        );
      const variants = (["d_z", "d_av", "d_rm"] as const).filter((k) => roundsTo(e[k].estimate, v.text));
      return {
        reproduced: e.d_av.estimate,
        compare: "rounded",
        explanation: t.dAvVariants(v.text, variants, t.num(e.d_z.estimate, 3), t.num(e.d_rm.estimate, 3)),
      };
    },
  ],
  [
    /^table3\.([a-z-]+)\.significance$/,
    (v, a, t) => {
      const c = v.id.split(".")[1];
      const row = a.table3.find((r) => r.construct === c);
      const p = row?.paired?.test.pValue ?? null;
      const ns = v.value === null;
      if (p !== null && !Number.isFinite(p))
        return orWhy(
          { reproduced: p, compare: ns ? "not-significant" : "significant", explanation: t.pairedTest },
          whyNot(row?.notComputable, ["paired t-test"]),
          t,
        );
      return {
        reproduced: p,
        compare: ns ? "not-significant" : "significant",
        explanation: t.pairedTestResult(
          String(row?.paired?.test.df ?? "?"),
          row?.paired === null || row?.paired === undefined ? "?" : t.num(row.paired.test.t, 2),
          p === null ? "?" : t.p3(p),
          ns,
        ),
      };
    },
  ],
  [/^table3\.[a-z-]+\.item$/, (_v, _a, t) => NOT(t.itemWording)],
  [
    /^results\.correlation\.([a-z-]+)\.(r|p|n)$/,
    (v, a, t) => {
      const [, pair, field] = /^results\.correlation\.([a-z-]+)\.(r|p|n)$/.exec(v.id) ?? [];
      const c = a.correlations.find((x) => `${x.x}-${x.y}` === pair);
      if (c === undefined) return null;
      const value = field === "r" ? c.pearson.r : field === "p" ? c.pearson.pValue : c.pearson.n;
      return orWhy(
        {
          reproduced: value,
          compare: field === "n" ? "exact" : "rounded",
          explanation: t.correlation(field === "r" ? "r" : field === "p" ? "p" : "n", c.x, c.y),
        },
        whyNot(c.notComputable, ["Pearson's r"]),
        t,
      );
    },
  ],
  [
    /^design\.alpha\.clusters$/,
    (_v, a, t) => {
      const failed = a.reliability.filter((r) => r.notComputable !== null);
      const explanation = t.alphaClusters(a.reliability.length);
      if (failed.length > 0)
        return {
          reproduced: null,
          compare: "around-or-above",
          explanation,
          notComputable: failed.map((r) => r.notComputable?.text ?? "").join("; "),
        };
      let min = Number.POSITIVE_INFINITY;
      for (const r of a.reliability) min = Math.min(min, r.result.alpha);
      return { reproduced: min, compare: "around-or-above", explanation };
    },
  ],
];

function notCheckableKind(v: PublishedValue): NotCheckableKind {
  if (v.id.startsWith("literature.")) return "literature";
  if (v.id.startsWith("context.")) return "context";
  if (v.kind === "threshold") return "threshold";
  if (v.kind === "label") return "label";
  if (v.kind === "duration" || v.kind === "year") return "design-fact";
  return "other";
}

/** Options of {@link buildResults}. */
export interface BuildResultsOptions {
  /** Language of each entry's `label` and `explanation`: "en" or "nl"; default `defaultLang()` (English unless BEHOUD_LANG says otherwise; results.json is always English). */
  readonly lang?: Lang;
  /** Only the values one notebook shows (its name, e.g. `03-reliability`). */
  readonly notebook?: string;
  /** Only the values with these ids. */
  readonly ids?: readonly string[];
}

/** The Dutch label of a published value (data/published.json's `label_nl`). */
function labelNl(v: PublishedValue): string {
  if (v.label_nl === undefined)
    throw new DataError(
      "INVALID_CODEBOOK",
      "buildResults",
      `published value "${v.id}" has no label_nl; expected its Dutch label in data/published.json`,
    );
  return v.label_nl;
}

/**
 * Where the article prints a value: section, table, row and column, as far as known.
 * @example printedLocation(loadPublished().get("table2.totaal.self")) // "Resultaten, Tabel 2, TOTAAL, Wat zou er vooral moeten gebeuren om jou te behouden voor het onderwijs?"
 */
export function printedLocation(v: PublishedValue): string {
  return [v.location.section, v.location.table, v.location.row, v.location.column]
    .filter((x): x is string => x !== null && x !== "")
    .join(", ");
}

/**
 * Builds the scorecard for every published value (or, with `options.notebook` or `options.ids`,
 * for the values one notebook shows or the values listed: only the analyses those values rest on
 * are then read from `analyses`).
 * @param audit the article audit; its findings set `inconsistent-in-article` for the values they
 *   affect, and their plain explanation is added to those values' explanation: pass the audit in
 *   the language of the scorecard (`auditArticle(published, { lang })`).
 * @param options `lang`: the language of `label` and `explanation` ("en", the language of
 *   results.json; "nl": the Dutch label of data/published.json and Dutch sentences with the decimal
 *   comma; default `defaultLang()`, English unless BEHOUD_LANG says otherwise). Everything else
 *   (ids, location, quote, numbers, statuses) is the same.
 * @example
 * const study = openStudy();
 * const results = buildResults(study, analyse(study), auditArticle(study.published));
 * results.find((e) => e.id === "table3.werkplezier.post")
 * // { published: "4.5", reproduced: 4.477, status: "matched-by-construction", notebook: "04-pre-post", … }
 * results.find((e) => e.id === "table2.totaal.self")?.status // "inconsistent-in-article" (73 printed, the cells sum to 67)
 * buildResults(study, analyse(study), null, { notebook: "05-correlations" }).length // 7 (only the values notebook 05 shows)
 */
export function buildResults(
  study: Study,
  analyses: Analyses,
  audit: ArticleAudit | null = null,
  options: BuildResultsOptions = {},
): ResultEntry[] {
  const lang = options.lang ?? defaultLang();
  const t = RESULTS_TEXT[lang];
  const affected = new Map<string, string>();
  for (const f of audit?.findings ?? []) for (const id of f.affects) if (!affected.has(id)) affected.set(id, f.plain);
  const ids = options.ids === undefined ? null : new Set(options.ids);
  const values = study.published.values.filter(
    (v) => (options.notebook === undefined || notebookOf(v.id) === options.notebook) && (ids === null || ids.has(v.id)),
  );
  return values.map((v) => {
    const rule = RULES.find(([re]) => re.test(v.id));
    const found: Reproduction = rule?.[1](v, analyses, t) ?? NOT(t.notCheckable(notCheckableKind(v)));
    // A value the data leave undefined (NaN: e.g. a mean of no answers) is never compared as a number.
    const rep: Reproduction =
      found.reproduced !== null && !Number.isFinite(found.reproduced) && found.notComputable === undefined
        ? {
            ...found,
            reproduced: null,
            notComputable: t.noValue,
          }
        : found;
    const printed = printedNumber(v.text);
    const decimals = v.decimals ?? printed?.decimals ?? null;
    const base = {
      id: v.id,
      label: lang === "en" ? v.label : labelNl(v),
      location: printedLocation(v),
      section: v.location.section,
      quote: v.quote,
      published: v.text,
      publishedValue: v.value,
      reproduced: rep.reproduced,
      decimals,
      precision: decimals === null ? null : Math.pow(10, -decimals),
      notebook: notebookOf(v.id),
    };
    let status: ResultStatus;
    let explanation = rep.explanation;
    if (rep.notComputable !== undefined) {
      // The data leave the statistic undefined: the printed value is not reproduced, and why.
      status = "not-reproduced";
      explanation = t.notComputableOn(explanation, rep.notComputable);
    } else if (rep.compare === "none" || rep.reproduced === null) {
      status = "not-checkable";
      if (rep.reproduced === null && rep.compare !== "none") explanation = t.notAvailable(explanation);
    } else if (rep.compare === "significant" || rep.compare === "not-significant") {
      const alpha = study.published.has("design.significance.threshold")
        ? (study.published.get("design.significance.threshold").value ?? 0.05)
        : 0.05;
      const sig = rep.reproduced < alpha;
      status = sig === (rep.compare === "significant") ? "reproduced" : "not-reproduced";
    } else if (rep.compare === "around-or-above") {
      status = v.value !== null && rep.reproduced >= v.value - 0.05 ? "reproduced" : "not-reproduced";
    } else if (rep.compare === "exact") {
      // A count printed as "-" is an empty cell: zero mentions.
      const printedCount = v.value ?? (v.text.trim() === "-" ? 0 : null);
      status = printedCount !== null && rep.reproduced === printedCount ? "reproduced" : "not-reproduced";
      if (v.value === null && printedCount === 0) explanation = t.dashAsZero(explanation);
    } else {
      if (roundsTo(rep.reproduced, v.text)) status = "reproduced";
      else if (roundsWithinOneUnit(rep.reproduced, v.text)) status = "within-rounding";
      else status = "not-reproduced";
    }
    const why = affected.get(v.id);
    if (why !== undefined && status !== "reproduced") {
      status = "inconsistent-in-article";
      explanation = t.inconsistent(explanation, why);
    } else if (why !== undefined) {
      explanation = t.auditNote(explanation, why);
    }
    const target = reconstructionTarget(v.id);
    if (status === "reproduced" && target !== null && study.shippedData && study.synthetic) {
      status = "matched-by-construction";
      explanation = t.matchedByConstruction(target.how, explanation);
    }
    const difference =
      rep.reproduced !== null && v.value !== null && rep.compare !== "none" && Number.isFinite(rep.reproduced)
        ? rep.reproduced - v.value
        : null;
    return { ...base, status, explanation, reconstructionTarget: target, difference };
  });
}
