/**
 * The ensemble's texts in both languages: every function that writes text writes Dutch with the
 * decimal comma when asked for Dutch (and by default under BEHOUD_LANG=nl), and English with the
 * decimal point; the stored reasons of `npm run ensemble` are reworded in Dutch.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ensembleFigure,
  ensembleHeadlines,
  ensembleItemsTable,
  ensembleQuestionsTable,
  ensembleRangesTable,
  ensembleSection,
  ensembleText,
  ENSEMBLE_TEXT,
  readEnsembleSummary,
  type StoredEnsembleSummary,
} from "../../../lib/compendium/src/views/ensemble.js";
import type { TableSpec } from "../../../lib/compendium/src/views/tables.js";
import type { Lang } from "../../../lib/compendium/src/views/lang.js";
import { openStudy } from "../../../lib/compendium/src/analysis/study.js";

const ENGLISH = /\b(the|and|with|which|that|from|before|after|respondents|value|values|not|are|for|each|printed)\b/i;
const CONSTRUCTS = /Werkplezier|Werkdruk|Self-efficacy|Autonomie|Waardering|Ontwikkelmogelijkheden/g;

/** The text without construct names, quoted article text and claim ids (table2.totaal.self …). */
function prose(text: string): string {
  return text
    .replace(/"[^"]*"/g, " ")
    .replace(/&quot;.*?&quot;/g, " ")
    .replace(CONSTRUCTS, " ")
    .replace(/\b[a-z][a-z0-9]*(?:\.[a-z0-9_-]+)+\b/g, " ");
}

function englishWord(text: string): string | null {
  return ENGLISH.exec(prose(text))?.[0] ?? null;
}

const decimalPoint = (text: string): boolean => /\d\.\d/.test(prose(text));
const decimalComma = (text: string): boolean => /\d,\d/.test(prose(text));

function tableTexts(t: TableSpec): string[] {
  return [t.caption, t.note ?? "", ...t.columns.map((c) => c.label), ...t.rows.flatMap((r) => Object.values(r).map((v) => String(v)))];
}

const stored = readEnsembleSummary("data");
assert.ok(stored);
const summary: StoredEnsembleSummary = stored;

const study = openStudy();

/**
 * The article's printed text of an id: English as stored, Dutch with the decimal comma (the Dutch
 * report quotes what the article prints; this keeps the checks on the ensemble's own words).
 */
const printedIn =
  (lang: Lang) =>
  (id: string): string => {
    const text = study.published.has(id) ? study.published.get(id).text : id;
    return lang === "nl" ? text.replace(/(\d)\.(\d)/g, "$1,$2") : text;
  };
const printedValue = (id: string): number | null => (study.published.has(id) ? study.published.get(id).value : null);

/** Every text the ensemble's functions write for the stored summary, in a language. */
function allTexts(lang: Lang): string[] {
  const printed = printedIn(lang);
  const section = ensembleSection(summary, printed, printedValue, { lang });
  const figures = [...new Set(summary.ranges.map((r) => r.family))].map((f) => ensembleFigure(summary, f, printedValue, lang));
  const text = ensembleText(lang);
  return [
    section.title,
    section.html ?? "",
    ...(section.figures ?? []).map((f) => ("caption" in f ? (f.caption ?? "") : "")),
    ...ensembleHeadlines(summary, printed, lang),
    ...tableTexts(ensembleQuestionsTable(summary, lang)),
    ...tableTexts(ensembleRangesTable(summary, printed, lang)),
    ...tableTexts(ensembleItemsTable(summary, lang)),
    ...figures.flatMap((f) => [
      String(f.figure.layout.title?.text ?? ""),
      ...f.figure.data.map((d) => String((d as { name?: string }).name ?? "")),
      ...(f.figure.data.flatMap((d) => (d as { y?: readonly (string | null)[] }).y ?? []).filter((y) => y !== null) as string[]),
    ]),
    text.proof("2.160", "2.009", true).replace(/\d\.\d+/g, "0"),
    text.proof("1.900", "2.009", false).replace(/\d\.\d+/g, "0"),
    text.diversity(summary.diversity),
    text.missing,
    text.intro({ members: 200, chains: 20, checked: 304, answers: 1836, median: 1255, min: 646 }),
  ];
}

