/**
 * Notebook execution with the real tslab kernel (node_modules/tslab): outputs as nbformat
 * stores them, byte-identical re-execution, stop at the first failing cell with a clear
 * message, no kernel process left behind.
 */
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import {
  executeNotebook,
  executeNotebookFile,
  KernelClient,
  liveKernelPids,
  NotebookError,
  parseNotebook,
  tslabKernelSpec,
  type CodeCell,
  type Notebook,
  type ProgressEvent,
} from "../../lib/notebook-runner/src/index.js";
import { fixture, isAlive, ROOT, tempDir, waitGone } from "./helpers.js";

const tmp = tempDir();

/** Runs 300 one-line cells in a new tslab kernel in `cwd`; every printed line must arrive. */
async function printsThreeHundredLines(cwd: string): Promise<void> {
  const kernel = await KernelClient.start(tslabKernelSpec(ROOT), { cwd });
  try {
    let streams = 0;
    for (let i = 0; i < 300; i++) {
      await kernel.execute(`console.log(${i})`, { timeoutMs: 20_000, onIopub: (m) => (streams += m.header.msg_type === "stream" ? 1 : 0) });
    }
    assert.equal(streams, 300);
  } finally {
    await kernel.shutdown();
  }
}

after(() => tmp.remove());

function codeCell(nb: Notebook, id: string): CodeCell {
  const cell = nb.cells.find((c) => c.id === id);
  assert.ok(cell !== undefined && cell.cell_type === "code", `code cell ${id}`);
  return cell;
}

