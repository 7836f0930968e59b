/**
 * The rule engine on a small synthetic study (not the article's): a sample of 20 in two rounds
 * (12 + 8), a few means, a 2 × 2 count table, a correlation, a pre/post table and benchmarks for
 * effect sizes. Expected verdicts are worked out by hand below, independently of the engine:
 *
 * - GRIM 3.48 at N = 20: 3.48 stands for [3.475, 3.485], times 20 = [69.5, 69.7]: no whole total,
 *   so impossible. It is possible with 19 answers or fewer only where some total fits, e.g. N = 12
 *   ([41.7, 41.82], no) … the engine lists them; 3.55 at N = 20 is 71/20 exactly.
 * - CLOSURE 3.55 at N = 20 with exactly two answers of 2 (1–5 scale): total 71, the other 18
 *   answers from 3 to 5 sum to 67: c3 + c4 + c5 = 18 and c4 + 2·c5 = 13, so c5 = 0 … 6: 7 tables.
 * - Sum: 12 + 8 = 20. Same quantity: N printed as 20 and 21 disagree. Listed count: "two"
 *   rounds, two round sizes listed.
 * - Count table: column c1 3 + 2 = 5 (printed 5), column c2 4 + 5 = 9 (printed 10), grand total
 *   14 (printed 15), rows 7 and 7 agree; one extra row (0, 1) explains every failure.
 * - Subset count: 3 respondents naming y need at least 3 of y's 7 mentions: holds.
 * - p-value: r = .45, N = 20: t = .45·√18/√(1 − .2025) = 2.138, df = 18, p = .0465 (R:
 *   2*pt(-2.138, 18)); printed p = .001 is wrong, but both are below .05 (no decision error).
 * - Paired d_z: d = 0.55, N = 20: t = 0.55·√20 = 2.46 > t(.975, 19) = 2.093: significant, as
 *   printed. Without d, 3.0 → 3.1 marked not significant: fits (critical d_z = 2.093/√20 = 0.468).
 * - Scale bounds: difference 0.4 to 0.6, d in [0.545, 0.555]: implied SD 0.72 to 1.10; the largest
 *   SD on 1–5 at these means is about 2.05: possible.
 * - Benchmarks: "a large gain" for d = 0.55 where large means above 0.8: inconsistent.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  createFinding,
  fillTemplate,
  parseRuleSet,
  runAudit,
  validateRuleSet,
  type AuditRuleSet,
  type FindingCheck,
  type PublishedValue,
} from "../../lib/audit/src/index.js";

/** A published value with the fields a transcription has; `value` and `decimals` from the text. */
function pv(id: string, text: string, kind: string, extra: Partial<PublishedValue> = {}): PublishedValue {
  const m = /^[-+]?\d*[.,]?\d+$/.test(text.trim()) ? text.trim().replace(",", ".") : null;
  const decimals = m === null ? null : m.includes(".") ? (m.split(".")[1] as string).length : 0;
  const words: Record<string, number> = { two: 2, three: 3 };
  return {
    id,
    label: id,
    location: { section: null, table: null, row: null, column: null, page: null },
    text,
    kind,
    unit: null,
    value: m === null ? (words[text] ?? null) : Number(m),
    decimals,
    interval: null,
    scale: null,
    n: null,
    relation: null,
    quote: text,
    refersTo: null,
    related: [],
    inferred: false,
    ...extra,
  };
}

const cell = (row: string, col: string, text: string): PublishedValue => pv(`t.${row}.${col}`, text, "count", { refersTo: { row, col } });