test("Dutch: no English words and no decimal point in any text of the stored summary's section, tables and figures", () => {
  const texts = allTexts("nl");
  assert.deepEqual(
    texts.filter((t) => englishWord(t) !== null).map((t) => `${englishWord(t)}: ${t.slice(0, 120)}`),
    [],
  );
  assert.deepEqual(
    texts.filter((t) => decimalPoint(t)),
    [],
  );
});

test("English: no decimal comma outside the article's own numbers", () => {
  // The infeasible targets' reasons quote the article's printed means ("4,05"), so they are left out here.
  const section = ensembleSection({ ...summary, infeasible: [] }, printedIn("en"), printedValue, { lang: "en" });
  const texts = [...allTexts("en").slice(2), section.html ?? ""].filter((t) => !t.includes("whole-number answers"));
  assert.deepEqual(
    texts.filter((t) => decimalComma(t)),
    [],
  );
  assert.equal(ensembleText("en"), ENSEMBLE_TEXT);
  // The word check finds English where there is English (so its silence on the Dutch means something).
  assert.ok(allTexts("en").filter((t) => englishWord(t) !== null).length > 20);
  assert.ok(allTexts("en").some((t) => decimalPoint(t)));
});

test("Dutch numbers in the sentences: p with a leading zero and a comma, intervals with a semicolon", () => {
  const h = ensembleHeadlines(summary, printedIn("nl"), "nl");
  const werkdruk = h.find((x) => x.startsWith("Werkdruk:"));
  // The stored search reached t = -8.452 for Werkdruk: p far below 0,0001.
  assert.ok(werkdruk?.includes("t = -8,452 (p < 0,0001)"), werkdruk);
  assert.ok(h[0]?.includes("p < 0,001 bij beide correlaties"), h[0]);
  const q = ensembleQuestionsTable(summary, "nl");
  assert.ok(q.rows.some((r) => String(r.reason).includes("in [4,321; 4,392), boven de kritieke 2,009")));
  assert.ok(q.rows.some((r) => r.verdict === "volgt eruit") && q.rows.some((r) => r.verdict === "weersproken"));
  const section = ensembleSection(summary, printedIn("nl"), printedValue, { lang: "nl" });
  assert.equal(section.title, "Wat de afgedrukte getallen toelaten: een ensemble van reconstructies");
  assert.ok(section.html?.includes("alfa ≥ 0,70"));
  assert.ok(section.html?.includes("de dichtstbijzijnde mogelijke gemiddelden zijn 4,03922 (4,04) en 4,05882 (4,06)"));
});

test("figures: plotly's separators follow the language, and the Dutch axis labels name the time points in Dutch", () => {
  const nl = ensembleFigure(summary, "sd", printedValue, "nl");
  const en = ensembleFigure(summary, "sd", printedValue, "en");
  assert.equal(nl.figure.layout.separators, ",.");
  assert.equal(en.figure.layout.separators, ".,");
  const ys = (f: typeof nl): string[] => (f.figure.data[0] as { y: readonly (string | null)[] }).y.filter((y): y is string => y !== null);
  assert.ok(ys(nl).includes("Werkplezier (voor)") && ys(nl).includes("Werkplezier (na)"));
  assert.ok(ys(en).includes("Werkplezier (pre)"));
});

test("a reason of an unknown shape stays as stored; the known shapes are all reworded", () => {
  const reason = ensembleText("nl").reason;
  assert.equal(reason("something new"), "something new");
  for (const q of summary.questions) assert.notEqual(reason(q.reason), q.reason, q.reason);
  for (const i of summary.infeasible) assert.notEqual(reason(i.reason), i.reason, i.reason);
  assert.equal(
    reason("read as g_av, the bounded search found no dataset meeting the other printed numbers to start from; not a proof"),
    "gelezen als g_av, de begrensde zoektocht vond geen dataset die aan de andere afgedrukte getallen voldoet om mee te beginnen; geen bewijs",
  );
});

test("without a language the texts follow BEHOUD_LANG", () => {
  const before = process.env.BEHOUD_LANG;
  try {
    process.env.BEHOUD_LANG = "nl";
    assert.equal(ensembleQuestionsTable(summary).columns[0]?.label, "Weggelaten bewering");
    assert.equal(ensembleSection(summary, printedIn("nl"), printedValue).title, ensembleText("nl").title);
    delete process.env.BEHOUD_LANG;
    assert.equal(ensembleQuestionsTable(summary).columns[0]?.label, "Claim left out");
  } finally {
    if (before === undefined) delete process.env.BEHOUD_LANG;
    else process.env.BEHOUD_LANG = before;
  }
});
