/**
 * Every exported function of the report module has a doc comment; the public ones (re-exported
 * by lib/src/report/index.ts) also have an @example.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as report from "../../lib/src/report/index.js";

const dir = fileURLToPath(new URL("../../lib/src/report/", import.meta.url));

test("exported report functions have doc comments, public ones with an @example", () => {
  const publicNames = new Set(Object.entries(report).filter(([, v]) => typeof v === "function").map(([k]) => k));
  const problems: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "index.ts")) {
    const src = readFileSync(dir + file, "utf8");
    const documented = new Map<string, string>();
    for (const m of src.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\s*export (?:async )?function (\w+)/g)) documented.set(m[2] as string, m[1] as string);
    for (const m of src.matchAll(/export (?:async )?function (\w+)/g)) {
      const name = m[1] as string;
      const doc = documented.get(name);
      if (doc === undefined) problems.push(`${file}: ${name} has no doc comment`);
      else if (publicNames.has(name) && !doc.includes("@example")) problems.push(`${file}: ${name} has no @example`);
    }
  }
  assert.deepEqual(problems, []);
});
