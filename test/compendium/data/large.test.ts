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
import { loadCodebook, validateData, DataError } from "../../../lib/compendium/src/data/index.js";

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
        schema: {
          fields: [
            { name: "x", type: "integer", constraints: { minimum: 1, maximum: 5 } },
            { name: "y", type: "integer" },
          ],
        },
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

test("a named pipe (FIFO) is refused at once as not a regular file, instead of blocking the read", () => {
  const dir = tinyPackage(["1,1"]);
  const fifo = path.join(dir, "pipe.csv");
  execFileSync("mkfifo", [fifo]);
  const result = validateData(fifo, { codebookDir: dir, resource: "t" });
  assert.equal(result.ok, false);
  const p = result.errors.find((e) => e.rule === "not-a-table");
  assert.ok(p !== undefined, JSON.stringify(result.errors));
  assert.match(p.message, /not a regular file \(it is a named pipe \(FIFO\)\)/);
});

test("/dev/zero is refused as a character device instead of being read without end", () => {
  const dir = tinyPackage(["1,1"]);
  const result = validateData("/dev/zero", { codebookDir: dir, resource: "t" });
  assert.equal(result.ok, false);
  assert.match(result.errors[0]?.message ?? "", /not a regular file \(it is a character device\)/);
});

test("a data file above the size limit is a too-large error that states the limit", () => {
  const dir = tinyPackage(Array.from({ length: 1000 }, () => "1,1"));
  const result = validateData(dir, { maxFileBytes: 1000 });
  assert.equal(result.ok, false);
  const p = result.errors.find((e) => e.rule === "too-large");
  assert.ok(p !== undefined, JSON.stringify(result.errors));
  assert.match(p.message, /above the limit of 0\.0 MB for one data file/);
});

test("a codebook schema path outside the package is refused, not read, and nothing of the file is quoted", () => {
  const outside = mkdtempSync(path.join(tmpdir(), "outside-"));
  writeFileSync(path.join(outside, "secret.txt"), "root:x:0:0:secret first line\n");
  const cases = [path.join(outside, "secret.txt"), `../${path.basename(outside)}/secret.txt`];
  for (const schema of cases) {
    const dir = mkdtempSync(path.join(tmpdir(), "schema-path-"));
    writeFileSync(
      path.join(dir, "datapackage.json"),
      JSON.stringify({ name: "x", resources: [{ name: "t", path: "t.csv", profile: "tabular-data-resource", schema }] }),
    );
    writeFileSync(path.join(dir, "t.csv"), "x\n1\n");
    assert.throws(
      () => loadCodebook(dir),
      (e: unknown) =>
        e instanceof DataError &&
        e.code === "INVALID_CODEBOOK" &&
        /schema path .* must be relative to the package and stay inside it/.test(e.message) &&
        !e.message.includes("secret first line") &&
        !e.message.includes("root:x"),
    );
  }
  // Through a symbolic link inside the package, too.
  const dir = mkdtempSync(path.join(tmpdir(), "schema-link-"));
  mkdirSync(path.join(dir, "schemas"));
  execFileSync("ln", ["-s", path.join(outside, "secret.txt"), path.join(dir, "schemas", "t.json")]);
  writeFileSync(
    path.join(dir, "datapackage.json"),
    JSON.stringify({ name: "x", resources: [{ name: "t", path: "t.csv", profile: "tabular-data-resource", schema: "schemas/t.json" }] }),
  );
  assert.throws(
    () => loadCodebook(dir),
    (e: unknown) => e instanceof DataError && /stay inside it/.test(e.message) && !e.message.includes("secret first line"),
  );
});

test("onProgress reports reading, every 25,000 checked rows, and the checks across files", () => {
  const dir = tinyPackage(Array.from({ length: 60_000 }, () => "1,2"));
  const events: string[] = [];
  const result = validateData(dir, {
    onProgress: (e) => events.push(`${e.stage} ${e.resource ?? "-"} ${e.rowsDone}/${e.rowsTotal} ${e.fileIndex}/${e.fileCount}`),
  });
  assert.equal(result.ok, true);
  assert.deepEqual(events, [
    "read t 0/0 1/1",
    "check t 0/60000 1/1",
    "check t 25000/60000 1/1",
    "check t 50000/60000 1/1",
    "check t 60000/60000 1/1",
    "cross-check - 0/0 1/1",
  ]);
});

test("npm run validate prints progress lines to stderr (throttled; every event with progressEveryMs 0)", async () => {
  const { main } = await import("../../../lib/compendium/src/data/cli-validate.js");
  const dir = tinyPackage(Array.from({ length: 30_000 }, () => "1,2"));
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([dir], { out: (t) => out.push(t), err: (t) => err.push(t), progressEveryMs: 0 });
  assert.equal(code, 0);
  assert.ok(
    err.includes("validate: t: 25,000 of 30,000 rows checked (file 1 of 1, 0 s)") ||
      err.some((l) => /^validate: t: 25,000 of 30,000 rows checked \(file 1 of 1, \d+ s\)$/.test(l)),
    err.join("\n"),
  );
  assert.ok(err.some((l) => l.startsWith("validate: checking across files")));
  // With the default interval a quick check prints no progress at all.
  const quiet: string[] = [];
  await main([dir], { out: () => undefined, err: (t) => quiet.push(t) });
  assert.deepEqual(
    quiet.filter((l) => l.includes("rows checked")),
    [],
  );
});

test("the data-quality table lists at most 20 excluded rows and warnings, and counts the rest", async () => {
  const { accountingTable } = await import("../../../lib/compendium/src/views/quality.js");
  const { openStudy } = await import("../../../lib/compendium/src/analysis/study.js");
  const { cpSync, readFileSync: read } = await import("node:fs");
  const dir = mkdtempSync(path.join(tmpdir(), "many-empty-"));
  cpSync("data", dir, { recursive: true });
  // 31 rows with 60 empty rows between them: 60 excluded rows, 60 empty-row warnings.
  const file = path.join(dir, "raw", "respondents-2019-20.csv");
  const lines = read(file, "utf8").trimEnd().split("\n");
  writeFileSync(file, `${[lines[0], ...lines.slice(1).flatMap((l, i) => (i < 30 ? [l, ",,", ","] : [l]))].join("\n")}\n`);
  const table = accountingTable(openStudy({ dataDir: dir }));
  const row = table.rows.find((r) => r.resource === "respondents-2019-20");
  assert.match(String(row?.excluded), /^60: row 2: empty row/);
  assert.match(String(row?.excluded), /… and 40 more \(npm run validate lists them all\)$/);
  assert.match(table.note ?? "", /… and \d+ more \(npm run validate lists them all\)$/);
});

test("Table.rows() of the 47-column respondent table gives objects with a shared shape, not V8 dictionaries (a million rows fit in memory)", () => {
  // %HasFastProperties needs --allow-natives-syntax, so the check runs in a child process.
  const code = `
    const { loadDataset } = await import(${JSON.stringify(path.resolve("lib/compendium/src/data/index.ts"))});
    const hasFast = new Function("o", "return %HasFastProperties(o)");
    const rows = loadDataset().respondents.rows();
    process.stdout.write(String(rows.length) + " " + String(rows.every((r) => hasFast(r))) + " " + Object.keys(rows[0]).length);
  `;
  const out = execFileSync(process.execPath, ["--allow-natives-syntax", "--import", "tsx", "--input-type=module", "-e", code], {
    encoding: "utf8",
  });
  assert.equal(out, "51 true 47");
});
