/**
 * Access to the reference values computed by R (test/reference/stats-reference.json, made by
 * test/reference/stats-reference.R) and tolerance assertions with readable failures.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface ReferenceCase {
  readonly id: string;
  readonly dataset: string | null;
  readonly input: { readonly [key: string]: Json };
  readonly expected: { readonly [key: string]: Json };
  readonly r_call: string;
}

export interface ReferenceError {
  readonly id: string;
  readonly input: { readonly [key: string]: Json };
  readonly r_behaviour: string;
}

interface ReferenceFile {
  readonly meta: { readonly [key: string]: Json };
  readonly datasets: { readonly [name: string]: { readonly [key: string]: Json } };
  readonly cases: { readonly [fn: string]: readonly ReferenceCase[] };
  readonly errors?: { readonly [fn: string]: readonly ReferenceError[] };
}

let cache: ReferenceFile | undefined;

/** The whole reference file. */
export function reference(): ReferenceFile {
  cache ??= JSON.parse(readFileSync(fileURLToPath(new URL("../reference/stats-reference.json", import.meta.url)), "utf8")) as ReferenceFile;
  return cache;
}

/** The R cases of one function; fails when there are fewer than `min`. */
export function casesOf(fn: string, min = 5): readonly ReferenceCase[] {
  const list = reference().cases[fn];
  assert.ok(list !== undefined, `no reference cases for ${fn}`);
  assert.ok(list.length >= min, `${fn} has ${list.length} reference cases; expected at least ${min}`);
  return list;
}

/** Inputs R rejected (error or NaN) for a function. */
export function errorCasesOf(fn: string): readonly ReferenceError[] {
  return reference().errors?.[fn] ?? [];
}

/** A JSON number, or the strings "Inf" / "-Inf" used for infinite bounds. */
export function num(v: Json | undefined, what = "value"): number {
  if (v === "Inf") return Infinity;
  if (v === "-Inf") return -Infinity;
  if (typeof v !== "number") throw new Error(`${what}: expected a number in the reference file, got ${JSON.stringify(v)}`);
  return v;
}

/** A numeric column with nulls for missing values. */
export function column(v: Json | undefined, what = "column"): (number | null)[] {
  if (!Array.isArray(v)) throw new Error(`${what}: expected an array in the reference file, got ${JSON.stringify(v)}`);
  return v.map((e, i) => (e === null ? null : num(e, `${what}[${i}]`)));
}

/** A string field. */
export function str(v: Json | undefined, what = "value"): string {
  if (typeof v !== "string") throw new Error(`${what}: expected a string in the reference file, got ${JSON.stringify(v)}`);
  return v;
}

/** Largest relative deviations seen, per function, printed at the end of a test file. */
export const deviations = new Map<string, number>();

/**
 * Asserts |actual − expected| ≤ tol · max(|expected|, floor): a relative tolerance that turns
 * absolute near zero (floor defaults to 1e-300 so that tiny p-values are compared relatively).
 */
export function close(actual: number, expected: number, tol: number, label: string, floor = 1e-300): void {
  if (expected === actual) {
    record(label, 0);
    return;
  }
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) {
    assert.equal(actual, expected, `${label}: expected ${expected}, got ${actual}`);
    return;
  }
  const rel = Math.abs(actual - expected) / Math.max(Math.abs(expected), floor);
  record(label, rel);
  assert.ok(rel <= tol, `${label}: expected ${expected}, got ${actual} (relative deviation ${rel.toExponential(2)} > ${tol})`);
}

function record(label: string, rel: number): void {
  const key = label.split(/[ :]/)[0] ?? label;
  deviations.set(key, Math.max(deviations.get(key) ?? 0, rel));
}

/** Tolerances stated per kind of quantity (issue: ≤ 1e-10 closed form, ≤ 1e-8 p-values and distributions). */
export const TOL = {
  closedForm: 1e-10,
  pValue: 1e-8,
  distribution: 1e-8,
} as const;
