/**
 * The tables of the notebooks and the report, built from the analyses: one function per table,
 * each returning a {@link TableSpec} that `tableBundle` (notebooks) and the report render alike.
 * @module views/tables
 */
import type { ArticleAudit } from "../analysis/audit-article.js";
import type { AuditRuleSet, FindingSeverity } from "@behoud/audit";
import { auditFactsOf } from "./findings.js";
import { sentencesFor, type Sentences } from "./sentences.js";
import { defaultLang, numberStyle, type Lang, type NumberStyle } from "./lang.js";
import type { CorrelationResult } from "../analysis/correlations.js";
import type { FocusGroupSummary } from "../analysis/focusgroups.js";
import type { Published } from "@behoud/audit";
import type { ClusterReliability } from "../analysis/reliability.js";
import type { ResultEntry } from "../analysis/results.js";
import type { Robustness } from "../analysis/robustness.js";
import type { SampleSummary } from "../analysis/sample.js";
import type { Table2 } from "../analysis/table2.js";
import { hattieBand, type Table3Row } from "../analysis/table3.js";
import { notComputableCell, type NotComputable } from "../analysis/computable.js";
import type { TableColumn, TableRow } from "../report/bundle.js";

/** A table ready to render. */
export interface TableSpec {
  readonly id: string;
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  readonly note?: string;
}

/** The words of the tables in one language (views/sentences and views/sentences-nl hold them). */
type TableWords = Sentences["WORDS"]["tables"];

/** The cell formatters of one language. */
interface Cells {
  readonly T: TableWords;
  readonly S: NumberStyle;
  /** Text of a statistic the data leave undefined (NaN), when no reason is at hand. */
  readonly NOT_COMPUTABLE: string;
  f2(x: number): string;
  f3(x: number): string;
  ms(m: number, sd: number | null): string;
  ci2(lower: number, upper: number): string;
  pText(p: number): string;
  /** A number for a `decimals` column, or the not-computable text (the renderer formats only finite numbers). */
  numOr(x: number | null, why?: string): number | string | null;
  /** "not computable (reason)" for the first of `list` whose statistic is one of `statistics`, else null. */
  why(list: readonly NotComputable[], statistics: readonly string[], timepoint?: string): string | null;
  /** A note for rows without any answer (they take part in no analysis), or "". */
  noAnswer(n: number, answered: number | undefined): string;
}

function cells(lang: Lang): Cells {
  const T = sentencesFor(lang).WORDS.tables;
  const S = numberStyle(lang);
  const NOT_COMPUTABLE = T.notComputable;
  const f2 = (x: number): string => (Number.isFinite(x) ? S.num(x, 2) : NOT_COMPUTABLE);
  return {
    T,
    S,
    NOT_COMPUTABLE,
    f2,
    f3: (x) => (Number.isFinite(x) ? S.num(x, 3) : NOT_COMPUTABLE),
    ms: (m, sd) => (Number.isFinite(m) ? `${f2(m)} (${sd === null ? "–" : f2(sd)})` : NOT_COMPUTABLE),
    ci2: (lower, upper) => (Number.isFinite(lower) && Number.isFinite(upper) ? S.ci(lower, upper, 2) : "–"),
    pText: (p) => (Number.isFinite(p) ? S.p(p) : NOT_COMPUTABLE),
    numOr: (x, why = NOT_COMPUTABLE) => (x === null ? null : Number.isFinite(x) ? x : why),
    why: (list, statistics, timepoint) => {
      const nc = list.find(
        (x) => statistics.includes(x.statistic) && (timepoint === undefined || x.timepoint === timepoint || x.timepoint === null),
      );
      return nc === undefined ? null : lang === "en" ? notComputableCell(nc) : `${NOT_COMPUTABLE} (${nc.reason})`;
    },
    noAnswer: (n, answered) => (answered !== undefined && answered < n ? T.withoutAnswer(n - answered) : ""),
  };
}

