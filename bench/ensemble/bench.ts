/**
 * The ensemble benchmark (issue 15): the default ensemble (200 members) with every directed
 * search and every claim left out, in a fresh process, against the naive baseline of one
 * reconstruction per member (200 reconstructions from 200 seeds, timed in one process); and
 * the peak memory at 50, 200 and 800 members, which should stay flat (only the extremes' datasets
 * and one number per member and quantity are kept).
 */
import { median } from "../lib/util.js";
import { runNode } from "../lib/util.js";

/** Result of {@link benchEnsemble}. */
export interface EnsembleBench {
  readonly members: number;
  readonly timesMs: readonly number[];
  readonly medianMs: number;
  readonly baselineMs: number;
  readonly baselinePerRunMs: number;
  /** Median ensemble time over the baseline time. */
  readonly ratio: number;
  readonly targetMs: number;
  readonly memory: readonly { readonly members: number; readonly ms: number; readonly maxRssMb: number; readonly heapUsedMb: number }[];
}

interface Run {
  readonly ms: number;
  readonly members: number;
  readonly maxRssMb: number;
  readonly heapUsedMb: number;
}

/** Runs the benchmark; `repeats` ensembles of 200 members. */
export function benchEnsemble(log: (line: string) => void, repeats = 3): EnsembleBench {
  const timesMs: number[] = [];
  for (let r = 0; r < repeats; r++) {
    log(`ensemble of 200 ${r + 1}/${repeats} …`);
    timesMs.push(runNode<Run>("bench/ensemble/ours.ts", ["ensemble", "200"]).result.ms);
  }
  log("naive baseline: 200 reconstructions …");
  const base = runNode<{ ms: number; perRunMs: number }>("bench/ensemble/ours.ts", ["baseline", "200"]).result;
  const memory = [50, 200, 800].map((k) => {
    log(`ensemble of ${k} (memory) …`);
    const run = runNode<Run>("bench/ensemble/ours.ts", ["ensemble", String(k)]).result;
    return { members: k, ms: run.ms, maxRssMb: run.maxRssMb, heapUsedMb: run.heapUsedMb };
  });
  const medianMs = median(timesMs);
  return {
    members: 200,
    timesMs,
    medianMs,
    baselineMs: base.ms,
    baselinePerRunMs: base.perRunMs,
    ratio: medianMs / base.ms,
    targetMs: 30_000,
    memory,
  };
}
