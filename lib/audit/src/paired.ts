/**
 * Effect sizes of paired (pre/post) designs against the reported means and significance.
 *
 * @module audit/paired
 */
import { StatsError } from "@behoud/stats";
import { tCdf, tQuantile } from "@behoud/stats";
import { checkNumber } from "@behoud/stats";
import { fractionToNumber, subtractFractions } from "./fraction.js";
import { checkScale, sdInterval } from "./grimmer.js";
import { asReported, checkRounding, roundingInterval, type ReportedNumber, type RoundingMode } from "./reported.js";
import { auditResult, fmt, fmtP, type AuditResult } from "./result.js";

/** The three standardized mean differences of a paired design (Lakens, 2013). */
export type PairedDVariant = "d_z" | "d_av" | "d_rm";

/** What the article reports about one pre/post comparison. Numbers as printed. */
export interface PairedEffectReport {
  readonly preMean: string | ReportedNumber;
  readonly postMean: string | ReportedNumber;
  readonly preSd?: string | ReportedNumber;
  readonly postSd?: string | ReportedNumber;
  /** Number of pairs. */
  readonly n: number;
  /** The reported standardized difference (its sign is ignored; see `directionMatches`). */
  readonly d: string | ReportedNumber;
  /** What the text says about the paired t-test at `alpha`. */
  readonly significance: "significant" | "not-significant";
}

/** Options of {@link checkPairedEffectSize}. */
export interface PairedAuditOptions {
  /** Two-sided significance level (default 0.05). */
  readonly alpha?: number;
  /** How means, SDs and d were rounded (default "up-or-down"). */
  readonly rounding?: RoundingMode;
  /** Pre-post correlations to try (default from −0.999 to 0.999 in steps of 0.001). */
  readonly rGrid?: { readonly from: number; readonly to: number; readonly step: number };
  /** Which readings of d to consider (default all three). */
  readonly variants?: readonly PairedDVariant[];
  /** Scale bounds of one answer; cap the common SD assumed when no SDs are reported. */
  readonly scaleMin?: number;
  readonly scaleMax?: number;
}

/** A closed range of correlations on the grid. */
export interface CorrelationRange {
  readonly from: number;
  readonly to: number;
}

/** Feasibility of one reading of d. */
export interface PairedVariantFeasibility {
  readonly variant: PairedDVariant;
  /** The reported d can be reproduced from the means (and SDs) for some r on the grid. */
  readonly dFits: boolean;
  /** The correlations for which it can. */
  readonly dFitsR: readonly CorrelationRange[];
  /** d and the reported significance fit together for some r on the grid. */
  readonly feasible: boolean;
  /** The correlations for which they do. */
  readonly feasibleR: readonly CorrelationRange[];
  /** Range of the paired t implied where d fits (over the grid), or null. */
  readonly tRange: { readonly lower: number; readonly upper: number } | null;
  /** Two-sided p-values at the ends of tRange (lower p belongs to upper t), or null. */
  readonly pRange: { readonly lower: number; readonly upper: number } | null;
  /** Whether r matters for this reading. */
  readonly dependsOnR: boolean;
}

/** Details of a paired effect-size check. */
export interface PairedEffectDetails {
  readonly n: number;
  readonly df: number;
  readonly alpha: number;
  readonly rounding: RoundingMode;
  readonly significance: "significant" | "not-significant";
  /** Two-sided critical t at alpha and the d_z it corresponds to (t / √n). */
  readonly criticalT: number;
  readonly criticalDz: number;
  /** |post − pre| over the means' rounding intervals. */
  readonly meanDifference: { readonly lower: number; readonly upper: number };
  /** |d| over its rounding interval. */
  readonly d: { readonly lower: number; readonly upper: number };
  readonly sdsReported: boolean;
  /** The assumption made when SDs are missing, or null. */
  readonly assumption: string | null;
  /** False when the sign of d contradicts the direction of the means. */
  readonly directionMatches: boolean;
  readonly rGrid: { readonly from: number; readonly to: number; readonly step: number };
  readonly variants: readonly PairedVariantFeasibility[];
}

interface Range {
  lo: number;
  hi: number;
}

function intersect(a: Range, b: Range): Range | null {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  return lo <= hi ? { lo, hi } : null;
}

function gridPoints(lo: number, hi: number, k: number): number[] {
  if (hi <= lo) return [lo];
  const out: number[] = [];
  for (let i = 0; i < k; i++) out.push(lo + ((hi - lo) * i) / (k - 1));
  return out;
}

function toRanges(rs: readonly number[], ok: readonly boolean[]): CorrelationRange[] {
  const out: CorrelationRange[] = [];
  let start: number | null = null;
  let last = 0;
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i] as number;
    if (ok[i] === true) {
      if (start === null) start = r;
      last = r;
    } else if (start !== null) {
      out.push({ from: start, to: last });
      start = null;
    }
  }
  if (start !== null) out.push({ from: start, to: last });
  return out;
}

