/**
 * `npm run reproduce [-- --data <folder>] [--kernel tslab|deno] [--jobs N] [--fresh-kernels] [--no-png] [--publish-flagged-text] [--out <folder>]`
 * @module pipeline/cli
 */
import { resolve } from "node:path";
import { describeFailure, reproduce } from "./reproduce.js";
import { isMain } from "../main-module.js";

const USAGE = "usage: npm run reproduce [-- --data <folder>] [--kernel tslab|deno] [--jobs N] [--fresh-kernels] [--no-png] [--publish-flagged-text] [--out <folder>]";

/** Runs the command; returns the exit code (0 success, 1 failure, 2 usage). */
export async function main(argv: readonly string[], root = process.cwd()): Promise<number> {
  let dataDir: string | null = null;
  let kernel: "tslab" | "deno" = "tslab";
  let jobs: number | undefined;
  let warmKernels = true;
  let png = true;
  let publishFlaggedText = false;
  let outDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === "--data") dataDir = resolve(value());
      else if (a === "--kernel") {
        const k = value();
        if (k !== "tslab" && k !== "deno") throw new Error(`--kernel is ${k}; expected tslab or deno`);
        kernel = k;
      } else if (a === "--jobs") {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) throw new Error("--jobs expects a whole number of at least 1");
        jobs = n;
      } else if (a === "--fresh-kernels") warmKernels = false;
      else if (a === "--no-png") png = false;
      else if (a === "--publish-flagged-text") publishFlaggedText = true;
      else if (a === "--out") outDir = resolve(value());
      else if (a === "--help" || a === "-h") {
        process.stdout.write(`${USAGE}\n`);
        return 0;
      } else throw new Error(`unknown argument ${String(a)}`);
    } catch (e) {
      process.stderr.write(`reproduce: ${(e as Error).message}\n${USAGE}\n`);
      return 2;
    }
  }
  try {
    const summary = await reproduce({ root, dataDir, kernel, warmKernels, png, publishFlaggedText, ...(jobs !== undefined ? { jobs } : {}), ...(outDir !== undefined ? { outDir } : {}) });
    const counts = Object.entries(summary.statusCounts).map(([k, v]) => `${v} ${k}`).join(", ");
    process.stdout.write(`\n${summary.notebooks.length} notebooks executed; ${summary.files.length} files written to ${outDir ?? "reports/"} in ${(summary.durationMs / 1000).toFixed(1)} s\npublished values: ${counts}\n`);
    for (const n of summary.notices) process.stdout.write(`notice: ${n}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`\nreproduce failed: ${describeFailure(e)}\n`);
    return 1;
  }
}

if (isMain(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
