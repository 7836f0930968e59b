/**
 * Writes the synthetic survey of one size to a binary file (not timed).
 * Usage: node --import tsx bench/scale/generate.ts --n 1000000 --seed 20230401 --out /tmp/survey-1e6
 */
import { parseArgs } from "node:util";
import { syntheticSurvey } from "../../lib/stats/src/columnar/index.js";
import { articleConstructs, writeSurvey } from "../lib/design.js";

const { values } = parseArgs({
  options: { n: { type: "string" }, seed: { type: "string" }, missing: { type: "string", default: "0.02" }, out: { type: "string" } },
});
if (values.n === undefined || values.seed === undefined || values.out === undefined)
  throw new Error("usage: generate.ts --n N --seed S [--missing rate] --out prefix");
const constructs = articleConstructs();
const t0 = performance.now();
const s = syntheticSurvey(constructs, { n: Number(values.n), seed: Number(values.seed), missingRate: Number(values.missing) });
const generateMs = performance.now() - t0;
writeSurvey(values.out, s.survey, { constructs, level: 0.95, seed: s.seed, missingRate: s.missingRate });
process.stdout.write(`${JSON.stringify({ n: s.survey.n, columns: s.survey.columns.size, generateMs })}\n`);
