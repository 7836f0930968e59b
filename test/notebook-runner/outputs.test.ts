/** iopub messages to nbformat outputs, with nbclient's rules. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  CellOutputCollector,
  DisplayRegistry,
  errorDetails,
  formatCellFailure,
  newHeader,
  type JsonObject,
  type JupyterMessage,
} from "../../lib/notebook-runner/src/index.js";

const msg = (type: string, content: JsonObject): JupyterMessage => ({
  header: newHeader(type, "k"),
  parentHeader: undefined,
  metadata: {},
  content,
  buffers: [],
});

describe("CellOutputCollector", () => {
  it("merges consecutive streams of the same name only", () => {
    const c = new CellOutputCollector(new DisplayRegistry());
    c.handle(msg("stream", { name: "stdout", text: "a\n" }));
    c.handle(msg("stream", { name: "stdout", text: "b\n" }));
    c.handle(msg("stream", { name: "stderr", text: "e\n" }));
    c.handle(msg("stream", { name: "stdout", text: "c\n" }));
    assert.deepEqual(c.outputs, [
      { output_type: "stream", name: "stdout", text: "a\nb\n" },
      { output_type: "stream", name: "stderr", text: "e\n" },
      { output_type: "stream", name: "stdout", text: "c\n" },
    ]);
  });

  it("keeps display_data with its full MIME bundle and execute_result with its count", () => {
    const c = new CellOutputCollector(new DisplayRegistry());
    c.handle(msg("execute_input", { code: "x", execution_count: 4 }));
    c.handle(
      msg("display_data", {
        data: { "text/plain": "p", "text/html": "<b>h</b>", "application/vnd.plotly.v1+json": { data: [] } },
        metadata: {},
        transient: {},
      }),
    );
    c.handle(msg("execute_result", { data: { "text/plain": "42" }, metadata: {}, execution_count: 4 }));
    c.handle(msg("status", { execution_state: "idle" }));
    assert.deepEqual(c.outputs, [
      {
        output_type: "display_data",
        data: { "text/plain": "p", "text/html": "<b>h</b>", "application/vnd.plotly.v1+json": { data: [] } },
        metadata: {},
      },
      { output_type: "execute_result", execution_count: 4, data: { "text/plain": "42" }, metadata: {} },
    ]);
    assert.equal(c.executionCount, 4);
  });

  it("clears at once, or before the next output with wait=true", () => {
    const c = new CellOutputCollector(new DisplayRegistry());
    c.handle(msg("stream", { name: "stdout", text: "1" }));
    c.handle(msg("clear_output", { wait: false }));
    assert.deepEqual(c.outputs, []);
    c.handle(msg("stream", { name: "stdout", text: "2" }));
    c.handle(msg("clear_output", { wait: true }));
    assert.equal(c.outputs.length, 1, "wait=true keeps the output until the next one");
    c.handle(msg("stream", { name: "stdout", text: "3" }));
    assert.deepEqual(c.outputs, [{ output_type: "stream", name: "stdout", text: "3" }]);
  });

  it("updates earlier displays by display_id, across cells, without adding outputs", () => {
    const displays = new DisplayRegistry();
    const first = new CellOutputCollector(displays);
    first.handle(msg("display_data", { data: { "text/plain": "v1" }, metadata: {}, transient: { display_id: "d1" } }));
    const second = new CellOutputCollector(displays);
    second.handle(msg("update_display_data", { data: { "text/plain": "v2" }, metadata: { m: 1 }, transient: { display_id: "d1" } }));
    assert.deepEqual(second.outputs, []);
    assert.deepEqual(first.outputs, [{ output_type: "display_data", data: { "text/plain": "v2" }, metadata: { m: 1 } }]);
    // A new display_data with the same id updates the old one and is added as well.
    second.handle(msg("display_data", { data: { "text/plain": "v3" }, metadata: {}, transient: { display_id: "d1" } }));
    assert.deepEqual(first.outputs[0], { output_type: "display_data", data: { "text/plain": "v3" }, metadata: {} });
    assert.equal(second.outputs.length, 1);
  });

  it("stores error outputs as nbformat does", () => {
    const c = new CellOutputCollector(new DisplayRegistry());
    c.handle(msg("error", { ename: "TypeError", evalue: "boom", traceback: ["TypeError: boom", "  at <anonymous>:1:1"] }));
    assert.deepEqual(c.outputs, [
      { output_type: "error", ename: "TypeError", evalue: "boom", traceback: ["TypeError: boom", "  at <anonymous>:1:1"] },
    ]);
  });
});

describe("errorDetails", () => {
  it("uses the execute_reply's ename, evalue, traceback when present (Deno, IPython)", () => {
    const d = errorDetails(
      { status: "error", ename: "TypeError", evalue: "\u001b[31mboom\u001b[0m", traceback: ["\u001b[31mTypeError\u001b[0m: boom"] },
      [],
    );
    assert.deepEqual(d, { ename: "TypeError", evalue: "boom", traceback: ["TypeError: boom"] });
  });

  it("reads a JavaScript error from tslab's stderr", () => {
    const stderr =
      'evalmachine.<anonymous>:2\nthrow new RangeError("x");\n^\n\nRangeError: value out of range\n    at evalmachine.<anonymous>:2:7\n';
    const d = errorDetails({ status: "error", execution_count: 1 }, [{ output_type: "stream", name: "stderr", text: stderr }]);
    assert.equal(d.ename, "RangeError");
    assert.equal(d.evalue, "value out of range");
  });

  it("reports tslab's TypeScript diagnostics as TSError", () => {
    const d = errorDetails({ status: "error" }, [
      {
        output_type: "stream",
        name: "stderr",
        text: "1:7 - Type 'string' is not assignable to type 'number'.\n2:1 - Cannot find name 'y'.\n",
      },
    ]);
    assert.equal(d.ename, "TSError");
    assert.equal(d.evalue, "Type 'string' is not assignable to type 'number'. (and 1 more)");
  });

  it("formats the failure with notebook, cell and error, without the kernel's own frames", () => {
    const message = formatCellFailure("nb.ipynb", 4, "\nconst a = 1;\nthrow x", {
      ename: "Error",
      evalue: "x",
      traceback: [
        "Error: x",
        "    at evalmachine.<anonymous>:3:7",
        "    at Script.runInThisContext (node:vm:135:14)",
        "    at Object.execute (/p/node_modules/tslab/dist/executor.js:160:38)",
      ],
    });
    assert.equal(message, "nb.ipynb: cell 5 (index 4) failed: const a = 1;\nError: x\n    at evalmachine.<anonymous>:3:7");
  });
});
