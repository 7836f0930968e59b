/**
 * Every sentence of the report (and of the notebooks' generated Markdown) that states a result,
 * as functions of {@link Findings}: nothing the data decide is written by hand here, and a
 * translation replaces this one module. The functions return plain text; the caller escapes it.
 * @module views/sentences
 */
import { formatNumber } from "@behoud/stats";
import type { ResultStatus } from "../analysis/results.js";
import type { FindingCheck, FindingSeverity } from "@behoud/audit";
import type { ConstructFinding, DVariant, Findings, NotTestableKind, PrintedPlace, Table2TotalFinding } from "./findings.js";
import type { FigureFacts } from "./figures.js";
import { defaultLang, type Lang, type Widen } from "./lang.js";
import { SENTENCES_NL } from "./sentences-nl.js";

const n2 = (x: number): string => formatNumber(x, 2);
/** A correlation the APA way, without the leading zero. */
const r2 = (x: number): string => formatNumber(x, 2, { leadingZero: false });
const signed = (x: number, d = 2): string => (x > 0 ? `+${formatNumber(x, d)}` : formatNumber(x, d));
const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The page's title. */
function reportTitleEn(f: Findings): string {
  return f.mode === "shipped"
    ? "Professionele ontwikkeling als strategie om leraren te behouden — reproduction"
    : "Your data, analysed with the methods of “Professionele ontwikkeling als strategie om leraren te behouden”, compared with the article";
}

/** The line under the title. */
function reportSubtitleEn(): string {
  return "Koffeman, Van de Kuilen & Snoek (2023), Tijdschrift voor Lerarenopleiders 44(4)";
}

/** The banner's wording when the data say they are synthetic. */
function syntheticNoticeEn(f: Findings): string {
  return f.mode === "shipped"
    ? "Synthetic reconstruction: the respondent data behind this report are not the original survey responses, which are not public. They were generated to be consistent with the aggregates the article publishes (data/README.md). Real data in the same format run through the same pipeline unchanged."
    : "Synthetic data: the data package read says its data are synthetic. They are not the project's shipped reconstruction (their files differ), so no value below was matched by construction.";
}

/** The framing of a run on other data than the shipped ones. */
function ownStudyNoticeEn(f: Findings): string | null {
  if (f.mode === "shipped") return null;
  return `Your data (${plural(f.respondents, "respondent", "respondents")}), analysed with the article's methods and compared with the article: where a value differs, the report shows the article's value, yours and the difference.`;
}

/** The research questions, with an English gloss. */
function researchQuestionEn(k: 1 | 2, printed: string | null): string {
  const gloss = k === 1 ? "Which factors matter for keeping teachers?" : "What is the impact of the courses on those factors?";
  return printed === null ? `Question ${k}: ${gloss}` : `Question ${k}: “${printed}” (${gloss})`;
}

/** The answer to question 1 from Table 2 and the correlations. */
function answerQuestion1En(f: Findings): string[] {
  const out: string[] = [];
  if (f.topLabels.length > 0) {
    const labels = f.topLabels.map((t) => `${t.label} (${t.value}${t.printed === null ? "" : `; the article prints ${t.printed}`})`);
    out.push(
      `The labels mentioned most often in the open answers of ${plural(f.table2Respondents, "respondent", "respondents")} (both questions together): ${list(labels)}.`,
    );
  } else {
    out.push("The data hold no coded open answers.");
  }
  for (const c of f.correlations) out.push(correlationSentenceEn(c));
  return out;
}

/** One correlation. */
function correlationSentenceEn(c: Findings["correlations"][number]): string {
  const printed = c.r.printed === null ? "" : `; the article prints r = ${c.r.printed}`;
  return c.r.value === null
    ? `${c.x} with ${c.y}: not computable on these data${printed}.`
    : `${c.x} with ${c.y} after the course: r = ${r2(c.r.value)} (n = ${c.n})${printed}.`;
}

