/**
 * Tests for data/published.json, the machine-readable transcription of every
 * number the article reports.
 *
 * Checks: the file validates against data/published.schema.json (with a small
 * structural JSON Schema checker written here, no packages); ids are unique;
 * `related` ids exist and links are symmetric; `value`, `decimals` and
 * `interval` agree with the printed `text`; every Table 2 and Table 3 cell is
 * present; every `text` occurs in its `quote`; and, when the article text is
 * available, every `quote` occurs in the article after whitespace
 * normalisation.
 *
 * Run: node --import tsx --test test/published.test.ts
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import type { PublishedValue } from "../../lib/audit/src/index.js";

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
type JsonObject = { readonly [key: string]: Json };

const here = dirname(fileURLToPath(import.meta.url));
const dataPath = resolve(here, "../../data/published.json");
const schemaPath = resolve(here, "../../data/published.schema.json");

const raw: Json = JSON.parse(readFileSync(dataPath, "utf8")) as Json;
const schema: Json = JSON.parse(readFileSync(schemaPath, "utf8")) as Json;

// ---------------------------------------------------------------------------
// A small structural JSON Schema (draft 2020-12) checker: the keywords the
// schema uses, and nothing else (an unknown keyword is an error, so the schema
// cannot silently rely on something this checker ignores).

const ANNOTATIONS = new Set(["$schema", "$id", "title", "description", "$comment", "examples", "default", "$defs"]);
const SUPPORTED = new Set([
  "type",
  "enum",
  "const",
  "properties",
  "required",
  "additionalProperties",
  "minProperties",
  "items",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minLength",
  "maxLength",
  "pattern",
  "minimum",
  "maximum",
  "$ref",
  "oneOf",
]);

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function jsonType(v: Json): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

function hasType(v: Json, t: string): boolean {
  if (t === "integer") return typeof v === "number" && Number.isInteger(v);
  return jsonType(v) === t;
}

function resolveRef(ref: string, root: JsonObject): JsonObject {
  const m = /^#\/\$defs\/([A-Za-z0-9_-]+)$/.exec(ref);
  if (m === null || m[1] === undefined) throw new Error(`unsupported $ref ${ref}: only "#/$defs/<name>" is supported`);
  const defs = root.$defs;
  const target = isObject(defs) ? defs[m[1]] : undefined;
  if (!isObject(target)) throw new Error(`$ref ${ref} does not resolve`);
  return target;
}

function validate(s: Json | undefined, v: Json, path: string, root: JsonObject, errors: string[]): void {
  if (!isObject(s)) throw new Error(`schema at ${path} is not an object`);
  for (const key of Object.keys(s)) {
    if (!SUPPORTED.has(key) && !ANNOTATIONS.has(key))
      throw new Error(`schema keyword "${key}" at ${path} is not supported by this checker`);
  }
  const ref = s.$ref;
  if (typeof ref === "string") validate(resolveRef(ref, root), v, path, root, errors);
  const oneOf = s.oneOf;
  if (Array.isArray(oneOf)) {
    const passing = oneOf.filter((sub) => {
      const e: string[] = [];
      validate(sub, v, path, root, e);
      return e.length === 0;
    }).length;
    if (passing !== 1) errors.push(`${path}: matches ${passing} of the ${oneOf.length} alternatives of oneOf, expected exactly 1`);
  }

  const type = s.type;
  if (type !== undefined) {
    const types = Array.isArray(type) ? type : [type];
    if (!types.some((t) => typeof t === "string" && hasType(v, t))) {
      errors.push(`${path}: expected type ${types.join("|")}, got ${jsonType(v)}`);
      return;
    }
  }
  const en = s.enum;
  if (Array.isArray(en) && !en.some((e) => e === v)) errors.push(`${path}: ${JSON.stringify(v)} not in enum ${JSON.stringify(en)}`);
  if ("const" in s && s.const !== v) errors.push(`${path}: expected const ${JSON.stringify(s.const)}`);

  if (typeof v === "string") {
    const minLength = s.minLength;
    const maxLength = s.maxLength;
    const pattern = s.pattern;
    const len = [...v].length;
    if (typeof minLength === "number" && len < minLength) errors.push(`${path}: string shorter than ${minLength}`);
    if (typeof maxLength === "number" && len > maxLength) errors.push(`${path}: string longer than ${maxLength} (${len})`);
    if (typeof pattern === "string" && !new RegExp(pattern, "u").test(v)) errors.push(`${path}: "${v}" does not match ${pattern}`);
  }
  if (typeof v === "number") {
    const minimum = s.minimum;
    const maximum = s.maximum;
    if (typeof minimum === "number" && v < minimum) errors.push(`${path}: ${v} < minimum ${minimum}`);
    if (typeof maximum === "number" && v > maximum) errors.push(`${path}: ${v} > maximum ${maximum}`);
  }
  if (Array.isArray(v)) {
    const minItems = s.minItems;
    const maxItems = s.maxItems;
    if (typeof minItems === "number" && v.length < minItems) errors.push(`${path}: fewer than ${minItems} items`);
    if (typeof maxItems === "number" && v.length > maxItems) errors.push(`${path}: more than ${maxItems} items`);
    if (s.uniqueItems === true) {
      const seen = new Set(v.map((x) => JSON.stringify(x)));
      if (seen.size !== v.length) errors.push(`${path}: items are not unique`);
    }
    const items = s.items;
    if (items !== undefined)
      v.forEach((item, i) => {
        validate(items, item, `${path}[${i}]`, root, errors);
      });
  }
  if (isObject(v)) {
    const props = s.properties;
    const properties: JsonObject = isObject(props) ? props : {};
    const required = s.required;
    if (Array.isArray(required)) {
      for (const r of required) if (typeof r === "string" && !(r in v)) errors.push(`${path}: missing required property "${r}"`);
    }
    const minProperties = s.minProperties;
    if (typeof minProperties === "number" && Object.keys(v).length < minProperties)
      errors.push(`${path}: fewer than ${minProperties} properties`);
    const additional = s.additionalProperties;
    for (const [k, child] of Object.entries(v)) {
      const ps = properties[k];
      if (ps !== undefined) validate(ps, child, `${path}.${k}`, root, errors);
      else if (additional === false) errors.push(`${path}: unexpected property "${k}"`);
      else if (isObject(additional)) validate(additional, child, `${path}.${k}`, root, errors);
    }
  }
}

// ---------------------------------------------------------------------------
// Parsing the printed text.

/** Dutch number words as printed in the article (and two compounds of "vijf"). */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  een: 1,
  één: 1,
  twee: 2,
  tweetal: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  vijfpunts: 5,
  vijfpuntsschaal: 5,
};

