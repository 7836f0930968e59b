/**
 * Runs columnarPrePost on a survey file: times each repeat (computation only), measures memory,
 * and prints one JSON line { timesMs, memory, results, deterministic }.
 *
 * Memory: `baselineRss` is the resident set size just before the file is read (Node, tsx and the
 * library loaded); `peakRss` is the process's maximum resident set size (getrusage ru_maxrss, via
 * process.resourceUsage()) read right after the first run. peakRss − baselineRss is what the data
 * and one run of the pipeline added; the harness compares it with the raw data as float64.
 * Warm-up (not timed): every value is read once after loading, as the NumPy reference does, so
 * that the first timed run does not pay the first access to freshly read memory.
 * Usage: node --import tsx bench/scale/ours.ts --data /tmp/survey-1e6 --repeats 5 [--keep-scores true]
 */
import { parseArgs } from "node:util";
import { columnarPrePost } from "../../lib/stats/src/columnar/index.js";
import { readSurvey } from "../lib/design.js";
import { flattenTable3 } from "./flatten.js";

const { values } = parseArgs({
  options: { data: { type: "string" }, repeats: { type: "string", default: "5" }, "keep-scores": { type: "string", default: "false" } },
});
if (values.data === undefined) throw new Error("usage: ours.ts --data prefix [--repeats R]");
const repeats = Number(values.repeats);
const baselineRss = process.memoryUsage().rss;
const { header, survey } = readSurvey(values.data);
const afterLoadRss = process.memoryUsage().rss;
const keepScores = values["keep-scores"] === "true";
let touched = 0;
for (const col of survey.columns.values()) for (let i = 0; i < col.length; i++) if (col[i] === col[i]) touched++;
const timesMs: number[] = [];
let first: Record<string, number> | null = null;
let last: Record<string, number> | null = null;
let peakRss = 0;
for (let r = 0; r < repeats; r++) {
  const t0 = performance.now();
  const result = columnarPrePost(survey, header.constructs, { level: header.level, keepScores });
  timesMs.push(performance.now() - t0);
  if (r === 0) {
    peakRss = process.resourceUsage().maxRSS * 1024;
    first = flattenTable3(result);
  } else if (r === repeats - 1) {
    last = flattenTable3(result);
  }
}
const deterministic = last === null || JSON.stringify(first) === JSON.stringify(last);
process.stdout.write(
  `${JSON.stringify({ timesMs, memory: { baselineRss, afterLoadRss, peakRss }, results: first, deterministic, keepScores, observedValues: touched })}\n`,
);
