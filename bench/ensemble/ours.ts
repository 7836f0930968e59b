/**
 * Times the ensemble in a fresh process, or the naive baseline it is compared with.
 * Usage: node --import tsx bench/ensemble/ours.ts ensemble <members>
 *        node --import tsx bench/ensemble/ours.ts baseline <reconstructions>
 * `ensemble` runs generateEnsemble (the default chains, spacing and directed searches, the given
 * number of members) and prints { ms, members, searchRuns, checked, maxRssMb, heapUsedMb };
 * `baseline` runs reconstruct() from as many seeds (1, 2, …) and prints { ms, runs, perRunMs }:
 * one reconstruction per member is the naive way to get as many datasets.
 */
import { generateEnsemble } from "../../lib/compendium/src/reconstruct/ensemble.js";
import { reconstruct } from "../../lib/compendium/src/reconstruct/generate.js";
import { ROOT } from "../lib/design.js";
import { join } from "node:path";

const dataDir = join(ROOT, "data");
const [mode, countText] = process.argv.slice(2);
const count = Number(countText ?? "200");
if (mode === "baseline") {
  reconstruct({ dataDir }); // load and compile once, as the ensemble's first chain does
  const t0 = performance.now();
  for (let s = 1; s <= count; s++) reconstruct({ dataDir, seed: s });
  const ms = performance.now() - t0;
  process.stdout.write(`${JSON.stringify({ ms, runs: count, perRunMs: ms / count })}\n`);
} else {
  const t0 = performance.now();
  const r = generateEnsemble({ dataDir, members: count });
  const ms = performance.now() - t0;
  const mb = (b: number): number => Math.round((b / 1048576) * 10) / 10;
  process.stdout.write(
    `${JSON.stringify({ ms, members: r.members, searchRuns: r.work.searchRuns, checked: r.work.checked, maxRssMb: mb(process.resourceUsage().maxRSS * 1024), heapUsedMb: mb(process.memoryUsage().heapUsed) })}\n`,
  );
}