interface Parsed {
  readonly value: number | null;
  /** Digits after the separator for texts written in digits; null otherwise. */
  readonly decimals: number | null;
  /** All printed digits without separator (e.g. ",000" -> "000", "12,5" -> "125"). */
  readonly digits: string | null;
}

/**
 * Parse a printed number: digits with an optional decimal comma or point and
 * optional leading zero (",57", "4.0", "12,5"), a Dutch number word ("drie"),
 * or "A van de/die B" with number words (a proportion A/B). Anything else
 * ("-", "X", "(niet sig.)", labels) parses to null.
 */
function parseText(text: string): Parsed {
  const t = text.trim();
  const m = /^(\d*)(?:[.,](\d+))?$/.exec(t);
  if (m !== null && ((m[1] ?? "") !== "" || m[2] !== undefined)) {
    const int = m[1] ?? "";
    const frac = m[2] ?? "";
    return { value: Number(`${int === "" ? "0" : int}.${frac === "" ? "0" : frac}`), decimals: frac.length, digits: `${int}${frac}` };
  }
  const word = NUMBER_WORDS[t.toLowerCase()];
  if (word !== undefined) return { value: word, decimals: null, digits: null };
  const f = /^(\S+) van (?:de|die) (\S+)$/.exec(t.toLowerCase());
  if (f !== null && f[1] !== undefined && f[2] !== undefined) {
    const a = NUMBER_WORDS[f[1]];
    const b = NUMBER_WORDS[f[2]];
    if (a !== undefined && b !== undefined) return { value: a / b, decimals: null, digits: null };
  }
  return { value: null, decimals: null, digits: null };
}

