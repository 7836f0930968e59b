/** Figure specifications: structure, determinism, labels in Dutch (the kit's default) and English, thresholds, the balance model. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  CHANGE_COLOURS,
  FIGURE_COLOURS,
  OKABE_ITO,
  ReportError,
  figureTitle,
  forestCaptionFacts,
  forestFigure,
  likertCaptionFacts,
  likertColours,
  likertFigure,
  prePostCaptionFacts,
  prePostFigure,
  scatterCaptionFacts,
  scatterFigure,
  textColourOn,
  type PlotlyBarTrace,
  type PlotlyFigure,
  type PlotlyScatterTrace,
  type PlotlyTrace,
  type PrePostRow,
} from "../../../lib/compendium/src/report/index.js";
import { hattieThresholds } from "../../../lib/compendium/src/views/figures.js";
import { table2Figure } from "../../../lib/compendium/src/views/table2-figure.js";
import { balanceModelFigure } from "../../../lib/compendium/src/views/balance-model.js";
import { FOREST_ROWS, LIKERT_ITEMS, LIKERT_SCALE, PRE_POST_ROWS, SCATTER_X, SCATTER_Y, TABLE2_ROWS, allFigures } from "./fixtures.js";

function throwsCode(fn: () => unknown, code: string): void {
  assert.throws(fn, (e: unknown) => e instanceof ReportError && e.code === code, `expected ReportError ${code}`);
}

function scatterTrace(t: PlotlyTrace | undefined): PlotlyScatterTrace {
  assert.ok(t !== undefined && t.type === "scatter", "expected a scatter trace");
  return t;
}

function barTrace(t: PlotlyTrace | undefined): PlotlyBarTrace {
  assert.ok(t !== undefined && t.type === "bar", "expected a bar trace");
  return t;
}

/** All visible text of a figure, for label checks. */
function allText(fig: PlotlyFigure): string {
  return JSON.stringify(fig);
}

describe("every figure", () => {
  it("has a title, traces, a responsive config and no plotly default logo", () => {
    for (const [name, fig] of Object.entries(allFigures())) {
      assert.ok(fig.layout.title.text.length > 0, `${name}: title`);
      assert.ok(fig.data.length > 0, `${name}: traces`);
      assert.equal(fig.config?.responsive, true, `${name}: responsive`);
      assert.equal(fig.config?.displaylogo, false, `${name}: logo`);
      // plotly.js 4 would otherwise offer to upload the figure with its data to Plotly Cloud
      assert.equal(fig.config?.showSendToCloud, false, `${name}: no "Share chart..." button`);
      assert.ok((fig.layout.height ?? 0) >= 200, `${name}: height`);
    }
  });

  it("is deterministic: equal input gives identical JSON", () => {
    assert.equal(JSON.stringify(allFigures()), JSON.stringify(allFigures()));
  });

  it("uses the decimal comma by default and the point on request", () => {
    const comma = prePostFigure(PRE_POST_ROWS);
    const point = prePostFigure(PRE_POST_ROWS, { decimalSeparator: "." });
    assert.equal(comma.layout.separators, ",.");
    assert.equal(point.layout.separators, ".,");
    assert.match(allText(comma), /M = 4,02/);
    assert.match(allText(point), /M = 4\.02/);
  });

  it("takes its decimal separator from the language unless one is given", () => {
    const en = prePostFigure(PRE_POST_ROWS, { lang: "en" });
    const nl = prePostFigure(PRE_POST_ROWS, { lang: "nl" });
    assert.equal(en.layout.separators, ".,");
    assert.equal(nl.layout.separators, ",.");
    assert.match(allText(en), /M = 4\.02, 95% CI \[3\.85, 4\.19\]/);
    assert.match(allText(nl), /M = 4,02, 95%-BI \[3,85; 4,19\]/);
    assert.equal(prePostFigure(PRE_POST_ROWS, { lang: "en", decimalSeparator: "," }).layout.separators, ",.");
  });

  it("escapes caller text in plotly text attributes", () => {
    const fig = table2Figure([{ label: "<img src=x onerror=alert(1)>", self: 1, teachers: 2 }], { title: "a <b> & c" });
    const text = allText(fig);
    assert.ok(!text.includes("<img"));
    assert.ok(text.includes("&lt;img src=x onerror=alert(1)&gt;"));
    assert.equal(fig.layout.title.text, "a &lt;b&gt; &amp; c");
    assert.equal(figureTitle(fig), "a <b> & c");
  });

  it("draws only with Okabe–Ito colours (and greys) for data", () => {
    const allowed = new Set<string>([
      ...Object.values(OKABE_ITO),
      ...likertColours(7),
      ...likertColours(5),
      ...likertColours(4),
      FIGURE_COLOURS.neutral,
      FIGURE_COLOURS.ink,
      ...Object.values(CHANGE_COLOURS),
    ]);
    for (const [name, fig] of Object.entries(allFigures())) {
      if (name === "balance") continue;
      for (const t of fig.data) {
        const colour = t.marker?.color;
        if (typeof colour === "string" && colour !== "#FFFFFF") assert.ok(allowed.has(colour), `${name}: ${colour}`);
      }
    }
  });
});

