/**
 * The real-server check (pipeline/check-notebook-server) on small notebooks: it passes a notebook
 * whose figure the first-figure loader draws offline, and fails one whose last cell throws and
 * one whose figure has no plotly.js to draw it. Needs Debian's jupyter-notebook, Chromium and a
 * built library (the kernels import the packages' dist/); skipped without them.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkNotebooksInServer, problemsOf } from "../../../lib/compendium/src/pipeline/check-notebook-server.js";
import { browserSkip } from "../../helpers/browser.js";

function jupyterNotebook(): boolean {
  try {
    execFileSync("jupyter", ["notebook", "--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const skip = browserSkip !== false ? browserSkip : jupyterNotebook() ? false : "Debian's jupyter-notebook is not installed";

function notebook(sources: readonly string[]): string {
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" } },
    cells: sources.map((source, i) => ({ cell_type: "code", id: `c${i}`, metadata: {}, source, outputs: [], execution_count: null })),
  });
}

test("the notebook server check passes a drawn figure and fails an error and an undrawn figure", { skip, timeout: 600_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "behoud-server-test-"));
  try {
    const files = {
      good: join(dir, "good.ipynb"),
      error: join(dir, "error.ipynb"),
      undrawn: join(dir, "undrawn.ipynb"),
    };
    writeFileSync(files.good, notebook(['import { showFigure, balanceModel } from "@behoud/compendium";', "showFigure(balanceModel());"]));
    writeFileSync(files.error, notebook(["const a = 1;", 'throw new Error("deliberate failure");']));
    writeFileSync(
      files.undrawn,
      notebook([
        'import { figureBundle, balanceModelFigure } from "@behoud/compendium";\nimport { display } from "@behoud/notebook-runner/display";',
        'display(figureBundle(balanceModelFigure(), { id: "no-loader" }));',
      ]),
    );
    const lines: string[] = [];
    const checks = await checkNotebooksInServer(
      process.cwd(),
      { kernels: ["tslab"], timeoutS: 300, screenshots: null, notebooks: [files.good, files.error, files.undrawn] },
      (line) => lines.push(line),
    );
    const [good, error, undrawn] = checks;
    assert.ok(good !== undefined && error !== undefined && undrawn !== undefined, lines.join("\n"));
    assert.deepEqual(problemsOf(good), [], lines.join("\n"));
    assert.equal(good.figures, 1);
    assert.equal(good.drawn, 1);
    assert.deepEqual(good.externalRequests, []);
    assert.ok(
      error.errors.some((e) => e.startsWith("cell 2:") && e.includes("deliberate failure")),
      `the failing cell is named: ${error.errors.join("; ")}`,
    );
    assert.ok(problemsOf(error).length > 0);
    assert.equal(undrawn.figures, 1);
    assert.equal(undrawn.drawn, 0);
    assert.ok(problemsOf(undrawn).includes("1 of 1 figures not drawn"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
