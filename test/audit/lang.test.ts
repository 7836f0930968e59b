/**
 * The engine's languages: the English and Dutch catalogues have the same members, the Dutch
 * sentences of each check (written from the result's details) state the same numbers as the
 * check's own English reason, for results of every kind the checks give, and a rule set without a
 * Dutch wording cannot produce a Dutch finding. The inputs are small cases worked out in the
 * checks' own tests (GRIM 3.48 and 3.55 at N = 20, the 2 × 2 count table of engine.test.ts,
 * statcheck's t(28) = 2.20, p = .04 (2·pt(−2.20, 28) = .0362), and the article's r = ,57 with p = ,000 at df = 49).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  checkClosure,
  checkCountTable,
  checkGrim,
  checkPairedEffectSize,
  checkPValue,
  checkSameQuantity,
  EXPLAIN,
  EXPLAIN_EN,
  EXPLAIN_NL,
  isLang,
  LANGS,
  runAudit,
  ruleText,
  type PublishedValue,
} from "../../lib/audit/src/index.js";
import { StatsError } from "../../lib/stats/src/index.js";
import { digitRuns, englishWords } from "../helpers/lang.js";

test("the Dutch catalogue has every member of the English one, and no other", () => {
  assert.deepEqual(Object.keys(EXPLAIN_NL).sort(), Object.keys(EXPLAIN_EN).sort());
  assert.deepEqual(Object.keys(EXPLAIN_NL.reasons).sort(), Object.keys(EXPLAIN_EN.reasons).sort());
  assert.deepEqual(Object.keys(EXPLAIN_NL.words).sort(), Object.keys(EXPLAIN_EN.words).sort());
  for (const k of Object.keys(EXPLAIN_EN) as (keyof typeof EXPLAIN_EN)[]) assert.equal(typeof EXPLAIN_NL[k], typeof EXPLAIN_EN[k], k);
  assert.deepEqual(LANGS, ["en", "nl"]);
  assert.equal(EXPLAIN.en, EXPLAIN_EN);
  assert.equal(EXPLAIN.nl, EXPLAIN_NL);
  assert.equal(isLang("nl"), true);
  assert.equal(isLang("de"), false);
});

/** A check's English reason against the Dutch catalogue's reason for the same result. */
function compare(label: string, en: string, nl: string): void {
  assert.notEqual(nl, en, `${label}: not translated`);
  assert.deepEqual(digitRuns(nl), digitRuns(en), `${label}:\n  en: ${en}\n  nl: ${nl}`);
  assert.deepEqual(englishWords(nl), [], `${label}: English words in "${nl}"`);
}

test("GRIM: Dutch reasons state the same numbers as the English ones (impossible, possible, not testable, percentages)", () => {
  const cases = [checkGrim("3.48", 20), checkGrim("3,55", 20), checkGrim("3.5", 20), checkGrim("2.47", 12, { items: 3 })];
  assert.deepEqual(
    cases.map((r) => r.verdict),
    ["inconsistent", "consistent", "not-testable", "consistent"],
  );
  cases.forEach((r, i) => {
    compare(`grim ${i}`, r.reason, EXPLAIN_NL.reasons.grim(r));
  });
  assert.match(
    EXPLAIN_NL.reasons.grim(checkGrim("3.48", 20)),
    /de dichtstbijzijnde mogelijke gemiddelden zijn 3,45 \(3\.45\) en 3,5 \(3\.50\)/,
  );
});

test("same quantity: Dutch reasons for ranges that meet and ranges that do not", () => {
  for (const [a, b] of [
    ["4,3", "4,05"],
    ["4,1", "4.1"],
    ["12", "12.0"],
  ] as const) {
    const r = checkSameQuantity(a, b);
    compare(`same ${a} ${b}`, r.reason, EXPLAIN_NL.reasons.sameQuantity(r));
  }
});

test("count table: Dutch reasons for totals that fail, that hold, that hold if dashes are missing, and for no totals", () => {
  const failing = checkCountTable({
    cells: [
      ["3", "4"],
      ["2", "5"],
    ],
    rowLabels: ["x", "y"],
    columnLabels: ["c1", "c2"],
    rowTotals: ["7", "7"],
    columnTotals: ["5", "10"],
    grandTotal: "15",
  });
  const holding = checkCountTable({ cells: [["3", "4"]], rowTotals: ["7"], columnTotals: ["3", "4"], grandTotal: "7" });
  const dashes = checkCountTable({ cells: [["3", "-"]], rowLabels: ["x"], rowTotals: ["5"] }, { dash: "missing" });
  const none = checkCountTable({ cells: [["3", "4"]] });
  assert.deepEqual(
    [failing, holding, dashes, none].map((r) => r.verdict),
    ["inconsistent", "consistent", "consistent", "not-testable"],
  );
  for (const [i, r] of [failing, holding, dashes, none].entries()) compare(`count table ${i}`, r.reason, EXPLAIN_NL.reasons.countTable(r));
});

test("p-values: Dutch reasons for an agreeing p, a p = .000, a decision error and an impossible r", () => {
  const cases = [
    checkPValue({ test: "t", df: 28, statistic: "2.20", p: ".04", pRelation: "=" }),
    checkPValue({ test: "r", df: 49, statistic: ",57", p: ",000", pRelation: "=" }),
    checkPValue({ test: "t", df: 28, statistic: "1.20", p: ".03", pRelation: "=" }),
    checkPValue({ test: "F", df1: 2, df2: 45, statistic: "5.81", p: ".01", pRelation: "<" }),
    checkPValue({ test: "r", df: 20, statistic: "1.20", p: ".01", pRelation: "<" }),
  ];
  assert.deepEqual(
    cases.map((r) => r.verdict),
    ["consistent", "inconsistent", "inconsistent", "consistent", "not-testable"],
  );
  assert.equal(cases[2]?.details.decisionError, true);
  cases.forEach((r, i) => {
    compare(`p ${i}`, r.reason, EXPLAIN_NL.reasons.pValue(r));
  });
});

