/**
 * Large data (issue 11, finding 4): times and peak memory of validation and of every analysis of
 * `npm run reproduce` on generated data folders of 180,000 and 1,000,000 respondents in the
 * shipped layout (bench/large/generate.ts), each step in its own process (bench/large/child.ts).
 * Not part of the unit tests (they assert results, not timings).
 *
 * Usage: `node --import tsx bench/large/measure.ts [--sizes 180000,1000000] [--dir /tmp/large]
 * [--out bench/large/results.json]`. Writes the measurements with the machine they ran on.
 * @module bench/large/measure
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateLargeData } from "./generate.js";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "..", "..");

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const sizes = arg("--sizes", "180000,1000000").split(",").map(Number);
const base = arg("--dir", path.join(os.tmpdir(), "behoud-large"));
const outFile = arg("--out", path.join(HERE, "results.json"));

interface ChildResult {
  readonly steps: Record<string, number>;
  readonly peakRssBytes: number;
  readonly [key: string]: unknown;
}

function child(mode: "validate" | "analyse", dir: string): ChildResult & { wallMs: number } {
  const t = performance.now();
  const out = execFileSync(process.execPath, ["--import", "tsx", path.join(HERE, "child.ts"), mode, dir], {
    cwd: ROOT,
    maxBuffer: 1 << 26,
    encoding: "utf8",
  });
  return { ...(JSON.parse(out.trim().split("\n").pop() ?? "{}") as ChildResult), wallMs: Math.round(performance.now() - t) };
}

const results: Record<string, unknown>[] = [];
for (const n of sizes) {
  const dir = path.join(base, String(n));
  if (!existsSync(path.join(dir, "datapackage.json"))) {
    mkdirSync(dir, { recursive: true });
    generateLargeData(dir, n, 1);
  }
  for (const mode of ["validate", "analyse"] as const) {
    const r = child(mode, dir);
    results.push({ n, mode, ...r });
    const steps = Object.entries(r.steps)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
      .join(", ");
    process.stdout.write(
      `N = ${n.toLocaleString("en-US")}, ${mode}: ${(r.wallMs / 1000).toFixed(1)} s in all (process start included), peak RSS ${(r.peakRssBytes / 2 ** 20).toFixed(0)} MB; ${steps}\n`,
    );
  }
}
const machine = {
  cpu: os.cpus()[0]?.model ?? "?",
  cores: os.cpus().length,
  memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
  node: process.version,
  loadavg: os.loadavg(),
};
writeFileSync(outFile, `${JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2)}\n`);
process.stdout.write(`written ${path.relative(ROOT, outFile)}\n`);
