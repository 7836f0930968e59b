/**
 * The codebook: a Frictionless Data Package (`datapackage.json`) and the Table Schemas it
 * references, read into typed objects and checked for consistency.
 *
 * Beyond the Frictionless standard the package carries: per resource `kind`, `round`,
 * `expectedRows` and `expectedGroups`; per field `construct`, `timepoint` (pre/post/once),
 * `part`, `item`, `wording_nl`, `wording_en`, `wordingSource`, `quasiIdentifier`, `freeText`
 * and `scale`; and a top-level `constructs` list with each construct's items per time point,
 * `minItems` and `higherIsBetter`.
 *
 * @module data/codebook
 */
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { DataError, appendAll, problem, type Problem } from "./errors.js";
import { listText, suggest } from "./text.js";

/** Field types the loader understands. */
export type FieldType = "string" | "integer" | "number";
/** Time points of an item: retrospective before the course, after it, or asked once. */
export type Timepoint = "pre" | "post" | "once";

/** The answer scale of a Likert item. */
export interface Scale {
  readonly min: number;
  readonly max: number;
  /** Dutch labels of (some) scale points, keyed by the point as a string. */
  readonly labelsNl: Readonly<Record<string, string>>;
  readonly labelsEn: Readonly<Record<string, string>>;
}

/** Table Schema constraints of a field (`null` when absent). */
export interface Constraints {
  readonly required: boolean;
  readonly unique: boolean;
  readonly minimum: number | null;
  readonly maximum: number | null;
  readonly minLength: number | null;
  readonly maxLength: number | null;
  /** Allowed values (strings for string fields, numbers for numeric fields). */
  readonly enum: readonly (string | number)[] | null;
  /** Regular expression the whole value must match (implicitly anchored). */
  readonly pattern: string | null;
}

/** One column of a table, as the codebook describes it. */
export interface Field {
  readonly name: string;
  readonly type: FieldType;
  readonly title: string | null;
  readonly description: string | null;
  readonly constraints: Constraints;
  readonly construct: string | null;
  readonly timepoint: Timepoint | null;
  /** Part of the questionnaire (0 = identifiers). */
  readonly part: number | null;
  /** Item number within its construct. */
  readonly item: number | null;
  /** Dutch item wording as asked. */
  readonly wordingNl: string | null;
  readonly wordingEn: string | null;
  /** `article` when the wording is printed in the article, `reconstructed` otherwise. */
  readonly wordingSource: string | null;
  /** True for fields that, combined, could single out a respondent. */
  readonly quasiIdentifier: boolean;
  /** True for free-text answers (scanned for personal data before reporting). */
  readonly freeText: boolean;
  readonly scale: Scale | null;
}

/** A Table Schema foreign key (field lists normalised to arrays). */
export interface ForeignKey {
  readonly fields: readonly string[];
  readonly reference: { readonly resource: string; readonly fields: readonly string[] };
}