/** The answer to question 2 for one Table 3 construct. */
function constructSentenceEn(c: ConstructFinding): string {
  const printedPair =
    c.pre.printed !== null && c.post.printed !== null
      ? `the article prints ${c.pre.printed} → ${c.post.printed}${c.d.printed === null ? "" : `, d = ${c.d.printed}`}${c.printedSignificance === "not significant" ? " (not significant)" : ""}`
      : c.post.printed !== null
        ? `the article prints ${c.post.printed}`
        : "";
  if (c.pre.value === null || c.change === null) {
    const post = c.post.value === null ? "not computable" : n2(c.post.value);
    return `${c.label}: after the course ${post}${c.n === null ? " (measured after the course only)" : ""}${printedPair === "" ? "" : `; ${printedPair}`}.`;
  }
  const dir = c.direction === "up" ? "up" : c.direction === "down" ? "down" : "unchanged";
  const d = c.d.value === null ? "" : `, d_av = ${n2(c.d.value)}`;
  const p = c.pValue === null ? "" : c.significant === true ? ", p < .05" : ", not significant";
  return `${c.label}: ${n2(c.pre.value)} → ${n2(c.post.value ?? Number.NaN)}, ${dir} ${signed(c.change.value)} (95% CI ${n2(c.change.lower)} to ${n2(c.change.upper)}${d}${p}, n = ${c.n ?? 0})${printedPair === "" ? "" : `; ${printedPair}`}.`;
}

const STATUS_PHRASES: Readonly<Record<ResultStatus, (n: number) => string>> = {
  "matched-by-construction": (n) => `${n} matched by construction`,
  reproduced: (n) => `${n} reproduced at the printed precision`,
  "within-rounding": (n) => `${n} within one unit of the last printed digit`,
  "inconsistent-in-article": (n) => `${n} that cannot be right given the article's own numbers`,
  "not-reproduced": (n) => `${n} not reproduced`,
  "not-checkable": (n) => `${n} that data cannot check (labels, cited literature, design facts, thresholds)`,
};

const OWN_STATUS_PHRASES: Readonly<Record<ResultStatus, (n: number) => string>> = {
  ...STATUS_PHRASES,
  reproduced: (n) => `${n} the same as the article's at its printed precision`,
  "within-rounding": (n) => `${n} within one unit of the article's last printed digit`,
  "not-reproduced": (n) => `${n} that differ from the article's`,
};

/** The status counts in one sentence (the same counts as the scorecard and results.json). */
function statusSentenceEn(f: Findings): string {
  const phrases = f.mode === "shipped" ? STATUS_PHRASES : OWN_STATUS_PHRASES;
  const parts = (Object.keys(f.statusCounts) as ResultStatus[])
    .filter((s) => f.statusCounts[s] > 0)
    .map((s) => phrases[s](f.statusCounts[s]));
  return `Of the ${f.total} values the article prints: ${list(parts)}.`;
}

/** What "matched by construction" proves, and what not (shipped data only). */
function constructionSentenceEn(f: Findings): string | null {
  const n = f.statusCounts["matched-by-construction"];
  if (f.mode !== "shipped" || n === 0) return null;
  return `The ${plural(n, "value", "values")} matched by construction ${n === 1 ? "is one" : "are ones"} the synthetic data were fitted to (or that follow from such values): that the data give them proves that one dataset exists that gives all these numbers together with everything else the article prints, and that the pipeline computes them, but it proves nothing about the real responses.`;
}

/** The audit's counts, distinct from the scorecard's. */
function auditSentenceEn(f: Findings): string {
  const values = f.statusCounts["inconsistent-in-article"];
  return `The audit of the printed numbers alone made ${plural(f.audit.findings, "finding", "findings")}, ${f.audit.inconsistentFindings} of them inconsistent; these name ${plural(f.audit.valuesNamed, "printed value", "printed values")}, of which the scorecard marks ${values} "inconsistent in article" (the others are given by the data as printed, with the audit's note).`;
}

/** Which effect-size variant the printed effect sizes correspond to. */
function effectVariantSentenceEn(f: Findings): string {
  const all = f.variantsMatchingAll;
  if (all === null) return "No printed effect size can be compared with these data.";
  const n = f.constructs.filter((c) => c.matchingVariants !== null).length;
  const names: Record<DVariant, string> = {
    d_z: "d_z (over the SD of the differences)",
    d_av: "d_av (over the average of the pre and post SDs)",
    d_rm: "d_rm (corrected for the pre-post correlation)",
  };
  if (all.length > 0)
    return `On these data the ${plural(n, "printed effect size", "printed effect sizes")} correspond to ${list(all.map((v) => names[v]))}.`;
  const per = f.constructs
    .filter((c) => c.matchingVariants !== null)
    .map((c) => `${c.label}: ${(c.matchingVariants ?? []).length === 0 ? "none" : list(c.matchingVariants ?? [])}`);
  return `On these data no variant (d_z, d_av, d_rm) gives all ${n} printed effect sizes; the variants that round to each: ${per.join("; ")}.`;
}

