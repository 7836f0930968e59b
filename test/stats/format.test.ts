/** Number formatting: the rounding rule, APA p / t / r, decimal comma, the short forms for sentences; HTML escaping and script JSON. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { StatsError, formatApaT, formatCi, formatNumber, formatP, formatPShort, formatPercent, formatR, formatShort } from "@behoud/stats";
import { escapeHtml } from "@behoud/notebook-runner/display";
import { scriptJson } from "@behoud/compendium";

function throwsCode(fn: () => unknown, code: string): void {
  assert.throws(fn, (e: unknown) => e instanceof StatsError && e.code === code);
}

describe("formatNumber", () => {
  it("rounds half away from zero on the decimal representation (not on the binary double)", () => {
    assert.equal((1.005).toFixed(2), "1.00"); // the trap this function avoids
    assert.equal(formatNumber(1.005, 2), "1.01");
    assert.equal(formatNumber(2.675, 2), "2.68");
    assert.equal(formatNumber(1.045, 2), "1.05");
    assert.equal(formatNumber(-1.005, 2), "-1.01");
    assert.equal(formatNumber(0.125, 2), "0.13");
    assert.equal(formatNumber(1.0049999, 2), "1.00");
  });

  it("rounds .5 away from zero, not to even", () => {
    assert.equal(formatNumber(0.5, 0), "1");
    assert.equal(formatNumber(2.5, 0), "3");
    assert.equal(formatNumber(-2.5, 0), "-3");
    assert.equal(formatNumber(3.5, 0), "4");
  });

  it("carries into the integer part", () => {
    assert.equal(formatNumber(9.995, 2), "10.00");
    assert.equal(formatNumber(0.9996, 3), "1.000");
    assert.equal(formatNumber(99.95, 1), "100.0");
  });

  it("writes zero without a sign", () => {
    assert.equal(formatNumber(-0.0004, 3), "0.000");
    assert.equal(formatNumber(-0, 2), "0.00");
    assert.equal(formatNumber(0, 0), "0");
  });

  it("handles exponent notation of very small and very large numbers", () => {
    assert.equal(formatNumber(1.5e-7, 8), "0.00000015");
    assert.equal(formatNumber(1.5e-7, 6), "0.000000");
    assert.equal(formatNumber(5e-7, 6), "0.000001");
    assert.equal(formatNumber(1e21, 0), "1000000000000000000000");
    assert.equal(formatNumber(1.25e21, 1), "1250000000000000000000.0");
  });

  it("pads with zeros and keeps integers exact", () => {
    assert.equal(formatNumber(4, 2), "4.00");
    assert.equal(formatNumber(123.456, 0), "123");
    assert.equal(formatNumber(-7, 1), "-7.0");
  });

  it("agrees with exact integer arithmetic on every multiple of 0.001 in [-20, 20]", () => {
    for (let k = -20000; k <= 20000; k++) {
      const x = k / 1000; // the shortest decimal of x is exactly k/1000
      const units = Math.floor((Math.abs(k) + 5) / 10); // half away from zero, in hundredths
      const text = `${Math.floor(units / 100)}.${String(units % 100).padStart(2, "0")}`;
      const expected = k < 0 && units !== 0 ? `-${text}` : text;
      if (formatNumber(x, 2) !== expected) assert.fail(`formatNumber(${x}, 2) is ${formatNumber(x, 2)}; expected ${expected}`);
    }
  });

  it("supports the decimal comma, APA's missing leading zero and the typeset minus", () => {
    assert.equal(formatNumber(4.05, 2, { decimalSeparator: "," }), "4,05");
    assert.equal(formatNumber(0.571, 2, { leadingZero: false }), ".57");
    assert.equal(formatNumber(-0.571, 2, { leadingZero: false, decimalSeparator: "," }), "-,57");
    assert.equal(formatNumber(-1.5, 1, { minusSign: "\u2212" }), "\u22121.5");
    assert.equal(formatNumber(1.5, 1, { leadingZero: false }), "1.5");
  });

  it("rejects non-finite numbers and bad decimals", () => {
    throwsCode(() => formatNumber(Number.NaN, 2), "NON_FINITE");
    throwsCode(() => formatNumber(Number.POSITIVE_INFINITY, 2), "NON_FINITE");
    throwsCode(() => formatNumber(1, 21), "OUT_OF_RANGE");
    throwsCode(() => formatNumber(1, 1.5), "OUT_OF_RANGE");
    throwsCode(() => formatNumber(1, -1), "OUT_OF_RANGE");
  });
});

describe("formatP", () => {
  it("writes three decimals without a leading zero", () => {
    assert.equal(formatP(0.0431), ".043");
    assert.equal(formatP(0.001), ".001");
    assert.equal(formatP(0.0449999), ".045");
    assert.equal(formatP(0.5), ".500");
  });

  it("writes '< .001' below .001, decided on the unrounded value", () => {
    assert.equal(formatP(0.0004), "< .001");
    assert.equal(formatP(0.00099999), "< .001");
    assert.equal(formatP(0), "< .001");
  });

  it("writes '> .999' when p rounds to 1", () => {
    assert.equal(formatP(0.9996), "> .999");
    assert.equal(formatP(1), "> .999");
    assert.equal(formatP(0.9994), ".999");
  });

  it("supports the decimal comma (the article prints ',000')", () => {
    assert.equal(formatP(0.05, { decimalSeparator: "," }), ",050");
    assert.equal(formatP(0.0004, { decimalSeparator: "," }), "< ,001");
    assert.equal(formatP(0.0123, { decimals: 2 }), ".01");
    assert.equal(formatP(0.004, { decimals: 2 }), "< .01");
  });

  it("rejects values that are not probabilities", () => {
    throwsCode(() => formatP(1.2), "OUT_OF_RANGE");
    throwsCode(() => formatP(-0.01), "OUT_OF_RANGE");
    throwsCode(() => formatP(Number.NaN), "NON_FINITE");
  });
});

describe("formatApaT, formatR, formatCi, formatPercent", () => {
  it("formats t tests the APA way", () => {
    assert.equal(formatApaT(4.349, 50, 0.00007), "t(50) = 4.35, p < .001");
    assert.equal(formatApaT(-2.1, 37.52, 0.0426), "t(37.52) = -2.10, p = .043");
    assert.equal(formatApaT(-2.1, 50, 0.04, { minusSign: "\u2212" }), "t(50) = \u22122.10, p = .040");
    assert.equal(formatApaT(2.1, 50, 0.04, { decimalSeparator: "," }), "t(50) = 2,10; p = ,040");
    throwsCode(() => formatApaT(1, 0, 0.5), "OUT_OF_RANGE");
  });

  it("formats correlations without a leading zero, with df = N - 2", () => {
    assert.equal(formatR(0.5712), "r = .57");
    assert.equal(formatR(-0.3), "r = -.30");
    assert.equal(formatR(0.5712, { n: 51, p: 0.00001 }), "r(49) = .57, p < .001");
    assert.equal(formatR(0.68, { n: 51, p: 0.0000001, decimalSeparator: "," }), "r(49) = ,68; p < ,001");
    throwsCode(() => formatR(1.2), "OUT_OF_RANGE");
    throwsCode(() => formatR(0.5, { n: 2 }), "OUT_OF_RANGE");
  });

  it("formats intervals and percentages", () => {
    assert.equal(formatCi(0.301, 0.918, 2), "[0.30, 0.92]");
    assert.equal(formatCi(3.81, 4.19, 2, { decimalSeparator: "," }), "[3,81; 4,19]");
    throwsCode(() => formatCi(2, 1, 2), "OUT_OF_RANGE");
    assert.equal(formatPercent(35.294, 1, { decimalSeparator: "," }), "35,3%");
    assert.equal(formatPercent(12.5), "13%");
  });
});

describe("escapeHtml and scriptJson", () => {
  it("escapes the five HTML-special characters", () => {
    assert.equal(escapeHtml(`a < b & "c" > 'd'`), "a &lt; b &amp; &quot;c&quot; &gt; &#39;d&#39;");
    assert.equal(escapeHtml("plain"), "plain");
  });

  it("makes JSON safe inside <script>", () => {
    const text = scriptJson({ t: "</script><!-- \u2028 & x" });
    assert.ok(!text.includes("</script"));
    assert.ok(!text.includes("<!--"));
    assert.ok(!text.includes("\u2028"));
    assert.deepEqual(JSON.parse(text), { t: "</script><!-- \u2028 & x" });
  });
});

describe("formatShort and formatPShort (numbers in sentences)", () => {
  it("drop trailing zeros, keep tiny numbers visible, and validate their options", () => {
    assert.equal(formatShort(4.05), "4.05");
    assert.equal(formatShort(-0.5), "-0.5");
    assert.equal(formatShort(1 / 3, { decimals: 2 }), "0.33");
    assert.equal(formatShort(0.0004), "4.0e-4");
    assert.equal(formatShort(0.0004, { tiny: "zero" }), "0");
    assert.equal(formatShort(Number.NaN), "NaN");
    throwsCode(() => formatShort(1, { decimals: 21 }), "OUT_OF_RANGE");
  });
  it("write p with significant digits, a bound below 10^-6 or an exponent", () => {
    assert.equal(formatPShort(0.036249), "0.0362");
    assert.equal(formatPShort(0.5), "0.5");
    assert.equal(formatPShort(0.000031), "0.000031");
    assert.equal(formatPShort(4e-10), "< 0.000001");
    assert.equal(formatPShort(0), "0");
    assert.equal(formatPShort(0.036249, { digits: 2 }), "0.036");
    assert.equal(formatPShort(0.000031, { digits: 2, tiny: "exponent" }), "3.1e-5");
    throwsCode(() => formatPShort(0.5, { digits: 0 }), "OUT_OF_RANGE");
  });
});