/** A Table Schema, read from its file. */
export interface Schema {
  /** Absolute path of the schema file. */
  readonly path: string;
  readonly fields: readonly Field[];
  /** Tokens that mean "missing" (compared with the trimmed cell). */
  readonly missingValues: readonly string[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
}

/** CSV dialect as declared in the package (informative: files are sniffed anyway). */
export interface Dialect {
  readonly delimiter: string | null;
  readonly header: boolean;
  readonly quoteChar: string;
  readonly doubleQuote: boolean;
}

/** One resource (file) of the package. */
export interface Resource {
  readonly name: string;
  /** Path relative to the package, e.g. `raw/respondents-2019-20.csv`. */
  readonly path: string;
  readonly title: string | null;
  /** `respondents`, `coding`, `focusgroups`, `codes`, `axial-codes`, `published`, … */
  readonly kind: string | null;
  readonly format: string | null;
  /** True for tables (CSV or workbook) with a Table Schema; false for e.g. `published.json`. */
  readonly tabular: boolean;
  readonly round: string | null;
  readonly expectedRows: number | null;
  /** Expected number of distinct participants per group (focus groups), keyed by group. */
  readonly expectedGroups: Readonly<Record<string, number>> | null;
  readonly dialect: Dialect | null;
  /** Path of the schema relative to the package, as written there. */
  readonly schemaPath: string | null;
  /** The schema, for tabular resources. */
  readonly schema: Schema | null;
}

/** A construct (cluster of items, or a single item) and its items per time point. */
export interface Construct {
  readonly name: string;
  readonly labelNl: string | null;
  readonly labelEn: string | null;
  /** `cluster` or `single`. */
  readonly kind: string;
  readonly items: Readonly<Partial<Record<Timepoint, readonly string[]>>>;
  /** How a score is formed: `mean` of the items, or the single `item`. */
  readonly score: string;
  /** Answered items a respondent needs for a score at a time point (default: all items). */
  readonly minItems: number;
  /** The item wording the article prints for the construct. */
  readonly articleItem: string | null;
  /**
   * Whether a higher score is the favourable direction (`higherIsBetter` in the codebook,
   * default true): false for werkdruk, where more is bad news. Figures colour by it.
   */
  readonly higherIsBetter: boolean;
}

/** The codebook: the package, its resources with their schemas, and its constructs. */
export interface Codebook {
  /** Absolute path of the package folder. */
  readonly dir: string;
  /** Absolute path of `datapackage.json`. */
  readonly path: string;
  readonly name: string;
  readonly title: string | null;
  readonly version: string | null;
  /** True when the package says its data are a synthetic reconstruction. */
  readonly synthetic: boolean;
  readonly resources: readonly Resource[];
  readonly constructs: readonly Construct[];
  /** The package's `analysis` notes (missing-data rules in words, thresholds). */
  readonly analysis: Readonly<Record<string, string | number | boolean>>;
}

const FIELD_TYPES: readonly FieldType[] = ["string", "integer", "number"];
const TIMEPOINTS: readonly Timepoint[] = ["pre", "post", "once"];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Collects codebook problems for one file (datapackage.json or a schema). */
class Collector {
  readonly problems: Problem[] = [];
  constructor(readonly file: string) {}
  add(at: string, text: string, column: string | null = null, value: string | null = null): void {
    this.problems.push(problem("error", this.file, { column, value }, "codebook", `${at}: ${text}`));
  }
  str(o: JsonObject, key: string, at: string, required: boolean): string | null {
    const v = o[key];
    if (v === undefined || v === null) {
      if (required) this.add(at, `"${key}" is missing; expected a string`);
      return null;
    }
    if (typeof v !== "string") {
      this.add(at, `"${key}" is ${JSON.stringify(v)}; expected a string`);
      return null;
    }
    return v;
  }
  num(o: JsonObject, key: string, at: string, integer = false): number | null {
    const v = o[key];
    if (v === undefined || v === null) return null;
    if (typeof v !== "number" || !Number.isFinite(v) || (integer && !Number.isInteger(v))) {
      this.add(at, `"${key}" is ${JSON.stringify(v)}; expected ${integer ? "an integer" : "a number"}`);
      return null;
    }
    return v;
  }
  bool(o: JsonObject, key: string, at: string): boolean {
    const v = o[key];
    if (v === undefined || v === null) return false;
    if (typeof v !== "boolean") {
      this.add(at, `"${key}" is ${JSON.stringify(v)}; expected true or false`);
      return false;
    }
    return v;
  }
  strings(v: Json | undefined, at: string, what: string): string[] | null {
    if (v === undefined || v === null) return null;
    if (typeof v === "string") return [v];
    if (Array.isArray(v) && v.every((x): x is string => typeof x === "string")) return v;
    this.add(at, `${what} is ${JSON.stringify(v)}; expected a string or a list of strings`);
    return null;
  }
}

/** Largest codebook file read (datapackage.json, a schema): 16 MB. */
const MAX_CODEBOOK_BYTES = 16 * 1024 * 1024;

function readJson(file: string, what: string): { value: Json | null; problem: Problem | null } {
  let text: string;
  try {
    const stat = statSync(file);
    if (!stat.isFile())
      return {
        value: null,
        problem: problem("error", file, {}, "codebook", `${what} is not a regular file (a folder, pipe or device); expected a JSON file`),
      };
    if (stat.size > MAX_CODEBOOK_BYTES)
      return {
        value: null,
        problem: problem(
          "error",
          file,
          {},
          "codebook",
          `${what} is ${Math.round(stat.size / (1024 * 1024))} MB, above the limit of 16 MB for a codebook file`,
        ),
      };
    text = readFileSync(file, "utf8");
  } catch (e) {
    const reason = e instanceof Error && "code" in e && e.code === "ENOENT" ? "does not exist" : "cannot be read";
    return { value: null, problem: problem("error", file, {}, "codebook", `${what} ${reason}`) };
  }
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, "")) as Json, problem: null };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { value: null, problem: problem("error", file, {}, "codebook", `${what} is not valid JSON (${detail})`) };
  }
}