/** Table 2's totals: the article's printed totals, its own cells' sums, and these data's. */
function table2TotalsSentenceEn(f: Findings): string {
  const column: Record<Table2TotalFinding["column"], string> = {
    self: "about oneself",
    teachers: "about teachers",
    total: "in all",
  };
  const wrong = f.table2Totals.filter((t) => t.printed !== null && Number(t.printed) !== t.printedCellSum);
  const article =
    wrong.length === 0
      ? "The article's printed totals equal the sums of its printed cells."
      : `The article prints ${list(wrong.map((t) => `${t.printed} ${column[t.column]}`))}; its own printed cells add up to ${list(wrong.map((t) => String(t.printedCellSum)))}.`;
  const data = `These data give ${list(f.table2Totals.map((t) => `${t.value} ${column[t.column]}`))}${f.table2Totals.some((t) => t.printed !== null && Number(t.printed) !== t.value) ? `, where the article prints ${list(f.table2Totals.map((t) => t.printed ?? "–"))}` : ", as the article prints"}.`;
  return `${article} ${data}`;
}

/** The sample. */
function sampleSentenceEn(f: Findings): string {
  const rounds = f.rounds.map((r) => `${r.n} in ${r.round}`);
  const n3 =
    f.table3N === null
      ? ""
      : f.table3N.min === f.table3N.max
        ? ` Table 3 rests on ${f.table3N.max} pairs.`
        : ` Table 3 rests on ${f.table3N.min} to ${f.table3N.max} pairs per row.`;
  return `${plural(f.respondents, "respondent", "respondents")} answered (${list(rounds)})${f.rows > f.respondents ? `, of ${f.rows} rows read` : ""}.${n3}`;
}

/** The robustness section's introduction. */
function robustnessSentenceEn(f: Findings): string {
  const mde =
    f.minimumDetectable === null
      ? ""
      : f.minimumDetectable.d === null
        ? `; with ${f.minimumDetectable.n} pairs the smallest detectable effect is not computable`
        : `, and the smallest effect (d_z) that ${f.minimumDetectable.n} pairs detect with 80% power at α = .05: ${n2(f.minimumDetectable.d)}`;
  return `Not in the article: Wilcoxon's signed-rank test, bootstrap intervals for d_av, Holm and Benjamini–Hochberg adjustment over the ${plural(f.pairedTests, "paired test", "paired tests")}${mde}.`;
}

/** A scorecard value that differs from the article, as a difference (own-study mode). */
function differenceTextEn(printed: string, value: number, difference: number): string {
  const d = Math.abs(difference) >= 0.01 || difference === 0 ? formatNumber(difference, 2) : difference.toPrecision(2);
  return `article ${printed}, yours ${Number.isInteger(value) ? String(value) : formatNumber(value, 3)}, difference ${difference > 0 && !d.startsWith("+") ? `+${d}` : d}`;
}

/** Display names of the statuses in own-study mode (a difference, not a failure). */
export const OWN_STUDY_STATUS_NAMES: Readonly<Partial<Record<ResultStatus, string>>> = {
  reproduced: "same as the article",
  "within-rounding": "within rounding of the article",
  "not-reproduced": "differs from the article",
};

/** The severities of the audit's findings as headings, most serious first (notebook 08 uses the same words). */
export const SEVERITY_NAMES: Readonly<Record<FindingSeverity, string>> = {
  "impossible-number": "1. Printed numbers that cannot be right",
  "changes-conclusion": "2. Reporting errors that change a conclusion",
  "reporting-slip": "3. Reporting slips",
  wording: "4. Wording issues",
};

/** The audit's checks by name. */
export const CHECK_NAMES: Readonly<Record<FindingCheck, string>> = {
  grim: "GRIM",
  grimmer: "GRIMMER, SD bounds and CLOSURE",
  closure: "CLOSURE",
  "p-value": "recomputed p-value",
  "paired-effect": "effect size against means and significance",
  "count-table": "table totals",
  "scale-bounds": "within the response scale",
  "same-quantity": "one quantity printed twice",
  sum: "parts and their total",
  "listed-count": "a count against a list",
  "subset-count": "a group against its answer's count",
  claim: "words against the numbers",
  reliability: "reliability statement",
};

