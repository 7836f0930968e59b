/**
 * Reading the codebook (datapackage.json + Table Schemas) into typed objects, and rejecting a
 * malformed codebook with every problem at once.
 */
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, cpSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  DataError,
  getConstruct,
  getResource,
  loadCodebook,
  parseCodebook,
  quasiIdentifiers,
} from "../../../lib/compendium/src/data/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const fixtureCodebook = path.join(root, "test/fixtures/data/codebook");

type JsonObject = { [key: string]: unknown };

/** A copy of the fixture codebook in a temporary folder, changed by `edit`. */
function brokenCodebook(edit: (pkg: JsonObject, schemasDir: string) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "codebook-"));
  cpSync(fixtureCodebook, dir, { recursive: true });
  const file = path.join(dir, "datapackage.json");
  const pkg = JSON.parse(readFileSync(file, "utf8")) as JsonObject;
  edit(pkg, path.join(dir, "schemas"));
  writeFileSync(file, JSON.stringify(pkg, null, 2));
  return dir;
}

function editSchema(schemasDir: string, name: string, edit: (schema: { fields: JsonObject[] } & JsonObject) => void): void {
  const file = path.join(schemasDir, name);
  const schema = JSON.parse(readFileSync(file, "utf8")) as { fields: JsonObject[] } & JsonObject;
  edit(schema);
  writeFileSync(file, JSON.stringify(schema, null, 2));
}

function codebookProblems(dir: string): string[] {
  try {
    loadCodebook(dir);
  } catch (e) {
    assert.ok(e instanceof DataError, String(e));
    assert.equal(e.code, "INVALID_CODEBOOK");
    return e.problems.map((p) => p.message);
  }
  assert.fail("the codebook was accepted");
}

