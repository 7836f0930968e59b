/**
 * The findings of a run as plain data: every number and claim that the report's and the
 * notebooks' sentences state, computed from the analyses, the scorecard and the audit. The
 * sentences (views/sentences) are rendered from this object alone, so a test can compare what
 * the text says with results.json.
 * @module views/findings
 */
import type { AuditRuleSet, FindingCheck, FindingSeverity, Published } from "@behoud/audit";
import { rankArticleFindings, type ArticleAudit } from "../analysis/audit-article.js";
import { roundsTo } from "../analysis/published.js";
import { printedLocation, type Analyses, type ResultEntry, type ResultStatus } from "../analysis/results.js";
import type { Robustness } from "../analysis/robustness.js";
import type { Study } from "../analysis/study.js";
import { SCORECARD_STATUSES } from "../report/html.js";

/** The paired effect-size variants compared with the printed effect sizes. */
export const D_VARIANTS = ["d_z", "d_av", "d_rm"] as const;
/** One of {@link D_VARIANTS}. */
export type DVariant = (typeof D_VARIANTS)[number];

/** A printed value and the one the data give. */
export interface Compared {
  /** As printed, or null when the article prints none. */
  readonly printed: string | null;
  /** From the data, or null when not computable. */
  readonly value: number | null;
}

/** The before/after answer of one Table 3 construct. */
export interface ConstructFinding {
  readonly construct: string;
  readonly label: string;
  /** Complete pairs (null: measured after the course only). */
  readonly n: number | null;
  readonly pre: Compared;
  readonly post: Compared;
  /** Mean difference post − pre and its 95 % CI (null when not computable or post-only). */
  readonly change: { readonly value: number; readonly lower: number; readonly upper: number } | null;
  /** "up", "down" or "none" (a change of exactly 0); null when there is no change. */
  readonly direction: "up" | "down" | "none" | null;
  /** Cohen's d_av and the printed effect size. */
  readonly d: Compared;
  readonly pValue: number | null;
  readonly significant: boolean | null;
  /** What the article prints about significance: "significant", "not significant", or null (post-only). */
  readonly printedSignificance: "significant" | "not significant" | null;
  /** The variants that round to the printed effect size (null when none is printed or not computable). */
  readonly matchingVariants: readonly DVariant[] | null;
}

/** What the data and the article say about the totals of Table 2, per column. */
export interface Table2TotalFinding {
  readonly column: "self" | "teachers" | "total";
  readonly printed: string | null;
  /** The sum of the article's own printed cells of the column. */
  readonly printedCellSum: number;
  /** The total the data give. */
  readonly value: number;
}

/** Everything the report's sentences state. */
export interface Findings {
  /** "shipped": the project's synthetic data, unchanged; "own": any other data. */
  readonly mode: "shipped" | "own";
  /** Whether the data say they are synthetic. */
  readonly synthetic: boolean;
  readonly rows: number;
  /** Respondents with at least one answer. */
  readonly respondents: number;
  readonly rounds: readonly { readonly round: string; readonly n: number }[];
  /** The smallest and largest N of Table 3's rows (null when no row has data). */
  readonly table3N: { readonly min: number; readonly max: number } | null;
  readonly constructs: readonly ConstructFinding[];
  /** Variants that match every printed effect size (empty: none does; null: nothing to compare). */
  readonly variantsMatchingAll: readonly DVariant[] | null;
  readonly correlations: readonly {
    readonly x: string;
    readonly y: string;
    readonly r: Compared;
    readonly n: number;
  }[];
  /** Table 2's labels by mentions, most first (at most three), with the printed total. */
  readonly topLabels: readonly { readonly label: string; readonly value: number; readonly printed: string | null }[];
  readonly table2Respondents: number;
  readonly table2Totals: readonly Table2TotalFinding[];
  /** Published values per status, in the report's order of statuses; `total` is their sum. */
  readonly statusCounts: Readonly<Record<ResultStatus, number>>;
  readonly total: number;
  /** Values the reconstruction was fitted to (whatever the data). */
  readonly targets: number;
  readonly audit: {
    readonly findings: number;
    readonly inconsistentFindings: number;
    /** Distinct published values that inconsistent findings name. */
    readonly valuesNamed: number;
  };
  readonly minimumDetectable: { readonly n: number; readonly d: number | null } | null;
  /** Robustness: the paired tests adjusted for multiple testing. */
  readonly pairedTests: number;
}

function finite(x: number | undefined | null): number | null {
  return x !== undefined && x !== null && Number.isFinite(x) ? x : null;
}