/** What would settle a finding: what the authors would have to state or correct. */
function resolutionSentenceEn(check: FindingCheck, severity: FindingSeverity): string {
  const byCheck: Readonly<Record<FindingCheck, string>> = {
    grim: "State the number of respondents behind the mean, or correct the mean to one that this number allows.",
    grimmer: "Print the standard deviations.",
    closure: "Correct the mean, the lowest score or its count, or state the sample they refer to.",
    "p-value": "Print the p-value the test statistic gives (p < .001 instead of p = .000).",
    "paired-effect":
      "State which effect size was computed (d_z, d_av or d_rm), the test and its statistic (t, df, p), or correct the significance.",
    "count-table": "Recount the table from the coded answers and correct the cells or the totals.",
    "scale-bounds": "Correct the value or state the scale it is on.",
    "same-quantity": "Say whether the places report different quantities (another N, another item); otherwise correct one of them.",
    sum: "Correct the total or the parts.",
    "listed-count": "Correct the count or the list.",
    "subset-count": "Correct the count of the group or of its answer.",
    claim:
      severity === "changes-conclusion"
        ? "Describe the result with the words the article's own criterion gives, or state the criterion that supports the claim."
        : "Reword the sentence so that it agrees with the numbers.",
    reliability: "Print the reliability coefficients.",
  };
  return byCheck[check];
}

/** A printed place: the quote and where it stands. */
function printedPlaceTextEn(p: PrintedPlace): string {
  return `“${p.quote}” (${p.location === "" ? p.id : p.location})`;
}

/** One line for one kind of check that could not test anything. */
function notTestableLineEn(k: NotTestableKind): string {
  const values = plural(k.ids.length, "value", "values");
  if (k.kind === "no-check") return `No check applies (${values}): ${k.reason ?? "no reason recorded"}`;
  const why: Readonly<Partial<Record<FindingCheck, string>>> = {
    grim: "with this N, possible means lie closer together than the last printed digit (or the answers are not whole numbers), so every printed mean is possible",
    grimmer: "the article prints no standard deviation",
    reliability: "the article states a bound but prints no coefficient",
  };
  return `${CHECK_NAMES[k.kind]} (${values}): ${why[k.kind] ?? "the printed numbers leave nothing to test"}.`;
}

const percent = (share: number): string => `${formatNumber(share * 100, 0)}%`;

/**
 * What to see in a figure, computed from its caption facts (the numbers it draws); null for a
 * figure without facts (a diagram, or nothing to draw).
 * @example
 * const facts = { kind: "scatter", scatter: { xLabel: "Autonomie", yLabel: "Werkplezier", r: 0.574, n: 51, slope: 0.56, intercept: 2.3 } } as const;
 * figureFactsSentence(facts) // "r = .57 over 51 respondents: Werkplezier is 0.56 points higher per point of Autonomie on the drawn line."
 */
function figureFactsSentenceEn(facts: FigureFacts | undefined): string | null {
  if (facts === undefined) return null;
  switch (facts.kind) {
    case "pre-post": {
      const parts = facts.constructs.map((c) => {
        const ci =
          c.changeCi === null ? "" : ` (${formatNumber(c.changeCi.level * 100, 0)}% CI ${n2(c.changeCi.lower)} to ${n2(c.changeCi.upper)})`;
        const who =
          c.better === null || c.worse === null || c.n === 0
            ? ""
            : `; ${c.better.count} of ${c.n} changed favourably, ${c.worse.count} unfavourably`;
        return `${c.label} ${signed(c.meanChange)}${ci}${who}`;
      });
      return parts.length === 0 ? null : `Mean change after − before: ${parts.join("; ")}.`;
    }
    case "forest": {
      if (facts.effects.length === 0) return null;
      const excl = facts.effects.filter((e) => e.ciExcludesZero).map((e) => e.label);
      const banded = facts.effects.filter((e) => e.band !== null).map((e) => `${e.label} (${e.band?.label})`);
      return `Intervals that exclude zero: ${excl.length === 0 ? "none" : list(excl)}. At or above a threshold: ${banded.length === 0 ? "none" : list(banded)}.`;
    }
    case "likert": {
      if (facts.items.length === 0) return null;
      const sorted = [...facts.items].sort((a, b) => a.favourable.share - b.favourable.share);
      const low = sorted[0];
      const high = sorted[sorted.length - 1];
      if (low === undefined || high === undefined) return null;
      return `Answers on the favourable side of the scale range from ${percent(low.favourable.share)} (${low.label}${low.note === null ? "" : `, ${low.note}`}) to ${percent(high.favourable.share)} (${high.label}${high.note === null ? "" : `, ${high.note}`}).`;
    }
    case "scatter": {
      const s = facts.scatter;
      return `r = ${r2(s.r)} over ${plural(s.n, "respondent", "respondents")}: ${s.yLabel} is ${n2(s.slope)} points ${s.slope >= 0 ? "higher" : "lower"} per point of ${s.xLabel} on the drawn line.`;
    }
    case "table2": {
      const top = [...facts.labels].sort((a, b) => b.total - a.total).slice(0, 3);
      return top.length === 0
        ? null
        : `Most mentioned: ${list(top.map((t) => `${t.label} (${t.total})`))}; ${plural(facts.n, "respondent", "respondents")}.`;
    }
  }
}