/** Exact decimal string of the integer k divided by 10^d (k may be negative). */
function scaledToDecimalString(k: bigint, d: number): string {
  const neg = k < 0n;
  const s = (neg ? -k : k).toString().padStart(d + 1, "0");
  return `${neg ? "-" : ""}${s.slice(0, s.length - d)}.${s.slice(s.length - d)}`;
}

/** Rounding interval [lower, upper) of a printed number, computed in exact integer arithmetic. */
function roundingInterval(text: string, clipAtZero: boolean): readonly [number, number] {
  const p = parseText(text);
  if (p.digits === null || p.decimals === null) throw new Error(`"${text}" is not written in digits`);
  const scaled = BigInt(p.digits) * 10n;
  const d = p.decimals + 1;
  let lower = Number(scaledToDecimalString(scaled - 5n, d));
  const upper = Number(scaledToDecimalString(scaled + 5n, d));
  if (clipAtZero && lower < 0) lower = 0;
  return [lower, upper];
}

/** Kinds of measured quantities whose printed value is a rounded real number. */
const ROUNDED_KINDS = new Set(["mean", "sd", "effect-size", "correlation", "p-value", "percentage"]);

const normalise = (s: string): string => s.replace(/\s+/gu, " ").trim();

// ---------------------------------------------------------------------------

function entries(): readonly PublishedValue[] {
  assert.ok(isObject(raw), "published.json is an object");
  const values = raw.values;
  assert.ok(Array.isArray(values), "values is an array");
  return values as unknown as readonly PublishedValue[];
}

function byId(): ReadonlyMap<string, PublishedValue> {
  return new Map(entries().map((e) => [e.id, e]));
}

test("published.schema.json is a draft 2020-12 schema", () => {
  assert.ok(isObject(schema));
  assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema");
});

test("published.json validates against published.schema.json", () => {
  assert.ok(isObject(schema));
  const errors: string[] = [];
  validate(schema, raw, "$", schema, errors);
  assert.deepEqual(errors, []);
});

test("the schema checker rejects malformed entries", () => {
  assert.ok(isObject(schema));
  const first = entries()[0];
  assert.ok(first !== undefined);
  const bad = { ...first, id: "Not An Id", kind: "median", decimals: -1, extra: true, interval: [1] } as unknown as Json;
  const errors: string[] = [];
  validate(schema, { source: isObject(raw) ? (raw.source ?? null) : null, values: [bad] }, "$", schema, errors);
  const text = errors.join("\n");
  for (const expected of ["does not match", "not in enum", "minimum", 'unexpected property "extra"', "fewer than 2 items"]) {
    assert.ok(text.includes(expected), `expected an error containing "${expected}" in:\n${text}`);
  }
});

const rulesPath = resolve(here, "../../data/audit-rules.json");
const rulesSchemaPath = resolve(here, "../../data/audit-rules.schema.json");

