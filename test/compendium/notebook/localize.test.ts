/**
 * The texts the notebooks' code cells write, in the run's language (notebook/localize and the
 * catalogue notebook/outputs-nl).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { COLLECT_OUTPUTS_ENV, localize, outputKey } from "../../../lib/compendium/src/notebook/localize.js";
import { NOTEBOOK_OUTPUTS_NL } from "../../../lib/compendium/src/notebook/outputs-nl.js";

test("a text is looked up with its numbers as placeholders, and the numbers come back in order with the decimal comma", () => {
  assert.equal(outputKey("critical t (two-sided, α = .05, df = N − 1)"), "critical t (two-sided, α = {n}, df = N − {n})");
  assert.equal(localize("critical t (two-sided, α = .05, df = N − 1)", "nl"), "kritieke t (tweezijdig, α = 0,05, df = N − 1)");
  assert.equal(
    localize("Power of the paired t-test with n = 51 (α = 0.05, two-sided)", "nl").includes("n = 51 (α = 0,05, tweezijdig)"),
    true,
  );
  assert.equal(localize("Status of the 162 published values", "en"), "Status of the 162 published values");
  assert.equal(localize("a text nobody translated", "nl"), "a text nobody translated");
});

test("every entry keeps its placeholders and its symbols, and reads as Dutch", () => {
  const english = /\b(the|and|with|which|that|this|from|before|after|respondents|values|shown|by hand)\b/i;
  for (const [key, nl] of Object.entries(NOTEBOOK_OUTPUTS_NL)) {
    assert.equal((nl.match(/\{n\}/g) ?? []).length, (key.match(/\{n\}/g) ?? []).length, `placeholders of "${key}"`);
    for (const symbol of ["d_z", "d_av", "d_rm", "α", "N", "df"]) {
      if (new RegExp(`(^|[^\\w])${symbol}([^\\w]|$)`).test(key)) assert.ok(nl.includes(symbol), `"${key}" keeps ${symbol}`);
    }
    // Ids of published values (table2.totaal.self) are identifiers, not prose.
    const prose = nl.replace(/\b[a-z][a-z0-9]*(?:\.[a-z0-9][a-z0-9-]*)+\b/g, " ");
    assert.doesNotMatch(prose, english, `"${nl}" reads as Dutch`);
  }
});

test("with BEHOUD_COLLECT_OUTPUTS set, a text without an entry is listed by its key", () => {
  const file = join(mkdtempSync(join(tmpdir(), "collect-")), "keys.txt");
  const before = process.env[COLLECT_OUTPUTS_ENV];
  process.env[COLLECT_OUTPUTS_ENV] = file;
  try {
    localize("12 apples on 3 plates", "nl");
    localize("The first 8 of 51 rows", "nl");
  } finally {
    if (before === undefined) delete process.env[COLLECT_OUTPUTS_ENV];
    else process.env[COLLECT_OUTPUTS_ENV] = before;
  }
  assert.deepEqual(
    readFileSync(file, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as string),
    ["{n} apples on {n} plates"],
  );
});