/** Fixed words of the page (headings, links, captions) that a translation replaces. */
export const WORDS = {
  questionsHeading: "The article's questions, answered from these data",
  statusHeading: "How the printed numbers fare",
  seeAppendices: "Every printed value is listed in the appendices:",
  scorecardLink: "the scorecard",
  auditLink: "the audit of the article",
  scorecardTitle: "Scorecard: every published value",
  yoursColumn: "Yours",
  sections: {
    summary: "Summary: the answers",
    sample: "1. The sample and the design",
    table2: "2. The open answers (Table 2)",
    reliability: "3. Reliability",
    table3: "4. Before and after (Table 3)",
    correlations: "5. Correlations",
    focusgroups: "6. Focus groups and the balance model",
    robustness: "7. Robustness",
    audit: "Audit of the article",
    auditUntested: "Audit: what could not be tested, and what was consistent",
  },
  /** What each section does (methods, not results). */
  intros: {
    sample: "Table 1 of the article and the respondents' characteristics (notebook 01).",
    table2: "Labels given to the answers to the two open questions, counted per question (notebook 02).",
    reliability: "Cronbach's alpha of every cluster at both time points, with Feldt's interval (notebook 03).",
    table3:
      "Cluster means before (retrospective) and after the courses, paired t-tests and effect sizes, judged by Hattie's thresholds .4 and .6 (notebook 04).",
    correlations: "The two correlations the article reports, on the post scores (notebook 05).",
    focusgroups: "Open codes grouped into axial codes, in the order of the narrative, and the article's Fig. 1 (notebook 06).",
    robustness: "(notebook 07)",
    audit:
      "Checks on the published numbers alone, as a reviewer would run them (GRIM, recomputed p-values, effect-size variants against means and significance, table totals, repeated values) (notebook 08).",
    quality: "Files read through the codebook; every row is analysed or excluded with its reason.",
    auditRanked:
      "The findings that show something wrong, most serious first: a printed number that cannot be right; a reporting error that changes a conclusion (a claimed significance or effect-size band); a reporting slip that leaves the conclusions standing; a wording issue. Each gives the printed quote and where it stands, what the check recomputed, and what would resolve it.",
    auditUntested: "Checks that could not test anything, one line per kind:",
    auditConsistent: "Findings where the printed numbers hang together:",
  },
  captions: {
    "fig-table2": "Mentions per label and question, counted from the coded answers.",
    "fig-pre-post": "Cluster means before and after the courses, with 95% intervals.",
    "fig-forest": "Effect sizes d_av with 95% intervals and Hattie's thresholds.",
    "fig-likert": "Answers per item before and after the courses.",
    "fig-balance-model": "The article's Fig. 1, the balance model (a diagram, not data).",
    scatter: "Scores after the course, one point per respondent.",
  },
  /** The tables' captions, column headings and notes (views/tables). */
  tables: {
    notComputable: "not computable",
    withoutAnswer: (n: number): string => `; ${n} without any answer`,
    printed: "printed",
    timepoints: { pre: "pre", post: "post" },
    table1: {
      caption: "Table 1 of the article: research design",
      question: "sub-question",
      respondents: "respondents",
      all: (n: string): string => `all participants (N = ${n})`,
      groups: (a: string, b: string, n: string): string => `${a} + ${b} participants (n = ${n})`,
    },
    table2: {
      caption: (n: number): string => `Table 2 of the article: what teachers say is needed to keep them in education (N = ${n})`,
      self: "… to keep you",
      teachers: "… to keep teachers",
      total: "total",
      totalRow: "TOTAL",
    },
    table2Note: (threshold: number, self: number, teachers: number): string =>
      `Counts of labelled segments; a respondent has each label at most once per question. Labels mentioned ≤ ${threshold} times in total are counted under "Overig". Respondents with at least one label: ${self} (self), ${teachers} (teachers).`,
    sample: {
      caption: "The respondents",
      value: "Value",
      note: "M = mean, SD = sample standard deviation.",
      round: (round: string): string => `Respondents, round ${round}`,
      codebook: "codebook",
      both: "Respondents, both rounds (N)",
      experience: "Years of experience, M (SD)",
      fte: "Appointment in fte, M (SD)",
      sector: "Sector",
      course: "Course",
      development: "Development opportunities at the start (part 1), M (SD)",
      stay: "Intention to stay in education (part 1), M (SD)",
      answers: "answers",
    },
    reliability: {
      caption: "Cronbach's alpha per cluster",
      timepoint: "time point",
      standardized: "α (standardized)",
      ci: "95% CI (Feldt)",
      minItemTotal: "lowest corrected item-total r",
      note: "Listwise deletion per cluster and time point. The article takes .70 as the lower bound (Cortina, 1993).",
    },
    items: { caption: "Item analysis", rdrop: "corrected item-total r", drop: "α if item deleted", none: "No item analysis" },
    table3: {
      caption: "Table 3 of the article: results of the scale questions (five-point scale)",
      item: "item (as the article prints it)",
      pre: "before M (SD)",
      post: "after M (SD)",
      dav: "d_av [95% CI]",
      note: "Cluster scores are the mean of a cluster's items. Paired t-test of post − pre, two-sided. d_av = mean difference / mean of the pre and post SDs; CI from the noncentral t. X = not measured before the course.",
    },
    variants: {
      caption: "Which d did the article report? Every paired variant beside the printed value",
      r: "r (pre, post)",
      note: "d_z = M_diff / SD_diff; d_av = M_diff / ((SD_pre + SD_post)/2); d_rm = d_z·√(2(1 − r)); g = Hedges' exact small-sample correction J(n − 1) times d (Lakens, 2013).",
    },
    correlations: {
      caption: "Correlations between cluster scores (post)",
      pair: "pair",
      ci: "95% CI (Fisher z)",
      note: "Pairwise complete cases; two-sided tests.",
    },
    focusGroups: {
      caption: (groups: number, participants: number, fragments: number): string =>
        `Focus groups: axial codes in the order of the narrative (${groups} groups, ${participants} participants, ${fragments} fragments)`,
      axial: "axial code",
      fragments: "fragments",
      groups: "groups",
      open: "open codes (fragments)",
    },
    robustness: {
      caption: "Robustness: Wilcoxon signed-rank test, bootstrap intervals for d_av, adjusted p-values",
      perc: "d_av percentile CI",
      bca: "d_av BCa CI",
      method: { exact: "exact", normal: "normal" },
      note: (a: RobustnessNoteFacts): string =>
        `Bootstrap: ${a.replicates} resamples of respondents per construct, seeds ${a.firstSeed} to ${a.lastSeed}. Wilcoxon: ranks of |differences| at 7 significant digits. Holm and Benjamini–Hochberg over the ${a.tests} paired tests. Smallest d_z detectable with 80% power at α = ${a.alpha} with n = ${a.n}: ${a.mde}.${a.partial ? " Holm and Benjamini–Hochberg run over the tests that could be computed." : ""}`,
    },
    scorecard: {
      caption: "Published and reproduced values",
      what: "what",
      printed: "printed",
      reproduced: "reproduced",
      explanation: "explanation",
    },
    audit: {
      caption: "Audit of the article: every finding",
      captionOf: (verdict: string): string => `Audit of the article: ${verdict} findings`,
      check: "check",
      ids: "published values",
      verdict: "verdict",
      plain: "in plain words",
      verdicts: { consistent: "consistent", inconsistent: "inconsistent", "not-testable": "not testable" },
    },
    ranked: {
      caption: "Audit of the article: findings, most serious first",
      captionPrefix: "Audit of the article",
      severity: "severity",
      check: "check",
      printed: "printed (quote and place)",
      recomputation: "recomputation",
      resolve: "what would resolve it",
    },
  },
  /** The notebooks' generated lines (notebook/show). */
  notebook: {
    check: (label: string, byHand: string, library: string, tolerance: string): string =>
      `✓ ${label}: by hand ${byHand} = library ${library} (relative tolerance ${tolerance})`,
    notComputable: (label: string, reason: string): string => `${label}: not computable (${reason})`,
    notComputableNaN: (label: string, byHand: string): string =>
      `${label}: not computable by the library on these data (NaN); by hand ${byHand}`,
    syntheticBanner: (rows: number): string =>
      `> **Synthetic reconstruction.** These ${rows} respondents are not the original survey responses, which are not public: they were generated to be consistent with the aggregates the article publishes (see \`data/README.md\`). Real data in the same format run through the same notebooks unchanged.`,
    dataBanner: (rows: number, folder: string): string =>
      `> Data: ${rows} respondents read from ${folder}; the codebook does not mark them synthetic.`,
  },
  /** The data-quality section (views/quality). */
  quality: {
    more: (n: number): string => `… and ${n.toLocaleString("en-US")} more (npm run validate lists them all)`,
    accountingCaption: "Every row read: analysed or excluded",
    resource: "resource",
    file: "file",
    read: "rows read",
    analysed: "analysed",
    excluded: "excluded (reason)",
    row: "row",
    noWarnings: "No warnings.",
    warnings: "Warnings",
    noPersonalData: (fields: number): string =>
      `No e-mail addresses, phone numbers, postcodes or URLs were found in the ${fields} free-text fields.`,
    personalData: (n: number, kinds: readonly string[]): string =>
      `${n} possible personal data in free text (${kinds.join(", ")}); those texts are not published unless --publish-flagged-text is given.`,
    kSummary: (a: KSummaryFacts): string =>
      `k = ${a.k} over ${a.quasiIdentifiers.join(", ")}: ${a.groups} combinations among ${a.n} rows; ${a.unique} single out one respondent, ${a.below} have fewer than ${a.threshold} (${a.atRisk} respondents).`,
    privacyCaption: "Privacy: free text and k-anonymity",
    check: "check",
    result: "result",
    scanned: "free-text fields scanned",
    found: "possible personal data found",
    quasiIdentifiers: "quasi-identifiers",
    generalisation: "generalisation",
    none: "none",
    bins: (
      bins: Readonly<Record<string, { readonly width: number; readonly origin?: number } | { readonly breaks: readonly number[] }>>,
    ): string =>
      Object.entries(bins)
        .map(([f, b]) =>
          "width" in b ? `${f} in bins of width ${b.width} from ${b.origin ?? 0}` : `${f} in bins with breaks at ${b.breaks.join(", ")}`,
        )
        .join("; "),
    smallest: "k (smallest group)",
    unique: "respondents unique on the quasi-identifiers",
    of: (a: number, b: number): string => `${a} of ${b}`,
    below: (k: number): string => `respondents in groups below k = ${k}`,
  },
  /** The colophon's keys and fixed values (views/colophon). */
  colophon: {
    data: "data",
    synthetic: "synthetic reconstruction consistent with the published aggregates (not the original responses)",
    supplied: "as supplied (the codebook does not mark them synthetic)",
    runtime: "runtime",
    kernel: "kernel",
    commit: "commit",
    noGit: "unknown (not a git checkout)",
    uncommitted: " (with uncommitted changes)",
    storedCommit: "the commit that holds this notebook",
  },
  /** The page's fixed words (report/html labels) and the report's own notes (pipeline/report-input). */
  page: {
    contents: "Contents",
    dataQuality: "Data quality",
    colophon: "Colophon",
    syntheticData: "Synthetic data",
    figure: "Figure",
    table: "Table",
    appendices: "Appendices",
    reproducedColumn: "Reproduced",
    noSection: "Other values",
    statuses: {
      "matched-by-construction": "matched by construction",
      reproduced: "reproduced",
      "within-rounding": "within rounding",
      "inconsistent-in-article": "inconsistent in article",
      "not-reproduced": "not reproduced",
      "not-checkable": "not checkable",
    },
    scorecardColumns: {
      value: "Value",
      printed: "Printed",
      quote: "Quote and place",
      status: "Status",
      explanation: "Explanation",
      notebook: "Notebook",
    },
    filterLegend: "Show values with status",
    valueCount: (n: number): string => `${n} ${n === 1 ? "value" : "values"}`,
    shownTemplate: "{shown} of {total} values shown",
    noPlotly: "The figures are not drawn: this page was made without the plotly.js source.",
    bootstrapCap: (maxDraws: number, replicates: number): string =>
      `The bootstrap is run only up to ${maxDraws.toLocaleString("en-US")} resampled cases per construct (respondents × ${replicates} resamples); above that the noncentral-t interval of Table 3 stands in for it.`,
    undefinedWarnings: (n: number): string =>
      `The data leave some statistics undefined (${n} warning${n === 1 ? "" : "s"} of the validator):`,
    notComputableList: (n: number): string =>
      `${n} statistic${n === 1 ? " is" : "s are"} shown as "not computable" in the tables below, and the published values resting on them as not reproduced:`,
  },
} as const;