const VALUES: readonly PublishedValue[] = [
  pv("s.title", "Sleep and mood", "label"),
  pv("s.n", "20", "n"),
  pv("s.n.abstract", "21", "n"),
  pv("s.round.a.n", "12", "n"),
  pv("s.round.b.n", "8", "n"),
  pv("s.rounds.count", "two", "count"),
  pv("s.scale.min", "1", "scale-anchor"),
  pv("s.scale.max", "5", "scale-anchor"),
  pv("s.alpha", "0.05", "threshold", { relation: "<" }),
  pv("s.es.medium", "0.5", "threshold", { relation: ">=" }),
  pv("s.es.large", "0.8", "threshold", { relation: ">" }),
  pv("m.sleep", "3.48", "mean"),
  pv("m.mood", "3.55", "mean"),
  pv("m.mood.lowest.score", "2", "score"),
  pv("m.mood.lowest.count", "2", "count"),
  cell("x", "c1", "3"),
  cell("x", "c2", "4"),
  cell("x", "all", "7"),
  cell("y", "c1", "2"),
  cell("y", "c2", "5"),
  cell("y", "all", "7"),
  cell("total", "c1", "5"),
  cell("total", "c2", "10"),
  cell("total", "all", "15"),
  pv("s.sub", "3", "count"),
  pv("c.r", ".45", "correlation"),
  pv("c.p", ".001", "p-value"),
  pv("p.sleep.pre", "3.1", "mean"),
  pv("p.sleep.post", "3.6", "mean"),
  pv("p.sleep.d", "0.55", "effect-size"),
  pv("p.sleep.sig", "0.05", "significance"),
  pv("p.mood.pre", "3.0", "mean"),
  pv("p.mood.post", "3.1", "mean"),
  pv("p.mood.d", "-", "effect-size"),
  pv("p.mood.sig", "(n.s.)", "significance"),
  pv("s.reliability", "0.7", "reliability", { inferred: true }),
];

const RULES: AuditRuleSet = {
  sampleSize: "s.n",
  subsamples: { name: "round", ids: ["s.round.a.n", "s.round.b.n"] },
  alpha: "s.alpha",
  notSignificant: "^\\(?\\s*n\\.?s\\b",
  scale: { min: "s.scale.min", max: "s.scale.max" },
  constructNames: { sleep: "sleep quality" },
  closure: [{ mean: "m.mood", minimumScore: "m.mood.lowest.score", minimumCount: "m.mood.lowest.count" }],
  sameQuantity: [{ ids: ["s.n", "s.n.abstract"] }],
  sums: [{ total: "s.n", parts: ["s.round.a.n", "s.round.b.n"] }],
  listedCounts: [{ id: "s.rounds.count", what: "round sizes", listed: ["s.round.a.n", "s.round.b.n"] }],
  countTable: { key: "t", name: "Table A", idPrefix: "t.", rowField: "row", columnField: "col", totalRow: "total", totalColumn: "all" },
  subsetCounts: [
    { id: "s.sub", row: "y", who: "respondents who slept least", did: "named y", doing: "naming y", mentions: "mentions of y" },
  ],
  correlations: [{ key: "c", r: "c.r", p: "c.p" }],
  pairedTable: {
    key: "p",
    name: "Table B",
    rows: [
      { construct: "sleep", pre: "p.sleep.pre", post: "p.sleep.post", effectSize: "p.sleep.d", significance: "p.sleep.sig" },
      { construct: "mood", pre: "p.mood.pre", post: "p.mood.post", effectSize: "p.mood.d", significance: "p.mood.sig" },
    ],
  },
  effectSizeBands: {
    key: "cohen",
    name: "Cohen",
    worthwhile: { id: "s.es.medium", label: { en: "medium" } },
    high: { id: "s.es.large", label: { en: "large" } },
  },
  claims: [
    {
      type: "effect-size-band",
      construct: "sleep",
      effectSize: "p.sleep.d",
      quote: "Sleep improved a lot.",
      claimed: "large",
      wording: "a large gain",
    },
  ],
  reliability: [{ id: "s.reliability", wording: "about" }],
  notTestable: [{ kind: "label", reason: "A title; nothing to check." }],
};

const audit = runAudit({ values: VALUES }, RULES);

function finding(key: string): (typeof audit.findings)[number] {
  const f = audit.findings.find((x) => x.key === key);
  assert.ok(f !== undefined, `finding ${key} exists (have ${audit.findings.map((x) => x.key).join(", ")})`);
  return f;
}

test("every check kind gives at least one finding on the synthetic rule set", () => {
  const kinds: FindingCheck[] = [
    "grim",
    "grimmer",
    "closure",
    "p-value",
    "paired-effect",
    "count-table",
    "scale-bounds",
    "same-quantity",
    "sum",
    "listed-count",
    "subset-count",
    "claim",
    "reliability",
  ];
  for (const k of kinds)
    assert.ok(
      audit.findings.some((f) => f.check === k),
      `a ${k} finding`,
    );
  for (const f of audit.findings) {
    assert.ok(f.key.startsWith(`${f.check}.`), f.key);
    assert.ok(f.reason.length > 0 && f.plain.length > 0, f.key);
    for (const id of f.affects) assert.ok(f.ids.includes(id), `${f.key}: affects ${id}`);
  }
});

