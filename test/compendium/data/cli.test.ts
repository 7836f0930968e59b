/**
 * The validate command: exit codes, errors listed before warnings, JSON output, and no stack
 * traces for a user's mistakes.
 */
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../../lib/compendium/src/data/cli-validate.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const fixtures = path.join(root, "test/fixtures/data");
const codebook = path.join(fixtures, "codebook");
const cases = path.join(fixtures, "cases");

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

function noStack(text: string): void {
  assert.doesNotMatch(text, /\n\s+at .+[(:]\d+/, "no stack trace");
}

describe("validate CLI", () => {
  test("valid data: exit 0 and a short summary", async () => {
    const r = await run([codebook, "--codebook", codebook]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /: valid; 7 files, 55 rows read, 55 accepted, 0 warnings\./);
    assert.match(
      r.out,
      /respondents-2019-20: .*respondents-2019-20\.csv \(utf-8, comma-separated, decimal point; 4 rows read, 4 accepted\)/,
    );
    assert.equal(r.err, "");
  });

  test("a valid file with warnings: exit 0, warnings listed", async () => {
    const r = await run([path.join(cases, "windows-1252-excel-nl.csv"), "--codebook", codebook, "--resource", "respondents-2019-20"]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /windows-1252, semicolon-separated, decimal comma/);
    assert.match(r.out, /1 warning:\n {2}- .*Windows-1252/);
  });

  test("invalid data: exit 1, every error, then the warnings", async () => {
    const r = await run([path.join(cases, "mixed-decimals.csv"), "--codebook", codebook, "--resource", "respondents-2019-20"]);
    assert.equal(r.code, 1);
    const e = r.err.indexOf("1 error:");
    const w = r.err.indexOf("1 warning:");
    assert.ok(e >= 0 && w > e, r.err);
    assert.match(r.err, /line 5 \(row 3\), column "fte": value "0\.6" has a decimal point/);
    noStack(r.err);
  });

  test("options: --delimiter, --decimal, --sheet, with = too", async () => {
    assert.equal(
      (await run([path.join(cases, "semicolon-options.csv"), "--codebook", codebook, "--delimiter", ";", "--decimal", ","])).code,
      0,
    );
    assert.equal((await run([path.join(cases, "tab-option.tsv"), `--codebook=${codebook}`, "--delimiter=tab"])).code, 0);
    assert.equal(
      (await run([path.join(cases, "named-sheet.xlsx"), "--codebook", codebook, "--sheet", "Data", "--resource", "respondents-2019-20"]))
        .code,
      0,
    );
    const missing = await run([
      path.join(cases, "sheets.xlsx"),
      "--codebook",
      codebook,
      "--sheet",
      "Dta",
      "--resource",
      "respondents-2019-20",
    ]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /did you mean "Data"/);
  });

  test("--json prints the result as JSON", async () => {
    const r = await run([path.join(cases, "scale-6.csv"), "--codebook", codebook, "--resource", "respondents-2019-20", "--json"]);
    assert.equal(r.code, 1);
    const parsed = JSON.parse(r.out) as { ok: boolean; errors: { rule: string; row: number }[] };
    assert.equal(parsed.ok, false);
    assert.deepEqual(
      parsed.errors.map((p) => [p.rule, p.row]),
      [["scale", 2]],
    );
  });

  test("user mistakes: one message, no stack trace, exit 2 (or 1 for a file that is not a table)", async () => {
    const missing = await run([path.join(cases, "no-such-file.csv"), "--codebook", codebook]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /does not exist/);
    noStack(missing.err);
    const noCodebook = await run([cases, "--codebook", path.join(fixtures, "no-codebook-here")]);
    assert.equal(noCodebook.code, 2);
    assert.match(noCodebook.err, /does not exist/);
    noStack(noCodebook.err);
    const binary = await run([path.join(cases, "image.csv"), "--codebook", codebook, "--resource", "respondents-2019-20"]);
    assert.equal(binary.code, 1);
    assert.match(binary.err, /not a table: it looks like a PNG image/);
    noStack(binary.err);
    const unmatched = await run([path.join(cases, "binary.csv"), "--codebook", codebook]);
    assert.equal(unmatched.code, 1);
    assert.match(unmatched.err, /binary file/);
    noStack(unmatched.err);
    const option = await run(["--delimiter"]);
    assert.equal(option.code, 2);
    assert.match(option.err, /--delimiter needs a character/);
    assert.match(option.err, /Usage:/);
    assert.equal((await run(["--decimal", ";"])).code, 2);
    assert.equal((await run(["--frobnicate"])).code, 2);
    assert.equal((await run(["a.csv", "b.csv"])).code, 2);
    assert.equal((await run([path.join(cases, "scale-6.csv"), "--codebook", codebook, "--resource", "respondenten"])).code, 2);
  });

  test("--help", async () => {
    const r = await run(["--help"]);
    assert.equal(r.code, 0);
    assert.match(r.out, /Exit codes: 0 valid, 1 the data have errors, 2 usage or unreadable input/);
  });

  test("runs as a script: node --import tsx lib/compendium/src/data/cli-validate.ts", () => {
    const script = path.join(root, "lib/compendium/src/data/cli-validate.ts");
    const ok = spawnSync(process.execPath, ["--import", "tsx", script, path.join(codebook, "raw"), "--codebook", codebook], {
      cwd: root,
      encoding: "utf8",
    });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /valid/);
    const bad = spawnSync(
      process.execPath,
      ["--import", "tsx", script, path.join(cases, "page.csv"), "--codebook", codebook, "--resource", "respondents-2019-20"],
      { cwd: root, encoding: "utf8" },
    );
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /HTML page/);
    noStack(bad.stderr);
  });
});