test("audit-rules.json validates against audit-rules.schema.json, and every id it names is published", () => {
  const rulesSchema = JSON.parse(readFileSync(rulesSchemaPath, "utf8")) as Json;
  assert.ok(isObject(rulesSchema));
  assert.equal(rulesSchema.$schema, "https://json-schema.org/draft/2020-12/schema");
  const rules = JSON.parse(readFileSync(rulesPath, "utf8")) as Json;
  const errors: string[] = [];
  validate(rulesSchema, rules, "$", rulesSchema, errors);
  assert.deepEqual(errors, []);
  const ids = new Set(entries().map((e) => e.id));
  const named: string[] = [];
  const walk = (x: Json, key: string): void => {
    if (
      typeof x === "string" &&
      /^(sampleSize|alpha|min|max|mean|minimumScore|minimumCount|total|id|r|p|n|pre|post|effectSize|significance|group|bound)$/.test(key)
    )
      named.push(x);
    else if (Array.isArray(x)) for (const y of x) walk(y, /^(ids|parts|listed|related)$/.test(key) ? "id" : key);
    else if (isObject(x)) for (const [k, v] of Object.entries(x)) if (k !== "notTestable") walk(v, k);
  };
  walk(rules, "");
  assert.ok(named.length > 100, `only ${named.length} ids found`);
  assert.deepEqual(
    named.filter((id) => !ids.has(id)),
    [],
  );
  // a claim that fits none of the alternatives, or two fields wrong, is caught
  const bad: string[] = [];
  validate(rulesSchema, { sampleSize: "Not An Id", claims: [{ type: "rumour" }] }, "$", rulesSchema, bad);
  assert.ok(bad.some((e) => e.includes("does not match")) && bad.some((e) => e.includes("alternatives of oneOf")), bad.join("\n"));
});

test("ids are unique", () => {
  const seen = new Set<string>();
  for (const e of entries()) {
    assert.ok(!seen.has(e.id), `duplicate id ${e.id}`);
    seen.add(e.id);
  }
});

test("related ids exist, are not self-references, and links are symmetric", () => {
  const map = byId();
  for (const e of entries()) {
    for (const r of e.related) {
      assert.notEqual(r, e.id, `${e.id} relates to itself`);
      const other = map.get(r);
      assert.ok(other !== undefined, `${e.id}: related id ${r} does not exist`);
      assert.ok(other.related.includes(e.id), `${e.id} -> ${r} has no link back`);
    }
  }
});

test("value is what text parses to", () => {
  for (const e of entries()) {
    const p = parseText(e.text);
    assert.equal(e.value, p.value, `${e.id}: text "${e.text}" parses to ${String(p.value)}, value is ${String(e.value)}`);
  }
});

test("decimals matches the printed text", () => {
  for (const e of entries()) {
    assert.equal(e.decimals, parseText(e.text).decimals, `${e.id}: decimals of "${e.text}"`);
  }
});

test("interval is the rounding interval of text, for rounded measured quantities only", () => {
  for (const e of entries()) {
    const rounded =
      ROUNDED_KINDS.has(e.kind) && e.value !== null && e.decimals !== null && !e.inferred && (e.relation === null || e.relation === "=");
    if (!rounded) {
      assert.equal(e.interval, null, `${e.id}: interval must be null (kind ${e.kind}, text "${e.text}")`);
      continue;
    }
    assert.ok(e.interval !== null, `${e.id}: interval missing for "${e.text}"`);
    const expected = roundingInterval(e.text, e.kind === "p-value");
    assert.deepEqual([...e.interval], [...expected], `${e.id}: interval of "${e.text}"`);
    assert.ok(e.value !== null && e.interval[0] <= e.value && e.value < e.interval[1], `${e.id}: value lies in its interval`);
  }
});

test("rounding intervals and parsing handle the printed formats", () => {
  assert.deepEqual(roundingInterval("4,05", false), [4.045, 4.055]);
  assert.deepEqual(roundingInterval(",57", false), [0.565, 0.575]);
  assert.deepEqual(roundingInterval(",000", true), [0, 0.0005]);
  assert.deepEqual(roundingInterval("0.61", false), [0.605, 0.615]);
  assert.deepEqual(roundingInterval("12,5", false), [12.45, 12.55]);
  assert.deepEqual(parseText(",000"), { value: 0, decimals: 3, digits: "000" });
  assert.deepEqual(parseText("4.0"), { value: 4, decimals: 1, digits: "40" });
  assert.equal(parseText("vier van die tien").value, 0.4);
  assert.equal(parseText("Vijf").value, 5);
  for (const t of ["-", "X", "(niet sig.)", "’19-’20", "3+3"]) assert.equal(parseText(t).value, null, t);
});