/**
 * The sample: respondents per round, experience, fte, sector, course, part-1 items.
 * @example
 * const t = sampleTable(describeSample(loadDataset()));
 * t.rows[2] // { what: "Respondents, both rounds (N)", value: "51" }
 * t.rows[3] // { what: "Years of experience, M (SD)", value: "12.51 (6.56)" }
 */
export function sampleTable(s: SampleSummary, lang: Lang = defaultLang()): TableSpec {
  const { T, S, ms, noAnswer } = cells(lang);
  const t = T.sample;
  const pct = (c: number): string => `${c} (${S.num((100 * c) / s.n, 0)}%)`;
  const rows: TableRow[] = [
    ...s.rounds.map((r) => ({
      what: t.round(r.round),
      value: `${r.n}${r.expected !== null ? ` (${t.codebook}: ${r.expected})` : ""}${noAnswer(r.n, r.nAnswered)}`,
    })),
    { what: t.both, value: `${s.n}${noAnswer(s.n, s.nAnswered)}` },
    { what: t.experience, value: ms(s.experience.mean, s.experience.sd) },
    { what: t.fte, value: ms(s.fte.mean, s.fte.sd) },
    ...s.sector.map((f) => ({ what: `${t.sector}: ${f.value}`, value: pct(f.count) })),
    ...s.course.map((f) => ({ what: `${t.course}: ${f.value}`, value: pct(f.count) })),
    {
      what: t.development,
      value: ms(s.part1.ontwikkelmogelijkhedenStart.mean, s.part1.ontwikkelmogelijkhedenStart.sd),
    },
    { what: t.stay, value: ms(s.part1.behoudOnderwijs.mean, s.part1.behoudOnderwijs.sd) },
    { what: "Maatschappelijke waardering, M (SD)", value: ms(s.societal.mean, s.societal.sd) },
    { what: `Maatschappelijke waardering, ${t.answers} 1–5`, value: s.societal.distribution.join(" / ") },
  ];
  return {
    id: "table-sample",
    caption: t.caption,
    columns: [
      { key: "what", label: "" },
      { key: "value", label: t.value, align: "right" },
    ],
    rows,
    note: t.note,
  };
}

/**
 * Table 1 of the article (research design), from the published values.
 * @example table1Table(loadPublished()).rows[0] // { question: "Welke factoren zijn van belang voor behoud van leraren?", instrument: "vragenlijst (open)", respondents: "all participants (N = 51)" }
 * @example table1Table(loadPublished(), "nl").rows[0]?.respondents // "alle deelnemers (N = 51)"
 */
export function table1Table(published: Published, lang: Lang = defaultLang()): TableSpec {
  const t = sentencesFor(lang).WORDS.tables.table1;
  const row = (rq: string, inst: "questionnaire" | "focusgroup"): TableRow => ({
    question: published.get(`table1.${rq}.subquestion`).text,
    instrument: published.get(`table1.${rq}.${inst}.instrument`).text,
    respondents:
      inst === "questionnaire"
        ? t.all(published.get(`table1.${rq}.questionnaire.n`).text)
        : t.groups(
            published.get(`table1.${rq}.focusgroup.group1.n`).text,
            published.get(`table1.${rq}.focusgroup.group2.n`).text,
            published.get(`table1.${rq}.focusgroup.n`).text,
          ),
  });
  return {
    id: "table-1",
    caption: t.caption,
    columns: [
      { key: "question", label: t.question },
      { key: "instrument", label: "instrument" },
      { key: "respondents", label: t.respondents },
    ],
    rows: [row("rq1", "questionnaire"), row("rq1", "focusgroup"), row("rq2", "questionnaire"), row("rq2", "focusgroup")],
  };
}

/**
 * Table 2 as the article prints it, with the counts from the data.
 * @example
 * const t = table2Table(countTable2(loadDataset()));
 * t.rows.at(-1) // { label: "TOTAL", self: 67, teachers: 84, total: 151 } (printed: 73, 84, 157)
 * t.columns.map((c) => c.key) // ["label", "self", "teachers", "total"]
 */
