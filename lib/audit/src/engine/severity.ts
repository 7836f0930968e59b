/**
 * How serious a finding is, for ranking an audit the way a reviewer reads it: first the printed
 * numbers that cannot be right, then the reporting errors that change a conclusion, then the
 * slips that leave every conclusion standing, last the wording. The rule is
 * {@link findingSeverity}; it reads only the finding (verdict, check, the ids it proves wrong) and
 * which published values carry a conclusion ({@link conclusionIds}), plus an article's own
 * judgements (`severities` of the rule set), which win.
 *
 * @module audit/engine/severity
 */
import type { Finding } from "./finding.js";
import type { AuditRuleSet } from "./rules.js";

/** Severity of an inconsistent finding, from the most to the least serious. */
export type FindingSeverity = "impossible-number" | "changes-conclusion" | "reporting-slip" | "wording";

/** The severities in rank order (most serious first). */
export const FINDING_SEVERITIES: readonly FindingSeverity[] = ["impossible-number", "changes-conclusion", "reporting-slip", "wording"];

/**
 * The published values an article draws conclusions from: every effect size and significance of
 * the paired table, every correlation's r and p, and every effect size a claim puts in a band.
 * @example conclusionIds({ sampleSize: "n", correlations: [{ key: "c", r: "c.r", p: "c.p" }] }) // Set { "c.r", "c.p" }
 */
export function conclusionIds(rules: AuditRuleSet): ReadonlySet<string> {
  const out = new Set<string>();
  for (const r of rules.pairedTable?.rows ?? []) {
    if (r.effectSize !== undefined) out.add(r.effectSize);
    if (r.significance !== undefined) out.add(r.significance);
  }
  for (const c of rules.correlations ?? []) {
    out.add(c.r);
    out.add(c.p);
  }
  for (const c of rules.claims ?? []) if (c.type === "effect-size-band") out.add(c.effectSize);
  return out;
}

/**
 * The severity of a finding, or null when it found nothing wrong (consistent or not testable).
 *
 * 1. The rule set's `severities[finding.key]`, when the article judges the finding itself.
 * 2. `impossible-number`: the finding proves a printed number wrong (it `affects` ids).
 * 3. `reporting-slip`: a recomputed p-value that is misreported without a decision error (such a
 *    finding would affect its p otherwise), whatever the value carries.
 * 4. `changes-conclusion`: it concerns a value a conclusion rests on ({@link conclusionIds}): a
 *    claimed significance or a claimed effect-size band that the printed numbers do not allow.
 * 5. `wording`: a claim in words about values that carry no conclusion.
 * 6. `reporting-slip`: anything else.
 *
 * @param finding A finding of {@link runAudit}.
 * @param rules The rule set the audit ran with.
 * @example findingSeverity({ key: "grim.m", check: "grim", ids: ["m"], verdict: "inconsistent", reason: "", plain: "", affects: ["m"], details: null }, { sampleSize: "n" }) // "impossible-number"
 * @example findingSeverity({ key: "claim.x", check: "claim", ids: ["x"], verdict: "inconsistent", reason: "", plain: "", affects: [], details: null }, { sampleSize: "n" }) // "wording"
 * @example findingSeverity({ key: "grim.m", check: "grim", ids: ["m"], verdict: "consistent", reason: "", plain: "", affects: [], details: null }, { sampleSize: "n" }) // null
 */
export function findingSeverity(finding: Finding, rules: AuditRuleSet): FindingSeverity | null {
  if (finding.verdict !== "inconsistent") return null;
  const judged = rules.severities?.[finding.key];
  if (judged !== undefined) return judged;
  if (finding.affects.length > 0) return "impossible-number";
  if (finding.check === "p-value") return "reporting-slip";
  const conclusions = conclusionIds(rules);
  if (finding.ids.some((id) => conclusions.has(id))) return "changes-conclusion";
  if (finding.check === "claim") return "wording";
  return "reporting-slip";
}

/** A finding with its severity. */
export interface RankedFinding {
  readonly finding: Finding;
  readonly severity: FindingSeverity;
}

/**
 * The inconsistent findings, most serious first (the engine's order within a severity).
 * @example rankFindings([], { sampleSize: "n" }) // []
 */
export function rankFindings(findings: readonly Finding[], rules: AuditRuleSet): RankedFinding[] {
  const ranked: RankedFinding[] = [];
  for (const finding of findings) {
    const severity = findingSeverity(finding, rules);
    if (severity !== null) ranked.push({ finding, severity });
  }
  const rank = (s: FindingSeverity): number => FINDING_SEVERITIES.indexOf(s);
  return ranked
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r.severity) - rank(b.r.severity) || a.i - b.i)
    .map((x) => x.r);
}
