/**
 * The benchmarks of issue 7: `npm run reproduce` against nbclient (§1), statistics at scale
 * against NumPy/SciPy (§2), the reconstruction and the CLOSURE enumeration against two Python
 * references (§3), and the install footprint (§4). Each
 * benchmark runs our code and its reference in the same run, repeats each, reports medians and
 * the ratio, writes a JSON file (keys sorted) and prints a table.
 *
 * Usage (from the repository root; `npm run bench`, `npm run bench:quick`):
 *   node --import tsx bench/run.ts            full (7–8 minutes): reproduce vs nbclient ×3, N =
 *                                             10³…10⁶, 2 rounds × 4 repeats, npm ci ×3; writes
 *                                             bench/results.json and the table in bench/README.md
 *   node --import tsx bench/run.ts --quick    under a minute: no reproduce (about 80 s a repeat;
 *                                             add it with --only), N = 10³…10⁵, 3 repeats, no
 *                                             npm ci; writes bench/results-quick.json
 * Options: --only reproduce,scale,reconstruct,ensemble,closure,footprint   --out <file>   --no-readme
 * The ensemble (issue 15: 200 members and every directed search, under 30 s) is timed in
 * bench/ensemble/bench.ts against one reconstruction per member, with its memory at 50, 200 and 800 members.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { measureFootprint, type FootprintResult } from "./footprint.js";
import { ROOT } from "./lib/design.js";
import {
  machineInfo,
  markdownTable,
  mb,
  median,
  ms,
  runNode,
  runPython,
  stableStringify,
  textTable,
  type MachineInfo,
} from "./lib/util.js";
import { benchReproduce, type ReproduceBench } from "./reproduce/bench.js";
import { compareResults, type Comparison } from "./scale/compare.js";
import { benchEnsemble, type EnsembleBench } from "./ensemble/bench.js";

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    out: { type: "string" },
    "no-readme": { type: "boolean", default: false },
  },
});

interface Config {
  readonly mode: "full" | "quick";
  readonly sizes: readonly number[];
  /** Rounds per size; each round runs ours (both variants) and NumPy once, `scaleRepeats` times each. */
  readonly scaleRounds: number;
  readonly scaleRepeats: number;
  readonly reconstructRepeats: number;
  readonly closureRepeats: number;
  readonly bruteForceRepeats: number;
  readonly npmCiRepeats: number;
  readonly reproduceRepeats: number;
}

const CONFIG: Config = args.quick
  ? {
      mode: "quick",
      sizes: [1e3, 1e4, 1e5],
      scaleRounds: 1,
      scaleRepeats: 3,
      reconstructRepeats: 3,
      closureRepeats: 3,
      bruteForceRepeats: 1,
      npmCiRepeats: 0,
      reproduceRepeats: 1,
    }
  : {
      mode: "full",
      sizes: [1e3, 1e4, 1e5, 1e6],
      scaleRounds: 2,
      scaleRepeats: 4,
      reconstructRepeats: 5,
      closureRepeats: 7,
      bruteForceRepeats: 3,
      npmCiRepeats: 3,
      reproduceRepeats: 3,
    };

const SEED = 20230401;
const MISSING_RATE = 0.02;
const CLOSURE_CASE = { mean: "3.55", sd: "0.86", n: 51, scaleMin: 1, scaleMax: 5 } as const;
const TARGET = {
  reproduceRatio: 0.5,
  reproduceMs: 15_000,
  scaleRatio: 0.5,
  scaleExponent: 1.1,
  memoryOverRaw: 2,
  reconstructMs: 2000,
  closureMs: 200,
} as const;

const ALL = ["reproduce", "scale", "reconstruct", "ensemble", "closure", "footprint"] as const;
const only = new Set((args.only ?? (args.quick ? ALL.filter((b) => b !== "reproduce") : ALL).join(",")).split(",").map((s) => s.trim()));
const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

// ---------------------------------------------------------------- stats at scale

interface Memory {
  readonly baselineRss: number;
  readonly afterLoadRss: number;
  readonly peakRss: number;
}

interface SideResult {
  readonly timesMs: readonly number[];
  readonly medianMs: number;
  /** Fastest repeat: less sensitive to other load on the machine than the median. */
  readonly minMs: number;
  readonly memory: Memory;
  /** (peakRss − baselineRss) / raw data bytes. */
  readonly peakOverRaw: number;
}

