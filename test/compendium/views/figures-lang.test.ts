/**
 * Every figure of the notebooks and the report in one language at a time, on the shipped data:
 * each view function is drawn in English and in Dutch, and every string a reader can see (titles,
 * subtitles, axis titles and tick labels, legend names, annotations, bar texts, hover texts) is
 * collected from the figure JSON. What the article prints and the figures show as printed in
 * both languages (construct names, item wordings, the open questions, Table 2's printed labels,
 * the boxes of the balance model, the authors' names) is taken out first, from the data and
 * the figure; the rest must hold no function word of the other language, no number written the
 * other language's way, and plotly's separators must be the language's.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  balanceModel,
  correlationFigures,
  forestFigureOf,
  likertFigureOf,
  prePostFigureOf,
  table2FigureOf,
  type NamedFigure,
} from "../../../lib/compendium/src/views/figures.js";
import type { Lang } from "../../../lib/compendium/src/views/lang.js";
import { FIGURE_TEXT_NL, readPlotlySource } from "../../../lib/compendium/src/report/index.js";
import { loadDataset } from "../../../lib/compendium/src/data/index.js";
import { loadPublished } from "../../../lib/compendium/src/analysis/published.js";
import { table3 } from "../../../lib/compendium/src/analysis/table3.js";
import { countTable2 } from "../../../lib/compendium/src/analysis/table2.js";
import { articleCorrelations } from "../../../lib/compendium/src/analysis/correlations.js";

const ds = loadDataset();
const published = loadPublished();
const rows = table3(ds);
const t2 = countTable2(ds);
const CONSTRUCTS = ["werkplezier", "werkdruk", "self-efficacy", "autonomie", "waardering"];

/** Function words a figure in the other language must not contain (outside what is shown as printed). */
const FOREIGN: Readonly<Record<Lang, readonly string[]>> = {
  // in an English figure: Dutch words
  en: ["de", "het", "een", "en", "van", "voor", "na", "met", "gemiddelde", "verandering", "antwoorden"],
  // in a Dutch figure: English words
  nl: ["the", "and", "of", "with", "before", "after", "change", "mean", "printed", "reproduced", "values"],
};

/** Every figure of the views, in one language. */
function figures(lang: Lang): NamedFigure[] {
  return [
    table2FigureOf(t2, lang),
    prePostFigureOf(ds, rows, lang),
    forestFigureOf(rows, published, lang),
    likertFigureOf(ds, CONSTRUCTS, lang),
    ...correlationFigures(articleCorrelations(ds), lang),
    balanceModel(lang),
    // nothing to draw: the figure says why
    prePostFigureOf(ds, [], lang),
    forestFigureOf([], published, lang),
    likertFigureOf(ds, [], lang),
  ];
}

function strings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  return [];
}

function get(o: unknown, ...path: string[]): unknown {
  let x = o;
  for (const k of path) x = typeof x === "object" && x !== null ? (x as Record<string, unknown>)[k] : undefined;
  return x;
}

/** Every string of the figure a reader can see, as plotly shows it (line breaks as spaces, no tags, entities decoded). */
function visibleText(f: NamedFigure): string[] {
  const layout = f.figure.layout as unknown as Record<string, unknown>;
  const out: string[] = [
    ...strings(get(layout, "title", "text")),
    ...strings(get(layout, "title", "subtitle", "text")),
    ...strings(((get(layout, "annotations") as unknown[] | undefined) ?? []).map((a) => get(a, "text"))),
  ];
  for (const key of Object.keys(layout).filter((k) => /^[xy]axis\d*$/.test(k))) {
    out.push(...strings(get(layout, key, "title", "text")), ...strings(get(layout, key, "ticktext")));
  }
  for (const trace of f.figure.data as unknown as Record<string, unknown>[]) {
    out.push(...strings(trace.name), ...strings(trace.text), ...strings(trace.hovertext));
  }
  return out.map(plain).filter((s) => s !== "");
}

function plain(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s*\/\s*/g, "/")
    .replace(/\s+/g, " ")
    .trim();
}