export function table2Table(t: Table2, lang: Lang = defaultLang()): TableSpec {
  const { T } = cells(lang);
  const rows: TableRow[] = [...t.rows, t.other].map((r) => ({ label: r.label, self: r.self, teachers: r.teachers, total: r.total }));
  const w = T.table2;
  rows.push({ label: w.totalRow, self: t.totals.self, teachers: t.totals.teachers, total: t.totals.total });
  return {
    id: "table-2",
    caption: w.caption(t.n),
    columns: [
      { key: "label", label: "label" },
      { key: "self", label: w.self },
      { key: "teachers", label: w.teachers },
      { key: "total", label: w.total },
    ],
    rows,
    note: T.table2Note(t.threshold, t.respondentsWithLabels.self, t.respondentsWithLabels.teachers),
  };
}

/**
 * Cronbach's alpha per cluster and time point.
 * @example
 * reliabilityTable(reliabilityByCluster(loadDataset())).rows[0]
 * // { cluster: "Werkplezier", timepoint: "pre", k: 3, n: 51, alpha: 0.863, ci: "[0.78, 0.92]", … }
 */
export function reliabilityTable(rel: readonly ClusterReliability[], lang: Lang = defaultLang()): TableSpec {
  const { T, S } = cells(lang);
  const t = T.reliability;
  const lz = S.leadingZero ? {} : { noLeadingZero: true };
  return {
    id: "table-reliability",
    caption: t.caption,
    columns: [
      { key: "cluster", label: "cluster" },
      { key: "timepoint", label: t.timepoint },
      { key: "k", label: "k" },
      { key: "n", label: "n" },
      { key: "alpha", label: "α", decimals: 3, ...lz },
      { key: "std", label: t.standardized, decimals: 3, ...lz },
      { key: "ci", label: t.ci },
      { key: "minItemTotal", label: t.minItemTotal, decimals: 2, ...lz },
    ],
    rows: rel.map((r) => {
      if (r.notComputable !== null) {
        return {
          cluster: r.label,
          timepoint: T.timepoints[r.timepoint],
          k: r.result.k,
          n: r.result.n,
          alpha: lang === "en" ? notComputableCell(r.notComputable) : `${T.notComputable} (${r.notComputable.reason})`,
          std: "–",
          ci: "–",
          minItemTotal: "–",
        };
      }
      let minItemTotal = Number.POSITIVE_INFINITY;
      for (const i of r.result.items) minItemTotal = Math.min(minItemTotal, i.correctedItemTotal ?? Number.POSITIVE_INFINITY);
      return {
        cluster: r.label,
        timepoint: T.timepoints[r.timepoint],
        k: r.result.k,
        n: r.result.n,
        alpha: r.result.alpha,
        std: r.result.standardizedAlpha,
        ci: S.ci(r.result.ci.lower, r.result.ci.upper, 2),
        minItemTotal,
      };
    }),
    note: t.note,
  };
}

/**
 * Item analysis of one cluster at one time point.
 * @example
 * const [werkplezierPre] = reliabilityByCluster(loadDataset());
 * itemAnalysisTable(werkplezierPre!).rows[0] // { item: "werkplezier_1_pre", mean: 4.02, rdrop: 0.813, drop: 0.738, … }
 */
export function itemAnalysisTable(r: ClusterReliability, lang: Lang = defaultLang()): TableSpec {
  const { T, S } = cells(lang);
  const t = T.items;
  const lz = S.leadingZero ? {} : { noLeadingZero: true };
  return {
    id: `table-items-${r.construct}-${r.timepoint}`,
    caption: `${t.caption}: ${r.label}, ${T.timepoints[r.timepoint]}`,
    columns: [
      { key: "item", label: "item" },
      { key: "mean", label: "M", decimals: 2 },
      { key: "variance", label: "s²", decimals: 3 },
      { key: "rdrop", label: t.rdrop, decimals: 3, ...lz },
      { key: "drop", label: t.drop, decimals: 3, ...lz },
    ],
    rows: r.result.items.map((it) => ({
      item: r.items[it.index] ?? String(it.index),
      mean: it.mean,
      variance: it.variance,
      rdrop: it.correctedItemTotal,
      drop: it.alphaIfDeleted,
    })),
    ...(r.notComputable !== null ? { note: `${t.none}: ${r.notComputable.text}.` } : {}),
  };
}

