/**
 * The output folder as a transaction (lib/src/pipeline/outputs.ts): the pipeline never
 * removes what it did not write, refuses folders that are not its own, keeps the previous
 * outputs whole when a run fails or is interrupted, lets one run at a time write, and
 * completes a commit that a killed run began.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JOURNAL, LOCK, MANIFEST, openOutput, OutputError } from "../../lib/src/pipeline/outputs.js";

function project(): string {
  const root = mkdtempSync(join(tmpdir(), "outputs-root-"));
  for (const d of ["notebooks", "data", "lib"]) mkdirSync(join(root, d));
  writeFileSync(join(root, "notebooks", "01-a.ipynb"), "{}");
  writeFileSync(join(root, "data", "x.csv"), "a\n1\n");
  mkdirSync(join(root, "reports"));
  writeFileSync(join(root, "reports", "README.md"), "project file\n");
  return root;
}

/** Writes a complete set of outputs into the staging folder. */
function stage(staging: string, tag: string, figures = true): void {
  mkdirSync(join(staging, "notebooks"), { recursive: true });
  writeFileSync(join(staging, "report.html"), `report ${tag}`);
  writeFileSync(join(staging, "results.json"), `{"tag":"${tag}"}`);
  writeFileSync(join(staging, "notebooks", "01-a.ipynb"), `nb ${tag}`);
  if (figures) {
    mkdirSync(join(staging, "figures"), { recursive: true });
    writeFileSync(join(staging, "figures", "fig.png"), `png ${tag}`);
  }
}

function listing(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
      else out.push(`${prefix}${e.name}`);
    }
  };
  walk(dir, "");
  return out;
}

const code = (c: string) => (e: unknown) => e instanceof OutputError && e.code === c;

test("--out on a folder with files it did not write is refused, and those files stay (finding 1)", async () => {
  const root = project();
  const d = mkdtempSync(join(tmpdir(), "outputs-user-"));
  mkdirSync(join(d, "notebooks"));
  mkdirSync(join(d, "figures"));
  writeFileSync(join(d, "notebooks", "my-analysis.ipynb"), "mine");
  writeFileSync(join(d, "figures", "holiday.png"), "mine");
  await assert.rejects(openOutput({ out: d, root, isDefault: false }), (e: unknown) => {
    assert.ok(e instanceof OutputError && e.code === "NOT_EMPTY", String(e));
    assert.match(e.message, /is not an output folder of npm run reproduce/);
    return true;
  });
  assert.equal(readFileSync(join(d, "notebooks", "my-analysis.ipynb"), "utf8"), "mine");
  assert.equal(readFileSync(join(d, "figures", "holiday.png"), "utf8"), "mine");
  assert.deepEqual(listing(d), ["figures/holiday.png", "notebooks/my-analysis.ipynb"], "no lock or staging folder left behind");
});

test("--out on the project, its sources, the data, or a file is refused (finding 1)", async () => {
  const root = project();
  await assert.rejects(openOutput({ out: root, root, isDefault: false }), code("PROTECTED"));
  await assert.rejects(openOutput({ out: join(root, ".."), root, isDefault: false }), code("PROTECTED"));
  await assert.rejects(openOutput({ out: join(root, "notebooks"), root, isDefault: false }), code("PROTECTED"));
  await assert.rejects(openOutput({ out: join(root, "data", "out"), root, isDefault: false }), code("PROTECTED"));
  const data = mkdtempSync(join(tmpdir(), "outputs-data-"));
  await assert.rejects(openOutput({ out: join(data, "reports"), root, isDefault: false, protect: [data] }), code("PROTECTED"));
  const file = join(root, "a-file");
  writeFileSync(file, "x");
  await assert.rejects(openOutput({ out: file, root, isDefault: false }), code("NOT_A_FOLDER"));
  assert.equal(readFileSync(join(root, "notebooks", "01-a.ipynb"), "utf8"), "{}");
  assert.ok(!existsSync(join(root, "data", "out")), "no folder created inside the data");
});

test("a commit replaces only the pipeline's own files; the project's README and a user's files stay", async () => {
  const root = project();
  const out = join(root, "reports");
  let tx = await openOutput({ out, root, isDefault: true });
  stage(tx.staging, "1");
  await tx.commit();
  assert.deepEqual(listing(out), [MANIFEST, "README.md", "figures/fig.png", "notebooks/01-a.ipynb", "report.html", "results.json"]);
  writeFileSync(join(out, "my-notes.md"), "mine");
  tx = await openOutput({ out, root, isDefault: true });
  stage(tx.staging, "2", false);
  const written = await tx.commit();
  assert.equal(written.length, 3);
  assert.equal(readFileSync(join(out, "report.html"), "utf8"), "report 2");
  assert.equal(readFileSync(join(out, "my-notes.md"), "utf8"), "mine");
  assert.equal(readFileSync(join(out, "README.md"), "utf8"), "project file\n");
  assert.ok(!existsSync(join(out, "figures")), "figures of the earlier run do not stay beside the new report");
  // A file of the user inside an output folder of the pipeline: refused before anything moves.
  writeFileSync(join(out, "notebooks", "holiday.ipynb"), "mine");
  await assert.rejects(openOutput({ out, root, isDefault: true }), (e: unknown) => {
    assert.ok(e instanceof OutputError && e.code === "FOREIGN_FILES");
    assert.match(e.message, /holiday\.ipynb/);
    return true;
  });
  assert.equal(readFileSync(join(out, "notebooks", "holiday.ipynb"), "utf8"), "mine");
  assert.ok(!existsSync(join(out, LOCK)), "the refused run released the lock");
});

