/**
 * §1 of issue 7: `npm run reproduce` end to end (validation, every notebook, the PNG export,
 * report.html, report.pdf) against Jupyter's nbclient executing the same notebooks one after another with the
 * same tslab kernel (execution time alone, timed inside Python). Each repeat runs, in this order:
 * our reproduce (warm tslab kernels, the default), nbclient, and our reproduce with one new tslab
 * process per notebook (`--fresh-kernels`, for comparison).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../lib/design.js";
import { median, PYTHON, runJson } from "../lib/util.js";

export interface ReproduceSide {
  readonly timesMs: readonly number[];
  readonly medianMs: number;
  readonly minMs: number;
}

export interface ReproduceBench {
  readonly repeats: number;
  readonly notebooks: readonly string[];
  /** Whole `npm run reproduce -- --out <folder>`, wall time (npm and the build check included). */
  readonly ours: ReproduceSide;
  /** The same with --fresh-kernels. */
  readonly oursFreshKernels: ReproduceSide;
  /** nbclient's execution time alone, all notebooks. */
  readonly nbclient: ReproduceSide & { readonly perNotebookMedianMs: Readonly<Record<string, number>> };
  /** ours.median / nbclient.median. */
  readonly ratio: number;
}

function sideOf(timesMs: readonly number[]): ReproduceSide {
  return { timesMs, medianMs: median(timesMs), minMs: Math.min(...timesMs) };
}

function runReproduce(extra: readonly string[]): number {
  const out = mkdtempSync(join(tmpdir(), "bench-reproduce-"));
  try {
    const t0 = performance.now();
    const res = spawnSync("npm", ["run", "--silent", "reproduce", "--", "--out", out, ...extra], {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const wallMs = performance.now() - t0;
    if (res.status !== 0) throw new Error(`reproduce ${extra.join(" ")} failed (exit ${String(res.status)}):\n${res.stderr.slice(-4000)}`);
    return wallMs;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function benchReproduce(repeats: number, log: (line: string) => void): ReproduceBench {
  // The pipeline runs from the built library: build it from the current sources first (npm run
  // reproduce then finds it up to date, as on any run after the first).
  const build = spawnSync(process.execPath, [join("lib", "build.mjs")], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`building lib/ failed:\n${build.stdout}${build.stderr}`);
  const notebooks = readdirSync(join(ROOT, "notebooks"))
    .filter((f) => /^\d\d-.*\.ipynb$/.test(f))
    .sort();
  const prefix = mkdtempSync(join(tmpdir(), "bench-kernels-"));
  try {
    const reg = spawnSync(process.execPath, [join("lib", "compendium", "dist", "pipeline", "register-kernels.js"), "--prefix", prefix], {
      cwd: ROOT,
      encoding: "utf8",
    });
    if (reg.status !== 0) throw new Error(`registering the kernels failed:\n${reg.stderr}`);
    process.env.JUPYTER_PATH = join(prefix, "share", "jupyter");
    process.env.PYDEVD_DISABLE_FILE_VALIDATION = "1";
    const ours: number[] = [];
    const fresh: number[] = [];
    const nb: number[] = [];
    const perNotebook: Record<string, number[]> = {};
    for (let i = 0; i < repeats; i++) {
      ours.push(runReproduce([]));
      log(`reproduce ${i + 1}/${repeats}: ours ${((ours[i] as number) / 1000).toFixed(1)} s`);
      const { result } = runJson<{ perNotebookMs: Record<string, number>; totalMs: number }>(
        PYTHON,
        [join("bench", "reference", "nbclient_execute.py"), join(ROOT, "notebooks"), "tslab", ...notebooks],
        "nbclient",
      );
      nb.push(result.totalMs);
      for (const [k, v] of Object.entries(result.perNotebookMs)) (perNotebook[k] ??= []).push(v);
      log(`reproduce ${i + 1}/${repeats}: nbclient ${(result.totalMs / 1000).toFixed(1)} s`);
      fresh.push(runReproduce(["--fresh-kernels"]));
      log(`reproduce ${i + 1}/${repeats}: ours with --fresh-kernels ${((fresh[i] as number) / 1000).toFixed(1)} s`);
    }
    const oursSide = sideOf(ours);
    const nbSide = sideOf(nb);
    return {
      repeats,
      notebooks,
      ours: oursSide,
      oursFreshKernels: sideOf(fresh),
      nbclient: { ...nbSide, perNotebookMedianMs: Object.fromEntries(Object.entries(perNotebook).map(([k, v]) => [k, median(v)])) },
      ratio: oursSide.medianMs / nbSide.medianMs,
    };
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
}
