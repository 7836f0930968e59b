/**
 * A synthetic survey of the article's design at any size, for tests and benchmarks.
 * @module columnar/synthetic
 */
import { StatsError } from "../errors.js";
import { createRng, type Rng } from "../random.js";
import { checkNumber, checkProbability } from "../validate.js";
import { surveyColumns, type ScaleConstruct, type SurveyColumns } from "./columns.js";

/** Options of {@link syntheticSurvey}. */
export interface SyntheticSurveyOptions {
  /** Respondents (rows), at least 1. */
  readonly n: number;
  /** Seed of the generator (integer in [1, 2³² − 1]). */
  readonly seed: number;
  /** Probability that an answer is missing, independently per cell (default 0.02). */
  readonly missingRate?: number;
  /** Lowest and highest answer (default 1 and 5). */
  readonly scaleMin?: number;
  readonly scaleMax?: number;
}

/** Result of {@link syntheticSurvey}. */
export interface SyntheticSurvey {
  readonly survey: SurveyColumns;
  readonly seed: number;
  readonly missingRate: number;
  /** Latent change post − pre per construct with pre and post items, in scale points. */
  readonly changes: ReadonlyMap<string, number>;
}

/** Latent change post − pre of the k-th construct with pre and post items (one of them is 0). */
const CHANGES = [0.45, -0.2, 0.3, 0, 0.15, 0.6];

function normals(rng: Rng, n: number): Float64Array {
  // Box–Muller, both values of each pair used.
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    let u = rng.float();
    while (u === 0) u = rng.float();
    const rad = Math.sqrt(-2 * Math.log(u));
    const th = 2 * Math.PI * rng.float();
    out[i] = rad * Math.cos(th);
    if (i + 1 < n) out[i + 1] = rad * Math.sin(th);
  }
  return out;
}

/** λ·g + √(1 − λ²)·e with fresh standard normal e. */
function mix(rng: Rng, g: Float64Array, lambda: number): Float64Array {
  const e = normals(rng, g.length);
  const w = Math.sqrt(1 - lambda * lambda);
  for (let i = 0; i < g.length; i++) e[i] = lambda * (g[i] as number) + w * (e[i] as number);
  return e;
}

/**
 * Generates a survey of the article's design (constructs with items at pre, post and once, as in
 * the data package's `constructs`) for n respondents, deterministically from a seed, stored
 * column by column (NaN = missing).
 *
 * Model, per respondent i: a general disposition gᵢ ~ N(0, 1); per construct c a pre latent
 * aᵢ = λ_c·gᵢ + √(1 − λ_c²)·eᵢ and a post latent bᵢ = 0.7·aᵢ + √(1 − 0.7²)·e′ᵢ (λ_c from 0.5 to 0.8;
 * a construct measured only once or only after uses λ_c·gᵢ + noise); item j at time point t:
 * x = clamp(round(μ_ct + 0.9·latent + 0.6·noise_ij), min, max), with μ_pre,c = 3 + 0.15·(c mod 5)
 * and μ_post,c = μ_pre,c + δ_c (δ cycles through 0.45, −0.2, 0.3, 0, 0.15, 0.6). Each answer is then
 * missing with probability `missingRate`, independently (MCAR). Generated column by column with
 * the library's Mersenne Twister (createRng); the same seed and constructs give identical columns.
 *
 * @param constructs the design (names, item columns per time point).
 * @param options n, seed, missingRate (default 0.02), scaleMin/scaleMax (default 1..5).
 * @returns the survey, the seed, the missing rate and the latent changes.
 * @throws {StatsError} OUT_OF_RANGE for n < 1, a bad seed or missing rate, or scaleMax ≤ scaleMin;
 *   EMPTY_INPUT when the constructs have no items.
 * @example
 * const constructs = [{ name: "a", items: { pre: ["a1", "a2"], post: ["a3", "a4"] }, minItems: 1 }];
 * const { survey } = syntheticSurvey(constructs, { n: 1000, seed: 20230401 });
 * survey.columns.size // 4 (one column per item)
 * survey.n // 1000
 * Validated against: test/stats/columnar (determinism, design, missing rate); its statistics are only
 * inputs, compared between implementations, never reported as findings.
 */
export function syntheticSurvey(constructs: readonly ScaleConstruct[], options: SyntheticSurveyOptions): SyntheticSurvey {
  const fn = "syntheticSurvey";
  const n = options.n;
  checkNumber(fn, "n", n, { integerMin: 1 });
  const missingRate = options.missingRate ?? 0.02;
  checkProbability(fn, "missingRate", missingRate);
  const lo = options.scaleMin ?? 1;
  const hi = options.scaleMax ?? 5;
  checkNumber(fn, "scaleMin", lo);
  checkNumber(fn, "scaleMax", hi);
  if (!(hi > lo))
    throw new StatsError("OUT_OF_RANGE", fn, `scaleMax is ${hi} and scaleMin is ${lo}; expected scaleMax > scaleMin`, "scaleMax");
  const rng = createRng(options.seed);
  const threshold = Math.floor(missingRate * 4294967296);
  const g = normals(rng, n);
  const columns = new Map<string, Float64Array>();
  const changes = new Map<string, number>();
  let paired = 0;
  const items = (names: readonly string[] | undefined, latent: Float64Array, mu: number): void => {
    for (const name of names ?? []) {
      const noise = normals(rng, n);
      const col = noise; // reuse the buffer: each noise value is read once, then overwritten by the answer
      for (let i = 0; i < n; i++) {
        const x = Math.round(mu + 0.9 * (latent[i] as number) + 0.6 * (noise[i] as number));
        col[i] = x < lo ? lo : x > hi ? hi : x;
      }
      if (threshold > 0) for (let i = 0; i < n; i++) if (rng.uint32() < threshold) col[i] = NaN;
      columns.set(name, col);
    }
  };
  constructs.forEach((c, index) => {
    const lambda = 0.5 + 0.1 * (index % 4);
    const muPre = 3 + 0.15 * (index % 5);
    const a = mix(rng, g, lambda);
    if (c.items.pre !== undefined && c.items.post !== undefined) {
      const delta = CHANGES[paired % CHANGES.length] as number;
      paired++;
      changes.set(c.name, delta);
      items(c.items.pre, a, muPre);
      items(c.items.post, mix(rng, a, 0.7), muPre + delta);
    } else {
      items(c.items.pre, a, muPre);
      items(c.items.post, a, muPre);
    }
    items(c.items.once, a, muPre);
  });
  if (columns.size === 0)
    throw new StatsError("EMPTY_INPUT", fn, "the constructs have no items; expected at least one item column", "constructs");
  return Object.freeze({ survey: surveyColumns(columns), seed: options.seed, missingRate, changes });
}
