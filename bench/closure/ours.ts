/**
 * Times checkClosure for one item in a fresh process: the first call (what a user of the audit
 * waits for, JIT warm-up included) and then `--warm` more calls.
 * Usage: node --import tsx bench/closure/ours.ts --mean 3.55 --sd 0.86 --n 51 [--warm 5]
 * Prints one JSON line: { firstMs, warmMs, count, complete, frequencyTotals }.
 */
import { parseArgs } from "node:util";
import { checkClosure } from "../../lib/audit/src/closure.js";

const { values } = parseArgs({
  options: {
    mean: { type: "string" },
    sd: { type: "string" },
    n: { type: "string" },
    min: { type: "string", default: "1" },
    max: { type: "string", default: "5" },
    warm: { type: "string", default: "5" },
  },
});
if (values.mean === undefined || values.sd === undefined || values.n === undefined) throw new Error("usage: ours.ts --mean M --sd S --n N");
const run = () =>
  checkClosure(values.mean as string, values.sd as string, Number(values.n), {
    scaleMin: Number(values.min),
    scaleMax: Number(values.max),
  });
let t0 = performance.now();
const first = run();
const firstMs = performance.now() - t0;
const warmMs: number[] = [];
for (let i = 0; i < Number(values.warm); i++) {
  t0 = performance.now();
  run();
  warmMs.push(performance.now() - t0);
}
process.stdout.write(
  `${JSON.stringify({ firstMs, warmMs, count: first.details.count, complete: first.details.complete, frequencyTotals: first.details.frequencyTotals })}\n`,
);
