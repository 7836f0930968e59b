/**
 * The severity of a finding (findingSeverity): one constructed finding per class, the order of
 * the classes, and a rule set's own judgement winning over the general rule. The findings are
 * built by hand with createFinding, so each case shows which field decides.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  conclusionIds,
  createFinding,
  FINDING_SEVERITIES,
  findingSeverity,
  parseRuleSet,
  rankFindings,
  type AuditRuleSet,
  type Finding,
  type FindingSpec,
} from "../../lib/audit/src/index.js";

/** A study with a paired table (effect size and significance), a correlation and an effect-size claim. */
const RULES: AuditRuleSet = {
  sampleSize: "n",
  alpha: "alpha",
  correlations: [{ key: "cor", r: "cor.r", p: "cor.p", n: "n" }],
  pairedTable: {
    key: "t",
    name: "Table 1",
    rows: [{ construct: "x", pre: "x.pre", post: "x.post", effectSize: "x.d", significance: "x.sig" }],
  },
  claims: [
    { type: "effect-size-band", construct: "y", effectSize: "y.d", quote: "a large gain", claimed: "large", wording: "a large gain" },
  ],
};

function finding(spec: Partial<FindingSpec> & Pick<FindingSpec, "key" | "check" | "ids">): Finding {
  return createFinding({ verdict: "inconsistent", reason: "r", plain: "p", details: null, ...spec });
}

test("the values a conclusion rests on: effect sizes, significances, correlations, effect sizes put in a band", () => {
  assert.deepEqual([...conclusionIds(RULES)].sort(), ["cor.p", "cor.r", "x.d", "x.sig", "y.d"]);
  assert.deepEqual([...conclusionIds({ sampleSize: "n" })], []);
});

test("impossible-number: a finding that proves a printed number wrong, whatever it concerns", () => {
  assert.equal(findingSeverity(finding({ key: "grim.m", check: "grim", ids: ["m"], affects: ["m"] }), RULES), "impossible-number");
  // A significance proven wrong (statcheck's decision error) is also an impossible number first.
  assert.equal(
    findingSeverity(finding({ key: "p-value.cor", check: "p-value", ids: ["cor.r", "cor.p"], affects: ["cor.p"] }), RULES),
    "impossible-number",
  );
});

test("changes-conclusion: no number proven wrong, but a claimed significance or effect-size band does not hold", () => {
  assert.equal(
    findingSeverity(
      finding({ key: "paired-effect.x.d_z", check: "paired-effect", ids: ["x.pre", "x.post", "x.d", "x.sig", "alpha"] }),
      RULES,
    ),
    "changes-conclusion",
  );
  assert.equal(findingSeverity(finding({ key: "claim.band.y", check: "claim", ids: ["y.d"] }), RULES), "changes-conclusion");
});

test("reporting-slip: a misreported p without a decision error, or any other error that carries no conclusion", () => {
  // p = .000 where p < .001 is meant: the p carries a conclusion, but the conclusion stands.
  assert.equal(findingSeverity(finding({ key: "p-value.cor", check: "p-value", ids: ["cor.r", "cor.p", "n"] }), RULES), "reporting-slip");
  assert.equal(findingSeverity(finding({ key: "sum.n", check: "sum", ids: ["n", "n1"] }), RULES), "reporting-slip");
});

test("wording: a claim in words about values that carry no conclusion", () => {
  assert.equal(findingSeverity(finding({ key: "claim.alpha", check: "claim", ids: ["alpha"] }), RULES), "wording");
});

test("no severity for findings that found nothing wrong", () => {
  assert.equal(findingSeverity(finding({ key: "grim.m", check: "grim", ids: ["m"], verdict: "consistent" }), RULES), null);
  assert.equal(findingSeverity(finding({ key: "grim.m", check: "grim", ids: ["m"], verdict: "not-testable" }), RULES), null);
});

test("a rule set's own judgement wins over the general rule, and is checked when read", () => {
  const judged: AuditRuleSet = { ...RULES, severities: { "claim.alpha": "reporting-slip", "grim.m": "wording" } };
  assert.equal(findingSeverity(finding({ key: "claim.alpha", check: "claim", ids: ["alpha"] }), judged), "reporting-slip");
  assert.equal(findingSeverity(finding({ key: "grim.m", check: "grim", ids: ["m"], affects: ["m"] }), judged), "wording");
  // Still nothing for a consistent finding, whatever the judgement.
  assert.equal(findingSeverity(finding({ key: "grim.m", check: "grim", ids: ["m"], verdict: "consistent" }), judged), null);
  assert.deepEqual(parseRuleSet({ sampleSize: "n", severities: { "claim.alpha": "wording" } }).severities, { "claim.alpha": "wording" });
  assert.throws(
    () => parseRuleSet({ sampleSize: "n", severities: { "claim.alpha": "minor" } }),
    (e: unknown) => e instanceof Error && /severities\.claim\.alpha/.test(e.message),
  );
});

test("rankFindings: most serious first, the engine's order within a class, nothing for consistent findings", () => {
  const list = [
    finding({ key: "claim.alpha", check: "claim", ids: ["alpha"] }),
    finding({ key: "p-value.cor", check: "p-value", ids: ["cor.p"] }),
    finding({ key: "grim.ok", check: "grim", ids: ["m2"], verdict: "consistent" }),
    finding({ key: "claim.band.y", check: "claim", ids: ["y.d"] }),
    finding({ key: "grim.a", check: "grim", ids: ["a"], affects: ["a"] }),
    finding({ key: "grim.b", check: "grim", ids: ["b"], affects: ["b"] }),
  ];
  assert.deepEqual(
    rankFindings(list, RULES).map((r) => [r.finding.key, r.severity]),
    [
      ["grim.a", "impossible-number"],
      ["grim.b", "impossible-number"],
      ["claim.band.y", "changes-conclusion"],
      ["p-value.cor", "reporting-slip"],
      ["claim.alpha", "wording"],
    ],
  );
  assert.deepEqual(FINDING_SEVERITIES, ["impossible-number", "changes-conclusion", "reporting-slip", "wording"]);
});
