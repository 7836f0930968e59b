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
import { main } from "../../lib/audit/src/cli.js";

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
  const j = JSON.parse(r.out) as {
    kind: string;
    entries: { extracted: { line: number }; check: { verdict: string; details: { decisionError: boolean } } }[];
  };
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
  const j = JSON.parse(r.out) as {
    kind: string;
    rows: {
      row: { id: string; line: number };
      grim: { verdict: string } | null;
      grimmer: { verdict: string } | null;
      scale: { verdict: string } | null;
    }[];
  };
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

test("issue 11: t(0) = 3, p = .04 is reported as not testable and the rest of the file is still audited", async () => {
  const r = await run([fixture("zero-df.md")]);
  assert.equal(r.code, 0);
  assert.equal(r.err, "");
  assert.doesNotMatch(r.out, /internal error/);
  assert.match(r.out, /3 test results found/);
  assert.match(r.out, /t\(0\) = 3, p = \.04\s+-\s+not-testable/);
  assert.match(r.out, /\(line 3\) t\(0\) = 3 has 0 degrees of freedom; degrees of freedom must be positive/);
  assert.match(r.out, /\(line 4\) t\(28\) = 2\.20 gives p = 0\.0362/);
  assert.match(r.out, /\(line 4\) r\(49\) = \.57 gives/);
  const j = JSON.parse((await run([fixture("zero-df.md"), "--json"])).out) as { entries: { check: { verdict: string } }[] };
  assert.deepEqual(
    j.entries.map((e) => e.check.verdict),
    ["not-testable", "inconsistent", "consistent"],
  );
});

test("issue 11: a mean in Markdown is not skipped silently; the output says means need the CSV form", async () => {
  const r = await run([fixture("descriptives.md")]);
  assert.equal(r.code, 0);
  assert.match(r.out, /1 test result found/);
  assert.match(r.out, /1 mean found but not checked: means need the CSV form/);
  assert.match(r.out, /\(line 3\) M = 3\.47, SD = 1\.12, N = 25 {2}→ {2}line-3,3\.47,1\.12,25,,,/);
  const j = JSON.parse((await run([fixture("descriptives.md"), "--json"])).out) as {
    unchecked: { mean: string; sd: string; n: string; reason: string }[];
  };
  assert.deepEqual(
    j.unchecked.map((d) => [d.mean, d.sd, d.n]),
    [["3.47", "1.12", "25"]],
  );
  assert.match(j.unchecked[0]?.reason ?? "", /\.csv file/);
});

test("issue 11: a CSV row with n = 1e9 finishes (too large to enumerate) and the other rows are checked", async () => {
  const t0 = performance.now();
  const r = await run([fixture("large-n.csv"), "--json"]);
  assert.ok(performance.now() - t0 < 10_000, "bounded work per row");
  assert.equal(r.code, 0);
  type Check = { verdict: string; reason: string } | null;
  const j = JSON.parse(r.out) as { rows: { row: { id: string }; grim: Check; grimmer: Check; scale: Check }[] };
  const byId = Object.fromEntries(j.rows.map((x) => [x.row.id, x]));
  assert.equal(byId.billion?.grim?.verdict, "not-testable");
  assert.equal(byId.billion?.grimmer?.verdict, "consistent"); // a witness is found at once
  assert.equal(byId.billion?.scale?.verdict, "not-testable");
  assert.match(byId.billion?.scale?.reason ?? "", /^Too large to enumerate/);
  assert.equal(byId["billion-sd-too-large"]?.grimmer?.verdict, "not-testable");
  assert.match(byId["billion-sd-too-large"]?.grimmer?.reason ?? "", /^Too large to enumerate/);
  assert.equal(byId["billion-sd-too-large"]?.scale?.verdict, "inconsistent");
  assert.equal(byId["grimmer-35"]?.grimmer?.verdict, "inconsistent");
  // mean 2.81, SD 0.88, n = 21 on 1–7: inside the scale bounds, impossible by GRIMMER
  assert.equal(byId["within-scale-not-grimmer"]?.scale?.verdict, "consistent");
  assert.equal(byId["within-scale-not-grimmer"]?.grimmer?.verdict, "inconsistent");
  const table = await run([fixture("large-n.csv")]);
  assert.match(table.out, /4 rows checked/);
  assert.match(
    table.out,
    /Scale: On a scale from 1 to 7, 21 respondents with a mean of 2\.81 can have an SD from 0\.402 to 2\.75, which includes the reported 0\.88\./,
  );
  assert.match(table.out, /GRIMMER: No whole-number data from 21 respondents with a mean of 2\.81 have an SD that rounds to 0\.88/);
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

test("runs as a script: node --import tsx lib/audit/src/bin.ts <file>", () => {
  const cli = fileURLToPath(new URL("../../lib/audit/src/bin.ts", import.meta.url));
  const ok = spawnSync(process.execPath, ["--import", "tsx", cli, fixture("article-excerpt.md")], { encoding: "utf8" });
  assert.equal(ok.status, 0);
  assert.match(ok.stdout, /2 test results found/);
  const bad = spawnSync(process.execPath, ["--import", "tsx", cli, "/nonexistent.md"], { encoding: "utf8" });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /nonexistent\.md/);
  assert.doesNotMatch(bad.stderr, /\n\s+at /);
});
