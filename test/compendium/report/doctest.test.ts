/**
 * Doctest of lib/compendium/src/report: every @example of its doc comments runs and agrees with the result it
 * states (conventions in test/helpers/doctest.ts). The first test (formerly
 * test/compendium/report/docs.test.ts) checks that every exported function of the module has a doc comment
 * and that the public ones (re-exported by lib/compendium/src/report/index.ts) have an @example.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as report from "../../../lib/compendium/src/report/index.js";
import { defineDoctests } from "../../helpers/doctest.js";

const dir = fileURLToPath(new URL("../../../lib/compendium/src/report/", import.meta.url));

test("exported report functions have doc comments, public ones with an @example", () => {
  const publicNames = new Set(
    Object.entries(report)
      .filter(([, v]) => typeof v === "function")
      .map(([k]) => k),
  );
  const problems: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "index.ts")) {
    const src = readFileSync(dir + file, "utf8");
    const documented = new Map<string, string>();
    for (const m of src.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\s*export (?:async )?function (\w+)/g))
      documented.set(m[2] as string, m[1] as string);
    for (const m of src.matchAll(/export (?:async )?function (\w+)/g)) {
      const name = m[1] as string;
      const doc = documented.get(name);
      if (doc === undefined) problems.push(`${file}: ${name} has no doc comment`);
      else if (publicNames.has(name) && !doc.includes("@example")) problems.push(`${file}: ${name} has no @example`);
    }
  }
  assert.deepEqual(problems, []);
});

defineDoctests("lib/compendium/src/report", { minExamples: 20 });
