/**
 * Degenerate data are caught by validate as warnings naming cluster, round and reason (issue 11,
 * finding 5): a constant cluster, pre = post everywhere, a round with every answer missing; a
 * missing round file stays an error.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadDataset, validateData } from "../../../lib/compendium/src/data/index.js";
import { degenerateData } from "../../fixtures/data/degenerate.js";

const DEGENERATE_RULES = new Set(["empty-round", "no-answers", "constant-score", "constant-change"]);

test("degenerate: a constant cluster is a warning naming the cluster, time point, rounds and what cannot be computed", () => {
  const dir = degenerateData("constant-cluster");
  const result = validateData(dir);
  assert.equal(result.ok, true);
  const w = result.warnings.filter((p) => DEGENERATE_RULES.has(p.rule));
  assert.equal(w.length, 1, w.map((p) => p.message).join("\n"));
  assert.equal(w[0]?.rule, "constant-score");
  assert.equal(w[0]?.column, "werkplezier");
  assert.match(
    w[0]?.message ?? "",
    /cluster "werkplezier" \(Werkplezier\), pre: every respondent with a score has the same score 3 \(51 respondents, rounds 2019-20 and 2020-21\); its SD is 0, so its Cronbach's alpha/,
  );
  // loadDataset keeps it among the dataset's warnings, which the report's data-quality table lists.
  assert.ok(loadDataset({ dataDir: dir }).warnings.some((p) => p.rule === "constant-score"));
});

test("degenerate: pre = post everywhere is one warning per cluster naming the paired statistics that cannot be computed", () => {
  const result = validateData(degenerateData("pre-equals-post"));
  assert.equal(result.ok, true);
  const w = result.warnings.filter((p) => p.rule === "constant-change");
  assert.deepEqual(
    w.map((p) => p.column),
    ["werkplezier", "werkdruk", "self-efficacy", "autonomie", "waardering"],
  );
  for (const p of w)
    assert.match(
      p.message,
      /the post score equals the pre score for every respondent \(51 complete pairs, rounds 2019-20 and 2020-21\); the paired t-test, d_z/,
    );
});

test("degenerate: a round with every answer missing is a warning naming the round", () => {
  const result = validateData(degenerateData("round-all-missing"));
  assert.equal(result.ok, true);
  const w = result.warnings.filter((p) => DEGENERATE_RULES.has(p.rule));
  assert.equal(w.length, 1, w.map((p) => p.message).join("\n"));
  assert.equal(w[0]?.rule, "empty-round");
  assert.equal(w[0]?.value, "2019-20");
  assert.match(w[0]?.message ?? "", /round 2019-20: every answer to the items of every cluster is missing in all 31 rows/);
});

test("degenerate: a missing round file is an error naming the round's resource", () => {
  const result = validateData(degenerateData("round-file-missing"));
  assert.equal(result.ok, false);
  assert.equal(result.errors.length, 1);
  assert.equal(result.errors[0]?.rule, "missing-file");
  assert.match(result.errors[0]?.message ?? "", /no file for resource "respondents-2019-20" \(Survey, round 2019-20\)/);
});

test("degenerate: the shipped data give none of these warnings", () => {
  const result = validateData("data");
  assert.deepEqual(
    result.warnings.filter((p) => DEGENERATE_RULES.has(p.rule)),
    [],
  );
});
