/**
 * Doctest of lib/stats/src: every @example of its doc comments runs and agrees with the result it
 * states (conventions in test/helpers/doctest.ts). The tests at the end check the doctest itself:
 * that a wrong value, a wrong error code or an example that throws makes it fail. The first test
 * (formerly test/stats/docs.test.ts) checks that every exported function carries the documentation
 * the project asks for: a summary, an @example, and the independent tool it was validated against.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compare, defineDoctests, parseExpected, runExample, type DocExample } from "../helpers/doctest.js";

const dir = fileURLToPath(new URL("../../lib/stats/src/", import.meta.url));

test("exported statistics functions have a doc comment with an example and a validation note", () => {
  const missing: string[] = [];
  // format.ts writes numbers as text (its functions have examples, checked by the doctest below,
  // and tests in test/stats/format.test.ts); there is no statistic to validate against a tool.
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "index.ts" && f !== "validate.ts" && f !== "format.ts")) {
    const src = readFileSync(dir + file, "utf8");
    const re = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\s*export function (\w+)/g;
    const documented = new Set<string>();
    for (const m of src.matchAll(re)) {
      const doc = m[1] as string;
      const name = m[2] as string;
      documented.add(name);
      if (name === "solveMonotone" || name === "logGamma") continue; // internal helpers
      if (!/@example/.test(doc)) missing.push(`${file}:${name} has no @example`);
      if (!/[Vv]alidated against/.test(doc)) missing.push(`${file}:${name} does not name what it was validated against`);
    }
    for (const m of src.matchAll(/export function (\w+)/g)) {
      if (!documented.has(m[1] as string)) missing.push(`${file}:${m[1]} has no doc comment`);
    }
  }
  assert.deepEqual(missing, []);
});

defineDoctests("lib/stats/src", { minExamples: 20 });

const example = (code: string): DocExample => ({ file: "lib/stats/src/descriptives.ts", line: 1, symbol: "self-test", code, codeLine: 1 });

test("doctest convention: a number compares within the interval of its printed digits", () => {
  assert.equal(compare(1.7320508, parseExpected("1.732")), null);
  assert.equal(compare(1.73249, parseExpected("1.732")), null);
  assert.notEqual(compare(1.7326, parseExpected("1.732")), null);
  assert.notEqual(compare(1.0196, parseExpected("1.732")), null);
  assert.equal(compare(0.94868, parseExpected("0.9486…")), null); // truncated
  assert.notEqual(compare(0.94859, parseExpected("0.9486…")), null);
  assert.notEqual(compare(0.9487, parseExpected("0.9486…")), null);
  assert.equal(compare(-0.94868, parseExpected("-0.9486…")), null);
  assert.equal(compare(-0.9486, parseExpected("-0.9486…")), null);
  assert.notEqual(compare(-0.9487, parseExpected("-0.9486…")), null);
  assert.equal(compare(0.9486, parseExpected("0.9486…")), null);
  assert.equal(compare(1.959963984540054, parseExpected("1.959963984540054")), null);
  assert.equal(compare(1.2e-5, parseExpected("1.2e-5")), null);
  assert.notEqual(compare(1.3e-5, parseExpected("1.2e-5")), null);
  assert.notEqual(compare("1.732", parseExpected("1.732")), null);
});

test("doctest convention: strings, literals, arrays, objects, typed arrays and notes", () => {
  assert.equal(compare("a\nb", parseExpected('"a\\nb" (a note)')), null);
  assert.equal(compare('{"n": 1}', parseExpected(`'{"n": 1}'`)), null);
  assert.equal(compare(405n, parseExpected("405n")), null);
  assert.equal(compare(Number.NaN, parseExpected("NaN")), null);
  assert.equal(compare([1, 2.5], parseExpected("[1, 2.5]")), null);
  assert.notEqual(compare([1, 2.5, 3], parseExpected("[1, 2.5]")), null);
  assert.equal(compare({ a: 1, b: "x", c: 3 }, parseExpected('{ a: 1, b: "x", … }')), null);
  assert.notEqual(compare({ a: 1, b: "x", c: 3 }, parseExpected('{ a: 1, b: "x" }')), null);
  assert.equal(compare(new Float64Array([4, Number.NaN]), parseExpected("Float64Array [4, NaN]")), null);
  assert.notEqual(compare([4, Number.NaN], parseExpected("Float64Array [4, NaN]")), null);
  assert.throws(() => parseExpected("1.732 and more"), /a note must start/);
});

test("doctest: a wrong stated value, a wrong error code and an unexpected throw all fail", async () => {
  assert.deepEqual((await runExample(example("mean([1, 2, 6]) // 3\nmean([]) // throws EMPTY_INPUT"))).failures, []);
  assert.equal((await runExample(example("mean([1, 2, 6]) // 3.1"))).failures.length, 1);
  assert.equal((await runExample(example("mean([]) // throws NON_FINITE"))).failures.length, 1);
  assert.equal((await runExample(example("mean([1]) // throws EMPTY_INPUT"))).failures.length, 1);
  await assert.rejects(runExample(example("mean([])")), /EMPTY_INPUT|at least|empty/i);
  await assert.rejects(runExample(example("meanOf(x)")), /not defined/);
  const r = await runExample(example("const m = mean([2, 4]);\nconsole.log(m) // 3\nm > 2 // true"));
  assert.deepEqual(r.failures, []);
  assert.equal(r.checks.length, 2);
});