interface ScaleSize {
  readonly n: number;
  readonly columns: number;
  /** n × columns × 8: the data as float64. */
  readonly rawBytes: number;
  readonly generateMs: number;
  /** columnarPrePost as called by default (keepScores: false): the statistics, no array of size N allocated. */
  readonly ours: SideResult & { readonly deterministic: boolean };
  /** columnarPrePost with keepScores: true: the same statistics and the 13 score columns. */
  readonly oursKeepScores: SideResult & { readonly deterministic: boolean };
  readonly numpy: SideResult;
  /** ours / NumPy, medians. */
  readonly ratio: number;
  readonly ratioKeepScores: number;
  readonly comparison: Comparison;
}

interface ScaleBench {
  readonly seed: number;
  readonly missingRate: number;
  readonly repeats: number;
  readonly sizes: readonly ScaleSize[];
  /** Slope of log(median time) on log(N) over N ≥ 10⁴ (1 = linear). */
  readonly exponent: { readonly ours: number | null; readonly numpy: number | null };
}

function side(timesMs: readonly number[], memories: readonly Memory[], rawBytes: number): SideResult {
  // The largest peak over the rounds (each round is a fresh process).
  const memory = memories.reduce((a, b) => (b.peakRss - b.baselineRss > a.peakRss - a.baselineRss ? b : a));
  return {
    timesMs,
    medianMs: median(timesMs),
    minMs: Math.min(...timesMs),
    memory,
    peakOverRaw: (memory.peakRss - memory.baselineRss) / rawBytes,
  };
}

function slope(points: readonly { n: number; t: number }[]): number | null {
  const p = points.filter((x) => x.n >= 1e4 && x.t > 0);
  if (p.length < 2) return null;
  const xs = p.map((x) => Math.log(x.n));
  const ys = p.map((x) => Math.log(x.t));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * ((ys[i] as number) - my);
    sxx += (x - mx) ** 2;
  });
  return sxy / sxx;
}