/**
 * Table 3 as the article prints it (pre, post, effect size), with tests and n.
 * @example
 * table3Table(table3(loadDataset())).rows[0]
 * // { label: "Werkplezier", pre: "3.99 (0.85)", post: "4.48 (0.76)", n: 51, t: "4.79 (50), < .001", dav: "0.61 [0.33, 0.88]", band: "high (> .6)", … }
 */
export function table3Table(rows: readonly Table3Row[], lang: Lang = defaultLang()): TableSpec {
  const { T, S, f2, ms, ci2, why, NOT_COMPUTABLE } = cells(lang);
  const t = T.table3;
  return {
    id: "table-3",
    caption: t.caption,
    columns: [
      { key: "label", label: "construct" },
      { key: "item", label: t.item },
      { key: "pre", label: t.pre },
      { key: "post", label: t.post },
      { key: "n", label: "n" },
      { key: "t", label: "t (df), p" },
      { key: "dav", label: t.dav },
      { key: "band", label: "Hattie" },
    ],
    rows: rows.map((r) => {
      const p = r.paired;
      const nc = r.notComputable ?? [];
      const dav = p?.effects.d_av;
      return {
        label: r.label,
        item: r.item ?? "",
        pre: r.pre === null ? "X" : (why(nc, ["mean and SD"], "pre") ?? ms(r.pre.mean, r.pre.sd)),
        post: why(nc, ["mean and SD"], "post") ?? ms(r.post.mean, r.post.sd),
        n: p?.n ?? r.post.n,
        t:
          p === null
            ? "X"
            : Number.isFinite(p.test.t)
              ? `${f2(p.test.t)} (${p.test.df}), ${S.p(p.test.pValue)}`
              : (why(nc, ["paired t-test"]) ?? NOT_COMPUTABLE),
        dav:
          p === null || dav === undefined
            ? "X"
            : Number.isFinite(dav.estimate)
              ? `${f2(dav.estimate)} ${ci2(dav.ci.lower, dav.ci.upper)}`
              : (why(nc, ["d_av"]) ?? NOT_COMPUTABLE),
        band: p === null || dav === undefined || !Number.isFinite(dav.estimate) ? "" : hattieBand(dav.estimate, lang),
      };
    }),
    note: t.note,
  };
}

/**
 * Every effect-size variant beside the published value, with the variants that round to it.
 * @example
 * effectVariantsTable(table3(loadDataset()), loadPublished()).rows.find((r) => r.label === "Waardering")
 * // { published: "0.25", dz: 0.333, dav: 0.251, drm: 0.251, … } (d_av and d_rm round to the printed 0.25, d_z does not)
 */
