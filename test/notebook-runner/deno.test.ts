/**
 * Notebook execution with the real Deno kernel (`deno jupyter --kernel`, from the deno npm
 * package): execute_result, full MIME bundles from `Deno.jupyter.display(bundle, { raw: true })`,
 * error outputs, derived cell ids, byte-identical re-execution, no leftover process.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import {
  executeNotebookFile,
  liveKernelPids,
  NotebookError,
  parseNotebook,
  stripAnsi,
  type CodeCell,
  type Notebook,
} from "../../lib/notebook-runner/src/index.js";
import { fixture, ROOT, tempDir, waitGone } from "./helpers.js";

const tmp = tempDir();
after(() => tmp.remove());

describe("Deno kernel", () => {
  const first = join(tmp.path, "a", "deno-basic.ipynb");
  const second = join(tmp.path, "b", "deno-basic.ipynb");
  let executed: Notebook;
  let pid = -1;

  before(async () => {
    await executeNotebookFile(fixture("deno-basic.ipynb"), first, {
      projectDir: ROOT,
      onProgress: (e) => {
        if (e.type === "kernel-ready") pid = e.pid;
      },
    });
    await executeNotebookFile(fixture("deno-basic.ipynb"), second, { projectDir: ROOT });
    executed = parseNotebook(readFileSync(first, "utf8"));
  });

  const cell = (index: number): CodeCell => {
    const c = executed.cells[index];
    assert.ok(c?.cell_type === "code");
    return c;
  };

  it("derives missing nbformat 4.5 cell ids from the index", () => {
    assert.deepEqual(
      executed.cells.map((c) => c.id),
      ["cell-0", "cell-1", "cell-2", "cell-3", "cell-4", "cell-5"],
    );
  });

  it("stores prints as streams and the last value as execute_result", () => {
    assert.deepEqual(cell(1).outputs, [{ output_type: "stream", name: "stdout", text: "hello from deno\n" }]);
    const result = cell(2).outputs[0];
    assert.ok(result?.output_type === "execute_result");
    assert.equal(result.execution_count, 2);
    assert.equal(stripAnsi(String(result.data["text/plain"])), "42");
  });

  it("keeps the full multi-MIME bundle of Deno.jupyter.display", () => {
    assert.deepEqual(cell(3).outputs, [
      {
        output_type: "display_data",
        data: {
          "text/plain": "a figure",
          "text/html": "<div>a <i>figure</i></div>",
          "application/vnd.plotly.v1+json": { data: [{ type: "scatter", x: [1, 2, 3], y: [3, 1, 2] }], layout: {} },
        },
        metadata: {},
      },
    ]);
  });

  it("supports top-level await and stderr", () => {
    assert.deepEqual(cell(4).outputs, [{ output_type: "stream", name: "stdout", text: "awaited 7\n" }]);
    assert.deepEqual(cell(5).outputs, [{ output_type: "stream", name: "stderr", text: "a warning on stderr\n" }]);
  });

  it("records Deno's language_info and kernelspec", () => {
    assert.deepEqual(executed.metadata.kernelspec, { display_name: "Deno", language: "typescript", name: "deno" });
    const info = executed.metadata.language_info;
    assert.ok(typeof info === "object" && info !== null && !Array.isArray(info) && info.name === "typescript");
  });

  it("writes byte-identical notebooks when executed twice", () => {
    assert.equal(readFileSync(second, "utf8"), readFileSync(first, "utf8"));
  });

  it("stops at the first failing cell with the kernel's ename and evalue", async () => {
    const out = join(tmp.path, "deno-failing.ipynb");
    await assert.rejects(executeNotebookFile(fixture("deno-failing.ipynb"), out, { projectDir: ROOT }), (e: unknown) => {
      assert.ok(e instanceof NotebookError);
      assert.equal(e.code, "CELL_FAILED");
      assert.equal(e.location.cellIndex, 1);
      assert.deepEqual([e.details?.ename, e.details?.evalue], ["TypeError", "deliberate failure in deno"]);
      assert.match(
        e.message,
        /deno-failing\.ipynb: cell 2 \(index 1\) failed: throw new TypeError\("deliberate failure in deno"\);\nTypeError: deliberate failure in deno/,
      );
      assert.doesNotMatch(e.message, /\u001b/);
      return true;
    });
    assert.equal(existsSync(out), false);
  });

  it("leaves no kernel process behind", async () => {
    assert.equal(await waitGone(pid), true);
    assert.deepEqual(liveKernelPids(), []);
  });
});
