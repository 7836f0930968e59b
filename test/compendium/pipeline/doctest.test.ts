/**
 * Doctest of lib/compendium/src/pipeline: every @example of its doc comments runs and agrees with the
 * result it states (conventions in test/helpers/doctest.ts). The examples that start kernels, a worker thread or Chromium, or
 * write into folders, are marked `// illustrative` and only compiled.
 *
 * The folder has no index.ts (its modules are entry points of their own, not re-exported by the
 * package), and the doctest helper puts a folder's index.ts in scope; so each example runs as if
 * it belonged to the package's index (lib/compendium/src/index.ts, which brings the data, analyses
 * and views into scope) with its own file added to the scope, and the failures name its file.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractFolder, isIllustrative, prepare, runExample, type DocExample } from "../../helpers/doctest.js";

const FOLDER = "lib/compendium/src/pipeline";
const STAND_IN = "lib/compendium/src/index.ts";
const SCOPE = ["lib/notebook-runner/src/index.ts"];

const examples = extractFolder(FOLDER);

test(`${FOLDER}: at least 10 @example found`, () => {
  assert.ok(examples.length >= 10, `found ${examples.length} @example tags in ${FOLDER}, expected at least 10`);
});

/** Runs an example in the scope of the package index plus its own file; messages name its file. */
async function run(ex: DocExample): Promise<readonly string[]> {
  const own = (s: string): string => s.split(`${STAND_IN}:`).join(`${ex.file}:`);
  try {
    const r = await runExample({ ...ex, file: STAND_IN }, [...SCOPE, ex.file]);
    return r.failures.map(own).concat(r.failures.length > 0 && r.output.length > 0 ? [`console output:\n${r.output.join("\n")}`] : []);
  } catch (err) {
    throw new Error(own(err instanceof Error ? err.message : String(err)), { cause: err });
  }
}

for (const ex of examples) {
  if (isIllustrative(ex)) {
    test(`${ex.file}:${ex.line} ${ex.symbol} (illustrative, compiled only)`, () => {
      assert.equal(prepare(ex.code).checks.length, 0, `an illustrative example (${ex.file}:${ex.line}) must not state results`);
    });
    continue;
  }
  test(`${ex.file}:${ex.line} ${ex.symbol}`, async () => {
    assert.deepEqual(await run(ex), []);
  });
}