/**
 * Computes the findings of a run.
 * @example
 * const study = openStudy();
 * const a = analyse(study);
 * const audit = auditArticle(study.published);
 * const f = findingsOf({ study, analyses: a, audit, results: buildResults(study, a, audit) });
 * f.mode // "shipped"
 * f.variantsMatchingAll // ["d_av"]
 */
export function findingsOf(parts: {
  readonly study: Study;
  readonly analyses: Analyses;
  readonly audit: ArticleAudit;
  readonly results: readonly ResultEntry[];
  readonly robustness?: Robustness;
}): Findings {
  const { study, analyses: a, audit, results } = parts;
  const pub = study.published;
  const text = (id: string): string | null => (pub.has(id) ? pub.get(id).text : null);
  const constructs: ConstructFinding[] = a.table3.map((row) => {
    const e = row.paired?.effects;
    const printedD = text(`table3.${row.construct}.effect-size`);
    const printedDNumber = printedD !== null && pub.get(`table3.${row.construct}.effect-size`).value !== null ? printedD : null;
    const sigId = `table3.${row.construct}.significance`;
    const change = row.paired?.test;
    const changeValue = finite(change?.meanDifference);
    return {
      construct: row.construct,
      label: row.label,
      n: row.paired?.n ?? null,
      pre: { printed: text(`table3.${row.construct}.pre`), value: finite(row.pre?.mean) },
      post: { printed: text(`table3.${row.construct}.post`), value: finite(row.post.mean) },
      change:
        change !== undefined && changeValue !== null && Number.isFinite(change.ci.lower) && Number.isFinite(change.ci.upper)
          ? { value: changeValue, lower: change.ci.lower, upper: change.ci.upper }
          : null,
      direction: changeValue === null ? null : changeValue > 0 ? "up" : changeValue < 0 ? "down" : "none",
      d: { printed: printedDNumber, value: finite(e?.d_av.estimate) },
      pValue: finite(change?.pValue),
      significant: finite(change?.pValue) === null ? null : (change?.pValue ?? 1) < 0.05,
      printedSignificance: pub.has(sigId) ? (pub.get(sigId).value === null ? "not significant" : "significant") : null,
      matchingVariants:
        e === undefined || printedDNumber === null || !Number.isFinite(e.d_av.estimate)
          ? null
          : D_VARIANTS.filter((k) => roundsTo(e[k].estimate, printedDNumber)),
    };
  });
  const compared = constructs.filter((c) => c.matchingVariants !== null);
  const variantsMatchingAll =
    compared.length === 0 ? null : D_VARIANTS.filter((k) => compared.every((c) => c.matchingVariants?.includes(k) === true));
  const ns = a.table3.map((r) => r.paired?.n ?? r.post.n).filter((n) => n > 0);
  const statusCounts = Object.fromEntries(SCORECARD_STATUSES.map((s) => [s, 0])) as Record<ResultStatus, number>;
  for (const r of results) statusCounts[r.status] += 1;
  const inconsistent = audit.findings.filter((f) => f.verdict === "inconsistent");
  const named = new Set(inconsistent.flatMap((f) => f.affects));
  // The residual row "Overig" is no label of its own.
  const entries = a.table2.rows.filter((r) => r.total > 0);
  const top = [...entries].sort((x, y) => y.total - x.total || x.label.localeCompare(y.label)).slice(0, 3);
  const cellSum = (column: "self" | "teachers" | "total"): number => {
    let sum = 0;
    for (const code of [...a.table2.rows.map((r) => r.code), "overig"]) {
      const id = `table2.${code}.${column}`;
      if (pub.has(id)) sum += pub.get(id).value ?? 0;
    }
    return sum;
  };
  const rb = parts.robustness;
  const labelOf = (name: string): string =>
    a.table3.find((r) => r.construct === name || `${r.construct}_post` === name)?.label ?? name.replace(/_post$/, "");
  return {
    mode: study.shippedData ? "shipped" : "own",
    synthetic: study.synthetic,
    rows: a.sample.n,
    respondents: a.sample.nAnswered,
    rounds: a.sample.rounds.map((r) => ({ round: r.round, n: r.nAnswered })),
    table3N: ns.length === 0 ? null : { min: Math.min(...ns), max: Math.max(...ns) },
    constructs,
    variantsMatchingAll,
    correlations: a.correlations.map((c) => ({
      x: labelOf(c.x),
      y: labelOf(c.y),
      r: { printed: text(`results.correlation.${c.x.replace(/_post$/, "")}-${c.y.replace(/_post$/, "")}.r`), value: finite(c.pearson.r) },
      n: c.pearson.n,
    })),
    topLabels: top.map((r) => ({ label: r.label, value: r.total, printed: text(`table2.${r.code}.total`) })),
    table2Respondents: a.table2.n,
    table2Totals: (["self", "teachers", "total"] as const).map((column) => ({
      column,
      printed: text(`table2.totaal.${column}`),
      printedCellSum: cellSum(column),
      value: a.table2.totals[column],
    })),
    statusCounts,
    total: results.length,
    targets: results.filter((r) => r.reconstructionTarget !== null).length,
    audit: { findings: audit.findings.length, inconsistentFindings: inconsistent.length, valuesNamed: named.size },
    minimumDetectable: rb === undefined ? null : { n: rb.minimumDetectable.n, d: finite(rb.minimumDetectable.d) },
    pairedTests: rb?.rows.length ?? 0,
  };
}