describe("prePostFigure", () => {
  const fig = prePostFigure(PRE_POST_ROWS);

  it("shows pre and post means with asymmetric 95% CIs", () => {
    const pre = scatterTrace(fig.data.find((t) => t.name === "voor de leergangen (retrospectief)"));
    const post = scatterTrace(fig.data.find((t) => t.name === "na de leergangen"));
    assert.deepEqual(pre.x, [4.02, 3.8, 3.6]);
    assert.deepEqual(post.x, [4.49, 3.7, 3.9]);
    assert.equal(pre.error_x?.symmetric, false);
    const up = pre.error_x?.array ?? [];
    const down = pre.error_x?.arrayminus ?? [];
    assert.ok(Math.abs((up[0] ?? 0) - 0.17) < 1e-12 && Math.abs((down[2] ?? 0) - 0.22) < 1e-12);
    assert.equal(pre.marker?.color, FIGURE_COLOURS.pre);
    assert.equal(post.marker?.color, FIGURE_COLOURS.post);
    assert.notEqual(pre.marker?.symbol, post.marker?.symbol); // not colour alone
  });

  it("puts clusters top to bottom in input order with their labels", () => {
    assert.deepEqual(fig.layout.yaxis?.ticktext, ["Werkplezier", "Werkdruk", "Autonomie"]);
    const vals = fig.layout.yaxis?.tickvals ?? [];
    assert.ok((vals[0] ?? 0) > (vals[1] ?? 0) && (vals[1] ?? 0) > (vals[2] ?? 0));
    assert.equal(fig.layout.xaxis?.title?.text, "Gemiddelde score (schaalpunten 1–5)");
    assert.deepEqual(fig.layout.xaxis?.ticktext, ["1<br>helemaal niet", "2", "3", "4", "5<br>helemaal wel"]);
    assert.deepEqual(fig.layout.xaxis?.range, [0.9, 5.1]);
  });

  it("draws each respondent's change as a dot in a second panel, coloured by direction", () => {
    assert.equal(fig.layout.xaxis2?.title?.text, "Verandering na − voor<br>(schaalpunten)");
    assert.deepEqual(fig.layout.xaxis?.domain, [0, 0.5]);
    const panel = fig.data.filter((t) => t.xaxis === "x2").map(scatterTrace);
    const dots = (name: string): PlotlyScatterTrace | undefined => panel.find((t) => t.name === name);
    // Werkplezier's pairs 4→5, 3.5→4, 5→5, 4→4.5: changes 1, 0.5, 0, 0.5; higher is better
    assert.deepEqual(dots("gunstige verandering")?.x, [1, 0.5, 0.5]);
    assert.deepEqual(dots("geen verandering")?.x, [0]);
    assert.equal(dots("ongunstige verandering"), undefined);
    assert.equal(dots("gunstige verandering")?.marker?.color, CHANGE_COLOURS.better);
    // equal changes are stacked: the two changes of 0.5 sit one above the other
    const y = dots("gunstige verandering")?.y as number[];
    assert.ok((y[2] ?? 0) > (y[1] ?? 0) && y[0] === y[1]);
    const mean = dots("gemiddelde verandering (95%-BI)");
    assert.deepEqual(mean?.x, [0.5]);
  });

  it("turns the change colours round for a construct where higher is worse", () => {
    const rows = [{ ...(PRE_POST_ROWS[1] as PrePostRow), higherIsBetter: false, individuals: { pre: [4, 3, 3], post: [3, 3, 4] } }];
    const f = prePostFigure(rows);
    const panel = f.data.filter((t) => t.xaxis === "x2").map(scatterTrace);
    assert.deepEqual(panel.find((t) => t.name === "gunstige verandering")?.x, [-1]);
    assert.deepEqual(panel.find((t) => t.name === "ongunstige verandering")?.x, [1]);
    assert.match(f.layout.title.subtitle?.text ?? "", /bij Werkdruk is lager gunstig/);
  });

  it("draws one panel without individual scores", () => {
    const f = prePostFigure(PRE_POST_ROWS.slice(1));
    assert.equal(f.layout.xaxis2, undefined);
    assert.equal(f.data.length, 3);
  });

  it("is all Dutch by default and all English on request", () => {
    assert.doesNotMatch(allText(fig), /retrospective|means with|one respondent|CI\b/);
    assert.match(fig.layout.title.subtitle?.text ?? "", /^Links: gemiddelden met 95%-BI\./);
    const en = prePostFigure(PRE_POST_ROWS, { lang: "en" });
    assert.equal(en.layout.title.text, "Cluster scores before and after the courses");
    assert.match(en.layout.title.subtitle?.text ?? "", /^Left: means with 95% CIs\. Right: one dot per respondent \(after − before\)/);
    assert.equal(en.layout.xaxis?.title?.text, "Mean score (scale points 1–5)");
    assert.deepEqual(en.layout.xaxis?.ticktext, ["1<br>not at all", "2", "3", "4", "5<br>completely"]);
    assert.equal(en.layout.xaxis2?.title?.text, "Change after − before<br>(scale points)");
    assert.deepEqual(
      en.data.map((t) => t.name),
      ["difference", "before the courses (retrospective)", "after the courses", "favourable change", "no change", "mean change (95% CI)"],
    );
    // Werkplezier's changes 1, 0.5, 0, 0.5: three of four up, one the same
    const mean = scatterTrace(en.data.find((t) => t.name === "mean change (95% CI)"));
    assert.match((mean.hovertext as string[])[0] ?? "", /<br>up 75% · same 25% · down 0%$/);
    assert.doesNotMatch(allText(en), /voor|na de|gemiddelde|verandering|schaalpunten|BI\b/);
  });

  it("rejects bad input", () => {
    const row = PRE_POST_ROWS[1];
    assert.ok(row !== undefined);
    throwsCode(() => prePostFigure([]), "EMPTY_INPUT");
    throwsCode(() => prePostFigure([{ ...row, pre: { mean: 3, lower: 3.1, upper: 4, n: 51 } }]), "OUT_OF_RANGE");
    throwsCode(() => prePostFigure([{ ...row, post: { mean: Number.NaN, lower: 3, upper: 4, n: 51 } }]), "NON_FINITE");
    throwsCode(() => prePostFigure([{ ...row, post: { mean: 3.5, lower: 3, upper: 4, n: 0 } }]), "OUT_OF_RANGE");
    throwsCode(() => prePostFigure([{ ...row, individuals: { pre: [1, 2], post: [1] } }]), "LENGTH_MISMATCH");
  });
});

