/**
 * Large and hostile inputs to the loader and validator (issue 11, findings 4 and 9): a file with
 * hundreds of thousands of problems, progress reports, files that are not regular files or are
 * above the size limit, and codebook schema paths outside the package.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadCodebook, validateData, DataError } from "../../lib/src/data/index.js";

/** A one-resource package (`t`: an integer column `x` from 1 to 5) with the given rows. */
function tinyPackage(rows: readonly string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "large-"));
  const pkg = {
    name: "tiny",
    resources: [
      {
        name: "t",
        path: "t.csv",
        format: "csv",
        profile: "tabular-data-resource",
        schema: { fields: [{ name: "x", type: "integer", constraints: { minimum: 1, maximum: 5 } }, { name: "y", type: "integer" }] },
      },
    ],
  };
  writeFileSync(path.join(dir, "datapackage.json"), JSON.stringify(pkg));
  writeFileSync(path.join(dir, "t.csv"), `x,y\n${rows.join("\n")}\n`);
  return dir;
}

test("200,000 cell errors are listed without a stack overflow (problems.push(...many))", () => {
  const rows = Array.from({ length: 200_000 }, () => "9,1");
  const dir = tinyPackage(rows);
  const result = validateData(dir);
  assert.equal(result.ok, false);
  assert.equal(result.errors.length, 200_000);
  assert.equal(result.errors[0]?.rule, "maximum");
});
