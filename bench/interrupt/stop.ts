/**
 * How fast `npm run reproduce` stops on Ctrl-C (issue 11: "respond to Ctrl-C within a second").
 * Starts the built CLI (`node lib/compendium/dist/pipeline/cli.js`, what `npm run reproduce` runs) again
 * and again, sends SIGINT or SIGTERM at a seeded random moment of the run, and measures the
 * time from the signal to the process's exit. Checks after each stop that the output folder
 * holds the previous outputs unchanged and no staging folder or lock.
 *
 *   node --import tsx bench/interrupt/stop.ts [--trials 12] [--data <folder>] [--max-seconds 12] [--seed 7]
 *
 * With --data (e.g. a folder written by bench/large/generate.ts) the moments fall mostly in
 * the analysis of large data, where a single-threaded run could not even notice a signal.
 * Writes bench/interrupt/results.json (or --out).
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { createRng } from "../../lib/stats/src/random.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const { values: args } = parseArgs({
  options: {
    trials: { type: "string" },
    data: { type: "string" },
    "max-seconds": { type: "string" },
    seed: { type: "string" },
    out: { type: "string" },
  },
});
const trials = Number(args.trials ?? 12);
const maxSeconds = Number(args["max-seconds"] ?? 12);
const seed = Number(args.seed ?? 7);
const dataArgs = args.data === undefined ? [] : ["--data", args.data];

function snapshot(dir: string): string {
  const hash = createHash("sha256");
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else hash.update(relative(dir, p)).update(readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest("hex");
}

interface Trial {
  readonly signal: "SIGINT" | "SIGTERM";
  readonly afterMs: number;
  readonly phase: string;
  readonly stopMs: number;
  readonly exitCode: number | null;
  readonly outputsUnchanged: boolean;
  readonly leftovers: readonly string[];
}

async function main(): Promise<void> {
  spawnSync(process.execPath, [join(ROOT, "lib", "build.mjs")], { stdio: "ignore" });
  const out = join(mkdtempSync(join(tmpdir(), "bench-stop-")), "reports");
  const cli = join(ROOT, "lib", "compendium", "dist", "pipeline", "cli.js");
  const first = spawnSync(process.execPath, [cli, "--out", out, ...dataArgs], { cwd: ROOT, encoding: "utf8" });
  if (first.status !== 0) throw new Error(`the first run failed:\n${first.stderr}`);
  const before = snapshot(out);
  const rng = createRng(seed);
  const random = (): number => rng.float();
  const results: Trial[] = [];
  for (let i = 0; i < trials; i++) {
    const signal = i % 2 === 0 ? "SIGINT" : "SIGTERM";
    const afterMs = Math.round(500 + random() * (maxSeconds * 1000 - 500));
    const child = spawn(process.execPath, [cli, "--out", out, ...dataArgs], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let text = "";
    child.stdout.on("data", (b: Buffer) => (text += b.toString()));
    child.stderr.on("data", (b: Buffer) => (text += b.toString()));
    const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
      child.on("exit", (code) => resolve({ code, at: performance.now() })),
    );
    const early = await Promise.race([new Promise<null>((r) => setTimeout(() => r(null), afterMs)), exited]);
    if (early !== null) {
      process.stdout.write(`trial ${i + 1}: the run ended before ${afterMs} ms; lower --max-seconds\n`);
      continue;
    }
    const lines = text.trimEnd().split("\n");
    const phase = lines.at(-1)?.trim().slice(0, 60) ?? "";
    const sent = performance.now();
    child.kill(signal);
    const end = await exited;
    const leftovers = readdirSync(out).filter((n) => n.startsWith(".reproduce") && n !== ".reproduce-manifest.json");
    const trial: Trial = {
      signal,
      afterMs,
      phase,
      stopMs: end.at - sent,
      exitCode: end.code,
      outputsUnchanged: snapshot(out) === before,
      leftovers,
    };
    results.push(trial);
    process.stdout.write(
      `trial ${i + 1}: ${signal} after ${afterMs} ms (${phase}): stopped in ${trial.stopMs.toFixed(0)} ms, exit ${end.code}, outputs unchanged: ${trial.outputsUnchanged}, left: ${leftovers.join(" ") || "nothing"}\n`,
    );
  }
  const stops = results.map((r) => r.stopMs).sort((a, b) => a - b);
  const median = stops[Math.floor(stops.length / 2)] ?? Number.NaN;
  const max = stops.at(-1) ?? Number.NaN;
  const summary = {
    when: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model ?? "", cores: cpus().length, loadAverage: loadavg() },
    data: args.data ?? "shipped",
    seed,
    trials: results,
    medianStopMs: median,
    maxStopMs: max,
    target: "every stop within 1000 ms, previous outputs unchanged, nothing left",
    met: results.every((r) => r.stopMs <= 1000 && r.outputsUnchanged && r.leftovers.length === 0),
  };
  process.stdout.write(
    `\nstop after a signal: median ${median.toFixed(0)} ms, max ${max.toFixed(0)} ms over ${results.length} runs; target met: ${summary.met}\n`,
  );
  writeFileSync(
    args.out ?? join(ROOT, "bench", "interrupt", args.data === undefined ? "results.json" : "results-data.json"),
    `${JSON.stringify(summary, null, 2)}\n`,
  );
}

await main();