function describeRanges(ranges: readonly CorrelationRange[], grid: { from: number; to: number }): string {
  return ranges
    .map((g) => {
      const atLow = g.from <= grid.from + 1e-12;
      const atHigh = g.to >= grid.to - 1e-12;
      if (atLow && atHigh) return "any pre-post correlation";
      if (atHigh) return `a pre-post correlation of at least ${fmt(g.from, 3)}`;
      if (atLow) return `a pre-post correlation of at most ${fmt(g.to, 3)}`;
      return `a pre-post correlation between ${fmt(g.from, 3)} and ${fmt(g.to, 3)}`;
    })
    .join(" or ");
}

const VARIANT_NAMES: Record<PairedDVariant, string> = { d_z: "d_z", d_av: "d_av", d_rm: "d_rm" };

/**
 * Which reading of a reported paired effect size (d_z, d_av or d_rm) and which pre-post
 * correlations make it agree with the reported means, SDs and significance.
 *
 * Formulas (Lakens, 2013): with M_diff = post − pre, SD_diff = √(SD₁² + SD₂² − 2·r·SD₁·SD₂),
 * d_z = M_diff / SD_diff = t/√n, d_av = M_diff / ((SD₁ + SD₂)/2) and d_rm = d_z·√(2(1 − r)); the
 * paired t-test has t = d_z·√n with n − 1 df and is significant iff |t| > t_{1−α/2, n−1}, i.e.
 * iff d_z > c = t_{1−α/2, n−1}/√n. Every reported number stands for its rounding interval. For each
 * r on the grid and each reading, the check asks whether some values inside the intervals give
 * the reported |d| and, at the same time, a d_z on the reported side of c. With SDs reported it
 * searches a 5 × 5 grid over the two SD intervals; without SDs it assumes SD₁ = SD₂ (then d_av =
 * d_rm = d_z·√(2(1 − r)); unequal SDs only lower d_z for a given d_av, so "significant" is never
 * ruled out by this assumption), and d_z itself is then free of r.
 *
 * @param report Means, optional SDs, n, d and the reported significance, numbers as printed.
 * @param options alpha, rounding, rGrid, variants, scaleMin/scaleMax.
 * @returns "consistent" when at least one reading fits (the details list the feasible r per
 *   reading), "inconsistent" when none does.
 * @throws {StatsError} INVALID_ARGUMENT for unparsable numbers; OUT_OF_RANGE for n < 2, a bad
 *   alpha or grid.
 * @example
 * checkPairedEffectSize({ preMean: "3.8", postMean: "4.1", n: 51, d: "0.25", significance: "significant" },
 *   { variants: ["d_z"] }).verdict // "inconsistent": t(50) = 1.79, p = .080 (R: 2 * pt(-0.25 * sqrt(51), 50))
 *
 * Reference: Lakens, D. (2013). Calculating and reporting effect sizes to facilitate cumulative
 * science: A practical primer for t-tests and ANOVAs. Frontiers in Psychology, 4, 863.
 * https://doi.org/10.3389/fpsyg.2013.00863. Validated against the paper's worked example
 * (Table 1 movie ratings: t(9) = 4.74, p = .001, d_z = 1.50) and R (test/reference/audit-paired.R).
 */
