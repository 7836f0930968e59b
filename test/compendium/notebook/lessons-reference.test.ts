/**
 * The lesson notebooks' hand calculations against R: the code cells of notebooks 03, 04, 05, 07
 * and 08 are run as one script each on the shipped data (as the kernels run them, against the
 * packages' sources), every check line "✓ label: by hand X = library Y" is collected, and X is
 * compared with the value R computed for the same label (test/reference/lessons-reference.R and
 * its output lessons-reference.json). So each hand calculation is tied to an independent source,
 * not only to the library it is checked against in the notebook.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const ROOT = process.cwd();
const run = promisify(execFile);
const NOTEBOOKS = ["03-reliability", "04-pre-post", "05-correlations", "07-robustness", "08-audit"];
/** Checks without an R value, and why. */
const NOT_IN_R: Readonly<Record<string, string>> = {
  "bootstrap percentile lower bound, d_av of Waardering":
    "drawn with the library's seeded Mersenne Twister, whose resamples R's sample() does not reproduce",
  "bootstrap percentile upper bound, d_av of Waardering": "as the lower bound",
};

interface Reference {
  readonly values: Readonly<Record<string, { readonly value: number; readonly r_call: string }>>;
}
const reference = JSON.parse(readFileSync(path.join(ROOT, "test", "reference", "lessons-reference.json"), "utf8")) as Reference;

/** The notebook's code cells as one TypeScript module importing the packages' sources. */
function script(notebook: string): string {
  const nb = JSON.parse(readFileSync(path.join(ROOT, "notebooks", `${notebook}.ipynb`), "utf8")) as {
    cells: { cell_type: string; source: string | string[] }[];
  };
  const entry = (pkg: string): string =>
    pkg === "notebook-runner/display"
      ? path.join(ROOT, "lib", "notebook-runner", "src", "display.ts")
      : path.join(ROOT, "lib", pkg, "src", "index.ts");
  return nb.cells
    .filter((c) => c.cell_type === "code")
    .map((c) => (Array.isArray(c.source) ? c.source.join("") : c.source))
    .map((s) => s.replace(/from "@behoud\/([a-z/-]+)"/g, (_, pkg: string) => `from ${JSON.stringify(entry(pkg))}`))
    .join("\n;\n");
}

test("every hand calculation of the lesson notebooks equals R's value of the same quantity", { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "lessons-r-"));
  const checks = new Map<string, number>();
  for (const nb of NOTEBOOKS) {
    const file = path.join(dir, `${nb}.ts`);
    writeFileSync(file, script(nb));
    const { stdout } = await run(process.execPath, ["--conditions=source", "--import", "tsx", file], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    const found = [...stdout.matchAll(/^✓ (.+): by hand (\S+) = library \S+ \(relative tolerance \S+\)$/gm)];
    assert.ok(found.length >= 3, `${nb}: only ${found.length} checks found`);
    for (const m of found) checks.set(m[1] as string, Number(m[2]));
  }
  const compared: string[] = [];
  for (const [label, byHand] of checks) {
    if (Object.hasOwn(NOT_IN_R, label)) continue;
    const r = reference.values[label];
    assert.ok(r !== undefined, `no R reference for the check "${label}"`);
    const tolerance = r.value === 0 ? 0 : 1e-10 * Math.abs(r.value);
    assert.ok(Math.abs(byHand - r.value) <= tolerance, `${label}: by hand ${byHand}, R ${r.value} (${r.r_call})`);
    compared.push(label);
  }
  // No reference goes unused: each names a check that the notebooks still make.
  assert.deepEqual(
    Object.keys(reference.values).filter((l) => !checks.has(l)),
    [],
    "R references without a check in the notebooks",
  );
  assert.ok(compared.length >= 30, `only ${compared.length} hand calculations compared with R`);
});
