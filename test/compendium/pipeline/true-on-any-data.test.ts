/**
 * Issue 13, part 3: every sentence that states a result is rendered from computed findings, so it
 * stays true on other data. The pipeline runs on a modified copy of the shipped data (5 fewer
 * respondents in round 2019-20, lower Werkplezier answers after the course, one Autonomie item
 * missing in round 2020-21) and the report's and notebooks' sentences are checked against
 * results.json.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { auditArticle } from "../../../lib/compendium/src/analysis/audit-article.js";
import { analyse, buildResults, type ResultEntry } from "../../../lib/compendium/src/analysis/results.js";
import { openStudy } from "../../../lib/compendium/src/analysis/study.js";
import { editCsv, modifiedData } from "../../helpers/modified-data.js";
import { reproduce } from "../../../lib/compendium/src/pipeline/reproduce.js";
import { findingsOf, type Findings } from "../../../lib/compendium/src/views/findings.js";
import { auditSentence, effectVariantSentence, statusSentence, table2TotalsSentence } from "../../../lib/compendium/src/views/sentences.js";
import { interpretEffectVariants } from "../../../lib/compendium/src/notebook/interpret.js";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

const byId = (results: readonly ResultEntry[]): Map<string, ResultEntry> => new Map(results.map((r) => [r.id, r]));

/** The findings agree with the scorecard (the content of results.json) wherever both state a number. */
function assertFindingsAgree(f: Findings, results: readonly ResultEntry[]): void {
  const r = byId(results);
  const counts: Record<string, number> = {};
  for (const e of results) counts[e.status] = (counts[e.status] ?? 0) + 1;
  for (const [status, n] of Object.entries(f.statusCounts)) assert.equal(n, counts[status] ?? 0, `count of ${status}`);
  assert.equal(f.total, results.length);
  assert.equal(f.table3N?.max, r.get("table3.caption.n")?.reproduced, "Table 3's N");
  assert.equal(f.respondents, r.get("summary.sample.n")?.reproduced, "respondents");
  for (const c of f.constructs) {
    assert.equal(c.post.value, r.get(`table3.${c.construct}.post`)?.reproduced ?? c.post.value, `${c.construct} post`);
    if (c.d.printed !== null) assert.equal(c.d.value, r.get(`table3.${c.construct}.effect-size`)?.reproduced, `${c.construct} d`);
    if (c.change !== null) assert.equal(c.direction, c.change.value > 0 ? "up" : c.change.value < 0 ? "down" : "none");
  }
  for (const t of f.table2Totals) assert.equal(t.value, r.get(`table2.totaal.${t.column}`)?.reproduced, `Table 2 total ${t.column}`);
  for (const c of f.correlations)
    assert.ok(
      results.some((e) => e.id.endsWith(".r") && e.reproduced === c.r.value),
      `r of ${c.x} × ${c.y}`,
    );
}

test("on the shipped data, the values the reconstruction was fitted to are matched by construction and the report says what that proves", () => {
  const study = openStudy();
  assert.equal(study.shippedData, true);
  const analyses = analyse(study);
  const audit = auditArticle(study.published);
  const results = buildResults(study, analyses, audit);
  const f = findingsOf({ study, analyses, audit, results });
  assertFindingsAgree(f, results);
  assert.equal(f.mode, "shipped");
  assert.ok(f.statusCounts["matched-by-construction"] > 100);
  assert.equal(f.statusCounts.reproduced, 0, "nothing the synthetic data were fitted to is called reproduced");
  for (const e of results) if (e.status === "matched-by-construction") assert.notEqual(e.reconstructionTarget, null, e.id);
  assert.deepEqual(f.variantsMatchingAll, ["d_av"]);
  assert.match(statusSentence(f), /^Of the 162 values the article prints: \d+ matched by construction/);
});

test("a copy of the shipped data with one cell changed is not the shipped data", () => {
  const dir = mkdtempSync(join(tmpdir(), "one-cell-"));
  cpSync(join(ROOT, "data"), dir, { recursive: true });
  assert.equal(openStudy({ dataDir: dir, shippedDataDir: join(ROOT, "data") }).shippedData, true, "an exact copy is the shipped data");
  editCsv(join(dir, "raw", "respondents-2020-21.csv"), (row, i) => {
    if (i === 0) row.set("werkdruk_1_post", row.get("werkdruk_1_post") === "5" ? "4" : "5");
    return true;
  });
  assert.equal(openStudy({ dataDir: dir, shippedDataDir: join(ROOT, "data") }).shippedData, false);
});