/**
 * True when a path of the package (a resource or schema path) is absolute, climbs out with "..",
 * or resolves, through a symbolic link, to a file outside the package folder.
 */
function outsidePackage(dir: string, p: string): boolean {
  if (path.isAbsolute(p) || p.split(/[\\/]/).includes("..")) return true;
  try {
    const real = realpathSync(path.resolve(dir, p));
    const root = realpathSync(dir);
    return real !== root && !real.startsWith(root + path.sep);
  } catch {
    return false;
  }
}

function labels(c: Collector, v: Json | undefined, at: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (v === undefined || v === null) return out;
  if (!isObject(v)) {
    c.add(at, `expected an object of labels, got ${JSON.stringify(v)}`);
    return out;
  }
  for (const [k, l] of Object.entries(v)) {
    if (typeof l === "string") out[k] = l;
    else c.add(at, `label ${JSON.stringify(k)} is ${JSON.stringify(l)}; expected a string`);
  }
  return out;
}

function parseField(c: Collector, raw: Json, index: number): Field | null {
  const at = `fields[${index}]`;
  if (!isObject(raw)) {
    c.add(at, `expected an object, got ${JSON.stringify(raw)}`);
    return null;
  }
  const name = c.str(raw, "name", at, true);
  if (name === null) return null;
  const fat = `field "${name}"`;
  const typeRaw = raw.type ?? "string";
  let type: FieldType = "string";
  if (typeof typeRaw === "string" && (FIELD_TYPES as readonly string[]).includes(typeRaw)) type = typeRaw as FieldType;
  else c.add(fat, `type ${JSON.stringify(typeRaw)} is not supported; expected ${listText(FIELD_TYPES)}`, name);

  const cons = raw.constraints;
  const consObj: JsonObject = isObject(cons) ? cons : {};
  if (cons !== undefined && !isObject(cons)) c.add(fat, `"constraints" is ${JSON.stringify(cons)}; expected an object`, name);
  const cat = `${fat} constraints`;
  const minimum = c.num(consObj, "minimum", cat);
  const maximum = c.num(consObj, "maximum", cat);
  if (minimum !== null && maximum !== null && minimum > maximum) {
    c.add(cat, `minimum ${minimum} is larger than maximum ${maximum}`, name);
  }
  if ((minimum !== null || maximum !== null) && type === "string") {
    c.add(cat, `minimum/maximum are given for a string field; expected type integer or number`, name);
  }
  const pattern = c.str(consObj, "pattern", cat, false);
  if (pattern !== null) {
    try {
      new RegExp(pattern, "u");
    } catch (e) {
      c.add(
        cat,
        `pattern ${JSON.stringify(pattern)} is not a valid regular expression (${e instanceof Error ? e.message : String(e)})`,
        name,
      );
    }
  }
  let enumValues: (string | number)[] | null = null;
  const en = consObj.enum;
  if (en !== undefined && en !== null) {
    if (!Array.isArray(en) || en.length === 0) c.add(cat, `"enum" is ${JSON.stringify(en)}; expected a non-empty list`, name);
    else if (type === "string" && en.every((x): x is string => typeof x === "string")) enumValues = en;
    else if (type !== "string" && en.every((x): x is number => typeof x === "number")) enumValues = en;
    else c.add(cat, `"enum" ${JSON.stringify(en)} does not fit type ${type}`, name);
  }
  const constraints: Constraints = Object.freeze({
    required: c.bool(consObj, "required", cat),
    unique: c.bool(consObj, "unique", cat),
    minimum,
    maximum,
    minLength: c.num(consObj, "minLength", cat, true),
    maxLength: c.num(consObj, "maxLength", cat, true),
    enum: enumValues === null ? null : Object.freeze([...enumValues]),
    pattern,
  });

  let timepoint: Timepoint | null = null;
  const tp = raw.timepoint;
  if (tp !== undefined && tp !== null) {
    if (typeof tp === "string" && (TIMEPOINTS as readonly string[]).includes(tp)) timepoint = tp as Timepoint;
    else c.add(fat, `timepoint ${JSON.stringify(tp)} is not one of ${listText(TIMEPOINTS)}`, name);
  }
  let scale: Scale | null = null;
  const sc = raw.scale;
  if (sc !== undefined && sc !== null) {
    if (!isObject(sc)) c.add(fat, `"scale" is ${JSON.stringify(sc)}; expected an object with min and max`, name);
    else {
      const smin = c.num(sc, "min", `${fat} scale`);
      const smax = c.num(sc, "max", `${fat} scale`);
      if (smin === null || smax === null) c.add(`${fat} scale`, `expected numbers "min" and "max"`, name);
      else if (smin >= smax) c.add(`${fat} scale`, `min ${smin} is not below max ${smax}`, name);
      else {
        scale = Object.freeze({
          min: smin,
          max: smax,
          labelsNl: Object.freeze(labels(c, sc.labels_nl, `${fat} scale.labels_nl`)),
          labelsEn: Object.freeze(labels(c, sc.labels_en, `${fat} scale.labels_en`)),
        });
      }
    }
  }
  return Object.freeze({
    name,
    type,
    title: c.str(raw, "title", fat, false),
    description: c.str(raw, "description", fat, false),
    constraints,
    construct: c.str(raw, "construct", fat, false),
    timepoint,
    part: c.num(raw, "part", fat, true),
    item: c.num(raw, "item", fat, true),
    wordingNl: c.str(raw, "wording_nl", fat, false),
    wordingEn: c.str(raw, "wording_en", fat, false),
    wordingSource: c.str(raw, "wordingSource", fat, false),
    quasiIdentifier: c.bool(raw, "quasiIdentifier", fat),
    freeText: c.bool(raw, "freeText", fat),
    scale,
  });
}

