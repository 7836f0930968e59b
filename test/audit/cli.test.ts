/**
 * The audit command line on the fixtures in test/fixtures/audit/. Expected verdicts come from the
 * sources named in the other test files (scrutiny's GRIM/GRIMMER examples, statcheck's tests,
 * the article); here the point is reading, routing, output and exit codes.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import { main } from "../../lib/src/audit/cli.js";

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/audit/${name}`, import.meta.url));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

test("a Markdown file: both correlations of the article, as a table", async () => {
  const r = await run([fixture("article-excerpt.md")]);
  assert.equal(r.code, 0);
  assert.equal(r.err, "");
  assert.match(r.out, /2 test results found/);
  assert.match(r.out, /r=,57; p= ,000; N=51/);
  assert.match(r.out, /inconsistent/);
  assert.match(r.out, /never exactly 0/);
});

test("--json prints machine-readable results", async () => {
  const r = await run([fixture("apa-results.txt"), "--json"]);
  assert.equal(r.code, 0);
  const j = JSON.parse(r.out) as { kind: string; entries: { extracted: { line: number }; check: { verdict: string; details: { decisionError: boolean } } }[] };
  assert.equal(j.kind, "text");
  assert.equal(j.entries.length, 6);
  // t(48) = 1.02, p < .05 (statcheck test-error.R): error and decision error
  assert.equal(j.entries[0]?.check.verdict, "inconsistent");
  assert.equal(j.entries[0]?.check.details.decisionError, true);
  assert.equal(j.entries[0]?.extracted.line, 2);
});

test("a CSV of summary statistics: GRIM, GRIMMER and scale per row", async () => {
  const r = await run([fixture("summary.csv"), "--json"]);
  assert.equal(r.code, 0);
  const j = JSON.parse(r.out) as { kind: string; rows: { row: { id: string; line: number }; grim: { verdict: string } | null; grimmer: { verdict: string } | null; scale: { verdict: string } | null }[] };
  assert.equal(j.kind, "summary-table");
  const byId = Object.fromEntries(j.rows.map((x) => [x.row.id, x]));
  assert.equal(byId["scrutiny-grim-28"]?.grim?.verdict, "inconsistent");
  assert.equal(byId["scrutiny-grim-32"]?.grim?.verdict, "consistent");
  assert.equal(byId["scrutiny-grim-28"]?.grimmer, null); // no SD given
  assert.equal(byId["grimmer-35"]?.grimmer?.verdict, "inconsistent");
  assert.equal(byId["grimmer-31"]?.grimmer?.verdict, "consistent");
  assert.equal(byId["scale-20"]?.scale?.verdict, "inconsistent");
  assert.equal(byId["scale-20"]?.row.line, 6);
  const table = await run([fixture("summary.csv")]);
  assert.match(table.out, /5 rows checked/);
  assert.match(table.out, /GRIMMER/);
});

test("a semicolon CSV with decimal commas", async () => {
  const r = await run([fixture("summary-semicolon.csv"), "--json"]);
  assert.equal(r.code, 0);
  const j = JSON.parse(r.out) as { rows: { row: { id: string }; grim: { verdict: string } | null }[] };
  const byId = Object.fromEntries(j.rows.map((x) => [x.row.id, x]));
  // 4,05 with 51 respondents: 206/51 = 4.039 and 207/51 = 4.059 both miss [4.045, 4.055]
  assert.equal(byId["intention-4,05"]?.grim?.verdict, "inconsistent");
  assert.equal(byId["intention-4,3"]?.grim?.verdict, "not-testable");
  // 3,80 with 51: the only total is 194; an SD of 0,90 needs a sum of squares in [778.01, 778.91]
  const ex = byId["example-3,80"] as unknown as { grimmer: { verdict: string; details: { failedTest: string } } };
  assert.equal(ex.grimmer.verdict, "inconsistent");
  assert.equal(ex.grimmer.details.failedTest, "sum-of-squares");
});

test("unreadable input: exit code 2 and a message naming the file (and line), no stack trace", async () => {
  const missing = await run(["/nonexistent/paper.txt"]);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /\/nonexistent\/paper\.txt: cannot read the file: the file does not exist/);
  assert.doesNotMatch(missing.err, /\n\s+at /);

  const cols = await run([fixture("missing-columns.csv")]);
  assert.equal(cols.code, 2);
  assert.match(cols.err, /missing-columns\.csv:1: the header lacks the column sd/);

  const dir = mkdtempSync(join(tmpdir(), "audit-cli-"));
  const bin = join(dir, "binary.txt");
  writeFileSync(bin, Buffer.from("line one\nline two \u0000 binary\n", "latin1"));
  const b = await run([bin]);
  assert.equal(b.code, 2);
  assert.match(b.err, /binary\.txt:2: is not a text file/);

  assert.equal((await run([])).code, 2);
  assert.equal((await run([fixture("summary.csv"), "--bogus"])).code, 2);
  assert.equal((await run(["--help"])).code, 0);
});

test("runs as a script: node --import tsx lib/src/audit/cli.ts <file>", () => {
  const cli = fileURLToPath(new URL("../../lib/src/audit/cli.ts", import.meta.url));
  const ok = spawnSync(process.execPath, ["--import", "tsx", cli, fixture("article-excerpt.md")], { encoding: "utf8" });
  assert.equal(ok.status, 0);
  assert.match(ok.stdout, /2 test results found/);
  const bad = spawnSync(process.execPath, ["--import", "tsx", cli, "/nonexistent.md"], { encoding: "utf8" });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /nonexistent\.md/);
  assert.doesNotMatch(bad.stderr, /\n\s+at /);
});
