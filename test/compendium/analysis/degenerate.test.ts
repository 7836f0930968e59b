/**
 * Degenerate data do not make the analyses fail (issue 11, finding 5): each statistic the data
 * leave undefined is reported as not computable with its reason, naming cluster and rounds; the
 * views show "not computable (reason)"; the scorecard gives such values not-reproduced with the
 * reason and compares every N with the N actually used.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  analyse,
  auditArticle,
  buildResults,
  notComputableStatistics,
  openStudy,
  robustness,
  type Study,
} from "../../../lib/compendium/src/analysis/index.js";
import {
  correlationTable,
  effectVariantsTable,
  forestFigureOf,
  likertFigureOf,
  prePostFigureOf,
  reliabilityTable,
  robustnessTable,
  sampleTable,
  table3Table,
  correlationFigures,
  itemAnalysisTable,
} from "../../../lib/compendium/src/views/index.js";
import { tableBundle } from "../../../lib/compendium/src/report/bundle.js";
import { degenerateData } from "../../fixtures/data/degenerate.js";
import type { TableSpec } from "../../../lib/compendium/src/views/tables.js";

/** Renders a table as the notebooks and the report do (throws on a NaN cell). */
function render(spec: TableSpec): string {
  return JSON.stringify(tableBundle(spec.columns, spec.rows, { caption: spec.caption, id: spec.id }));
}

function everything(study: Study): { results: ReturnType<typeof buildResults>; tables: string[] } {
  const a = analyse(study);
  const rb = robustness(study.ds, { replicates: 199 });
  const tables = [
    sampleTable(a.sample),
    reliabilityTable(a.reliability),
    ...a.reliability.map((r) => itemAnalysisTable(r)),
    table3Table(a.table3),
    effectVariantsTable(a.table3, study.published),
    correlationTable(a.correlations),
    robustnessTable(rb),
  ].map(render);
  // Figures are built without failing, too.
  prePostFigureOf(study.ds, a.table3);
  forestFigureOf(a.table3, study.published);
  correlationFigures(a.correlations);
  return { results: buildResults(study, a, auditArticle(study.published)), tables };
}

test("not computable: a constant cluster gives alpha 'not computable (reason)' naming cluster, time point and rounds; the rest is computed", () => {
  const study = openStudy({ dataDir: degenerateData("constant-cluster") });
  const a = analyse(study);
  const rel = a.reliability.find((r) => r.construct === "werkplezier" && r.timepoint === "pre");
  assert.ok(rel?.notComputable, "alpha of werkplezier (pre) is not computable");
  assert.equal(
    rel.notComputable.text,
    "Cronbach's alpha of werkplezier (pre), rounds 2019-20 and 2020-21: the sum score of the 3 items has zero variance over 51 complete rows; alpha is undefined",
  );
  assert.equal(a.reliability.filter((r) => r.notComputable !== null).length, 1);
  const { results, tables } = everything(study);
  assert.ok(
    tables.some((t) =>
      t.includes("not computable (the sum score of the 3 items has zero variance over 51 complete rows; alpha is undefined)"),
    ),
  );
  const alpha = results.find((r) => r.id === "design.alpha.clusters");
  assert.equal(alpha?.status, "not-reproduced");
  assert.match(
    alpha?.explanation ?? "",
    /not computable on these data: Cronbach's alpha of werkplezier \(pre\), rounds 2019-20 and 2020-21/,
  );
  const row = a.table3.find((r) => r.construct === "werkplezier");
  assert.deepEqual(
    row?.notComputable.map((x) => x.statistic),
    ["d_rm", "g_rm"],
  );
  assert.ok(Number.isFinite(row?.paired?.test.t));
});