export function checkPairedEffectSize(report: PairedEffectReport, options: PairedAuditOptions = {}): AuditResult<PairedEffectDetails> {
  const fn = "checkPairedEffectSize";
  const rounding = options.rounding ?? "up-or-down";
  checkRounding(fn, rounding);
  const alpha = options.alpha ?? 0.05;
  checkNumber(fn, "alpha", alpha);
  if (!(alpha > 0 && alpha < 1)) throw new StatsError("OUT_OF_RANGE", fn, `alpha is ${alpha}; expected a number between 0 and 1`, "alpha");
  checkNumber(fn, "n", report.n, { integerMin: 2 });
  if (report.significance !== "significant" && report.significance !== "not-significant") {
    throw new StatsError(
      "INVALID_ARGUMENT",
      fn,
      `significance is ${JSON.stringify(report.significance)}; expected "significant" or "not-significant"`,
      "significance",
    );
  }
  const grid = options.rGrid ?? { from: -0.999, to: 0.999, step: 0.001 };
  checkNumber(fn, "rGrid.step", grid.step, { positive: true });
  if (!(grid.from >= -1 && grid.to < 1 && grid.from <= grid.to)) {
    throw new StatsError("OUT_OF_RANGE", fn, `rGrid is [${grid.from}, ${grid.to}]; expected −1 ≤ from ≤ to < 1`, "rGrid");
  }
  const variants = options.variants ?? (["d_z", "d_av", "d_rm"] as const);
  for (const v of variants) {
    if (v !== "d_z" && v !== "d_av" && v !== "d_rm")
      throw new StatsError("INVALID_ARGUMENT", fn, `variant ${JSON.stringify(v)}; expected "d_z", "d_av" or "d_rm"`, "variants");
  }
  const scale = checkScale(fn, options.scaleMin, options.scaleMax);

  const pre = asReported(report.preMean, fn, "preMean");
  const post = asReported(report.postMean, fn, "postMean");
  const dRep = asReported(report.d, fn, "d");
  const preIv = roundingInterval(pre, rounding);
  const postIv = roundingInterval(post, rounding);
  // post − pre ranges over [post.lower − pre.upper, post.upper − pre.lower].
  const diffLo = fractionToNumber(subtractFractions(postIv.lower, preIv.upper));
  const diffHi = fractionToNumber(subtractFractions(postIv.upper, preIv.lower));
  const absDiff: Range =
    diffLo >= 0 ? { lo: diffLo, hi: diffHi } : diffHi <= 0 ? { lo: -diffHi, hi: -diffLo } : { lo: 0, hi: Math.max(-diffLo, diffHi) };
  const dIv = roundingInterval(dRep, rounding);
  const dLo = fractionToNumber(dIv.lower);
  const dHi = fractionToNumber(dIv.upper);
  const absD: Range = dLo >= 0 ? { lo: dLo, hi: dHi } : dHi <= 0 ? { lo: -dHi, hi: -dLo } : { lo: 0, hi: Math.max(-dLo, dHi) };
  const diffSign = Math.sign(post.value.number - pre.value.number);
  const dSign = Math.sign(dRep.value.number);
  const directionMatches = diffSign === 0 || dSign === 0 || diffSign === dSign;

  const hasSds = report.preSd !== undefined && report.postSd !== undefined;
  let sd1: number[] = [];
  let sd2: number[] = [];
  if (hasSds) {
    const s1 = sdInterval(asReported(report.preSd as string | ReportedNumber, fn, "preSd"), rounding);
    const s2 = sdInterval(asReported(report.postSd as string | ReportedNumber, fn, "postSd"), rounding);
    sd1 = gridPoints(fractionToNumber(s1.lower), fractionToNumber(s1.upper), 5).filter((v) => v > 0);
    sd2 = gridPoints(fractionToNumber(s2.lower), fractionToNumber(s2.upper), 5).filter((v) => v > 0);
  } else if (report.preSd !== undefined || report.postSd !== undefined) {
    throw new StatsError("INVALID_ARGUMENT", fn, "give both preSd and postSd, or neither", report.preSd === undefined ? "preSd" : "postSd");
  }

  // Largest common SD the scale allows (no-SD case only): √((m − a)(b − m)·n/(n − 1)).
  let dFloorFromScale = 0;
  if (!hasSds && scale !== null) {
    const a = Number(scale.min);
    const b = Number(scale.max);
    const maxSd = (lo: number, hi: number): number => {
      const mid = (a + b) / 2;
      const m = Math.min(Math.max(mid, lo), hi);
      return Math.sqrt(Math.max(0, (m - a) * (b - m)) * (report.n / (report.n - 1)));
    };
    const sMax = Math.min(
      maxSd(fractionToNumber(preIv.lower), fractionToNumber(preIv.upper)),
      maxSd(fractionToNumber(postIv.lower), fractionToNumber(postIv.upper)),
    );
    dFloorFromScale = sMax > 0 ? absDiff.lo / sMax : Infinity;
  }

  const n = report.n;
  const df = n - 1;
  const criticalT = tQuantile(1 - alpha / 2, df);
  const c = criticalT / Math.sqrt(n);
  const sig = report.significance === "significant";
  const sigOk = (z: Range): boolean => (sig ? z.hi > c : z.lo <= c);

  const rs: number[] = [];
  const steps = Math.round((grid.to - grid.from) / grid.step);
  for (let i = 0; i <= steps; i++) rs.push(Number((grid.from + i * grid.step).toFixed(10)));

  const evaluate = (variant: PairedDVariant): PairedVariantFeasibility => {
    const dOk: boolean[] = [];
    const allOk: boolean[] = [];
    let tLo = Infinity;
    let tHi = -Infinity;
    const dependsOnR = hasSds || variant !== "d_z";
    for (const r of rs) {
      const k = Math.sqrt(2 * (1 - r));
      const zs: Range[] = [];
      if (!hasSds) {
        if (variant === "d_z") {
          const z = absD.lo > 0 && absDiff.hi <= 0 ? null : absD;
          if (z !== null) zs.push(z);
        } else {
          const dRange = intersect(absD, { lo: dFloorFromScale, hi: Infinity });
          if (dRange !== null && !(dRange.lo > 0 && absDiff.hi <= 0)) zs.push({ lo: dRange.lo / k, hi: dRange.hi / k });
        }
      } else {
        for (const s1 of sd1) {
          for (const s2 of sd2) {
            const sdDiff = Math.sqrt(Math.max(0, s1 * s1 + s2 * s2 - 2 * r * s1 * s2));
            if (!(sdDiff > 0)) continue;
            const dzRaw: Range = { lo: absDiff.lo / sdDiff, hi: absDiff.hi / sdDiff };
            if (variant === "d_z") {
              const z = intersect(dzRaw, absD);
              if (z !== null) zs.push(z);
            } else if (variant === "d_av") {
              const avg = (s1 + s2) / 2;
              const dav = intersect({ lo: absDiff.lo / avg, hi: absDiff.hi / avg }, absD);
              if (dav !== null) zs.push({ lo: (dav.lo * avg) / sdDiff, hi: (dav.hi * avg) / sdDiff });
            } else {
              const drm = intersect({ lo: dzRaw.lo * k, hi: dzRaw.hi * k }, absD);
              if (drm !== null) zs.push({ lo: drm.lo / k, hi: drm.hi / k });
            }
          }
        }
      }
      dOk.push(zs.length > 0);
      allOk.push(zs.some(sigOk));
      for (const z of zs) {
        tLo = Math.min(tLo, z.lo * Math.sqrt(n));
        tHi = Math.max(tHi, z.hi * Math.sqrt(n));
      }
    }
    const dFitsR = toRanges(rs, dOk);
    const feasibleR = toRanges(rs, allOk);
    const tRange = Number.isFinite(tLo) && Number.isFinite(tHi) ? { lower: tLo, upper: tHi } : null;
    const pRange =
      tRange === null ? null : { lower: 2 * tCdf(-Math.abs(tRange.upper), df, true), upper: 2 * tCdf(-Math.abs(tRange.lower), df, true) };
    return { variant, dFits: dFitsR.length > 0, dFitsR, feasible: feasibleR.length > 0, feasibleR, tRange, pRange, dependsOnR };
  };

  const results = variants.map(evaluate);
  const details: PairedEffectDetails = {
    n,
    df,
    alpha,
    rounding,
    significance: report.significance,
    criticalT,
    criticalDz: c,
    meanDifference: { lower: absDiff.lo, upper: absDiff.hi },
    d: { lower: absD.lo, upper: absD.hi },
    sdsReported: hasSds,
    assumption: hasSds ? null : "no SDs reported: equal pre and post SDs assumed",
    directionMatches,
    rGrid: grid,
    variants: results,
  };

  const sigWord = sig ? "significant" : "not significant";
  const feasible = results.filter((v) => v.feasible);
  const dzResult = results.find((v) => v.variant === "d_z");
  const dzSentence =
    dzResult !== undefined && dzResult.tRange !== null && dzResult.pRange !== null && !dzResult.dependsOnR
      ? `as d_z, d = ${dRep.text} with n = ${n} gives t(${df}) = ${fmt(dzResult.tRange.lower, 2)} to ${fmt(dzResult.tRange.upper, 2)}, p = ${fmtP(dzResult.pRange.lower)} to ${fmtP(dzResult.pRange.upper)}, which is ${
          dzResult.feasible ? sigWord : sig ? "not significant" : "significant"
        }`
      : null;
  if (feasible.length === 0) {
    const dNote = results.every((v) => !v.dFits)
      ? `no reading of d = ${dRep.text} can be reproduced from the reported means${hasSds ? " and SDs" : ""}`
      : `no reading of d = ${dRep.text} allows that${dzSentence !== null ? ` (${dzSentence})` : ""}`;
    return auditResult("paired-effect-size", "inconsistent", `The text calls the pre-post difference ${sigWord}, but ${dNote}.`, details);
  }
  const parts = feasible.map(
    (v) => `${VARIANT_NAMES[v.variant]} (with ${v.dependsOnR ? describeRanges(v.feasibleR, grid) : "any pre-post correlation"})`,
  );
  const infeasible = results.filter((v) => !v.feasible).map((v) => VARIANT_NAMES[v.variant]);
  const tail =
    infeasible.length === 0
      ? ""
      : `; not if d is ${infeasible.join(" or ")}${dzSentence !== null && infeasible.includes("d_z") ? ` (${dzSentence})` : ""}`;
  return auditResult(
    "paired-effect-size",
    "consistent",
    `d = ${dRep.text} and a ${sigWord} difference fit together if d is ${parts.join(" or ")}${tail}.`,
    details,
  );
}
