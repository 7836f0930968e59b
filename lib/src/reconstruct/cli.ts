/**
 * `npm run reconstruct [-- --seed N] [--data <folder>] [--check]`: writes the synthetic data files,
 * or with --check verifies that the committed files equal a fresh reconstruction.
 * @module reconstruct/cli
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { reconstruct } from "./generate.js";
import { PLAN } from "./plan.js";

/** Runs the command; returns the exit code. */
export function main(argv: readonly string[]): number {
  let seed: number = PLAN.seed;
  let dataDir = "data";
  let checkOnly = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--seed") seed = Number(argv[++i]);
    else if (a === "--data") dataDir = String(argv[++i]);
    else if (a === "--check") checkOnly = true;
    else {
      process.stderr.write(`reconstruct: unknown argument ${String(a)}\nusage: reconstruct [--seed N] [--data folder] [--check]\n`);
      return 2;
    }
  }
  const started = performance.now();
  const result = reconstruct({ seed, dataDir });
  const ms = performance.now() - started;
  let differs = 0;
  for (const [rel, content] of result.files) {
    const path = join(dataDir, rel);
    if (checkOnly) {
      const same = existsSync(path) && readFileSync(path, "utf8") === content;
      if (!same) differs++;
      process.stdout.write(`${same ? "same   " : "DIFFERS"} ${path}\n`);
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      process.stdout.write(`wrote ${path}\n`);
    }
  }
  process.stdout.write(
    `seed ${result.seed}: ${result.checks.length} targets met after ${result.search.iterations} search moves (${result.search.accepted} accepted) in ${ms.toFixed(0)} ms\n`,
  );
  return differs > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = main(process.argv.slice(2));
}
