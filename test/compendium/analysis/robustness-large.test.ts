/**
 * Robustness on large data (issue 11, finding 4): the bootstrap is not run above a stated cap on
 * n × R (the row and the table say so), and its jackknife uses running sums at large n.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { openStudy, robustness } from "../../../lib/compendium/src/analysis/index.js";
import { leaveOneOutMoments, meanAndSdOf } from "../../../lib/compendium/src/analysis/moments.js";
import { robustnessTable } from "../../../lib/compendium/src/views/index.js";

test("robustness: above maxDraws (n × R) the bootstrap is not run, and the row and table say why", () => {
  const study = openStudy();
  const rb = robustness(study.ds, { replicates: 999, maxDraws: 10_000 });
  assert.equal(rb.maxDraws, 10_000);
  for (const r of rb.rows) {
    const nc = r.notComputable.find((x) => x.statistic === "bootstrap of d_av");
    assert.ok(nc, r.construct);
    assert.match(nc.reason, /^not run: n × R = 51 × 999 resampled cases exceed the cap of 10,000 per construct \(option maxDraws\)/);
    assert.ok(Number.isNaN(r.bootstrapDav.bca.lower));
    assert.ok(Number.isFinite(r.wilcoxon.pValue) && Number.isFinite(r.pHolm));
  }
  const cells = robustnessTable(rb).rows.map((row) => String(row.bca));
  assert.ok(
    cells.every((c) => c.startsWith("not computable (not run: n × R = 51 × 999")),
    cells.join("\n"),
  );
  // Under the default cap the shipped data are bootstrapped as before.
  assert.ok(
    robustness(study.ds, { replicates: 199 }).rows.every((r) => r.notComputable.length === 0 && Number.isFinite(r.bootstrapDav.bca.lower)),
  );
});

test("leaveOneOutMoments gives the mean and SD without case j, as from the n − 1 remaining indices", () => {
  const x = Array.from({ length: 3001 }, (_, i) => 1 + ((i * 7919) % 5) + (i % 3) / 3);
  const loo = leaveOneOutMoments(x);
  for (const j of [0, 1, 1500, 3000]) {
    const idx = Int32Array.from({ length: x.length - 1 }, (_, k) => (k < j ? k : k + 1));
    const direct = meanAndSdOf(idx, x);
    const fast = loo(j);
    assert.ok(Math.abs(direct.mean - fast.mean) < 1e-12, `mean without ${j}`);
    assert.ok(Math.abs(direct.sd - fast.sd) < 1e-12, `sd without ${j}`);
  }
});
