/**
 * parseReported and roundingInterval: precision kept as printed, decimal commas, exact bounds.
 * Expected values are hand-derived from the printed text and the definition of each rounding
 * rule; the inclusion table follows the `Rounding` section of scrutiny's `unround()`
 * documentation (lhdjung/scrutiny, R/ file with `unround()`, version 1.0).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { StatsError } from "../../lib/stats/src/errors.js";
import { intervalToNumbers, parseReported, roundFraction, roundingInterval } from "../../lib/audit/src/index.js";
import { fractionToNumber } from "../../lib/audit/src/fraction.js";

test("parseReported keeps the printed precision (trailing zeros count)", () => {
  const a = parseReported("3.10");
  const b = parseReported("3.1");
  assert.equal(a.decimals, 2);
  assert.equal(b.decimals, 1);
  assert.equal(a.value.numerator, 310n);
  assert.equal(a.value.denominator, 100n);
  assert.equal(b.value.numerator, 31n);
  assert.equal(a.value.number, 3.1);
});

test("parseReported reads decimal commas and leading-zero-less values", () => {
  const cases: [string, bigint, number, string | null][] = [
    ["4,05", 405n, 2, ","],
    [",57", 57n, 2, ","],
    [".57", 57n, 2, "."],
    [",000", 0n, 3, ","],
    ["51", 51n, 0, null],
  ];
  for (const [text, num, dec, sep] of cases) {
    const r = parseReported(text);
    assert.equal(r.value.numerator, num, text);
    assert.equal(r.decimals, dec, text);
    assert.equal(r.decimalSeparator, sep, text);
  }
});

test("parseReported reads signs, typographic minus, thousands separators and exponents", () => {
  assert.equal(parseReported("-2.20").value.numerator, -220n);
  assert.equal(parseReported("\u22122,20").value.numerator, -220n);
  assert.equal(parseReported("+1.5").value.numerator, 15n);
  const t = parseReported("2,000.20"); // statcheck test-extract-t-tests.R: "t(28) = 2,000.20"
  assert.equal(t.value.numerator, 200020n);
  assert.equal(t.decimals, 2);
  assert.equal(parseReported("1.234,5").value.numerator, 12345n);
  const e = parseReported(".5e-3"); // statcheck test-extract-t-tests.R: "p = .5e-3"
  assert.equal(e.value.number, 0.0005);
  assert.equal(e.decimals, 4);
});

test("parseReported rejects what is not a number", () => {
  for (const bad of ["", "abc", "1.2.3,4", "4,", "--1"]) {
    assert.throws(
      () => parseReported(bad),
      (e: unknown) => e instanceof StatsError && e.code === "INVALID_ARGUMENT",
      bad,
    );
  }
});

test("roundingInterval: up-or-down includes both half-unit bounds", () => {
  const iv = intervalToNumbers(roundingInterval("4,05"));
  assert.deepEqual(iv, { lower: 4.045, upper: 4.055, lowerInclusive: true, upperInclusive: true });
});

test("roundingInterval: inclusion per rule (scrutiny unround() table)", () => {
  // positive x: "up" lower <= x < upper; "down" lower < x <= upper; trunc lower = x < upper
  const up = roundingInterval("2.7", "half-up");
  assert.equal(up.lowerInclusive, true);
  assert.equal(up.upperInclusive, false);
  const down = roundingInterval("2.7", "half-down");
  assert.equal(down.lowerInclusive, false);
  assert.equal(down.upperInclusive, true);
  const tr = intervalToNumbers(roundingInterval("2.4", "truncate"));
  assert.deepEqual(tr, { lower: 2.4, upper: 2.5, lowerInclusive: true, upperInclusive: false });
  // half-even: an even last digit keeps both ties (5.12 ← 5.115 and 5.125), an odd one neither
  assert.equal(roundingInterval("5.12", "half-even").lowerInclusive, true);
  assert.equal(roundingInterval("5.13", "half-even").lowerInclusive, false);
});

test("exact rounding avoids the binary trap (1.005).toFixed(2) === '1.00'", () => {
  assert.equal((1.005).toFixed(2), "1.00"); // JavaScript rounds the binary value 1.00499999…
  assert.equal(roundFraction({ num: 201n, den: 200n }, 2, "half-up"), 101n); // 201/200 = 1.005 exactly → 1.01
  assert.equal(roundFraction({ num: 41n, den: 8n }, 2, "half-even"), 512n); // 5.125 → 5.12
  assert.equal(roundFraction({ num: 41n, den: 8n }, 2, "half-up"), 513n); // 5.125 → 5.13
  assert.equal(fractionToNumber({ num: 41n, den: 8n }), 5.125);
});
