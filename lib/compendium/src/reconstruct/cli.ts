/**
 * `npm run reconstruct [-- --seed N] [--data <folder>] [--check] [--verbose]`: writes the synthetic
 * data files, or with --check verifies that the committed files equal a fresh reconstruction;
 * --verbose lists every controlled statistic before and after the search.
 * @module reconstruct/cli
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { reconstruct } from "./generate.js";
import { PLAN } from "./plan.js";
import { isMain } from "../main-module.js";

/** Runs the command; returns the exit code. */
export function main(argv: readonly string[]): number {
  let seed: number = PLAN.seed;
  let dataDir = "data";
  let checkOnly = false;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--seed") seed = Number(argv[++i]);
    else if (a === "--data") dataDir = String(argv[++i]);
    else if (a === "--check") checkOnly = true;
    else if (a === "--verbose") verbose = true;
    else {
      process.stderr.write(
        `reconstruct: unknown argument ${String(a)}\nusage: reconstruct [--seed N] [--data folder] [--check] [--verbose]\n`,
      );
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
  if (verbose) {
    for (const st of result.statistics) {
      process.stdout.write(
        `  ${st.label.padEnd(58)} start ${st.initial.toFixed(4).padStart(8)}  end ${st.value.toFixed(4).padStart(8)}  allowed [${st.range.lo.toFixed(3)}, ${st.range.hi.toFixed(3)}]\n`,
      );
    }
  }
  process.stdout.write(
    `seed ${result.seed}: ${result.checks.length} targets met after ${result.search.iterations} search moves (${result.search.accepted} accepted) in ${ms.toFixed(0)} ms\n`,
  );
  return differs > 0 ? 1 : 0;
}

if (isMain(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