describe("tslab kernel", () => {
  const first = join(tmp.path, "first", "tslab-basic.ipynb");
  const second = join(tmp.path, "second", "tslab-basic.ipynb");
  const events: ProgressEvent[] = [];
  let executed: Notebook;

  before(async () => {
    await executeNotebookFile(fixture("tslab-basic.ipynb"), first, { projectDir: ROOT, onProgress: (e) => events.push(e) });
    // Re-executing the executed copy must clear its outputs and give the same bytes.
    await executeNotebookFile(first, second, { projectDir: ROOT });
    executed = parseNotebook(readFileSync(first, "utf8"));
  });

  it("collects printed output as one merged stdout stream", () => {
    assert.deepEqual(codeCell(executed, "code-1").outputs, [{ output_type: "stream", name: "stdout", text: "hello\nworld\n" }]);
  });

  it("records the last expression's value (tslab prints it to stdout)", () => {
    assert.deepEqual(codeCell(executed, "code-2").outputs, [{ output_type: "stream", name: "stdout", text: "42\n" }]);
    assert.deepEqual(codeCell(executed, "code-8").outputs, [{ output_type: "stream", name: "stdout", text: "[ 1, 4, 9 ]\n" }]);
  });

  it("keeps HTML, Plotly, Markdown and SVG displays with their MIME bundle", () => {
    assert.deepEqual(codeCell(executed, "code-3").outputs, [
      { output_type: "display_data", data: { "text/html": '<p class="greeting">Hello <b>HTML</b> &amp; friends</p>' }, metadata: {} },
    ]);
    assert.deepEqual(codeCell(executed, "code-4").outputs, [
      {
        output_type: "display_data",
        data: {
          "application/vnd.plotly.v1+json": {
            data: [{ type: "bar", x: ["a", "b", "c"], y: [1, 2.5, 3] }],
            layout: { title: { text: "Fixture figure" } },
          },
        },
        metadata: {},
      },
    ]);
    assert.deepEqual(codeCell(executed, "code-10").outputs, [
      { output_type: "display_data", data: { "text/markdown": "*rendered* markdown output" }, metadata: {} },
    ]);
    const svg = codeCell(executed, "code-11").outputs[0];
    assert.ok(svg?.output_type === "display_data" && typeof svg.data["image/svg+xml"] === "string");
  });

  it("supports top-level await and stderr", () => {
    assert.deepEqual(codeCell(executed, "code-5").outputs, [{ output_type: "stream", name: "stdout", text: "awaited 5\n" }]);
    assert.deepEqual(codeCell(executed, "code-7").outputs, [{ output_type: "stream", name: "stderr", text: "a warning on stderr\n" }]);
  });

  it("numbers executed cells 1..n and leaves blank cells unexecuted", () => {
    const counts = executed.cells.flatMap((c) => (c.cell_type === "code" ? [c.execution_count] : []));
    assert.deepEqual(counts, [1, 2, 3, 4, 5, 6, 7, null, 8, 9, 10]);
    assert.deepEqual(codeCell(executed, "code-9").outputs, []);
  });

  it("records language_info and the kernelspec, and no timing metadata", () => {
    assert.deepEqual(executed.metadata.kernelspec, { display_name: "TypeScript", language: "typescript", name: "tslab" });
    const info = executed.metadata.language_info;
    assert.ok(typeof info === "object" && info !== null && !Array.isArray(info) && info.name === "typescript");
    for (const cell of executed.cells) assert.equal(cell.metadata.execution, undefined);
    assert.doesNotMatch(readFileSync(first, "utf8"), /\d{4}-\d\d-\d\dT\d\d:\d\d/, "no timestamps");
  });

  it("writes byte-identical notebooks when executed twice", () => {
    assert.equal(readFileSync(second, "utf8"), readFileSync(first, "utf8"));
  });

  it("reports progress per notebook and per cell, with durations", () => {
    assert.equal(events[0]?.type, "notebook-start");
    assert.equal(events[1]?.type, "kernel-ready");
    assert.equal(events.at(-1)?.type, "notebook-done");
    const done = events.filter((e) => e.type === "cell-done");
    assert.equal(done.length, 10);
    for (const e of done) assert.ok(e.type === "cell-done" && e.status === "ok" && e.durationMs > 0);
    const ready = events[1];
    assert.ok(ready?.type === "kernel-ready");
    assert.equal(isAlive(ready.pid), false, "kernel gone after the run");
  });

  it("stops at the first failing cell, names notebook, cell and error, writes nothing", async () => {
    const out = join(tmp.path, "failing.ipynb");
    let pid = -1;
    const cellsRun: number[] = [];
    await assert.rejects(
      executeNotebookFile(fixture("tslab-failing.ipynb"), out, {
        projectDir: ROOT,
        onProgress: (e) => {
          if (e.type === "kernel-ready") pid = e.pid;
          if (e.type === "cell-done") cellsRun.push(e.cellIndex);
        },
      }),
      (e: unknown) => {
        assert.ok(e instanceof NotebookError);
        assert.equal(e.code, "CELL_FAILED");
        assert.equal(e.location.cellIndex, 2);
        assert.equal(e.location.cellFirstLine, "const limit = 3;");
        assert.equal(e.details?.ename, "RangeError");
        assert.equal(e.details?.evalue, "value out of range: 4 > 3");
        assert.match(e.message, /tslab-failing\.ipynb: cell 3 \(index 2\) failed: const limit = 3;/);
        assert.match(e.message, /RangeError: value out of range: 4 > 3/);
        assert.doesNotMatch(e.message, /\u001b|node_modules[\\/]tslab/);
        return true;
      },
    );
    assert.deepEqual(cellsRun, [0, 2], "the cell after the failure did not run");
    assert.equal(existsSync(out), false);
    assert.equal(await waitGone(pid), true, "kernel process gone after a failure");
  });

  it("reports TypeScript type errors", async () => {
    await assert.rejects(
      executeNotebookFile(fixture("tslab-type-error.ipynb"), join(tmp.path, "te.ipynb"), { projectDir: ROOT }),
      (e: unknown) => {
        assert.ok(e instanceof NotebookError && e.code === "CELL_FAILED");
        assert.equal(e.details?.ename, "TSError");
        assert.match(e.message, /Type 'string' is not assignable to type 'number'/);
        return true;
      },
    );
  });

  it("goes on after a cell tagged raises-exception (resending what tslab aborted)", async () => {
    const { notebook } = await executeNotebook(parseNotebook(readFileSync(fixture("tslab-allowed-error.ipynb"), "utf8")), {
      projectDir: ROOT,
      cwd: tmp.path,
    });
    const [failing, next] = notebook.cells as [CodeCell, CodeCell];
    assert.equal(failing.execution_count, 1);
    assert.ok(failing.outputs.some((o) => o.output_type === "stream" && o.name === "stderr" && o.text.includes("Error: shown on purpose")));
    assert.equal(next.execution_count, 2);
    assert.deepEqual(next.outputs, [{ output_type: "stream", name: "stdout", text: "after the allowed error\n" }]);
  });

  it("runs several notebooks in one kernel that the caller owns", async () => {
    const kernel = await KernelClient.start(tslabKernelSpec(ROOT), { cwd: tmp.path });
    try {
      const nb = parseNotebook(
        JSON.stringify({
          nbformat: 4,
          nbformat_minor: 4,
          metadata: {},
          cells: [{ cell_type: "code", source: "let shared = 1;", metadata: {}, outputs: [], execution_count: null }],
        }),
      );
      await executeNotebook(nb, { kernel });
      const nb2 = parseNotebook(
        JSON.stringify({
          nbformat: 4,
          nbformat_minor: 4,
          metadata: {},
          cells: [{ cell_type: "code", source: "console.log(shared + 1)", metadata: {}, outputs: [], execution_count: null }],
        }),
      );
      const { notebook, startupMs } = await executeNotebook(nb2, { kernel });
      assert.equal(startupMs, 0);
      assert.deepEqual((notebook.cells[0] as CodeCell).outputs, [{ output_type: "stream", name: "stdout", text: "2\n" }]);
      assert.equal(kernel.alive, true, "a kernel passed in is left running");
    } finally {
      await kernel.shutdown();
    }
  });

  it("survives more than 512 iopub messages in one kernel (zeromq send-queue shim)", async () => {
    // Without the shim, tslab loses a message once its iopub socket has sent ~512 of them
    // and the cell never finishes; 300 cells publish well over 1000.
    await printsThreeHundredLines(tmp.path);
  });

  it("survives more than 512 iopub messages when tslab hands the kernel to another tslab above its working folder", async () => {
    // tslab's "find local": a kernel whose working folder lies below another project with
    // tslab runs that tslab, which loads that project's zeromq. The shim must patch it too.
    const other = join(tmp.path, "other-project");
    const modules = join(other, "node_modules");
    mkdirSync(modules, { recursive: true });
    for (const dep of ["tslab", "zeromq"]) cpSync(join(ROOT, "node_modules", dep), join(modules, dep), { recursive: true });
    for (const dep of readdirSync(join(ROOT, "node_modules"))) {
      if (dep !== "tslab" && dep !== "zeromq" && !dep.startsWith(".")) symlinkSync(join(ROOT, "node_modules", dep), join(modules, dep));
    }
    const cwd = join(other, "notebooks");
    mkdirSync(cwd);
    await printsThreeHundredLines(cwd);
  });

  it("leaves no kernel process behind", () => {
    assert.deepEqual(liveKernelPids(), []);
  });
});
