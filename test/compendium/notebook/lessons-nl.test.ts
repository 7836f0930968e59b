/**
 * The lesson tables in Dutch and English: headers, notes and captions in the language, numbers
 * with its decimal separator; without a language they follow BEHOUD_LANG.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { openStudy } from "../../../lib/compendium/src/analysis/study.js";
import {
  LESSON_TEXT,
  claimMarkdown,
  correlationMatrixTable,
  dataTable,
  lessonText,
  publishedColumns,
  quantityTable,
} from "../../../lib/compendium/src/notebook/lessons.js";
import type { TableSpec } from "../../../lib/compendium/src/views/tables.js";
import type { Lang } from "../../../lib/compendium/src/views/lang.js";

const ENGLISH = /\b(the|and|with|which|that|from|before|after|respondents|value|values|not|are|for|each|printed)\b/i;
const study = openStudy();

const matrix = {
  names: ["Werkplezier", "Autonomie"],
  r: [
    [1, 0.574],
    [0.574, 1],
  ],
  n: [
    [51, 49],
    [49, 51],
  ],
};

/** The words and numbers each lesson function writes, in a language (the article's quote left out). */
function texts(lang: Lang): string[] {
  const q = quantityTable(
    "alfa",
    [
      { symbol: "k", meaning: "items", value: 3, decimals: 0 },
      { symbol: "α", meaning: "alfa", value: 0.81234567, compared: true },
      { symbol: "p", meaning: "p", value: Number.NaN, compared: true },
    ],
    lang,
  );
  const d = dataTable("scores", { respondent: ["R1", "R2", "R3"], score: [1.5, 2, 3] }, { rows: 2, lang });
  const all = dataTable("scores", { score: [1.5, 2] }, { lang });
  const m = correlationMatrixTable(matrix, "post", lang);
  const claim = claimMarkdown(study.published, ["results.correlation.werkplezier-autonomie.r"], lang);
  const quote = study.published.get("results.correlation.werkplezier-autonomie.r").quote;
  const cells = (t: TableSpec): string[] => [
    ...t.columns.map((c) => c.label),
    ...t.rows.flatMap((r) => Object.values(r).filter((v): v is string => typeof v === "string")),
  ];
  return [
    ...cells(q),
    d.note ?? "",
    all.note ?? "",
    m.caption,
    m.note ?? "",
    claim.replace(quote, ""),
    ...Object.keys(publishedColumns(study, ["table3.waardering.effect-size"], lang)),
  ];
}

test("Dutch: no English words, no decimal point", () => {
  for (const t of texts("nl")) {
    assert.equal(ENGLISH.exec(t)?.[0], undefined, t);
    assert.doesNotMatch(t, /\d\.\d/, t);
  }
});

test("English: no decimal comma; the tables keep their English words", () => {
  const en = texts("en");
  for (const t of en) assert.doesNotMatch(t, /\d,\d/, t);
  assert.ok(en.some((t) => ENGLISH.test(t)));
  assert.equal(lessonText("en"), LESSON_TEXT);
});

test("Dutch tables: headers, rounded and full values with the decimal comma, notes", () => {
  const q = quantityTable("alfa", [{ symbol: "α", meaning: "alfa", value: 0.81234567, compared: true }], "nl");
  assert.deepEqual(
    q.columns.map((c) => c.label),
    ["symbool", "betekenis", "waarde (afgerond)", "volledige precisie (vergeleken)"],
  );
  assert.deepEqual(q.rows[0], { symbol: "α", meaning: "alfa", value: "0,812", full: "0,81234567" });
  assert.equal(quantityTable("x", [{ symbol: "p", meaning: "p", value: Number.NaN }], "nl").rows[0]?.value, "niet te berekenen");
  assert.equal(
    dataTable("s", { a: [1, 2, 3] }, { rows: 2, lang: "nl" }).note,
    "De eerste 2 van 3 rijen; de berekening gebruikt ze alle 3.",
  );
  const m = correlationMatrixTable(matrix, "post", "nl");
  assert.equal(m.caption, "Pearson-correlaties van de scores na de leergang");
  assert.equal(m.note, "Pearsons r over paarsgewijs volledige gevallen (n = 49 tot 51).");
  assert.deepEqual(publishedColumns(study, ["table3.waardering.effect-size"], "nl").afgedrukt, ["0.25"]);
});

test("without a language the tables follow BEHOUD_LANG", () => {
  const before = process.env.BEHOUD_LANG;
  const one = [{ symbol: "t", meaning: "t", value: 4.5 }];
  try {
    process.env.BEHOUD_LANG = "nl";
    assert.equal(quantityTable("t", one).rows[0]?.value, "4,500");
    delete process.env.BEHOUD_LANG;
    assert.equal(quantityTable("t", one).rows[0]?.value, "4.500");
  } finally {
    if (before === undefined) delete process.env.BEHOUD_LANG;
    else process.env.BEHOUD_LANG = before;
  }
});
