/**
 * The audit applied to the article: every consistency check of `../audit` run on every number
 * that Koffeman, Van de Kuilen & Snoek (2023) print (data/published.json), with a stable key, the
 * published ids concerned, a plain-English explanation, and the ids whose status becomes
 * "inconsistent-in-article".
 *
 * Everything is derived from the published entries (texts, values, N, `related` links, the scale
 * anchors and the thresholds the article states); only the ids of the entries and the Dutch
 * wording of a few claims are named here.
 *
 * @module analysis/audit-article
 */
import { StatsError } from "@behoud/stats";
import { tQuantile } from "@behoud/stats";
import {
  checkCountTable,
  checkGrim,
  checkPairedEffectSize,
  checkPValue,
  checkSameQuantity,
  intervalToNumbers,
  roundingInterval,
  type AuditResult,
  type AuditVerdict,
  type CountTableDetails,
  type CountTableReport,
  type PairedEffectDetails,
} from "@behoud/audit";

/**
 * The fields of one published entry that the audit reads; `PublishedValue` of
 * `./published.js` and the raw entries of data/published.json both satisfy it.
 */
export interface PublishedEntry {
  /** Stable id, e.g. "table3.waardering.effect-size". */
  readonly id: string;
  /** Short English description. */
  readonly label: string;
  /** The number exactly as printed ("4,05", ",000", "-", "X", "drie"). */
  readonly text: string;
  /** Type of value: "mean", "count", "n", "effect-size", "p-value", "label", … */
  readonly kind: string;
  /** The number the text parses to, or null. */
  readonly value?: number | null;
  /** Digits printed after the separator, or null for words and non-numbers. */
  readonly decimals?: number | null;
  /** The N the number refers to, when the article gives it. */
  readonly n?: number | null;
  /** What the number measures (construct, with, timepoint, round, label, question). */
  readonly refersTo?: Readonly<Record<string, string>> | null;
  /** Ids that report the same quantity elsewhere, or the totals/parts it belongs to. */
  readonly related?: readonly string[];
  /** True for values the article implies but does not print. */
  readonly inferred?: boolean;
  /** Ambiguities and conflicts noted at transcription. */
  readonly note?: string | null;
  /** The comparison the article states (a threshold's condition for qualifying, e.g. ">=" or ">"). */
  readonly relation?: string | null;
}

/** Name of the check behind a finding. */
export type ArticleCheck =
  | "grim"
  | "grimmer"
  | "closure"
  | "p-value"
  | "paired-effect"
  | "count-table"
  | "scale-bounds"
  | "same-quantity"
  | "sum"
  | "listed-count"
  | "subset-count"
  | "claim"
  | "reliability";

/** One consistency check applied to one or more published numbers. */
export interface ArticleFinding {
  /** Stable id of the finding, `<check>.<subject>`, e.g. "grim.results.part1.behoud.b". */
  readonly key: string;
  readonly check: ArticleCheck;
  /** Published ids the finding concerns. */
  readonly ids: readonly string[];
  readonly verdict: AuditVerdict;
  /** One sentence: what the check found. */
  readonly reason: string;
  /** Two to four sentences for a reader who is not a statistician. */
  readonly plain: string;
  /** Ids whose status becomes "inconsistent-in-article" because of this finding (empty unless it proves a printed number wrong). */
  readonly affects: readonly string[];
  /** The numbers behind the verdict (audit results, intervals, enumerations). */
  readonly details: unknown;
}

/** Result of {@link auditArticle}. */
export interface ArticleAudit {
  /** Every finding, in a fixed order (means, repeated numbers, sums and counts, Table 2, correlations, Table 3, claims). */
  readonly findings: readonly ArticleFinding[];
  /** Ids covered by at least one finding, in the order of the published values. */
  readonly checkedIds: readonly string[];
  /** Ids no check applies to, with the reason, in the order of the published values. */
  readonly notTestable: readonly { readonly id: string; readonly reason: string }[];
}

// ---------------------------------------------------------------------------------------------
// helpers

interface Ctx {
  readonly values: readonly PublishedEntry[];
  readonly byId: ReadonlyMap<string, PublishedEntry>;
  /** Sample size of the article (design.participants.n). */
  readonly n: number;
  /** Response scale from the anchors, or null. */
  readonly scale: { readonly min: number; readonly max: number } | null;
  readonly findings: ArticleFinding[];
}

const SAME_QUANTITY_KINDS = new Set(["n", "count", "duration", "scale-points", "label"]);

function numberOf(e: PublishedEntry | undefined): number | null {
  return e !== undefined && typeof e.value === "number" && Number.isFinite(e.value) ? e.value : null;
}

/** Printed with digits (not words, "X" or "-"), so its precision is known. */
function isPrintedNumber(e: PublishedEntry | undefined): e is PublishedEntry {
  return e !== undefined && numberOf(e) !== null && typeof e.decimals === "number" && /\d/.test(e.text);
}

function fmt(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return String(x);
  return Number(x.toFixed(digits)).toString();
}

