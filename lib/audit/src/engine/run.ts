/**
 * The rule engine: every consistency check of the audit run over a collection of published
 * values, directed by a rule set given as data ({@link AuditRuleSet}).
 *
 * @module audit/engine/run
 */
import { StatsError, tQuantile } from "@behoud/stats";
import { checkClosure } from "../closure.js";
import { checkCountTable, type CountTableDetails, type CountTableReport } from "../count-table.js";
import { checkGrim } from "../grim.js";
import { checkPairedEffectSize, type PairedEffectDetails } from "../paired.js";
import { intervalToNumbers, roundingInterval } from "../reported.js";
import type { AuditResult } from "../result.js";
import { checkSameQuantity, type SameQuantityDetails } from "../same-quantity.js";
import { checkPValue } from "../statcheck.js";
import { createFinding, type Finding, type FindingSpec } from "./finding.js";
import type { Published, PublishedValue } from "./published.js";
import {
  fillTemplate,
  meetsThreshold,
  validateRuleSet,
  type AuditRuleSet,
  type CountTableRule,
  type MinimumMeanClaimRule,
  type PairedRowRule,
} from "./rules.js";
import { EXPLAIN, type ExplainCatalogue } from "./explain/catalogue.js";
import type { EffectSizeBand } from "./explain/claim.js";
import { isLang, ruleText, type Lang } from "./lang.js";

/** Result of {@link runAudit}. */
export interface AuditReport {
  /** Every finding, in a fixed order (means, repeated numbers, sums and counts, count table, correlations, paired table, claims). */
  readonly findings: readonly Finding[];
  /** Ids covered by at least one finding, in the order of the published values. */
  readonly checkedIds: readonly string[];
  /** Ids no check applies to, with the reason, in the order of the published values. */
  readonly notTestable: readonly { readonly id: string; readonly reason: string }[];
}

interface Ctx {
  readonly values: readonly PublishedValue[];
  readonly byId: ReadonlyMap<string, PublishedValue>;
  readonly rules: AuditRuleSet;
  readonly n: number;
  readonly scale: { readonly min: number; readonly max: number } | null;
  readonly findings: Finding[];
  readonly lang: Lang;
  /** The texts of the language. */
  readonly cat: ExplainCatalogue;
}

/** Options of {@link runAudit}. */
export interface AuditOptions {
  /** Language of every text of the findings: "en" (default) or "nl" (Dutch, with the decimal comma). */
  readonly lang?: Lang;
}

const SAME_QUANTITY_KINDS = new Set(["n", "count", "duration", "scale-points", "label"]);

function numberOf(e: PublishedValue | undefined): number | null {
  return e !== undefined && typeof e.value === "number" && Number.isFinite(e.value) ? e.value : null;
}

/** Printed with digits (not words, "X" or "-"), so its precision is known. */
function isPrintedNumber(e: PublishedValue | undefined): e is PublishedValue {
  return e !== undefined && numberOf(e) !== null && typeof e.decimals === "number" && /\d/.test(e.text);
}

function add(ctx: Ctx, spec: Omit<FindingSpec, "known">): void {
  ctx.findings.push(createFinding({ ...spec, known: (id) => ctx.byId.has(id) }));
}

function get(ctx: Pick<Ctx, "byId">, id: string | undefined): PublishedValue | undefined {
  return id === undefined ? undefined : ctx.byId.get(id);
}

function scaleText(ctx: Ctx): string {
  return ctx.scale === null ? ctx.cat.words.boundedScale : `${ctx.scale.min}–${ctx.scale.max}`;
}

function constructName(ctx: Ctx, construct: string): string {
  const names = ctx.lang === "en" ? ctx.rules.constructNames : ctx.rules.constructNames_nl;
  return names?.[construct] ?? construct;
}

/** A rule's own wording of a text field in the audit's language (see {@link ruleText}). */
function text<K extends string>(
  ctx: Ctx,
  rule: { readonly [P in K]: string } & { readonly [P in `${K}_nl`]?: string | undefined },
  field: K,
  path: string,
): string {
  return ruleText(rule, field, ctx.lang, path);
}

/** The name of the paired table in the audit's language, or null when the rule set gives none. */
function pairedTableName(ctx: Ctx): string | null {
  const t = ctx.rules.pairedTable;
  return t === undefined ? null : text(ctx, t, "name", "pairedTable");
}

/** The name of the count table in the audit's language. */
function countTableName(ctx: Ctx, rule: CountTableRule): string {
  return text(ctx, rule, "name", "countTable");
}

interface PairedRow {
  readonly rule: PairedRowRule;
  readonly pre: PublishedValue | undefined;
  readonly post: PublishedValue | undefined;
  readonly d: PublishedValue | undefined;
  readonly significance: PublishedValue | undefined;
}

function pairedRows(ctx: Ctx): PairedRow[] {
  return (ctx.rules.pairedTable?.rows ?? []).map((r) => ({
    rule: r,
    pre: get(ctx, r.pre),
    post: get(ctx, r.post),
    d: get(ctx, r.effectSize),
    significance: get(ctx, r.significance),
  }));
}

/** Whether a significance entry says "significant" (a printed threshold) or "not significant". */
function significanceOf(ctx: Ctx, e: PublishedValue | undefined): "significant" | "not-significant" | null {
  if (e === undefined) return null;
  if (ctx.rules.notSignificant !== undefined && new RegExp(ctx.rules.notSignificant, "i").test(e.text.trim())) return "not-significant";
  if (numberOf(e) !== null) return "significant";
  return null;
}

// ---------------------------------------------------------------------------------------------
// GRIM on every mean

/** What one answer of a mean is (`grim.units`), in the audit's language. */
function grimUnit(ctx: Ctx, id: string): string {
  const en = ctx.rules.grim?.units?.[id];
  if (en === undefined) return ctx.cat.words.defaultUnit;
  if (ctx.lang === "en") return en;
  const nl = ctx.rules.grim?.units_nl?.[id];
  if (nl === undefined)
    throw new StatsError(
      "INVALID_ARGUMENT",
      "runAudit",
      `rule grim.units_nl has no entry for "${id}"; expected the Dutch wording of grim.units for lang "nl"`,
      "rules",
    );
  return nl;
}

