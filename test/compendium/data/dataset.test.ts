/**
 * The loader: folder layouts, matching files to resources, typed tables, accounting, and the
 * missing-data helpers (construct scores with minItems, complete pairs, listwise item rows,
 * pairwise complete cases).
 */
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  constructScores,
  DataError,
  itemMatrix,
  loadDataset,
  pairedConstructScores,
  pairwiseComplete,
  validateData,
} from "../../../lib/compendium/src/data/index.js";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/data");
const codebookDir = path.join(fixtures, "codebook");
const raw = path.join(codebookDir, "raw");
const clean = loadDataset({ codebookDir });

function tmp(): string {
  return mkdtempSync(path.join(os.tmpdir(), "dataset-"));
}

function rowsOf(ds: ReturnType<typeof loadDataset>): unknown {
  return [...ds.tables].map(([name, t]) => [name, t.rows()]);
}

describe("loadDataset: layouts and files", () => {
  test("the package layout: every resource, combined tables in codebook and file order", () => {
    assert.equal(clean.respondents.rowCount, 7);
    assert.deepEqual(clean.respondents.text("respondent"), ["R19-01", "R19-02", "R19-03", "R19-04", "R20-01", "R20-02", "R20-03"]);
    assert.equal(clean.coding.rowCount, 14);
    assert.equal(clean.focusGroups.rowCount, 6);
    assert.equal(clean.codes.rowCount, 21);
    assert.equal(clean.axialCodes.rowCount, 7);
    assert.deepEqual(clean.warnings, []);
    assert.equal(clean.synthetic, true);
    assert.deepEqual(clean.respondents.origins[4], {
      resource: "respondents-2020-21",
      round: "2020-21",
      file: path.join(raw, "respondents-2020-21.csv"),
      line: 2,
      row: 1,
    });
  });

  test("files: sha256 of the bytes, encoding, delimiter, rows read and accepted", () => {
    const f = clean.files.find((x) => x.resource === "respondents-2019-20");
    assert.ok(f !== undefined);
    const bytes = readFileSync(path.join(raw, "respondents-2019-20.csv"));
    assert.equal(f.sha256, createHash("sha256").update(bytes).digest("hex"));
    assert.deepEqual(
      [f.matchedBy, f.format, f.encoding, f.delimiter, f.decimalChar, f.rowsRead, f.rowsAccepted],
      ["path", "csv", "utf-8", ",", ".", 4, 4],
    );
    for (const a of clean.accounting) assert.equal(a.rowsRead, a.rowsAnalysed + a.excluded.length);
  });

  test("a flat folder of files named like the resources; codes lists from the codebook", () => {
    const dir = tmp();
    for (const name of ["respondents-2019-20", "respondents-2020-21", "coding-2019-20", "coding-2020-21", "focusgroups-2019-20"]) {
      copyFileSync(path.join(raw, `${name}.csv`), path.join(dir, `${name}.csv`));
    }
    const ds = loadDataset({ codebookDir, dataDir: dir });
    assert.deepEqual(rowsOf(ds), rowsOf(clean));
    assert.deepEqual(
      ds.files.map((f) => [f.resource, f.matchedBy]),
      [
        ["respondents-2019-20", "name"],
        ["respondents-2020-21", "name"],
        ["coding-2019-20", "name"],
        ["coding-2020-21", "name"],
        ["focusgroups-2019-20", "name"],
        ["codes", "codebook"],
        ["axial-codes", "codebook"],
      ],
    );
  });

  test("every file in another form, all at once: the same dataset", () => {
    const dir = tmp();
    const cases = path.join(fixtures, "cases");
    copyFileSync(path.join(cases, "windows-1252-excel-nl.csv"), path.join(dir, "respondents-2019-20.csv"));
    copyFileSync(path.join(raw, "respondents-2020-21.csv"), path.join(dir, "respondents-2020-21.csv"));
    copyFileSync(path.join(cases, "coding-crlf-bom.csv"), path.join(dir, "coding-2019-20.csv"));
    copyFileSync(path.join(raw, "coding-2020-21.csv"), path.join(dir, "coding-2020-21.tsv"));
    copyFileSync(path.join(cases, "focusgroups-semicolon.csv"), path.join(dir, "focusgroups-2019-20.txt"));
    const ds = loadDataset({ codebookDir, dataDir: dir });
    assert.deepEqual(rowsOf(ds), rowsOf(clean));
  });

  test("files with other names are matched by their header (and round), with a warning", () => {
    const dir = tmp();
    copyFileSync(path.join(raw, "respondents-2019-20.csv"), path.join(dir, "Enquete ronde 1 (2019-20).csv"));
    copyFileSync(path.join(fixtures, "cases/respondents.xlsx"), path.join(dir, "export.xlsx"));
    copyFileSync(path.join(raw, "respondents-2020-21.csv"), path.join(dir, "tweede ronde.csv"));
    for (const name of ["coding-2019-20", "coding-2020-21", "focusgroups-2019-20"])
      copyFileSync(path.join(raw, `${name}.csv`), path.join(dir, `${name}.csv`));
    const r = validateData(dir, { codebookDir });
    assert.deepEqual(r.errors, []);
    // export.xlsx holds round 2019-20 too, which is already taken: not used.
    assert.deepEqual(r.warnings.map((w) => [path.basename(w.file), w.rule]).sort(), [
      ["Enquete ronde 1 (2019-20).csv", "matched-by-header"],
      ["export.xlsx", "unused-file"],
      ["tweede ronde.csv", "matched-by-header"],
    ]);
  });

  test("a missing file, an ambiguous file and an unknown resource in files are errors", () => {
    const dir = tmp();
    copyFileSync(path.join(raw, "respondents-2019-20.csv"), path.join(dir, "respondents-2019-20.csv"));
    copyFileSync(path.join(fixtures, "cases/respondents.xlsx"), path.join(dir, "respondents-2019-20.xlsx"));
    const r = validateData(dir, { codebookDir, files: { "respondenten-2019-20": path.join(raw, "respondents-2019-20.csv") } });
    const rules = r.errors.map((p) => `${p.rule}:${p.value ?? ""}`);
    assert.ok(rules.includes("ambiguous-file:respondents-2019-20"), rules.join(", "));
    assert.ok(rules.includes("missing-file:respondents-2020-21"));
    assert.ok(rules.includes("missing-file:coding-2019-20"));
    assert.ok(rules.includes("unknown-resource:respondenten-2019-20"));
    assert.ok(!rules.includes("missing-file:codes"), "codes come from the codebook");
  });

  test("a data folder that does not exist: NOT_FOUND", () => {
    assert.throws(
      () => loadDataset({ codebookDir, dataDir: path.join(os.tmpdir(), "no-such-folder-xyz") }),
      (e: unknown) => e instanceof DataError && e.code === "NOT_FOUND",
    );
    assert.throws(
      () => validateData(path.join(os.tmpdir(), "no-such-file.csv"), { codebookDir }),
      (e: unknown) => e instanceof DataError && e.code === "NOT_FOUND",
    );
  });

  test("INVALID_DATA carries every problem and lists the errors in its message", () => {
    const dir = tmp();
    for (const name of ["respondents-2020-21", "coding-2019-20", "coding-2020-21", "focusgroups-2019-20"])
      copyFileSync(path.join(raw, `${name}.csv`), path.join(dir, `${name}.csv`));
    const text = readFileSync(path.join(fixtures, "cases/multiple-errors.csv"), "utf8");
    writeFileSync(path.join(dir, "respondents-2019-20.csv"), text);
    assert.throws(
      () => loadDataset({ codebookDir, dataDir: dir }),
      (e: unknown) => {
        assert.ok(e instanceof DataError);
        assert.equal(e.code, "INVALID_DATA");
        assert.equal(e.problems.filter((p) => p.severity === "error").length, 5);
        assert.match(e.message, /5 errors/);
        assert.match(e.message, /rule: scale/);
        return true;
      },
    );
  });

  test("validating a single file lists the checks across files it could not make", () => {
    const r = validateData(path.join(raw, "coding-2019-20.csv"), { codebookDir });
    assert.equal(r.ok, true);
    assert.deepEqual(
      r.summary.checksSkipped.map((s) => s.rule),
      ["foreign-key"],
    );
    assert.deepEqual(
      r.summary.files.map((f) => f.resource),
      ["coding-2019-20", "codes"],
    );
    assert.match(r.summary.text, /valid/);
  });

  test("blank rows are accounted as excluded with their reason", () => {
    const ds = loadDataset({ codebookDir, files: { "respondents-2019-20": path.join(fixtures, "cases/blank-rows.csv") } });
    const a = ds.accounting.find((x) => x.resource === "respondents-2019-20");
    assert.deepEqual(a?.excluded, [
      { line: 5, row: 3, reason: "empty row (no values)" },
      { line: 7, row: 5, reason: "empty row (no values)" },
    ]);
    assert.equal(a?.rowsRead, 6);
    assert.equal(a?.rowsAnalysed, 4);
  });
});

