/**
 * Times reconstruct() (both rounds, from the published values) in a fresh process: the first call,
 * as `npm run reconstruct` pays it. Also reports whether every target was met and whether the
 * files equal the committed ones in data/ (so the benchmark times the real reconstruction).
 * Usage: node --import tsx bench/reconstruct/ours.ts
 * Prints one JSON line: { ms, targets, targetsMet, files, sameAsCommitted, iterations }.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { reconstruct } from "../../lib/compendium/src/reconstruct/generate.js";
import { ROOT } from "../lib/design.js";

const dataDir = join(ROOT, "data");
const t0 = performance.now();
const result = reconstruct({ dataDir });
const ms = performance.now() - t0;
let same = 0;
for (const [rel, content] of result.files) {
  const path = join(dataDir, rel);
  if (existsSync(path) && readFileSync(path, "utf8") === content) same++;
}
process.stdout.write(
  `${JSON.stringify({ ms, seed: result.seed, targets: result.checks.length, targetsMet: result.checks.filter((c) => c.ok).length, files: result.files.size, sameAsCommitted: same })}\n`,
);
