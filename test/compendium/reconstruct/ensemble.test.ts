/**
 * The ensemble of reconstructions: deterministic for a seed; every member and every kept dataset
 * meets every printed claim, recomputed through the loader and the analyses from files on disk;
 * each extreme's dataset gives its extreme value when loaded; the claims left out are answered by
 * datasets that break exactly the claim left out; impossible target sets are reported with their
 * reason without a search. Reference numbers come from R (test/reference/ensemble-reference.R) and
 * from data/README.md (the sums of Table 2's printed cells).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRng } from "@behoud/stats";
import { generateEnsemble, infeasibleTargets, quantileSorted7 } from "../../../lib/compendium/src/reconstruct/ensemble.js";
import { ensembleSummaryText, writeDatasetFolder } from "../../../lib/compendium/src/reconstruct/ensemble-files.js";
import { articleClaims, articleModel, claimAnnealer } from "../../../lib/compendium/src/reconstruct/claims.js";
import { reconstruct } from "../../../lib/compendium/src/reconstruct/generate.js";
import { openStudy } from "../../../lib/compendium/src/analysis/study.js";
import { table3 } from "../../../lib/compendium/src/analysis/table3.js";
import { reliabilityByCluster } from "../../../lib/compendium/src/analysis/reliability.js";
import { analyse, buildResults } from "../../../lib/compendium/src/analysis/results.js";
import { auditArticle } from "../../../lib/compendium/src/analysis/audit-article.js";

const DATA = "data";
const REF = JSON.parse(readFileSync("test/reference/ensemble-reference.json", "utf8")) as {
  quantiles: { x: number | number[]; probs: number[]; type7: number[] }[];
  bounds: {
    tCrit: number;
    halfBound: Record<string, number>;
    gBound: Record<string, number>;
    dzLo: Record<string, number>;
    dzHi: Record<string, number>;
  };
};

const SMALL = { dataDir: DATA, members: 8, chains: 2, spacing: 400, searchSteps: 400, seed: 97 } as const;
const small = generateEnsemble(SMALL);

test("quantileSorted7 gives R's quantile(type = 7)", () => {
  assert.ok(REF.quantiles.length >= 3);
  for (const c of REF.quantiles) {
    const x = (Array.isArray(c.x) ? c.x : [c.x]).slice().sort((a, b) => a - b);
    c.probs.forEach((p, i) => {
      assert.ok(Math.abs(quantileSorted7(x, p) - (c.type7[i] as number)) < 1e-12, `p = ${p}`);
    });
  }
  assert.throws(() => quantileSorted7([], 0.5), /EMPTY_INPUT|no values/);
  assert.throws(() => quantileSorted7([1], 1.5), /expected a probability/);
});

test("the same seed gives the same ensemble, byte for byte; another seed another one", () => {
  const again = generateEnsemble(SMALL);
  assert.equal(ensembleSummaryText(again), ensembleSummaryText(small));
  const other = generateEnsemble({ ...SMALL, seed: 98 });
  assert.notEqual(ensembleSummaryText(other), ensembleSummaryText(small));
  assert.equal(small.members, 8);
  assert.equal(small.work.checked >= 8, true);
  assert.ok(small.diversity.pairwise.min > 0, "no two sampled members are identical");
});

test("the options are validated", () => {
  assert.throws(() => generateEnsemble({ ...SMALL, members: 1 }), /members is 1/);
  assert.throws(() => generateEnsemble({ ...SMALL, spacing: 0.5 }), /spacing is 0.5/);
});

test("the walk keeps every claim; explore refuses a start that breaks one", () => {
  const model = articleModel(DATA);
  const claims = articleClaims(model);
  const a = claimAnnealer(model, reconstruct({ dataDir: DATA }).cells, claims);
  const rep = a.explore(createRng(3), { steps: 5000 });
  assert.ok(rep.accepted > 100, `accepted ${rep.accepted}`);
  assert.equal(a.totalPenalty(), 0);
  const up = a.explore(createRng(4), {
    steps: 3000,
    objective: { statistic: { kind: "sd", score: "werkplezier_pre" }, direction: 1 },
  });
  assert.equal(a.totalPenalty(), 0);
  assert.ok(up.best !== null && up.best >= a.statistic({ kind: "sd", score: "werkplezier_pre" }) - 1e-12);
  // The shipped answers with Werkplezier's post items all at 5 break the post mean 4.5.
  const cells = new Map(reconstruct({ dataDir: DATA }).cells);
  for (const item of model.clusters[0]?.postItems ?? []) cells.set(item, new Int8Array(model.n).fill(5));
  const broken = claimAnnealer(model, cells, claims);
  assert.throws(() => broken.explore(createRng(5), { steps: 10 }), /breaks .*table3\.werkplezier\.post/);
});

test("Table 2's printed totals and the mean 4,05 are reported infeasible with the reason, without a search", () => {
  const inf = infeasibleTargets(DATA);
  const byId = new Map(inf.map((i) => [i.id, i]));
  // data/README.md: the cells sum to 67 and 151 against the printed 73 and 157; 4,05 fails GRIM for N = 51.
  assert.match(byId.get("table2.totaal.self")?.reason ?? "", /add up to 67 .*total 73/);
  assert.match(byId.get("table2.totaal.total")?.reason ?? "", /add up to 151 .*total 157/);
  assert.match(byId.get("results.part1.behoud.b")?.reason ?? "", /4\.03922 .*4\.05882/);
  assert.equal(byId.has("table2.totaal.teachers"), false, "the teachers' column total 84 is the sum of its cells");
  assert.deepEqual(
    small.infeasible.map((i) => i.id),
    inf.map((i) => i.id),
  );
});

test("the claims left out: bounds agree with R; every counterexample breaks only the claim left out", () => {
  for (const q of small.questions) {
    const construct = q.claim.split(".")[1] as string;
    if (q.variant === "d_z") {
      assert.ok(Math.abs((q.tBound?.lo ?? Number.NaN) - (REF.bounds.dzLo[construct] as number)) < 1e-9, q.id);
      assert.ok(Math.abs((q.tBound?.hi ?? Number.NaN) - (REF.bounds.dzHi[construct] as number)) < 1e-9, q.id);
    } else if (q.tBound !== null) {
      const ref = q.variant === "g_av" ? REF.bounds.gBound : REF.bounds.halfBound;
      assert.ok(Math.abs(q.tBound.lo - (ref[construct] as number)) < 1e-9, q.id);
    }
  }
  assert.ok(Math.abs(small.tCrit - REF.bounds.tCrit) < 1e-9);
  const verdict = (id: string): string | undefined => small.questions.find((q) => q.id === id)?.verdict;
  // R: √51 · 0.605 / 2 = 2.160 > 2.009, so Werkplezier's rise is implied; under d_z, Waardering's 0.25 gives t < 1.83.
  assert.equal(verdict("table3.werkplezier.significance-left-out"), "implied");
  assert.equal(verdict("table3.waardering.significance-d_z"), "contradicted");
  assert.equal(verdict("table3.autonomie.significance-d_z"), "implied");
  // R: √51 · 0.605 / (2 · J(50)) = 2.193 > 2.009.
  assert.equal(verdict("table3.werkplezier.significance-g_av-left-out"), "implied");
});

const shippedStatuses = (() => {
  const study = openStudy({ codebookDir: DATA });
  return new Map(buildResults(study, analyse(study), auditArticle(study.published)).map((r) => [r.id, r.status]));
})();

function statusesOf(folder: string): Map<string, string> {
  const study = openStudy({ dataDir: folder, codebookDir: folder, shippedDataDir: DATA });
  return new Map(buildResults(study, analyse(study), auditArticle(study.published)).map((r) => [r.id, r.status]));
}

test("kept datasets written as data folders load, give their extreme value from disk and the shipped scorecard", () => {
  const dir = mkdtempSync(join(tmpdir(), "ensemble-test-"));
  try {
    const cache = new Map<number, ReadonlyMap<string, string>>();
    const keys = ["waardering.t-min", "werkplezier.pre-post-r-max", "autonomie.post.alpha-min"];
    for (const key of keys) {
      const kept = small.kept.get(key);
      assert.ok(kept, key);
      const folder = join(dir, key);
      writeDatasetFolder(kept, folder, { dataDir: DATA, title: key, cache });
      const study = openStudy({ dataDir: folder, codebookDir: folder, shippedDataDir: DATA });
      const rows = table3(study.ds);
      const range = small.ranges.find((r) => `${r.def.id}-${key.endsWith("min") ? "min" : "max"}` === key);
      assert.ok(range, key);
      const row = rows.find((r) => r.construct === range.def.subject);
      assert.ok(row?.paired && row.pre, key);
      const alpha = reliabilityByCluster(study.ds).find((r) => r.construct === range.def.subject && r.timepoint === range.def.timepoint);
      const fromDisk =
        range.def.family === "t"
          ? row.paired.test.t
          : range.def.family === "pre-post-r"
            ? (row.paired.correlation as number)
            : (alpha?.result.alpha ?? Number.NaN);
      const expected = key.endsWith("min") ? range.found.min : range.found.max;
      assert.ok(Math.abs(fromDisk - expected) < 1e-9, `${key}: ${fromDisk} vs ${expected}`);
      // The scorecard: what the shipped data match by construction, these data reproduce; every other status is the same.
      const statuses = statusesOf(folder);
      for (const [id, status] of shippedStatuses) {
        const want = status === "matched-by-construction" ? "reproduced" : status;
        assert.equal(statuses.get(id), want, `${key}: ${id}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("every counterexample, loaded from disk, meets the other printed numbers (d read as its variant) and breaks its claim", () => {
  const model = articleModel(DATA);
  const found = small.questions.filter((x) => x.verdict === "not-implied" && x.dataset !== null);
  assert.ok(
    found.some((q) => q.claim === "table3.waardering.significance" && q.variant === "d_av"),
    "the small ensemble finds Waardering's counterexample under d_av",
  );
  assert.ok(
    found.some((q) => q.variant === "d_rm"),
    "and one under d_rm",
  );
  const dir = mkdtempSync(join(tmpdir(), "ensemble-test-"));
  try {
    for (const q of found) {
      const kept = small.kept.get(q.dataset as string);
      assert.ok(kept, q.id);
      const folder = join(dir, q.id);
      writeDatasetFolder(kept, folder, { dataDir: DATA, title: q.id });
      const study = openStudy({ dataDir: folder, codebookDir: folder, shippedDataDir: DATA });
      const construct = q.claim.split(".")[1] as string;
      const c = model.clusters.find((k) => k.construct === construct);
      const row = table3(study.ds).find((r) => r.construct === construct);
      assert.ok(c && row?.paired && row.pre, q.id);
      // The claim left out is broken: Table 3's significance is on the other side of .05.
      assert.equal(row.paired.test.pValue < 0.05, !c.significant, `${q.id}: p = ${row.paired.test.pValue}`);
      // The printed means and d still hold.
      assert.ok(row.pre.mean >= c.pre.lo && row.pre.mean < c.pre.hi, `${q.id}: pre ${row.pre.mean} prints as ${c.pre.text}`);
      assert.ok(row.post.mean >= c.post.lo && row.post.mean < c.post.hi, `${q.id}: post ${row.post.mean} prints as ${c.post.text}`);
      if (c.effect !== null) {
        const e = row.paired.effects;
        const d = q.variant === "d_rm" ? e.d_rm.estimate : q.variant === "g_av" ? e.g_av.estimate : e.d_av.estimate;
        assert.ok(d >= c.effect.lo && d < c.effect.hi, `${q.id}: ${q.variant} ${d} prints as ${c.effect.text}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
