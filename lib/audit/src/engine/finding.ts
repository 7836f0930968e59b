/**
 * A finding of the rule engine: one check applied to one or more published values.
 *
 * @module audit/engine/finding
 */
import type { AuditVerdict } from "../result.js";

/** Name of the check behind a finding. */
export type FindingCheck =
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
export interface Finding {
  /** Stable id of the finding, `<check>.<subject>`, e.g. "grim.results.mean.a". */
  readonly key: string;
  readonly check: FindingCheck;
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

/** What {@link createFinding} takes. */
export interface FindingSpec {
  readonly key: string;
  readonly check: FindingCheck;
  readonly ids: readonly string[];
  readonly verdict: AuditVerdict;
  readonly reason: string;
  readonly plain: string;
  /** Ids a non-consistent verdict proves wrong; ignored when the verdict is "consistent". */
  readonly affects?: readonly string[];
  readonly details: unknown;
  /** Whether an id is a published value; ids that are not are dropped (default: keep all). */
  readonly known?: (id: string) => boolean;
}

/**
 * Builds a frozen finding. Ids that are not published values (per `known`) and repeated ids are
 * dropped; the ids a non-consistent finding affects are added to its ids; a consistent finding
 * affects nothing.
 * @example createFinding({ key: "sum.n", check: "sum", ids: ["n", "a"], verdict: "inconsistent", reason: "r", plain: "p", affects: ["n", "b"], details: null }).ids // ["n", "a", "b"]
 * @example createFinding({ key: "sum.n", check: "sum", ids: ["n"], verdict: "consistent", reason: "r", plain: "p", affects: ["n"], details: null }).affects // []
 */
export function createFinding(spec: FindingSpec): Finding {
  const known = spec.known ?? ((): boolean => true);
  const keep = (list: readonly string[]): string[] => [...new Set(list.filter((id) => known(id)))];
  const affects = spec.verdict === "consistent" ? [] : (spec.affects ?? []);
  return Object.freeze({
    key: spec.key,
    check: spec.check,
    ids: Object.freeze(keep([...spec.ids, ...affects])),
    verdict: spec.verdict,
    reason: spec.reason,
    plain: spec.plain,
    affects: Object.freeze(keep(affects)),
    details: spec.details,
  });
}
