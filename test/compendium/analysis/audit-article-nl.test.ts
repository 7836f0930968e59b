/**
 * The article's audit in Dutch (auditArticle with lang "nl") against the same audit in English:
 * the same findings with the same verdicts, ids and details, every text in Dutch with the same
 * numbers as its English counterpart, no English words left, and the decimal comma wherever the
 * engine writes a number (a number with a decimal point appears only where the article prints it
 * so, as in Table 3's "4.0").
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { articleRules, auditArticle, loadPublished } from "../../../lib/compendium/src/index.js";
import { digitRuns, englishWords } from "../../helpers/lang.js";

const published = loadPublished();
const en = auditArticle(published);
const nl = auditArticle(published, { lang: "nl" });

/** Every text of an audit, with where it stands. */
function texts(audit: typeof en): { where: string; text: string }[] {
  return [
    ...audit.findings.flatMap((f) => [
      { where: `${f.key}.reason`, text: f.reason },
      { where: `${f.key}.plain`, text: f.plain },
    ]),
    ...audit.notTestable.map((n) => ({ where: `notTestable.${n.id}`, text: n.reason })),
  ];
}

test("the Dutch audit has the English audit's findings, verdicts, ids and covered values", () => {
  assert.ok(en.findings.length > 50, `only ${en.findings.length} findings`);
  assert.deepEqual(
    nl.findings.map((f) => [f.key, f.check, f.verdict, f.ids, f.affects]),
    en.findings.map((f) => [f.key, f.check, f.verdict, f.ids, f.affects]),
  );
  assert.deepEqual(nl.checkedIds, en.checkedIds);
  assert.deepEqual(
    nl.notTestable.map((n) => n.id),
    en.notTestable.map((n) => n.id),
  );
});

test("every Dutch text differs from the English one and states the same numbers", () => {
  const a = texts(en);
  const b = texts(nl);
  assert.equal(b.length, a.length);
  const problems: string[] = [];
  a.forEach((x, i) => {
    const y = b[i] as { where: string; text: string };
    assert.equal(y.where, x.where);
    if (y.text === x.text) problems.push(`${x.where}: not translated`);
    const dx = digitRuns(x.text).join(" ");
    const dy = digitRuns(y.text).join(" ");
    if (dx !== dy) problems.push(`${x.where}:\n  en ${dx}\n  nl ${dy}\n  ${y.text}`);
  });
  assert.deepEqual(problems, []);
});

test("no English function word is left in a Dutch text", () => {
  const problems = texts(nl)
    .map((t) => ({ ...t, words: englishWords(t.text) }))
    .filter((t) => t.words.length > 0)
    .map((t) => `${t.where}: ${t.words.join(", ")} in "${t.text}"`);
  assert.deepEqual(problems, []);
});

test("the Dutch texts write numbers with the decimal comma, except as the article prints them", () => {
  const printed = new Set(published.values.map((v) => v.text.trim()));
  const problems: string[] = [];
  for (const t of texts(nl))
    for (const m of t.text.matchAll(/\d*\.\d+/g)) if (!printed.has(m[0])) problems.push(`${t.where}: "${m[0]}" in "${t.text}"`);
  assert.deepEqual(problems, []);
  // and the comma is there: the GRIM finding of 4,05 names the nearest possible means
  const grim = nl.findings.find((f) => f.key === "grim.results.part1.behoud.b");
  assert.match(grim?.plain ?? "", /206\/51 = 4,0392 en 207\/51 = 4,0588/);
});

test("the Dutch audit keeps the article's construct names and quotes, and names tables as the article does", () => {
  const claim = nl.findings.find((f) => f.key === "claim.hattie.autonomie");
  assert.ok(claim !== undefined);
  assert.match(claim.plain, /Voor Autonomie is d = 0\.38 onder de 0,4 die het artikel de moeite waard noemt/);
  assert.match(claim.reason, /"Ook zeggen ze meer autonomie te ervaren"/);
  const table = nl.findings.find((f) => f.key === "count-table.table2");
  assert.match(table?.plain ?? "", /^We hebben Tabel 2 nageteld\./);
});

test("the English audit is the default and unchanged by the option; the rule set may be passed before the options", () => {
  assert.deepEqual(auditArticle(published, { lang: "en" }), en);
  assert.deepEqual(auditArticle(published, articleRules()), en);
  assert.deepEqual(auditArticle(published, articleRules(), { lang: "nl" }), nl);
});
