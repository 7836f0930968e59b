/**
 * Shared helpers of the columnar tests: a Dataset of the scalar library built from a columnar
 * survey (so that the analysis functions of lib/compendium/src/analysis run on the very same data), and
 * tolerance assertions.
 */
import assert from "node:assert/strict";
import type { Construct } from "../../../lib/compendium/src/data/codebook.js";
import { loadDataset, type Dataset } from "../../../lib/compendium/src/data/dataset.js";
import { Table } from "../../../lib/compendium/src/data/table.js";
import { valuesFromColumn, type ScaleConstruct, type SurveyColumns } from "../../../lib/stats/src/columnar/index.js";

let shipped: Dataset | undefined;

/** The shipped (synthetic-reconstruction) dataset of data/, loaded once. */
export function shippedDataset(): Dataset {
  shipped ??= loadDataset();
  return shipped;
}

/** The codebook's constructs as the columnar pipeline takes them, optionally with other minItems. */
export function designOf(constructs: readonly Construct[], minItems?: (c: Construct, k: number) => number): ScaleConstruct[] {
  return constructs.map((c) => {
    const k = Math.max(...Object.values(c.items).map((items) => items?.length ?? 0));
    return { name: c.name, items: c.items, minItems: minItems === undefined ? c.minItems : minItems(c, k) };
  });
}

/**
 * A Dataset with the shipped codebook whose respondents table holds the survey's columns (every
 * other field missing), and whose constructs carry the design's minItems.
 */
export function datasetFrom(survey: SurveyColumns, design: readonly ScaleConstruct[]): Dataset {
  const base = shippedDataset();
  const fields = base.respondents.fields;
  const n = survey.n;
  const columns = new Map<string, (string | number | null)[]>();
  for (const f of fields) {
    const col = survey.columns.get(f.name);
    if (col !== undefined) columns.set(f.name, valuesFromColumn(col));
    else if (f.name === "respondent")
      columns.set(
        f.name,
        Array.from({ length: n }, (_, i) => `S${i + 1}`),
      );
    else columns.set(f.name, new Array<null>(n).fill(null));
  }
  const origins = Array.from({ length: n }, (_, i) => ({ resource: "synthetic", round: null, file: "synthetic", line: i + 2, row: i + 1 }));
  const minItems = new Map(design.map((c) => [c.name, c.minItems]));
  const constructs = base.codebook.constructs.map((c) => ({ ...c, minItems: minItems.get(c.name) ?? c.minItems }));
  return { ...base, codebook: { ...base.codebook, constructs }, respondents: new Table("respondents", fields, columns, origins) };
}

/** Asserts |a − b| ≤ rel·max(|a|, |b|) (exact equality for integers, nulls and infinities). */
export function close(actual: number | null, expected: number | null, label: string, rel = 1e-10): void {
  if (actual === null || expected === null || !Number.isFinite(expected) || Number.isInteger(expected)) {
    assert.equal(actual, expected, label);
    return;
  }
  assert.ok(actual !== null && Number.isFinite(actual), `${label}: got ${String(actual)}, expected ${expected}`);
  const scale = Math.max(Math.abs(actual), Math.abs(expected));
  const dev = Math.abs(actual - expected);
  assert.ok(
    dev <= rel * scale,
    `${label}: ${actual} vs ${expected} (relative deviation ${scale === 0 ? 0 : dev / scale}, tolerance ${rel})`,
  );
}

/** Compares two plain result objects field by field with {@link close}; strings must be equal. */
export function closeDeep(actual: unknown, expected: unknown, label: string, rel = 1e-10): void {
  if (typeof expected === "number" || expected === null) {
    close(actual as number | null, expected, label, rel);
    return;
  }
  if (typeof expected === "string" || typeof expected === "boolean") {
    assert.equal(actual, expected, label);
    return;
  }
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${label}: expected an array`);
    assert.equal((actual as unknown[]).length, expected.length, `${label}: length`);
    expected.forEach((e, i) => {
      closeDeep((actual as unknown[])[i], e, `${label}[${i}]`, rel);
    });
    return;
  }
  assert.ok(typeof expected === "object" && expected !== undefined, `${label}: unexpected ${String(expected)}`);
  assert.ok(typeof actual === "object" && actual !== null, `${label}: expected an object`);
  const e = expected as Record<string, unknown>;
  const a = actual as Record<string, unknown>;
  assert.deepEqual(Object.keys(a).sort(), Object.keys(e).sort(), `${label}: keys`);
  for (const key of Object.keys(e)) closeDeep(a[key], e[key], `${label}.${key}`, rel);
}