describe("Table", () => {
  const t = clean.respondents;
  test("typed columns with null for missing values", () => {
    assert.deepEqual(t.numeric("fte"), [0.8, 1, 0.6, 0.4, 0.9, 1, 0.7]);
    assert.deepEqual(t.numeric("experience_years"), [12, 7, 23, 4, 15, 9, null]);
    assert.equal(t.numeric("werkplezier_2_pre")[3], null);
    assert.equal(t.text("open_self")[3], null);
    assert.equal(t.text("open_teachers")[1], "Meer salaris.\nEn erkenning van expertise.");
  });
  test("the wrong accessor or an unknown field throws with a suggestion", () => {
    assert.throws(
      () => t.numeric("sector"),
      (e: unknown) => e instanceof DataError && e.code === "WRONG_TYPE" && e.message.includes('text("sector")'),
    );
    assert.throws(
      () => t.text("fte"),
      (e: unknown) => e instanceof DataError && e.code === "WRONG_TYPE",
    );
    assert.throws(
      () => t.numeric("werkplezier_1_pr"),
      (e: unknown) => e instanceof DataError && e.code === "UNKNOWN_FIELD" && e.message.includes('did you mean "werkplezier_1_pre"'),
    );
  });
  test("rows() gives plain objects; filter keeps origins", () => {
    const rows = t.rows();
    assert.equal(rows.length, 7);
    assert.equal(rows[0]?.respondent, "R19-01");
    const r2 = t.filter((r) => r.round === "2020-21");
    assert.equal(r2.rowCount, 3);
    assert.equal(r2.origins[0]?.resource, "respondents-2020-21");
    assert.equal(JSON.parse(JSON.stringify(rows))[0].fte, 0.8);
  });
});