/** What the figures show as the article prints it, in both languages: from the data, and the balance model's boxes. */
function asPrinted(f: NamedFigure): string[] {
  const fromData = [
    ...ds.codebook.constructs.flatMap((c) => [c.name, c.labelNl ?? c.name]),
    ...ds.codebook.resources.flatMap((r) => r.schema?.fields ?? []).flatMap((x) => (x.wordingNl === null ? [] : [x.wordingNl])),
    ...[...t2.rows, t2.other].map((r) => r.label),
    "Koffeman, Van de Kuilen & Snoek",
  ];
  const shapes = (f.figure.layout.shapes ?? []).filter((s) => s.type === "rect");
  const boxes = (f.figure.layout.annotations ?? [])
    .filter((a) => shapes.some((r) => a.x === ((r.x0 ?? 0) + (r.x1 ?? 0)) / 2 && a.y === ((r.y0 ?? 0) + (r.y1 ?? 0)) / 2))
    .map((a) => a.text);
  return [...fromData, ...boxes].map(plain).sort((a, b) => b.length - a.length);
}

function withoutPrinted(f: NamedFigure): string[] {
  const printed = asPrinted(f);
  return visibleText(f).map((s) => printed.reduce((acc, p) => (p === "" ? acc : acc.split(p).join(" ")), s));
}

function words(s: string): string[] {
  return s.toLowerCase().match(/\p{L}+/gu) ?? [];
}