/** The numbers of the privacy summary sentence. */
export interface KSummaryFacts {
  readonly k: number;
  readonly quasiIdentifiers: readonly string[];
  readonly groups: number;
  readonly n: number;
  readonly unique: number;
  readonly below: number;
  readonly threshold: number;
  readonly atRisk: number;
}

/** The numbers of the robustness table's note. */
export interface RobustnessNoteFacts {
  readonly replicates: number;
  readonly firstSeed: number;
  readonly lastSeed: number;
  readonly tests: number;
  readonly n: number;
  /** The smallest detectable d_z, formatted. */
  readonly mde: string;
  /** The significance level, formatted. */
  readonly alpha: string;
  /** Whether some tests could not be computed. */
  readonly partial: boolean;
}

/** The English sentences and words of the report, as one object. */
export const SENTENCES_EN = {
  lang: "en",
  reportTitle: reportTitleEn,
  reportSubtitle: reportSubtitleEn,
  syntheticNotice: syntheticNoticeEn,
  ownStudyNotice: ownStudyNoticeEn,
  researchQuestion: researchQuestionEn,
  answerQuestion1: answerQuestion1En,
  correlationSentence: correlationSentenceEn,
  constructSentence: constructSentenceEn,
  statusSentence: statusSentenceEn,
  constructionSentence: constructionSentenceEn,
  auditSentence: auditSentenceEn,
  effectVariantSentence: effectVariantSentenceEn,
  table2TotalsSentence: table2TotalsSentenceEn,
  sampleSentence: sampleSentenceEn,
  robustnessSentence: robustnessSentenceEn,
  differenceText: differenceTextEn,
  OWN_STUDY_STATUS_NAMES,
  SEVERITY_NAMES,
  CHECK_NAMES,
  resolutionSentence: resolutionSentenceEn,
  printedPlaceText: printedPlaceTextEn,
  notTestableLine: notTestableLineEn,
  figureFactsSentence: figureFactsSentenceEn,
  WORDS,
} as const;

