/**
 * Doctest of lib/stats/src/columnar: every @example of its doc comments runs and agrees with the result it
 * states (conventions in test/helpers/doctest.ts). The first two tests (formerly
 * test/stats/columnar/docs.test.ts) check that every exported function has a doc comment with an @example
 * and the tool or test it was validated against, and that the module index re-exports every
 * public file.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineDoctests } from "../../helpers/doctest.js";

const dir = fileURLToPath(new URL("../../../lib/stats/src/columnar/", import.meta.url));
const internal = new Set(["kernels.ts", "engine.ts", "index.ts"]);
// Helpers exported for the other files of the module, not re-exported by index.ts.
const moduleInternal = new Set([
  "itemColumns",
  "nonFinite",
  "unitOf",
  "scoreResult",
  "alphaResult",
  "pairedResult",
  "correlationResult",
  "allPairs",
]);

test("exported columnar functions have a doc comment with an example and a validation note", () => {
  const missing: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts") && !internal.has(f))) {
    const src = readFileSync(dir + file, "utf8");
    const documented = new Set<string>();
    for (const m of src.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\s*export function (\w+)/g)) {
      const doc = m[1] as string;
      const name = m[2] as string;
      documented.add(name);
      if (moduleInternal.has(name)) continue;
      if (!/@example/.test(doc)) missing.push(`${file}:${name} has no @example`);
      if (!/[Vv]alidated against/.test(doc)) missing.push(`${file}:${name} does not name what it was validated against`);
      if (/StatsError/.test(src) && !/@throws/.test(doc) && name !== "valuesFromColumn") missing.push(`${file}:${name} has no @throws`);
    }
    for (const m of src.matchAll(/export function (\w+)/g)) {
      if (!documented.has(m[1] as string)) missing.push(`${file}:${m[1]} has no doc comment`);
    }
  }
  assert.deepEqual(missing, []);
});

test("index.ts re-exports every public function and none of the internal helpers", () => {
  const index = readFileSync(`${dir}index.ts`, "utf8");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts") && !internal.has(f))) {
    const src = readFileSync(dir + file, "utf8");
    for (const m of src.matchAll(/export function (\w+)/g)) {
      const name = m[1] as string;
      if (moduleInternal.has(name)) assert.doesNotMatch(index, new RegExp(`\\b${name}\\b`), `${name} is internal`);
      else assert.match(index, new RegExp(`\\b${name}\\b`), `${file}:${name} is not re-exported`);
    }
  }
});

defineDoctests("lib/stats/src/columnar", { minExamples: 8 });
