/**
 * The article's findings ranked by severity, checked against what the article's numbers show,
 * worked out here from data/published.json without the audit's code:
 *
 * - Table 2, "jou" column: its printed cells add up to 67, the printed total is 73; the grand
 *   total 157 is not the sum of the cells (151). Printed twice (the table and the text): 73.
 * - 4,05 at N = 51 stands for [4.045, 4.055): times 51 = [206.295, 206.805): no whole total.
 * - 4,3 ([4.25, 4.35)) and 4,05 ([4.045, 4.055)) for one quantity do not meet.
 * - Waardering, printed significant with d = 0.25: as d_z, t = 0.255·√51 = 1.82 < t(.975, 50) =
 *   2.0086 (R: qt(0.975, 50)). Autonomie's d = 0.38 is below the worthwhile bound 0,4 yet called a
 *   gain; self-efficacy's 0.53 is not above the high bound 0,6 yet called a strong increase.
 * - Both correlations print p = ,000; r = .57 and .68 with N = 51 give p < .001: no decision error.
 * - "ondergrens" (lower bound) for 0,05, and "voltijdse banen" (full-time) with a mean of 0,84 fte.
 *
 * So the top class holds exactly the three findings that prove a printed number wrong, and every
 * value the scorecard marks "inconsistent in article" (4,05, 73 twice, 157) is one of the numbers
 * they prove wrong.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { auditArticle, rankArticleFindings } from "../../../lib/compendium/src/analysis/audit-article.js";
import { loadPublished } from "../../../lib/compendium/src/analysis/published.js";
import { analyse, buildResults } from "../../../lib/compendium/src/analysis/results.js";
import { openStudy } from "../../../lib/compendium/src/analysis/study.js";
import { auditFactsOf } from "../../../lib/compendium/src/views/findings.js";
import { notTestableLine, SEVERITY_NAMES } from "../../../lib/compendium/src/views/sentences.js";
import { rankedAuditTable } from "../../../lib/compendium/src/views/tables.js";

const published = loadPublished();
const audit = auditArticle(published);
const ranked = rankArticleFindings(audit);
const keysOf = (severity: string): string[] => ranked.filter((r) => r.severity === severity).map((r) => r.finding.key);
const num = (id: string): number => published.get(id).value ?? Number.NaN;

test("the article's numbers, by hand: what the top class rests on", () => {
  const cells = published.values.filter((v) => v.id.startsWith("table2.") && v.id.endsWith(".self") && v.id !== "table2.totaal.self");
  assert.equal(cells.length, 12);
  assert.equal(
    cells.reduce((s, v) => s + (v.value ?? 0), 0),
    67,
  );
  assert.equal(num("table2.totaal.self"), 73);
  assert.equal(num("results.table2text.totaal.self"), 73);
  const lo = 4.045 * 51;
  const hi = 4.055 * 51;
  assert.equal(Math.ceil(lo), Math.ceil(hi), "no whole total of 51 answers gives 4,05");
  assert.ok(4.25 > 4.055, "4,3 and 4,05 do not meet");
  assert.ok(0.255 * Math.sqrt(51) < 2.0086, "d_z = 0.25 is not significant with 51 pairs");
  assert.ok(0.385 < num("design.effect-size.threshold.worthwhile") && 0.535 <= num("design.effect-size.threshold.high"));
});

test("top class: exactly the findings that prove a printed number wrong", () => {
  assert.deepEqual(keysOf("impossible-number"), [
    "grim.results.part1.behoud.b",
    "same-quantity.results.part1.behoud.a",
    "count-table.table2",
  ]);
  for (const r of ranked.filter((x) => x.severity === "impossible-number")) assert.ok(r.finding.affects.length > 0, r.finding.key);
  for (const r of ranked.filter((x) => x.severity !== "impossible-number")) assert.deepEqual(r.finding.affects, [], r.finding.key);
});

test("the other classes: conclusions, slips, wording", () => {
  assert.deepEqual(keysOf("changes-conclusion"), [
    "paired-effect.table3.waardering.d_z",
    "claim.hattie.autonomie",
    "claim.hattie.self-efficacy",
  ]);
  assert.deepEqual(keysOf("reporting-slip"), [
    "p-value.results.correlation.werkplezier-autonomie",
    "p-value.results.correlation.ontwikkelmogelijkheden-werkplezier",
  ]);
  assert.deepEqual(keysOf("wording"), ["claim.significance.ondergrens", "claim.design.fte.mean"]);
  assert.equal(ranked.length, audit.findings.filter((f) => f.verdict === "inconsistent").length, "every inconsistent finding is ranked");
});

test("every value the scorecard marks inconsistent in the article is proven wrong by a top-class finding", () => {
  const study = openStudy();
  const results = buildResults(study, analyse(study), audit);
  const inconsistent = results.filter((r) => r.status === "inconsistent-in-article").map((r) => r.id);
  // 4,3 (results.part1.behoud.a) is given by the data as printed, so it keeps "reproduced" with the audit's note.
  assert.deepEqual(inconsistent.sort(), [
    "results.part1.behoud.b",
    "results.table2text.totaal.self",
    "table2.totaal.self",
    "table2.totaal.total",
  ]);
  const top = new Set(ranked.filter((r) => r.severity === "impossible-number").flatMap((r) => r.finding.affects));
  for (const id of inconsistent) assert.ok(top.has(id), id);
  // Each scorecard value carries its section and quote as transcribed.
  for (const r of results) {
    assert.equal(r.section, published.get(r.id).location.section, r.id);
    assert.equal(r.quote, published.get(r.id).quote, r.id);
  }
});

test("the ranked table: severity order, the printed quote and its place, recomputation, resolution", () => {
  const t = rankedAuditTable(audit, published);
  const order = Object.values(SEVERITY_NAMES);
  const ranks = t.rows.map((r) => order.indexOf(String(r.severity)));
  assert.ok(
    ranks.every((x, i) => x >= 0 && (i === 0 || x >= (ranks[i - 1] ?? 0))),
    "rows in severity order",
  );
  const table2 = t.rows.find((r) => String(r.recomputation).includes("adds up to 67"));
  assert.ok(table2 !== undefined);
  assert.match(String(table2.printed), /“TOTAAL 73 84 157” \(Resultaten, Tabel 2, TOTAAL/);
  assert.match(String(table2.resolve), /\w/);
  for (const r of t.rows)
    for (const key of ["printed", "recomputation", "resolve"]) assert.ok(String(r[key]).length > 10, `${key} of ${r.check}`);
});

test("checks that could not test anything: one line per kind, covering every such finding and value", () => {
  const kinds = auditFactsOf(audit, published).notTestable;
  const checks = new Set(audit.findings.filter((f) => f.verdict === "not-testable").map((f) => f.check));
  const reasons = new Set(audit.notTestable.map((n) => n.reason));
  assert.equal(kinds.length, checks.size + reasons.size, "one line per check and per reason");
  assert.deepEqual(new Set(kinds.filter((k) => k.kind !== "no-check").map((k) => k.kind)), checks);
  const lines = kinds.map(notTestableLine);
  assert.equal(new Set(lines).size, lines.length, "no two lines alike");
  for (const l of lines) assert.ok(!l.includes("\n"), l);
  // 16 GRIM findings make one line, not 16.
  const grim = kinds.find((k) => k.kind === "grim");
  assert.ok(grim !== undefined);
  assert.equal(grim.findings, 16);
  assert.match(notTestableLine(grim), /^GRIM \(16 values\): /);
  const covered = new Set(kinds.filter((k) => k.kind === "no-check").flatMap((k) => k.ids));
  assert.equal(covered.size, audit.notTestable.length);
});