export function effectVariantsTable(rows: readonly Table3Row[], published: Published, lang: Lang = defaultLang()): TableSpec {
  const { T, S, numOr, why, NOT_COMPUTABLE } = cells(lang);
  const out: TableRow[] = [];
  for (const r of rows) {
    const p = r.paired;
    if (p === null) continue;
    const id = `table3.${r.construct}.effect-size`;
    const printed = published.has(id) ? published.get(id).text : "";
    const e = p.effects;
    const nc = r.notComputable ?? [];
    const cell = (v: "d_z" | "d_av" | "d_rm" | "g_z" | "g_av" | "g_rm"): number | string | null =>
      numOr(e[v].estimate, why(nc, [v]) ?? NOT_COMPUTABLE);
    out.push({
      label: r.label,
      published: printed,
      dz: cell("d_z"),
      dav: cell("d_av"),
      drm: cell("d_rm"),
      gz: cell("g_z"),
      gav: cell("g_av"),
      grm: cell("g_rm"),
      r: numOr(p.correlation),
    });
  }
  return {
    id: "table-effect-variants",
    caption: T.variants.caption,
    columns: [
      { key: "label", label: "construct" },
      { key: "published", label: T.printed },
      { key: "dz", label: "d_z", decimals: 3 },
      { key: "dav", label: "d_av", decimals: 3 },
      { key: "drm", label: "d_rm", decimals: 3 },
      { key: "gz", label: "g_z", decimals: 3 },
      { key: "gav", label: "g_av", decimals: 3 },
      { key: "grm", label: "g_rm", decimals: 3 },
      { key: "r", label: T.variants.r, decimals: 2, ...(S.leadingZero ? {} : { noLeadingZero: true }) },
    ],
    rows: out,
    note: T.variants.note,
  };
}

/**
 * The article's correlations.
 * @example
 * correlationTable(articleCorrelations(loadDataset())).rows[0]
 * // { pair: "werkplezier × autonomie", n: 51, r: 0.574, ci: "[0.35, 0.73]", t: "4.90 (49)", p: "< .001", rho: 0.525 }
 */
export function correlationTable(cs: readonly CorrelationResult[], lang: Lang = defaultLang()): TableSpec {
  const { T, S, f2, ci2, pText, numOr, why, NOT_COMPUTABLE } = cells(lang);
  const t = T.correlations;
  const lz = S.leadingZero ? {} : { noLeadingZero: true };
  return {
    id: "table-correlations",
    caption: t.caption,
    columns: [
      { key: "pair", label: t.pair },
      { key: "n", label: "N" },
      { key: "r", label: "r", decimals: 3, ...lz },
      { key: "ci", label: t.ci },
      { key: "t", label: "t (df)" },
      { key: "p", label: "p" },
      { key: "rho", label: "Spearman ρ", decimals: 3, ...lz },
    ],
    rows: cs.map((c) => {
      const nc = c.notComputable ?? [];
      if (!Number.isFinite(c.pearson.r)) {
        return {
          pair: `${c.x} × ${c.y}`,
          n: c.pearson.n,
          r: why(nc, ["Pearson's r"]) ?? NOT_COMPUTABLE,
          ci: "–",
          t: "–",
          p: "–",
          rho: numOr(c.spearman.rho, why(nc, ["Spearman's rho"]) ?? NOT_COMPUTABLE),
        };
      }
      return {
        pair: `${c.x} × ${c.y}`,
        n: c.pearson.n,
        r: c.pearson.r,
        ci: c.pearson.ci === null ? "–" : ci2(c.pearson.ci.lower, c.pearson.ci.upper),
        t: `${f2(c.pearson.t)} (${c.pearson.df})`,
        p: pText(c.pearson.pValue),
        rho: numOr(c.spearman.rho, why(nc, ["Spearman's rho"]) ?? NOT_COMPUTABLE),
      };
    }),
    note: t.note,
  };
}

/**
 * The focus groups: axial codes in narrative order with their open codes.
 * @example
 * focusGroupTable(summarizeFocusGroups(loadDataset())).caption
 * // "Focus groups: axial codes in the order of the narrative (2 groups, 6 participants, 28 fragments)"
 */
export function focusGroupTable(fg: FocusGroupSummary, lang: Lang = defaultLang()): TableSpec {
  const t = sentencesFor(lang).WORDS.tables.focusGroups;
  return {
    id: "table-focusgroups",
    caption: t.caption(fg.groups.length, fg.participants, fg.fragments),
    columns: [
      { key: "order", label: "#" },
      { key: "label", label: t.axial },
      { key: "fragments", label: t.fragments },
      { key: "groups", label: t.groups },
      { key: "open", label: t.open },
    ],
    rows: fg.axial.map((a) => ({
      order: a.order,
      label: lang === "en" ? `${a.label} (${a.labelEn})` : a.label,
      fragments: a.fragments,
      groups: a.groups.join(", "),
      open: a.openCodes.map((o) => `${o.code} (${o.fragments})`).join("; "),
    })),
  };
}

