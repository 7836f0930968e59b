/**
 * The jstat appendix (lib/stats/ACCURACY.md): @behoud/stats agrees with R at every point of
 * test/reference/jstat-accuracy.json, jstat is measurably less accurate there (the reason it is
 * not used), and the appendix is the one tools/jstat-accuracy.ts renders from these values.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { APPENDIX_FILE, accuracyCases, compareAll, renderAppendix } from "../../tools/jstat-accuracy.js";

const rows = compareAll();

test("@behoud/stats agrees with R at every point of the comparison", () => {
  assert.ok(accuracyCases().length >= 50, "at least 50 reference values");
  for (const r of rows) {
    // R's noncentral t aims at an absolute error of about 1e-12 (AS 243); the others at full precision.
    const ok = r.c.fn === "noncentralTCdf" ? Math.abs(r.ours - r.c.value) <= 1e-12 : r.oursError <= 1e-12;
    assert.ok(ok, `${r.c.r_call}: R ${r.c.value}, @behoud/stats ${r.ours} (relative error ${r.oursError})`);
  }
});

test("jstat is measurably less accurate than @behoud/stats on the same points", () => {
  const worst = (pick: (r: (typeof rows)[number]) => number): number =>
    Math.max(...rows.filter((r) => r.c.fn !== "sampleVariance").map(pick));
  assert.ok(worst((r) => r.jstatError) > 1e-3, "jstat's worst relative error is above 1e-3");
  assert.ok(worst((r) => r.oursError) < 1e-8, "ours stays below 1e-8");
  assert.ok(rows.filter((r) => r.jstatError > 1e-8).length >= 5, "jstat misses 1e-8 in several cases");
  const variance = rows.find((r) => r.c.fn === "sampleVariance");
  assert.ok(
    variance !== undefined && Math.abs(variance.jstat - (variance.c.value * 7) / 8) < 1e-12,
    "jstat's default variance divides by n",
  );
});

test("the appendix is current", () => {
  assert.equal(
    readFileSync(APPENDIX_FILE, "utf8"),
    renderAppendix(rows),
    "run: node --conditions=source --import tsx tools/jstat-accuracy.ts --write",
  );
});
