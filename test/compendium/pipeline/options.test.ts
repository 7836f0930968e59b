/**
 * Options of `npm run reproduce` found wanting in issue 11, finding 9: the cell time limit and
 * the note on a long cell, --jobs above the number of notebooks, --data naming a file, and
 * file-system errors in plain words.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { reproduce } from "../../../lib/compendium/src/pipeline/reproduce.js";
import { describeFsError } from "../../../lib/compendium/src/pipeline/outputs.js";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const CLI = join(ROOT, "lib", "compendium", "src", "pipeline", "cli.ts");

/** A project with the shipped data and one notebook of the given code cells. */
function miniProject(cells: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), "reproduce-options-"));
  cpSync(join(ROOT, "data"), join(root, "data"), { recursive: true });
  for (const f of ["package.json", "deno.json"]) copyFileSync(join(ROOT, f), join(root, f));
  symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"));
  mkdirSync(join(root, "notebooks"));
  const nb = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [
      { cell_type: "markdown", id: "intro", metadata: {}, source: "# A notebook" },
      ...cells.map((source, i) => ({ cell_type: "code", id: `c${i}`, metadata: {}, source, outputs: [], execution_count: null })),
    ],
  };
  writeFileSync(join(root, "notebooks", "01-only.ipynb"), JSON.stringify(nb));
  return root;
}

function cli(args: readonly string[]): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  return { status: r.status, stderr: r.stderr };
}

test("a cell over --cell-timeout stops the run naming the cell; a long cell is reported while it runs", { timeout: 300_000 }, async () => {
  const root = miniProject(["const a = 1;", "await new Promise((r) => setTimeout(r, 6000));"]);
  const lines: string[] = [];
  await assert.rejects(
    reproduce({
      root,
      dataDir: null,
      outDir: join(root, "reports"),
      kernel: "deno",
      png: false,
      pdf: false,
      cellTimeoutMs: 3000,
      heartbeatMs: 1000,
      log: (l) => lines.push(l),
    }),
    (e: Error) => {
      assert.match(e.message, /01-only\.ipynb: cell 3 \(index 2\)/);
      assert.match(e.message, /time|timed out/i);
      return true;
    },
  );
  const notes = lines.filter((l) => /cell 3 \(code cell 2\/2\) still running after \d+ s of at most 3 s/.test(l));
  assert.ok(notes.length >= 1, lines.join("\n"));
});

test("--jobs above the number of notebooks starts one job per notebook", { timeout: 300_000 }, async () => {
  const root = miniProject(["const a: number = 1 + 1;"]);
  const summary = await reproduce({
    root,
    dataDir: null,
    outDir: join(root, "reports"),
    jobs: 20,
    png: false,
    pdf: false,
    log: () => undefined,
  });
  assert.equal(summary.jobs, 1);
  assert.deepEqual(summary.notebooks, ["01-only.ipynb"]);
});

test("the CLI: --data naming a file, a bad --cell-timeout, an unknown --lang, and an --out inside a file, in plain words", () => {
  const file = join(mkdtempSync(join(tmpdir(), "reproduce-file-")), "respondents.csv");
  writeFileSync(file, "a,b\n1,2\n");
  const data = cli(["--data", file, "--out", join(tmpdir(), "never-written")]);
  assert.equal(data.status, 1);
  assert.match(data.stderr, /--data .*respondents\.csv is a file; give the folder that holds the data files/);
  const timeout = cli(["--cell-timeout", "soon"]);
  assert.equal(timeout.status, 2);
  assert.match(timeout.stderr, /--cell-timeout is soon; expected a number of seconds/);
  const lang = cli(["--lang", "fr"]);
  assert.equal(lang.status, 2);
  assert.match(lang.stderr, /language is "fr"; expected one of: en, nl/);
  const under = cli(["--out", join(file, "reports")]);
  assert.equal(under.status, 1);
  assert.match(under.stderr, /is a file, not a folder/);
  assert.doesNotMatch(under.stderr, /ENOTDIR/);
});

test("file-system errors are described, not given as errno codes", () => {
  const err = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: raw`), { code });
  assert.equal(describeFsError(err("EROFS"), "/x"), "cannot write to /x: the file system is read-only");
  assert.equal(describeFsError(err("EACCES"), "/x"), "cannot write to /x: permission denied");
  assert.equal(describeFsError(err("ENOSPC"), "/x"), "cannot write to /x: the disk is full");
  assert.match(describeFsError(err("ENOTDIR"), "/x"), /is a file, not a folder/);
});