/**
 * Robustness of Table 3.
 * @example
 * robustnessTable(robustness(loadDataset(), { seed: 2023 })).rows[0]
 * // { label: "Werkplezier", n: 51, pT: "< .001", pHolm: "< .001", wilcoxon: "589.0, < .001 (normal)", … }
 */
export function robustnessTable(rb: Robustness, lang: Lang = defaultLang()): TableSpec {
  const { T, S, f3, ci2, pText, why, NOT_COMPUTABLE } = cells(lang);
  const t = T.robustness;
  return {
    id: "table-robustness",
    caption: t.caption,
    columns: [
      { key: "label", label: "construct" },
      { key: "n", label: "n" },
      { key: "pT", label: "p (t)" },
      { key: "pHolm", label: "p Holm" },
      { key: "pBH", label: "p BH" },
      { key: "wilcoxon", label: "Wilcoxon V, p" },
      { key: "perc", label: t.perc },
      { key: "bca", label: t.bca },
    ],
    rows: rb.rows.map((r) => {
      const nc = r.notComputable ?? [];
      const boot = why(nc, ["bootstrap of d_av"]);
      return {
        label: r.label,
        n: r.n,
        pT: Number.isFinite(r.pT) ? S.p(r.pT) : (why(nc, ["paired t-test"]) ?? NOT_COMPUTABLE),
        pHolm: pText(r.pHolm),
        pBH: pText(r.pBH),
        wilcoxon:
          Number.isFinite(r.wilcoxon.statistic) && Number.isFinite(r.wilcoxon.pValue)
            ? `${S.num(r.wilcoxon.statistic, 1)}, ${S.p(r.wilcoxon.pValue)} (${t.method[r.wilcoxon.method]})`
            : (why(nc, ["Wilcoxon signed-rank test"]) ?? NOT_COMPUTABLE),
        perc: boot ?? ci2(r.bootstrapDav.percentile.lower, r.bootstrapDav.percentile.upper),
        bca: boot ?? ci2(r.bootstrapDav.bca.lower, r.bootstrapDav.bca.upper),
      };
    }),
    note: t.note({
      replicates: rb.replicates,
      firstSeed: rb.seed,
      lastSeed: rb.seed + rb.rows.length - 1,
      tests: rb.rows.length,
      n: rb.minimumDetectable.n,
      mde: f3(rb.minimumDetectable.d),
      alpha: S.bounded(0.05, 2),
      partial: rb.rows.some((r) => !Number.isFinite(r.pT)),
    }),
  };
}

/**
 * The published-vs-reproduced scorecard (optionally of one notebook).
 * @example
 * const study = openStudy();
 * const t = scorecardTable(buildResults(study, analyse(study)), "05-correlations");
 * t.id // "table-scorecard-05-correlations"
 * t.rows.find((r) => r.id === "results.correlation.werkplezier-autonomie.r")
 * // { published: ",57", reproduced: 0.574, status: "matched-by-construction", … }
 */
