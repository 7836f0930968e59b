/**
 * Every exported function of the statistics core carries the documentation the project asks for:
 * a summary, an @example, the independent tool it was validated against, and (for estimators and
 * tests) a reference.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("../../lib/src/stats/", import.meta.url));

test("exported statistics functions have a doc comment with an example and a validation note", () => {
  const missing: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "index.ts" && f !== "validate.ts")) {
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