function benchScale(): ScaleBench {
  const dir = mkdtempSync(join(tmpdir(), "behoud-bench-"));
  const sizes: ScaleSize[] = [];
  try {
    for (const n of CONFIG.sizes) {
      const prefix = join(dir, `survey-${n}`);
      log(`stats at scale, N = ${n}: writing the survey (not timed) …`);
      const gen = runNode<{ n: number; columns: number; generateMs: number }>("bench/scale/generate.ts", [
        "--n",
        String(n),
        "--seed",
        String(SEED),
        "--missing",
        String(MISSING_RATE),
        "--out",
        prefix,
      ]).result;
      const rawBytes = n * gen.columns * 8;
      type Ours = { timesMs: number[]; memory: Memory; results: Record<string, number>; deterministic: boolean };
      type Ref = { timesMs: number[]; memory: Memory; results: Record<string, number> };
      const runs: { ours: Ours[]; keep: Ours[]; ref: Ref[] } = { ours: [], keep: [], ref: [] };
      const repeats = ["--repeats", String(CONFIG.scaleRepeats)];
      for (let round = 1; round <= CONFIG.scaleRounds; round++) {
        log(
          `  round ${round}/${CONFIG.scaleRounds}: columnarPrePost ×${CONFIG.scaleRepeats}, with keepScores: true ×${CONFIG.scaleRepeats}, NumPy/SciPy ×${CONFIG.scaleRepeats} …`,
        );
        runs.ours.push(runNode<Ours>("bench/scale/ours.ts", ["--data", prefix, ...repeats, "--keep-scores", "false"]).result);
        runs.keep.push(runNode<Ours>("bench/scale/ours.ts", ["--data", prefix, ...repeats, "--keep-scores", "true"]).result);
        runs.ref.push(runPython<Ref>("bench/reference/table3_numpy.py", ["--data", prefix, ...repeats]).result);
      }
      const ours = {
        timesMs: runs.ours.flatMap((x) => x.timesMs),
        memories: runs.ours.map((x) => x.memory),
        results: (runs.ours[0] as Ours).results,
        deterministic: runs.ours.every((x) => x.deterministic && JSON.stringify(x.results) === JSON.stringify(runs.ours[0]?.results)),
      };
      const keep = {
        timesMs: runs.keep.flatMap((x) => x.timesMs),
        memories: runs.keep.map((x) => x.memory),
        results: (runs.keep[0] as Ours).results,
        deterministic: runs.keep.every((x) => x.deterministic && JSON.stringify(x.results) === JSON.stringify(runs.keep[0]?.results)),
      };
      const ref = {
        timesMs: runs.ref.flatMap((x) => x.timesMs),
        memories: runs.ref.map((x) => x.memory),
        results: (runs.ref[0] as Ref).results,
      };
      rmSync(`${prefix}.f64`, { force: true });
      rmSync(`${prefix}.json`, { force: true });
      const o = side(ours.timesMs, ours.memories, rawBytes);
      const k = side(keep.timesMs, keep.memories, rawBytes);
      const r = side(ref.timesMs, ref.memories, rawBytes);
      const sameStatistics = JSON.stringify(ours.results) === JSON.stringify(keep.results);
      sizes.push({
        n,
        columns: gen.columns,
        rawBytes,
        generateMs: gen.generateMs,
        ours: { ...o, deterministic: ours.deterministic },
        oursKeepScores: { ...k, deterministic: keep.deterministic && sameStatistics },
        numpy: r,
        ratio: o.medianMs / r.medianMs,
        ratioKeepScores: k.medianMs / r.medianMs,
        comparison: compareResults(ours.results, ref.results),
      });
      log(
        `  ours ${ms(o.medianMs)} (keeping the scores ${ms(k.medianMs)}), NumPy ${ms(r.medianMs)}, ratio ${(o.medianMs / r.medianMs).toFixed(2)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    seed: SEED,
    missingRate: MISSING_RATE,
    repeats: CONFIG.scaleRounds * CONFIG.scaleRepeats,
    sizes,
    exponent: {
      ours: slope(sizes.map((s) => ({ n: s.n, t: s.ours.medianMs }))),
      numpy: slope(sizes.map((s) => ({ n: s.n, t: s.numpy.medianMs }))),
    },
  };
}

// ---------------------------------------------------------------- reconstruction

interface ReconstructBench {
  readonly repeats: number;
  /** reconstruct() time of the first call in a fresh process, per repeat. */
  readonly timesMs: readonly number[];
  readonly medianMs: number;
  /** Wall time of each whole process (Node start-up, TypeScript loading, reconstruct()). */
  readonly processMs: readonly number[];
  readonly medianProcessMs: number;
  readonly targets: number;
  readonly targetsMet: number;
  readonly files: number;
  readonly sameAsCommitted: number;
  readonly reference: { readonly measured: false; readonly note: string };
}

function benchReconstruct(): ReconstructBench {
  const timesMs: number[] = [];
  const processMs: number[] = [];
  let last = { targets: 0, targetsMet: 0, files: 0, sameAsCommitted: 0 };
  for (let r = 0; r < CONFIG.reconstructRepeats; r++) {
    log(`reconstruction ${r + 1}/${CONFIG.reconstructRepeats} …`);
    const { result, wallMs } = runNode<{ ms: number; targets: number; targetsMet: number; files: number; sameAsCommitted: number }>(
      "bench/reconstruct/ours.ts",
      [],
    );
    timesMs.push(result.ms);
    processMs.push(wallMs);
    last = result;
  }
  return {
    repeats: CONFIG.reconstructRepeats,
    timesMs,
    medianMs: median(timesMs),
    processMs,
    medianProcessMs: median(processMs),
    ...last,
    reference: {
      measured: false,
      note: "Issue 7 states that a plain annealing search in Python needs about a minute for the same constraints; that figure is quoted, not measured here (no Python annealer is part of the repository).",
    },
  };
}

// ---------------------------------------------------------------- enumeration

interface ClosureBench {
  readonly input: typeof CLOSURE_CASE;
  readonly ours: {
    readonly firstMs: readonly number[];
    readonly medianFirstMs: number;
    readonly medianWarmMs: number;
    readonly count: number;
    readonly complete: boolean;
    readonly frequencyTotals: readonly number[];
  };
  readonly bruteForce: {
    readonly timesMs: readonly number[];
    readonly medianMs: number;
    readonly count: number;
    readonly frequencyTotals: readonly number[];
    readonly script: string;
  };
  readonly numpy: {
    readonly timesMs: readonly number[];
    readonly medianMs: number;
    readonly count: number;
    readonly frequencyTotals: readonly number[];
    readonly script: string;
  };
  /** Same count and same value frequencies from all three. */
  readonly agree: boolean;
}

function benchClosure(): ClosureBench {
  const c = CLOSURE_CASE;
  const pyArgs = ["--mean", c.mean, "--sd", c.sd, "--n", String(c.n), "--min", String(c.scaleMin), "--max", String(c.scaleMax)];
  const first: number[] = [];
  const warm: number[] = [];
  let ours = { count: 0, complete: false, frequencyTotals: [] as number[] };
  for (let r = 0; r < CONFIG.closureRepeats; r++) {
    log(`enumeration, checkClosure ${r + 1}/${CONFIG.closureRepeats} …`);
    const res = runNode<{ firstMs: number; warmMs: number[]; count: number; complete: boolean; frequencyTotals: number[] }>(
      "bench/closure/ours.ts",
      [...pyArgs, "--warm", "5"],
    ).result;
    first.push(res.firstMs);
    warm.push(...res.warmMs);
    ours = res;
  }
  log(`enumeration, Python brute force ×${CONFIG.bruteForceRepeats} …`);
  const brute = runPython<{ timesMs: number[]; count: number; frequencyTotals: number[] }>("bench/reference/closure_bruteforce.py", [
    ...pyArgs,
    "--repeats",
    String(CONFIG.bruteForceRepeats),
  ]).result;
  log(`enumeration, NumPy ×${CONFIG.closureRepeats} …`);
  const np = runPython<{ timesMs: number[]; count: number; frequencyTotals: number[] }>("bench/reference/closure_numpy.py", [
    ...pyArgs,
    "--repeats",
    String(CONFIG.closureRepeats),
  ]).result;
  const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);
  return {
    input: c,
    ours: {
      firstMs: first,
      medianFirstMs: median(first),
      medianWarmMs: median(warm),
      count: ours.count,
      complete: ours.complete,
      frequencyTotals: ours.frequencyTotals,
    },
    bruteForce: {
      ...brute,
      medianMs: median(brute.timesMs),
      script: "bench/reference/closure_bruteforce.py (runs closure() of test/reference/audit-closure.py)",
    },
    numpy: { ...np, medianMs: median(np.timesMs), script: "bench/reference/closure_numpy.py" },
    agree:
      ours.count === brute.count &&
      ours.count === np.count &&
      same(ours.frequencyTotals, brute.frequencyTotals) &&
      same(ours.frequencyTotals, np.frequencyTotals),
  };
}

// ---------------------------------------------------------------- targets, tables, output

interface Target {
  readonly id: string;
  readonly description: string;
  readonly value: string;
  readonly limit: string;
  /** null when the run did not measure it (quick mode, or a benchmark left out). */
  readonly met: boolean | null;
}

interface Results {
  readonly schema: 1;
  readonly mode: Config["mode"];
  readonly generatedAt: string;
  readonly machine: MachineInfo;
  readonly loadAverageAtEnd: readonly number[];
  readonly config: Config;
  readonly reproduce: ReproduceBench | null;
  readonly scale: ScaleBench | null;
  readonly reconstruct: ReconstructBench | null;
  readonly ensemble: EnsembleBench | null;
  readonly closure: ClosureBench | null;
  readonly footprint: FootprintResult | null;
  readonly targets: readonly Target[];
}

function targetsOf(r: Omit<Results, "targets">): Target[] {
  const t: Target[] = [];
  if (r.reproduce !== null) {
    const x = r.reproduce;
    t.push({
      id: "reproduce.half-nbclient",
      description: "Reproduce: the whole run at most half of nbclient's execution time",
      value: `${x.ratio.toFixed(2)} × nbclient`,
      limit: `≤ ${TARGET.reproduceRatio}`,
      met: x.ratio <= TARGET.reproduceRatio,
    });
    t.push({
      id: "reproduce.seconds",
      description: `Reproduce: under 15 s on ${r.machine.availableParallelism} cores`,
      value: ms(x.ours.medianMs),
      limit: "< 15 s",
      met: r.machine.availableParallelism > 2 ? null : x.ours.medianMs < TARGET.reproduceMs,
    });
  }
  if (r.scale !== null) {
    const largest = r.scale.sizes[r.scale.sizes.length - 1];
    const at = largest === undefined ? "" : `N = ${powerOfTen(largest.n)}`;
    const full = largest?.n === 1e6;
    t.push({
      id: "scale.linear",
      description: "Stats at scale: time linear in N (exponent of the log-log fit over N ≥ 10⁴)",
      value: r.scale.exponent.ours?.toFixed(2) ?? "–",
      limit: `≤ ${TARGET.scaleExponent}`,
      met: r.scale.exponent.ours === null ? null : r.scale.exponent.ours <= TARGET.scaleExponent,
    });
    t.push({
      id: "scale.half-numpy",
      description: `Stats at scale: at N = 10⁶ at most half of NumPy's time${full ? "" : ` (this run: ${at}, not the target size)`}`,
      value: largest === undefined ? "–" : `${largest.ratio.toFixed(2)} × NumPy`,
      limit: `≤ ${TARGET.scaleRatio}`,
      met: largest === undefined || !full ? null : largest.ratio <= TARGET.scaleRatio,
    });
    t.push({
      id: "scale.memory",
      description: `Stats at scale: peak memory at most twice the raw data as float64 (at ${at})`,
      value: largest === undefined ? "–" : `${largest.ours.peakOverRaw.toFixed(2)} × raw`,
      limit: `≤ ${TARGET.memoryOverRaw}`,
      met: largest === undefined || largest.n < 1e5 ? null : largest.ours.peakOverRaw <= TARGET.memoryOverRaw,
    });
  }
  if (r.reconstruct !== null)
    t.push({
      id: "reconstruct",
      description: "Reconstruction of both rounds",
      value: ms(r.reconstruct.medianMs),
      limit: "< 2 s",
      met: r.reconstruct.medianMs < TARGET.reconstructMs && r.reconstruct.targetsMet === r.reconstruct.targets,
    });
  if (r.ensemble !== null) {
    const e = r.ensemble;
    t.push({
      id: "ensemble.seconds",
      description: `Ensemble: ${e.members} members and every directed search under 30 s on ${r.machine.availableParallelism} cores`,
      value: ms(e.medianMs),
      limit: "< 30 s",
      met: e.medianMs < e.targetMs,
    });
    t.push({
      id: "ensemble.naive",
      description: `Ensemble: faster than one reconstruction per member (${ms(e.baselineMs)})`,
      value: `${e.ratio.toFixed(2)} × naive`,
      limit: "< 1",
      met: e.ratio < 1,
    });
    const first = e.memory[0];
    const last = e.memory[e.memory.length - 1];
    t.push({
      id: "ensemble.memory",
      description: `Ensemble: peak memory flat in the members (${first?.members ?? "–"} → ${last?.members ?? "–"})`,
      value: first === undefined || last === undefined ? "–" : `${first.maxRssMb} → ${last.maxRssMb} MB`,
      limit: "≤ 1.25 ×",
      met: first === undefined || last === undefined ? null : last.maxRssMb <= 1.25 * first.maxRssMb,
    });
  }
  if (r.closure !== null)
    t.push({
      id: "closure",
      description: `Enumeration, one 1–5 item at N = ${CLOSURE_CASE.n}`,
      value: ms(r.closure.ours.medianFirstMs),
      limit: "< 0.2 s",
      met: r.closure.ours.medianFirstMs < TARGET.closureMs && r.closure.agree,
    });
  if (r.footprint !== null)
    t.push({
      id: "footprint.unused",
      description: "No dependency that nothing uses",
      value: r.footprint.unused.length === 0 ? "none" : r.footprint.unused.join(", "),
      limit: "none",
      met: r.footprint.unused.length === 0,
    });
  return t;
}