describe("loadCodebook", () => {
  test("reads the project's codebook: resources, schemas, constructs", () => {
    const cb = loadCodebook(path.join(root, "data"));
    const r = getResource(cb, "respondents-2019-20");
    assert.equal(r.round, "2019-20");
    assert.equal(r.expectedRows, 31);
    assert.equal(r.kind, "respondents");
    assert.equal(r.tabular, true);
    const item = r.schema?.fields.find((f) => f.name === "werkplezier_1_pre");
    assert.equal(item?.type, "integer");
    assert.equal(item?.construct, "werkplezier");
    assert.equal(item?.timepoint, "pre");
    assert.match(item?.wordingNl ?? "", /^Ik ervaar plezier in mijn werk/);
    assert.deepEqual([item?.scale?.min, item?.scale?.max], [1, 5]);
    assert.deepEqual(r.schema?.missingValues, ["", "NA", "-99", "weet niet"]);
    assert.deepEqual(r.schema?.primaryKey, ["respondent"]);
    assert.equal(getResource(cb, "published").tabular, false);
    const c = getConstruct(cb, "self-efficacy");
    assert.equal(c.minItems, 4);
    assert.equal(c.items.pre?.length, 4);
    assert.equal(c.higherIsBetter, true);
    assert.equal(getConstruct(cb, "werkdruk").higherIsBetter, false);
    assert.deepEqual(quasiIdentifiers(cb), ["round", "experience_years", "fte", "sector", "course"]);
    assert.equal(cb.synthetic, true);
  });

  test("the fixture codebook's schemas are copies of the project's (rerun build-corpus.ts when this fails)", () => {
    for (const f of readdirSync(path.join(root, "data/schemas"))) {
      assert.equal(
        readFileSync(path.join(fixtureCodebook, "schemas", f), "utf8"),
        readFileSync(path.join(root, "data/schemas", f), "utf8"),
        f,
      );
    }
    for (const f of ["codes.csv", "axial-codes.csv"]) {
      assert.equal(readFileSync(path.join(fixtureCodebook, f), "utf8"), readFileSync(path.join(root, "data", f), "utf8"), f);
    }
  });

  test("accepts the path of datapackage.json itself", () => {
    assert.equal(loadCodebook(path.join(fixtureCodebook, "datapackage.json")).resources.length, 7);
  });

  test("without an argument finds data/ from the working directory upwards", () => {
    const cwd = process.cwd();
    try {
      process.chdir(path.join(root, "lib/compendium/src"));
      assert.equal(loadCodebook().dir, path.join(root, "data"));
    } finally {
      process.chdir(cwd);
    }
  });

  test("a folder without datapackage.json: NOT_FOUND", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "empty-"));
    assert.throws(
      () => loadCodebook(dir),
      (e: unknown) => e instanceof DataError && e.code === "NOT_FOUND" && e.message.includes("datapackage.json"),
    );
    rmSync(dir, { recursive: true });
  });

  test("datapackage.json that is not JSON: INVALID_CODEBOOK", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bad-json-"));
    writeFileSync(path.join(dir, "datapackage.json"), "{ resources: [");
    assert.throws(
      () => loadCodebook(dir),
      (e: unknown) => e instanceof DataError && e.code === "INVALID_CODEBOOK" && e.message.includes("not valid JSON"),
    );
  });

  test("every problem of a malformed codebook is reported at once", () => {
    const dir = brokenCodebook((pkg, schemas) => {
      const resources = pkg.resources as JsonObject[];
      (resources[2] as JsonObject).schema = "schemas/does-not-exist.json";
      (resources[3] as JsonObject).name = "respondents-2019-20";
      const constructs = pkg.constructs as JsonObject[];
      (constructs[0] as JsonObject).items = {
        pre: ["werkplezier_1_pre", "werkplezer_2_pre", "werkplezier_3_pre"],
        post: ["werkplezier_1_post", "werkplezier_2_post", "werkplezier_3_post"],
      };
      (constructs[1] as JsonObject).minItems = 7;
      (constructs[2] as JsonObject).higherIsBetter = "nee";
      editSchema(schemas, "respondents.json", (s) => {
        (s.fields[2] as JsonObject).constraints = { minimum: 50, maximum: 0 };
        (s.fields[3] as JsonObject).type = "date";
        (s.fields[0] as JsonObject).constraints = { required: true, pattern: "^R(19|20" };
      });
      editSchema(schemas, "focusgroups.json", (s) => {
        s.foreignKeys = [{ fields: "axial_code", reference: { resource: "axial-kodes", fields: "axial_code" } }];
      });
    });
    const messages = codebookProblems(dir).join("\n");
    for (const expected of [
      "does-not-exist.json",
      "does not exist",
      'the name "respondents-2019-20" is used twice',
      'item "werkplezer_2_pre" (pre) is not a field of the respondents schema (did you mean "werkplezier_2_pre"?)',
      "minItems 7 must be between 1 and the number of items (3)",
      'construct "self-efficacy": "higherIsBetter" is "nee"; expected true or false',
      "minimum 50 is larger than maximum 0",
      'type "date" is not supported',
      "is not a valid regular expression",
      'refers to resource "axial-kodes", which is not in the package (did you mean "axial-codes"?)',
    ]) {
      assert.ok(messages.includes(expected), `expected ${JSON.stringify(expected)} in:\n${messages}`);
    }
  });

  test("a construct item whose schema says another time point", () => {
    const dir = brokenCodebook((pkg) => {
      const constructs = pkg.constructs as JsonObject[];
      (constructs[0] as JsonObject).items = { pre: ["werkplezier_1_post"] };
    });
    assert.ok(codebookProblems(dir).some((m) => m.includes('listed under "pre" but its schema says timepoint "post"')));
  });

  test("parseCodebook checks the package object itself", () => {
    assert.throws(
      () => parseCodebook([], "x/datapackage.json"),
      (e: unknown) => e instanceof DataError && e.code === "INVALID_CODEBOOK",
    );
    assert.throws(
      () => parseCodebook({ resources: [] }, "x/datapackage.json"),
      (e: unknown) => e instanceof DataError && e.problems.some((p) => p.message.includes('"resources" is missing or empty')),
    );
  });

  test("getResource and getConstruct suggest a name", () => {
    const cb = loadCodebook(fixtureCodebook);
    assert.throws(() => getResource(cb, "respondents-2019"), /did you mean "respondents-2019-20"/);
    assert.throws(
      () => getConstruct(cb, "werkplezir"),
      (e: unknown) => e instanceof DataError && e.code === "UNKNOWN_CONSTRUCT" && e.message.includes('did you mean "werkplezier"'),
    );
  });
});