test("not computable: pre = post everywhere gives the paired statistics as not computable with the reason, in tables, robustness and scorecard", () => {
  const study = openStudy({ dataDir: degenerateData("pre-equals-post") });
  const { results, tables } = everything(study);
  for (const c of ["werkplezier", "werkdruk", "self-efficacy", "autonomie", "waardering"]) {
    const sig = results.find((r) => r.id === `table3.${c}.significance`);
    assert.equal(sig?.status, "not-reproduced", c);
    assert.match(
      sig?.explanation ?? "",
      new RegExp(`not computable on these data: paired t-test of ${c}, rounds 2019-20 and 2020-21: all 51 differences equal 0`),
    );
  }
  assert.ok(tables.some((t) => t.includes("not computable (all 51 differences equal 0; the t statistic is undefined (standard error 0))")));
  assert.ok(
    tables.some((t) => t.includes("not computable (all 51 differences are zero; expected at least one non-zero difference)")),
    "Wilcoxon",
  );
  const rb = robustness(study.ds, { replicates: 199 });
  assert.ok(rb.rows.every((r) => r.notComputable.some((x) => x.statistic === "paired t-test")));
  assert.equal(
    forestFigureOf(analyse(study).table3, study.published).figure.layout.annotations?.[0]?.text.startsWith(
      "not computable: d_av of werkplezier",
    ),
    true,
  );
});

test("N actually used: with every answer of round 2019-20 missing, Table 3's N is 20 and the scorecard says not reproduced", () => {
  const study = openStudy({ dataDir: degenerateData("round-all-missing") });
  const { results, tables } = everything(study);
  const byId = new Map(results.map((r) => [r.id, r]));
  assert.equal(byId.get("table3.caption.n")?.reproduced, 20);
  assert.equal(byId.get("table3.caption.n")?.status, "not-reproduced");
  assert.equal(byId.get("table1.rq2.questionnaire.n")?.reproduced, 20);
  assert.equal(byId.get("summary.sample.n")?.reproduced, 20);
  assert.match(byId.get("summary.sample.n")?.explanation ?? "", /31 of the 51 rows have no answer at all and are not counted/);
  assert.equal(byId.get("design.sample.round1.n")?.reproduced, 0);
  assert.equal(byId.get("design.sample.round1.n")?.status, "not-reproduced");
  assert.equal(byId.get("results.correlation.werkplezier-autonomie.n")?.reproduced, 20);
  assert.ok(
    tables.some((t) => t.includes("51; 31 without any answer")),
    "the sample table says so",
  );
});

test("N actually used: on the shipped data Table 3's N is 51, matched by construction (the round sizes were generated)", () => {
  const study = openStudy();
  const results = buildResults(study, analyse(study), auditArticle(study.published));
  const n = results.find((r) => r.id === "table3.caption.n");
  assert.equal(n?.reproduced, 51);
  assert.equal(n?.status, "matched-by-construction");
  assert.equal(
    n?.explanation,
    "matched by construction (the sum of the respondents generated per round); respondents Table 3 used (n = 51 in every row)",
  );
});

test("notComputableStatistics lists every statistic that could not be computed, and nothing on the shipped data", () => {
  const study = openStudy({ dataDir: degenerateData("pre-equals-post") });
  const list = notComputableStatistics(analyse(study), robustness(study.ds, { replicates: 199 }));
  assert.ok(
    list.some(
      (x) =>
        x.text ===
        "paired t-test of werkdruk, rounds 2019-20 and 2020-21: all 51 differences equal 0; the t statistic is undefined (standard error 0)",
    ),
    list.map((x) => x.text).join("\n"),
  );
  const shipped = openStudy();
  assert.deepEqual(notComputableStatistics(analyse(shipped), robustness(shipped.ds, { replicates: 199 })), []);
});

test("openStudy passes onProgress to the loader (for a progress line while large data load)", () => {
  const stages: string[] = [];
  openStudy({ onProgress: (e) => stages.push(e.stage) });
  assert.ok(stages.includes("read") && stages.includes("check") && stages.at(-1) === "cross-check", stages.join(","));
});

test("not computable: with every answer of both rounds missing, every analysis, table, figure and the scorecard still come out", () => {
  const study = openStudy({ dataDir: degenerateData("every-answer-missing") });
  const { results } = everything(study);
  likertFigureOf(study.ds, ["werkplezier", "werkdruk"]);
  const byId = new Map(results.map((r) => [r.id, r]));
  assert.equal(byId.get("design.experience.mean")?.status, "not-reproduced");
  assert.equal(byId.get("design.experience.mean")?.reproduced, null);
  assert.match(byId.get("design.experience.mean")?.explanation ?? "", /not computable on these data: the data give no value for it/);
  assert.equal(byId.get("table3.caption.n")?.reproduced, 0);
  assert.ok(results.every((r) => r.reproduced === null || Number.isFinite(r.reproduced)));
});