function grimFindings(ctx: Ctx): void {
  const clusterIds = new Set<string>();
  for (const r of pairedRows(ctx)) {
    if (isPrintedNumber(r.pre)) {
      if (r.pre !== undefined) clusterIds.add(r.pre.id);
      if (r.post !== undefined) clusterIds.add(r.post.id);
    }
  }
  const subsampleSizes = (ctx.rules.subsamples?.ids ?? []).map((id) => numberOf(get(ctx, id)) ?? 0).filter((x) => x > 0);
  const notWhole = new Map((ctx.rules.grim?.notWholeNumbers ?? []).map((r) => [r.id, r]));
  const table = pairedTableName(ctx) ?? ctx.cat.words.theTableStart;
  for (const e of ctx.values) {
    if (e.kind !== "mean" || !isPrintedNumber(e)) continue;
    const n = e.n ?? ctx.n;
    const nAssumed = e.n === null || e.n === undefined;
    const nNote = nAssumed ? ctx.cat.grimAssumedN(ctx.n) : "";
    const key = `grim.${e.id}`;
    const nw = notWhole.get(e.id);
    if (nw !== undefined) {
      const r = checkGrim(e.text, n, { items: nw.steps });
      const where = `grim.notWholeNumbers[${(ctx.rules.grim?.notWholeNumbers ?? []).indexOf(nw)}]`;
      const x = ctx.cat.grimNotWholeNumber({
        text: e.text,
        n,
        unit: text(ctx, nw, "unit", where),
        steps: nw.steps,
        decimals: e.decimals ?? 0,
        description: text(ctx, nw, "description", where),
      });
      add(ctx, {
        key,
        check: "grim",
        ids: [e.id],
        verdict: "not-testable",
        reason: x.reason,
        plain: x.plain,
        details: { grim: r, n, items: nw.steps, assumption: x.assumption },
      });
      continue;
    }
    if (clusterIds.has(e.id)) {
      const r = checkGrim(e.text, n);
      const granularity = [1, 2, 3, 4].map((k) => ({ items: k, step: 1 / (n * k) }));
      const x = ctx.cat.grimClusterMean({ text: e.text, n, table, scale: scaleText(ctx), check: r });
      add(ctx, {
        key,
        check: "grim",
        ids: [e.id],
        verdict: r.verdict,
        reason: x.reason,
        plain: x.plain,
        details: { grim: r, n, items: 1, clusterItemsPrinted: false, granularity },
      });
      continue;
    }
    const r = checkGrim(e.text, n);
    const unit = grimUnit(ctx, e.id);
    if (r.verdict === "inconsistent") {
      const possibleN: number[] = [];
      for (let m = 1; m <= n; m++) if (checkGrim(e.text, m).verdict !== "inconsistent") possibleN.push(m);
      const below = possibleN.filter((m) => m < n);
      const largest = below.length > 0 ? (below[below.length - 1] as number) : null;
      const rounds = subsampleSizes.filter((m) => possibleN.includes(m));
      const x = ctx.cat.grimImpossible({
        text: e.text,
        n,
        check: r,
        nNote,
        largest,
        subsampleSizes: rounds,
        subsampleName: ctx.rules.subsamples === undefined ? ctx.cat.words.subsample : text(ctx, ctx.rules.subsamples, "name", "subsamples"),
      });
      add(ctx, {
        key,
        check: "grim",
        ids: [e.id],
        verdict: "inconsistent",
        reason: x.reason,
        plain: x.plain,
        affects: [e.id],
        details: { grim: r, n, items: 1, possibleSampleSizes: possibleN, largestPossibleBelowN: largest, possibleRoundSizes: rounds },
      });
      continue;
    }
    const x = ctx.cat.grimPossible({ text: e.text, n, unit, check: r, nNote });
    add(ctx, {
      key,
      check: "grim",
      ids: [e.id],
      verdict: r.verdict,
      reason: x.reason,
      plain: x.plain,
      details: { grim: r, n, items: 1, nAssumed },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// CLOSURE for a mean with a stated minimum score and its frequency

function closureFindings(ctx: Ctx): void {
  for (const rule of ctx.rules.closure ?? []) {
    const e = get(ctx, rule.mean);
    const score = get(ctx, rule.minimumScore);
    const count = get(ctx, rule.minimumCount);
    const minScore = numberOf(score);
    const minCount = numberOf(count);
    if (!isPrintedNumber(e) || score === undefined || count === undefined || minScore === null || minCount === null || ctx.scale === null)
      continue;
    const n = e.n ?? ctx.n;
    const grim = checkGrim(e.text, n);
    const closure = checkClosure(e.text, null, n, {
      scaleMin: ctx.scale.min,
      scaleMax: ctx.scale.max,
      minimum: { score: minScore, count: minCount },
      examples: 100_000,
      limit: 100_000,
    });
    const ids = [e.id, score.id, count.id, ...(ctx.rules.scale !== undefined ? [ctx.rules.scale.max] : [])];
    // the finding is named after the mean, without a final ".mean"
    const stem = rule.mean.replace(/\.mean$/, "");
    if (closure.verdict === "not-testable" || !closure.details.complete) {
      const x = ctx.cat.closureTooLarge({ reason: ctx.cat.reasons.closure(closure), text: e.text, n });
      add(ctx, {
        key: `closure.${stem}`,
        check: "closure",
        ids,
        verdict: "not-testable",
        reason: x.reason,
        plain: x.plain,
        details: { n, grim, minScore, minCount, scale: ctx.scale, closure },
      });
      continue;
    }
    const scores: number[] = [];
    for (let v = minScore; v <= ctx.scale.max; v++) scores.push(v);
    const offset = closure.details.values.indexOf(minScore);
    // frequency tables over minScore..max, in lexicographic order of the counts above the minimum
    const dists = closure.details.examples
      .map((c) => {
        const counts = c.slice(offset);
        let sum = 0;
        let q = 0;
        counts.forEach((k, i) => {
          sum += k * (scores[i] as number);
          q += k * (scores[i] as number) * (scores[i] as number);
        });
        return { counts, sum, sd: Math.sqrt((q - (sum * sum) / n) / (n - 1)) };
      })
      .sort((a, b) => {
        for (let i = 1; i < a.counts.length; i++) if (a.counts[i] !== b.counts[i]) return (a.counts[i] as number) - (b.counts[i] as number);
        return 0;
      });
    const sds = dists.map((d) => d.sd);
    const sdRange = sds.length > 0 ? { min: Math.min(...sds), max: Math.max(...sds) } : null;
    const first = dists[0];
    const last = dists[dists.length - 1];
    const show = (d: { counts: number[] }): string =>
      d.counts
        .map((c, i) => [c, scores[i] as number] as const)
        .filter(([c]) => c > 0)
        .map(([c, v]) => `${c} × ${v}`)
        .join(", ");
    if (dists.length === 0 || first === undefined || last === undefined || sdRange === null) {
      const x = ctx.cat.closureNone({ text: e.text, n, minScore, minCount, max: ctx.scale.max });
      add(ctx, {
        key: `closure.${stem}`,
        check: "closure",
        ids,
        verdict: "inconsistent",
        reason: x.reason,
        plain: x.plain,
        affects: [e.id, score.id, count.id],
        details: { n, grim, minScore, minCount, scale: ctx.scale, distributions: 0 },
      });
      continue;
    }
    const x = ctx.cat.closureSome({
      text: e.text,
      n,
      minScore,
      minCount,
      max: ctx.scale.max,
      count: dists.length,
      total: first.sum,
      first: show(first),
      last: show(last),
      sdRange,
    });
    add(ctx, {
      key: `closure.${stem}`,
      check: "closure",
      ids,
      verdict: "consistent",
      reason: x.reason,
      plain: x.plain,
      details: {
        n,
        nAssumed: e.n === null || e.n === undefined,
        grim,
        minScore,
        minCount,
        scale: ctx.scale,
        scores,
        distributions: dists.length,
        frequencyTables: dists.map((d) => d.counts),
        sdRange,
        assumption: ctx.cat.closureAssumption,
      },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// GRIMMER / CLOSURE need SDs

function grimmerFinding(ctx: Ctx): void {
  const means = ctx.values.filter((e) => e.kind === "mean" && isPrintedNumber(e)).map((e) => e.id);
  if (means.length === 0) return;
  const x = ctx.cat.grimmerNoSds({
    means: means.length,
    note:
      ctx.rules.sdsNote === undefined
        ? ""
        : text(ctx, { sdsNote: ctx.rules.sdsNote, sdsNote_nl: ctx.rules.sdsNote_nl }, "sdsNote", "sdsNote"),
  });
  add(ctx, {
    key: "grimmer.sds-not-reported",
    check: "grimmer",
    ids: means,
    verdict: "not-testable",
    reason: x.reason,
    plain: x.plain,
    details: { means: means.length, sdsReported: 0 },
  });
}

// ---------------------------------------------------------------------------------------------
// one quantity printed more than once

function sameQuantityFindings(ctx: Ctx): void {
  const table = countTable(ctx);
  const failingTotals = new Set(table?.failing.map((f) => f.id) ?? []);
  const groups = ctx.rules.sameQuantity ?? [];
  const exact = groups.filter((g) => !g.ids.every((id) => get(ctx, id)?.kind === "mean"));
  const means = groups.filter((g) => g.ids.every((id) => get(ctx, id)?.kind === "mean"));
  for (const g of exact) {
    const ids = g.ids;
    const entries = ids.map((id) => ctx.byId.get(id) as PublishedValue);
    const kinds = new Set(entries.map((e) => e.kind));
    const anchor = [...ids].sort()[0] as string;
    const isLabel = entries.every((e) => numberOf(e) === null);
    const norm = (e: PublishedValue): string => (isLabel ? e.text.trim().toLowerCase() : String(numberOf(e)));
    const distinct = [...new Set(entries.map(norm))];
    const ok = distinct.length === 1;
    const printed = entries.map((e) => `"${e.text}"`).join(", ");
    const cell = table === null ? undefined : entries.find((e) => table.cellIds.has(e.id));
    const kind = entries[0]?.kind;
    const kindWord = ctx.cat.words.kindWord(isLabel ? "label" : kind === "n" ? "n" : kind === "count" ? "count" : "number");
    if (kinds.size > 1 || ![...kinds].every((k) => SAME_QUANTITY_KINDS.has(k))) {
      throw new StatsError(
        "INVALID_ARGUMENT",
        "runAudit",
        `rule sameQuantity group ${JSON.stringify(anchor)} mixes kinds ${[...kinds].join(", ")}; expected means only, or one of ${[...SAME_QUANTITY_KINDS].join(", ")}`,
        "rules",
      );
    }
    const x = ctx.cat.sameExactExplained({
      ok,
      isLabel,
      kindWord,
      count: entries.length,
      printed,
      distinct,
      table:
        table !== null && cell !== undefined
          ? { name: countTableName(ctx, table.rule), label: labelOf(ctx, cell), totalFails: entries.some((e) => failingTotals.has(e.id)) }
          : null,
    });
    add(ctx, {
      key: `same-quantity.${anchor}`,
      check: "same-quantity",
      ids,
      verdict: ok ? "consistent" : "inconsistent",
      reason: x.reason,
      plain: x.plain,
      affects: ids,
      details: { entries: entries.map((e) => ({ id: e.id, text: e.text, value: numberOf(e) })), distinct },
    });
  }
  const pairedName = pairedTableName(ctx) ?? ctx.cat.words.theTable;
  const pairedIds = new Set(pairedRows(ctx).flatMap((r) => [r.rule.pre, r.rule.post]));
  for (const g of means) {
    const entries = g.ids.map((id) => ctx.byId.get(id) as PublishedValue);
    const numeric = entries.filter(isPrintedNumber);
    const missing = entries.filter((e) => numberOf(e) === null || !/\d/.test(e.text));
    const anchor = [...g.ids].sort()[0] as string;
    const checks: AuditResult<SameQuantityDetails>[] = [];
    for (let i = 0; i < numeric.length; i++) {
      for (let j = i + 1; j < numeric.length; j++)
        checks.push(checkSameQuantity((numeric[i] as PublishedValue).text, (numeric[j] as PublishedValue).text));
    }
    const tps = [...new Set(numeric.map((e) => e.refersTo?.timepoint ?? "not stated"))];
    const ids = entries.map((e) => e.id);
    const texts = numeric.map((e) => e.text);
    if (!checks.every((c) => c.verdict === "consistent")) {
      const c = checks.find((x) => x.verdict === "inconsistent") as AuditResult<SameQuantityDetails>;
      const x = ctx.cat.sameMeanConflict({ reason: ctx.cat.reasons.sameQuantity(c), texts });
      add(ctx, {
        key: `same-quantity.${anchor}`,
        check: "same-quantity",
        ids,
        verdict: "inconsistent",
        reason: x.reason,
        plain: x.plain,
        affects: numeric.map((e) => e.id),
        details: { checks, timepoints: tps },
      });
      continue;
    }
    const tpConflict = tps.length > 1 || missing.length > 0;
    const note =
      g.timepointNote === undefined
        ? null
        : text(
            ctx,
            { timepointNote: g.timepointNote, timepointNote_nl: g.timepointNote_nl },
            "timepointNote",
            `sameQuantity[${groups.indexOf(g)}]`,
          );
    const x = ctx.cat.sameMeanAgree({
      reasons: checks.map((c) => ctx.cat.reasons.sameQuantity(c)),
      texts,
      timepoints: tpConflict
        ? numeric.map((e) => ({ text: e.text, timepoint: ctx.cat.words.timepoint(e.refersTo?.timepoint ?? null) }))
        : null,
      missing: missing.map((e) => `"${e.text}"`).join(", "),
      missingWhere: missing.every((e) => pairedIds.has(e.id)) ? pairedName : ctx.cat.words.theArticle,
      note: note === null ? null : fillTemplate(note, (id) => ctx.byId.get(id)?.text),
    });
    add(ctx, {
      key: `same-quantity.${anchor}`,
      check: "same-quantity",
      ids,
      verdict: "consistent",
      reason: x.reason,
      plain: x.plain,
      details: {
        checks,
        timepoints: tps,
        level: tpConflict ? "note" : "check",
        notPrinted: missing.map((e) => ({ id: e.id, text: e.text })),
      },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// sums of parts

function sumFindings(ctx: Ctx): void {
  for (const rule of ctx.rules.sums ?? []) {
    const t = ctx.byId.get(rule.total) as PublishedValue;
    const parts = rule.parts.map((id) => ctx.byId.get(id) as PublishedValue);
    const total = numberOf(t);
    if (total === null || parts.some((p) => numberOf(p) === null)) continue;
    const sum = parts.reduce((a, p) => a + (numberOf(p) ?? 0), 0);
    const ok = sum === total;
    const x = ctx.cat.sumExplained({ ok, expr: parts.map((p) => p.text).join(" + "), sum, totalText: t.text, totalLabel: labelOf(ctx, t) });
    const ids = [t.id, ...parts.map((p) => p.id)];
    add(ctx, {
      key: `sum.${t.id}`,
      check: "sum",
      ids,
      verdict: ok ? "consistent" : "inconsistent",
      reason: x.reason,
      plain: x.plain,
      affects: ids,
      details: { total, parts: parts.map((p) => ({ id: p.id, value: numberOf(p) })), sum },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// counts stated in words against the things the article lists

function listedCountFindings(ctx: Ctx): void {
  for (const [i, r] of (ctx.rules.listedCounts ?? []).entries()) {
    const e = ctx.byId.get(r.id);
    const stated = numberOf(e);
    if (e === undefined || stated === null || r.listed.length === 0) continue;
    const ok = stated === r.listed.length;
    const x = ctx.cat.listedCountExplained({
      ok,
      text: e.text,
      stated,
      listed: r.listed.length,
      what: text(ctx, r, "what", `listedCounts[${i}]`),
    });
    add(ctx, {
      key: `listed-count.${r.id}`,
      check: "listed-count",
      ids: [r.id, ...r.listed],
      verdict: ok ? "consistent" : "inconsistent",
      reason: x.reason,
      plain: x.plain,
      affects: [r.id],
      details: { stated, listed: r.listed },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// a table of counts

interface CountTable {
  readonly rule: CountTableRule;
  readonly labels: readonly string[];
  readonly questions: readonly string[];
  readonly cell: (label: string, question: string) => PublishedValue | undefined;
  readonly cellIds: ReadonlySet<string>;
  readonly report: CountTableReport;
  readonly result: AuditResult<CountTableDetails>;
  readonly failing: readonly { id: string; printed: number; cellSum: number; difference: number }[];
}

const countTables = new WeakMap<Ctx, CountTable | null>();

function countTable(ctx: Ctx): CountTable | null {
  if (countTables.has(ctx)) return countTables.get(ctx) ?? null;
  const t = buildCountTable(ctx);
  countTables.set(ctx, t);
  return t;
}

function buildCountTable(ctx: Ctx): CountTable | null {
  const rule = ctx.rules.countTable;
  if (rule === undefined) return null;
  const rowOf = (e: PublishedValue): string | undefined => e.refersTo?.[rule.rowField];
  const colOf = (e: PublishedValue): string | undefined => e.refersTo?.[rule.columnField];
  const entries = ctx.values.filter(
    (e) => e.id.startsWith(rule.idPrefix) && e.kind === "count" && rowOf(e) !== undefined && colOf(e) !== undefined,
  );
  const map = new Map(entries.map((e) => [`${rowOf(e)}|${colOf(e)}`, e]));
  const labels = [...new Set(entries.map((e) => rowOf(e) as string))].filter((l) => l !== rule.totalRow);
  const questions = [...new Set(entries.map((e) => colOf(e) as string))].filter((q) => q !== rule.totalColumn);
  if (labels.length === 0 || questions.length === 0) return null;
  const cell = (label: string, question: string): PublishedValue | undefined => map.get(`${label}|${question}`);
  const text = (e: PublishedValue | undefined): string | null => (e === undefined ? null : e.text);
  const report: CountTableReport = {
    cells: labels.map((l) => questions.map((q) => text(cell(l, q)) ?? "-")),
    rowLabels: labels,
    columnLabels: questions,
    rowTotals: labels.map((l) => text(cell(l, rule.totalColumn))),
    columnTotals: questions.map((q) => text(cell(rule.totalRow, q))),
    grandTotal: text(cell(rule.totalRow, rule.totalColumn)),
  };
  const result = checkCountTable(report);
  const d = result.details;
  const failing: { id: string; printed: number; cellSum: number; difference: number }[] = [];
  for (const l of d.columns)
    if (l.status === "off" && l.printed !== null)
      failing.push({ id: cell(rule.totalRow, l.label)?.id ?? "", printed: l.printed, cellSum: l.cellSum, difference: l.difference ?? 0 });
  for (const l of d.rows)
    if (l.status === "off" && l.printed !== null)
      failing.push({
        id: cell(l.label, rule.totalColumn)?.id ?? "",
        printed: l.printed,
        cellSum: l.cellSum,
        difference: l.difference ?? 0,
      });
  if (d.grandTotal !== null && d.grandTotal.difference !== 0)
    failing.push({
      id: cell(rule.totalRow, rule.totalColumn)?.id ?? "",
      printed: d.grandTotal.printed,
      cellSum: d.grandTotal.cellSum,
      difference: d.grandTotal.difference,
    });
  return { rule, labels, questions, cell, cellIds: new Set(entries.map((e) => e.id)), report, result, failing };
}

function countTableFindings(ctx: Ctx): void {
  const t = countTable(ctx);
  if (t === null) return;
  const { result, failing, rule } = t;
  const dashMissing = checkCountTable(t.report, { dash: "missing" });
  const d: CountTableDetails = result.details;
  const allIds = ctx.values.filter((e) => t.cellIds.has(e.id)).map((e) => e.id);
  // the text repeating a failing total is as wrong as the total
  const affects: string[] = [];
  let textRepeats = false;
  for (const f of failing) {
    affects.push(f.id);
    for (const id of ctx.byId.get(f.id)?.related ?? []) {
      const r = ctx.byId.get(id);
      if (r !== undefined && !t.cellIds.has(r.id) && r.kind === "count" && numberOf(r) === f.printed) {
        affects.push(r.id);
        textRepeats = true;
      }
    }
  }
  const columnLabel = (q: string): string | undefined => rule.columns?.[q]?.label;
  const columnName = (q: string): string => (columnLabel(q) !== undefined ? `"${columnLabel(q)}" (${q})` : q);
  const dashNote: string[] = [];
  // a "-" in a failing column can hide nothing when its row total equals the other cells
  t.report.cells.forEach((row, i) => {
    row.forEach((c, j) => {
      if (!/^[-\u2013\u2014]?$/.test(c.trim())) return;
      const line = d.rows[i];
      if (line !== undefined && line.printed !== null && line.printed === line.cellSum) dashNote.push(`${t.labels[i]}/${t.questions[j]}`);
    });
  });
  const rowsOk = d.rows.every((l) => l.status !== "off");
  const plain = ctx.cat.countTableExplained({
    consistent: result.verdict === "consistent",
    table: countTableName(ctx, rule),
    rowsOk,
    columnFails: d.columns
      .filter((l) => l.status === "off")
      .map((l) => ({ name: columnName(l.label), cellSum: l.cellSum, printed: l.printed })),
    grand: d.grandTotal !== null && d.grandTotal.difference !== 0 ? { cellSum: d.grandTotal.cellSum, printed: d.grandTotal.printed } : null,
    textRepeats,
  });
  add(ctx, {
    key: `count-table.${rule.key}`,
    check: "count-table",
    ids: allIds,
    verdict: result.verdict,
    reason: ctx.cat.reasons.countTable(result),
    plain,
    affects,
    details: { table: t.report, check: result, dashAsMissing: dashMissing, dashCellsThatCannotHideCounts: dashNote, failing },
  });
  // would one missing row explain every failure?
  const diffs = d.columns.map((l) => l.difference ?? 0);
  const grandDiff = d.grandTotal?.difference ?? 0;
  if (failing.length > 0) {
    const candidate = diffs.every((x) => x >= 0) && diffs.some((x) => x > 0) && rowsOk && diffs.reduce((a, b) => a + b, 0) === grandDiff;
    const row = diffs.map((x) => (x === 0 ? "-" : String(x)));
    const rowTotal = diffs.reduce((a, b) => a + b, 0);
    const extended: CountTableReport = {
      ...t.report,
      cells: [...t.report.cells, row],
      rowLabels: [...(t.report.rowLabels ?? []), ctx.cat.words.hypotheticalRow],
      rowTotals: [...(t.report.rowTotals ?? []), String(rowTotal)],
    };
    const rerun = candidate ? checkCountTable(extended) : null;
    const explains = rerun !== null && rerun.verdict === "consistent";
    const rowText = ctx.cat.words.missingRow(
      diffs.map((x, j) => ctx.cat.words.missingRowCell(x, columnLabel(t.questions[j] as string) ?? null, t.questions[j] as string)),
      rowTotal,
    );
    const nonZero = diffs.map((x, j) => [x, j] as const).filter(([x]) => x !== 0);
    const onlyIndex = nonZero.length === 1 ? (nonZero[0] as readonly [number, number])[1] : null;
    const x = ctx.cat.missingRowExplained({
      explains,
      table: countTableName(ctx, rule),
      row: rowText,
      rowTotal,
      only:
        onlyIndex === null
          ? null
          : { ordinal: ctx.cat.words.ordinal(onlyIndex), question: rule.columns?.[t.questions[onlyIndex] as string]?.question ?? null },
    });
    add(ctx, {
      key: `count-table.${rule.key}.missing-row`,
      check: "count-table",
      ids: failing.map((f) => f.id).concat(t.questions.map((q) => t.cell(rule.totalRow, q)?.id ?? "")),
      verdict: explains ? "consistent" : "inconsistent",
      reason: x.reason,
      plain: x.plain,
      details: { hypotheticalRow: row, hypotheticalRowTotal: rowTotal, check: rerun, singleRowCandidate: candidate },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// a subgroup count against the counts it belongs to

function subsetCountFindings(ctx: Ctx): void {
  const t = countTable(ctx);
  for (const [i, rule] of (ctx.rules.subsetCounts ?? []).entries()) {
    const stated = ctx.byId.get(rule.id);
    const lowest = get(ctx, rule.group);
    const k = numberOf(stated);
    if (t === null || stated === undefined || k === null) continue;
    if (!t.labels.includes(rule.row)) {
      throw new StatsError(
        "INVALID_ARGUMENT",
        "runAudit",
        `rule subsetCounts names row "${rule.row}", which is not a row of the count table ${t.rule.name}; expected one of ${t.labels.join(", ")}`,
        "rules",
      );
    }
    const cells = t.questions.map((q) => t.cell(rule.row, q));
    const total = t.cell(rule.row, t.rule.totalColumn);
    const counts = cells.map((c) => numberOf(c) ?? 0);
    const totalCount = numberOf(total) ?? counts.reduce((a, b) => a + b, 0);
    const group = numberOf(lowest);
    const ok = k <= totalCount && (group === null || k <= group);
    const ids = [stated.id, ...(lowest !== undefined ? [lowest.id] : []), ...cells.map((c) => c?.id ?? ""), total?.id ?? ""];
    const where = `subsetCounts[${i}]`;
    const x = ctx.cat.subsetCountExplained({
      ok,
      k,
      text: stated.text,
      group,
      counts,
      total: totalCount,
      table: countTableName(ctx, t.rule),
      who: text(ctx, rule, "who", where),
      did: text(ctx, rule, "did", where),
      doing: text(ctx, rule, "doing", where),
      mentions: text(ctx, rule, "mentions", where),
    });
    add(ctx, {
      key: `subset-count.${stated.id}`,
      check: "subset-count",
      ids,
      verdict: ok ? "consistent" : "inconsistent",
      reason: x.reason,
      plain: x.plain,
      affects: ok ? [] : [stated.id],
      details: { respondents: k, group, mentionsPerQuestion: counts, mentionsTotal: totalCount },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// correlations: r and N against p

/** A construct a correlation refers to: as coded in English, by its Dutch name in Dutch. */
function pValueConstruct(ctx: Ctx, construct: string | undefined): string {
  if (construct === undefined) return "";
  return ctx.lang === "en" ? construct : constructName(ctx, construct);
}

function pValueFindings(ctx: Ctx): void {
  for (const rule of ctx.rules.correlations ?? []) {
    const r = ctx.byId.get(rule.r) as PublishedValue;
    const p = ctx.byId.get(rule.p) as PublishedValue;
    const nEntry = get(ctx, rule.n);
    const n = numberOf(nEntry) ?? r.n ?? ctx.n;
    const relation = p.text.trim().startsWith("<") ? "<" : "=";
    const pText = p.text.replace(/^[<=>\s]+/, "");
    const input = { test: "r" as const, df: n - 2, statistic: r.text, p: pText, pRelation: relation as "=" | "<" };
    const statcheck = checkPValue(input);
    const lenient = checkPValue(input, { pZeroError: false });
    const d = statcheck.details;
    const ids = [r.id, p.id, ...(nEntry !== undefined ? [nEntry.id] : [])];
    const tOf = (rv: number): number => (rv * Math.sqrt(n - 2)) / Math.sqrt(1 - rv * rv);
    const t = { value: tOf(d.statisticValue), lower: tOf(d.statisticInterval.lower), upper: tOf(d.statisticInterval.upper), df: n - 2 };
    const x = ctx.cat.pValueExplained({
      reason: ctx.cat.reasons.pValue(statcheck),
      lenientVerdict: lenient.verdict,
      decisionError: d.decisionError,
      pZero: d.pZero,
      consistent: statcheck.verdict === "consistent",
      r: r.text,
      x: pValueConstruct(ctx, r.refersTo?.construct),
      y: pValueConstruct(ctx, r.refersTo?.with),
      n,
      p: pText,
      relation,
      computedP: d.computedP,
      computedPRange: d.computedPRange,
    });
    add(ctx, {
      key: `p-value.${rule.key}`,
      check: "p-value",
      ids,
      verdict: statcheck.verdict,
      reason: x.reason,
      plain: x.plain,
      affects: d.decisionError ? [p.id] : [],
      details: { statcheck, pZeroErrorOff: lenient, n, df: n - 2, t },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// paired effect sizes against means and significance

function pairedFindings(ctx: Ctx): void {
  const alphaEntry = get(ctx, ctx.rules.alpha);
  const alpha = numberOf(alphaEntry) ?? 0.05;
  const scaleOpts = ctx.scale === null ? {} : { scaleMin: ctx.scale.min, scaleMax: ctx.scale.max };
  const anchors = ctx.rules.scale === undefined ? [] : [ctx.rules.scale.min, ctx.rules.scale.max];
  const table = ctx.rules.pairedTable;
  if (table === undefined) return;
  const tableName = pairedTableName(ctx) ?? table.name;
  for (const row of pairedRows(ctx)) {
    const { pre, post, d, significance } = row;
    if (!isPrintedNumber(pre) || !isPrintedNumber(post)) continue;
    const sig = significanceOf(ctx, significance);
    if (sig === null) continue;
    const n = post.n ?? ctx.n;
    const name = constructName(ctx, row.rule.construct);
    const ids = [
      pre.id,
      post.id,
      ...(d !== undefined ? [d.id] : []),
      ...(significance !== undefined ? [significance.id] : []),
      ...(alphaEntry !== undefined ? [alphaEntry.id] : []),
    ];
    const key = `paired-effect.${table.key}.${row.rule.construct}`;
    if (isPrintedNumber(d)) {
      const report = { preMean: pre.text, postMean: post.text, n, d: d.text, significance: sig };
      const all = checkPairedEffectSize(report, { alpha, ...scaleOpts });
      const dz = checkPairedEffectSize(report, { alpha, variants: ["d_z"], ...scaleOpts });
      const det: PairedEffectDetails = all.details;
      const dzv = dz.details.variants[0];
      const oneSided = dzv?.pRange === null || dzv === undefined ? null : { lower: dzv.pRange.lower / 2, upper: dzv.pRange.upper / 2 };
      const minR = (v: "d_av" | "d_rm"): number | null => {
        const f = det.variants.find((x) => x.variant === v);
        return f !== undefined && f.feasibleR.length > 0 ? (f.feasibleR[0]?.from ?? null) : null;
      };
      const rAv = minR("d_av");
      const rRm = minR("d_rm");
      const summary = {
        criticalT: det.criticalT,
        criticalDz: det.criticalDz,
        dzTRange: dzv?.tRange ?? null,
        dzPRange: dzv?.pRange ?? null,
        dzOneSidedPRange: oneSided,
        minimumCorrelation: { d_av: rAv, d_rm: rRm },
      };
      const significant = sig === "significant";
      const dValue = d.value as number;
      add(ctx, {
        key,
        check: "paired-effect",
        ids: [...ids, ...anchors],
        verdict: all.verdict,
        reason: ctx.cat.reasons.pairedEffect(all, d.text),
        plain: ctx.cat.pairedAllVariants({
          consistent: all.verdict === "consistent",
          dzConsistent: dz.verdict === "consistent",
          table: tableName,
          name,
          pre: pre.text,
          post: post.text,
          d: d.text,
          dValue,
          n,
          significant,
          rAv,
          rRm,
        }),
        affects: all.verdict === "inconsistent" ? [d.id, significance?.id ?? ""] : [],
        details: { check: all, ...summary },
      });
      const x = ctx.cat.pairedDz({
        consistent: dz.verdict === "consistent",
        reason: ctx.cat.reasons.pairedEffect(dz, d.text),
        d: d.text,
        dValue,
        n,
        alpha,
        significant,
        tRange: dzv?.tRange,
        pRange: dzv?.pRange,
        oneSided,
        rAv,
      });
      add(ctx, {
        key: `${key}.d_z`,
        check: "paired-effect",
        ids,
        verdict: dz.verdict,
        reason: x.reason,
        plain: x.plain,
        details: { check: dz, ...summary, assumptions: ctx.cat.words.dzAssumptions },
      });
      continue;
    }
    // no d printed ("-"): what keeps the reported (non-)significance?
    const c = tQuantile(1 - alpha / 2, n - 1) / Math.sqrt(n);
    const preIv = intervalToNumbers(roundingInterval(pre.text));
    const postIv = intervalToNumbers(roundingInterval(post.text));
    const diffLo = postIv.lower - preIv.upper;
    const diffHi = postIv.upper - preIv.lower;
    const absDiffMax = Math.max(Math.abs(diffLo), Math.abs(diffHi));
    const printedDiff = Math.abs((numberOf(post) as number) - (numberOf(pre) as number));
    const largestPrintedDz = Math.floor(c * 100 + 0.5) / 100; // largest two-decimal d whose interval reaches c
    const rGrid = [0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9];
    const maxDav = rGrid.map((r) => ({ r, maxDavOrDrm: c * Math.sqrt(2 * (1 - r)) }));
    const zeroPossible = diffLo <= 0 && diffHi >= 0;
    const ok = sig === "not-significant" ? true : !(absDiffMax === 0);
    const minSdDiffPrinted = printedDiff / c;
    const minSdDiffMax = absDiffMax / c;
    const x = ctx.cat.pairedWithoutD({
      notSignificant: sig === "not-significant",
      table: tableName,
      name,
      pre: pre.text,
      post: post.text,
      marked: significance?.text ?? "",
      n,
      alpha,
      c,
      largestPrintedDz,
      minSdDiffPrinted,
      minSdDiffMax,
      zeroPossible,
      diff: { lower: diffLo, upper: diffHi },
      scale: scaleText(ctx),
    });
    add(ctx, {
      key,
      check: "paired-effect",
      ids: [...ids, ...anchors],
      verdict: ok ? "consistent" : "inconsistent",
      reason: x.reason,
      plain: x.plain,
      details: {
        criticalT: c * Math.sqrt(n),
        criticalDz: c,
        largestPrintedDz,
        meanDifference: { lower: diffLo, upper: diffHi },
        printedDifference: printedDiff,
        minSdDiff: { printedDifference: minSdDiffPrinted, largestDifference: minSdDiffMax },
        maxDavOrDrmByCorrelation: maxDav,
      },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// scale bounds: the SD that d implies against the largest SD the scale allows

function scaleBoundFindings(ctx: Ctx): void {
  const table = ctx.rules.pairedTable;
  if (ctx.scale === null || table === undefined) return;
  const { min: a, max: b } = ctx.scale;
  const anchors = ctx.rules.scale === undefined ? [] : [ctx.rules.scale.min, ctx.rules.scale.max, ...(ctx.rules.scale.related ?? [])];
  for (const row of pairedRows(ctx)) {
    const { pre, post, d } = row;
    if (!isPrintedNumber(pre) || !isPrintedNumber(post) || !isPrintedNumber(d)) continue;
    const n = post.n ?? ctx.n;
    const preIv = intervalToNumbers(roundingInterval(pre.text));
    const postIv = intervalToNumbers(roundingInterval(post.text));
    const dIv = intervalToNumbers(roundingInterval(d.text));
    const diffLo = Math.max(0, postIv.lower - preIv.upper);
    const diffHi = postIv.upper - preIv.lower;
    const implied = { lower: diffLo / dIv.upper, upper: diffHi / dIv.lower };
    const maxSd = (iv: { lower: number; upper: number }): number => {
      const mid = (a + b) / 2;
      const m = Math.min(Math.max(mid, iv.lower), iv.upper);
      return Math.sqrt(Math.max(0, (m - a) * (b - m)) * (n / (n - 1)));
    };
    const cap = Math.min(maxSd(preIv), maxSd(postIv));
    const inRange = [pre, post].every((e) => (numberOf(e) as number) >= a && (numberOf(e) as number) <= b);
    const ok = inRange && implied.lower <= cap;
    const x = ctx.cat.scaleBoundsExplained({
      ok,
      d: d.text,
      pre: pre.text,
      post: post.text,
      n,
      scale: scaleText(ctx),
      diff: { lower: diffLo, upper: diffHi },
      printedDiff: Math.abs((numberOf(post) ?? 0) - (numberOf(pre) ?? 0)),
      implied,
      cap,
    });
    add(ctx, {
      key: `scale-bounds.${table.key}.${row.rule.construct}`,
      check: "scale-bounds",
      ids: [pre.id, post.id, d.id, ...anchors],
      verdict: ok ? "consistent" : "inconsistent",
      reason: x.reason,
      plain: x.plain,
      affects: ok ? [] : [d.id],
      details: {
        impliedSd: implied,
        maxSdOnScale: cap,
        meanDifference: { lower: diffLo, upper: diffHi },
        d: dIv,
        n,
        scale: ctx.scale,
        assumption: ctx.cat.words.scaleBoundsAssumption,
      },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// claims in words against the thresholds and numbers the article gives

/** The plain sentence of a minimum-mean claim, for its verdict and the audit's language. */
function minimumMeanPlain(ctx: Ctx, claim: MinimumMeanClaimRule, ok: boolean, where: string): string {
  const plain = ctx.lang === "en" ? claim.plain : claim.plain_nl;
  if (plain === undefined)
    throw new StatsError(
      "INVALID_ARGUMENT",
      "runAudit",
      `rule ${where} has no plain_nl; expected the Dutch wording of plain for lang "nl"`,
      "rules",
    );
  return ok ? plain.consistent : plain.inconsistent;
}

/** The label of a published value in the audit's language (`label`, or `label_nl` in Dutch). */
function labelOf(ctx: Ctx, e: PublishedValue): string {
  if (ctx.lang === "en") return e.label;
  if (e.label_nl === undefined)
    throw new StatsError(
      "INVALID_ARGUMENT",
      "runAudit",
      `published value "${e.id}" has no label_nl; expected its Dutch label for lang "nl"`,
      "published",
    );
  return e.label_nl;
}

function claimFindings(ctx: Ctx): void {
  const textOf = (id: string): string | undefined => ctx.byId.get(id)?.text;
  const bands = ctx.rules.effectSizeBands;
  const worth = get(ctx, bands?.worthwhile.id);
  const high = get(ctx, bands?.high.id);
  const w = numberOf(worth);
  const h = numberOf(high);
  for (const [ci, claim] of (ctx.rules.claims ?? []).entries()) {
    const where = `claims[${ci}]`;
    if (claim.type === "effect-size-band") {
      if (bands === undefined || worth === undefined || high === undefined || w === null || h === null) continue;
      const d = ctx.byId.get(claim.effectSize);
      if (!isPrintedNumber(d)) continue;
      // the thresholds' own relations: "from" (>=), "above" (>)
      const bandOf = (x: number): EffectSizeBand =>
        meetsThreshold(x, h, high.relation) ? "high" : meetsThreshold(x, w, worth.relation) ? "worthwhile" : "below worthwhile";
      const worthwhileLabel = bands.worthwhile.label[ctx.lang] ?? ctx.cat.words.worthwhile;
      const highLabel = bands.high.label[ctx.lang] ?? ctx.cat.words.high;
      const bandText = ctx.cat.bandTexts({
        worthwhile: worth.text,
        high: high.text,
        highRelation: high.relation,
        worthwhileLabel,
        highLabel,
      });
      const iv = intervalToNumbers(roundingInterval(d.text));
      const lo = bandOf(iv.lower);
      const hi = bandOf(iv.upper);
      const band = lo === hi ? lo : null;
      const required: EffectSizeBand[] =
        claim.claimed === "large"
          ? ["high"]
          : claim.claimed === "gain"
            ? ["worthwhile", "high"]
            : ["below worthwhile", "worthwhile", "high"];
      const fits = band === null ? required.includes(hi) || required.includes(lo) : required.includes(band);
      const x = ctx.cat.effectSizeClaimExplained({
        fits,
        d: d.text,
        interval: iv,
        band,
        bandText,
        benchmarks: bands.name,
        name: constructName(ctx, claim.construct),
        worthwhile: worth.text,
        high: high.text,
        worthwhileLabel,
        highLabel,
        wording: text(ctx, claim, "wording", where),
        quote: claim.quote,
      });
      add(ctx, {
        key: `claim.${bands.key}.${claim.construct}`,
        check: "claim",
        ids: [d.id, worth.id, high.id],
        verdict: fits ? "consistent" : "inconsistent",
        reason: x.reason,
        plain: x.plain,
        details: { d: iv, band, claimed: claim.claimed, thresholds: { worthwhile: w, high: h }, quote: claim.quote },
      });
      continue;
    }
    if (claim.type === "statement") {
      add(ctx, {
        key: claim.key,
        check: "claim",
        ids: claim.ids,
        verdict: claim.verdict,
        reason: fillTemplate(text(ctx, claim, "reason", where), textOf),
        plain: fillTemplate(text(ctx, claim, "plain", where), textOf),
        details: claim.details,
      });
      continue;
    }
    if (claim.type === "minimum-mean") {
      const e = ctx.byId.get(claim.id);
      const mean = numberOf(e);
      if (e === undefined || mean === null) continue;
      const ok = mean >= claim.minimum;
      add(ctx, {
        key: claim.key,
        check: "claim",
        ids: [e.id],
        verdict: ok ? "consistent" : "inconsistent",
        reason: fillTemplate(text(ctx, claim, "reason", where), textOf),
        plain: fillTemplate(minimumMeanPlain(ctx, claim, ok, where), textOf),
        details: { quote: claim.quote, mean },
      });
      continue;
    }
    // pooling bound of the count table
    const t = countTable(ctx);
    const bound = ctx.byId.get(claim.bound);
    const b = numberOf(bound);
    if (t === null || bound === undefined || b === null) continue;
    const listed = t.labels.filter((l) => l !== claim.pooledRow);
    const totals = listed.map((l) => ({
      label: l,
      id: t.cell(l, t.rule.totalColumn)?.id ?? "",
      total: numberOf(t.cell(l, t.rule.totalColumn)) ?? 0,
    }));
    const tooSmall = totals.filter((x) => x.total <= b);
    const smallCells = listed.filter((l) => t.questions.some((q) => (numberOf(t.cell(l, q)) ?? 0) <= b));
    const ok = tooSmall.length === 0;
    const x = ctx.cat.poolingBoundExplained({
      ok,
      table: countTableName(ctx, t.rule),
      bound: bound.text,
      smallest: Math.min(...totals.map((y) => y.total)),
      quote: claim.quote,
      smallColumnLabels: smallCells.length,
      pooledLabel: claim.pooledLabel,
    });
    add(ctx, {
      key: claim.key,
      check: "claim",
      ids: [bound.id, ...totals.map((y) => y.id)],
      verdict: ok ? "consistent" : "inconsistent",
      reason: x.reason,
      plain: x.plain,
      affects: ok ? [] : tooSmall.map((y) => y.id),
      details: { bound: b, rowTotals: totals, labelsWithSmallColumnCounts: smallCells },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// reliability stated without values

function reliabilityFindings(ctx: Ctx): void {
  for (const rule of ctx.rules.reliability ?? []) {
    const e = ctx.byId.get(rule.id) as PublishedValue;
    const threshold = (e.related ?? []).filter((id) => ctx.byId.get(id)?.kind === "threshold");
    const x = ctx.cat.reliabilityStated({ text: e.text, wording: rule.wording, inferred: e.inferred === true });
    add(ctx, {
      key: `reliability.${e.id}`,
      check: "reliability",
      ids: [e.id, ...threshold],
      verdict: "not-testable",
      reason: x.reason,
      plain: x.plain,
      details: { stated: e.text, inferred: e.inferred === true },
    });
  }
}

function notTestableReason(ctx: Ctx, e: PublishedValue): string {
  for (const [i, r] of (ctx.rules.notTestable ?? []).entries()) {
    if (r.prefix !== undefined && !e.id.startsWith(r.prefix)) continue;
    if (r.kind !== undefined && e.kind !== r.kind) continue;
    if (r.text !== undefined && e.text.trim() !== r.text) continue;
    return text(ctx, r, "reason", `notTestable[${i}]`);
  }
  return ctx.cat.noCheckApplies;
}

/**
 * Runs every applicable consistency check of the audit over published values, as a rule set
 * directs, and says for each published id which finding covers it or why none can.
 *
 * Checks, in this order (each finding records the audit function's result in `details`):
 * - **GRIM** on every printed mean with its N (the sample size where the value gives none); the
 *   means of the paired table's rows as cluster means (items not printed); means of values that
 *   are not whole numbers (`grim.notWholeNumbers`) as not testable.
 * - **CLOSURE** (`closure`): every frequency table of N whole numbers with exactly the stated
 *   count at the stated lowest score and a mean that rounds to the printed one ({@link checkClosure}
 *   with `minimum` and no SD).
 * - **GRIMMER**: not testable when no SDs are printed.
 * - **Same quantity** (`sameQuantity`): counts, sample sizes, durations and labels must agree
 *   exactly; means must have overlapping rounding intervals, a difference in time point is a note.
 * - **Sums** (`sums`), **listed counts** (`listedCounts`), the **count table** (`countTable`: its
 *   totals, and whether one missing row explains every failure), **subset counts** (`subsetCounts`).
 * - **p-values** (`correlations`): statcheck-style recomputation from r and N.
 * - **Paired effect sizes** and **scale bounds** (`pairedTable`): d_z, d_av and d_rm against the
 *   means and the implied significance; the SD that d implies against the largest SD on the scale.
 * - **Claims** (`claims`): effect sizes against benchmark bands, minimum means, pooling bounds,
 *   and statements settled by reading.
 * - **Reliability** statements without values (`reliability`).
 *
 * Only findings that prove a printed number wrong list ids in `affects`.
 *
 * @param published The published values (`{ values }`, e.g. a parsed published.json).
 * @param rules The rule set (e.g. a parsed audit-rules.json).
 * @param options `lang`: the language of every text of the findings, "en" (default) or "nl"
 *   (Dutch, with the decimal comma; the rule set's `_nl` wordings are used).
 * @returns Findings, the ids they cover, and the ids no check applies to (with the reason).
 * @throws {StatsError} INVALID_ARGUMENT when ids are duplicated, the rule set names an id that is
 *   not published (naming the rule and the id), the sample size is not a whole number ≥ 2, `lang`
 *   is not a language, or a Dutch wording the audit needs is missing for "nl".
 * @example
 * const values = [
 *   { id: "s.n", label: "N", text: "20", kind: "n", value: 20, decimals: 0 },
 *   { id: "s.mean", label: "Mean", text: "3.48", kind: "mean", value: 3.48, decimals: 2 },
 * ];
 * runAudit({ values }, { sampleSize: "s.n" }).findings[0]?.verdict // "inconsistent"
 */
export function runAudit(published: Pick<Published, "values">, rules: AuditRuleSet, options: AuditOptions = {}): AuditReport {
  const fn = "runAudit";
  const lang = options.lang ?? "en";
  if (!isLang(lang))
    throw new StatsError("INVALID_ARGUMENT", fn, `options.lang is ${JSON.stringify(lang)}; expected "en" or "nl"`, "options");
  const values = published.values;
  const byId = new Map<string, PublishedValue>();
  for (const e of values) {
    if (byId.has(e.id))
      throw new StatsError("INVALID_ARGUMENT", fn, `id "${e.id}" occurs twice in values; expected unique ids`, "published");
    byId.set(e.id, e);
  }
  validateRuleSet(rules, (id) => byId.has(id));
  const n = numberOf(byId.get(rules.sampleSize));
  if (n === null || !Number.isInteger(n) || n < 2) {
    throw new StatsError(
      "INVALID_ARGUMENT",
      fn,
      `rule sampleSize names "${rules.sampleSize}", whose value is not a whole number of at least 2; expected the sample size`,
      "rules",
    );
  }
  const sMin = rules.scale === undefined ? null : numberOf(byId.get(rules.scale.min));
  const sMax = rules.scale === undefined ? null : numberOf(byId.get(rules.scale.max));
  const scale = sMin !== null && sMax !== null && sMin < sMax ? { min: sMin, max: sMax } : null;
  const ctx: Ctx = { values, byId, rules, n, scale, findings: [], lang, cat: EXPLAIN[lang] };

  grimFindings(ctx);
  closureFindings(ctx);
  grimmerFinding(ctx);
  sameQuantityFindings(ctx);
  sumFindings(ctx);
  listedCountFindings(ctx);
  countTableFindings(ctx);
  subsetCountFindings(ctx);
  pValueFindings(ctx);
  pairedFindings(ctx);
  scaleBoundFindings(ctx);
  claimFindings(ctx);
  reliabilityFindings(ctx);

  const covered = new Set(ctx.findings.flatMap((f) => f.ids));
  const checkedIds = values.filter((e) => covered.has(e.id)).map((e) => e.id);
  const notTestable = values.filter((e) => !covered.has(e.id)).map((e) => Object.freeze({ id: e.id, reason: notTestableReason(ctx, e) }));
  return Object.freeze({
    findings: Object.freeze([...ctx.findings]),
    checkedIds: Object.freeze(checkedIds),
    notTestable: Object.freeze(notTestable),
  });
}