function parseSchema(
  file: string,
  cache: Map<string, { schema: Schema | null; problems: Problem[] }>,
): {
  schema: Schema | null;
  problems: Problem[];
} {
  const cached = cache.get(file);
  if (cached) return cached;
  const { value, problem: readProblem } = readJson(file, "schema file");
  const c = new Collector(file);
  let schema: Schema | null = null;
  if (readProblem !== null) c.problems.push(readProblem);
  else if (!isObject(value)) c.add("schema", `expected a JSON object with "fields", got ${JSON.stringify(value).slice(0, 40)}`);
  else schema = schemaFromObject(c, value, file);
  const result = { schema, problems: c.problems };
  cache.set(file, result);
  return result;
}

/** Reads a Table Schema object (from a file or inline in the package). */
function schemaFromObject(c: Collector, value: JsonObject, source: string): Schema | null {
  const fieldsRaw = value.fields;
  const fields: Field[] = [];
  if (!Array.isArray(fieldsRaw) || fieldsRaw.length === 0) c.add("schema", `"fields" is missing or empty; expected a list of fields`);
  else {
    const seen = new Set<string>();
    fieldsRaw.forEach((f, i) => {
      const field = parseField(c, f, i);
      if (field === null) return;
      if (seen.has(field.name)) c.add(`fields[${i}]`, `field name "${field.name}" occurs twice`, field.name);
      seen.add(field.name);
      fields.push(field);
    });
  }
  const names = fields.map((f) => f.name);
  const missingValues = c.strings(value.missingValues, "schema", `"missingValues"`) ?? [""];
  const primaryKey = c.strings(value.primaryKey, "schema", `"primaryKey"`) ?? [];
  for (const k of primaryKey) {
    if (!names.includes(k)) c.add("primaryKey", `field "${k}" is not in the schema${hint(k, names)}`, k);
  }
  const foreignKeys: ForeignKey[] = [];
  const fks = value.foreignKeys;
  if (fks !== undefined && fks !== null) {
    if (!Array.isArray(fks)) c.add("schema", `"foreignKeys" is ${JSON.stringify(fks)}; expected a list`);
    else {
      fks.forEach((fk, i) => {
        const at = `foreignKeys[${i}]`;
        if (!isObject(fk) || !isObject(fk.reference)) {
          c.add(at, `expected an object with "fields" and "reference"`);
          return;
        }
        const ref = fk.reference;
        const fkFields = c.strings(fk.fields, at, `"fields"`);
        const refFields = c.strings(ref.fields, at, `"reference.fields"`);
        const refResource = c.str(ref, "resource", at, false) ?? "";
        if (fkFields === null || refFields === null) return;
        if (fkFields.length !== refFields.length) c.add(at, `"fields" and "reference.fields" differ in length`);
        for (const k of fkFields) if (!names.includes(k)) c.add(at, `field "${k}" is not in the schema${hint(k, names)}`, k);
        foreignKeys.push(
          Object.freeze({
            fields: Object.freeze(fkFields),
            reference: Object.freeze({ resource: refResource, fields: Object.freeze(refFields) }),
          }),
        );
      });
    }
  }
  if (fields.length === 0) return null;
  return Object.freeze({
    path: source,
    fields: Object.freeze(fields),
    missingValues: Object.freeze(missingValues),
    primaryKey: Object.freeze(primaryKey),
    foreignKeys: Object.freeze(foreignKeys),
  });
}

