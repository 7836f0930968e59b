/**
 * Every folder of the packages' src/ folders whose doc comments hold an `@example` is declared to the doctest
 * (`defineDoctests("<folder>", …)` in some test file), so no example goes unexecuted.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

test("every folder with @example blocks is run by a doctest", () => {
  const withExamples = new Set<string>();
  for (const pkg of readdirSync(join(ROOT, "lib"), { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const src = join(ROOT, "lib", pkg.name, "src");
    let files: string[];
    try {
      files = walk(src);
    } catch {
      continue;
    }
    for (const f of files.filter((x) => x.endsWith(".ts") && !x.endsWith(".d.ts"))) {
      if (/^\s*\*\s*@example\b/m.test(readFileSync(f, "utf8"))) withExamples.add(relative(ROOT, join(f, "..")));
    }
  }
  const declared = new Set<string>();
  for (const f of walk(join(ROOT, "test")).filter((x) => x.endsWith(".test.ts"))) {
    for (const m of readFileSync(f, "utf8").matchAll(/defineDoctests\(\s*"([^"]+)"/g)) declared.add(m[1] as string);
  }
  assert.ok(withExamples.size >= 10, `only ${withExamples.size} folders with examples found`);
  assert.deepEqual([...withExamples].filter((d) => !declared.has(d)).sort(), []);
});
