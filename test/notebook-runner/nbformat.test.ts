/**
 * nbformat 4 reading and writing. The round-trip fixture was written by Python's nbformat
 * 5.5.0 (`nbformat.write`), so byte equality means "written exactly as Jupyter writes".
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import {
  firstLine,
  pythonJsonNumber,
  NotebookError,
  parseNotebook,
  serializeNotebook,
  splitLines,
  stringifyJupyterJson,
} from "../../lib/notebook-runner/src/index.js";
import { fixture } from "./helpers.js";

describe("nbformat", () => {
  it("writes a notebook byte-identical to Python's nbformat.write", () => {
    const text = readFileSync(fixture("nbformat-roundtrip.ipynb"), "utf8");
    assert.equal(serializeNotebook(parseNotebook(text)), text);
  });

  it("keeps every fixture notebook byte-identical through read and write", () => {
    for (const name of ["tslab-basic.ipynb", "tslab-failing.ipynb", "deno-failing.ipynb"]) {
      const text = readFileSync(fixture(name), "utf8");
      assert.equal(serializeNotebook(parseNotebook(text, name)), text, name);
    }
  });

  it("joins multi-line strings in memory (nbformat's rejoin_lines)", () => {
    const nb = parseNotebook(readFileSync(fixture("nbformat-roundtrip.ipynb"), "utf8"));
    const md = nb.cells[0];
    assert.equal(md?.cell_type, "markdown");
    assert.equal(typeof md?.source, "string");
    const code = nb.cells[1];
    assert.ok(code?.cell_type === "code");
    const display = code.outputs[2];
    assert.ok(display?.output_type === "display_data");
    assert.equal(display.data["text/html"], "<b>x</b>\n<i>y</i>");
    assert.deepEqual(display.data["application/json"], { k: [1, 2.25], s: "a\nb" }, "JSON MIME types are left alone");
  });

  it("splits lines like Python's str.splitlines(True)", () => {
    // Python: "a\nb\r\nc\rd\u2028e\x0bf\x0cg\x1ch\x85i".splitlines(True)
    assert.deepEqual(splitLines("a\nb\r\nc\rd\u2028e\x0bf\x0cg\x1ch\x85i"), [
      "a\n",
      "b\r\n",
      "c\r",
      "d\u2028",
      "e\x0b",
      "f\x0c",
      "g\x1c",
      "h\x85",
      "i",
    ]);
    assert.deepEqual(splitLines(""), []);
    assert.deepEqual(splitLines("\n\n"), ["\n", "\n"]);
    assert.deepEqual(splitLines("no newline"), ["no newline"]);
  });

  it("formats numbers as Python's json.dumps does", () => {
    // Python: [json.dumps(x) for x in (1e-05, 1.5e-07, 0.0001, 1234.5, 0.1, 1/3, -2.5e-10, 3, 10**21)]
    const cases: [number, string][] = [
      [1e-5, "1e-05"],
      [1.5e-7, "1.5e-07"],
      [0.0001, "0.0001"],
      [1234.5, "1234.5"],
      [0.1, "0.1"],
      [1 / 3, "0.3333333333333333"],
      [-2.5e-10, "-2.5e-10"],
      [3, "3"],
      [1e21, "1000000000000000000000"],
    ];
    for (const [x, s] of cases) assert.equal(pythonJsonNumber(x), s, String(x));
    assert.throws(() => pythonJsonNumber(Number.NaN), RangeError);
  });

  it("sorts keys by code point and indents by one space", () => {
    assert.equal(stringifyJupyterJson({ b: 1, a: [], Z: {}, é: [1] }), '{\n "Z": {},\n "a": [],\n "b": 1,\n "é": [\n  1\n ]\n}');
  });

  it("drops transient keys (signature, orig_nbformat, trusted)", () => {
    const nb = parseNotebook(
      JSON.stringify({
        nbformat: 4,
        nbformat_minor: 4,
        metadata: { signature: "x", orig_nbformat: 3, keep: true },
        cells: [{ cell_type: "code", source: "1", metadata: { trusted: true }, outputs: [], execution_count: null }],
      }),
    );
    const out = JSON.parse(serializeNotebook(nb)) as { metadata: object; cells: { metadata: object }[] };
    assert.deepEqual(out.metadata, { keep: true });
    assert.deepEqual(out.cells[0]?.metadata, {});
  });

  it("rejects what is not an nbformat 4 notebook", () => {
    const invalid = (e: unknown): boolean => e instanceof NotebookError && e.code === "INVALID_NOTEBOOK";
    assert.throws(() => parseNotebook("{", "x.ipynb"), invalid);
    assert.throws(
      () => parseNotebook('{"nbformat": 3, "cells": []}', "x.ipynb"),
      (e: unknown) => invalid(e) && /expected nbformat 4/.test((e as Error).message),
    );
    assert.throws(() => parseNotebook('{"nbformat": 4, "cells": [{"cell_type": "widget", "source": ""}]}'), invalid);
    assert.throws(() => parseNotebook('{"nbformat": 4, "cells": [{"cell_type": "code", "source": 5}]}'), invalid);
  });

  it("gives the first non-blank line of a source", () => {
    assert.equal(firstLine("\n  \n  const x = 1;\nmore"), "const x = 1;");
    assert.equal(firstLine("x".repeat(100), 10), "xxxxxxxxx…");
    assert.equal(firstLine(""), "");
  });
});