/** Every sentence and fixed word of the report in one language (English: {@link SENTENCES_EN}; Dutch: views/sentences-nl). */
export type Sentences = Omit<Widen<typeof SENTENCES_EN>, "lang"> & { readonly lang: Lang };

/**
 * The report's sentences in a language.
 * @example sentencesFor("nl").WORDS.sections.table3 // "4. Voor en na (Tabel 3)"
 */
export function sentencesFor(lang: Lang): Sentences {
  return lang === "nl" ? SENTENCES_NL : SENTENCES_EN;
}

// The sentences under their own names speak the library's default language (views/lang
// `defaultLang()`: English unless BEHOUD_LANG says otherwise), so a notebook run with
// `npm run reproduce -- --lang nl` prints them in Dutch without a line of notebook code.

/** The sentences' functions, by name. */
type SentenceFunction = {
  [K in keyof Sentences]: Sentences[K] extends (...args: never[]) => unknown ? K : never;
}[keyof Sentences];

/** {@link Sentences}' function `name`, looked up in the default language when called. */
function inDefaultLang<K extends SentenceFunction>(name: K): Sentences[K] {
  const call = (...args: unknown[]): unknown => (sentencesFor(defaultLang())[name] as (...a: unknown[]) => unknown)(...args);
  return call as Sentences[K];
}

