/**
 * The output folder as a transaction (lib/compendium/src/pipeline/outputs.ts): the pipeline never
 * removes what it did not write, refuses folders that are not its own, keeps the previous
 * outputs whole when a run fails or is interrupted, lets one run at a time write, and
 * completes a commit that a killed run began.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JOURNAL, LOCK, MANIFEST, openOutput, OutputError } from "../../../lib/compendium/src/pipeline/outputs.js";

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
  assert.deepEqual(
    listing(out).map((f) => `${f}:${readFileSync(join(out, f), "utf8")}`),
    before,
  );
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
  writeFileSync(join(out, LOCK), JSON.stringify({ pid: dead.pid, host: hostname(), started: "earlier" }));
  const again = await openOutput({ out, root, isDefault: true });
  stage(again.staging, "3");
  await again.commit();
  assert.equal(readFileSync(join(out, "report.html"), "utf8"), "report 3");
});

/** Contents of every file below `dir`, for comparing whole output folders. */
function contents(dir: string): string[] {
  return listing(dir).map((f) => `${f}: ${readFileSync(join(dir, f), "utf8")}`);
}

test("a run stopped at any step of its commit: the next run completes it, whole (finding 3)", async () => {
  const steps: string[] = [];
  {
    // Learn the steps of a commit.
    const root = project();
    const out = join(root, "reports");
    const first = await openOutput({ out, root, isDefault: true });
    stage(first.staging, "1");
    await first.commit();
    const tx = await openOutput({ out, root, isDefault: true, onCommitStep: (s) => steps.push(s) });
    stage(tx.staging, "2");
    await tx.commit();
  }
  assert.ok(steps.length >= 8, steps.join(", "));
  for (const [k, step] of steps.entries()) {
    const root = project();
    const out = join(root, "reports");
    const first = await openOutput({ out, root, isDefault: true });
    stage(first.staging, "1");
    await first.commit();
    const old = contents(out);
    let n = 0;
    const tx = await openOutput({
      out,
      root,
      isDefault: true,
      onCommitStep: () => {
        if (n++ === k) throw new Error(`stopped before ${step}`);
      },
    });
    stage(tx.staging, "2");
    await assert.rejects(tx.commit(), /stopped before/);
    tx.abandonSync(); // what the exit handler does when the process is stopped there
    const after = contents(out).filter((l) => !l.startsWith(".reproduce"));
    const oldVisible = old.filter((l) => !l.startsWith(".reproduce"));
    if (k === 0) assert.deepEqual(after, oldVisible, `stopped before ${step}: the previous outputs stay`);
    // The next run completes the commit before anything else.
    const next = await openOutput({ out, root, isDefault: true });
    await next.abandon();
    assert.deepEqual(
      contents(out).filter((l) => !l.startsWith(".reproduce")),
      k === 0
        ? oldVisible
        : [
            "README.md: project file\n",
            "figures/fig.png: png 2",
            "notebooks/01-a.ipynb: nb 2",
            "report.html: report 2",
            'results.json: {"tag":"2"}',
          ],
      `stopped before ${step}`,
    );
    assert.deepEqual(
      readdirSync(out).filter((f) => f.startsWith(".reproduce") && f !== MANIFEST),
      [],
      `stopped before ${step}: leftovers`,
    );
  }
});