function hint(name: string, candidates: readonly string[]): string {
  const s = suggest(name, candidates);
  return s === null ? "" : ` (did you mean "${s}"?)`;
}

const TABLE_FORMATS = new Set(["csv", "tsv", "xlsx", "xls", "ods"]);

/**
 * Parses a `datapackage.json` (already read as JSON) and the schema files it references.
 *
 * Rules: every resource needs a unique `name` and a `path`; a resource is tabular when its
 * profile is `tabular-data-resource` or its format is csv/tsv/xlsx/xls/ods, and then needs a
 * `schema` (a path relative to the package, or an inline schema object); field types must be
 * string, integer or number; constraints must be consistent (minimum ≤ maximum, valid pattern,
 * enum of the field's type); primary and foreign keys must name existing fields and resources;
 * each construct's items must be numeric fields of a respondents table whose `construct` and
 * `timepoint` agree, and 1 ≤ `minItems` ≤ number of items.
 *
 * @param json the parsed `datapackage.json`.
 * @param packagePath absolute or relative path of `datapackage.json` (schema paths are resolved
 *   relative to its folder).
 * @returns the codebook.
 * @throws {DataError} INVALID_CODEBOOK with every problem found.
 * @example
 * // illustrative: reads a file with readFileSync (not in scope); loadCodebook() does this and is run below
 * parseCodebook(JSON.parse(readFileSync("data/datapackage.json", "utf8")), "data/datapackage.json")
 */
