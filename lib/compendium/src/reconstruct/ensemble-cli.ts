/**
 * `npm run ensemble [-- --members K] [--chains B] [--seed N] [--search-steps S] [--data <folder>]
 * [--summary <file>] [--extremes <folder>] [--check]`: generates the ensemble of reconstructions,
 * the ranges of the unprinted quantities and the claims left out; writes the summary (default
 * data/ensemble-summary.json) or with --check compares it with the stored one; with --extremes
 * writes every kept dataset (the extremes and the counterexamples) as a data folder.
 * @module reconstruct/ensemble-cli
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateEnsemble } from "./ensemble.js";
import { ensembleSummaryText, writeDatasetFolder } from "./ensemble-files.js";
import { isMain } from "../main-module.js";

const USAGE =
  "usage: ensemble [--members K] [--chains B] [--seed N] [--search-steps S] [--data folder] [--summary file] [--extremes folder] [--check]\n";

/** Runs the command; returns the exit code. */
export function main(argv: readonly string[]): number {
  const opts: { members?: number; chains?: number; seed?: number; searchSteps?: number } = {};
  let dataDir = "data";
  let summary: string | null = null;
  let extremes: string | null = null;
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = (): number => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v)) throw new RangeError(`${a} needs an integer; got ${String(argv[i])}`);
      return v;
    };
    try {
      if (a === "--members") opts.members = num();
      else if (a === "--chains") opts.chains = num();
      else if (a === "--seed") opts.seed = num();
      else if (a === "--search-steps") opts.searchSteps = num();
      else if (a === "--data") dataDir = String(argv[++i]);
      else if (a === "--summary") summary = String(argv[++i]);
      else if (a === "--extremes") extremes = String(argv[++i]);
      else if (a === "--check") check = true;
      else {
        process.stderr.write(`ensemble: unknown argument ${String(a)}\n${USAGE}`);
        return 2;
      }
    } catch (e) {
      process.stderr.write(`ensemble: ${(e as Error).message}\n${USAGE}`);
      return 2;
    }
  }
  if (extremes !== null && existsSync(extremes) && readdirSync(extremes).length > 0) {
    process.stderr.write(`ensemble: ${extremes} exists and is not empty; give a new or empty folder for --extremes\n`);
    return 2;
  }
  const summaryPath = summary ?? join(dataDir, "ensemble-summary.json");
  const started = performance.now();
  const result = generateEnsemble({ ...opts, dataDir });
  const ms = performance.now() - started;
  const text = ensembleSummaryText(result);
  let code = 0;
  if (check) {
    const same = existsSync(summaryPath) && readFileSync(summaryPath, "utf8") === text;
    process.stdout.write(`${same ? "same   " : "DIFFERS"} ${summaryPath}\n`);
    if (!same) code = 1;
  } else {
    const tmp = `${summaryPath}.partial`;
    writeFileSync(tmp, text);
    renameSync(tmp, summaryPath);
    process.stdout.write(`wrote ${summaryPath}\n`);
  }
  if (extremes !== null) {
    mkdirSync(extremes, { recursive: true });
    const cache = new Map<number, ReadonlyMap<string, string>>();
    for (const [key, kept] of result.kept) {
      writeDatasetFolder(kept, join(extremes, key), { dataDir, title: `Ensemble dataset: ${key}`, cache });
    }
    process.stdout.write(`wrote ${result.kept.size} data folders to ${extremes}\n`);
  }
  process.stdout.write(
    `${result.members} members from ${result.chains} chains, ${result.work.searchRuns} directed-search runs, ${result.work.checked} datasets checked against every printed claim, in ${(ms / 1000).toFixed(1)} s\n`,
  );
  return code;
}

if (isMain(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