test("GRIM: 3.48 cannot be a mean of 20 whole numbers; 3.55 can (71/20)", () => {
  // [3.475, 3.485] · 20 = [69.5, 69.7]: no whole total
  assert.ok(Math.ceil(3.475 * 20) > 3.485 * 20);
  const sleep = finding("grim.m.sleep");
  assert.equal(sleep.verdict, "inconsistent");
  assert.deepEqual([...sleep.affects], ["m.sleep"]);
  assert.match(sleep.reason, /N is not printed with this value; the article's N = 20 is assumed\./);
  assert.equal(finding("grim.m.mood").verdict, "consistent");
  // the pre/post means of the paired table are cluster means: steps of 1/20 are finer than one decimal
  assert.equal(finding("grim.p.sleep.pre").verdict, "not-testable");
  assert.match(finding("grim.p.sleep.pre").plain, /^Table B gives 3\.1 for a cluster of questions on a 1–5 scale\./);
});

test("CLOSURE with a stated lowest score: 7 frequency tables (c5 = 0 … 6)", () => {
  const f = finding("closure.m.mood");
  assert.equal(f.verdict, "consistent");
  const d = f.details as { distributions: number; frequencyTables: number[][] };
  assert.equal(d.distributions, 7);
  // [2, 3, 4, 5]: two 2s; c4 + 2·c5 = 13, c3 = 18 − c4 − c5
  assert.deepEqual(d.frequencyTables[0], [2, 5, 13, 0]);
  assert.deepEqual(d.frequencyTables[6], [2, 11, 1, 6]);
  assert.deepEqual([...f.ids], ["m.mood", "m.mood.lowest.score", "m.mood.lowest.count", "s.scale.max"]);
});

test("GRIMMER is not testable without SDs; reliability without values is not testable", () => {
  assert.equal(finding("grimmer.sds-not-reported").verdict, "not-testable");
  const r = finding("reliability.s.reliability");
  assert.equal(r.verdict, "not-testable");
  assert.match(r.reason, /"about" 0\.7 .*\(the value is inferred from the wording\)/);
});

test("sum, same quantity and listed count", () => {
  assert.equal(finding("sum.s.n").verdict, "consistent");
  assert.match(finding("sum.s.n").reason, /^12 \+ 8 = 20, the printed 20\.$/);
  const same = finding("same-quantity.s.n");
  assert.equal(same.verdict, "inconsistent");
  assert.deepEqual([...same.affects], ["s.n", "s.n.abstract"]);
  assert.equal(finding("listed-count.s.rounds.count").verdict, "consistent");
});

test("count table: column c2 and the grand total are off by one; one missing row (0, 1) explains it", () => {
  const f = finding("count-table.t");
  assert.equal(f.verdict, "inconsistent");
  assert.deepEqual([...f.affects], ["t.total.c2", "t.total.all"]);
  assert.match(
    f.plain,
    /^We added up Table A\. Every row total is right, but the c2 column adds up to 9, not the printed 10, and all cells together give 14, not the printed 15\./,
  );
  const m = finding("count-table.t.missing-row");
  assert.equal(m.verdict, "consistent");
  assert.deepEqual((m.details as { hypotheticalRow: string[] }).hypotheticalRow, ["-", "1"]);
  assert.equal(finding("subset-count.s.sub").verdict, "consistent");
});

test("p-value of r = .45 with N = 20 is about .047, not .001; no decision error", () => {
  const f = finding("p-value.c");
  assert.equal(f.verdict, "inconsistent");
  const d = f.details as { statcheck: { details: { computedP: number; decisionError: boolean } }; df: number };
  assert.equal(d.df, 18);
  assert.ok(Math.abs(d.statcheck.details.computedP - 0.0465) < 0.001, String(d.statcheck.details.computedP));
  assert.equal(d.statcheck.details.decisionError, false);
  assert.deepEqual([...f.affects], []);
});

test("paired table: d = 0.55 fits significance at N = 20; the row without d stays non-significant; scale bounds hold", () => {
  // t = 0.55·√20 = 2.46 > 2.093
  assert.ok(0.545 * Math.sqrt(20) > 2.093);
  assert.equal(finding("paired-effect.p.sleep").verdict, "consistent");
  assert.equal(finding("paired-effect.p.sleep.d_z").verdict, "consistent");
  assert.match(finding("paired-effect.p.sleep").plain, /^Table B gives sleep quality as 3\.1 before and 3\.6 after/);
  const mood = finding("paired-effect.p.mood");
  assert.equal(mood.verdict, "consistent");
  assert.ok(Math.abs((mood.details as { criticalDz: number }).criticalDz - 2.093 / Math.sqrt(20)) < 0.001);
  const sb = finding("scale-bounds.p.sleep");
  assert.equal(sb.verdict, "consistent");
  const implied = (sb.details as { impliedSd: { lower: number; upper: number } }).impliedSd;
  assert.ok(Math.abs(implied.lower - 0.4 / 0.555) < 1e-9 && Math.abs(implied.upper - 0.6 / 0.545) < 1e-9);
});

test("a claim of a large effect for d = 0.55 when large means above 0.8 is inconsistent", () => {
  const f = finding("claim.cohen.sleep");
  assert.equal(f.verdict, "inconsistent");
  assert.deepEqual([...f.affects], []);
  assert.match(f.reason, /is medium \(from 0\.5\) but not large \(above 0\.8\) by Cohen's bounds/);
});

test("coverage: every id is checked or not testable, with the rule set's reason", () => {
  const all = VALUES.map((v) => v.id);
  assert.deepEqual([...audit.checkedIds, ...audit.notTestable.map((x) => x.id)].sort(), [...all].sort());
  assert.deepEqual(audit.notTestable, [{ id: "s.title", reason: "A title; nothing to check." }]);
});

test("a rule naming an id that is not published: a clear error naming the rule and the id", () => {
  const bad: AuditRuleSet = { ...RULES, sums: [{ total: "s.n", parts: ["s.round.a.n", "s.round.c.n"] }] };
  assert.throws(
    () => runAudit({ values: VALUES }, bad),
    (e: Error & { code?: string }) =>
      e.code === "INVALID_ARGUMENT" &&
      /rule sums\[0\]\.parts\[1\] names id "s\.round\.c\.n", which is not among the published values/.test(e.message),
  );
  assert.throws(
    () =>
      validateRuleSet(
        {
          sampleSize: "s.n",
          claims: [{ type: "effect-size-band", construct: "x", effectSize: "p.sleep.d", quote: "q", claimed: "gain", wording: "w" }],
        },
        (id) => id === "s.n" || id === "p.sleep.d",
      ),
    /has effect-size-band claims but the rule set has no effectSizeBands/,
  );
  assert.throws(() => runAudit({ values: [...VALUES, pv("s.n", "20", "n")] }, RULES), /id "s\.n" occurs twice/);
});

test("parseRuleSet: the structure of a rule set, with the first wrong field named", () => {
  assert.equal(parseRuleSet(JSON.parse(JSON.stringify(RULES))).sampleSize, "s.n");
  const fails = (x: unknown, re: RegExp): void =>
    assert.throws(
      () => parseRuleSet(x),
      (e: Error & { code?: string }) => e.code === "INVALID_ARGUMENT" && re.test(e.message),
    );
  fails({}, /rules\.sampleSize is missing/);
  fails({ sampleSize: "s.n", sums: [{ total: "s.n", parts: "s.a" }] }, /rules\.sums\[0\]\.parts is not an array/);
  fails({ sampleSize: "s.n", claims: [{ type: "rumour" }] }, /rules\.claims\[0\]\.type is "rumour"; expected one of "effect-size-band"/);
  fails({ sampleSize: "s.n", colour: "red" }, /rules has an unknown field "colour"/);
});

test("createFinding and fillTemplate", () => {
  const f = createFinding({
    key: "sum.n",
    check: "sum",
    ids: ["n", "a", "zz"],
    verdict: "inconsistent",
    reason: "r",
    plain: "p",
    affects: ["n", "b"],
    details: null,
    known: (id) => id !== "zz",
  });
  assert.deepEqual([...f.ids], ["n", "a", "b"]);
  assert.deepEqual([...f.affects], ["n", "b"]);
  assert.ok(Object.isFrozen(f));
  assert.deepEqual(
    [
      ...createFinding({
        key: "sum.n",
        check: "sum",
        ids: ["n"],
        verdict: "consistent",
        reason: "r",
        plain: "p",
        affects: ["n"],
        details: null,
      }).affects,
    ],
    [],
  );
  assert.equal(
    fillTemplate("{text:s.n} and {text:c.r}", (id) => VALUES.find((v) => v.id === id)?.text),
    "20 and .45",
  );
  assert.throws(() => fillTemplate("{text:nope}", () => undefined), /placeholder \{text:nope\} names no published value/);
});