describe("forestFigure", () => {
  const fig = forestFigure(FOREST_ROWS, { variant: "d_av", thresholds: hattieThresholds("nl") });

  it("has Hattie's thresholds at .4 ('de moeite waard') and .6 ('hoog')", () => {
    assert.deepEqual(hattieThresholds("nl"), [
      { value: 0.4, label: "de moeite waard" },
      { value: 0.6, label: "hoog" },
    ]);
    const dashed = (fig.layout.shapes ?? []).filter((s) => s.line?.dash === "dash");
    assert.deepEqual(
      dashed.map((s) => [s.x0, s.x1, s.yref]),
      [
        [0.4, 0.4, "paper"],
        [0.6, 0.6, "paper"],
      ],
    );
    const texts = (fig.layout.annotations ?? []).map((a) => a.text);
    assert.deepEqual(texts, ["0,4: de moeite waard", "0,6: hoog"]);
    assert.ok(
      (fig.layout.shapes ?? []).some((s) => s.x0 === 0 && s.x1 === 0),
      "line at zero",
    );
  });

  it("shows estimates with CIs and published values as a second marker", () => {
    const est = scatterTrace(fig.data[0]);
    const pub = scatterTrace(fig.data[1]);
    assert.deepEqual(est.x, [0.63, -0.1, 0.55]);
    assert.equal(pub.name, "gepubliceerd (artikel)");
    assert.deepEqual(pub.x, [0.61, null, 0.53]);
    assert.equal(pub.marker?.symbol, "diamond-open");
    assert.equal(est.error_x?.symmetric, false);
  });

  it("in English: thresholds, legend, axis and hover text", () => {
    const en = forestFigure(FOREST_ROWS, { variant: "d_av", thresholds: hattieThresholds("en"), lang: "en" });
    assert.deepEqual(
      (en.layout.annotations ?? []).map((a) => a.text),
      ["0.4: worth the effort", "0.6: high"],
    );
    assert.deepEqual(
      en.data.map((t) => t.name),
      ["recomputed (95% CI)", "published (article)"],
    );
    assert.equal(en.layout.xaxis?.title?.text, "Effect size <i>d</i><sub>av</sub> in standard deviations, with 95% CI");
    assert.equal(
      (scatterTrace(en.data[0]).hovertext as string[])[0],
      "<b>Werkplezier</b><br><i>d</i><sub>av</sub> = 0.63, 95% CI [0.33, 0.93]<br><i>recomputed effect size</i>",
    );
    assert.equal(en.layout.separators, ".,");
  });

  it("names the variant on the axis, with a subscript", () => {
    assert.match(fig.layout.xaxis?.title?.text ?? "", /Effectgrootte <i>d<\/i><sub>av<\/sub> in standaarddeviaties, met 95%-BI/);
    const g = forestFigure(FOREST_ROWS, { variant: "Hedges' g_av", thresholds: [] });
    assert.match(g.layout.xaxis?.title?.text ?? "", /Hedges&#39; <i>g<\/i><sub>av<\/sub>/);
  });

  it("covers every interval, published value and threshold in its range", () => {
    const [lo, hi] = fig.layout.xaxis?.range ?? [0, 0];
    assert.ok(lo < -0.38 && hi > 0.93);
  });

  it("omits the published trace when nothing was published, and rejects bad intervals", () => {
    assert.equal(
      forestFigure([{ label: "a", estimate: 0.2, lower: 0, upper: 0.4 }], { variant: "d_z", thresholds: hattieThresholds("nl") }).data
        .length,
      1,
    );
    throwsCode(
      () => forestFigure([{ label: "a", estimate: 0.5, lower: 0.6, upper: 0.9 }], { variant: "d", thresholds: [] }),
      "OUT_OF_RANGE",
    );
    throwsCode(() => forestFigure([], { variant: "d", thresholds: [] }), "EMPTY_INPUT");
  });
});

describe("scatterFigure", () => {
  const input = { x: SCATTER_X, y: SCATTER_Y, xLabel: "Autonomie", yLabel: "Werkplezier", r: 0.57, n: 51, seed: 20230401 };
  const fig = scatterFigure(input);

  it("puts r and N in the title (in Dutch with the decimal comma and a leading zero)", () => {
    assert.equal(fig.layout.title.text, "Werkplezier en Autonomie (r = 0,57; N = 51)");
    assert.equal(fig.layout.xaxis?.title?.text, "Autonomie, schaalpunten 1–5");
    assert.equal(fig.layout.yaxis?.title?.text, "Werkplezier, schaalpunten 1–5");
  });

  it("in English: r without a leading zero (APA), a decimal point, English words", () => {
    const en = scatterFigure(input, { lang: "en" });
    assert.equal(en.layout.title.text, "Werkplezier and Autonomie (r = .57, N = 51)");
    assert.equal(en.layout.xaxis?.title?.text, "Autonomie, scale points 1–5");
    assert.equal(en.data[0]?.name, "respondents");
    assert.match(en.data[1]?.name ?? "", /^least-squares line: ŷ = \d\.\d\d [+−] \d\.\d\d·x$/);
    assert.match(en.layout.title.subtitle?.text ?? "", /^Points shifted slightly \(±0\.12, seed 20230401\)/);
    assert.match(
      (scatterTrace(en.data[0]).hovertext as string[])[0] ?? "",
      /^Autonomie: 1\.00<br>Werkplezier: 1\.00<br><i>unshifted scores<\/i>$/,
    );
    assert.equal(scatterFigure({ ...input, r: -0.571 }, { lang: "en" }).layout.title.text, "Werkplezier and Autonomie (r = -.57, N = 51)");
  });

  it("fits the OLS line on the unjittered data", () => {
    const n = SCATTER_X.length;
    const mx = SCATTER_X.reduce((s, v) => s + v, 0) / n;
    const my = SCATTER_Y.reduce((s, v) => s + v, 0) / n;
    let sxx = 0;
    let sxy = 0;
    SCATTER_X.forEach((x, i) => {
      sxx += (x - mx) ** 2;
      sxy += (x - mx) * ((SCATTER_Y[i] as number) - my);
    });
    const b = sxy / sxx;
    const a = my - b * mx;
    const line = scatterTrace(fig.data[1]);
    assert.deepEqual(line.x, [1, 5]);
    const [y1, y5] = line.y as number[];
    assert.ok(Math.abs((y1 as number) - (a + b)) < 1e-12 && Math.abs((y5 as number) - (a + 5 * b)) < 1e-12);
    // the same line whatever the jitter
    assert.deepEqual(scatterFigure({ ...input, seed: 7, jitter: 0.3 }).data[1], line);
  });

  it("jitters deterministically from the seed, within the stated half-width", () => {
    const points = scatterTrace(fig.data[0]);
    const again = scatterTrace(scatterFigure(input).data[0]);
    const other = scatterTrace(scatterFigure({ ...input, seed: 2 }).data[0]);
    assert.deepEqual(points.x, again.x);
    assert.notDeepEqual(points.x, other.x);
    (points.x as number[]).forEach((v, i) => {
      assert.ok(Math.abs(v - (SCATTER_X[i] as number)) <= 0.12);
    });
    (points.y as number[]).forEach((v, i) => {
      assert.ok(Math.abs(v - (SCATTER_Y[i] as number)) <= 0.12);
    });
    assert.deepEqual(scatterTrace(scatterFigure({ ...input, jitter: 0 }).data[0]).x, SCATTER_X);
    assert.match((points.hovertext as string[])[0] ?? "", /Autonomie: 1,00<br>Werkplezier: 1,00/);
  });

  it("rejects inconsistent input", () => {
    throwsCode(() => scatterFigure({ ...input, n: 50 }), "LENGTH_MISMATCH");
    throwsCode(() => scatterFigure({ ...input, y: [1, 2] }), "LENGTH_MISMATCH");
    throwsCode(() => scatterFigure({ ...input, r: 1.5 }), "OUT_OF_RANGE");
    throwsCode(() => scatterFigure({ ...input, x: [3, 3], y: [1, 2], n: 2 }), "INVALID_ARGUMENT");
    throwsCode(() => scatterFigure({ ...input, seed: 0 }), "OUT_OF_RANGE");
  });
});

describe("table2Figure", () => {
  const fig = table2Figure(TABLE2_ROWS, { n: 51 });

  it("has grouped horizontal bars 'over jezelf' and 'over leraren'", () => {
    const self = barTrace(fig.data[0]);
    const teachers = barTrace(fig.data[1]);
    assert.equal(fig.layout.barmode, "group");
    assert.equal(self.orientation, "h");
    assert.equal(self.name, "over jezelf");
    assert.equal(teachers.name, "over leraren");
    assert.deepEqual(self.x, [14, 4, 0]);
    assert.deepEqual(teachers.x, [12, 14, 8]);
    assert.deepEqual(self.text, ["14", "4", "0"]);
  });

  it("in English: names, axis, counts and the printed label in the hover text; the questions as printed, with a gloss", () => {
    const en = table2Figure([{ label: "less workload", printed: "minder werkdruk", self: 1, teachers: 14 }], { n: 51, lang: "en" });
    assert.deepEqual(
      en.data.map((t) => t.name),
      ["about yourself", "about teachers"],
    );
    assert.equal(en.layout.xaxis?.title?.text, "Number of mentions");
    assert.match(en.layout.title.text, /^What would keep teachers in teaching\? .*\(N = 51\)$/);
    const hover = (barTrace(en.data[0]).hovertext as string[])[0] ?? "";
    assert.match(
      hover,
      /^<b>less workload<\/b><br><i>printed as “minder werkdruk”<\/i><br>about yourself: mentioned once \(15 in total\)<br>/,
    );
    assert.ok(hover.includes("<i>Wat zou er vooral moeten gebeuren om jou te behouden voor het onderwijs?</i><br><i>(What above all"));
    assert.match((barTrace(en.data[1]).hovertext as string[])[0] ?? "", /about teachers: mentioned 14 times/);
  });

  it("carries the two questions in the hover text", () => {
    const text = allText(fig);
    assert.ok(text.includes("Wat zou er vooral moeten gebeuren om jou te behouden voor het onderwijs?"));
    assert.ok(text.includes("Wat zou er vooral moeten gebeuren om leraren te behouden voor het onderwijs?"));
    assert.match(fig.layout.title.text, /N = 51/);
    assert.equal(fig.layout.xaxis?.title?.text, "Aantal keer genoemd");
  });

  it("wraps long labels", () => {
    assert.deepEqual(fig.layout.yaxis?.ticktext?.[0], "loopbaanontwikkeling/<br>groeimogelijkheden");
  });

  it("rejects counts that are not non-negative integers", () => {
    throwsCode(() => table2Figure([{ label: "a", self: -1, teachers: 0 }]), "OUT_OF_RANGE");
    throwsCode(() => table2Figure([{ label: "a", self: 1.5, teachers: 0 }]), "OUT_OF_RANGE");
  });
});

describe("likertFigure", () => {
  const fig = likertFigure(LIKERT_ITEMS, LIKERT_SCALE);
  const bars = fig.data.map(barTrace);

  it("stacks relative to zero: 1–2 negative, 4–5 positive, 3 split over zero", () => {
    assert.equal(fig.layout.barmode, "relative");
    const byGroup = (g: string): PlotlyBarTrace[] => bars.filter((b) => b.legendgroup === g);
    const neutral = byGroup("punt-3");
    assert.equal(neutral.length, 2);
    const [nNeg, nPos] = neutral as [PlotlyBarTrace, PlotlyBarTrace];
    assert.deepEqual(
      (nNeg.x as number[]).map((v) => -v),
      nPos.x,
    );
    assert.ok((byGroup("punt-1")[0]?.x as number[] | undefined)?.every((v) => v <= 0) === true);
    assert.ok((byGroup("punt-2")[0]?.x as number[] | undefined)?.every((v) => v <= 0) === true);
    assert.ok((byGroup("punt-4")[0]?.x as number[] | undefined)?.every((v) => v >= 0) === true);
    assert.ok((byGroup("punt-5")[0]?.x as number[] | undefined)?.every((v) => v >= 0) === true);
    // innermost segments come first within each side
    assert.deepEqual(
      bars.filter((b) => (b.x as number[]).some((v) => v < 0)).map((b) => b.legendgroup),
      ["punt-3", "punt-2", "punt-1"],
    );
  });

  it("sums to 100% per item", () => {
    for (let i = 0; i < LIKERT_ITEMS.length; i++) {
      const total = bars.reduce((s, b) => s + Math.abs((b.x as number[])[i] ?? 0), 0);
      assert.ok(Math.abs(total - 100) < 1e-9, `item ${i}: ${total}`);
    }
  });

  it("labels scale points and prints the shares of both sides at the bar ends", () => {
    const names = [...new Set(bars.filter((b) => b.showlegend !== false).map((b) => `${b.legendrank}:${b.name}`))].sort();
    assert.deepEqual(names, ["1:1 = helemaal niet", "2:2", "3:3", "4:4", "5:5 = helemaal wel"]);
    const ends = (fig.layout.annotations ?? []).map((a) => a.text);
    assert.deepEqual(ends, ["4%", "84%", "14%", "67%"]); // 2/51, 43/51, 7/51, 34/51
    assert.deepEqual(likertColours(5), ["#D55E00", "#E69F00", "#BBBBBB", "#56B4E9", "#0072B2"]);
  });

  it("handles an even scale without a neutral point", () => {
    const even = likertFigure([{ label: "a", counts: [1, 2, 3, 4] }], { labels: {} });
    assert.deepEqual(
      even.data.map((t) => [t.legendgroup, t.x[0]]),
      [
        ["punt-2", -20],
        ["punt-1", -10],
        ["punt-3", 30],
        ["punt-4", 40],
      ],
    );
  });

  it("rejects inconsistent scales and empty items", () => {
    throwsCode(
      () =>
        likertFigure(
          [
            { label: "a", counts: [1, 2, 3] },
            { label: "b", counts: [1, 2] },
          ],
          LIKERT_SCALE,
        ),
      "LENGTH_MISMATCH",
    );
    throwsCode(() => likertFigure([{ label: "a", counts: [0, 0, 0] }], LIKERT_SCALE), "OUT_OF_RANGE");
    throwsCode(() => likertFigure([{ label: "a", counts: [1, 2, 3, 4, 5, 6, 7, 8] }], LIKERT_SCALE), "OUT_OF_RANGE");
    throwsCode(() => likertFigure([], LIKERT_SCALE), "EMPTY_INPUT");
  });
});

describe("balanceModelFigure (Fig. 1)", () => {
  const fig = balanceModelFigure();
  // Lines joined with spaces and tags removed, as a reader sees them.
  const text = (fig.layout.annotations ?? []).map((a) => a.text.replace(/<br>/g, " ").replace(/<[^>]+>/g, "")).join("\n");

  it("is a diagram without axes or legend", () => {
    assert.equal(fig.layout.xaxis?.visible, false);
    assert.equal(fig.layout.yaxis?.visible, false);
    assert.equal(fig.layout.showlegend, false);
    assert.equal(fig.layout.title.text, "Fig. 1: het werkplezier-balansmodel");
  });

  it("has the reasons on the left and the matching threats on the right", () => {
    for (const term of [
      "Intrinsieke redenen",
      "plezier in de vakinhoud",
      "Altruïstische redenen",
      "betekenisvol willen zijn",
      "ertoe doen",
      "(1) Ervaren werkdruk",
      "kwantitatief",
      "kwalitatief",
      "(2) Complexiteit van beroep en doelgroep",
      "self-efficacy / agency",
      "bedreigt (1)",
      "bedreigt (2)",
    ]) {
      assert.ok(text.includes(term), term);
    }
    const box = (needle: string): { x: number; y: number } => {
      const a = (fig.layout.annotations ?? []).find((x) => x.text.includes(needle));
      assert.ok(a !== undefined, needle);
      return { x: a.x, y: a.y };
    };
    assert.ok(box("Intrinsieke").x < 6 && box("Altruïstische").x < 6);
    assert.ok(box("Ervaren werkdruk").x > 6 && box("Complexiteit").x > 6);
    // threat (1) faces the intrinsic reasons, threat (2) the altruistic ones
    assert.equal(box("Ervaren werkdruk").y, box("Intrinsieke").y);
    assert.equal(box("Complexiteit").y, box("Altruïstische").y);
    // the threat arrows point from right to left
    const arrows = (fig.layout.annotations ?? []).filter((a) => a.showarrow && a.arrowcolor === OKABE_ITO.vermillion);
    assert.equal(arrows.length, 2);
    assert.ok(arrows.every((a) => (a.ax ?? 0) > a.x));
  });

  it("has a beam on a fulcrum, two pans, and the moderators under the beam shifting the fulcrum right", () => {
    const shapes = fig.layout.shapes ?? [];
    const beam = shapes.find((s) => s.name === "balk");
    const fulcrum = shapes.find((s) => s.name === "scharnierpunt");
    const shifted = shapes.find((s) => s.name === "verschoven scharnierpunt");
    assert.ok(beam !== undefined && fulcrum !== undefined && shifted !== undefined);
    assert.ok(shapes.some((s) => s.name === "linkerschaal") && shapes.some((s) => s.name === "rechterschaal"));
    const apexX = (path: string | undefined): number => Number(/L ([\d.]+) [\d.]+ Z$/.exec(path ?? "")?.[1]);
    assert.ok(apexX(shifted.path) > apexX(fulcrum.path), "the shifted fulcrum lies to the right");
    assert.equal(shifted.line?.dash, "dash");
    for (const term of [
      "Autonomie",
      "buffer tegen werkdruk",
      "Waardering",
      "voedt de self-efficacy",
      "Moderatoren",
      "scharnierpunt schuift naar rechts",
    ]) {
      assert.ok(text.includes(term), term);
    }
    const moderators = (fig.layout.annotations ?? []).filter(
      (a) => a.text.startsWith("<b>Autonomie") || a.text.startsWith("<b>Waardering"),
    );
    assert.equal(moderators.length, 2);
    assert.ok(
      moderators.every((a) => a.y < (beam.y0 ?? 0)),
      "moderators lie under the beam",
    );
    const shift = (fig.layout.annotations ?? []).find((a) => a.showarrow && a.arrowcolor === OKABE_ITO.bluishGreen);
    assert.ok(shift !== undefined && shift.x > (shift.ax ?? Infinity), "the shift arrow points right");
  });

  it("explains each box on hover, in the figure's language", () => {
    const hover = scatterTrace(fig.data[0]);
    assert.equal(hover.marker?.opacity, 0);
    assert.match(
      (hover.hovertext as string[]).join(" "),
      /^Intrinsieke redenen.*Altruïstische redenen.*werkdruk.*self-efficacy.*autonomie.*waardering/,
    );
    const en = scatterTrace(balanceModelFigure({ lang: "en" }).data[0]);
    assert.match(
      (en.hovertext as string[]).join(" "),
      /^Intrinsic reasons.*Altruistic reasons.*workload.*self-efficacy.*autonomy.*appreciation/,
    );
  });

  it("in English: our labels translated, the article's boxes as printed", () => {
    const en = balanceModelFigure({ lang: "en" });
    assert.equal(en.layout.title.text, "Fig. 1: the Werkplezier balance model");
    const texts = (en.layout.annotations ?? []).map((a) => a.text);
    assert.deepEqual(
      texts.filter((t) => t.startsWith("threatens")),
      ["threatens (1)", "threatens (2)"],
    );
    assert.ok(texts.some((t) => t.startsWith("<b>Moderators</b>")));
    // the six boxes: the same Dutch text in both languages
    const boxes = (f: typeof en): string[] =>
      (f.layout.annotations ?? [])
        .filter((a) =>
          (f.layout.shapes ?? []).some(
            (r) => r.type === "rect" && a.x === ((r.x0 ?? 0) + (r.x1 ?? 0)) / 2 && a.y === ((r.y0 ?? 0) + (r.y1 ?? 0)) / 2,
          ),
        )
        .map((a) => a.text);
    assert.equal(boxes(en).length, 6);
    assert.deepEqual(boxes(en), boxes(fig));
    assert.ok(boxes(en)[0]?.startsWith("<b>Intrinsieke redenen</b>"));
  });
});

describe("palette", () => {
  it("chooses readable text colours", () => {
    assert.equal(textColourOn("#0072B2"), "#FFFFFF");
    assert.equal(textColourOn("#E69F00"), "#000000");
    assert.equal(textColourOn("#BBBBBB"), "#000000");
    throwsCode(() => textColourOn("blue"), "INVALID_ARGUMENT");
    throwsCode(() => likertColours(8), "OUT_OF_RANGE");
  });
});

describe("caption facts", () => {
  it("prePostCaptionFacts: mean change, paired t interval and up/same/down, checked by hand", () => {
    // pre 3 4 2 5, post 4 4 3 4: changes 1 0 1 -1; mean 0.25; s_d² = (0.75² + 0.25² + 0.75² + 1.25²)/3 = 2.75/3;
    // t(0.975, 3) = 3.182446305284263; half-width = t·s_d/√4
    const half = (3.182446305284263 * Math.sqrt(2.75 / 3)) / 2;
    const row: PrePostRow = {
      construct: "werkdruk",
      label: "Werkdruk",
      higherIsBetter: false,
      pre: { mean: 3.5, lower: 2, upper: 5, n: 4 },
      post: { mean: 3.75, lower: 2, upper: 5, n: 4 },
      individuals: { pre: [3, 4, 2, 5], post: [4, 4, 3, 4] },
    };
    const [f] = prePostCaptionFacts([row]);
    assert.ok(f !== undefined);
    assert.equal(f.n, 4);
    assert.equal(f.meanChange, 0.25);
    assert.ok(Math.abs((f.changeCi?.lower ?? 0) - (0.25 - half)) < 1e-9);
    assert.ok(Math.abs((f.changeCi?.upper ?? 0) - (0.25 + half)) < 1e-9);
    assert.equal(f.changeCi?.level, 0.95);
    assert.deepEqual(
      [f.up, f.same, f.down],
      [
        { count: 2, share: 0.5 },
        { count: 1, share: 0.25 },
        { count: 1, share: 0.25 },
      ],
    );
    // werkdruk: going down is the favourable direction
    assert.deepEqual([f.better?.count, f.worse?.count], [1, 2]);
    assert.deepEqual([f.preMean, f.postMean], [3.5, 3.75]);
    const [g] = prePostCaptionFacts([{ ...row, higherIsBetter: true }]);
    assert.deepEqual([g?.better?.count, g?.worse?.count], [2, 1]);
  });

  it("prePostCaptionFacts: no pairs, one pair, item means that differ only by rounding", () => {
    const base = PRE_POST_ROWS[1] as PrePostRow;
    const [none] = prePostCaptionFacts([base]);
    assert.equal(none?.n, 0);
    assert.ok(Math.abs((none?.meanChange ?? 0) - -0.1) < 1e-12);
    assert.equal(none?.up, null);
    const [one] = prePostCaptionFacts([{ ...base, individuals: { pre: [3], post: [4] } }]);
    assert.equal(one?.changeCi, null);
    assert.equal(one?.up?.count, 1);
    // (4 + 4 + 5)/3 and (5 + 4 + 4)/3 differ in the last bit in floating point; still no change
    const [same] = prePostCaptionFacts([{ ...base, individuals: { pre: [(4 + 4 + 5) / 3], post: [(5 + 4 + 4) / 3] } }]);
    assert.equal(same?.same?.count, 1);
    throwsCode(() => prePostCaptionFacts([{ ...base, individuals: { pre: [1, 2], post: [1] } }]), "LENGTH_MISMATCH");
  });

  it("likertCaptionFacts: halves and middle, favourable side by direction", () => {
    const [a, b] = likertCaptionFacts([
      { label: "Ik ervaar plezier in mijn werk", counts: [0, 2, 6, 20, 23] },
      { label: "Ik ervaar werkdruk", counts: [2, 5, 10, 20, 14], higherIsBetter: false },
    ]);
    assert.deepEqual([a?.n, a?.low.count, a?.neutral?.count, a?.high.count], [51, 2, 6, 43]);
    assert.equal(a?.favourable.share, 43 / 51);
    assert.deepEqual([b?.low.count, b?.high.count, b?.favourable.count, b?.unfavourable.count], [7, 34, 7, 34]);
    const [even] = likertCaptionFacts([{ label: "x", counts: [1, 2, 3, 4] }]);
    assert.equal(even?.neutral, null);
    assert.deepEqual([even?.low.count, even?.high.count], [3, 7]);
  });

  it("forestCaptionFacts: band reached, interval excluding zero, difference from the printed value", () => {
    const facts = forestCaptionFacts(FOREST_ROWS, hattieThresholds("nl"));
    assert.deepEqual(
      facts.map((f) => [f.band?.label ?? null, f.ciExcludesZero]),
      [
        ["hoog", true],
        [null, false],
        ["de moeite waard", true],
      ],
    );
    assert.ok(Math.abs((facts[0]?.differenceFromPublished ?? 0) - 0.02) < 1e-12);
    assert.equal(facts[1]?.differenceFromPublished, null);
  });

  it("scatterCaptionFacts: the line the figure draws", () => {
    const f = scatterCaptionFacts({
      x: [3, 4, 5, 4],
      y: [3.5, 4, 5, 4.5],
      xLabel: "Autonomie",
      yLabel: "Werkplezier",
      r: 0.95,
      n: 4,
      seed: 1,
    });
    // x̄ = 4, ȳ = 4.25, Sxx = 2, Sxy = 1.5
    assert.equal(f.slope, 0.75);
    assert.equal(f.intercept, 1.25);
  });
});

describe("likertFigure: wording and direction", () => {
  const items = [
    { label: "Ik ervaar plezier in mijn werk", group: "Werkplezier", note: "voor", counts: [0, 2, 6, 20, 23] },
    { label: "Ik ervaar plezier in mijn werk", group: "Werkplezier", note: "na", counts: [0, 1, 4, 20, 26] },
    {
      label: "Ik heb te weinig tijd om mijn taken goed uit te voeren.",
      group: "Werkdruk",
      note: "voor",
      counts: [2, 5, 10, 20, 14],
      higherIsBetter: false,
    },
  ];
  const fig = likertFigure(items, LIKERT_SCALE);

  it("labels each item with its full wording, once per item, wrapped", () => {
    const ticks = fig.layout.yaxis?.ticktext ?? [];
    assert.equal(ticks[0], "<b>Werkplezier:</b> Ik ervaar plezier in mijn werk<br><i>(voor)</i>");
    assert.equal(ticks[1], "<i>na</i>");
    assert.equal(
      (ticks[2] ?? "").replace(/<br>/g, " ").replace(/<[^>]+>/g, ""),
      "Werkdruk: Ik heb te weinig tijd om mijn taken goed uit te voeren. (voor)",
    );
    assert.ok((ticks[2] ?? "").includes("<br>"), "long wording is wrapped");
  });

  it("turns the colours round where agreeing is bad news", () => {
    assert.deepEqual(likertColours(5, false), [...likertColours(5)].reverse());
    const point5 = fig.data.map(barTrace).filter((b) => b.legendgroup === "punt-5");
    assert.equal(point5.length, 2);
    const [normal, turned] = point5 as [PlotlyBarTrace, PlotlyBarTrace];
    assert.deepEqual([normal.y, turned.y], [[0, 1], [2]]);
    assert.equal(normal.marker?.color, OKABE_ITO.blue);
    assert.equal(turned.marker?.color, OKABE_ITO.vermillion);
    assert.equal(turned.showlegend, false);
    assert.match(fig.layout.title.subtitle?.text ?? "", /bij Werkdruk is ‘helemaal wel’ ongunstig/);
  });

  it("in English: title, axis, scale names, counts and the reversed note; the wording as given", () => {
    const en = likertFigure(items, { labels: { "1": "not at all", "5": "completely" } }, { lang: "en" });
    assert.equal(en.layout.title.text, "Distribution of the answers (percentages)");
    assert.equal(en.layout.xaxis?.title?.text, "Percentage of respondents (left: 1–2, right: 4–5)");
    assert.match(
      en.layout.title.subtitle?.text ?? "",
      /^Left 1–2, right 4–5, 3 split over zero;.*\(for Werkdruk, ‘completely’ is unfavourable\)$/,
    );
    const point1 = en.data.map(barTrace).find((b) => b.legendgroup === "punt-1" && b.showlegend !== false);
    assert.equal(point1?.name, "1 = not at all");
    // the first item (Werkplezier, voor) has no answer at point 1: 0 of 51
    assert.equal(
      (point1?.hovertext as string[] | undefined)?.[0],
      "<b>Werkplezier: Ik ervaar plezier in mijn werk</b> <i>(voor)</i><br>1 = not at all: 0.0% (0 of 51)",
    );
    assert.equal(en.layout.separators, ".,");
  });

  it("escapes wording from the codebook", () => {
    const f = likertFigure([{ label: "<img src=x>", group: "A & B", note: "<na>", gloss: "<i>", counts: [1, 1, 1, 1, 1] }], LIKERT_SCALE);
    const text = allText(f);
    assert.ok(!text.includes("<img") && !text.includes("<na>"));
    assert.ok(text.includes("&lt;img src=x&gt;") && text.includes("<b>A &amp; B:</b>"));
  });
});

describe("balanceModelFigure fits its boxes", () => {
  const fig = balanceModelFigure();
  // At A4 print width (700 px) and 800 px: the box's width and height in pixels must hold its
  // text, at a generous 7.2 px per character of 11 px text (bold included) and 15 px per line.
  for (const width of [700, 800]) {
    it(`at ${width} px`, () => {
      const m = fig.layout.margin ?? {};
      const [x0, x1] = fig.layout.xaxis?.range ?? [0, 1];
      const [y0, y1] = fig.layout.yaxis?.range ?? [0, 1];
      const pxX = (width - (m.l ?? 0) - (m.r ?? 0)) / (x1 - x0);
      const pxY = ((fig.layout.height ?? 0) - (m.t ?? 0) - (m.b ?? 0)) / (y1 - y0);
      const rects = (fig.layout.shapes ?? []).filter((s) => s.type === "rect");
      assert.equal(rects.length, 6);
      for (const r of rects) {
        const a = (fig.layout.annotations ?? []).find(
          (x) => x.x === ((r.x0 ?? 0) + (r.x1 ?? 0)) / 2 && x.y === ((r.y0 ?? 0) + (r.y1 ?? 0)) / 2,
        );
        assert.ok(a !== undefined);
        const lines = a.text.split("<br>").map((l) => l.replace(/<[^>]+>/g, ""));
        const longest = Math.max(...lines.map((l) => [...l].length));
        assert.ok(longest * 7.2 + 8 <= ((r.x1 ?? 0) - (r.x0 ?? 0)) * pxX, `${lines[0]}: ${longest} characters`);
        assert.ok(lines.length * 15 + 6 <= ((r.y1 ?? 0) - (r.y0 ?? 0)) * pxY, `${lines[0]}: ${lines.length} lines`);
      }
      // the boxes do not overlap
      for (const a of rects)
        for (const b of rects)
          if (a !== b)
            assert.ok(
              (a.x1 ?? 0) <= (b.x0 ?? 0) || (b.x1 ?? 0) <= (a.x0 ?? 0) || (a.y1 ?? 0) <= (b.y0 ?? 0) || (b.y1 ?? 0) <= (a.y0 ?? 0),
              "boxes overlap",
            );
    });
  }
});
