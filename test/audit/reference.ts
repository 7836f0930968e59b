/**
 * Reference values for the audit tests, computed outside this library:
 * test/reference/audit-reference.json (base R, made by test/reference/audit-reference.R) and
 * test/reference/audit-closure.json (exact brute force in Python, made by
 * test/reference/audit-closure.py).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function load(name: string): Json {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../reference/${name}`, import.meta.url)), "utf8")) as Json;
}

let rCache: Json | undefined;
let closureCache: Json | undefined;

function walk(root: Json, keys: readonly string[]): Json {
  let node: Json = root;
  for (const k of keys) {
    if (node === null || typeof node !== "object" || Array.isArray(node) || !(k in node)) {
      throw new Error(`reference value ${keys.join(" / ")} not found`);
    }
    node = (node as { [key: string]: Json })[k] as Json;
  }
  return node;
}

/** A number from audit-reference.json (R). */
export function rNumber(...keys: string[]): number {
  rCache ??= load("audit-reference.json");
  const v = walk(rCache, keys);
  if (typeof v !== "number") throw new Error(`reference value ${keys.join(" / ")} is not a number`);
  return v;
}

/** A string from audit-reference.json (R). */
export function rString(...keys: string[]): string {
  rCache ??= load("audit-reference.json");
  const v = walk(rCache, keys);
  if (typeof v !== "string") throw new Error(`reference value ${keys.join(" / ")} is not a string`);
  return v;
}

/** A boolean from audit-reference.json (R). */
export function rBoolean(...keys: string[]): boolean {
  rCache ??= load("audit-reference.json");
  const v = walk(rCache, keys);
  if (typeof v !== "boolean") throw new Error(`reference value ${keys.join(" / ")} is not a boolean`);
  return v;
}

/** One case of audit-closure.json (Python brute force). */
export interface ClosureCase {
  readonly mean: string;
  readonly sd: string;
  readonly n: number;
  readonly scale_min: number;
  readonly scale_max: number;
  readonly items: number;
  readonly count: number;
  readonly frequency_totals: readonly number[];
}

export function closureCases(): readonly ClosureCase[] {
  closureCache ??= load("audit-closure.json");
  return walk(closureCache, ["cases"]) as unknown as ClosureCase[];
}

/** |actual − expected| ≤ tol·max(1, |expected|). */
export function assertClose(actual: number, expected: number, tol = 1e-10, what = "value"): void {
  const scale = Math.max(1, Math.abs(expected));
  assert.ok(Math.abs(actual - expected) <= tol * scale, `${what}: ${actual} differs from ${expected} by more than ${tol}`);
}

/** Relative closeness for small numbers such as p-values. */
export function assertRelClose(actual: number, expected: number, rel = 1e-9, what = "value"): void {
  assert.ok(
    Math.abs(actual - expected) <= rel * Math.abs(expected),
    `${what}: ${actual} differs from ${expected} by more than ${rel} relative`,
  );
}
