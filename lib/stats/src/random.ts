/**
 * Seeded pseudorandom numbers. Every resampling or search in the library draws from a
 * generator made here and records the seed in its result.
 * @module random
 */
import mt19937 from "@stdlib/random-base-mt19937";
import { StatsError } from "./errors.js";
import { checkNumber } from "./validate.js";

/** A seeded generator (32-bit Mersenne Twister, Matsumoto & Nishimura 1998, from stdlib). */
export interface Rng {
  /** The seed the generator was created with. */
  readonly seed: number;
  /** Uniform integer on [0, 2³² − 1]. */
  uint32(): number;
  /** Uniform double on [0, 1) with 53 random bits. */
  float(): number;
  /** Uniform integer on [0, n − 1], without modulo bias (rejection sampling). */
  int(n: number): number;
}

const TWO_32 = 4294967296;

/**
 * Creates a generator from an integer seed in [1, 2³² − 1]; the same seed always yields the
 * same sequence, on every platform.
 *
 * Matsumoto, M., & Nishimura, T. (1998). Mersenne twister. ACM Transactions on Modeling and
 * Computer Simulation, 8(1), 3–30. https://doi.org/10.1145/272991.272995
 *
 * @throws {StatsError} OUT_OF_RANGE for a seed that is not an integer in range.
 * @example
 * const rng = createRng(20230401);
 * const i = rng.int(51); // an index 0..50
 * Number.isInteger(i) && i >= 0 && i <= 50 // true
 * createRng(5489).uint32() // 3499211612 (the first output of mt19937ar.c's init_genrand(5489), C++'s std::mt19937{}())
 * Validated against the reference implementation's published outputs (mt19937ar.c, seed 5489).
 */
export function createRng(seed: number): Rng {
  checkNumber("createRng", "seed", seed, { integerMin: 1 });
  if (seed >= TWO_32) {
    throw new StatsError("OUT_OF_RANGE", "createRng", `seed is ${seed}; expected an integer from 1 to 4294967295`, "seed");
  }
  const next = mt19937.factory({ seed });
  return {
    seed,
    uint32: () => next(),
    float: () => {
      // 53-bit double from two draws, as in the reference MT19937 genrand_res53.
      const a = next() >>> 5;
      const b = next() >>> 6;
      return (a * 67108864 + b) / 9007199254740992;
    },
    int: (n: number) => {
      checkNumber("Rng.int", "n", n, { integerMin: 1 });
      const limit = TWO_32 - (TWO_32 % n);
      let u = next();
      while (u >= limit) u = next();
      return u % n;
    },
  };
}