/** 1000 → "10³". */
function powerOfTen(n: number): string {
  const e = Math.log10(n);
  if (!Number.isInteger(e)) return n.toLocaleString("en-US");
  const sup = "⁰¹²³⁴⁵⁶⁷⁸⁹";
  return `10${String(e)
    .split("")
    .map((d) => sup[Number(d)] ?? d)
    .join("")}`;
}

function sci(v: number): string {
  if (v === 0) return "0";
  return v.toExponential(1);
}

function tables(r: Results, markdown: boolean): string {
  const table = markdown ? markdownTable : textTable;
  const parts: string[] = [];
  const m = r.machine;
  parts.push(
    `${r.mode} run, ${r.generatedAt}; ${m.cpuModel}, ${m.logicalCores} cores, ${m.memoryGiB} GiB; Node ${m.node}; Python ${m.python ?? "?"}, NumPy ${m.numpy ?? "?"}, SciPy ${m.scipy ?? "?"}; load average at start ${m.loadAverageAtStart.join(" / ")}`,
  );
  if (r.scale !== null) {
    parts.push(
      table(
        [
          "N",
          "data (float64)",
          "ours (median / best)",
          "NumPy/SciPy (median / best)",
          "ratio",
          "ours + score columns",
          "ratio",
          "peak memory: ours",
          "+ score columns",
          "NumPy",
          "max rel. deviation",
          "excl. noncentral-t CI",
          "max abs. Δp",
        ],
        r.scale.sizes.map((s) => [
          s.n.toLocaleString("en-US"),
          mb(s.rawBytes),
          `${ms(s.ours.medianMs)} / ${ms(s.ours.minMs)}`,
          `${ms(s.numpy.medianMs)} / ${ms(s.numpy.minMs)}`,
          s.ratio.toFixed(2),
          ms(s.oursKeepScores.medianMs),
          s.ratioKeepScores.toFixed(2),
          `${s.ours.peakOverRaw.toFixed(2)} × raw`,
          `${s.oursKeepScores.peakOverRaw.toFixed(2)} × raw`,
          `${s.numpy.peakOverRaw.toFixed(2)} × raw`,
          sci(s.comparison.maxRelative),
          sci(s.comparison.maxRelativeExceptNoncentral),
          sci(s.comparison.maxAbsolutePValue),
        ]),
      ),
    );
    const perRespondent = r.scale.sizes
      .map((s) => `${((s.ours.medianMs * 1000) / s.n).toPrecision(2)} µs at N = ${powerOfTen(s.n)}`)
      .join(", ");
    parts.push(
      `Time exponent (log-log fit, N ≥ 10⁴): ours ${r.scale.exponent.ours?.toFixed(2) ?? "–"}, NumPy ${r.scale.exponent.numpy?.toFixed(2) ?? "–"}. Ours per respondent: ${perRespondent}. Repeats per size: ${r.scale.repeats}.`,
    );
  }
  const rows: string[][] = [];
  if (r.reproduce !== null) {
    const x = r.reproduce;
    rows.push([
      `npm run reproduce (${x.notebooks.length} notebooks, PNG figures, report; warm tslab kernels)`,
      `${ms(x.ours.medianMs)} (best ${ms(x.ours.minMs)})`,
      `${ms(x.nbclient.medianMs)} (nbclient, execution alone, tslab; best ${ms(x.nbclient.minMs)})`,
      x.ratio.toFixed(2),
      `${x.repeats} repeats; whole process`,
    ]);
    rows.push([
      "npm run reproduce -- --fresh-kernels (one tslab process per notebook)",
      `${ms(x.oursFreshKernels.medianMs)} (best ${ms(x.oursFreshKernels.minMs)})`,
      ms(x.nbclient.medianMs),
      (x.oursFreshKernels.medianMs / x.nbclient.medianMs).toFixed(2),
      "",
    ]);
  }
  if (r.reconstruct !== null) {
    const x = r.reconstruct;
    rows.push([
      "reconstruction, both rounds (reconstruct())",
      ms(x.medianMs),
      "≈ 1 min (Python annealing, quoted from issue 7, not measured)",
      "–",
      `${x.targetsMet}/${x.targets} targets met; whole process ${ms(x.medianProcessMs)}`,
    ]);
  }
  if (r.closure !== null) {
    const c = r.closure;
    rows.push([
      `enumeration (checkClosure ${c.input.mean}/${c.input.sd}, N = ${c.input.n}), first call`,
      ms(c.ours.medianFirstMs),
      `${ms(c.bruteForce.medianMs)} (Python brute force)`,
      (c.ours.medianFirstMs / c.bruteForce.medianMs).toFixed(4),
      `${c.ours.count} distributions; all agree: ${c.agree ? "yes" : "NO"}`,
    ]);
    rows.push([
      "enumeration, warm call",
      ms(c.ours.medianWarmMs),
      `${ms(c.numpy.medianMs)} (NumPy exhaustive)`,
      (c.ours.medianWarmMs / c.numpy.medianMs).toFixed(4),
      "",
    ]);
  }
  if (rows.length > 0) parts.push(table(["benchmark", "ours (median)", "reference (median)", "ratio", "note"], rows));
  if (r.footprint !== null) {
    const f = r.footprint;
    parts.push(
      `Footprint (${f.measuredOn}): ${f.npmCiMs.length > 0 ? `${f.npmCiCommand}: median ${ms(median(f.npmCiMs))} over ${f.npmCiMs.length}; ` : "npm ci not run in this mode; "}node_modules ${mb(f.folderBytes)}, ${f.installedPackages} packages (${mb(f.lockfileBytes)} in the lockfile's packages).`,
    );
    parts.push(
      table(
        ["dependency", "declared in", "packages", "size", "exclusive packages", "exclusive size", "used by"],
        [
          ...f.dependencies.map((d) => [
            d.name,
            d.declaredIn,
            String(d.packages),
            mb(d.bytes),
            String(d.exclusivePackages),
            mb(d.exclusiveBytes),
            d.usage === "unused" ? "UNUSED" : `${d.usage}: ${d.evidence ?? ""}`,
          ]),
          ...f.scopes.map((s) => [
            `${s.scope}/* (${s.members.length} together)`,
            "",
            String(s.packages),
            mb(s.bytes),
            String(s.exclusivePackages),
            mb(s.exclusiveBytes),
            "",
          ]),
        ],
      ),
    );
  }
  parts.push(
    table(
      ["target", "value", "limit", "met"],
      r.targets.map((t) => [t.description, t.value, t.limit, t.met === null ? "not measured" : t.met ? "yes" : "NO"]),
    ),
  );
  return parts.join("\n\n");
}

