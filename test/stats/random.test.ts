/** Seeded randomness: same seed, same numbers; the seed is recorded in every result that draws. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { bootstrap, createRng } from "@behoud/stats";

test("createRng: same seed gives the same stream; MT19937 reference output for seed 5489", () => {
  const a = createRng(42);
  const b = createRng(42);
  const sa = Array.from({ length: 100 }, () => a.uint32());
  const sb = Array.from({ length: 100 }, () => b.uint32());
  assert.deepEqual(sa, sb);
  // First outputs of the reference implementation mt19937ar.c (Matsumoto & Nishimura) with the
  // default seed 5489, as listed in the C++ standard ([rand.predef]: the 10000th is 4123659995).
  const ref = createRng(5489);
  assert.equal(ref.uint32(), 3499211612);
  assert.equal(ref.uint32(), 581869302);
  for (let i = 3; i < 10000; i++) ref.uint32();
  assert.equal(ref.uint32(), 4123659995);
});

test("createRng: int(n) stays in range and is close to uniform; float in [0, 1)", () => {
  const rng = createRng(7);
  const counts = new Array<number>(5).fill(0);
  for (let i = 0; i < 50000; i++) {
    const k = rng.int(5);
    assert.ok(Number.isInteger(k) && k >= 0 && k < 5);
    counts[k] = (counts[k] as number) + 1;
  }
  for (const c of counts) assert.ok(Math.abs(c - 10000) < 400, `count ${c}`); // ±4 SD
  for (let i = 0; i < 1000; i++) {
    const u = rng.float();
    assert.ok(u >= 0 && u < 1);
  }
});

test("bootstrap with a seed: deterministic, seed recorded, percentile interval brackets the mean", () => {
  const x = [3, 4, 4, 5, 2, 3, 5, 4, 4, 3, 5, 1, 4, 4, 3];
  const stat = (idx: Int32Array): number => Array.from(idx, (i) => x[i] as number).reduce((a, b) => a + b, 0) / idx.length;
  const r1 = bootstrap(x.length, stat, { seed: 123, replicates: 999 });
  const r2 = bootstrap(x.length, stat, { seed: 123, replicates: 999 });
  assert.deepEqual(r1, r2);
  assert.equal(r1.seed, 123);
  assert.equal(r1.replicates, 999);
  assert.ok(r1.percentile.lower < r1.estimate && r1.estimate < r1.percentile.upper);
  const r3 = bootstrap(x.length, stat, { seed: 124, replicates: 999 });
  assert.notEqual(r1.se, r3.se);
});
