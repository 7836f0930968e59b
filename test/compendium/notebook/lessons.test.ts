/**
 * The notebook lesson helpers: the lazily computed analyses equal analyse()'s, a notebook's
 * scorecard equals the full scorecard's rows of that notebook, the inconsistent values are the
 * full scorecard's, the labelled and data tables keep what they are given, and the parameters of
 * a set-up cell are injected without touching its imports.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyse, buildResults } from "../../../lib/compendium/src/analysis/results.js";
import { auditArticle } from "../../../lib/compendium/src/analysis/audit-article.js";
import { openStudy } from "../../../lib/compendium/src/analysis/study.js";
import { lazyAnalyses, notebookResults, articleAuditOf } from "../../../lib/compendium/src/notebook/scorecard.js";
import {
  claimMarkdown,
  dataTable,
  quantityTable,
  publishedColumns,
  correlationMatrixTable,
} from "../../../lib/compendium/src/notebook/lessons.js";
import { NotebookError } from "../../../lib/compendium/src/notebook/errors.js";
import { interpretHolm, interpretAlpha, interpretPairedT } from "../../../lib/compendium/src/notebook/interpret.js";
import { injectParameters } from "../../../lib/compendium/src/pipeline/reproduce.js";
import type { Notebook } from "../../../lib/notebook-runner/src/nbformat.js";

const study = openStudy();

test("lazyAnalyses gives analyse()'s values, computing each analysis on first use only", () => {
  const lazy = lazyAnalyses(study);
  const full = analyse(study);
  assert.deepEqual(lazy.correlations, full.correlations);
  assert.deepEqual(lazy.table3, full.table3);
  assert.deepEqual(lazy.reliability, full.reliability);
  assert.deepEqual(lazy.sample, full.sample);
  assert.equal(lazy.table3, lazy.table3, "computed once and kept");
});

test("a notebook's scorecard is the full scorecard's rows of that notebook, with the audit's statuses", () => {
  const audit = auditArticle(study.published);
  const full = buildResults(study, analyse(study), audit);
  for (const nb of ["01-data-and-sample", "03-reliability", "04-pre-post", "05-correlations"]) {
    const own = notebookResults(study, nb);
    assert.ok(own.length > 0, `${nb} shows values`);
    assert.deepEqual(
      own,
      full.filter((e) => e.notebook === nb),
      nb,
    );
  }
  assert.ok(
    full.some((e) => e.notebook === "01-data-and-sample" && e.status === "inconsistent-in-article"),
    "the audit sets statuses",
  );
  assert.equal(articleAuditOf(study.published), articleAuditOf(study.published), "the audit is computed once per published values");
  const ids = audit.findings.filter((f) => f.verdict === "inconsistent").flatMap((f) => f.affects);
  assert.deepEqual(
    buildResults(study, lazyAnalyses(study), audit, { ids }).filter((e) => e.status === "inconsistent-in-article"),
    full.filter((e) => e.status === "inconsistent-in-article"),
  );
});

test("quantity and data tables: labelled rows, values rounded for reading, full values where compared", () => {
  const t = quantityTable("t by hand", [
    { symbol: "n", meaning: "pairs", value: 51, decimals: 0 },
    { symbol: "t", meaning: "d̄ / SE", value: 4.786497381671773, compared: true },
    { symbol: "p", meaning: "undefined here", value: Number.NaN },
  ]);
  assert.deepEqual(t.rows, [
    { symbol: "n", meaning: "pairs", value: "51", full: "" },
    { symbol: "t", meaning: "d̄ / SE", value: "4.786", full: "4.786497381671773" },
    { symbol: "p", meaning: "undefined here", value: "not computable", full: "" },
  ]);
  assert.throws(
    () => quantityTable("none", []),
    (e: unknown) => e instanceof NotebookError && e.code === "EMPTY_INPUT",
  );
  const d = dataTable("scores", { respondent: ["a", "b", "c"], score: [1.5, 2, null] }, { rows: 2 });
  assert.deepEqual(d.rows, [
    { respondent: "a", score: 1.5 },
    { respondent: "b", score: 2 },
  ]);
  assert.equal(d.columns.find((c) => c.key === "score")?.decimals, 2);
  assert.throws(
    () => dataTable("x", { a: [1], b: [1, 2] }),
    (e: unknown) => e instanceof NotebookError && e.code === "LENGTH_MISMATCH",
  );
  const m = correlationMatrixTable(
    {
      names: ["a", "b"],
      r: [
        [1, null],
        [null, 1],
      ],
      n: [
        [5, 0],
        [0, 5],
      ],
    },
    "post",
  );
  assert.deepEqual(m.rows[0], { name: "a", a: 1, b: "–" });
});

test("claims are quoted once per sentence, escaped, with their place; unknown ids are refused", () => {
  const md = claimMarkdown(study.published, ["results.correlation.werkplezier-autonomie.r", "results.correlation.werkplezier-autonomie.p"]);
  assert.equal(md.split("\n").filter((l) => l.startsWith("> ") && l.length > 2).length, 1);
  assert.equal(md, "> Werkplezier correleert redelijk sterk met autonomie (r=,57; p= ,000; N=51). (Resultaten)");
  // Text from data is escaped for Markdown: no HTML, no emphasis, no line break out of the quote.
  const base = study.published.get("table3.waardering.effect-size");
  const hostile = {
    has: () => true,
    get: () => ({ ...base, quote: "<img src=x onerror=alert(1)> *x*\n# heading" }),
  } as unknown as typeof study.published;
  assert.equal(
    claimMarkdown(hostile, ["any"]),
    "> \\<img src=x onerror=alert(1)\\> \\*x\\* # heading (Resultaten, Tabel 3, Waardering, effect size)",
  );
  assert.throws(
    () => claimMarkdown(study.published, ["no.such.id"]),
    (e: unknown) => e instanceof NotebookError && e.code === "UNKNOWN_ID",
  );
  assert.deepEqual(publishedColumns(study, ["table3.waardering.effect-size"]).printed, ["0.25"]);
});

test("interpretation sentences follow the values they are given", () => {
  const above = interpretAlpha({ label: "A", alpha: 0.86, lower: 0.78, upper: 0.92, n: 51, k: 3, threshold: 0.7 });
  const wide = interpretAlpha({ label: "A", alpha: 0.74, lower: 0.6, upper: 0.84, n: 51, k: 3, threshold: 0.7 });
  const below = interpretAlpha({ label: "A", alpha: 0.6, lower: 0.4, upper: 0.75, n: 51, k: 3, threshold: 0.7 });
  assert.match(above, /whole interval lies above it/);
  assert.match(wide, /cannot rule out a reliability below the bound/);
  assert.match(below, /below the article's lower bound of \.70/);
  assert.match(
    interpretAlpha({ label: "A", alpha: Number.NaN, lower: Number.NaN, upper: Number.NaN, n: 0, k: 3, threshold: 0.7 }),
    /not computable/,
  );
  const down = interpretPairedT({ label: "W", meanDifference: -0.13, lower: -0.33, upper: 0.07, t: -1.34, df: 50, p: 0.186, alpha: 0.05 });
  assert.match(down, /0\.13 points lower/);
  assert.match(down, /compatible with no change at all/);
  const holm = interpretHolm(
    [
      { label: "A", p: 0.001, adjusted: 0.003 },
      { label: "B", p: 0.02, adjusted: 0.04 },
      { label: "C", p: 0.03, adjusted: 0.04 },
    ],
    0.05,
  );
  assert.equal(
    holm,
    "Of the 3 tests, 3 have p < .05 before and 3 after Holm's adjustment: adjusting for 3 tests changes no conclusion at this level.",
  );
});

test("parameters are injected into a set-up cell line by line, keeping its imports and the rest", () => {
  const source = [
    'import { openStudy } from "@behoud/compendium";',
    "// Parameters, set by `npm run reproduce -- --data <folder> [--publish-flagged-text]`.",
    "const DATA_DIR: string | undefined = undefined;",
    "const PUBLISH_FLAGGED_TEXT = false;",
    "const study = openStudy({ dataDir: DATA_DIR, publishFlaggedText: PUBLISH_FLAGGED_TEXT });",
  ].join("\n");
  const nb = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [{ cell_type: "code", id: "s", metadata: { tags: ["parameters"] }, source, outputs: [], execution_count: null }],
  } as unknown as Notebook;
  const out = injectParameters(nb, { dataDir: 'd"; process.exit(1); "', publishFlaggedText: true }).cells[0]?.source ?? "";
  const lines = out.split("\n");
  assert.equal(lines.length, 5);
  assert.equal(lines[0], 'import { openStudy } from "@behoud/compendium";');
  assert.equal(lines[2], 'const DATA_DIR: string | undefined = "d\\"; process.exit(1); \\""; // injected by npm run reproduce');
  assert.equal(lines[3], "const PUBLISH_FLAGGED_TEXT = true; // injected by npm run reproduce");
  assert.equal(lines[4], "const study = openStudy({ dataDir: DATA_DIR, publishFlaggedText: PUBLISH_FLAGGED_TEXT });");
});
