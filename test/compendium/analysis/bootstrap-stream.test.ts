/**
 * The bootstrap streams its resamples (issue 11, finding 4): one index buffer is refilled for
 * every resample, so memory is O(n + R) rather than O(n·R), with the same replicates as before
 * for the same seed.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { bootstrap } from "../../../lib/stats/src/bootstrap.js";
import { createRng } from "../../../lib/stats/src/random.js";

const x = Array.from({ length: 40 }, (_, i) => Math.sin(i * 1.7) * 3 + i / 10);
const meanAt = (idx: Int32Array): number => {
  let s = 0;
  for (let k = 0; k < idx.length; k++) s += x[idx[k] as number] as number;
  return s / idx.length;
};

test("bootstrap refills one index buffer instead of keeping every resample (memory O(n + R))", () => {
  const seen = new Set<Int32Array>();
  const result = bootstrap(
    x.length,
    (idx) => {
      seen.add(idx);
      return meanAt(idx);
    },
    { seed: 7, replicates: 500 },
  );
  assert.equal(result.replicates, 500);
  // The full sample, the resample buffer and the jackknife buffer: three arrays, not 500 + 40 + 1.
  assert.ok(seen.size <= 3, `${seen.size} index arrays were passed to the statistic`);
});

test("the streamed bootstrap gives exactly the replicates of the same resamples drawn and kept up front", () => {
  const rng = createRng(11);
  const kept: Int32Array[] = [];
  for (let r = 0; r < 300; r++) {
    const idx = new Int32Array(x.length);
    for (let i = 0; i < x.length; i++) idx[i] = rng.int(x.length);
    kept.push(idx);
  }
  const drawn = bootstrap(x.length, meanAt, { seed: 11, replicates: 300 });
  const given = bootstrap(x.length, meanAt, { seed: 0, resamples: kept });
  for (const k of ["estimate", "bias", "se", "z0", "acceleration"] as const) assert.equal(drawn[k], given[k], k);
  assert.deepEqual(drawn.percentile, given.percentile);
  assert.deepEqual(drawn.bca, given.bca);
});

test("leaveOneOut gives the jackknife without n statistic calls on n − 1 indices", () => {
  const n = x.length;
  const total = x.reduce((a, b) => a + b, 0);
  let calls = 0;
  const counted = (idx: Int32Array): number => {
    calls++;
    return meanAt(idx);
  };
  const plain = bootstrap(n, meanAt, { seed: 3, replicates: 200 });
  const fast = bootstrap(n, counted, { seed: 3, replicates: 200, leaveOneOut: (j) => (total - (x[j] as number)) / (n - 1) });
  assert.equal(calls, 201);
  assert.ok(Math.abs(plain.acceleration - fast.acceleration) < 1e-12);
  assert.ok(Math.abs(plain.bca.lower - fast.bca.lower) < 1e-12);
});
