/**
 * Table 3: pre and post means per construct, paired t-tests, every paired effect-size variant, and
 * Hattie's qualification.
 * @module analysis/table3
 */
import { defaultLang, type Lang } from "../views/lang.js";
import { constructScores, pairedConstructScores, type Dataset } from "../data/index.js";
import { descriptives, type Descriptives } from "@behoud/stats";
import { cohensDav, cohensDrm, cohensDz, hedgesGav, hedgesGrm, hedgesGz, type EffectVariants } from "@behoud/stats";
import { pairedTTest, type PairedTTestResult } from "@behoud/stats";
import { meetsThreshold } from "@behoud/audit";
import { articleEffectSizeThresholds, type EffectSizeThreshold } from "./audit-article.js";
import {
  attempt,
  roundsOf,
  roundsWhere,
  undefinedDescriptives,
  undefinedEffect,
  undefinedTTest,
  type NotComputable,
} from "./computable.js";

/** Every paired effect-size variant of one construct (post − pre); declared once, in stats/effect-size. */
export type { EffectVariants };

/**
 * Hattie's (2009) qualification of an effect size, as the article applies it: "below .4",
 * "worth the effort (≥ .4)" or "high (> .6)" (names and thresholds from data/, see
 * {@link hattieBand}).
 */
export type HattieBand = string;

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
  /**
   * Statistics of this row that the data leave undefined (their numbers above are NaN), each with
   * the reason, naming construct, time point and rounds; empty when everything was computed.
   */
  readonly notComputable: readonly NotComputable[];
  readonly excluded: readonly { readonly respondent: string; readonly reason: string }[];
}

/**
 * Qualifies an effect size by Hattie's thresholds as the article uses them: from .4 "worth the
 * effort", above .6 "high". Thresholds, their comparisons and names are read from data/
 * ({@link articleEffectSizeThresholds}).
 * @example hattieBand(0.61) // "high (> .6)"
 * @example hattieBand(0.4) // "worth the effort (≥ .4)"
 * @example hattieBand(0.25) // "below .4"
 * @example hattieBand(0.61, "nl") // "hoog (> 0,6)"
 */
export function hattieBand(d: number, lang: Lang = defaultLang()): HattieBand {
  const { worthwhile, high } = articleEffectSizeThresholds();
  // English writes the threshold the APA way (".4"), Dutch as the article does ("0,4").
  const short = (x: number): string => (lang === "nl" ? String(x).replace(".", ",") : String(x).replace(/^(-?)0\./, "$1."));
  const phrase = (t: EffectSizeThreshold): string => `${t.label[lang]} (${t.relation === ">" ? ">" : "≥"} ${short(t.value)})`;
  if (meetsThreshold(d, high.value, high.relation)) return phrase(high);
  if (meetsThreshold(d, worthwhile.value, worthwhile.relation)) return phrase(worthwhile);
  return `${lang === "nl" ? "onder" : "below"} ${short(worthwhile.value)}`;
}

/**
 * Computes Table 3 from the data: for each construct of the codebook measured after the course,
 * the post score, and where a pre score exists the pre score, the paired t-test of post − pre and
 * the six effect-size variants with noncentral-t intervals.
 * Scores follow the codebook's minItems rule; for constructs measured before and after, the means,
 * SDs, test and effect sizes all use the respondents with both scores (complete pairs).
 * A statistic the data leave undefined (e.g. post = pre for everyone, a constant cluster) is NaN
 * and listed in the row's `notComputable` with the reason; the other statistics are computed.
 * @example
 * const row = table3(loadDataset()).find((r) => r.construct === "werkplezier");
 * row?.paired?.test.t               // 4.7864973…  (R: t.test(post, pre, paired = TRUE), test/reference/doctest-reference.R)
 * row?.paired?.effects.d_av.estimate // 0.6081074…  (R: mean(post − pre) / mean of the two SDs)
 */
export function table3(ds: Dataset, options: { level?: number } = {}): Table3Row[] {
  const level = options.level ?? 0.95;
  const rows: Table3Row[] = [];
  for (const c of ds.codebook.constructs) {
    if (c.items.post === undefined) continue;
    const failed: NotComputable[] = [];
    const keep = <T>(r: { value: T; notComputable: NotComputable | null }): T => {
      if (r.notComputable !== null) failed.push(r.notComputable);
      return r.value;
    };
    if (c.items.pre === undefined) {
      // Measured after the course only: the post score of everyone who has one.
      const post = constructScores(ds, c.name, "post");
      const rounds = roundsWhere(ds, (i) => post.values[i] !== null);
      const d = keep(
        attempt(
          "mean and SD",
          { construct: c.name, timepoint: "post", rounds },
          () => descriptives(post.values),
          () => undefinedDescriptives(post.values),
        ),
      );
      rows.push({
        construct: c.name,
        label: c.labelNl ?? c.name,
        item: c.articleItem,
        kind: c.kind,
        pre: null,
        post: d,
        paired: null,
        policy: post.policy,
        excluded: post.excluded,
        notComputable: failed,
      });
      continue;
    }
    // Pre, post, test and effect sizes all rest on the same complete pairs.
    const pairs = pairedConstructScores(ds, c.name);
    const rounds = roundsOf(ds, pairs.indices);
    const n = pairs.n;
    const test = keep(
      attempt(
        "paired t-test",
        { construct: c.name, rounds },
        () => pairedTTest(pairs.post, pairs.pre, { level }),
        () => undefinedTTest(n, level),
      ),
    );
    const eff = (name: "d_z" | "d_av" | "d_rm" | "g_z" | "g_av" | "g_rm", f: typeof cohensDz): EffectVariants["d_z"] =>
      keep(
        attempt(
          name,
          { construct: c.name, rounds },
          () => f(pairs.post, pairs.pre, { level }),
          () => undefinedEffect(name, n, level),
        ),
      );
    const effects: EffectVariants = {
      d_z: eff("d_z", cohensDz),
      d_av: eff("d_av", cohensDav),
      d_rm: eff("d_rm", cohensDrm),
      g_z: eff("g_z", hedgesGz),
      g_av: eff("g_av", hedgesGav),
      g_rm: eff("g_rm", hedgesGrm),
    };
    const pre = keep(
      attempt(
        "mean and SD",
        { construct: c.name, timepoint: "pre", rounds },
        () => descriptives(pairs.pre),
        () => undefinedDescriptives(pairs.pre),
      ),
    );
    const post = keep(
      attempt(
        "mean and SD",
        { construct: c.name, timepoint: "post", rounds },
        () => descriptives(pairs.post),
        () => undefinedDescriptives(pairs.post),
      ),
    );
    rows.push({
      construct: c.name,
      label: c.labelNl ?? c.name,
      item: c.articleItem,
      kind: c.kind,
      pre,
      post,
      paired: { n, test, effects, correlation: effects.d_z.correlation },
      policy: pairs.policy,
      excluded: pairs.excluded,
      notComputable: failed,
    });
  }
  return rows;
}
