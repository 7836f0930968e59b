/**
 * The scorecard in Dutch (buildResults with lang "nl") against the English one of results.json:
 * the same entries, statuses and numbers; every Dutch entry has a Dutch label (data/published.json's
 * label_nl) and a Dutch explanation that states the numbers of the English one, without English
 * words and with the decimal comma; both catalogues have the same members.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  analyse,
  auditArticle,
  buildResults,
  openStudy,
  reconstructionHowNl,
  RESULTS_TEXT_EN,
  RESULTS_TEXT_NL,
} from "../../../lib/compendium/src/index.js";
import { reconstructionTarget } from "../../../lib/compendium/src/reconstruct/targets.js";
import { digitRuns, englishWords } from "../../helpers/lang.js";

const study = openStudy();
const analyses = analyse(study);
const en = buildResults(study, analyses, auditArticle(study.published));
const nl = buildResults(study, analyses, auditArticle(study.published, { lang: "nl" }), { lang: "nl" });

test("every published value in data/published.json has a Dutch label of its own", () => {
  const raw = JSON.parse(readFileSync(fileURLToPath(new URL("../../../data/published.json", import.meta.url)), "utf8")) as {
    values: { id: string; label: string; label_nl?: unknown }[];
  };
  assert.ok(raw.values.length > 100);
  const problems = raw.values
    .filter((v) => typeof v.label_nl !== "string" || v.label_nl.trim() === "" || v.label_nl === v.label)
    .map((v) => v.id);
  assert.deepEqual(problems, []);
});

test("the two catalogues of the scorecard's sentences have the same members", () => {
  assert.deepEqual(Object.keys(RESULTS_TEXT_NL).sort(), Object.keys(RESULTS_TEXT_EN).sort());
});

test("the Dutch scorecard has the English one's entries, statuses and numbers, and only label and explanation differ", () => {
  assert.equal(nl.length, en.length);
  en.forEach((e, i) => {
    const d = nl[i];
    assert.ok(d !== undefined);
    assert.deepEqual({ ...d, label: e.label, explanation: e.explanation }, e, e.id);
  });
});

test("every Dutch entry has a Dutch label and explanation, with the English one's numbers and no English words", () => {
  const problems: string[] = [];
  en.forEach((e, i) => {
    const d = nl[i];
    if (d === undefined) return;
    if (d.label.trim() === "" || d.explanation.trim() === "") problems.push(`${e.id}: empty`);
    if (d.explanation === e.explanation) problems.push(`${e.id}: explanation not translated`);
    for (const [field, a, b] of [
      ["label", e.label, d.label],
      ["explanation", e.explanation, d.explanation],
    ] as const) {
      if (digitRuns(a).join(" ") !== digitRuns(b).join(" ")) problems.push(`${e.id}.${field}: numbers differ\n  en ${a}\n  nl ${b}`);
      const words = englishWords(b);
      if (words.length > 0) problems.push(`${e.id}.${field}: English ${words.join(", ")} in "${b}"`);
    }
  });
  assert.deepEqual(problems, []);
});

test("the Dutch explanations write the numbers they compute with the decimal comma", () => {
  const printed = new Set(study.published.values.map((v) => v.text.trim()));
  const problems: string[] = [];
  for (const d of nl) for (const m of d.explanation.matchAll(/\d*\.\d+/g)) if (!printed.has(m[0])) problems.push(`${d.id}: "${m[0]}"`);
  assert.deepEqual(problems, []);
  const werkdruk = nl.find((d) => d.id === "table3.werkdruk.effect-size");
  assert.match(werkdruk?.explanation ?? "", /gereproduceerde d_av = -0,\d{3}\)/);
});

test("every line of the reconstruction has a Dutch wording", () => {
  const lines = new Set(study.published.values.map((v) => reconstructionTarget(v.id)?.how).filter((h): h is string => h !== undefined));
  assert.ok(lines.size > 10, `only ${lines.size} lines`);
  for (const how of lines) assert.notEqual(reconstructionHowNl(how), how);
  assert.throws(() => reconstructionHowNl("a line nobody wrote"), /no Dutch wording/);
});

test("results.json's language is the default: English labels and explanations", () => {
  assert.deepEqual(buildResults(study, analyses, auditArticle(study.published), { lang: "en" }), en);
  assert.equal(en.find((e) => e.id === "summary.sample.n")?.label, "Number of participants (abstract)");
  assert.equal(nl.find((e) => e.id === "summary.sample.n")?.label, "Aantal deelnemers (samenvatting)");
});