test("on modified data no sentence of the report or the notebooks contradicts results.json", { timeout: 600_000 }, async () => {
  const data = modifiedData();
  const study = openStudy({ dataDir: data, shippedDataDir: join(ROOT, "data") });
  assert.equal(study.shippedData, false);
  const out = join(mkdtempSync(join(tmpdir(), "modified-out-")), "reports");
  await reproduce({ root: ROOT, dataDir: data, outDir: out, kernel: "deno", png: false, log: () => {} });
  const json = JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as {
    data: { shippedData: boolean };
    statusCounts: Record<string, number>;
    values: ResultEntry[];
  };
  assert.equal(json.data.shippedData, false);
  assert.equal(json.statusCounts["matched-by-construction"], undefined, "no value is matched by construction on other data");
  // The findings computed in-process from the same data agree with results.json.
  const analyses = analyse(study);
  const audit = auditArticle(study.published);
  const f = findingsOf({ study, analyses, audit, results: json.values });
  assertFindingsAgree(f, json.values);
  assert.equal(f.mode, "own");
  assert.equal(f.respondents, 46);
  const wp = f.constructs.find((c) => c.construct === "werkplezier");
  assert.equal(wp?.direction, "down", "Werkplezier's answers after the course were lowered");

  const html = readFileSync(join(out, "report.html"), "utf8");
  const text = (s: string): string =>
    s
      .replace(/<[^>]+>/g, "")
      .replace(/&amp;/g, "&")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
  const summary = text(html.slice(html.indexOf('<section id="answers">'), html.indexOf('<nav id="contents"')));
  assert.match(html, /<title>Your data, analysed with the methods of/);
  assert.ok(summary.includes(statusSentence(f)), "the status counts are the results.json counts");
  assert.ok(summary.includes(auditSentence(f)));
  assert.match(summary, /Werkplezier: [\d.]+ → [\d.]+, down -/);
  assert.doesNotMatch(summary, /n = 51\b/, "no N of the shipped data");
  // Every number of the summary is one of the findings (as formatted) or a number the article prints.
  const allowed = new Set<string>();
  const add = (x: number | null | undefined): void => {
    if (x === null || x === undefined) return;
    allowed.add(String(x));
    allowed.add(x.toFixed(2));
    allowed.add(Math.abs(x).toFixed(2));
  };
  for (const c of f.constructs) {
    for (const v of [c.pre.value, c.post.value, c.d.value, c.change?.value, c.change?.lower, c.change?.upper, c.n]) add(v);
  }
  for (const c of f.correlations) {
    add(c.r.value);
    add(c.n);
  }
  for (const t of f.topLabels) add(t.value);
  for (const v of [
    f.total,
    f.respondents,
    f.table2Respondents,
    f.audit.findings,
    f.audit.inconsistentFindings,
    f.audit.valuesNamed,
    ...Object.values(f.statusCounts),
  ])
    add(v);
  for (const v of json.values) for (const t of [v.published.replace(",", "."), v.published.replace(/^[,.]/, "")]) allowed.add(t);
  for (const fixed of ["1", "2", "3", "95", ".05", "05"]) allowed.add(fixed);
  const numbers = summary.replace(/\(≤ 3 maal genoemd\)/g, "").match(/\d*\.?\d+/g) ?? [];
  for (const n of numbers) assert.ok(allowed.has(n) || allowed.has(`0${n}`), `the summary states ${n}, which no finding holds`);
  // Sentences whose truth the data decide.
  const t3 = text(html.slice(html.indexOf('<section id="table3">'), html.indexOf('<section id="correlations">')));
  assert.ok(t3.includes(effectVariantSentence(f)), "the d variant sentence is the computed one");
  if (f.variantsMatchingAll?.includes("d_av") !== true) assert.doesNotMatch(t3, /correspond to d_av/);
  const t2 = text(html.slice(html.indexOf('<section id="table2">'), html.indexOf('<section id="reliability">')));
  assert.ok(t2.includes(table2TotalsSentence(f)));
  assert.match(t2, new RegExp(`These data give ${f.table2Totals.map((t) => t.value).join("[^0-9]+")}`));
  // A value that differs is shown as a difference, not as a failure.
  assert.match(html, /differs from the article<\/span>/);
  assert.match(html, /article [\d.,]+, yours [\d.]+, difference [-+]?[\d.]+/);
  // The notebooks' generated sentences are the same sentences.
  const nbText = (name: string): string => {
    const nb = JSON.parse(readFileSync(join(out, "notebooks", name), "utf8")) as {
      cells: { outputs?: { data?: Record<string, string | string[]> }[] }[];
    };
    return nb.cells
      .flatMap((c) => c.outputs ?? [])
      .map((o) => {
        const md = o.data?.["text/markdown"];
        return Array.isArray(md) ? md.join("") : (md ?? "");
      })
      .join("\n")
      .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, "$1");
  };
  assert.ok(nbText("09-summary.ipynb").includes(statusSentence(f)), "notebook 09 states the same counts");
  assert.ok(nbText("09-summary.ipynb").includes(auditSentence(f)), "notebook 09 names the audit's counts distinctly");
  assert.ok(nbText("02-open-answers.ipynb").includes(table2TotalsSentence(f)));
  // Notebook 04's sentence on the d variants is computed from the same Table 3 and agrees with the report's.
  const variants = interpretEffectVariants(analyses.table3, study.published);
  assert.ok(nbText("04-pre-post.ipynb").includes(variants), "notebook 04 states the computed variant sentence");
  for (const v of ["d_z", "d_av", "d_rm"] as const) {
    const all = f.variantsMatchingAll ?? [];
    if (variants.startsWith("Of the three ways"))
      assert.equal(variants.includes(v), all.includes(v), `${v} in both sentences or in neither`);
  }
});
