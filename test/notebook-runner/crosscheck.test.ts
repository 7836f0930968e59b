/**
 * Cross-check against Jupyter's own executor (nbclient, through /usr/bin/python3 and
 * `jupyter execute`): the same fixture executed by both must give the same cells and outputs
 * (metadata and cell ids ignored; nbclient < 0.10 does not merge consecutive stream
 * outputs, so both sides are compared with streams merged).
 *
 * Needs Debian's python3-nbclient; skipped, with a notice, where /usr/bin/jupyter is absent.
 * The project itself never needs Python: this test only checks our executor against the
 * reference one.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual, promisify } from "node:util";
import { after, before, describe, it } from "node:test";
import { denoKernelSpec, executeNotebookFile, parseNotebook, type Notebook, type Output } from "../../lib/notebook-runner/src/index.js";
import { fixture, ROOT, tempDir } from "./helpers.js";

const run = promisify(execFile);
const JUPYTER = "/usr/bin/jupyter";
const PYTHON = "/usr/bin/python3";
const available = existsSync(JUPYTER) && existsSync(PYTHON);
const skip = available
  ? false
  : `${JUPYTER} not found: cross-check against Jupyter's nbclient skipped (install python3-nbclient to run it)`;
if (!available) process.stdout.write(`# NOTICE: ${skip}\n`);

/** Executes a notebook with nbclient and writes it with nbformat. */
const NBCLIENT = `
import sys, nbformat
from nbclient import NotebookClient
src, dst, kernel, cwd = sys.argv[1:5]
nb = nbformat.read(src, as_version=4)
NotebookClient(nb, kernel_name=kernel, timeout=120, resources={"metadata": {"path": cwd}}).execute()
nbformat.write(nb, dst)
`;

/** Cells without metadata and ids, streams merged, for comparison. */
function comparable(nb: Notebook): unknown[] {
  return nb.cells.map((cell) => {
    if (cell.cell_type !== "code") return { cell_type: cell.cell_type, source: cell.source };
    const outputs: Output[] = [];
    for (const o of cell.outputs) {
      const last = outputs[outputs.length - 1];
      if (o.output_type === "stream" && last?.output_type === "stream" && last.name === o.name) last.text += o.text;
      else outputs.push(structuredClone(o));
    }
    return { cell_type: "code", source: cell.source, execution_count: cell.execution_count, outputs };
  });
}

describe("cross-check with Jupyter's nbclient", { skip }, () => {
  const tmp = tempDir("runner-crosscheck-");
  const env = {
    ...process.env,
    JUPYTER_PATH: join(tmp.path, "share", "jupyter"),
    JUPYTER_RUNTIME_DIR: join(tmp.path, "runtime"),
    JUPYTER_PLATFORM_DIRS: "1",
    PYDEVD_DISABLE_FILE_VALIDATION: "1",
  };
  after(() => tmp.remove());

  before(async () => {
    // Register tslab for a private Jupyter, as the project README would.
    await run(join(ROOT, "node_modules", ".bin", "tslab"), [
      "install",
      `--python=${PYTHON}`,
      `--binary=${join(ROOT, "node_modules", ".bin", "tslab")}`,
      `--prefix=${tmp.path}`,
    ]);
    // And Deno, with a hand-written kernel.json (deno jupyter --install has no --prefix).
    const denoDir = join(tmp.path, "share", "jupyter", "kernels", "deno");
    mkdirSync(denoDir, { recursive: true });
    writeFileSync(
      join(denoDir, "kernel.json"),
      JSON.stringify({ argv: denoKernelSpec(ROOT).argv, display_name: "Deno", language: "typescript" }),
    );
  });

  for (const [kernel, name] of [
    ["tslab", "tslab-basic.ipynb"],
    ["deno", "deno-basic.ipynb"],
  ] as const) {
    it(`gives the same outputs as nbclient for ${name}`, async () => {
      const ours = join(tmp.path, "ours", name);
      const theirs = join(tmp.path, `nbclient-${name}`);
      await executeNotebookFile(fixture(name), ours, { projectDir: ROOT });
      const a = comparable(parseNotebook(readFileSync(ours, "utf8")));
      // The Deno kernel (2.9) sometimes publishes an execute_result after the cell's idle
      // status; nbclient then drops it (our client waits for it, see ExecuteOptions.barrier).
      // So nbclient gets up to three tries to produce the complete outputs.
      let b: unknown[] = [];
      for (let attempt = 1; attempt <= 3; attempt++) {
        await run(PYTHON, ["-c", NBCLIENT, fixture(name), theirs, kernel, join(ROOT, "test", "fixtures", "notebooks")], {
          env,
          timeout: 180_000,
        });
        b = comparable(parseNotebook(readFileSync(theirs, "utf8")));
        if (isDeepStrictEqual(a, b)) break;
      }
      assert.deepEqual(a, b);
    });
  }

  it("agrees with `jupyter execute` that the failing fixture fails", async () => {
    const result = await run(JUPYTER, ["execute", "--kernel_name=tslab", fixture("tslab-failing.ipynb")], { env, timeout: 180_000 }).then(
      () => ({ failed: false, stderr: "" }),
      (e: { stderr?: string }) => ({ failed: true, stderr: e.stderr ?? "" }),
    );
    assert.equal(result.failed, true);
    assert.match(result.stderr, /An error occurred while executing the following cell/);
    await assert.rejects(executeNotebookFile(fixture("tslab-failing.ipynb"), join(tmp.path, "f.ipynb"), { projectDir: ROOT }));
  });
});