test("a journal that was not written by a commit here is refused and deletes nothing (review: crafted journal)", async () => {
  const base = mkdtempSync(join(tmpdir(), "outputs-journal-"));
  const out = join(base, "out");
  mkdirSync(join(base, "thesis"));
  writeFileSync(join(base, "thesis", "chapter.md"), "mine");
  mkdirSync(join(out, "notebooks"), { recursive: true });
  writeFileSync(join(out, "notebooks", "mine.ipynb"), "mine");
  for (const journal of [
    { staging: ".reproduce-staging-x", trash: "../thesis", entries: [], previous: ["notebooks"], previousFiles: [] },
    { staging: ".reproduce-staging-x", trash: ".reproduce-trash-x", entries: [], previous: ["notebooks"], previousFiles: [] },
    { staging: "../thesis", trash: ".reproduce-trash-x", entries: ["chapter.md"], previous: [], previousFiles: [] },
  ]) {
    writeFileSync(join(out, JOURNAL), JSON.stringify(journal));
    const root = project();
    await assert.rejects(
      openOutput({ out, root, isDefault: false }),
      (e: unknown) => e instanceof OutputError && e.code === "FOREIGN_FILES" && /does not describe an unfinished run/.test(e.message),
    );
    assert.equal(readFileSync(join(base, "thesis", "chapter.md"), "utf8"), "mine");
    assert.equal(readFileSync(join(out, "notebooks", "mine.ipynb"), "utf8"), "mine");
  }
});

test("reports/ without a manifest: only this run's own output names are replaced; a user's figure or notebook is refused (review: legacy)", async () => {
  const root = project();
  const out = join(root, "reports");
  mkdirSync(join(out, "figures"));
  mkdirSync(join(out, "notebooks"));
  writeFileSync(join(out, "figures", "holiday.png"), "mine");
  writeFileSync(join(out, "notebooks", "10-my-analysis.ipynb"), "mine");
  for (const f of ["figures/holiday.png", "notebooks/10-my-analysis.ipynb"]) {
    await assert.rejects(
      openOutput({ out, root, isDefault: true, notebooks: ["01-a.ipynb"] }),
      (e: unknown) => e instanceof OutputError && e.message.includes(f.split("/")[1] as string),
    );
    rmSync(join(out, f));
  }
  // Outputs of an earlier version of the pipeline (no manifest) are replaced.
  writeFileSync(join(out, "report.html"), "old");
  writeFileSync(join(out, "notebooks", "01-a.ipynb"), "old");
  const tx = await openOutput({ out, root, isDefault: true, notebooks: ["01-a.ipynb"] });
  stage(tx.staging, "new");
  await tx.commit();
  assert.equal(readFileSync(join(out, "report.html"), "utf8"), "report new");
  assert.equal(readFileSync(join(out, "README.md"), "utf8"), "project file\n");
});

test("an output changed after the run wrote it is not replaced (its hash differs from the manifest's)", async () => {
  const root = project();
  const out = join(root, "reports");
  const tx = await openOutput({ out, root, isDefault: true });
  stage(tx.staging, "1");
  await tx.commit();
  writeFileSync(join(out, "notebooks", "01-a.ipynb"), "my edits");
  await assert.rejects(
    openOutput({ out, root, isDefault: true }),
    (e: unknown) => e instanceof OutputError && /changed since npm run reproduce wrote them: .*01-a\.ipynb/.test(e.message),
  );
  assert.equal(readFileSync(join(out, "notebooks", "01-a.ipynb"), "utf8"), "my edits");
});

test("two runs taking over a stale lock at once: exactly one gets it (review: lock race)", async () => {
  const root = project();
  const out = join(root, "reports");
  const dead = spawn(process.execPath, ["-e", ""]);
  await new Promise((r) => dead.on("exit", r));
  for (let round = 0; round < 5; round++) {
    writeFileSync(join(out, LOCK), JSON.stringify({ pid: dead.pid, host: hostname(), started: "earlier" }));
    const results = await Promise.allSettled([openOutput({ out, root, isDefault: true }), openOutput({ out, root, isDefault: true })]);
    const won = results.filter((r) => r.status === "fulfilled");
    assert.equal(won.length, 1, JSON.stringify(results.map((r) => (r.status === "rejected" ? String(r.reason) : "ok"))));
    const lost = results.find((r) => r.status === "rejected");
    assert.ok(lost !== undefined && lost.reason instanceof OutputError && lost.reason.code === "LOCKED");
    await (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof openOutput>>>).value.abandon();
  }
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