describe("missing-data helpers", () => {
  test("constructScores: the mean of the items, minItems from the codebook, exclusions with reasons", () => {
    const s = constructScores(clean, "werkplezier", "pre");
    assert.equal(s.values.length, 7);
    assert.equal(s.values[3], null);
    assert.equal(s.n, 6);
    assert.deepEqual(s.excluded, [
      { respondent: "R19-04", index: 3, reason: "2 of 3 items answered (missing: werkplezier_2_pre); minItems = 3" },
    ]);
    assert.match(s.policy, /needs all 3 answered \(minItems = 3\); n = 6, 1 excluded/);
    const rows = clean.respondents;
    const expected0 =
      ((rows.numeric("werkplezier_1_pre")[0] ?? 0) +
        (rows.numeric("werkplezier_2_pre")[0] ?? 0) +
        (rows.numeric("werkplezier_3_pre")[0] ?? 0)) /
      3;
    assert.equal(s.values[0], expected0);
  });
  test("constructScores: single items, rounds, and errors", () => {
    const m = constructScores(clean, "maatschappelijke-waardering", "once");
    assert.equal(m.n, 6);
    assert.match(m.policy, /single item maatschappelijke_waardering/);
    const r = constructScores(clean, "werkplezier", "pre", { round: "2020-21" });
    assert.deepEqual(r.values.slice(0, 4), [null, null, null, null]);
    assert.equal(r.n, 3);
    assert.equal(r.nExcluded, 0);
    assert.throws(
      () => constructScores(clean, "werkplezir", "pre"),
      (e: unknown) => e instanceof DataError && e.code === "UNKNOWN_CONSTRUCT",
    );
    assert.throws(
      () => constructScores(clean, "behoud", "pre"),
      (e: unknown) => e instanceof DataError && e.code === "UNKNOWN_TIMEPOINT" && e.message.includes('"post"'),
    );
    assert.throws(
      () => constructScores(clean, "werkplezier", "pre", { round: "2021-22" }),
      (e: unknown) => e instanceof DataError && e.code === "INVALID_ARGUMENT",
    );
  });
  test("pairedConstructScores: complete pairs only", () => {
    const p = pairedConstructScores(clean, "werkplezier");
    assert.equal(p.n, 6);
    assert.equal(p.pre.length, p.post.length);
    assert.deepEqual(
      p.excluded.map((e) => e.respondent),
      ["R19-04"],
    );
    assert.match(p.excluded[0]?.reason ?? "", /^no complete pair \(pre: 2 of 3/);
  });
  test("itemMatrix: listwise complete item rows", () => {
    const m = itemMatrix(clean, "werkplezier", "pre");
    assert.equal(m.columns.length, 3);
    assert.equal(m.columns[0]?.length, 6);
    assert.equal(m.n, 6);
    assert.deepEqual(m.respondents.includes("R19-04"), false);
  });
  test("pairwiseComplete", () => {
    const p = pairwiseComplete([1, null, 3, 4], [2, 5, null, 8], ["a", "b", "c", "d"]);
    assert.deepEqual([p.x, p.y, p.indices, p.n], [[1, 4], [2, 8], [0, 3], 2]);
    assert.deepEqual(
      p.excluded.map((e) => [e.label, e.reason]),
      [
        ["b", "x missing"],
        ["c", "y missing"],
      ],
    );
    assert.throws(
      () => pairwiseComplete([1], [1, 2]),
      (e: unknown) => e instanceof DataError && e.code === "INVALID_ARGUMENT",
    );
  });
});

test("loadDataset works on the respondents of the package layout with a copy in a subfolder", () => {
  const dir = tmp();
  mkdirSync(path.join(dir, "raw"));
  for (const name of ["respondents-2019-20", "respondents-2020-21", "coding-2019-20", "coding-2020-21", "focusgroups-2019-20"]) {
    copyFileSync(path.join(raw, `${name}.csv`), path.join(dir, "raw", `${name}.csv`));
  }
  const ds = loadDataset({ codebookDir, dataDir: dir });
  assert.deepEqual(rowsOf(ds), rowsOf(clean));
  assert.equal(ds.files.filter((f) => f.matchedBy === "path").length, 5);
});
