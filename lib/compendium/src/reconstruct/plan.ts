/**
 * Which published numbers the reconstruction matches, and how. Every target names the id of
 * a value in data/published.json; the numbers themselves are read from that file.
 *
 * Decisions where the article leaves a choice or contradicts itself (documented in data/README.md):
 * - Effect sizes are matched as Cohen's d_av (mean difference over the average of the pre and post
 *   SDs). Under d_z, Waardering's d = 0.25 with N = 51 would give t = 1.79, p = .08, which
 *   contradicts the reported significance; d_av (or d_rm) can satisfy both.
 * - Significance: every Table 3 cluster except Werkdruk is made significant (two-sided paired t,
 *   p < .05), Werkdruk not significant, as Table 3 implies.
 * - Correlations are between post-course scores (the article does not say which time point).
 * - Intention to stay in education follows "4,3" (N = 51). The other report, "4,05", is impossible
 *   for the mean of one integer item over 51 respondents (GRIM: 206/51 = 4.039, 207/51 = 4.059).
 * - Table 2 follows the printed cells; its printed totals 73 and 157 exceed the sums of the cells
 *   (67 and 151) and cannot be matched at the same time.
 * - The pre-post correlation of each cluster score, which the article does not report, is kept
 *   between .45 and .85, as is usual for retrospective pre/post ratings by the same person.
 * - Development opportunities: the part-1 item ("4,1", at the start) and the Table 3 post item
 *   ("4.1") are two items, each given mean 4.1.
 * @module reconstruct/plan
 */

/** A Table 3 cluster target. */
export interface ClusterTarget {
  readonly construct: string;
  readonly pre: string;
  readonly post: string;
  /** Published effect size id, or null when none is printed. */
  readonly effect: string | null;
  readonly significant: boolean;
}

export const PLAN = {
  seed: 440423,
  effectSizeVariant: "d_av" as const,
  /** Plausible band for the (unpublished) pre-post correlation of each cluster score. */
  prePostCorrelation: { lo: 0.45, hi: 0.85 },
  alphaMin: "design.alpha.threshold",
  significance: "design.significance.threshold",
  rounds: [
    { round: "2019-20", n: "design.sample.round1.n", prefix: "R19" },
    { round: "2020-21", n: "design.sample.round2.n", prefix: "R20" },
  ],
  clusters: [
    {
      construct: "werkplezier",
      pre: "table3.werkplezier.pre",
      post: "table3.werkplezier.post",
      effect: "table3.werkplezier.effect-size",
      significant: true,
    },
    { construct: "werkdruk", pre: "table3.werkdruk.pre", post: "table3.werkdruk.post", effect: null, significant: false },
    {
      construct: "self-efficacy",
      pre: "table3.self-efficacy.pre",
      post: "table3.self-efficacy.post",
      effect: "table3.self-efficacy.effect-size",
      significant: true,
    },
    {
      construct: "autonomie",
      pre: "table3.autonomie.pre",
      post: "table3.autonomie.post",
      effect: "table3.autonomie.effect-size",
      significant: true,
    },
    {
      construct: "waardering",
      pre: "table3.waardering.pre",
      post: "table3.waardering.post",
      effect: "table3.waardering.effect-size",
      significant: true,
    },
  ] satisfies readonly ClusterTarget[],
  singles: [
    { column: "ontwikkelmogelijkheden_post", mean: "table3.ontwikkelmogelijkheden.post" },
    { column: "behoud_school_post", mean: "table3.behoud.post" },
    { column: "ontwikkelmogelijkheden_start", mean: "results.part1.ontwikkelmogelijkheden.pre" },
    { column: "behoud_onderwijs", mean: "results.part1.behoud.a" },
  ],
  /** Correlations between post scores: cluster names or single columns. */
  correlations: [
    {
      x: "werkplezier",
      y: "autonomie",
      r: "results.correlation.werkplezier-autonomie.r",
      p: "results.correlation.werkplezier-autonomie.p",
    },
    {
      x: "ontwikkelmogelijkheden_post",
      y: "werkplezier",
      r: "results.correlation.ontwikkelmogelijkheden-werkplezier.r",
      p: "results.correlation.ontwikkelmogelijkheden-werkplezier.p",
    },
  ],
  societal: {
    column: "maatschappelijke_waardering",
    mean: "results.maatschappelijke-waardering.mean",
    lowestScore: "results.maatschappelijke-waardering.lowest.score",
    lowestCount: "results.maatschappelijke-waardering.lowest.count",
    /** The lowest scorers all name a salary increase as a way to keep teachers. */
    lowestCode: { code: "meer-salaris", question: "teachers" as const },
  },
  experience: "design.experience.mean",
  fte: "design.fte.mean",
  /** Table 2: code → published id prefix; the cells ".self" and ".teachers" give the counts. */
  table2: {
    rows: [
      "loopbaanontwikkeling",
      "minder-werkdruk",
      "meer-waardering",
      "meer-salaris",
      "nieuwe-uitdagingen",
      "meer-regelruimte",
      "meer-studiemogelijkheden",
      "meer-ondersteuning",
      "combinatie-lesgeven",
      "minder-administratie",
      "nieuwe-rol",
    ],
    other: "table2.overig",
    threshold: "table2.overig.threshold",
  },
  focusGroups: { group1: "design.focusgroups.group1.n", group2: "design.focusgroups.group2.n" },
} as const;
