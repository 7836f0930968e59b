/**
 * The command line (lib/notebook-runner/src/cli.ts): exit codes, messages without stack traces,
 * time-outs, Ctrl-C, --jobs, --html, and no kernel left behind in any of these cases.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { fixture, ROOT, tempDir, waitGone } from "./helpers.js";

const tmp = tempDir("runner-cli-");
after(() => tmp.remove());

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; `onStdout` may act on the output so far (e.g. send a signal). */
function cli(args: string[], onStdout?: (soFar: string, pid: number) => void): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "lib", "notebook-runner", "src", "cli.ts"), ...args], {
      cwd: ROOT,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
      onStdout?.(stdout, child.pid ?? -1);
    });
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

const kernelPids = (stdout: string): number[] => [...stdout.matchAll(/kernel ready in [\d.]+ s \(pid (\d+)\)/g)].map((m) => Number(m[1]));

describe("runner CLI", () => {
  it("executes notebooks, writes executed copies and HTML pages, exits 0", async () => {
    const out = join(tmp.path, "ok");
    const r = await cli(["--out", out, "--html", "--kernel", "deno", fixture("deno-basic.ipynb")]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /▶ .*deno-basic\.ipynb \(deno, 5 code cells\)/);
    assert.match(r.stdout, /\[5\/5\]/);
    assert.match(r.stdout, /1 notebook executed in/);
    assert.ok(existsSync(join(out, "deno-basic.ipynb")));
    assert.match(readFileSync(join(out, "deno-basic.html"), "utf8"), /^<!DOCTYPE html>/);
    for (const pid of kernelPids(r.stdout)) assert.equal(await waitGone(pid), true);
  });

  it("stops at the first failing cell: exit 1, notebook/cell/error message, no stack trace", async () => {
    const out = join(tmp.path, "fail");
    const r = await cli(["--out", out, fixture("tslab-failing.ipynb"), fixture("deno-basic.ipynb")]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /✘ .*tslab-failing\.ipynb: cell 3 \(index 2\) failed: const limit = 3;/);
    assert.match(r.stderr, /RangeError: value out of range: 4 > 3/);
    assert.match(r.stderr, /failed: 0 of 2 notebooks executed/);
    assert.doesNotMatch(r.stderr, /cli\.ts|execute\.ts|node:internal|NotebookError/, "no stack trace of the runner");
    assert.equal(existsSync(join(out, "tslab-failing.ipynb")), false);
    assert.equal(existsSync(join(out, "deno-basic.ipynb")), false, "later notebooks are not run");
    for (const pid of kernelPids(r.stdout)) assert.equal(await waitGone(pid), true);
  });

  it("stops a cell at the time limit and kills its kernel", async () => {
    const r = await cli(["--out", join(tmp.path, "timeout"), "--timeout", "1", fixture("tslab-slow.ipynb")]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /tslab-slow\.ipynb: cell 2 \(index 1\): await new Promise/);
    assert.match(r.stderr, /the cell did not finish within 1 s/);
    const [pid] = kernelPids(r.stdout);
    assert.ok(pid !== undefined);
    assert.equal(await waitGone(pid), true);
  });

  it("shuts the kernel down on SIGINT and exits 130", async () => {
    let sent = false;
    const r = await cli(["--out", join(tmp.path, "sigint"), fixture("tslab-slow.ipynb")], (soFar, pid) => {
      if (!sent && /\[1\/3\]/.test(soFar)) {
        sent = true;
        process.kill(pid, "SIGINT");
      }
    });
    assert.equal(sent, true);
    assert.equal(r.code, 130, r.stderr);
    assert.match(r.stderr, /SIGINT: shutting the kernels down/);
    const [pid] = kernelPids(r.stdout);
    assert.ok(pid !== undefined);
    assert.equal(await waitGone(pid), true, "kernel killed after SIGINT");
  });

  it("runs independent notebooks side by side with --jobs", async () => {
    const out = join(tmp.path, "jobs");
    const r = await cli(["--out", out, "--jobs", "2", fixture("deno-basic.ipynb"), fixture("tslab-basic.ipynb")]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /\[deno-basic\] ✔/);
    assert.match(r.stdout, /\[tslab-basic\] ✔/);
    assert.ok(existsSync(join(out, "deno-basic.ipynb")) && existsSync(join(out, "tslab-basic.ipynb")));
  });

  it("rejects bad usage with exit 2", async () => {
    assert.equal((await cli([])).code, 2);
    assert.equal((await cli(["--jobs", "0", "x.ipynb"])).code, 2);
    assert.equal((await cli(["notes.txt"])).code, 2);
    const r = await cli(["a/x.ipynb", "b/x.ipynb"]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /would both be written as x\.ipynb/);
  });

  it("reports an unreadable notebook without a stack trace", async () => {
    const r = await cli(["--out", join(tmp.path, "missing"), join(tmp.path, "does-not-exist.ipynb")]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /cannot read .*does-not-exist\.ipynb/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });
});
