/**
 * What a notebook cell's type check reads: tslab compiles every cell against the declarations
 * of `@behoud/compendium` (lib/compendium/dist/index.d.ts and what it imports), in every program
 * of every cell. playwright-core's declarations (1.9 MB) are not among them: the library uses
 * playwright-core only inside functions marked `@internal`, which the build leaves out of the
 * declarations (`stripInternal`).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = resolve(fileURLToPath(new URL("../../", import.meta.url)));

test("@behoud/compendium's declarations reach no playwright-core declarations", { timeout: 120_000 }, () => {
  const build = spawnSync(process.execPath, [join(root, "lib", "build.mjs")], { cwd: root, encoding: "utf8" });
  assert.equal(build.status, 0, build.stderr);
  const entry = join(root, "lib", "compendium", "dist", "index.d.ts");
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    types: [],
  });
  const files = program.getSourceFiles().map((f) => f.fileName);
  assert.ok(
    files.some((f) => f.includes("/lib/compendium/dist/report/png.d.ts")),
    "the report's browser module is among the declarations read",
  );
  assert.ok(
    files.some((f) => f.includes("/lib/stats/dist/")),
    "the declarations of the library's own dependencies are read",
  );
  const playwright = files.filter((f) => f.includes("/node_modules/playwright-core/"));
  assert.deepEqual(playwright, [], "playwright-core's declarations are not read");
});