test("every text occurs inside its quote, and quotes are short", () => {
  for (const e of entries()) {
    assert.equal(e.quote, normalise(e.quote), `${e.id}: quote is whitespace-normalised`);
    assert.ok(e.quote.includes(e.text), `${e.id}: text "${e.text}" not in quote "${e.quote}"`);
    assert.ok([...e.quote].length <= 160, `${e.id}: quote longer than 160 characters`);
  }
});

test("inferred entries say what they rest on; non-numbers have no precision", () => {
  for (const e of entries()) {
    if (e.inferred) assert.ok(e.note !== undefined && e.note.length > 40, `${e.id}: inferred entries need a note`);
    if (e.value === null) {
      assert.equal(e.decimals, null, `${e.id}: decimals of a non-number`);
      assert.equal(e.interval, null, `${e.id}: interval of a non-number`);
    }
  }
});

const SELF = "Wat zou er vooral moeten gebeuren om jou te behouden voor het onderwijs?";
const TEACHERS = "Wat zou er vooral moeten gebeuren om leraren te behouden voor het onderwijs?";

/** Table 2 as printed: slug, row label, self, teachers, total. */
const TABLE2: readonly (readonly [string, string, string, string, string])[] = [
  ["loopbaanontwikkeling", "loopbaanontwikkeling/groeimogelijkheden", "14", "12", "26"],
  ["minder-werkdruk", "minder werkdruk", "4", "14", "18"],
  ["meer-waardering", "meer waardering", "5", "12", "17"],
  ["meer-salaris", "meer salaris/onkostenvergoeding", "3", "9", "12"],
  ["nieuwe-uitdagingen", "nieuwe uitdagingen", "5", "4", "9"],
  ["meer-regelruimte", "meer regelruimte/autonomie", "3", "6", "9"],
  ["meer-studiemogelijkheden", "meer studiemogelijkheden", "3", "5", "8"],
  ["meer-ondersteuning", "meer ondersteuning", "-", "8", "8"],
  ["combinatie-lesgeven", "combinatie van lesgeven en andere taken (afwisseling)", "4", "2", "6"],
  ["minder-administratie", "minder administratie", "3", "3", "6"],
  ["nieuwe-rol", "een nieuwe rol - beleid/leiding", "5", "-", "5"],
  ["overig", "Overig (≤ 3 maal genoemd)", "18", "9", "27"],
  ["totaal", "TOTAAL", "73", "84", "157"],
];

test("every Table 2 row and column is present, as printed", () => {
  const map = byId();
  let cells = 0;
  for (const [slug, row, self, teachers, total] of TABLE2) {
    for (const [col, header, text] of [
      ["self", SELF, self],
      ["teachers", TEACHERS, teachers],
      ["total", "TOTAAL", total],
    ] as const) {
      const e = map.get(`table2.${slug}.${col}`);
      assert.ok(e !== undefined, `missing table2.${slug}.${col}`);
      assert.equal(e.location.table, "Tabel 2");
      assert.equal(e.location.row, row);
      assert.equal(e.location.column, header);
      assert.equal(e.text, text, `table2.${slug}.${col}`);
      assert.equal(e.kind, "count");
      assert.equal(e.inferred, false);
      cells += 1;
    }
  }
  const all = entries().filter((e) => e.location.table === "Tabel 2" && /^table2\.[a-z-]+\.(self|teachers|total)$/.test(e.id));
  assert.equal(all.length, cells, "no Table 2 cells beyond the printed grid");
  assert.ok(map.has("table2.overig.threshold"), 'the "≤ 3" of the Overig row');
  assert.equal(map.get("table2.caption.n")?.text, "51");
});