export function parseCodebook(json: unknown, packagePath: string): Codebook {
  const fn = "parseCodebook";
  const file = path.resolve(packagePath);
  const dir = path.dirname(file);
  const c = new Collector(file);
  const problems: Problem[] = c.problems;
  const root = json as Json;
  if (!isObject(root)) {
    c.add("datapackage.json", `expected a JSON object with "resources"`);
    throw new DataError("INVALID_CODEBOOK", fn, `${file} is not a data package`, problems);
  }
  const cache = new Map<string, { schema: Schema | null; problems: Problem[] }>();
  const resources: Resource[] = [];
  const rawResources = root.resources;
  if (!Array.isArray(rawResources) || rawResources.length === 0) {
    c.add("datapackage.json", `"resources" is missing or empty; expected a list of resources`);
  } else {
    const names = new Set<string>();
    rawResources.forEach((r, i) => {
      const at = `resources[${i}]`;
      if (!isObject(r)) {
        c.add(at, `expected an object, got ${JSON.stringify(r)}`);
        return;
      }
      const name = c.str(r, "name", at, true);
      const rpath = c.str(r, "path", name === null ? at : `resource "${name}"`, true);
      if (name === null || rpath === null) return;
      const rat = `resource "${name}"`;
      if (names.has(name)) c.add(rat, `the name "${name}" is used twice`);
      names.add(name);
      if (path.isAbsolute(rpath) || rpath.split(/[\\/]/).includes("..")) {
        c.add(rat, `path ${JSON.stringify(rpath)} must be relative to the package and stay inside it`);
      }
      const format = (c.str(r, "format", rat, false) ?? path.extname(rpath).slice(1)).toLowerCase() || null;
      const profile = c.str(r, "profile", rat, false);
      const tabular = profile === "tabular-data-resource" || (profile === null && format !== null && TABLE_FORMATS.has(format));
      const expectedRows = c.num(r, "expectedRows", rat, true);
      if (expectedRows !== null && expectedRows < 0) c.add(rat, `expectedRows ${expectedRows} is negative`);
      let expectedGroups: Record<string, number> | null = null;
      const eg = r.expectedGroups;
      if (eg !== undefined && eg !== null) {
        if (!isObject(eg)) c.add(rat, `"expectedGroups" is ${JSON.stringify(eg)}; expected an object of counts`);
        else {
          expectedGroups = {};
          for (const [k, v] of Object.entries(eg)) {
            if (typeof v === "number" && Number.isInteger(v) && v >= 0) expectedGroups[k] = v;
            else c.add(rat, `expectedGroups[${JSON.stringify(k)}] is ${JSON.stringify(v)}; expected a count`);
          }
        }
      }
      let dialect: Dialect | null = null;
      const d = r.dialect;
      if (isObject(d)) {
        dialect = Object.freeze({
          delimiter: c.str(d, "delimiter", `${rat} dialect`, false),
          header: d.header === undefined ? true : c.bool(d, "header", `${rat} dialect`),
          quoteChar: c.str(d, "quoteChar", `${rat} dialect`, false) ?? '"',
          doubleQuote: d.doubleQuote === undefined ? true : c.bool(d, "doubleQuote", `${rat} dialect`),
        });
        if (!dialect.header) c.add(`${rat} dialect`, `"header" is false; the loader needs a header row`);
      }
      let schema: Schema | null = null;
      let schemaPath: string | null = null;
      const s = r.schema;
      if (tabular) {
        if (typeof s === "string" && outsidePackage(dir, s)) {
          // Like resource paths: a schema is read only from inside the package, so that a codebook
          // cannot make the loader read (and quote in its messages) any file of the machine.
          schemaPath = s;
          c.add(rat, `schema path ${JSON.stringify(s)} must be relative to the package and stay inside it; it was not read`);
        } else if (typeof s === "string") {
          schemaPath = s;
          const schemaFile = path.resolve(dir, s);
          const firstUse = !cache.has(schemaFile);
          const parsed = parseSchema(schemaFile, cache);
          if (firstUse) appendAll(problems, parsed.problems);
          schema = parsed.schema;
        } else if (isObject(s)) {
          schema = schemaFromObject(c, s, `${file}#${name}`);
        } else {
          c.add(rat, `a tabular resource needs "schema": a path to a Table Schema file or an inline schema`);
        }
      } else if (typeof s === "string") {
        schemaPath = s;
      }
      resources.push(
        Object.freeze({
          name,
          path: rpath,
          title: c.str(r, "title", rat, false),
          kind: c.str(r, "kind", rat, false),
          format,
          tabular,
          round: c.str(r, "round", rat, false),
          expectedRows,
          expectedGroups: expectedGroups === null ? null : Object.freeze(expectedGroups),
          dialect,
          schemaPath,
          schema,
        }),
      );
    });
  }
  // Foreign keys must point at existing resources.
  const resourceNames = resources.map((r) => r.name);
  for (const r of resources) {
    for (const fk of r.schema?.foreignKeys ?? []) {
      const target = fk.reference.resource === "" ? r : resources.find((x) => x.name === fk.reference.resource);
      if (target === undefined) {
        problems.push(
          problem(
            "error",
            r.schema?.path ?? file,
            {},
            "codebook",
            `foreign key of resource "${r.name}" refers to resource "${fk.reference.resource}", which is not in the package${hint(fk.reference.resource, resourceNames)}`,
          ),
        );
      } else if (target.schema !== null) {
        for (const f of fk.reference.fields) {
          if (!target.schema.fields.some((x) => x.name === f)) {
            problems.push(
              problem(
                "error",
                r.schema?.path ?? file,
                { column: f },
                "codebook",
                `foreign key of resource "${r.name}" refers to field "${f}" of resource "${target.name}", which has no such field`,
              ),
            );
          }
        }
      }
    }
  }
  const constructs = parseConstructs(c, root.constructs, resources);
  const analysis: Record<string, string | number | boolean> = {};
  const an = root.analysis;
  if (isObject(an)) {
    for (const [k, v] of Object.entries(an)) {
      if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") analysis[k] = v;
    }
  }
  const name = c.str(root, "name", "datapackage.json", false) ?? path.basename(dir);
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    throw new DataError(
      "INVALID_CODEBOOK",
      fn,
      `the codebook ${file} has ${errors.length} problem${errors.length === 1 ? "" : "s"}:\n${errors.map((p) => `  - ${p.message}`).join("\n")}`,
      problems,
    );
  }
  return Object.freeze({
    dir,
    path: file,
    name,
    title: c.str(root, "title", "datapackage.json", false),
    version: c.str(root, "version", "datapackage.json", false),
    synthetic: root.synthetic === true,
    resources: Object.freeze(resources),
    constructs: Object.freeze(constructs),
    analysis: Object.freeze(analysis),
  });
}