export const reportTitle = inDefaultLang("reportTitle");
export const reportSubtitle = inDefaultLang("reportSubtitle");
export const syntheticNotice = inDefaultLang("syntheticNotice");
export const ownStudyNotice = inDefaultLang("ownStudyNotice");
export const researchQuestion = inDefaultLang("researchQuestion");
export const answerQuestion1 = inDefaultLang("answerQuestion1");
export const correlationSentence = inDefaultLang("correlationSentence");
export const constructSentence = inDefaultLang("constructSentence");
export const statusSentence = inDefaultLang("statusSentence");
export const constructionSentence = inDefaultLang("constructionSentence");
export const auditSentence = inDefaultLang("auditSentence");
export const effectVariantSentence = inDefaultLang("effectVariantSentence");
export const table2TotalsSentence = inDefaultLang("table2TotalsSentence");
export const sampleSentence = inDefaultLang("sampleSentence");
export const robustnessSentence = inDefaultLang("robustnessSentence");
export const differenceText = inDefaultLang("differenceText");
export const resolutionSentence = inDefaultLang("resolutionSentence");
export const printedPlaceText = inDefaultLang("printedPlaceText");
export const notTestableLine = inDefaultLang("notTestableLine");
export const figureFactsSentence = inDefaultLang("figureFactsSentence");