test("a failed or abandoned run leaves the previous outputs whole, and a new folder it made absent (finding 3)", async () => {
  const root = project();
  const out = join(root, "reports");
  const first = await openOutput({ out, root, isDefault: true });
  stage(first.staging, "1");
  await first.commit();
  const before = listing(out).map((f) => `${f}:${readFileSync(join(out, f), "utf8")}`);
  const tx = await openOutput({ out, root, isDefault: true });
  stage(tx.staging, "2");
  await tx.abandon();
  assert.deepEqual(listing(out).map((f) => `${f}:${readFileSync(join(out, f), "utf8")}`), before);
  const fresh = join(mkdtempSync(join(tmpdir(), "outputs-new-")), "a", "b");
  const tx2 = await openOutput({ out: fresh, root, isDefault: false });
  stage(tx2.staging, "x");
  tx2.abandonSync();
  assert.ok(!existsSync(join(fresh, "..")), "the folders this run created are removed again");
});

test("one run per output folder: a second is refused naming the first; a lock of a process that is gone is taken over (finding 3)", async () => {
  const root = project();
  const out = join(root, "reports");
  const tx = await openOutput({ out, root, isDefault: true });
  await assert.rejects(openOutput({ out, root, isDefault: true }), (e: unknown) => {
    assert.ok(e instanceof OutputError && e.code === "LOCKED");
    assert.match(e.message, new RegExp(`process ${process.pid}`));
    return true;
  });
  await tx.abandon();
  // A lock left by a process that no longer runs.
  const dead = spawn(process.execPath, ["-e", ""]);
  await new Promise((r) => dead.on("exit", r));
  writeFileSync(join(out, LOCK), JSON.stringify({ pid: dead.pid, host: (await import("node:os")).hostname(), started: "earlier" }));
  const again = await openOutput({ out, root, isDefault: true });
  stage(again.staging, "3");
  await again.commit();
  assert.equal(readFileSync(join(out, "report.html"), "utf8"), "report 3");
});

test("a commit interrupted between its renames is completed by the next run (finding 3)", async () => {
  const root = project();
  const out = join(root, "reports");
  const first = await openOutput({ out, root, isDefault: true });
  stage(first.staging, "1");
  await first.commit();
  // Simulate a run killed after moving the old report.html to the trash and before the rest.
  const staging = ".reproduce-staging-999-dead";
  const trash = ".reproduce-trash-999-dead";
  stage(join(out, staging), "2");
  writeFileSync(join(out, staging, MANIFEST), JSON.stringify({ writtenBy: "test", files: ["figures/fig.png", "notebooks/01-a.ipynb", "report.html", "results.json"] }));
  mkdirSync(join(out, trash));
  const { renameSync } = await import("node:fs");
  renameSync(join(out, "report.html"), join(out, trash, "report.html"));
  renameSync(join(out, staging, "report.html"), join(out, "report.html"));
  writeFileSync(join(out, JOURNAL), JSON.stringify({ staging, trash, entries: ["figures", "notebooks", "report.html", "results.json"], previous: ["figures", "notebooks", "report.html", "results.json"] }));
  const tx = await openOutput({ out, root, isDefault: true });
  await tx.abandon();
  for (const [f, text] of [["report.html", "report 2"], ["results.json", '{"tag":"2"}'], ["notebooks/01-a.ipynb", "nb 2"], ["figures/fig.png", "png 2"]] as const) {
    assert.equal(readFileSync(join(out, f), "utf8"), text, f);
  }
  assert.deepEqual(listing(out), [MANIFEST, "README.md", "figures/fig.png", "notebooks/01-a.ipynb", "report.html", "results.json"]);
});

test("file-system errors are sentences, not errno codes (finding 9)", async () => {
  const root = project();
  const file = join(root, "a-file");
  writeFileSync(file, "x");
  await assert.rejects(openOutput({ out: join(file, "reports"), root, isDefault: false }), (e: unknown) => {
    assert.ok(e instanceof OutputError);
    assert.doesNotMatch(e.message, /ENOTDIR|EROFS|EACCES/);
    assert.match(e.message, /is a file, not a folder/);
    return true;
  });
});
