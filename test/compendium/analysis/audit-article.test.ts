/**
 * The audit applied to the article's own numbers (data/published.json). Expected values are
 * worked out by hand below, independently of the audit code:
 *
 * - Table 2, "jou" column: 14 + 4 + 5 + 3 + 5 + 3 + 3 + 0 + 4 + 3 + 5 + 18 = 67 ≠ 73 (printed);
 *   "leraren" column: 12 + 14 + 12 + 9 + 4 + 6 + 5 + 8 + 2 + 3 + 0 + 9 = 84 = 84; all cells
 *   67 + 84 = 151 ≠ 157. One extra row (6, 0) gives 73, 84 and 157.
 * - GRIM 4,05 at N = 51: 4,05 stands for [4.045, 4.055]; 206/51 = 4.0392 and 207/51 = 4.0588
 *   straddle it, so no integer total fits. At N = 20, 81/20 = 4.05 fits.
 * - 4,3 stands for [4.25, 4.35], 4,05 for [4.045, 4.055]: no overlap.
 * - Waardering as d_z: t = 0.25·√51 = 1.785 < qt(.975, 50) = 2.0086 (R: qt(0.975, 50)), so not
 *   significant two-sided; as d_av/d_rm with equal SDs, d_z = d/√(2(1 − r)) must exceed
 *   c = 2.0086/√51 = 0.28126, i.e. r > 1 − (0.255/0.28126)²/2 = 0.589.
 * - Werkdruk: non-significant iff d_z ≤ c = 0.28126; the largest two-decimal d_z is 0.28.
 * - Correlations: t = r√49/√(1 − r²): r = .57 → 3.99/0.82164 = 4.856; r = .68 → 4.76/0.73321
 *   = 6.492; with df = 49 both give p < .001 (R: 2*pt(-4.856, 49) = 1.26e-05,
 *   2*pt(-6.492, 49) = 4.1e-08).
 * - Societal appreciation 3,55 at N = 51: only total 181 (181/51 = 3.549) fits; with exactly three
 *   2s the other 48 answers (3, 4 or 5) sum to 175, so c3 + c4 + c5 = 48 and c4 + 2·c5 = 31:
 *   c5 = 0 … 15, i.e. 16 frequency tables.
 * - Hattie: 0.61 → [0.605, 0.615] > 0.6 (high); 0.53 → [0.525, 0.535] in [0.4, 0.6];
 *   0.38 → [0.375, 0.385] < 0.4; 0.25 → [0.245, 0.255] < 0.4.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { PublishedValue } from "../../../lib/audit/src/index.js";
import { auditArticle, type ArticleFinding } from "../../../lib/compendium/src/analysis/audit-article.js";
import { loadPublished } from "../../../lib/compendium/src/analysis/published.js";

const dataDir = fileURLToPath(new URL("../../../data/", import.meta.url));
const published = JSON.parse(readFileSync(`${dataDir}published.json`, "utf8")) as { values: PublishedValue[] };
const audit = auditArticle(published);

function finding(key: string): ArticleFinding {
  const f = audit.findings.find((x) => x.key === key);
  assert.ok(f !== undefined, `finding ${key} exists`);
  return f;
}

/** Whether some integer S has lo·n ≤ S ≤ hi·n, with lo and hi given in thousandths (exact). */
function grimPossible(loThousandths: number, hiThousandths: number, n: number): boolean {
  const sMin = Math.ceil((loThousandths * n) / 1000);
  return sMin * 1000 <= hiThousandths * n;
}

test("every published id is either covered by a finding or listed as not testable, with a reason", () => {
  const all = published.values.map((v) => v.id);
  const covered = new Set(audit.findings.flatMap((f) => f.ids));
  assert.deepEqual(
    [...audit.checkedIds],
    all.filter((id) => covered.has(id)),
  );
  const nt = audit.notTestable.map((x) => x.id);
  assert.equal(nt.filter((id) => covered.has(id)).length, 0, "disjoint");
  assert.deepEqual([...audit.checkedIds, ...nt].sort(), [...all].sort());
  for (const x of audit.notTestable)
    assert.ok(x.reason.length > 20 && !/No consistency check applies/.test(x.reason), `${x.id}: specific reason`);
  // every number the article measures is checked (only labels, literature, years, durations, "X" and model counts are left)
  for (const id of nt) {
    const v = published.values.find((e) => e.id === id) as PublishedValue;
    assert.ok(
      ["label", "year", "duration"].includes(v.kind) ||
        id.startsWith("literature.") ||
        id.startsWith("model.") ||
        v.text === "X" ||
        id === "design.questionnaire.parts",
      `${id} (${v.kind}, "${v.text}") should be checked`,
    );
  }
});

