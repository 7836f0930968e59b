/**
 * Exact rational arithmetic on bigints, used wherever an audit decides a rounding question.
 *
 * A reported number such as "4,05" is the rational 405/100; the bounds of its rounding interval
 * are rationals over 10^(decimals+1); a mean of integer data is an integer sum over n·k. All of
 * these are compared by cross-multiplication of integers, so that no decision depends on how a
 * binary double happens to round (`(1.005).toFixed(2)` is "1.00" in JavaScript).
 *
 * @module audit/fraction
 */
import { StatsError } from "@behoud/stats";

/** An exact rational number num/den with den > 0 (not necessarily in lowest terms). */
export interface ExactFraction {
  readonly num: bigint;
  readonly den: bigint;
}

/** Builds num/den, normalizing the sign into the numerator. Internal helper. */
export function fraction(num: bigint, den: bigint = 1n): ExactFraction {
  if (den === 0n) throw new StatsError("INVALID_ARGUMENT", "fraction", "denominator is 0; expected a non-zero integer", "den");
  return den < 0n ? { num: -num, den: -den } : { num, den };
}

/** Sign of a − b as −1, 0 or 1, exactly. */
export function compareFractions(a: ExactFraction, b: ExactFraction): -1 | 0 | 1 {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** a + b. */
export function addFractions(a: ExactFraction, b: ExactFraction): ExactFraction {
  return fraction(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** a − b. */
export function subtractFractions(a: ExactFraction, b: ExactFraction): ExactFraction {
  return fraction(a.num * b.den - b.num * a.den, a.den * b.den);
}

/** a · b. */
export function multiplyFractions(a: ExactFraction, b: ExactFraction): ExactFraction {
  return fraction(a.num * b.num, a.den * b.den);
}

/** Largest integer ≤ a/b for integers a and b ≠ 0. */
export function floorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new StatsError("INVALID_ARGUMENT", "floorDiv", "division by 0", "b");
  if (b < 0n) {
    a = -a;
    b = -b;
  }
  const q = a / b; // truncates toward zero
  return a < 0n && q * b !== a ? q - 1n : q;
}

/** Smallest integer ≥ a/b for integers a and b ≠ 0. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  return -floorDiv(-a, b);
}

/** ⌊x⌋ of a fraction. */
export function floorFraction(x: ExactFraction): bigint {
  return floorDiv(x.num, x.den);
}

/** ⌈x⌉ of a fraction. */
export function ceilFraction(x: ExactFraction): bigint {
  return ceilDiv(x.num, x.den);
}

/** The nearest double to a fraction (exact enough for display; never used for decisions). */
export function fractionToNumber(x: ExactFraction): number {
  if (x.num === 0n) return 0;
  // Scale so that the quotient keeps ~20 significant digits before converting.
  const neg = x.num < 0n;
  const n = neg ? -x.num : x.num;
  const shift = BigInt(Math.max(0, 64 - (n.toString(2).length - x.den.toString(2).length)));
  const q = (n << shift) / x.den;
  const v = Number(q) / 2 ** Number(shift);
  return neg ? -v : v;
}

/**
 * The exact value of a finite double as a fraction (every double is m·2^e with integers m, e).
 * @throws {StatsError} NON_FINITE for NaN or ±Infinity.
 */
export function fractionFromNumber(x: number): ExactFraction {
  if (!Number.isFinite(x)) throw new StatsError("NON_FINITE", "fractionFromNumber", `x is ${x}; expected a finite number`, "x");
  if (x === 0) return { num: 0n, den: 1n };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const sign = hi >>> 31 === 1 ? -1n : 1n;
  const exponentBits = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exponent: number;
  if (exponentBits === 0) {
    exponent = -1074; // subnormal
  } else {
    mantissa |= 1n << 52n;
    exponent = exponentBits - 1075;
  }
  if (exponent >= 0) return { num: sign * (mantissa << BigInt(exponent)), den: 1n };
  return { num: sign * mantissa, den: 1n << BigInt(-exponent) };
}

/** 10^k as a bigint. */
export function pow10(k: number): bigint {
  return 10n ** BigInt(k);
}

/** Integer square root ⌊√n⌋ of a non-negative bigint. */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new StatsError("OUT_OF_RANGE", "isqrt", "negative argument", "n");
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}