function updateReadme(r: Results): void {
  const path = join(ROOT, "bench", "README.md");
  const text = readFileSync(path, "utf8");
  const start = "<!-- bench:results:start -->";
  const end = "<!-- bench:results:end -->";
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) {
    log(`bench/README.md has no ${start} … ${end} block; table not written`);
    return;
  }
  writeFileSync(path, `${text.slice(0, i + start.length)}\n${tables(r, true)}\n${text.slice(j)}`);
}

function main(): void {
  const started = performance.now();
  log(`benchmarks (${CONFIG.mode}): ${[...only].join(", ")}`);
  const machine = machineInfo();
  const reproduce = only.has("reproduce") ? benchReproduce(CONFIG.reproduceRepeats, log) : null;
  const scale = only.has("scale") ? benchScale() : null;
  const reconstruct = only.has("reconstruct") ? benchReconstruct() : null;
  const ensemble = only.has("ensemble") ? benchEnsemble(log) : null;
  const closure = only.has("closure") ? benchClosure() : null;
  let footprint: FootprintResult | null = null;
  if (only.has("footprint")) {
    log(
      CONFIG.npmCiRepeats > 0
        ? "footprint: npm ci in a clean copy …"
        : "footprint: sizes of the existing node_modules (npm ci is not run in quick mode) …",
    );
    footprint = measureFootprint({ runNpmCi: CONFIG.npmCiRepeats > 0, repeats: CONFIG.npmCiRepeats, log });
  }
  const partial = {
    schema: 1 as const,
    mode: CONFIG.mode,
    generatedAt: new Date().toISOString(),
    machine,
    loadAverageAtEnd: loadavg().map((v) => Math.round(v * 100) / 100),
    config: CONFIG,
    reproduce,
    scale,
    reconstruct,
    ensemble,
    closure,
    footprint,
  };
  const results: Results = { ...partial, targets: targetsOf(partial) };
  const out = args.out ?? join(ROOT, "bench", CONFIG.mode === "full" ? "results.json" : "results-quick.json");
  writeFileSync(out, stableStringify(results));
  process.stdout.write(`${tables(results, false)}\n\nwritten: ${out} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  if (CONFIG.mode === "full" && args["no-readme"] !== true && only.size === ALL.length) updateReadme(results);
}

main();