function parseConstructs(c: Collector, raw: Json | undefined, resources: readonly Resource[]): Construct[] {
  const out: Construct[] = [];
  if (raw === undefined || raw === null) return out;
  if (!Array.isArray(raw)) {
    c.add("constructs", `expected a list, got ${JSON.stringify(raw).slice(0, 40)}`);
    return out;
  }
  const respondentFields = new Map<string, Field>();
  for (const r of resources) {
    if (r.kind === "respondents" && r.schema !== null) for (const f of r.schema.fields) respondentFields.set(f.name, f);
  }
  const names = new Set<string>();
  raw.forEach((item, i) => {
    const at = `constructs[${i}]`;
    if (!isObject(item)) {
      c.add(at, `expected an object, got ${JSON.stringify(item)}`);
      return;
    }
    const name = c.str(item, "name", at, true);
    if (name === null) return;
    const cat = `construct "${name}"`;
    if (names.has(name)) c.add(cat, `the name "${name}" is used twice`);
    names.add(name);
    const itemsRaw = item.items;
    const items: Partial<Record<Timepoint, readonly string[]>> = {};
    if (!isObject(itemsRaw)) c.add(cat, `"items" is missing; expected an object with item lists per time point`);
    else {
      for (const [tp, list] of Object.entries(itemsRaw)) {
        if (!(TIMEPOINTS as readonly string[]).includes(tp)) {
          c.add(cat, `time point ${JSON.stringify(tp)} is not one of ${listText(TIMEPOINTS)}`);
          continue;
        }
        const names2 = c.strings(list, cat, `items.${tp}`);
        if (names2 === null || names2.length === 0) {
          c.add(cat, `items.${tp} is empty; expected at least one field name`);
          continue;
        }
        for (const f of names2) {
          const field = respondentFields.get(f);
          if (respondentFields.size === 0) continue;
          if (field === undefined) {
            c.add(cat, `item "${f}" (${tp}) is not a field of the respondents schema${hint(f, [...respondentFields.keys()])}`, f);
            continue;
          }
          if (field.type === "string") c.add(cat, `item "${f}" is a string field; expected integer or number`, f);
          if (field.construct !== null && field.construct !== name) {
            c.add(cat, `item "${f}" says construct "${field.construct}" in its schema`, f);
          }
          if (field.timepoint !== null && field.timepoint !== tp) {
            c.add(cat, `item "${f}" is listed under "${tp}" but its schema says timepoint "${field.timepoint}"`, f);
          }
        }
        items[tp as Timepoint] = Object.freeze([...names2]);
      }
    }
    let minItems = c.num(item, "minItems", cat, true);
    const smallest = Math.min(...Object.values(items).map((l) => l.length));
    if (minItems === null) minItems = Number.isFinite(smallest) ? smallest : 1;
    else if (minItems < 1 || (Number.isFinite(smallest) && minItems > smallest)) {
      c.add(cat, `minItems ${minItems} must be between 1 and the number of items (${Number.isFinite(smallest) ? smallest : 0})`);
    }
    out.push(
      Object.freeze({
        name,
        labelNl: c.str(item, "label_nl", cat, false),
        labelEn: c.str(item, "label_en", cat, false),
        kind: c.str(item, "kind", cat, false) ?? "cluster",
        items: Object.freeze(items),
        score: c.str(item, "score", cat, false) ?? "mean",
        minItems,
        articleItem: c.str(item, "articleItem", cat, false),
        higherIsBetter: item.higherIsBetter === undefined || item.higherIsBetter === null ? true : c.bool(item, "higherIsBetter", cat),
      }),
    );
  });
  return out;
}

/**
 * Finds the folder of the default codebook: `data/` under the working directory or under the
 * nearest ancestor that has `data/datapackage.json` (so a notebook in `notebooks/` finds it).
 */
