/**
 * Doctest of lib/compendium/src/data and lib/compendium/src/privacy: every @example of their doc comments runs and
 * agrees with the result it states (conventions in test/helpers/doctest.ts). Examples that load
 * the shipped data read the repository's data/ folder (through loadCodebook/loadDataset, which
 * find it from the library's own location). The internal helpers of read.ts and validate.ts are
 * in scope for the data examples, and the data module for the privacy ones. The tests at the end
 * check the doctest's prefix arrays, `// illustrative` examples and extra scope.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { compare, defineDoctests, isIllustrative, parseExpected, runExample, type DocExample } from "../../helpers/doctest.js";

defineDoctests("lib/compendium/src/data", {
  minExamples: 47,
  scope: ["lib/compendium/src/data/read.ts", "lib/compendium/src/data/validate.ts"],
});
defineDoctests("lib/compendium/src/privacy", { minExamples: 6, scope: ["lib/compendium/src/data/index.ts"] });

const example = (code: string): DocExample => ({
  file: "lib/compendium/src/privacy/redact.ts",
  line: 1,
  symbol: "self-test",
  code,
  codeLine: 1,
});

test("doctest convention: [a, b, …] is an array that starts with a and b", () => {
  assert.equal(compare([5, 5, 4, 3], parseExpected("[5, 5, …]")), null);
  assert.equal(compare([5, 5], parseExpected("[5, 5, …]")), null);
  assert.notEqual(compare([5], parseExpected("[5, 5, …]")), null);
  assert.notEqual(compare([5, 4, 4], parseExpected("[5, 5, …]")), null);
  assert.notEqual(compare([5, 5, 4], parseExpected("[5, 5]")), null);
  assert.throws(() => parseExpected("[…]"), /cannot parse/);
  assert.throws(() => parseExpected("[1, …, 2]"), /cannot parse/);
});

test("doctest convention: an example starting with // illustrative is recognised", () => {
  assert.equal(isIllustrative(example("// illustrative: needs Chromium\nfoo()")), true);
  assert.equal(isIllustrative(example("foo() // illustrative")), false);
});

test("doctest: modules named in scope are in scope", async () => {
  await assert.rejects(runExample(example("loadDataset().respondents.rowCount // 51")), /not defined/);
  assert.deepEqual(
    (await runExample(example("loadDataset().respondents.rowCount // 51"), ["lib/compendium/src/data/index.ts"])).failures,
    [],
  );
  assert.equal(
    (await runExample(example("loadDataset().respondents.rowCount // 50"), ["lib/compendium/src/data/index.ts"])).failures.length,
    1,
  );
});