test("keys are unique, ids exist, affects ⊆ ids, consistent findings affect nothing, plain texts are 2–4 sentences", () => {
  const keys = audit.findings.map((f) => f.key);
  assert.equal(new Set(keys).size, keys.length);
  const ids = new Set(published.values.map((v) => v.id));
  for (const f of audit.findings) {
    assert.ok(f.key.startsWith(`${f.check}.`), f.key);
    for (const id of f.ids) assert.ok(ids.has(id), `${f.key}: ${id}`);
    for (const id of f.affects) assert.ok(f.ids.includes(id), `${f.key}: affects ${id} not among its ids`);
    if (f.verdict === "consistent") assert.equal(f.affects.length, 0, f.key);
    const sentences = f.plain.split(/(?<=[.!?])\s+(?=[A-Z"“(])/).filter((s) => s.trim() !== "");
    assert.ok(sentences.length >= 2 && sentences.length <= 4, `${f.key}: ${sentences.length} sentences`);
    assert.ok(f.reason.length > 0);
  }
});

test("the output is deterministic", () => {
  const again = auditArticle(JSON.parse(readFileSync(`${dataDir}published.json`, "utf8")) as { values: PublishedValue[] });
  assert.equal(JSON.stringify(again), JSON.stringify(audit));
});

test("the loader's PublishedValue fits the structural entry type", () => {
  const viaLoader = auditArticle(loadPublished(dataDir));
  assert.equal(
    JSON.stringify(viaLoader.findings.map((f) => [f.key, f.verdict])),
    JSON.stringify(audit.findings.map((f) => [f.key, f.verdict])),
  );
});

test("only the printed numbers proven wrong become inconsistent-in-article", () => {
  const affected = [...new Set(audit.findings.flatMap((f) => f.affects))].sort();
  assert.deepEqual(affected, [
    "results.part1.behoud.a",
    "results.part1.behoud.b",
    "results.table2text.totaal.self",
    "table2.totaal.self",
    "table2.totaal.total",
  ]);
});

test("Table 2: the 'jou' column adds up to 67, not 73; the grand total to 151, not 157; rows and 'leraren' add up", () => {
  const self = [14, 4, 5, 3, 5, 3, 3, 0, 4, 3, 5, 18];
  const teachers = [12, 14, 12, 9, 4, 6, 5, 8, 2, 3, 0, 9];
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  assert.equal(sum(self), 67);
  assert.equal(sum(teachers), 84);
  const f = finding("count-table.table2");
  assert.equal(f.verdict, "inconsistent");
  assert.deepEqual([...f.affects].sort(), ["results.table2text.totaal.self", "table2.totaal.self", "table2.totaal.total"]);
  const details = f.details as { failing: { id: string; printed: number; cellSum: number; difference: number }[] };
  assert.deepEqual(
    details.failing.map((x) => [x.id, x.printed, x.cellSum, x.difference]),
    [
      ["table2.totaal.self", 73, sum(self), 73 - 67],
      ["table2.totaal.total", 157, sum(self) + sum(teachers), 157 - 151],
    ],
  );
  const m = finding("count-table.table2.missing-row");
  assert.equal(m.verdict, "consistent");
  const md = m.details as { hypotheticalRow: string[]; hypotheticalRowTotal: number };
  assert.deepEqual(md.hypotheticalRow, ["6", "-"]);
  assert.equal(sum(self) + 6, 73);
  assert.equal(sum(self) + 6 + sum(teachers), 157);
});

test("Table 2 against the text: every repetition agrees (the repeated 73 is wrong only against the cells)", () => {
  const textIds = published.values.filter((v) => v.id.startsWith("results.table2text.")).map((v) => v.id);
  assert.ok(textIds.length >= 15);
  for (const id of textIds) {
    const f = audit.findings.find((x) => x.check === "same-quantity" && x.ids.includes(id));
    assert.ok(f !== undefined, id);
    assert.equal(f.verdict, "consistent", id);
  }
  assert.deepEqual([...finding("same-quantity.results.table2text.meer-ondersteuning").ids].sort(), [
    "results.table2text.meer-ondersteuning",
    "table2.meer-ondersteuning.teachers",
    "table2.meer-ondersteuning.total",
  ]);
});

test("GRIM: 4,05 is impossible for 51 whole-number answers (206/51 = 4.0392, 207/51 = 4.0588), possible for 20 or 44", () => {
  assert.equal((206 / 51).toFixed(4), "4.0392");
  assert.equal((207 / 51).toFixed(4), "4.0588");
  assert.equal(grimPossible(4045, 4055, 51), false);
  const f = finding("grim.results.part1.behoud.b");
  assert.equal(f.verdict, "inconsistent");
  assert.deepEqual(f.affects, ["results.part1.behoud.b"]);
  const d = f.details as { possibleSampleSizes: number[]; largestPossibleBelowN: number; possibleRoundSizes: number[] };
  const expected: number[] = [];
  for (let n = 1; n <= 51; n++) if (grimPossible(4045, 4055, n)) expected.push(n);
  assert.deepEqual(d.possibleSampleSizes, expected);
  assert.equal(d.largestPossibleBelowN, 44); // 178/44 = 4.04545…
  assert.deepEqual(d.possibleRoundSizes, [20]); // 81/20 = 4.05; 31 does not work (125/31 = 4.032, 126/31 = 4.065)
});

test("GRIM: one-decimal means at N = 51 are not testable (steps of 1/51 < 0.1); 3,55 is possible (181/51)", () => {
  for (const id of [
    "results.part1.behoud.a",
    "results.part1.ontwikkelmogelijkheden.pre",
    "design.experience.mean",
    "table3.ontwikkelmogelijkheden.post",
    "table3.behoud.post",
    "table3.werkplezier.pre",
    "table3.waardering.post",
  ]) {
    assert.equal(finding(`grim.${id}`).verdict, "not-testable", id);
  }
  const cluster = finding("grim.table3.werkplezier.pre");
  assert.match(cluster.reason, /1\/\(51·k\)/);
  const g = (cluster.details as { granularity: { items: number; step: number }[] }).granularity;
  assert.equal(g[2]?.step, 1 / 153);
  assert.equal(finding("grim.design.fte.mean").verdict, "not-testable");
  assert.equal(grimPossible(3545, 3555, 51), true);
  assert.equal(finding("grim.results.maatschappelijke-waardering.mean").verdict, "consistent");
});

test("societal appreciation 3,55 with exactly three 2s: 16 frequency tables of 51 answers fit", () => {
  const f = finding("closure.results.maatschappelijke-waardering");
  assert.equal(f.verdict, "consistent");
  const d = f.details as { distributions: number; frequencyTables: number[][] };
  const expected: number[][] = [];
  for (let c5 = 0; c5 <= 15; c5++) expected.push([3, 17 + c5, 31 - 2 * c5, c5]);
  assert.equal(d.distributions, 16);
  assert.deepEqual(d.frequencyTables.map((t) => t.join(",")).sort(), expected.map((t) => t.join(",")).sort());
  for (const t of expected) assert.equal(2 * 3 + 3 * (t[1] ?? 0) + 4 * (t[2] ?? 0) + 5 * (t[3] ?? 0), 181);
  assert.equal(finding("grimmer.sds-not-reported").verdict, "not-testable");
});

test("the same quantity twice: 4,3 vs 4,05 cannot both be right; 4,1 before vs 4.1 after is a note", () => {
  const b = finding("same-quantity.results.part1.behoud.a");
  assert.equal(b.verdict, "inconsistent");
  assert.deepEqual([...b.affects].sort(), ["results.part1.behoud.a", "results.part1.behoud.b"]);
  const o = finding("same-quantity.results.part1.ontwikkelmogelijkheden.pre");
  assert.equal(o.verdict, "consistent");
  assert.equal((o.details as { level: string }).level, "note");
  assert.ok(o.ids.includes("table3.ontwikkelmogelijkheden.post") && o.ids.includes("table3.ontwikkelmogelijkheden.pre"));
  assert.equal(finding("same-quantity.design.participants.n").verdict, "consistent");
  assert.equal(finding("sum.design.participants.n").verdict, "consistent"); // 31 + 20 = 51
});

test("correlations: t = r√49/√(1 − r²) gives p < .001 for both; p = ,000 is statcheck's error, not a decision error", () => {
  const cases = [
    { slug: "werkplezier-autonomie", r: 0.57, t: 4.856 },
    { slug: "ontwikkelmogelijkheden-werkplezier", r: 0.68, t: 6.492 },
  ];
  for (const c of cases) {
    assert.equal(((c.r * Math.sqrt(49)) / Math.sqrt(1 - c.r * c.r)).toFixed(3), c.t.toFixed(3));
    const f = finding(`p-value.results.correlation.${c.slug}`);
    assert.equal(f.verdict, "inconsistent");
    assert.deepEqual(f.affects, []);
    const d = f.details as {
      t: { value: number; df: number };
      statcheck: {
        details: {
          computedP: number;
          computedPRange: { lower: number; upper: number };
          decisionError: boolean;
          pZero: boolean;
          pZeroAsLessThanConsistent: boolean;
        };
      };
      pZeroErrorOff: { verdict: string };
    };
    assert.equal(d.t.df, 49);
    assert.equal(d.t.value.toFixed(3), c.t.toFixed(3));
    assert.ok(d.statcheck.details.computedPRange.upper < 0.001);
    assert.equal(d.statcheck.details.pZero, true);
    assert.equal(d.statcheck.details.decisionError, false);
    assert.equal(d.statcheck.details.pZeroAsLessThanConsistent, true);
    assert.equal(d.pZeroErrorOff.verdict, "consistent");
  }
});

test("Waardering: d = 0.25 cannot be significant as d_z (t = 1.785 < 2.0086); as d_av/d_rm it needs r ≥ 0.589", () => {
  const tCrit = 2.0085591121007611; // R: qt(0.975, 50)
  assert.equal((0.25 * Math.sqrt(51)).toFixed(3), "1.785");
  assert.ok(0.255 * Math.sqrt(51) < tCrit);
  const dz = finding("paired-effect.table3.waardering.d_z");
  assert.equal(dz.verdict, "inconsistent");
  assert.deepEqual(dz.affects, []);
  const all = finding("paired-effect.table3.waardering");
  assert.equal(all.verdict, "consistent");
  const c = tCrit / Math.sqrt(51);
  const rMin = 1 - (0.255 / c) ** 2 / 2;
  assert.equal(rMin.toFixed(3), "0.589");
  const d = all.details as { criticalDz: number; minimumCorrelation: { d_av: number; d_rm: number } };
  assert.ok(Math.abs(d.criticalDz - c) < 1e-9);
  for (const v of [d.minimumCorrelation.d_av, d.minimumCorrelation.d_rm]) assert.ok(v >= rMin && v - rMin <= 0.001 + 1e-12, `r from ${v}`);
});

test("the other significant rows fit as d_z: t = d·√51 > 2.0086 for 0.61, 0.53, 0.38", () => {
  for (const [c, dText] of [
    ["werkplezier", 0.605],
    ["self-efficacy", 0.525],
    ["autonomie", 0.375],
  ] as const) {
    assert.ok(dText * Math.sqrt(51) > 2.0085591121007611, c);
    assert.equal(finding(`paired-effect.table3.${c}.d_z`).verdict, "consistent");
    assert.equal(finding(`paired-effect.table3.${c}`).verdict, "consistent");
    assert.equal(finding(`scale-bounds.table3.${c}`).verdict, "consistent");
  }
});

test("Werkdruk: 3.8 → 3.7 stays non-significant for d_z ≤ 2.0086/√51 = 0.281 (printed d_z up to 0.28)", () => {
  const f = finding("paired-effect.table3.werkdruk");
  assert.equal(f.verdict, "consistent");
  const d = f.details as { criticalDz: number; largestPrintedDz: number; maxDavOrDrmByCorrelation: { r: number; maxDavOrDrm: number }[] };
  assert.equal(d.criticalDz.toFixed(4), (2.0085591121007611 / Math.sqrt(51)).toFixed(4));
  assert.equal(d.criticalDz.toFixed(4), "0.2813");
  assert.equal(d.largestPrintedDz, 0.28);
  const atHalf = d.maxDavOrDrmByCorrelation.find((x) => x.r === 0.5);
  assert.ok(atHalf !== undefined && Math.abs(atHalf.maxDavOrDrm - d.criticalDz) < 1e-12); // √(2(1 − .5)) = 1
});

test("Hattie: 0.53 'fors' and 0.38 'meer' claim more than the bounds allow; 0.61 and 'iets meer' 0.25 fit", () => {
  assert.equal(finding("claim.hattie.self-efficacy").verdict, "inconsistent");
  assert.equal(finding("claim.hattie.autonomie").verdict, "inconsistent");
  assert.equal(finding("claim.hattie.werkplezier").verdict, "consistent");
  assert.equal(finding("claim.hattie.waardering").verdict, "consistent");
  for (const f of audit.findings.filter((x) => x.check === "claim")) assert.deepEqual(f.affects, [], f.key);
  assert.equal(finding("reliability.design.alpha.clusters").verdict, "not-testable");
});

test("the article's rules file: missing, not JSON or not a rule set gives an error naming the file and the problem", async () => {
  const { mkdtempSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const { loadAuditRules } = await import("../../../lib/compendium/src/analysis/audit-article.js");
  const dir = mkdtempSync(join(tmpdir(), "audit-rules-"));
  const missing = join(dir, "missing.json");
  assert.throws(
    () => loadAuditRules(missing),
    (e: Error & { code?: string }) => e.code === "UNREADABLE" && e.message.includes(missing) && /does not exist/.test(e.message),
  );
  const broken = join(dir, "broken.json");
  writeFileSync(broken, "{ sampleSize: ");
  assert.throws(
    () => loadAuditRules(broken),
    (e: Error & { code?: string }) => e.code === "UNREADABLE" && e.message.includes(broken) && /could not be read as JSON/.test(e.message),
  );
  const wrong = join(dir, "wrong.json");
  writeFileSync(wrong, JSON.stringify({ sampleSize: "design.participants.n", sums: [{ total: "design.participants.n" }] }));
  assert.throws(
    () => loadAuditRules(wrong),
    (e: Error & { code?: string }) =>
      e.code === "INVALID_CODEBOOK" && e.message.includes(wrong) && /rules\.sums\[0\]\.parts is missing/.test(e.message),
  );
  // a rule naming an id that is not published: the engine names the rule and the id
  const rules = loadAuditRules();
  const bad = {
    ...rules,
    closure: [{ mean: "results.no-such.mean", minimumScore: "design.scale.anchor.min", minimumCount: "design.scale.anchor.max" }],
  };
  assert.throws(() => auditArticle(published, bad), /rule closure\[0\]\.mean names id "results\.no-such\.mean"/);
});

test("Hattie's thresholds have one definition in data/: the audit, hattieBand and the forest plot agree", async () => {
  const { articleEffectSizeThresholds } = await import("../../../lib/compendium/src/analysis/audit-article.js");
  const { hattieBand } = await import("../../../lib/compendium/src/analysis/table3.js");
  const { hattieThresholds } = await import("../../../lib/compendium/src/views/figures.js");
  const t = articleEffectSizeThresholds();
  assert.deepEqual([t.worthwhile.value, t.worthwhile.relation, t.high.value, t.high.relation], [0.4, ">=", 0.6, ">"]);
  assert.deepEqual(hattieThresholds("nl"), [
    { value: 0.4, label: "de moeite waard" },
    { value: 0.6, label: "hoog" },
  ]);
  assert.deepEqual(hattieThresholds("en"), [
    { value: 0.4, label: "worth the effort" },
    { value: 0.6, label: "high" },
  ]);
  // "vanaf 0,4" includes 0.4; "boven de 0,6" excludes 0.6
  assert.deepEqual(
    [0.39, 0.4, 0.6, 0.61].map((d) => hattieBand(d)),
    ["below .4", "worth the effort (≥ .4)", "worth the effort (≥ .4)", "high (> .6)"],
  );
  const d = (finding("claim.hattie.self-efficacy").details as { thresholds: { worthwhile: number; high: number } }).thresholds;
  assert.deepEqual(d, { worthwhile: t.worthwhile.value, high: t.high.value });
});
