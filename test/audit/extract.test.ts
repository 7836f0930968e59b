/**
 * Extraction of APA results from text, against statcheck's extraction tests
 * (MicheleNuijten/statcheck, tests/testthat/test-extract-t-tests.R, test-extract-F-tests.R,
 * test-extract-correlations.R, test-extract-chi2-tests.R, test-extract-z-tests.R), plus the
 * decimal-comma forms of Dutch articles. One deliberate difference: statcheck does not accept
 * ";" between statistic and p ("t(28) = 2.20; p = .03"); this extractor does, because Dutch
 * texts write "r=,57; p= ,000; N=51".
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { auditText, extractTestResults, findDescriptives, parseSummaryTable } from "../../lib/audit/src/index.js";

const count = (txt: string): number => extractTestResults(txt).length;

test("t-tests: parsed fields (test-extract-t-tests.R)", () => {
  const [r] = extractTestResults("t(28) = 2.20, p = .03");
  assert.ok(r !== undefined);
  assert.deepEqual(r.result, { test: "t", df: 28, statisticRelation: "=", statistic: "2.20", p: ".03", pRelation: "=" });
  assert.equal(r.raw, "t(28) = 2.20, p = .03");
});

test("t-tests: sentences, spacing, signs, thousands, relations, p forms, corrected df", () => {
  assert.equal(count("Both effects were very significant, t(28) = 2.20, p = .03, t(28) = 1.23, p = .04."), 2);
  assert.equal(count(" t ( 28 ) = 2.20 , p = .03"), 1);
  assert.equal(count("t(28)=2.20,p=.03"), 1);
  for (const t of ["t(28) = -2.20, p = .03", "t(28) = 2,000.20, p = .03", "t(28) < 2.20, p = .03", "t(28) > 2.20, p = .03"])
    assert.equal(count(t), 1, t);
  for (const t of [
    "t(28) = 2.20, p = 0.03",
    "t(28) = 2.20, p < .03",
    "t(28) = 2.20, p > .03",
    "t(28) = 2.20, ns",
    "t(28) = 2.20, p = .5e-3",
  ])
    assert.equal(count(t), 1, t);
  assert.equal(extractTestResults("t(28.1) = 2.20, p = .03")[0]?.result.df, 28.1);
  assert.equal(extractTestResults("t(28) = 2,000.20, p = .03")[0]?.result.statistic, "2,000.20");
});

test("t-tests that statcheck does not retrieve", () => {
  assert.equal(count("t[28] = 2.20, p = .03"), 0);
  assert.equal(count("t(28) = 2.20, p = 1.03"), 0);
  assert.equal(count("t(2,28) = 2.20, p = .03"), 0);
});

test("F-tests (test-extract-F-tests.R)", () => {
  const [r] = extractTestResults("F(2, 28) = 2.20, p = .03");
  assert.deepEqual(r?.result, { test: "F", df1: 2, df2: 28, statisticRelation: "=", statistic: "2.20", p: ".03", pRelation: "=" });
  assert.equal(count("Both effects were very significant, F(2, 28) = 2.20, p = .03, F(2, 28) = 1.23, p = .04."), 2);
  assert.equal(count(" F ( 2 , 28 ) = 2.20 , p = .03"), 1);
  assert.equal(count("F(2,28)=2.20,p=.03"), 1);
  const [c] = extractTestResults("F(2.1, 28.1) = 2.20, p = .03");
  assert.equal(c?.result.df1, 2.1);
  assert.equal(c?.result.df2, 28.1);
});

test("correlations (test-extract-correlations.R)", () => {
  const [r] = extractTestResults("r(28) = .20, p = .03");
  assert.deepEqual(r?.result, { test: "r", df: 28, statisticRelation: "=", statistic: ".20", p: ".03", pRelation: "=" });
  assert.equal(count("Both effects were very significant, r(28) = .20, p = .03, r(28) = .23, p = .04."), 2);
  assert.equal(count(" r ( 28 ) = .20 , p = .03"), 1);
  assert.equal(count("r(28)=.20,p=.03"), 1);
  assert.equal(count("r(16) = 26.05, p = .10"), 0);
  assert.equal(count("QError(16) = .26, p = .10"), 0);
});

test("chi-square tests (test-extract-chi2-tests.R)", () => {
  const [r] = extractTestResults("chi2(28) = 2.20, p = .03");
  assert.deepEqual(r?.result, { test: "chi2", df: 28, statisticRelation: "=", statistic: "2.20", p: ".03", pRelation: "=" });
  for (const t of [
    "X2(28) = 2.20, p = .03",
    "x2(28) = 2.20, p = .03",
    "chi_2(28) = 2.20, p = .03",
    "\u03C72(28) = 2.20, p = .03",
    "x^2(28) = 2.20, p = .03",
    "chi\u00B2(28) = 2.20, p = .03",
  ]) {
    assert.equal(count(t), 1, t);
  }
  for (const t of ["chi2(28, N = 129) = 2.2, p = .03", "chi2(1, N = 11,455) = 16.78, p <.001", "chi2(1, n = 81) = 3.25, p = 0.07"])
    assert.equal(count(t), 1, t);
  assert.equal(count(" chi2 ( 28 ) = 2.20 , p = .03"), 1);
  assert.equal(count("chi2(28)=2.20,p=.03"), 1);
});

test("z-tests (test-extract-z-tests.R)", () => {
  const [r] = extractTestResults(" z = 2.20, p = .03");
  assert.deepEqual(r?.result, { test: "z", statisticRelation: "=", statistic: "2.20", p: ".03", pRelation: "=" });
  assert.equal(count("Both effects were very significant, z = 2.20, p = .03, z = 1.23, p = .04."), 2);
  assert.equal(count(" z = 2.20 , p = .03"), 1);
  assert.equal(count(" z=2.20,p=.03"), 1);
  assert.equal(count(" z(28) = 2.20, p = .03"), 0);
});

test("Dutch forms: decimal commas, ';' separators and N instead of df", () => {
  const [a] = extractTestResults("(r=,57; p= ,000; N=51)");
  assert.deepEqual(a?.result, { test: "r", df: 49, statisticRelation: "=", statistic: ",57", p: ",000", pRelation: "=" });
  assert.equal(a?.sampleSize, 51);
  const [b] = extractTestResults("t(50) = 2,71, p = ,009");
  assert.equal(b?.result.statistic, "2,71");
  assert.equal(b?.result.p, ",009");
  const [c] = extractTestResults("r = .57, N = 51, p < .001");
  assert.equal(c?.result.df, 49);
  assert.equal(c?.result.pRelation, "<");
});

test("issue 11: a mean in running text (M = 3.47, SD = 1.12, N = 25) is reported as not checked, with the CSV line to use", () => {
  const a = auditText(
    "Scores were high (M = 3.47, SD = 1.12, N = 25).\nDe gemiddelde score (M = 3,47; SD = 1,12; n = 25) en gemiddelde = 4,1.",
  );
  assert.equal(a.entries.length, 0);
  assert.deepEqual(
    a.unchecked.map((d) => [d.line, d.raw, d.mean, d.sd, d.n, d.csvLine]),
    [
      [1, "M = 3.47, SD = 1.12, N = 25", "3.47", "1.12", "25", "line-1,3.47,1.12,25,,,"],
      [2, "M = 3,47; SD = 1,12; n = 25", "3,47", "1,12", "25", 'line-2,"3,47","1,12",25,,,'],
      [2, "gemiddelde = 4,1", "4,1", null, null, 'line-2,"4,1",,,,,'],
    ],
  );
  assert.match(a.unchecked[0]?.reason ?? "", /not checked: GRIM, GRIMMER and the scale bounds need .* Put it in a \.csv file/);
  // the suggested line is a valid row of the summary table
  const rows = parseSummaryTable(`id,mean,sd,n,items,min,max\n${a.unchecked[1]?.csvLine ?? ""}`, "x.csv");
  assert.deepEqual([rows[0]?.mean, rows[0]?.sd, rows[0]?.n], ["3,47", "1,12", "25"]);
  // not descriptives: other letters before M, test results
  assert.deepEqual(findDescriptives("SEM = 0.12, RMSEA = .05, t(28) = 2.20, p = .03"), []);
});