test("paired effect sizes: Dutch reasons for d that fits in every reading, in some, and in none", () => {
  const cases = [
    checkPairedEffectSize({ preMean: "4.0", postMean: "4.5", n: 51, d: "0.61", significance: "significant" }),
    checkPairedEffectSize({ preMean: "3.8", postMean: "4.1", n: 51, d: "0.25", significance: "significant" }),
    checkPairedEffectSize({ preMean: "3.8", postMean: "4.1", n: 51, d: "0.25", significance: "significant" }, { variants: ["d_z"] }),
    checkPairedEffectSize({ preMean: "3.0", postMean: "3.1", n: 20, d: "1.50", significance: "not-significant" }),
  ];
  assert.deepEqual(
    cases.map((r) => r.verdict),
    ["consistent", "consistent", "inconsistent", "inconsistent"],
  );
  const printed = ["0.61", "0.25", "0.25", "1.50"];
  cases.forEach((r, i) => {
    compare(`paired ${i}`, r.reason, EXPLAIN_NL.reasons.pairedEffect(r, printed[i] as string));
  });
});

test("CLOSURE: Dutch reasons for sets that fit and for none", () => {
  const some = checkClosure("3.55", null, 20, { scaleMin: 1, scaleMax: 5, minimum: { score: 2, count: 2 } });
  const none = checkClosure("3.55", null, 20, { scaleMin: 1, scaleMax: 5, minimum: { score: 1, count: 19 } });
  assert.deepEqual([some.verdict, none.verdict], ["consistent", "inconsistent"]);
  compare("closure some", some.reason, EXPLAIN_NL.reasons.closure(some));
  compare("closure none", none.reason, EXPLAIN_NL.reasons.closure(none));
});

/** A published value with the fields a transcription has. */
function pv(id: string, text: string, kind: string, value: number | null, decimals: number | null): PublishedValue {
  return {
    id,
    label: id,
    location: { section: null, table: null, row: null, column: null, page: null },
    text,
    kind,
    unit: null,
    value,
    decimals,
    interval: null,
    scale: null,
    n: null,
    relation: null,
    quote: text,
    refersTo: null,
    related: [],
    inferred: false,
  };
}

test("runAudit in Dutch: texts in Dutch, the decimal comma, and a typed error for a rule without its Dutch wording", () => {
  const values = [
    pv("s.n", "20", "n", 20, 0),
    pv("s.a", "12", "n", 12, 0),
    pv("s.b", "8", "n", 8, 0),
    pv("s.mean", "3.42", "mean", 3.42, 2),
    pv("s.count", "two", "count", 2, null),
  ];
  const rules = { sampleSize: "s.n", subsamples: { name: "round", name_nl: "ronde", ids: ["s.a", "s.b"] } };
  const en = runAudit({ values }, rules);
  const nl = runAudit({ values }, rules, { lang: "nl" });
  assert.deepEqual(runAudit({ values }, rules, { lang: "en" }), en);
  const grim = nl.findings.find((f) => f.key === "grim.s.mean");
  assert.equal(grim?.verdict, "inconsistent");
  assert.match(grim?.plain ?? "", /^Als 20 personen elk één vraag met een geheel getal beantwoorden/);
  // 3.42 stands for [3.415, 3.425]: times 20 that is [68.3, 68.5], no whole total; times 19,
  // [64.885, 65.075], which holds 65; times 12, [40.98, 41.1], which holds 41.
  assert.match(grim?.plain ?? "", /68\/20 = 3,4 en 69\/20 = 3,45/);
  assert.match(grim?.plain ?? "", /\(hooguit 19 van de 20\), bijvoorbeeld alleen de 12 respondenten van één ronde/);
  assert.equal(nl.notTestable.find((n) => n.id === "s.count")?.reason, EXPLAIN_NL.noCheckApplies);
  en.findings.forEach((f, i) => {
    const g = nl.findings[i];
    assert.ok(g !== undefined);
    assert.deepEqual(digitRuns(g.reason), digitRuns(f.reason), f.key);
    assert.deepEqual(digitRuns(g.plain), digitRuns(f.plain), f.key);
  });

  const untranslated = { sampleSize: "s.n", listedCounts: [{ id: "s.count", what: "rounds", listed: ["s.a", "s.b"] }] };
  assert.doesNotThrow(() => runAudit({ values }, untranslated));
  assert.throws(
    () => runAudit({ values }, untranslated, { lang: "nl" }),
    (e: unknown) => e instanceof StatsError && e.code === "INVALID_ARGUMENT" && /listedCounts\[0\] has no what_nl/.test(e.message),
  );
  assert.throws(
    () => runAudit({ values }, rules, { lang: "de" as "nl" }),
    (e: unknown) => e instanceof StatsError && e.code === "INVALID_ARGUMENT" && /options\.lang/.test(e.message),
  );
  assert.equal(ruleText({ what: "rounds", what_nl: "rondes" }, "what", "nl", "listedCounts[0]"), "rondes");
});
