/**
 * The notebooks call the library directly (cronbachAlpha, pairedTTest, cohensD*, wilcoxonSignedRank,
 * pearson, minimumDetectableEffect) and check hand calculations; on degenerate data they must not
 * stop (issue 11, finding 5). Their code cells are run
 * here as one script per notebook, against lib/src (the kernels use lib/dist, built from the same
 * sources), on each degenerate fixture.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { degenerateData, type DegenerateKind } from "../../fixtures/data/degenerate.js";

const ROOT = process.cwd();
const run = promisify(execFile);
const NOTEBOOKS = ["01-data-and-sample", "03-reliability", "04-pre-post", "05-correlations", "07-robustness", "09-summary"];

/** The notebook's code cells as one TypeScript module reading `dataDir`. */
function script(notebook: string, dataDir: string): string {
  const nb = JSON.parse(readFileSync(path.join(ROOT, "notebooks", `${notebook}.ipynb`), "utf8")) as {
    cells: { cell_type: string; source: string | string[] }[];
  };
  // The packages' sources, as the kernels import the packages by name (the script is run with
  // --conditions=source, so the packages' own imports of each other resolve to the same sources).
  const entry = (pkg: string): string =>
    pkg === "notebook-runner/display"
      ? path.join(ROOT, "lib", "notebook-runner", "src", "display.ts")
      : path.join(ROOT, "lib", pkg, "src", "index.ts");
  return nb.cells
    .filter((c) => c.cell_type === "code")
    .map((c) => (Array.isArray(c.source) ? c.source.join("") : c.source))
    .map((s) =>
      s
        .replace(/from "@behoud\/([a-z/-]+)"/g, (_, pkg: string) => `from ${JSON.stringify(entry(pkg))}`)
        .replace("const DATA_DIR: string | undefined = undefined;", `const DATA_DIR: string | undefined = ${JSON.stringify(dataDir)};`),
    )
    .join("\n;\n");
}

for (const kind of ["constant-cluster", "pre-equals-post", "round-all-missing", "every-answer-missing"] as DegenerateKind[]) {
  test(`notebooks 01, 03, 04, 05, 07 and 09 run to the end on degenerate data: ${kind}`, { timeout: 300_000 }, async () => {
    const data = degenerateData(kind);
    const dir = mkdtempSync(path.join(tmpdir(), "nb-script-"));
    // Two at a time (a machine of two cores).
    const outputs: { nb: string; ok: boolean; text: string }[] = [];
    for (let k = 0; k < NOTEBOOKS.length; k += 2)
      outputs.push(
        ...(await Promise.all(
          NOTEBOOKS.slice(k, k + 2).map(async (nb) => {
            const file = path.join(dir, `${nb}.ts`);
            writeFileSync(file, script(nb, data));
            try {
              const { stdout } = await run(process.execPath, ["--conditions=source", "--import", "tsx", file], {
                cwd: ROOT,
                maxBuffer: 64 * 1024 * 1024,
              });
              return { nb, ok: true, text: stdout };
            } catch (e) {
              return { nb, ok: false, text: String((e as { stderr?: string }).stderr ?? e).slice(0, 2000) };
            }
          }),
        )),
      );
    for (const o of outputs) assert.ok(o.ok, `${o.nb} stopped on ${kind}:\n${o.text}`);
    if (kind === "pre-equals-post") {
      const nb04 = outputs.find((o) => o.nb === "04-pre-post")?.text ?? "";
      assert.match(
        nb04,
        /paired t-test, Werkplezier: not computable \(all 51 differences equal 0; the t statistic is undefined \(standard error 0\)\)/,
      );
    }
    if (kind === "constant-cluster") {
      const nb03 = outputs.find((o) => o.nb === "03-reliability")?.text ?? "";
      assert.match(nb03, /alpha, Werkplezier \(pre\): not computable \(the sum score of the 3 items has zero variance/);
    }
  });
}
