/**
 * The columnar pipeline gives the scalar library's results on the same data, to 1e-10 relative:
 * scores as constructScores (minItems rule), alpha as cronbachAlpha through reliabilityByCluster
 * (listwise per construct and time point), the paired t-test and the six effect sizes as
 * pairedTTest, cohensDz/Dav/Drm and hedgesGz/Gav/Grm on the score columns (complete pairs; the
 * means and SDs of the pairs as pairedConstructScores), the statistics of the analysis' table3,
 * and the correlation matrices as correlationMatrix (pairwise).
 * Data: random surveys of the article's design with missing answers, at sizes below and above
 * one summation block (1024 rows), with the codebook's minItems and with minItems lowered so that
 * partly answered constructs get a score; and the shipped data of data/.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
// Imported module by module (not through the main index) so that this test depends only on
// the analysis it is compared with.
import { correlationMatrix } from "../../../lib/compendium/src/analysis/correlations.js";
import { reliabilityByCluster } from "../../../lib/compendium/src/analysis/reliability.js";
import { table3 } from "../../../lib/compendium/src/analysis/table3.js";
import type { Dataset } from "../../../lib/compendium/src/data/dataset.js";
import { constructScores, pairedConstructScores } from "../../../lib/compendium/src/data/scores.js";
import { pearson } from "../../../lib/stats/src/correlation.js";
import { cronbachAlpha } from "../../../lib/stats/src/reliability.js";
import { descriptives } from "../../../lib/stats/src/descriptives.js";
import { cohensDav, cohensDrm, cohensDz, hedgesGav, hedgesGrm, hedgesGz } from "../../../lib/stats/src/effect-size.js";
import { pairedTTest } from "../../../lib/stats/src/ttest.js";
import {
  columnarAlpha,
  columnarCorrelations,
  columnarPaired,
  columnarScores,
  columnarPrePost,
  columnFromValues,
  surveyColumns,
  syntheticSurvey,
  valuesFromColumn,
  type ColumnarPrePost,
  type ScaleConstruct,
  type SurveyColumns,
} from "../../../lib/stats/src/columnar/index.js";
import { close, closeDeep, datasetFrom, designOf, shippedDataset } from "./helpers.js";

function compare(t: ColumnarPrePost, ds: Dataset, label: string): void {
  // Scores: identical values (same summation order), same n.
  for (const s of t.scores) {
    const ref = constructScores(ds, s.construct, s.timepoint);
    assert.equal(s.n, ref.n, `${label} ${s.construct} ${s.timepoint} n`);
    assert.equal(s.nExcluded, ref.nExcluded, `${label} ${s.construct} ${s.timepoint} nExcluded`);
    assert.ok(s.values !== null, `${label} ${s.construct} ${s.timepoint}: score column kept`);
    assert.deepEqual(valuesFromColumn(s.values), ref.values, `${label} ${s.construct} ${s.timepoint} score values`);
  }
  // Paired analysis: the scalar functions on the full score columns (listwise over pairs, so that
  // nExcluded counts the respondents without a complete pair), and descriptives of the pairs.
  for (const p of t.paired) {
    const post = constructScores(ds, p.construct, "post").values;
    const pre = constructScores(ds, p.construct, "pre").values;
    closeDeep(p.test, pairedTTest(post, pre), `${label} ${p.construct} t-test`);
    const scalar = { d_z: cohensDz, d_av: cohensDav, d_rm: cohensDrm, g_z: hedgesGz, g_av: hedgesGav, g_rm: hedgesGrm } as const;
    for (const v of ["d_z", "d_av", "d_rm", "g_z", "g_av", "g_rm"] as const)
      closeDeep(p.effects[v], scalar[v](post, pre), `${label} ${p.construct} ${v}`);
    const pairs = pairedConstructScores(ds, p.construct);
    assert.equal(p.n, pairs.n, `${label} ${p.construct} complete pairs`);
    assert.equal(p.nExcluded, pairs.nExcluded, `${label} ${p.construct} respondents without a pair`);
    close(p.post.mean, descriptives(pairs.post).mean, `${label} ${p.construct} post mean (pairs)`);
    close(p.post.sd, descriptives(pairs.post).sd, `${label} ${p.construct} post sd (pairs)`);
    close(p.pre.mean, descriptives(pairs.pre).mean, `${label} ${p.construct} pre mean (pairs)`);
    close(p.pre.sd, descriptives(pairs.pre).sd, `${label} ${p.construct} pre sd (pairs)`);
    close(p.correlation, pearson(pairs.post, pairs.pre).r, `${label} ${p.construct} pre-post r`);
  }
  for (const s of t.scores) {
    const d = descriptives(constructScores(ds, s.construct, s.timepoint).values);
    close(s.mean, d.mean, `${label} ${s.construct} ${s.timepoint} mean`);
    close(s.sd, d.sd, `${label} ${s.construct} ${s.timepoint} sd`);
  }
  // The analysis' Table 3 (its statistics; its counts of exclusions are kept by the pairing step).
  const rows = table3(ds);
  assert.equal(t.paired.length, rows.filter((r) => r.paired !== null).length, `${label}: number of paired constructs`);
  for (const p of t.paired) {
    const row = rows.find((r) => r.construct === p.construct);
    assert.ok(row?.paired !== null && row?.paired !== undefined, `${label} ${p.construct}: table3 row`);
    assert.equal(p.n, row.paired.n, `${label} ${p.construct} table3 n`);
    for (const key of ["t", "df", "pValue", "meanDifference", "sdDifference", "standardError"] as const)
      close(p.test[key], row.paired.test[key], `${label} ${p.construct} table3 ${key}`);
    closeDeep(p.test.ci, row.paired.test.ci, `${label} ${p.construct} table3 ci`);
    for (const v of ["d_z", "d_av", "d_rm", "g_z", "g_av", "g_rm"] as const) {
      close(p.effects[v].estimate, row.paired.effects[v].estimate, `${label} ${p.construct} table3 ${v}`);
      closeDeep(p.effects[v].ci, row.paired.effects[v].ci, `${label} ${p.construct} table3 ${v} ci`);
    }
  }
  // Reliability: every cluster and time point.
  const rel = reliabilityByCluster(ds);
  assert.equal(t.reliability.length, rel.length, `${label}: number of alphas`);
  for (const r of rel) {
    const ours = t.reliability.find((x) => x.construct === r.construct && x.timepoint === r.timepoint);
    assert.ok(ours !== undefined, `${label} alpha ${r.construct} ${r.timepoint}`);
    closeDeep(ours.result, r.result, `${label} alpha ${r.construct} ${r.timepoint}`);
  }
  // Correlation matrices (pairwise complete).
  for (const tp of ["pre", "post"] as const) {
    const ref = correlationMatrix(ds, tp);
    const ours = t.correlations.find((m) => m.timepoint === tp);
    assert.ok(ours !== undefined, `${label} correlations ${tp}`);
    assert.deepEqual(ours.names, ref.names, `${label} correlation names ${tp}`);
    closeDeep(ours.r, ref.r, `${label} correlations ${tp} r`);
    assert.deepEqual(ours.n, ref.n, `${label} correlations ${tp} n`);
  }
}

const codebook = shippedDataset().codebook;

for (const { n, seed, missingRate } of [
  { n: 300, seed: 11, missingRate: 0.08 },
  { n: 2500, seed: 12, missingRate: 0.05 },
  { n: 1500, seed: 13, missingRate: 0 },
]) {
  for (const [policy, design] of [
    ["codebook minItems", designOf(codebook.constructs)],
    ["minItems k − 1", designOf(codebook.constructs, (_c, k) => Math.max(1, k - 1))],
  ] as const) {
    test(`columnarPrePost equals the scalar analysis: n = ${n}, missing ${missingRate}, ${policy}`, () => {
      const { survey } = syntheticSurvey(design, { n, seed, missingRate });
      const ds = datasetFrom(survey, design);
      compare(columnarPrePost(survey, design, { keepScores: true }), ds, `n=${n} ${policy}`);
    });
  }
}

test("columnarPrePost equals the scalar analysis on the shipped data (51 respondents)", () => {
  const ds = shippedDataset();
  const design = designOf(ds.codebook.constructs);
  const columns = new Map<string, Float64Array>();
  for (const c of design)
    for (const items of Object.values(c.items))
      for (const name of items ?? []) columns.set(name, columnFromValues(ds.respondents.numeric(name)));
  const t = columnarPrePost(surveyColumns(columns), design, { keepScores: true });
  compare(t, ds, "shipped");
  assert.equal(t.n, 51);
});

test("the separate functions give the pipeline's results", () => {
  const design = designOf(codebook.constructs, (_c, k) => Math.max(1, k - 1));
  const { survey } = syntheticSurvey(design, { n: 1200, seed: 21, missingRate: 0.1 });
  const t = columnarPrePost(survey, design, { level: 0.9, keepScores: true });
  // Without the score columns (the default): the same statistics, bit for bit.
  const lean = columnarPrePost(survey, design, { level: 0.9 });
  assert.ok(lean.scores.every((s) => s.values === null));
  assert.deepEqual(lean, { ...t, scores: t.scores.map((s) => ({ ...s, values: null })) });
  for (const s of t.scores) {
    const c = design.find((d) => d.name === s.construct) as ScaleConstruct;
    assert.deepEqual(columnarScores(survey, c, s.timepoint), s);
  }
  for (const r of t.reliability) {
    const c = design.find((d) => d.name === r.construct) as ScaleConstruct;
    assert.deepEqual(columnarAlpha(survey, c, r.timepoint, { level: 0.9 }), r.result);
  }
  for (const p of t.paired) {
    const c = design.find((d) => d.name === p.construct) as ScaleConstruct;
    assert.deepEqual(columnarPaired(survey, c, { level: 0.9 }), p);
  }
  for (const m of t.correlations) {
    const cols: Record<string, Float64Array> = {};
    for (const name of m.names)
      cols[name] = (t.scores.find((s) => s.construct === name && s.timepoint === m.timepoint) as { values: Float64Array }).values;
    const alone = columnarCorrelations(surveyColumns(cols));
    closeDeep(alone.r, m.r, `correlations ${m.timepoint}`, 1e-14);
    assert.deepEqual(alone.n, m.n);
  }
});

test("columnarCorrelations equals pearson on columns with missing values and an offset far from 0", () => {
  // Large offset: the corrected two-pass formula must not lose the small variance to cancellation.
  const n = 3000;
  const { survey } = syntheticSurvey(designOf(codebook.constructs), { n, seed: 5, missingRate: 0.2 });
  const names = ["werkplezier_1_post", "autonomie_2_post", "waardering_3_pre"];
  const cols: Record<string, Float64Array> = {};
  for (const name of names) cols[name] = (survey.columns.get(name) as Float64Array).map((v) => v + 1e6);
  const m = columnarCorrelations(surveyColumns(cols) as SurveyColumns);
  for (let a = 0; a < names.length; a++) {
    for (let b = a + 1; b < names.length; b++) {
      const ref = pearson(
        valuesFromColumn(cols[names[a] as string] as Float64Array),
        valuesFromColumn(cols[names[b] as string] as Float64Array),
      );
      close((m.r[a] as number[])[b] as number, ref.r, `${names[a]}–${names[b]}`, 1e-9);
      assert.equal((m.n[a] as number[])[b], ref.n);
    }
  }
});

test("constructs of 2 and of 6 items (the generic paths) equal the scalar functions", () => {
  // 6 items take the column-by-column path of the engine, 2 items the padded one.
  const design: ScaleConstruct[] = [
    {
      name: "six",
      items: {
        pre: ["s1_pre", "s2_pre", "s3_pre", "s4_pre", "s5_pre", "s6_pre"],
        post: ["s1_post", "s2_post", "s3_post", "s4_post", "s5_post", "s6_post"],
      },
      minItems: 4,
    },
    { name: "two", items: { pre: ["t1_pre", "t2_pre"], post: ["t1_post", "t2_post"] }, minItems: 1 },
    { name: "one", items: { post: ["o_post"] }, minItems: 1 },
  ];
  const { survey } = syntheticSurvey(design, { n: 5000, seed: 31, missingRate: 0.1 });
  const t = columnarPrePost(survey, design, { keepScores: true });
  const col = (name: string) => valuesFromColumn(survey.columns.get(name) as Float64Array);
  // The scoring rule of constructScores, written out.
  const scoresOf = (c: ScaleConstruct, tp: "pre" | "post"): (number | null)[] => {
    const cols = (c.items[tp] ?? []).map(col);
    return Array.from({ length: survey.n }, (_, i) => {
      let s = 0;
      let m = 0;
      for (const x of cols) {
        const v = x[i];
        if (v !== null && v !== undefined) {
          s += v;
          m++;
        }
      }
      return m >= c.minItems ? s / m : null;
    });
  };
  for (const c of design.slice(0, 2)) {
    for (const tp of ["pre", "post"] as const) {
      const ours = t.scores.find((s) => s.construct === c.name && s.timepoint === tp);
      assert.ok(ours?.values !== null && ours?.values !== undefined);
      assert.deepEqual(valuesFromColumn(ours.values), scoresOf(c, tp), `${c.name} ${tp} scores`);
      const rel = t.reliability.find((r) => r.construct === c.name && r.timepoint === tp);
      closeDeep(rel?.result, cronbachAlpha((c.items[tp] ?? []).map(col)), `${c.name} ${tp} alpha`);
    }
    const p = t.paired.find((x) => x.construct === c.name);
    assert.ok(p !== undefined);
    const post = scoresOf(c, "post");
    const pre = scoresOf(c, "pre");
    closeDeep(p.test, pairedTTest(post, pre), `${c.name} t-test`);
    closeDeep(p.effects.g_rm, hedgesGrm(post, pre), `${c.name} g_rm`);
    closeDeep(p.effects.d_av, cohensDav(post, pre), `${c.name} d_av`);
  }
  const post = t.correlations.find((m) => m.timepoint === "post");
  assert.deepEqual(post?.names, ["six", "two", "one"]);
  close(
    (post?.r[0] as number[] | undefined)?.[2] as number,
    pearson(scoresOf(design[0] as ScaleConstruct, "post"), col("o_post")).r,
    "six–one r",
  );
});

for (const offset of [1e6, 1e7, 1e8, 1e9]) {
  test(`columnarPrePost equals the scalar analysis with every item offset by ${offset.toExponential()} (1e-10 relative)`, () => {
    // Values far from zero: the chunk merges must not lose the spread or the mean difference to
    // the rounding of means near the offset (issue 11, finding 7).
    const design = designOf(codebook.constructs, (_c, k) => Math.max(1, k - 1));
    const { survey } = syntheticSurvey(design, { n: 5000, seed: 41, missingRate: 0.05 });
    const shifted = new Map<string, Float64Array>();
    for (const [name, col] of survey.columns)
      shifted.set(
        name,
        col.map((v) => v + offset),
      );
    const s = surveyColumns(shifted);
    compare(columnarPrePost(s, design, { keepScores: true }), datasetFrom(s, design), `offset ${offset}`);
  });
}