describe("every figure is in one language", () => {
  for (const lang of ["en", "nl"] as const) {
    const all = figures(lang);

    it(`${lang}: draws every figure, each with visible text`, () => {
      assert.equal(all.length, 10);
      for (const f of all) assert.ok(visibleText(f).length > 0, f.id);
    });

    for (const f of all) {
      it(`${lang}: ${f.id}${f.figure.data.length === 0 ? " (nothing to draw)" : ""}: no function word of the other language`, () => {
        const found = withoutPrinted(f).flatMap((s) =>
          words(s)
            .filter((w) => FOREIGN[lang].includes(w))
            .map((w) => `${w} in “${s}”`),
        );
        assert.deepEqual(found, []);
      });

      it(`${lang}: ${f.id}: numbers written the language's way, and plotly's separators`, () => {
        const wrong = lang === "nl" ? /\d\.\d/ : /\d,\d/;
        assert.deepEqual(
          visibleText(f).filter((s) => wrong.test(s)),
          [],
        );
        assert.equal(f.figure.layout.separators, lang === "nl" ? ",." : ".,");
      });

      it(`${lang}: ${f.id}: plotly's own texts (the mode bar) in the language, no upload button`, () => {
        const c = f.figure.config;
        assert.equal(c?.showSendToCloud, false);
        assert.equal(c?.locale, lang);
        const dictionary = c?.locales?.[lang]?.dictionary;
        if (lang === "en") assert.equal(dictionary, undefined, "plotly's own English");
        else assert.deepEqual(dictionary, FIGURE_TEXT_NL.modeBar);
      });
    }
  }

  it("the texts of the two languages differ (nothing was left in one language)", () => {
    const en = figures("en");
    const nl = figures("nl");
    en.forEach((f, i) => {
      const other = nl[i] as NamedFigure;
      assert.equal(f.id, other.id);
      const a = new Set(withoutPrinted(f).filter((s) => /\p{L}{3,}/u.test(s)));
      const shared = withoutPrinted(other).filter((s) => a.has(s) && words(s).length > 2);
      assert.deepEqual(shared, [], f.id);
    });
  });

  it("r: English without a leading zero (APA), Dutch with the decimal comma and a leading zero, as the article", () => {
    for (const [lang, pattern] of [
      ["en", /\(r = -?\.\d\d, N = \d+\)$/],
      ["nl", /\(r = -?0,\d\d; N = \d+\)$/],
    ] as const) {
      const titles = correlationFigures(articleCorrelations(ds), lang).map((f) => f.figure.layout.title.text);
      assert.equal(titles.length, 2);
      for (const t of titles) assert.match(t, pattern);
    }
  });

  it("caption facts with words follow the language: Likert time points, Hattie's band names, Table 2's labels", () => {
    const likert = (lang: Lang): string[] => {
      const f = likertFigureOf(ds, ["werkplezier"], lang).facts;
      return f?.kind === "likert" ? [...new Set(f.items.map((i) => i.note ?? ""))] : [];
    };
    assert.deepEqual(likert("en"), ["before", "after"]);
    assert.deepEqual(likert("nl"), ["voor", "na"]);
    const bands = (lang: Lang): string[] => {
      const f = forestFigureOf(rows, published, lang).facts;
      return f?.kind === "forest" ? f.effects.flatMap((e) => (e.band === null ? [] : [e.band.label])) : [];
    };
    // the names of data/audit-rules.json's effectSizeBands
    assert.ok(bands("en").length > 0 && bands("en").every((b) => b === "worth the effort" || b === "high"), bands("en").join());
    assert.ok(bands("nl").length > 0 && bands("nl").every((b) => b === "de moeite waard" || b === "hoog"), bands("nl").join());
    const labels = (lang: Lang): string[] => {
      const f = table2FigureOf(t2, lang).facts;
      return f?.kind === "table2" ? f.labels.map((l) => l.label).sort() : [];
    };
    assert.deepEqual(labels("en"), t2.rows.map((r) => r.labelEn).sort());
    assert.deepEqual(labels("nl"), t2.rows.map((r) => r.label).sort());
  });

  it("on large data the scatter plot says how many it draws, with the language's thousands separator; the caption facts name the constructs only", () => {
    const c = articleCorrelations(ds)[0];
    assert.ok(c !== undefined);
    // 2,500 respondents: the 51 pairs repeated; the plot draws 2,000 of them
    const x = Array.from({ length: 2500 }, (_, i) => c.xValues[i % c.xValues.length] ?? null);
    const y = Array.from({ length: 2500 }, (_, i) => c.yValues[i % c.yValues.length] ?? null);
    const all = x.filter((v, i) => v !== null && y[i] !== null).length;
    const big = { ...c, xValues: x, yValues: y, pearson: { ...c.pearson, n: all } };
    const [en] = correlationFigures([big], "en");
    const [nl] = correlationFigures([big], "nl");
    const group = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+$)/g, sep);
    assert.equal(
      en?.figure.layout.xaxis?.title?.text,
      `Autonomie (after) — 2,000 of ${group(all, ",")} respondents drawn, evenly spaced, scale points 1–5`,
    );
    assert.equal(
      nl?.figure.layout.xaxis?.title?.text,
      `Autonomie (na) — 2.000 van ${group(all, ".")} respondenten getekend, gelijkmatig verspreid, schaalpunten 1–5`,
    );
    assert.deepEqual(en?.facts?.kind === "scatter" ? [en.facts.scatter.xLabel, en.facts.scatter.n] : null, ["Autonomie (after)", 2000]);
    assert.deepEqual(nl?.facts?.kind === "scatter" ? [nl.facts.scatter.xLabel, nl.facts.scatter.yLabel] : null, [
      "Autonomie (na)",
      "Werkplezier (na)",
    ]);
  });

  it("the Dutch mode bar translates plotly's own strings: every key is a text of the plotly.js bundle the pages load", (t) => {
    const source = readPlotlySource();
    if (source === null) {
      t.skip("plotly.js-basic-dist-min is not installed");
      return;
    }
    const keys = Object.keys(FIGURE_TEXT_NL.modeBar);
    assert.ok(keys.includes("Download plot as a PNG") && keys.includes("Box Select"), "the buttons every figure shows");
    assert.deepEqual(
      keys.filter((k) => !source.text.includes(JSON.stringify(k))),
      [],
    );
    assert.deepEqual(
      Object.entries(FIGURE_TEXT_NL.modeBar).filter(([k, v]) => k === v || v === ""),
      [],
    );
  });

  it("the views' default language is English", () => {
    assert.deepEqual(
      figures("en").map((f) => JSON.stringify(f)),
      [
        table2FigureOf(t2),
        prePostFigureOf(ds, rows),
        forestFigureOf(rows, published),
        likertFigureOf(ds, CONSTRUCTS),
        ...correlationFigures(articleCorrelations(ds)),
        balanceModel(),
        prePostFigureOf(ds, []),
        forestFigureOf([], published),
        likertFigureOf(ds, []),
      ].map((f) => JSON.stringify(f)),
    );
  });
});