test("the text repeats of Table 2 are present and linked to their cells", () => {
  const map = byId();
  const repeats = entries().filter((e) => e.id.startsWith("results.table2text."));
  assert.deepEqual(
    repeats.map((e) => e.text),
    ["73", "26", "14", "12", "Vijf", "8", "18", "14", "17", "12", "5", "3", "9", "8", "9"],
  );
  for (const e of repeats) {
    assert.ok(e.related.length > 0, `${e.id} is linked to a Table 2 cell`);
    for (const r of e.related) assert.equal(map.get(r)?.value, e.value, `${e.id} and ${r} print the same number`);
  }
});

/** Table 3 as printed: slug, row label, pre, post, effect size. */
const TABLE3: readonly (readonly [string, string, string, string, string])[] = [
  ["werkplezier", "Werkplezier", "4.0", "4.5", "0.61"],
  ["werkdruk", "Werkdruk", "3.8", "3.7", "-"],
  ["self-efficacy", "Self-efficacy", "4.0", "4.4", "0.53"],
  ["autonomie", "Autonomie", "3.6", "3.9", "0.38"],
  ["waardering", "Waardering", "3.8", "4.1", "0.25"],
  ["ontwikkelmogelijkheden", "Ontwikkelmogelijkheden", "X", "4.1", "X"],
  ["behoud", "Behoud voor beroep", "X", "3.8", "X"],
];

test("every Table 3 row is present, with item wording and significance", () => {
  const map = byId();
  for (const [slug, row, pre, post, es] of TABLE3) {
    for (const [field, text] of [
      ["pre", pre],
      ["post", post],
      ["effect-size", es],
    ] as const) {
      const e = map.get(`table3.${slug}.${field}`);
      assert.ok(e !== undefined, `missing table3.${slug}.${field}`);
      assert.equal(e.location.row, row);
      assert.equal(e.text, text, `table3.${slug}.${field}`);
      assert.equal(e.refersTo?.construct, slug);
    }
    const item = map.get(`table3.${slug}.item`);
    assert.ok(item !== undefined && item.kind === "label" && item.text.startsWith("Ik "), `item wording of ${slug}`);
  }
  assert.equal(map.get("table3.werkdruk.significance")?.text, "(niet sig.)");
  for (const slug of ["werkplezier", "self-efficacy", "autonomie", "waardering"]) {
    const e = map.get(`table3.${slug}.significance`);
    assert.ok(e !== undefined, `implied significance of ${slug}`);
    assert.equal(e.inferred, true);
    assert.equal(e.relation, "<");
    assert.equal(e.value, 0.05);
  }
});

test("the two reports of the intention to stay in education are kept and linked", () => {
  const map = byId();
  const a = map.get("results.part1.behoud.a");
  const b = map.get("results.part1.behoud.b");
  assert.equal(a?.text, "4,3");
  assert.equal(b?.text, "4,05");
  assert.ok(a?.related.includes("results.part1.behoud.b"));
});

const ARTICLE_CANDIDATES = [
  process.env.PUBLISHED_ARTICLE_TXT,
  resolve(here, "../../shared/article/article-nl.txt"),
  "/work/shared/article/article-nl.txt",
].filter((p): p is string => typeof p === "string" && p.length > 0);
const articlePath = ARTICLE_CANDIDATES.find((p) => existsSync(p));

test(
  "every quote occurs in the article (whitespace-normalised)",
  articlePath === undefined
    ? { skip: `article text not found (looked in ${ARTICLE_CANDIDATES.join(", ")}; set PUBLISHED_ARTICLE_TXT)` }
    : {},
  () => {
    assert.ok(articlePath !== undefined);
    const article = normalise(readFileSync(articlePath, "utf8"));
    for (const e of entries()) {
      assert.ok(article.includes(e.quote), `${e.id}: quote not found in the article: "${e.quote}"`);
      assert.ok(e.quote.includes(e.text), `${e.id}: text "${e.text}" not in its quote`);
    }
  },
);
