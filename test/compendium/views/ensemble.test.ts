/**
 * The ensemble's sentences, table, figures and report section, on constructed summaries (so
 * that each verdict and each edge case occurs) and on the stored summary. p-values from R
 * (test/reference/ensemble-reference.R).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  ensembleFigure,
  ensembleHeadlines,
  ensembleQuestionsTable,
  ensembleSection,
  readEnsembleSummary,
  storedValue,
  type StoredEnsembleSummary,
} from "../../../lib/compendium/src/views/ensemble.js";

const REF = JSON.parse(readFileSync("test/reference/ensemble-reference.json", "utf8")) as {
  pvalues: { pairedT: number; correlationLow: number };
};

const range = (
  id: string,
  family: string,
  subject: string,
  v: { min: number | string; p025: number; median: number; p975: number; max: number | string },
  printedId: string | null = null,
): StoredEnsembleSummary["ranges"][number] => ({
  id,
  family,
  subject,
  timepoint: "change",
  printedId,
  searched: true,
  ensemble: { min: v.p025, p025: v.p025, median: v.median, p975: v.p975, max: v.p975 },
  found: { min: v.min, max: v.max, minBy: "member 1", maxBy: "search max" },
});

function constructed(werkdrukT: number): StoredEnsembleSummary {
  return {
    about: "constructed",
    seed: 1,
    n: 51,
    members: 4,
    chains: 2,
    spacing: 10,
    searchSteps: 10,
    tCrit: 2.0085591121007607,
    work: { walkSteps: 40, searchRuns: 2, searchSteps: 20, checked: 6 },
    diversity: {
      sample: 4,
      pairwise: { min: 3, median: 5, max: 9 },
      fromShipped: { min: 4, median: 6, max: 8 },
      answers: 20,
      chainRetries: 0,
    },
    ranges: [
      range(
        "werkplezier.d_av",
        "d_av",
        "werkplezier",
        { min: 0.606, p025: 0.607, median: 0.61, p975: 0.613, max: 0.614 },
        "table3.werkplezier.effect-size",
      ),
      range("werkplezier.d_z", "d_z", "werkplezier", { min: 0.32, p025: 0.43, median: 0.54, p975: 0.73, max: "Infinity" }),
      range("werkplezier.t", "t", "werkplezier", { min: 2.3, p025: 3, median: 3.9, p975: 5.2, max: "Infinity" }),
      range(
        "a~b.pearson-r",
        "pearson-r",
        "werkplezier~autonomie",
        { min: 0.566, p025: 0.567, median: 0.57, p975: 0.573, max: 0.574 },
        "r.id",
      ),
    ],
    items: [],
    questions: [
      {
        id: "table3.werkplezier.significance-left-out",
        claim: "table3.werkplezier.significance",
        variant: "d_av",
        verdict: "implied",
        tFound: null,
        tBound: { lo: 2.160282, hi: null },
        reason: "t ≥ 2.160 > 2.009 <b>",
        dataset: null,
      },
      {
        id: "table3.werkdruk.significance-down-left-out",
        claim: "table3.werkdruk.significance",
        variant: "d_av",
        verdict: Math.abs(werkdrukT) > 2.0085591121007607 ? "not-implied" : "held",
        tFound: werkdrukT,
        tBound: null,
        reason: "constructed",
        dataset: null,
      },
    ],
    infeasible: [{ id: "table2.totaal.self", claims: ["table2.totaal.self"], reason: "67 is not 73 & <i>" }],
    datasets: [],
  };
}

const printed = (id: string): string => ({ "table3.werkplezier.effect-size": "0.61", "r.id": ",57" })[id] ?? id;
const printedValue = (id: string): number | null => ({ "table3.werkplezier.effect-size": 0.61, "r.id": 0.57 })[id] ?? null;

test("headlines: what holds, what depends, Werkdruk's p from R, the d_z range with an unbounded end, the correlation's p", () => {
  const h = ensembleHeadlines(constructed(-2.1), printed);
  assert.match(
    h[0] ?? "",
    /^Reading the printed d as d_av, as the shipped data do: hold in every consistent dataset \(proved\): Werkplezier's significant rise; both correlations' p < \.001\. Depend on .*: Werkdruk's non-significant change\.$/,
  );
  assert.ok(h.some((x) => x.startsWith("Werkplezier: the significant rise follows") && x.includes("t ≥ 2.160")));
  // R: 2 * pt(-2.1, 50) = 0.0408
  const wd = h.find((x) => x.startsWith("Werkdruk: its change could have been significant"));
  assert.ok(wd?.includes(`p = ${REF.pvalues.pairedT.toFixed(4)}`), wd);
  const dz = h.find((x) => x.includes("d_z ranges from"));
  assert.ok(dz?.includes("from 0.32 to unbounded"), dz);
  // R: the largest p of r inside [.565, .575) with N = 51 is 1.57e-5.
  assert.ok(REF.pvalues.correlationLow < 0.0001);
  assert.ok(h.some((x) => x.startsWith("r = ,57 with N = 51 gives p < .0001")));
  const held = ensembleHeadlines(constructed(-1.5), printed);
  assert.ok(held.some((x) => x.startsWith("Werkdruk: no significant dataset was found (|t| reached 1.500)")));
  assert.match(held[0] ?? "", /Depend on .*: none\.$/);
});

test("the figure marks the printed value and the critical t, and draws an unbounded end at the axis edge", () => {
  const s = constructed(-2.1);
  const t = ensembleFigure(s, "t", printedValue);
  const layout = t.figure.layout as unknown as { shapes?: { x0?: number }[]; xaxis?: { range?: readonly [number, number] } };
  assert.deepEqual(
    layout.shapes?.map((x) => x.x0),
    [-2.0085591121007607, 2.0085591121007607],
  );
  const found = t.figure.data[0] as { x: readonly (number | null)[] };
  const axisMax = layout.xaxis?.range?.[1] as number;
  assert.ok((found.x[1] as number) > 5.2 && (found.x[1] as number) < axisMax, "∞ drawn inside the axis, beyond every finite value");
  const d = ensembleFigure(s, "d_av", printedValue);
  const marker = d.figure.data[3] as { x: readonly number[]; name?: string };
  assert.equal(marker.name, "printed in the article");
  assert.deepEqual(marker.x, [0.61]);
  assert.throws(() => ensembleFigure(s, "spearman", printedValue), /no quantities of family spearman/);
});

test("the section escapes text from the summary; the table lists every question", () => {
  const s = constructed(-2.1);
  const section = ensembleSection({ ...s, ranges: s.ranges }, printed, printedValue);
  assert.ok(section.html?.includes("67 is not 73 &amp; &lt;i&gt;"));
  assert.ok(!section.html?.includes("<i>"));
  assert.ok(!section.html?.includes("<b>"));
  assert.equal(ensembleQuestionsTable(s).rows.length, 2);
});

test("storedValue reads the stored encodings", () => {
  assert.equal(storedValue("Infinity"), Infinity);
  assert.equal(storedValue("-Infinity"), -Infinity);
  assert.ok(Number.isNaN(storedValue(null)));
  assert.equal(storedValue(0.25), 0.25);
});

test("the stored summary: 200 members, every significance claim asked, Table 2's totals infeasible", () => {
  const s = readEnsembleSummary("data");
  assert.ok(s);
  assert.equal(s.members, 200);
  assert.deepEqual([...new Set(s.questions.map((q) => q.claim))].sort(), [
    "table3.autonomie.significance",
    "table3.self-efficacy.significance",
    "table3.waardering.significance",
    "table3.werkdruk.significance",
    "table3.werkplezier.significance",
  ]);
  assert.ok(s.infeasible.some((i) => i.id === "table2.totaal.self"));
  assert.equal(readEnsembleSummary("test"), null);
});
