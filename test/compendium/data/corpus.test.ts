/**
 * The corpus of awkward and broken data files (test/fixtures/data/manifest.json): each file is
 * either accepted with the same tables as the clean fixture data, or rejected with exactly the
 * expected problems (rule, file, line, row, column, value).
 */
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DataError, loadDataset, validateData, type Problem } from "../../../lib/compendium/src/data/index.js";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/data");

interface Expected {
  readonly rule: string;
  readonly file?: string;
  readonly line?: number | null;
  readonly row?: number | null;
  readonly column?: string | null;
  readonly value?: string | null;
  readonly messageIncludes?: readonly string[];
}

interface Case {
  readonly id: string;
  readonly description: string;
  readonly file: string;
  readonly resource?: string;
  readonly mode?: "dataset" | "file";
  readonly options?: { readonly delimiter?: string; readonly decimalChar?: "." | ","; readonly sheet?: string };
  readonly expect: "accepted" | "rejected";
  readonly read?: {
    readonly encoding?: string | null;
    readonly delimiter?: string | null;
    readonly decimalChar?: "." | ",";
    readonly format?: string;
    readonly sheet?: string;
  };
  readonly warnings?: readonly Expected[];
  readonly errors?: readonly Expected[];
  readonly errorsInclude?: readonly Expected[];
  readonly excluded?: number;
}

const manifest = JSON.parse(readFileSync(path.join(fixtures, "manifest.json"), "utf8")) as { codebook: string; cases: Case[] };
const codebookDir = path.join(fixtures, manifest.codebook);
const clean = loadDataset({ codebookDir });

function matches(p: Problem, e: Expected, defaultFile: string): boolean {
  if (p.rule !== e.rule) return false;
  if (path.basename(p.file) !== (e.file ?? defaultFile)) return false;
  if (e.line !== undefined && p.line !== e.line) return false;
  if (e.row !== undefined && p.row !== e.row) return false;
  if (e.column !== undefined && p.column !== e.column) return false;
  if (e.value !== undefined && p.value !== e.value) return false;
  return true;
}

function show(ps: readonly Problem[]): string {
  return ps
    .map(
      (p) =>
        `  ${p.rule} ${path.basename(p.file)} line ${p.line} row ${p.row} col ${p.column} value ${JSON.stringify(p.value)}: ${p.message}`,
    )
    .join("\n");
}

/** Every expected problem is found (one-to-one); with `exact`, nothing else is found. */
function assertProblems(actual: readonly Problem[], expected: readonly Expected[], defaultFile: string, exact: boolean): void {
  const used = new Set<number>();
  for (const e of expected) {
    const i = actual.findIndex((p, k) => !used.has(k) && matches(p, e, defaultFile));
    assert.ok(i >= 0, `expected ${JSON.stringify(e)} among:\n${show(actual)}`);
    used.add(i);
    const p = actual[i] as Problem;
    for (const s of e.messageIncludes ?? []) assert.ok(p.message.includes(s), `message should include ${JSON.stringify(s)}: ${p.message}`);
  }
  if (exact) {
    const extra = actual.filter((_, k) => !used.has(k));
    assert.equal(extra.length, 0, `unexpected problems:\n${show(extra)}`);
  }
}

/** A message names its file, line and row, column and rule. */
function assertMessage(p: Problem): void {
  assert.ok(p.message.includes(p.file), `message names the file: ${p.message}`);
  if (p.line !== null) assert.ok(p.message.includes(`line ${p.line}`), `message names the line: ${p.message}`);
  if (p.row !== null) assert.ok(p.message.includes(`row ${p.row}`), `message names the row: ${p.message}`);
  if (p.column !== null) assert.ok(p.message.includes(`column "${p.column}"`), `message names the column: ${p.message}`);
  assert.ok(p.message.includes(`(rule: ${p.rule})`), `message names the rule: ${p.message}`);
}

describe("data corpus (manifest.json)", () => {
  test("the corpus has at least 40 cases, each with a description and an existing outcome", () => {
    assert.ok(manifest.cases.length >= 40, `only ${manifest.cases.length} cases`);
    const ids = new Set<string>();
    for (const c of manifest.cases) {
      assert.ok(!ids.has(c.id), `duplicate id ${c.id}`);
      ids.add(c.id);
      assert.ok(c.description.length > 0);
      assert.ok(c.expect === "accepted" || c.expect === "rejected");
      if (c.expect === "rejected") assert.ok((c.errors ?? c.errorsInclude ?? []).length > 0, `${c.id}: rejected without expected errors`);
    }
  });

  for (const c of manifest.cases) {
    test(`${c.id}: ${c.expect} — ${c.description}`, () => {
      const file = path.join(fixtures, c.file);
      const base = path.basename(file);
      const single = c.mode === "file";
      // Read options of a case apply to its file only; the other files are the clean ones.
      const options = { codebookDir };
      const files = { [c.resource ?? ""]: { path: file, ...(c.options ?? {}) } };
      const result = single ? validateData(file, { ...options, ...(c.options ?? {}) }) : validateData(codebookDir, { ...options, files });
      for (const p of [...result.errors, ...result.warnings]) assertMessage(p);
      assertProblems(result.warnings, c.warnings ?? [], base, false);

      if (c.expect === "accepted") {
        assert.equal(result.errors.length, 0, `unexpected errors:\n${show(result.errors)}`);
        assert.equal(result.ok, true);
        if (single) return;
        const resource = c.resource ?? "";
        const ds = loadDataset({ ...options, files });
        assert.deepEqual(ds.tables.get(resource)?.rows(), clean.tables.get(resource)?.rows(), "the parsed table equals the clean one");
        assert.deepEqual(ds.respondents.rows(), clean.respondents.rows());
        const info = ds.files.find((f) => f.resource === resource);
        assert.ok(info !== undefined);
        for (const [k, v] of Object.entries(c.read ?? {})) assert.equal(info[k as keyof typeof info], v, `file info ${k}`);
        const acc = ds.accounting.find((a) => a.resource === resource);
        assert.ok(acc !== undefined);
        assert.equal(acc.rowsRead, acc.rowsAnalysed + acc.excluded.length, "every row read is analysed or excluded");
        assert.equal(acc.excluded.length, c.excluded ?? 0);
        return;
      }

      assert.equal(result.ok, false, "the file is rejected");
      if (c.errors !== undefined) assertProblems(result.errors, c.errors, base, true);
      if (c.errorsInclude !== undefined) assertProblems(result.errors, c.errorsInclude, base, false);
      if (single) return;
      assert.throws(
        () => loadDataset({ ...options, files }),
        (e: unknown) => {
          assert.ok(e instanceof DataError);
          assert.equal(e.code, "INVALID_DATA");
          assert.deepEqual(
            e.problems.filter((p) => p.severity === "error"),
            result.errors,
            "loadDataset reports the same errors as validateData",
          );
          return true;
        },
      );
    });
  }
});