function fmtP(p: number): string {
  if (p < 0.0001) return p.toExponential(1);
  return Number(p.toPrecision(2)).toString();
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function add(
  ctx: Ctx,
  key: string,
  check: ArticleCheck,
  ids: readonly string[],
  verdict: AuditVerdict,
  reason: string,
  plain: string,
  affects: readonly string[],
  details: unknown,
): void {
  const known = (list: readonly string[]): string[] => [...new Set(list.filter((id) => ctx.byId.has(id)))];
  ctx.findings.push(
    Object.freeze({
      key,
      check,
      ids: Object.freeze(known([...ids, ...(verdict === "consistent" ? [] : affects)])),
      verdict,
      reason,
      plain,
      affects: Object.freeze(verdict === "consistent" ? [] : known(affects)),
      details,
    }),
  );
}

/** Table 3 rows: construct → its entries. */
interface Table3Row {
  readonly construct: string;
  readonly pre: PublishedEntry | undefined;
  readonly post: PublishedEntry | undefined;
  readonly d: PublishedEntry | undefined;
  readonly significance: PublishedEntry | undefined;
}

function table3Rows(ctx: Ctx): Table3Row[] {
  const constructs: string[] = [];
  for (const e of ctx.values) {
    const m = /^table3\.([^.]+)\.(pre|post|effect-size|significance)$/.exec(e.id);
    if (m !== null && !constructs.includes(m[1] as string)) constructs.push(m[1] as string);
  }
  return constructs.map((c) => ({
    construct: c,
    pre: ctx.byId.get(`table3.${c}.pre`),
    post: ctx.byId.get(`table3.${c}.post`),
    d: ctx.byId.get(`table3.${c}.effect-size`),
    significance: ctx.byId.get(`table3.${c}.significance`),
  }));
}

/** Whether an implied or printed significance entry says "significant" (p < alpha) or "not significant". */
function significanceOf(e: PublishedEntry | undefined): "significant" | "not-significant" | null {
  if (e === undefined) return null;
  if (/^\(?\s*(niet\s+sig|n\.?s\b)/i.test(e.text.trim())) return "not-significant";
  if (numberOf(e) !== null) return "significant";
  return null;
}

function alphaOf(ctx: Ctx): number {
  return numberOf(ctx.byId.get("design.significance.threshold")) ?? 0.05;
}

// ---------------------------------------------------------------------------------------------
// 1. GRIM on every mean

function grimFindings(ctx: Ctx, roundSizes: readonly number[]): void {
  const rows = table3Rows(ctx);
  const clusterIds = new Set<string>();
  for (const r of rows) {
    if (isPrintedNumber(r.pre)) {
      if (r.pre !== undefined) clusterIds.add(r.pre.id);
      if (r.post !== undefined) clusterIds.add(r.post.id);
    }
  }
  for (const e of ctx.values) {
    if (e.kind !== "mean" || !isPrintedNumber(e)) continue;
    const n = e.n ?? ctx.n;
    const nNote = e.n === null || e.n === undefined ? ` N is not printed with this value; the article's N = ${ctx.n} is assumed.` : "";
    const construct = e.refersTo?.construct;
    const key = `grim.${e.id}`;
    if (construct === "fte") {
      // fte is not whole-number data; recorded in tenths it behaves like a 10-item mean.
      const r = checkGrim(e.text, n, { items: 10 });
      add(
        ctx,
        key,
        "grim",
        [e.id],
        "not-testable",
        `fte is not a whole number per person; even recorded in tenths, means of ${n} values move in steps of ${fmt(1 / (10 * n), 4)}, finer than the two printed decimals, so GRIM cannot test ${e.text}.`,
        `GRIM asks whether a mean could come from whole-number answers. Job size in fte is not a whole number (0,8 or 0,6 fte are common), so the mean of ${n} people can take almost any value at two decimals. The check cannot find an error here, which says nothing against the number.`,
        [],
        { grim: r, n, items: 10, assumption: "fte recorded in tenths (0.1 steps) or finer" },
      );
      continue;
    }
    if (clusterIds.has(e.id)) {
      const r = checkGrim(e.text, n);
      const granularity = [1, 2, 3, 4].map((k) => ({ items: k, step: 1 / (n * k) }));
      add(
        ctx,
        key,
        "grim",
        [e.id],
        r.verdict,
        `${r.reason} Table 3 does not print how many items the cluster has; a k-item cluster mean moves in steps of 1/(${n}·k), so GRIM is informative at most for a single item.`,
        `Table 3 gives ${e.text} for a cluster of questions on a 1–5 scale. An average of ${n} whole-number answers moves in steps of 1/${n} ≈ ${fmt(1 / n, 3)}, and an average over several items in even smaller steps, both finer than the one printed decimal. So every one-decimal mean is possible and this check cannot find an error; that says nothing against the number.`,
        [],
        { grim: r, n, items: 1, clusterItemsPrinted: false, granularity },
      );
      continue;
    }
    const r = checkGrim(e.text, n);
    if (r.verdict === "inconsistent") {
      const possibleN: number[] = [];
      for (let m = 1; m <= n; m++) if (checkGrim(e.text, m).verdict !== "inconsistent") possibleN.push(m);
      const below = possibleN.filter((m) => m < n);
      const largest = below.length > 0 ? (below[below.length - 1] as number) : null;
      const rounds = roundSizes.filter((m) => possibleN.includes(m));
      const near = r.details.nearest.map((x) => `${x.sum}/${n} = ${fmt(x.value, 4)}`).join(" and ");
      add(
        ctx,
        key,
        "grim",
        [e.id],
        "inconsistent",
        r.reason + nNote,
        `If ${n} people each answer one question with a whole number, their average can only be a multiple of 1/${n}: the two nearest to ${e.text} are ${near}, which print as ${r.details.nearest.map((x) => x.rounded).join(" and ")}, never as ${e.text}. So ${e.text} cannot be the average of ${n} such answers. It would be possible if fewer people answered${
          largest !== null ? ` (at most ${largest} of the ${n})` : ""
        }${rounds.length > 0 ? `, for example only the ${rounds.join(" or ")} respondents of one round` : ""}, but the article gives no such N.`,
        [e.id],
        { grim: r, n, items: 1, possibleSampleSizes: possibleN, largestPossibleBelowN: largest, possibleRoundSizes: rounds },
      );
      continue;
    }
    const single = construct === "werkervaring" ? "whole years" : "whole-number answers to one item";
    add(
      ctx,
      key,
      "grim",
      [e.id],
      r.verdict,
      r.reason + nNote,
      r.verdict === "consistent"
        ? `GRIM asks whether an average of ${n} ${single} can print as ${e.text}. It can: ${r.details.sums.lower}/${n} = ${fmt(r.details.sums.lower / n, 4)}. The number passes this check.`
        : `GRIM asks whether an average of ${n} ${single} can print as ${e.text}. Such averages move in steps of 1/${n} ≈ ${fmt(1 / n, 3)}, finer than the printed precision, so every value at this precision is possible. The check cannot find an error here, which says nothing against the number.`,
      [],
      { grim: r, n, items: 1, nAssumed: e.n === null || e.n === undefined },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// 2. CLOSURE-style enumeration for a mean with a known minimum and its frequency

/** All frequency tables of whole-number scores with given total, size and minimum-score count. */
function enumerateWithMinimum(
  n: number,
  sums: { lower: number; upper: number },
  minScore: number,
  minCount: number,
  scaleMax: number,
): { counts: number[]; sum: number; sd: number }[] {
  const values: number[] = [];
  for (let v = minScore + 1; v <= scaleMax; v++) values.push(v);
  const rest = n - minCount;
  const out: { counts: number[]; sum: number; sd: number }[] = [];
  const counts = new Array<number>(values.length).fill(0);
  const visit = (j: number, left: number, total: number): void => {
    if (j === values.length - 1) {
      counts[j] = left;
      const sum = total + left * (values[j] as number) + minCount * minScore;
      if (sum >= sums.lower && sum <= sums.upper) {
        let q = minCount * minScore * minScore;
        values.forEach((v, i) => (q += (counts[i] as number) * v * v));
        const sd = Math.sqrt((q - (sum * sum) / n) / (n - 1));
        out.push({ counts: [minCount, ...counts], sum, sd });
      }
      counts[j] = 0;
      return;
    }
    for (let c = 0; c <= left; c++) {
      counts[j] = c;
      visit(j + 1, left - c, total + c * (values[j] as number));
    }
    counts[j] = 0;
  };
  if (rest >= 0 && values.length > 0) visit(0, rest, 0);
  return out;
}

function closureFindings(ctx: Ctx): void {
  for (const e of ctx.values) {
    if (e.kind !== "mean" || !isPrintedNumber(e)) continue;
    const construct = e.refersTo?.construct;
    if (construct === undefined) continue;
    const stem = e.id.replace(/\.mean$/, "");
    const score = ctx.byId.get(`${stem}.lowest.score`);
    const count = ctx.byId.get(`${stem}.lowest.count`);
    const minScore = numberOf(score);
    const minCount = numberOf(count);
    if (score === undefined || count === undefined || minScore === null || minCount === null || ctx.scale === null) continue;
    const n = e.n ?? ctx.n;
    const grim = checkGrim(e.text, n);
    const dists = enumerateWithMinimum(n, grim.details.sums, minScore, minCount, ctx.scale.max);
    const sds = dists.map((d) => d.sd);
    const sdRange = sds.length > 0 ? { min: Math.min(...sds), max: Math.max(...sds) } : null;
    const scores: number[] = [];
    for (let v = minScore; v <= ctx.scale.max; v++) scores.push(v);
    const ids = [e.id, score.id, count.id, "design.scale.anchor.max"];
    const first = dists[0];
    const last = dists[dists.length - 1];
    const show = (d: { counts: number[] }): string =>
      d.counts
        .map((c, i) => [c, scores[i] as number] as const)
        .filter(([c]) => c > 0)
        .map(([c, v]) => `${c} × ${v}`)
        .join(", ");
    if (dists.length === 0 || first === undefined || last === undefined || sdRange === null) {
      add(
        ctx,
        `closure.${stem}`,
        "closure",
        ids,
        "inconsistent",
        `No set of ${n} whole-number answers from ${minScore} to ${ctx.scale.max} with exactly ${minCount} at ${minScore} has a mean that rounds to ${e.text}.`,
        `The text says the mean is ${e.text} and that the ${minCount} lowest scores were ${minScore}. No set of ${n} whole-number answers fits both statements, so one of them must be wrong.`,
        [e.id, score.id, count.id],
        { n, grim, minScore, minCount, scale: ctx.scale, distributions: 0 },
      );
      continue;
    }
    add(
      ctx,
      `closure.${stem}`,
      "closure",
      ids,
      "consistent",
      `${dists.length} frequency tables of ${n} whole-number answers from ${minScore} to ${ctx.scale.max} with exactly ${minCount} at ${minScore} have a mean that rounds to ${e.text} (total ${first.sum}), from ${show(first)} to ${show(last)}; their SDs range from ${fmt(sdRange.min, 2)} to ${fmt(sdRange.max, 2)} (no SD is printed, so GRIMMER and CLOSURE proper cannot run).`,
      `The text gives an average of ${e.text} and says the ${minCount} lowest scorers gave a ${minScore}. Assuming ${n} respondents answered one whole-number question, we listed every possible set of answers with exactly ${minCount} answers of ${minScore} and none lower: ${dists.length} sets fit, for example ${show(first)}. So the two statements agree; the SD, which the article does not print, would lie between ${fmt(sdRange.min, 2)} and ${fmt(sdRange.max, 2)}.`,
      [],
      {
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
        assumption: "one whole-number item per respondent; the lowest observed score is exactly the printed score, shared by exactly the printed number of respondents",
      },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// 3. GRIMMER / CLOSURE need SDs

function grimmerFinding(ctx: Ctx): void {
  const means = ctx.values.filter((e) => e.kind === "mean" && isPrintedNumber(e)).map((e) => e.id);
  if (means.length === 0) return;
  add(
    ctx,
    "grimmer.sds-not-reported",
    "grimmer",
    means,
    "not-testable",
    `The article prints no standard deviation for any of its ${means.length} means, so GRIMMER, the scale-bounds test of an SD and CLOSURE cannot run.`,
    `Several checks (GRIMMER, CLOSURE) test whether a mean and its spread (standard deviation) could come from whole-number answers together. The article reports means but no standard deviations, even though its method section says they were computed, so these checks have nothing to work with.`,
    [],
    { means: means.length, sdsReported: 0 },
  );
}

// ---------------------------------------------------------------------------------------------
// 4. sums of parts (rounds, focus groups)

interface SumRule {
  readonly total: PublishedEntry;
  readonly parts: readonly PublishedEntry[];
}

function sumRules(ctx: Ctx): SumRule[] {
  const rules: SumRule[] = [];
  for (const t of ctx.values) {
    if (t.kind !== "n" || numberOf(t) === null) continue;
    const stem = t.id.replace(/\.n$/, "");
    const parts = (t.related ?? [])
      .map((id) => ctx.byId.get(id))
      .filter((p): p is PublishedEntry => p !== undefined && p.kind === "n" && numberOf(p) !== null)
      .filter((p) => {
        const roundSplit = t.refersTo?.round === "both" && p.refersTo?.round !== undefined && p.refersTo.round !== "both";
        const groupSplit = new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.group\\d+\\.n$`).test(p.id);
        return roundSplit || groupSplit;
      });
    if (parts.length >= 2) rules.push({ total: t, parts });
  }
  return rules;
}

function sumFindings(ctx: Ctx, rules: readonly SumRule[]): void {
  for (const r of rules) {
    const total = numberOf(r.total) as number;
    const sum = r.parts.reduce((a, p) => a + (numberOf(p) ?? 0), 0);
    const ok = sum === total;
    const expr = r.parts.map((p) => p.text).join(" + ");
    add(
      ctx,
      `sum.${r.total.id}`,
      "sum",
      [r.total.id, ...r.parts.map((p) => p.id)],
      ok ? "consistent" : "inconsistent",
      ok ? `${expr} = ${sum}, the printed ${r.total.text}.` : `${expr} = ${sum}, not the printed ${r.total.text}.`,
      ok
        ? `The article gives a total of ${r.total.text} ("${r.total.label}") and its parts as ${expr}. They add up, so these sample sizes agree with each other.`
        : `The article gives a total of ${r.total.text} ("${r.total.label}"), but its parts ${expr} add up to ${sum}. At least one of these sample sizes is misprinted.`,
      [r.total.id, ...r.parts.map((p) => p.id)],
      { total, parts: r.parts.map((p) => ({ id: p.id, value: numberOf(p) })), sum },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// 5. one quantity printed more than once

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

function sameQuantityFindings(ctx: Ctx, rules: readonly SumRule[]): void {
  const partWhole = new Set<string>();
  for (const r of rules) {
    for (const p of r.parts) partWhole.add(pairKey(r.total.id, p.id));
    for (const p of r.parts) for (const q of r.parts) if (p.id !== q.id) partWhole.add(pairKey(p.id, q.id));
  }
  // counts, sample sizes, durations, labels: exact equality over connected components
  const uf = new UnionFind();
  const members = new Set<string>();
  const meanPairs: [PublishedEntry, PublishedEntry][] = [];
  const seen = new Set<string>();
  for (const a of ctx.values) {
    for (const id of a.related ?? []) {
      const b = ctx.byId.get(id);
      if (b === undefined) continue;
      const k = pairKey(a.id, b.id);
      if (seen.has(k)) continue;
      seen.add(k);
      if (a.kind !== b.kind || partWhole.has(k)) continue;
      if (a.id.startsWith("table2.") && b.id.startsWith("table2.")) continue; // cells and totals: the count table
      if (a.kind === "mean") {
        meanPairs.push(a.id < b.id ? [a, b] : [b, a]);
        continue;
      }
      if (!SAME_QUANTITY_KINDS.has(a.kind)) continue;
      uf.union(a.id, b.id);
      members.add(a.id);
      members.add(b.id);
    }
  }
  const components = new Map<string, string[]>();
  for (const e of ctx.values) {
    if (!members.has(e.id)) continue;
    const root = uf.find(e.id);
    const list = components.get(root) ?? [];
    list.push(e.id);
    components.set(root, list);
  }
  for (const ids of components.values()) {
    const entries = ids.map((id) => ctx.byId.get(id) as PublishedEntry);
    const anchor = [...ids].sort()[0] as string;
    const isLabel = entries.every((e) => numberOf(e) === null);
    const norm = (e: PublishedEntry): string => (isLabel ? e.text.trim().toLowerCase() : String(numberOf(e)));
    const distinct = [...new Set(entries.map(norm))];
    const ok = distinct.length === 1;
    const printed = entries.map((e) => `"${e.text}"`).join(", ");
    const inTable2 = entries.some((e) => e.id.startsWith("results.table2text."));
    const textEntry = entries.find((e) => e.id.startsWith("table2.")) ?? entries[0];
    const kindWord = isLabel ? "label" : entries[0]?.kind === "n" ? "sample size" : entries[0]?.kind === "count" ? "count" : "number";
    const plain = ok
      ? inTable2
        ? `Table 2 and the text both give ${distinct[0]} for "${textEntry?.label ?? anchor}". The text repeats the table correctly${
            entries.some((e) => e.id === "results.table2text.totaal.self" || e.id === "table2.totaal.self")
              ? "; note, though, that this printed total does not match the cells it should add up (see the count-table finding)"
              : ""
          }.`
        : `The article prints this ${kindWord} in ${entries.length} places (${printed}), and all say the same${isLabel ? "" : ` (${distinct[0]})`}. The repetitions agree with each other.`
      : `The article prints this ${kindWord} in ${entries.length} places (${printed}), but they do not all agree. At least one of them is wrong.`;
    add(
      ctx,
      `same-quantity.${anchor}`,
      "same-quantity",
      ids,
      ok ? "consistent" : "inconsistent",
      ok
        ? `All ${entries.length} mentions (${printed}) give the same ${isLabel ? "text" : `value, ${distinct[0]}`}.`
        : `The ${entries.length} mentions (${printed}) give different values: ${distinct.join(", ")}.`,
      plain,
      ids,
      { entries: entries.map((e) => ({ id: e.id, text: e.text, value: numberOf(e) })), distinct },
    );
  }
  // means printed twice: rounding intervals, and time points
  const meanComponents = new Map<string, PublishedEntry[]>();
  const muf = new UnionFind();
  for (const [a, b] of meanPairs) muf.union(a.id, b.id);
  for (const e of ctx.values) {
    if (!meanPairs.some(([a, b]) => a.id === e.id || b.id === e.id)) continue;
    const root = muf.find(e.id);
    const list = meanComponents.get(root) ?? [];
    list.push(e);
    meanComponents.set(root, list);
  }
  for (const entries of meanComponents.values()) {
    const numeric = entries.filter(isPrintedNumber);
    const missing = entries.filter((e) => numberOf(e) === null || !/\d/.test(e.text));
    const anchor = entries[0] as PublishedEntry;
    const checks: AuditResult<unknown>[] = [];
    for (let i = 0; i < numeric.length; i++) {
      for (let j = i + 1; j < numeric.length; j++) checks.push(checkSameQuantity((numeric[i] as PublishedEntry).text, (numeric[j] as PublishedEntry).text));
    }
    const tps = [...new Set(numeric.map((e) => e.refersTo?.timepoint ?? "not stated"))];
    const valuesAgree = checks.every((c) => c.verdict === "consistent");
    const ids = entries.map((e) => e.id);
    const texts = numeric.map((e) => e.text).join(" and ");
    if (!valuesAgree) {
      const c = checks.find((x) => x.verdict === "inconsistent") as AuditResult<unknown>;
      add(
        ctx,
        `same-quantity.${anchor.id}`,
        "same-quantity",
        ids,
        "inconsistent",
        c.reason,
        `The article reports the same average twice, as ${texts}. A true value would print as ${numeric.map((e) => e.text).join(" in one place and ")} only if it lay in two ranges that do not overlap, so at least one of the two numbers is wrong. Which one the article meant cannot be told from the text.`,
        numeric.map((e) => e.id),
        { checks, timepoints: tps },
      );
      continue;
    }
    const tpConflict = tps.length > 1 || missing.length > 0;
    const missingText = missing.map((e) => `"${e.text}"`).join(", ");
    add(
      ctx,
      `same-quantity.${anchor.id}`,
      "same-quantity",
      ids,
      "consistent",
      `${checks.map((c) => c.reason).join(" ")}${
        tpConflict
          ? ` The values agree, but the text places ${numeric.map((e) => `${e.text} at "${e.refersTo?.timepoint ?? "not stated"}"`).join(" and ")}${
              missing.length > 0 ? `, and Table 3 prints ${missingText} for the time point the text gives` : ""
            } (a note, not an impossible number).`
          : ""
      }`,
      tpConflict
        ? `The text says respondents scored ${numeric[0]?.text ?? ""} on development opportunities before the courses; Table 3 gives the same ${numeric[1]?.text ?? ""}, but as the score after the courses, and prints ${missingText || "nothing"} for before. The numbers agree, but both cannot describe the same moment unless nothing changed; either the text attaches a post-course score to the wrong time point, or part 1 asked a separate question. This does not make either number impossible.`
        : `The article reports this average twice, as ${texts}; both can be roundings of the same value. The repetition agrees.`,
      [],
      { checks, timepoints: tps, level: tpConflict ? "note" : "check", notPrinted: missing.map((e) => ({ id: e.id, text: e.text })) },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// 6. counts stated in words against the things the article lists

function listedCountFindings(ctx: Ctx): void {
  const table2Questions = [...new Set(ctx.values.filter((e) => e.id.startsWith("table2.") && e.kind === "count").map((e) => e.refersTo?.question).filter((q): q is string => q !== undefined && q !== "both"))];
  const rules: { id: string; what: string; listed: readonly string[] }[] = [
    { id: "design.research-questions.count", what: "sub-questions in Table 1", listed: ctx.values.filter((e) => /^table1\.rq\d+\.subquestion$/.test(e.id)).map((e) => e.id) },
    { id: "results.correlations.count", what: "correlations reported", listed: ctx.values.filter((e) => e.kind === "correlation" && e.id.startsWith("results.correlation.")).map((e) => e.id) },
    { id: "design.focusgroups.count", what: "focus groups with a printed size", listed: ctx.values.filter((e) => /^design\.focusgroups\.group\d+\.n$/.test(e.id)).map((e) => e.id) },
    {
      id: "results.open-questions.count",
      what: "question columns of Table 2",
      listed: table2Questions.map((q) => ctx.values.find((e) => e.id.startsWith("table2.totaal.") && e.refersTo?.question === q)?.id ?? "").filter((x) => x !== ""),
    },
  ];
  for (const r of rules) {
    const e = ctx.byId.get(r.id);
    const stated = numberOf(e);
    if (e === undefined || stated === null || r.listed.length === 0) continue;
    const ok = stated === r.listed.length;
    add(
      ctx,
      `listed-count.${r.id}`,
      "listed-count",
      [r.id, ...r.listed],
      ok ? "consistent" : "inconsistent",
      `The text says "${e.text}" (${stated}); the article lists ${r.listed.length} ${r.what}.`,
      ok
        ? `The article says there are ${e.text} (${stated}) and indeed lists ${r.listed.length} ${r.what}. The count agrees.`
        : `The article says there are ${e.text} (${stated}) but lists ${r.listed.length} ${r.what}. The two do not agree.`,
      [r.id],
      { stated, listed: r.listed },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// 7. Table 2 as a count table

interface Table2 {
  readonly labels: readonly string[];
  readonly questions: readonly string[];
  readonly cell: (label: string, question: string) => PublishedEntry | undefined;
  readonly report: CountTableReport;
}

function table2(ctx: Ctx): Table2 | null {
  const entries = ctx.values.filter((e) => e.id.startsWith("table2.") && e.kind === "count" && e.refersTo?.label !== undefined && e.refersTo.question !== undefined);
  const map = new Map(entries.map((e) => [`${e.refersTo?.label}|${e.refersTo?.question}`, e]));
  const labels = [...new Set(entries.map((e) => e.refersTo?.label as string))].filter((l) => l !== "totaal");
  const questions = [...new Set(entries.map((e) => e.refersTo?.question as string))].filter((q) => q !== "both");
  if (labels.length === 0 || questions.length === 0) return null;
  const cell = (label: string, question: string): PublishedEntry | undefined => map.get(`${label}|${question}`);
  const text = (e: PublishedEntry | undefined): string | null => (e === undefined ? null : e.text);
  const report: CountTableReport = {
    cells: labels.map((l) => questions.map((q) => text(cell(l, q)) ?? "-")),
    rowLabels: labels,
    columnLabels: questions,
    rowTotals: labels.map((l) => text(cell(l, "both"))),
    columnTotals: questions.map((q) => text(cell("totaal", q))),
    grandTotal: text(cell("totaal", "both")),
  };
  return { labels, questions, cell, report };
}

function countTableFindings(ctx: Ctx): void {
  const t = table2(ctx);
  if (t === null) return;
  const result = checkCountTable(t.report);
  const dashMissing = checkCountTable(t.report, { dash: "missing" });
  const d: CountTableDetails = result.details;
  const allIds = ctx.values.filter((e) => e.id.startsWith("table2.") && e.kind === "count").map((e) => e.id);
  const failing: { id: string; printed: number; cellSum: number; difference: number }[] = [];
  for (const l of d.columns) if (l.status === "off" && l.printed !== null) failing.push({ id: t.cell("totaal", l.label)?.id ?? "", printed: l.printed, cellSum: l.cellSum, difference: l.difference ?? 0 });
  for (const l of d.rows) if (l.status === "off" && l.printed !== null) failing.push({ id: t.cell(l.label, "both")?.id ?? "", printed: l.printed, cellSum: l.cellSum, difference: l.difference ?? 0 });
  if (d.grandTotal !== null && d.grandTotal.difference !== 0) failing.push({ id: t.cell("totaal", "both")?.id ?? "", printed: d.grandTotal.printed, cellSum: d.grandTotal.cellSum, difference: d.grandTotal.difference });
  // the text repeating a failing total is as wrong as the total
  const affects: string[] = [];
  for (const f of failing) {
    affects.push(f.id);
    for (const id of ctx.byId.get(f.id)?.related ?? []) {
      const r = ctx.byId.get(id);
      if (r !== undefined && !r.id.startsWith("table2.") && r.kind === "count" && numberOf(r) === f.printed) affects.push(r.id);
    }
  }
  const columnWord = (q: string): string => (q === "self" ? `"jou" (self)` : q === "teachers" ? `"leraren" (teachers)` : q);
  const dashNote = (() => {
    // a "-" in a failing column can hide nothing when its row total equals the other cells
    const hidden: string[] = [];
    t.report.cells.forEach((row, i) => {
      row.forEach((c, j) => {
        if (!/^[-\u2013\u2014]?$/.test(c.trim())) return;
        const line = d.rows[i];
        if (line !== undefined && line.printed !== null && line.printed === line.cellSum) hidden.push(`${t.labels[i]}/${t.questions[j]}`);
      });
    });
    return hidden;
  })();
  const colFails = d.columns.filter((l) => l.status === "off");
  add(
    ctx,
    "count-table.table2",
    "count-table",
    allIds,
    result.verdict,
    result.reason,
    result.verdict === "consistent"
      ? `Every row, column and grand total of Table 2 equals the sum of its cells.`
      : `We added up Table 2. Every row total is right, but ${colFails
          .map((l) => `the ${columnWord(l.label)} column adds up to ${l.cellSum}, not the printed ${l.printed}`)
          .join(", and ")}${d.grandTotal !== null && d.grandTotal.difference !== 0 ? `, and all cells together give ${d.grandTotal.cellSum}, not the printed ${d.grandTotal.printed}` : ""}. Either a row is missing from the printed table or the totals are wrong; the text repeats the total, so it inherits the problem. The individual counts themselves are not in doubt.`,
    affects,
    {
      table: t.report,
      check: result,
      dashAsMissing: dashMissing,
      dashCellsThatCannotHideCounts: dashNote,
      failing,
    },
  );
  // would one missing row explain every failure?
  const diffs = d.columns.map((l) => l.difference ?? 0);
  const grandDiff = d.grandTotal?.difference ?? 0;
  const rowsOk = d.rows.every((l) => l.status !== "off");
  if (failing.length > 0) {
    const candidate = diffs.every((x) => x >= 0) && diffs.some((x) => x > 0) && rowsOk && diffs.reduce((a, b) => a + b, 0) === grandDiff;
    const row = diffs.map((x) => (x === 0 ? "-" : String(x)));
    const rowTotal = diffs.reduce((a, b) => a + b, 0);
    const extended: CountTableReport = {
      ...t.report,
      cells: [...t.report.cells, row],
      rowLabels: [...(t.report.rowLabels ?? []), "(hypothetical missing row)"],
      rowTotals: [...(t.report.rowTotals ?? []), String(rowTotal)],
    };
    const rerun = candidate ? checkCountTable(extended) : null;
    const explains = rerun !== null && rerun.verdict === "consistent";
    const rowText = `(${diffs.map((x, j) => `${x} ${t.questions[j] === "self" ? "for \"jou\"" : t.questions[j] === "teachers" ? "for \"leraren\"" : `for ${t.questions[j]}`}`).join(", ")}; total ${rowTotal})`;
    add(
      ctx,
      "count-table.table2.missing-row",
      "count-table",
      failing.map((f) => f.id).concat(t.questions.map((q) => t.cell("totaal", q)?.id ?? "")),
      explains ? "consistent" : "inconsistent",
      explains
        ? `One extra row ${rowText} added to the printed cells makes every row, column and grand total of Table 2 add up.`
        : `No single extra row makes every total of Table 2 add up.`,
      explains
        ? `The mismatches follow one simple pattern: one row with ${rowTotal} mentions, all in answer to the first question ("om jou te behouden"), would make every total right, including the grand total. So a label may have dropped out of the printed table while its mentions stayed in the totals. This is an explanation, not a proof; the article does not say.`
        : `The mismatches cannot be explained by one missing row, so more than one number in the table must be off.`,
      [],
      { hypotheticalRow: row, hypotheticalRowTotal: rowTotal, check: rerun, singleRowCandidate: candidate },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// 8. a subgroup count against the counts it belongs to

function subsetCountFindings(ctx: Ctx): void {
  const t = table2(ctx);
  const salary = ctx.byId.get("results.maatschappelijke-waardering.lowest.salary");
  const lowest = ctx.byId.get("results.maatschappelijke-waardering.lowest.count");
  const k = numberOf(salary);
  if (t === null || salary === undefined || k === null) return;
  const label = t.labels.find((l) => l.includes("salaris"));
  if (label === undefined) return;
  const cells = t.questions.map((q) => t.cell(label, q));
  const total = t.cell(label, "both");
  const counts = cells.map((c) => numberOf(c) ?? 0);
  const totalCount = numberOf(total) ?? counts.reduce((a, b) => a + b, 0);
  const group = numberOf(lowest);
  const ok = k <= totalCount && (group === null || k <= group);
  const ids = [salary.id, ...(lowest !== undefined ? [lowest.id] : []), ...cells.map((c) => c?.id ?? ""), total?.id ?? ""];
  add(
    ctx,
    `subset-count.${salary.id}`,
    "subset-count",
    ids,
    ok ? "consistent" : "inconsistent",
    `${k} respondents ("${salary.text}") naming a salary increase need at least ${k} of Table 2's salary mentions (${counts.join(" + ")} = ${totalCount})${group !== null ? ` and can be no more than the ${group} lowest scorers` : ""}; ${ok ? "both hold" : "this fails"}.`,
    ok
      ? `The text says the ${k} respondents with the lowest societal-appreciation score all named a higher salary. Table 2 counts ${totalCount} salary mentions (${counts.join(" and ")} for the two questions), enough to include these ${k} respondents whichever question they answered. The statement fits the table.`
      : `The text says ${k} respondents named a higher salary, but Table 2 counts fewer salary mentions than that, so the statement and the table disagree.`,
    ok ? [] : [salary.id],
    { respondents: k, group, mentionsPerQuestion: counts, mentionsTotal: totalCount },
  );
}

// ---------------------------------------------------------------------------------------------
// 9. correlations: r and N against p

function pValueFindings(ctx: Ctx): void {
  const pairs: string[] = [];
  for (const e of ctx.values) {
    const m = /^results\.correlation\.([^.]+)\.r$/.exec(e.id);
    if (m !== null) pairs.push(m[1] as string);
  }
  for (const slug of pairs) {
    const r = ctx.byId.get(`results.correlation.${slug}.r`);
    const p = ctx.byId.get(`results.correlation.${slug}.p`);
    const nEntry = ctx.byId.get(`results.correlation.${slug}.n`);
    if (r === undefined || p === undefined) continue;
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
    const x = r.refersTo?.construct ?? "";
    const y = r.refersTo?.with ?? "";
    add(
      ctx,
      `p-value.results.correlation.${slug}`,
      "p-value",
      ids,
      statcheck.verdict,
      `${statcheck.reason} With statcheck's other setting (p = .000 not counted as an error) the verdict is "${lenient.verdict}"; decision error: ${d.decisionError ? "yes" : "no"}.`,
      d.pZero
        ? `The article reports a correlation of r = ${r.text} between ${x} and ${y} among ${n} people with "p = ${pText}". Recomputed from r and N, p is about ${fmtP(d.computedP)} (between ${fmtP(d.computedPRange.lower)} and ${fmtP(d.computedPRange.upper)} for any r that prints as ${r.text}), far below .001, so the correlation is clearly significant as the article says. A p-value is never exactly zero, so "p = ${pText}" should have been written "p < ${pText.replace(/0$/, "1")}"; the statcheck tool counts this as a reporting error, but not one that changes any conclusion, and the printed digits are a correct rounding.`
        : `The article reports r = ${r.text} among ${n} people with p ${relation} ${pText}. Recomputed from r and N, p is about ${fmtP(d.computedP)}. ${statcheck.verdict === "consistent" ? "The reported p agrees." : "The reported p does not agree."}`,
      d.decisionError ? [p.id] : [],
      { statcheck, pZeroErrorOff: lenient, n, df: n - 2, t },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// 10. Table 3: paired effect sizes against means and significance

const CONSTRUCT_EN: Readonly<Record<string, string>> = {
  werkplezier: "enjoyment of work",
  werkdruk: "workload",
  "self-efficacy": "self-efficacy",
  autonomie: "autonomy",
  waardering: "appreciation by the supervisor",
};

function pairedFindings(ctx: Ctx): void {
  const alpha = alphaOf(ctx);
  const threshold = ctx.byId.get("design.significance.threshold");
  const scaleOpts = ctx.scale === null ? {} : { scaleMin: ctx.scale.min, scaleMax: ctx.scale.max };
  const anchors = ["design.scale.anchor.min", "design.scale.anchor.max"];
  for (const row of table3Rows(ctx)) {
    const { pre, post, d, significance } = row;
    if (!isPrintedNumber(pre) || !isPrintedNumber(post)) continue;
    const sig = significanceOf(significance);
    if (sig === null) continue;
    const n = post.n ?? ctx.n;
    const en = CONSTRUCT_EN[row.construct] ?? row.construct;
    const ids = [pre.id, post.id, ...(d !== undefined ? [d.id] : []), ...(significance !== undefined ? [significance.id] : []), ...(threshold !== undefined ? [threshold.id] : [])];
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
      const rPhrase = (r: number | null): string =>
        r === null ? "no correlation" : r <= -0.99 ? "any correlation" : r < 0 ? `practically any correlation (at least ${fmt(r, 2)})` : `a correlation of at least ${fmt(r, 2)}`;
      const sigWord = sig === "significant" ? "significant" : "not significant";
      const tR = dzv?.tRange;
      add(
        ctx,
        `paired-effect.table3.${row.construct}`,
        "paired-effect",
        [...ids, ...anchors],
        all.verdict,
        all.reason,
        all.verdict === "consistent"
          ? `Table 3 gives ${en} as ${pre.text} before and ${post.text} after, with effect size d = ${d.text}, and the article implies the change is ${sigWord}. The article does not say which of the usual versions of d it used. ${
              dz.verdict === "consistent"
                ? `Every version fits: as d_z (the one tied to the t-test) it gives t(${n - 1}) ≈ ${fmt((d.value as number) * Math.sqrt(n), 2)}, ${sigWord} as claimed${rAv !== null && rAv > -0.99 ? `; as d_av or d_rm it needs ${rPhrase(rAv)} between respondents' before and after scores` : ""}.`
                : `As d_z it does not fit (see the separate finding); as d_av or d_rm it fits if respondents' before and after scores correlate at least ${fmt(rAv ?? rRm ?? NaN, 2)}, which the article does not report.`
            } So these numbers are possible together.`
          : `Table 3 gives ${en} as ${pre.text} before and ${post.text} after with d = ${d.text}, but no version of d fits these means together with the implied significance. At least one of the numbers must be wrong.`,
        all.verdict === "inconsistent" ? [d.id, significance?.id ?? ""] : [],
        { check: all, ...summary },
      );
      add(
        ctx,
        `paired-effect.table3.${row.construct}.d_z`,
        "paired-effect",
        ids,
        dz.verdict,
        `${dz.reason}${dz.verdict === "inconsistent" ? ` This holds only if d is d_z and the test two-sided; the article names neither, so no printed number is proven wrong.` : ""}`,
        dz.verdict === "consistent"
          ? `If d = ${d.text} is d_z, the effect size computed from the individual differences, the paired t-test has t = d·√N ≈ ${fmt((d.value as number) * Math.sqrt(n), 2)} with ${n - 1} degrees of freedom, which is ${sigWord} at ${alpha} as the article implies. Under this reading the numbers agree.`
          : `If d = ${d.text} is d_z, the effect size computed from the individual differences, the paired t-test has t = d·√N ≈ ${tR !== undefined && tR !== null ? fmt(((tR.lower + tR.upper) / 2), 2) : "?"} with ${n - 1} degrees of freedom and p ≈ ${dzv?.pRange !== undefined && dzv.pRange !== null ? `${fmt(dzv.pRange.lower, 3)}–${fmt(dzv.pRange.upper, 3)}` : "?"}, which is not significant at ${alpha}, whereas the article treats the change as significant. The contradiction disappears if d is another version (d_av or d_rm, with a before–after correlation of at least ${fmt(rAv ?? NaN, 2)}) or if the test was one-sided (p ≈ ${oneSided !== null ? `${fmt(oneSided.lower, 3)}–${fmt(oneSided.upper, 3)}` : "?"}); the article says neither, so the printed numbers are unverifiable rather than impossible.`,
        [],
        { check: dz, ...summary, assumptions: ["d is d_z", "two-sided paired t-test"] },
      );
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
    add(
      ctx,
      `paired-effect.table3.${row.construct}`,
      "paired-effect",
      [...ids, ...anchors],
      ok ? "consistent" : "inconsistent",
      sig === "not-significant"
        ? `With n = ${n}, a paired difference is not significant at ${alpha} iff d_z ≤ t(${1 - alpha / 2}, ${n - 1})/√${n} = ${fmt(c, 4)} (printed d_z up to ${largestPrintedDz.toFixed(2)}; d_av = d_rm ≤ ${fmt(c, 3)}·√(2(1 − r))); the means ${pre.text} → ${post.text} stay non-significant whenever the SD of the differences is at least ${fmt(minSdDiffPrinted, 2)} (${fmt(minSdDiffMax, 2)} for the largest difference the rounding allows${zeroPossible ? "; a true difference of 0 is also possible" : ""}).`
        : `No d is printed; the means allow a difference of ${fmt(diffLo, 2)} to ${fmt(diffHi, 2)}.`,
      `Table 3 gives ${en} as ${pre.text} before and ${post.text} after and marks the change "${significance?.text ?? ""}", with no effect size. With ${n} respondents a change this small is not significant as long as it is small relative to how much people's changes differ: the standardised change d_z must stay at or below ${fmt(c, 2)}, i.e. the individual changes must vary with a standard deviation of at least about ${fmt(minSdDiffPrinted, 2)} points. That is an ordinary amount of variation on a 1–5 scale, so the statement fits the means.`,
      [],
      { criticalT: c * Math.sqrt(n), criticalDz: c, largestPrintedDz, meanDifference: { lower: diffLo, upper: diffHi }, printedDifference: printedDiff, minSdDiff: { printedDifference: minSdDiffPrinted, largestDifference: minSdDiffMax }, maxDavOrDrmByCorrelation: maxDav },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// 11. scale bounds: the SD that d implies against the largest SD the scale allows

function scaleBoundFindings(ctx: Ctx): void {
  if (ctx.scale === null) return;
  const { min: a, max: b } = ctx.scale;
  const anchors = ["design.scale.anchor.min", "design.scale.anchor.max", "design.scale.points", "table3.caption.scale-points"];
  for (const row of table3Rows(ctx)) {
    const { pre, post, d } = row;
    if (!isPrintedNumber(pre) || !isPrintedNumber(post) || !isPrintedNumber(d)) continue;
    const n = post.n ?? ctx.n;
    const ivs = [pre, post].map((e) => intervalToNumbers(roundingInterval(e.text)));
    const dIv = intervalToNumbers(roundingInterval(d.text));
    const preIv = ivs[0] as { lower: number; upper: number };
    const postIv = ivs[1] as { lower: number; upper: number };
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
    add(
      ctx,
      `scale-bounds.table3.${row.construct}`,
      "scale-bounds",
      [pre.id, post.id, d.id, ...anchors],
      ok ? "consistent" : "inconsistent",
      `Read as d_av or d_rm with equal SDs, d = ${d.text} and a difference of ${fmt(diffLo, 2)}–${fmt(diffHi, 2)} imply an SD of ${fmt(implied.lower, 2)}–${fmt(implied.upper, 2)}; on a ${a}–${b} scale with means ${pre.text} and ${post.text} and n = ${n} the SD can be at most ${fmt(cap, 2)}${ok ? "" : ", less than required"}.`,
      ok
        ? `Effect size d is the change divided by the spread of the scores, so ${d.text} and a change of about ${fmt(printedDiffOf(pre, post), 1)} imply a spread (SD) of roughly ${fmt(implied.lower, 1)}–${fmt(implied.upper, 1)} points. On a 1–5 scale with these means the spread can be as large as ${fmt(cap, 2)}, so the implied spread is possible. The means, the effect size and the scale fit together.`
        : `Effect size d is the change divided by the spread of the scores; here the spread it implies is larger than a 1–5 scale allows at these means, so the numbers cannot all be right.`,
      ok ? [] : [d.id],
      { impliedSd: implied, maxSdOnScale: cap, meanDifference: { lower: diffLo, upper: diffHi }, d: dIv, n, scale: ctx.scale, assumption: "equal pre and post SDs; d = M_diff / SD" },
    );
  }
}

function printedDiffOf(pre: PublishedEntry, post: PublishedEntry): number {
  return Math.abs((numberOf(post) ?? 0) - (numberOf(pre) ?? 0));
}

// ---------------------------------------------------------------------------------------------
// 12. claims in words against the thresholds and numbers the article gives

/** Claims the article's text makes about Table 3's effects (Dutch wording as printed). */
const EFFECT_CLAIMS: readonly { construct: string; quote: string; claimed: "large" | "gain" | "small" }[] = [
  { construct: "werkplezier", quote: "De deelnemers geven aan door de leergangen meer werkplezier te ervaren", claimed: "gain" },
  { construct: "waardering", quote: "ze rapporteren iets meer waardering te beleven", claimed: "small" },
  { construct: "autonomie", quote: "Ook zeggen ze meer autonomie te ervaren", claimed: "gain" },
  { construct: "self-efficacy", quote: "is hun gevoel van self-efficacy (vertrouwen in eigen kunnen) fors toegenomen", claimed: "large" },
];

type Band = "below worthwhile" | "worthwhile" | "high";

function claimFindings(ctx: Ctx): void {
  const worth = ctx.byId.get("design.effect-size.threshold.worthwhile");
  const high = ctx.byId.get("design.effect-size.threshold.high");
  const w = numberOf(worth);
  const h = numberOf(high);
  if (worth !== undefined && high !== undefined && w !== null && h !== null) {
    // the thresholds' own relations: "vanaf 0,4" (>=), "boven de 0,6" (>)
    const meets = (x: number, bound: number, relation: string | null | undefined): boolean => (relation === ">" ? x > bound : x >= bound);
    const bandOf = (x: number): Band => (meets(x, h, high.relation) ? "high" : meets(x, w, worth.relation) ? "worthwhile" : "below worthwhile");
    const bandText: Record<Band, string> = {
      high: `high (${high.relation === ">" ? "above" : "from"} ${high.text})`,
      worthwhile: `worth the effort (from ${worth.text}) but not high (${high.relation === ">" ? "above" : "from"} ${high.text})`,
      "below worthwhile": `below the ${worth.text} that the article calls worth the effort`,
    };
    for (const claim of EFFECT_CLAIMS) {
      const d = ctx.byId.get(`table3.${claim.construct}.effect-size`);
      if (!isPrintedNumber(d)) continue;
      const iv = intervalToNumbers(roundingInterval(d.text));
      const lo = bandOf(iv.lower);
      const hi = bandOf(iv.upper);
      const band = lo === hi ? lo : null;
      const required: Band[] = claim.claimed === "large" ? ["high"] : claim.claimed === "gain" ? ["worthwhile", "high"] : ["below worthwhile", "worthwhile", "high"];
      const fits = band === null ? required.includes(hi) || required.includes(lo) : required.includes(band);
      const en = CONSTRUCT_EN[claim.construct] ?? claim.construct;
      const wording =
        claim.claimed === "large" ? "a strong increase" : claim.claimed === "gain" ? "a gain, without qualification" : "a small gain (\"iets meer\", slightly more)";
      add(
        ctx,
        `claim.hattie.${claim.construct}`,
        "claim",
        [d.id, worth.id, high.id],
        fits ? "consistent" : "inconsistent",
        `d = ${d.text} (${fmt(iv.lower, 3)} to ${fmt(iv.upper, 3)}) is ${band === null ? "on the border of two bands" : bandText[band]} by Hattie's bounds, which the article says it follows; the text describes it as ${wording}: "${claim.quote}".`,
        fits
          ? `The article says it follows Hattie's rule of thumb: effects from ${worth.text} are worth the effort, above ${high.text} high. For ${en} d = ${d.text}, and the text's wording (${wording}) fits that band. Nothing to correct.`
          : `The article says it follows Hattie's rule of thumb: effects from ${worth.text} are worth the effort, above ${high.text} high. For ${en} d = ${d.text} is ${band === null ? "on the border" : bandText[band]}, yet the text describes it as ${wording}. The number itself is not in doubt; the words claim more than the article's own yardstick allows.`,
        [],
        { d: iv, band, claimed: claim.claimed, thresholds: { worthwhile: w, high: h }, quote: claim.quote },
      );
    }
  }
  const sigThreshold = ctx.byId.get("design.significance.threshold");
  if (sigThreshold !== undefined && numberOf(sigThreshold) !== null) {
    add(
      ctx,
      "claim.significance.ondergrens",
      "claim",
      [sigThreshold.id],
      "inconsistent",
      `The article calls ${sigThreshold.text} an "ondergrens" (lower bound) for significance, but a difference counts as significant when p is below ${sigThreshold.text}, so it is an upper bound on p.`,
      `The method says a difference was significant with "een ondergrens van ${sigThreshold.text}" (a lower bound). The usual rule, which the rest of the article follows, is that p must be below ${sigThreshold.text}; so the word is the wrong way round. This is a slip of wording and changes no number.`,
      [],
      { quote: "Daarbij hanteerden we een ondergrens van 0,05.", relation: "p < alpha" },
    );
  }
  const fte = ctx.values.find((e) => e.refersTo?.construct === "fte" && e.kind === "mean");
  const fteValue = numberOf(fte);
  if (fte !== undefined && fteValue !== null) {
    const ok = fteValue >= 1;
    add(
      ctx,
      `claim.${fte.id}`,
      "claim",
      [fte.id],
      ok ? "consistent" : "inconsistent",
      `The text calls the participants' jobs "voltijdse banen" (full-time jobs) while their mean is ${fte.text} fte; a mean below 1 fte means that not all of them can have worked full time, unless some worked more than 1 fte.`,
      ok
        ? `The text calls the jobs full-time and the mean job size is ${fte.text} fte, which fits.`
        : `The text calls the participants' jobs full-time ("voltijdse banen"), but their average job size is ${fte.text} fte. An average below 1 means that some must have worked part time, so "full-time" is at best loose wording ("mostly large jobs"). The number itself is not in doubt.`,
      [],
      { quote: "met voltijdse banen (gem. 0,84 fte)", mean: fteValue },
    );
  }
  // "Overig (≤ 3 maal genoemd)": listed labels must have more mentions than the bound
  const t = table2(ctx);
  const bound = ctx.byId.get("table2.overig.threshold");
  const b = numberOf(bound);
  if (t !== null && bound !== undefined && b !== null) {
    const listed = t.labels.filter((l) => l !== "overig");
    const totals = listed.map((l) => ({ label: l, id: t.cell(l, "both")?.id ?? "", total: numberOf(t.cell(l, "both")) ?? 0 }));
    const tooSmall = totals.filter((x) => x.total <= b);
    const smallCells = listed.filter((l) => t.questions.some((q) => (numberOf(t.cell(l, q)) ?? 0) <= b));
    const ok = tooSmall.length === 0;
    add(
      ctx,
      "claim.table2.overig-threshold",
      "claim",
      [bound.id, ...totals.map((x) => x.id)],
      ok ? "consistent" : "inconsistent",
      `Every label listed separately in Table 2 has a row total above ${bound.text} (smallest ${Math.min(...totals.map((x) => x.total))}), as "Overig (≤ ${bound.text} maal genoemd)" requires if the bound applies to the label total; ${smallCells.length} listed labels have a column count of ${bound.text} or less, so the bound cannot apply per column.`,
      ok
        ? `Labels mentioned ${bound.text} times or fewer were pooled as "Overig". Every label the table lists on its own was mentioned more often than that in total, so the pooling rule is applied consistently (counting both questions together).`
        : `Labels mentioned ${bound.text} times or fewer were to be pooled as "Overig", yet some listed labels have no more mentions than that; the pooling rule is not applied consistently.`,
      ok ? [] : tooSmall.map((x) => x.id),
      { bound: b, rowTotals: totals, labelsWithSmallColumnCounts: smallCells },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// 13. reliability stated without values

function reliabilityFindings(ctx: Ctx): void {
  const alphaEntries = ctx.values.filter((e) => e.kind === "reliability");
  for (const e of alphaEntries) {
    const threshold = (e.related ?? []).filter((id) => ctx.byId.get(id)?.kind === "threshold");
    add(
      ctx,
      `reliability.${e.id}`,
      "reliability",
      [e.id, ...threshold],
      "not-testable",
      `The article states that every cluster's Cronbach's alpha was "rond of boven" ${e.text} but prints no alpha, no item count and no item data, so the statement cannot be checked${e.inferred === true ? " (the value is inferred from the wording)" : ""}.`,
      `The article says all question clusters reached a reliability (Cronbach's alpha) of about ${e.text} or more. It prints no alpha values and not even how many questions each cluster has, so a reader cannot check this; "around" also allows values somewhat below ${e.text}. Only the raw answers could settle it.`,
      [],
      { stated: e.text, inferred: e.inferred === true },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// coverage

function notTestableReason(e: PublishedEntry): string {
  if (e.id.startsWith("literature.")) return "Cited from another study, not a result of this one; nothing in the article can check it.";
  if (e.id.startsWith("model.")) return "A count of concepts in the conceptual model (Fig. 1); a description, not a measurement.";
  if (e.kind === "label") return "Printed text without a number (a question, instrument, item wording or round label); nothing to recompute.";
  if (e.kind === "year") return "A calendar year of the project; the article gives nothing to check it against.";
  if (e.kind === "duration") return "A duration stated once; the article gives no data to check it against.";
  if (e.text.trim() === "X") return 'Printed "X": not measured (no retrospective pre-score, hence no effect size); there is no number to check.';
  if (e.text.trim() === "-") return 'Printed "-": no value given; there is no number to check.';
  if (e.kind === "count" && e.id.startsWith("design.questionnaire.")) return "The number of questionnaire parts; the parts are described in prose, not as values the audit can count.";
  return "No consistency check applies to this value with what the article prints.";
}

/**
 * Runs every applicable consistency check of the audit on every number the article prints and
 * says, for each published id, which finding covers it or why none can.
 *
 * Checks (each finding records the audit function's result in `details`):
 * - **GRIM** on every mean with its N (the article's N = 51 where the entry gives none); Table 3's
 *   cluster means as single items, with the granularity 1/(N·k) of a k-item cluster; fte as tenths.
 * - **CLOSURE-style enumeration** for a mean with a stated minimum score and its frequency
 *   (societal appreciation 3,55 with three respondents at 2): every frequency table of N whole
 *   numbers with exactly that many at the minimum and a mean that rounds to the printed one.
 * - **GRIMMER/CLOSURE**: not testable, no SDs are printed.
 * - **Same quantity**: entries linked by `related` with the same kind (sample sizes, counts,
 *   durations, labels) must agree exactly; means printed twice must have overlapping rounding
 *   intervals (`checkSameQuantity`), and a difference in stated time point is reported as a note.
 * - **Sums**: a sample size against its parts (rounds; focus groups).
 * - **Listed counts**: a count in words ("twee") against the number of things the article lists.
 * - **Count table**: Table 2's cells against its row, column and grand totals ("-" = 0), and
 *   whether one missing row would explain every failure.
 * - **Subset count**: the three lowest scorers naming a salary increase against Table 2's salary
 *   mentions.
 * - **p-values**: each correlation r with N → t = r√(N − 2)/√(1 − r²), df = N − 2 → two-sided p
 *   over the rounding interval of r, judged as statcheck does (p = .000 is an error by default,
 *   never a decision error when p < alpha).
 * - **Paired effect sizes**: for each Table 3 row with pre, post, d and implied significance,
 *   which of d_z = M_diff/SD_diff = t/√N, d_av = M_diff/((SD₁ + SD₂)/2) and d_rm = d_z·√(2(1 − r))
 *   fit, and for which pre-post correlations r; d_z alone as a separate finding; for the
 *   non-significant row without d, the largest d_z (t_{1−α/2, N−1}/√N) and d_av/d_rm that keep it so.
 * - **Scale bounds**: the SD that d implies (M_diff/d) against the largest SD on the 1–5 scale,
 *   √((m − 1)(5 − m)·N/(N − 1)).
 * - **Claims**: effect sizes against Hattie's bounds as the article states them, the
 *   "ondergrens" of 0,05, "voltijdse banen" against the mean fte, the "Overig" bound.
 * - **Reliability**: the alpha statement, not testable.
 *
 * Only findings that prove a printed number wrong list ids in `affects`; wording findings,
 * findings that depend on an assumption the article does not make (the d variant, sidedness) and
 * statcheck's p = .000 rule leave it empty.
 *
 * @param published The published values (`values` of data/published.json, or `loadPublished()`).
 * @returns Findings, the ids they cover and the ids no check applies to (with the reason).
 * @throws {StatsError} INVALID_ARGUMENT when no sample size can be found
 *   (`design.participants.n`) or ids are duplicated.
 * @example
 * const audit = auditArticle(loadPublished());
 * audit.findings.find((f) => f.key === "grim.results.part1.behoud.b")?.verdict // "inconsistent"
 *
 * References: Brown & Heathers (2017), https://doi.org/10.1177/1948550616673876 (GRIM);
 * Nuijten et al. (2016), https://doi.org/10.3758/s13428-015-0664-2 (statcheck); Lakens (2013),
 * https://doi.org/10.3389/fpsyg.2013.00863 (paired d); Hattie (2009), Visible learning
 * (thresholds as the article cites them). Validated by test/compendium/analysis/audit-article.test.ts
 * against hand computations written out in the test.
 */
export function auditArticle(published: { readonly values: readonly PublishedEntry[] }): ArticleAudit {
  const fn = "auditArticle";
  const values = published.values;
  const byId = new Map<string, PublishedEntry>();
  for (const e of values) {
    if (byId.has(e.id)) throw new StatsError("INVALID_ARGUMENT", fn, `id "${e.id}" occurs twice in values; expected unique ids`, "published");
    byId.set(e.id, e);
  }
  const nEntry = byId.get("design.participants.n") ?? values.find((e) => e.kind === "n" && e.refersTo?.round === "both");
  const n = numberOf(nEntry);
  if (n === null || !Number.isInteger(n) || n < 2) {
    throw new StatsError("INVALID_ARGUMENT", fn, "no sample size found; expected an entry design.participants.n (kind n) with a whole number of at least 2", "published");
  }
  const sMin = numberOf(byId.get("design.scale.anchor.min"));
  const sMax = numberOf(byId.get("design.scale.anchor.max"));
  const scale = sMin !== null && sMax !== null && sMin < sMax ? { min: sMin, max: sMax } : null;
  const ctx: Ctx = { values, byId, n, scale, findings: [] };

  const rules = sumRules(ctx);
  const roundSizes = rules
    .filter((r) => r.total.id === nEntry?.id)
    .flatMap((r) => r.parts.map((p) => numberOf(p) ?? 0))
    .filter((x) => x > 0);

  grimFindings(ctx, roundSizes);
  closureFindings(ctx);
  grimmerFinding(ctx);
  sameQuantityFindings(ctx, rules);
  sumFindings(ctx, rules);
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
  const notTestable = values.filter((e) => !covered.has(e.id)).map((e) => Object.freeze({ id: e.id, reason: notTestableReason(e) }));
  return Object.freeze({ findings: Object.freeze([...ctx.findings]), checkedIds: Object.freeze(checkedIds), notTestable: Object.freeze(notTestable) });
}