/** A place where the article prints a value a finding concerns. */
export interface PrintedPlace {
  readonly id: string;
  /** The value as printed. */
  readonly text: string;
  /** The sentence or table cell, as printed. */
  readonly quote: string;
  /** Section, table, row and column. */
  readonly location: string;
}

/** An inconsistent finding of the audit, with its severity and where the article prints what it concerns. */
export interface RankedAuditFinding {
  readonly key: string;
  readonly check: FindingCheck;
  readonly severity: FindingSeverity;
  /** The places the finding concerns (the values it proves wrong, else its values without the thresholds), one per distinct quote. */
  readonly printed: readonly PrintedPlace[];
  /** What the check computed from the printed numbers (the finding's reason). */
  readonly recomputation: string;
  /** The finding for a reader who is not a statistician. */
  readonly plain: string;
}

/** One kind of check that could not test anything: a check whose findings were all "not testable", or a reason no check applies. */
export interface NotTestableKind {
  /** The check, or "no-check" for values no check applies to. */
  readonly kind: FindingCheck | "no-check";
  /** For "no-check": why (the rule set's reason); null for a check. */
  readonly reason: string | null;
  /** The published values concerned, in the order of the published values' first mention. */
  readonly ids: readonly string[];
  /** How many findings of the check (0 for "no-check"). */
  readonly findings: number;
}

/** The audit appendix's facts: the ranked findings and the summary of what could not be tested. */
export interface AuditFacts {
  readonly ranked: readonly RankedAuditFinding[];
  readonly notTestable: readonly NotTestableKind[];
  /** Findings that found the printed numbers consistent. */
  readonly consistent: number;
}

/**
 * The audit as a reviewer reads it: inconsistent findings most serious first, each with the
 * printed places it concerns; and the checks that could not test anything, one entry per kind.
 * @example
 * const published = loadPublished();
 * const facts = auditFactsOf(auditArticle(published), published);
 * facts.ranked.map((r) => r.severity)[0] // "impossible-number"
 * facts.notTestable.map((k) => k.kind)[0] // "grim"
 */
export function auditFactsOf(audit: ArticleAudit, published: Published, rules?: AuditRuleSet): AuditFacts {
  const place = (id: string): PrintedPlace | null => {
    if (!published.has(id)) return null;
    const v = published.get(id);
    return { id, text: v.text, quote: v.quote, location: printedLocation(v) };
  };
  const ranked = (rules === undefined ? rankArticleFindings(audit) : rankArticleFindings(audit, rules)).map(({ finding, severity }) => {
    const places = (finding.affects.length > 0 ? finding.affects : finding.ids).map(place).filter((x): x is PrintedPlace => x !== null);
    const wanted = finding.affects.length > 0 ? places : places.filter((x) => published.get(x.id).kind !== "threshold");
    const seen = new Set<string>();
    const printed = (wanted.length > 0 ? wanted : places).filter((x) => {
      if (seen.has(x.quote)) return false;
      seen.add(x.quote);
      return true;
    });
    return { key: finding.key, check: finding.check, severity, printed, recomputation: finding.reason, plain: finding.plain };
  });
  const kinds = new Map<string, { kind: FindingCheck | "no-check"; reason: string | null; ids: Set<string>; findings: number }>();
  for (const f of audit.findings) {
    if (f.verdict !== "not-testable") continue;
    const k = kinds.get(f.check) ?? { kind: f.check, reason: null, ids: new Set<string>(), findings: 0 };
    for (const id of f.ids) k.ids.add(id);
    k.findings += 1;
    kinds.set(f.check, k);
  }
  for (const n of audit.notTestable) {
    const key = `no-check:${n.reason}`;
    const k = kinds.get(key) ?? { kind: "no-check" as const, reason: n.reason, ids: new Set<string>(), findings: 0 };
    k.ids.add(n.id);
    kinds.set(key, k);
  }
  return {
    ranked,
    notTestable: [...kinds.values()].map((k) => ({ kind: k.kind, reason: k.reason, ids: [...k.ids], findings: k.findings })),
    consistent: audit.findings.filter((f) => f.verdict === "consistent").length,
  };
}
