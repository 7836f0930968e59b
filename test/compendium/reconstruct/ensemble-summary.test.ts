/**
 * The stored summary of the ensemble (data/ensemble-summary.json, read by the report and notebook
 * 10) is current: a fresh run of the default ensemble gives the same bytes. Run `npm run ensemble`
 * after changing the reconstruction, the claims or published.json.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { generateEnsemble } from "../../../lib/compendium/src/reconstruct/ensemble.js";
import { ensembleSummaryText } from "../../../lib/compendium/src/reconstruct/ensemble-files.js";

test("data/ensemble-summary.json equals a fresh default ensemble", () => {
  const fresh = ensembleSummaryText(generateEnsemble({ dataDir: "data" }));
  const stored = readFileSync("data/ensemble-summary.json", "utf8");
  assert.ok(stored.length > 1000);
  assert.equal(stored, fresh, "data/ensemble-summary.json is out of date; run npm run ensemble");
});