export function scorecardTable(entries: readonly ResultEntry[], notebook?: string, lang: Lang = defaultLang()): TableSpec {
  const list = notebook === undefined ? entries : entries.filter((e) => e.notebook === notebook);
  const t = sentencesFor(lang).WORDS.tables.scorecard;
  const sep = numberStyle(lang).decimalSeparator;
  return {
    id: notebook === undefined ? "table-scorecard" : `table-scorecard-${notebook}`,
    caption: notebook === undefined ? t.caption : `${t.caption} (${notebook})`,
    columns: [
      { key: "id", label: "id" },
      { key: "label", label: t.what },
      { key: "published", label: t.printed },
      {
        key: "reproduced",
        label: t.reproduced,
        format: (x) => (Number.isInteger(x) ? String(x) : sep === "," ? x.toPrecision(6).replace(".", ",") : x.toPrecision(6)),
      },
      { key: "status", label: "status" },
      { key: "explanation", label: t.explanation },
    ],
    rows: list.map((e) => ({
      id: e.id,
      label: e.label,
      published: e.published,
      reproduced: e.reproduced,
      // English shows the status ids results.json uses; another language its own names for them.
      status: lang === "en" ? e.status : (sentencesFor(lang).WORDS.page.statuses[e.status] ?? e.status),
      explanation: e.explanation,
    })),
  };
}

/**
 * The audit's findings.
 * @example
 * const t = auditTable(auditArticle(loadPublished()), { verdict: "inconsistent" });
 * t.caption // "Audit of the article: inconsistent findings"
 * t.rows.every((r) => r.verdict === "inconsistent") // true
 */
export function auditTable(
  audit: ArticleAudit,
  options: { verdict?: "consistent" | "inconsistent" | "not-testable"; lang?: Lang } = {},
): TableSpec {
  const list = options.verdict === undefined ? audit.findings : audit.findings.filter((f) => f.verdict === options.verdict);
  const s = sentencesFor(options.lang ?? defaultLang());
  const t = s.WORDS.tables.audit;
  return {
    id: options.verdict === undefined ? "table-audit" : `table-audit-${options.verdict}`,
    caption: options.verdict === undefined ? t.caption : t.captionOf(t.verdicts[options.verdict]),
    columns: [
      { key: "check", label: t.check },
      { key: "ids", label: t.ids, wrap: "anywhere" },
      { key: "verdict", label: t.verdict },
      { key: "plain", label: t.plain },
    ],
    rows: list.map((f) => ({ check: s.CHECK_NAMES[f.check], ids: f.ids.join(", "), verdict: t.verdicts[f.verdict], plain: f.plain })),
  };
}

/**
 * The audit's inconsistent findings, most serious first (optionally of one severity): severity,
 * check, the printed quote and where it stands, the recomputation, and what would resolve it.
 * @example
 * const published = loadPublished();
 * const t = rankedAuditTable(auditArticle(published), published);
 * t.rows[0]?.severity // "1. Printed numbers that cannot be right"
 * rankedAuditTable(auditArticle(published), published, { severity: "wording" }).id // "table-audit-wording"
 */
export function rankedAuditTable(
  audit: ArticleAudit,
  published: Published,
  options: { readonly severity?: FindingSeverity; readonly rules?: AuditRuleSet; readonly lang?: Lang } = {},
): TableSpec {
  const facts = auditFactsOf(audit, published, options.rules);
  const { SEVERITY_NAMES, CHECK_NAMES, printedPlaceText, resolutionSentence, WORDS } = sentencesFor(options.lang ?? defaultLang());
  const t = WORDS.tables.ranked;
  const list = options.severity === undefined ? facts.ranked : facts.ranked.filter((r) => r.severity === options.severity);
  return {
    id: options.severity === undefined ? "table-audit-ranked" : `table-audit-${options.severity}`,
    caption:
      options.severity === undefined
        ? t.caption
        : `${t.captionPrefix}: ${SEVERITY_NAMES[options.severity].replace(/^\d+\.\s*/, "").toLowerCase()}`,
    columns: [
      { key: "severity", label: t.severity },
      { key: "check", label: t.check },
      { key: "printed", label: t.printed },
      { key: "recomputation", label: t.recomputation },
      { key: "resolve", label: t.resolve },
    ],
    rows: list.map((r) => ({
      severity: SEVERITY_NAMES[r.severity],
      check: CHECK_NAMES[r.check],
      printed: r.printed.map(printedPlaceText).join(" · "),
      recomputation: r.recomputation,
      resolve: resolutionSentence(r.check, r.severity),
    })),
  };
}