function findDefaultDir(): string | null {
  let dir = process.cwd();
  for (;;) {
    const candidate = path.join(dir, "data");
    if (existsSync(path.join(candidate, "datapackage.json"))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Reads the codebook: `datapackage.json` in `dir` and every schema it references.
 *
 * Rules: `dir` is a folder holding `datapackage.json`, or the path of a `datapackage.json`
 * itself. Without an argument the folder `data/` is looked up from the working directory
 * upwards (so notebooks in `notebooks/` find the project's codebook). Every problem of the
 * codebook is collected before throwing (see {@link parseCodebook} for the checks).
 *
 * @param dir folder of the package (default: `data`, searched upwards).
 * @returns the typed codebook.
 * @throws {DataError} NOT_FOUND when there is no `datapackage.json`; INVALID_CODEBOOK with
 *   every problem when it or a schema is malformed.
 * @example
 * const codebook = loadCodebook();
 * codebook.constructs.map((c) => c.name) // ["werkplezier", "werkdruk", "self-efficacy", …]
 */
export function loadCodebook(dir?: string): Codebook {
  const fn = "loadCodebook";
  let folder: string;
  if (dir === undefined) {
    const found = findDefaultDir();
    if (found === null) {
      throw new DataError("NOT_FOUND", fn, `no data/datapackage.json in ${process.cwd()} or any folder above it; pass the codebook folder`);
    }
    folder = found;
  } else {
    folder = path.resolve(dir);
  }
  let file = folder;
  if (!existsSync(folder)) throw new DataError("NOT_FOUND", fn, `the codebook folder ${folder} does not exist`);
  if (statSync(folder).isDirectory()) file = path.join(folder, "datapackage.json");
  if (!existsSync(file))
    throw new DataError("NOT_FOUND", fn, `${file} does not exist; expected the codebook (a Frictionless datapackage.json)`);
  const { value, problem: p } = readJson(file, "datapackage.json");
  if (p !== null) throw new DataError("INVALID_CODEBOOK", fn, p.message, [p]);
  return parseCodebook(value, file);
}

/**
 * The resource of the codebook with the given name.
 *
 * @param codebook the codebook.
 * @param name resource name, e.g. `respondents-2019-20`.
 * @returns the resource.
 * @throws {DataError} NOT_FOUND with a "did you mean" suggestion.
 * @example
 * const codebook = loadCodebook();
 * getResource(codebook, "codes").path // "codes.csv"
 */
export function getResource(codebook: Codebook, name: string): Resource {
  const r = codebook.resources.find((x) => x.name === name);
  if (r === undefined) {
    const names = codebook.resources.map((x) => x.name);
    throw new DataError(
      "NOT_FOUND",
      "getResource",
      `no resource "${name}" in the codebook${hint(name, names)}; resources: ${listText(names, "and")}`,
    );
  }
  return r;
}

/**
 * The construct of the codebook with the given name.
 *
 * @param codebook the codebook.
 * @param name construct name, e.g. `werkplezier`.
 * @returns the construct.
 * @throws {DataError} UNKNOWN_CONSTRUCT with a "did you mean" suggestion.
 * @example
 * const codebook = loadCodebook();
 * getConstruct(codebook, "werkdruk").minItems // 3
 */
export function getConstruct(codebook: Codebook, name: string): Construct {
  const c = codebook.constructs.find((x) => x.name === name);
  if (c === undefined) {
    const names = codebook.constructs.map((x) => x.name);
    throw new DataError(
      "UNKNOWN_CONSTRUCT",
      "getConstruct",
      `no construct "${name}" in the codebook${hint(name, names)}; constructs: ${listText(names, "and")}`,
    );
  }
  return c;
}

/**
 * Names of the respondent fields the codebook marks as quasi-identifiers (`quasiIdentifier: true`),
 * in schema order — the default input of {@link kAnonymity}.
 *
 * @param codebook the codebook.
 * @returns field names, e.g. `["round", "experience_years", "fte", "sector", "course"]`.
 * @throws never.
 * @example quasiIdentifiers(loadCodebook()) // ["round", "experience_years", "fte", "sector", "course"]
 */
export function quasiIdentifiers(codebook: Codebook): string[] {
  const out: string[] = [];
  for (const r of codebook.resources) {
    if (r.kind !== "respondents" || r.schema === null) continue;
    for (const f of r.schema.fields) if (f.quasiIdentifier && !out.includes(f.name)) out.push(f.name);
  }
  return out;
}
