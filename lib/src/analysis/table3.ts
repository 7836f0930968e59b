/**
 * Table 3: pre and post means per construct, paired t-tests, every paired effect-size variant, and
 * Hattie's qualification.
 * @module analysis/table3
 */
import { constructScores, pairedConstructScores, type Dataset } from "../data/index.js";
import { descriptives, type Descriptives } from "../stats/descriptives.js";
import { cohensDav, cohensDrm, cohensDz, hedgesGav, hedgesGrm, hedgesGz, type PairedEffectSize } from "../stats/effect-size.js";
import { pairedTTest, type PairedTTestResult } from "../stats/ttest.js";

/** Every paired effect-size variant of one construct (post − pre). */
export interface EffectVariants {
  readonly d_z: PairedEffectSize;
  readonly d_av: PairedEffectSize;
  readonly d_rm: PairedEffectSize;
  readonly g_z: PairedEffectSize;
  readonly g_av: PairedEffectSize;
  readonly g_rm: PairedEffectSize;
}

/** Hattie's (2009) qualification of an effect size, as the article applies it. */
export type HattieBand = "below .4" | "worth the effort (≥ .4)" | "high (> .6)";

/** One row of Table 3. */
export interface Table3Row {
  readonly construct: string;
  readonly label: string;
  /** The item wording the article prints for the construct. */
  readonly item: string | null;
  readonly kind: string;
  /** Scores per time point, over the complete pairs when both exist (null when the construct was not measured before). */
  readonly pre: Descriptives | null;
  readonly post: Descriptives;
  /** Paired analysis of complete pairs; null for post-only constructs. */
  readonly paired: {
    readonly n: number;
    readonly test: PairedTTestResult;
    readonly effects: EffectVariants;
    /** Pre-post correlation of the scores. */
    readonly correlation: number | null;
  } | null;
  /** How scores and pairs were formed, and who was left out. */
  readonly policy: string;
  readonly excluded: readonly { readonly respondent: string; readonly reason: string }[];
}

/**
 * Qualifies an effect size by Hattie's thresholds as the article uses them: from .4 "worth the
 * effort", above .6 "high".
 * @example hattieBand(0.61) // "high (> .6)"
 */
export function hattieBand(d: number): HattieBand {
  if (d > 0.6) return "high (> .6)";
  if (d >= 0.4) return "worth the effort (≥ .4)";
  return "below .4";
}

/**
 * Computes Table 3 from the data: for each construct of the codebook measured after the course,
 * the post score, and where a pre score exists the pre score, the paired t-test of post − pre and
 * the six effect-size variants with noncentral-t intervals.
 * Scores follow the codebook's minItems rule; for constructs measured before and after, the means,
 * SDs, test and effect sizes all use the respondents with both scores (complete pairs).
 * @example table3(ds).find((r) => r.construct === "werkplezier")?.paired?.effects.d_av.estimate
 */
export function table3(ds: Dataset, options: { level?: number } = {}): Table3Row[] {
  const level = options.level ?? 0.95;
  const rows: Table3Row[] = [];
  for (const c of ds.codebook.constructs) {
    if (c.items.post === undefined) continue;
    if (c.items.pre === undefined) {
      // Measured after the course only: the post score of everyone who has one.
      const post = constructScores(ds, c.name, "post");
      rows.push({ construct: c.name, label: c.labelNl ?? c.name, item: c.articleItem, kind: c.kind, pre: null, post: descriptives(post.values), paired: null, policy: post.policy, excluded: post.excluded });
      continue;
    }
    // Pre, post, test and effect sizes all rest on the same complete pairs.
    const pairs = pairedConstructScores(ds, c.name);
    const test = pairedTTest(pairs.post, pairs.pre, { level });
    const eff = (f: typeof cohensDz) => f(pairs.post, pairs.pre, { level });
    const effects: EffectVariants = { d_z: eff(cohensDz), d_av: eff(cohensDav), d_rm: eff(cohensDrm), g_z: eff(hedgesGz), g_av: eff(hedgesGav), g_rm: eff(hedgesGrm) };
    rows.push({
      construct: c.name,
      label: c.labelNl ?? c.name,
      item: c.articleItem,
      kind: c.kind,
      pre: descriptives(pairs.pre),
      post: descriptives(pairs.post),
      paired: { n: test.n, test, effects, correlation: effects.d_z.correlation },
      policy: pairs.policy,
      excluded: pairs.excluded,
    });
  }
  return rows;
}
