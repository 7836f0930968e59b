/**
 * Issue 13, part 4: one language at a time. The report is rendered in Dutch and in English from
 * the shipped data and from a modified copy (own-study mode), and its visible text is read the way
 * a reader meets it: the Dutch page has no English sentence words and writes every number with the
 * decimal comma; the English page has no Dutch sentence words except in text the article prints
 * (construct names, item wordings, labels, quotes), which come from data/.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { auditArticle } from "../../../lib/compendium/src/analysis/audit-article.js";
import { analyse, buildResults } from "../../../lib/compendium/src/analysis/results.js";
import { robustness } from "../../../lib/compendium/src/analysis/robustness.js";
import { openStudy, type Study } from "../../../lib/compendium/src/analysis/study.js";
import { renderReport } from "../../../lib/compendium/src/report/html.js";
import { reportInput } from "../../../lib/compendium/src/pipeline/report-input.js";
import type { Lang } from "../../../lib/compendium/src/views/lang.js";
import { modifiedData } from "../../helpers/modified-data.js";
import { dataStrings } from "../../helpers/lang.js";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

/** Words that occur in English sentences and never in Dutch ones (no "in", "is", "of", "door": both languages have them). */
const ENGLISH = new Set([
  "the",
  "and",
  "with",
  "are",
  "not",
  "which",
  "that",
  "this",
  "these",
  "from",
  "for",
  "value",
  "values",
  "printed",
  "reproduced",
  "mean",
  "change",
  "before",
  "after",
  "respondents",
  "answers",
  "figure",
  "table",
  "show",
  "shown",
  "by",
  "or",
  "none",
  "number",
  "each",
  "every",
]);
/** Words that occur in Dutch sentences and never in English ones. */
const DUTCH = new Set([
  "de",
  "het",
  "een",
  "en",
  "van",
  "voor",
  "na",
  "met",
  "niet",
  "waarde",
  "waarden",
  "gemiddelde",
  "verandering",
  "antwoorden",
  "zijn",
  "wordt",
  "die",
  "dat",
  "bij",
  "tot",
  "uit",
  "ook",
  "geen",
]);

const VOID = new Set(["br", "img", "meta", "link", "input", "hr", "col", "wbr", "source"]);

/**
 * The text nodes a reader sees, without scripts, styles, code, elements in another language than
 * the page's, and (when asked) the sections named.
 */
function visibleText(html: string, lang: string, skipIds: readonly string[] = []): string[] {
  const out: string[] = [];
  const stack: { tag: string; skip: boolean }[] = [];
  const re = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s=>]+(?:="[^"]*"|='[^']*'|=[^\s>]+)?)*)\s*(\/?)>|([^<]+)/g;
  for (const m of html.matchAll(re)) {
    const [, close, tagRaw, attrs, selfClose, text] = m;
    if (text !== undefined) {
      if (!stack.some((s) => s.skip)) out.push(decode(text));
      continue;
    }
    if (tagRaw === undefined) continue;
    const tag = tagRaw.toLowerCase();
    if (VOID.has(tag) || selfClose === "/") continue;
    if (close === "/") {
      while (stack.length > 0 && stack.pop()?.tag !== tag) {
        /* unwind to the matching element */
      }
      continue;
    }
    const langAttr = /\blang="([^"]*)"/.exec(attrs ?? "")?.[1];
    const id = /\bid="([^"]*)"/.exec(attrs ?? "")?.[1];
    const skip =
      tag === "script" ||
      tag === "style" ||
      tag === "code" ||
      (langAttr !== undefined && langAttr !== lang) ||
      (id !== undefined && skipIds.includes(id));
    stack.push({ tag, skip });
  }
  return out.map((t) => t.trim()).filter((t) => t !== "");
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The words of a text, without notebook file names such as `01-data-and-sample`, value ids and hashes (identifiers, not prose). */
function words(text: string): string[] {
  return (
    text
      .replace(/\b\d\d-[a-z]+(?:-[a-z]+)*\b/g, " ")
      // Quoted text is the article's (a printed marker such as 'niet sig.').
      .replace(/(^|[\s(])'[^']*'(?=[\s).,;:]|$)|(^|[\s(])"[^"]*"(?=[\s).,;:]|$)|“[^”]*”|‘[^’]*’/g, " ")
      // File paths and resource names of the data (`data/raw/respondents-2019-20.csv`) are identifiers.
      .replace(/\S*\/\S*|\b[a-z]+(?:-[a-z]+)*-\d{4}-\d{2}\S*/g, " ")
      // Ids of published values (`table2.minder-werkdruk.total`) are identifiers too.
      .replace(/\b[a-z][a-z0-9]*(?:\.[a-z0-9][a-z0-9-]*)+\b/g, " ")
      // A run of letters and digits together (a commit hash such as `f7db7ed…d0de…`) is an
      // identifier: its letters are not words.
      .match(/[A-Za-zÀ-ÿ0-9]+/g)
      ?.filter((w) => !/\d/.test(w)) ?? []
  );
}

function renderIn(study: Study, lang: Lang): string {
  const analyses = analyse(study);
  const audit = auditArticle(study.published, { lang });
  const results = buildResults(study, analyses, audit, { lang });
  return renderReport(
    reportInput({
      study,
      analyses,
      audit,
      results,
      robustness: robustness(study.ds),
      plotlySource: null,
      notebookLinks: {},
      kernel: "tslab",
      notices: [],
      lang,
    }),
  );
}

const cases: { name: string; data: () => string | null }[] = [
  { name: "shipped data", data: () => null },
  { name: "a modified copy (own-study mode: 26 respondents in 2019-20, other answers, an item missing)", data: modifiedData },
];

for (const c of cases) {
  test(`the Dutch report has no English words and no decimal point, on ${c.name}`, () => {
    const dir = c.data();
    try {
      const study = openStudy({ dataDir: dir, shippedDataDir: join(ROOT, "data") });
      const html = renderIn(study, "nl");
      assert.match(html, /<html lang="nl">/);
      const english = visibleText(html, "nl")
        .map((t) => ({ t, hits: words(t).filter((w) => ENGLISH.has(w.toLowerCase())) }))
        .filter((x) => x.hits.length > 0);
      assert.deepEqual(
        english.slice(0, 15).map((x) => `${x.hits.join(",")}: ${x.t.slice(0, 140)}`),
        [],
        `${english.length} text nodes with English words`,
      );
      // Numbers: a decimal point between digits is English; the colophon's versions and hashes are
      // not numbers, and what the article prints with a point (Table 3: "4.0", "0.61") is shown as printed.
      const printed = (JSON.parse(readFileSync(join(ROOT, "data", "published.json"), "utf8")) as { values: { text: string }[] }).values
        .map((v) => v.text)
        .filter((t) => /\d\.\d/.test(t));
      const asPrinted = new RegExp(`(^|[^\\d.])(${printed.map((t) => t.replace(/\./g, "\\.")).join("|")})(?!\\.?\\d)`, "g");
      const points = visibleText(html, "nl", ["colophon"])
        .map((t) => t.replace(asPrinted, "$1"))
        .filter((t) => /\d\.\d/.test(t));
      assert.deepEqual(points.slice(0, 10), [], `${points.length} text nodes with a decimal point`);
    } finally {
      if (dir !== null) rmSync(dir, { recursive: true, force: true });
    }
  });

  test(`the English report has Dutch words only in what the article prints, on ${c.name}`, () => {
    const dir = c.data();
    try {
      const study = openStudy({ dataDir: dir, shippedDataDir: join(ROOT, "data") });
      const html = renderIn(study, "en");
      assert.match(html, /<html lang="en">/);
      const article = dataStrings(join(ROOT, "data"), { csv: true });
      const dutch = visibleText(html, "en")
        .map((t) => {
          let rest = t;
          for (const s of article) if (rest.includes(s)) rest = rest.split(s).join(" ");
          return { t, hits: words(rest).filter((w) => DUTCH.has(w.toLowerCase())) };
        })
        .filter((x) => x.hits.length > 0);
      assert.deepEqual(
        dutch.slice(0, 15).map((x) => `${x.hits.join(",")}: ${x.t.slice(0, 140)}`),
        [],
        `${dutch.length} text nodes with Dutch words`,
      );
    } finally {
      if (dir !== null) rmSync(dir, { recursive: true, force: true });
    }
  });
}

test("the Dutch report is a pure function of the data: two renderings are byte-identical", () => {
  const study = openStudy({});
  assert.equal(renderIn(study, "nl"), renderIn(openStudy({}), "nl"));
});

test("the text extraction sees text, skips other languages and code, and the word lists find what they are for", () => {
  const html = '<p>Het artikel <span lang="en">the value</span> <code>x.y</code> drukt 0,57 af</p><section id="colophon">v1.2</section>';
  assert.deepEqual(visibleText(html, "nl", ["colophon"]), ["Het artikel", "drukt 0,57 af"]);
  assert.deepEqual(
    words("the mean change").filter((w) => ENGLISH.has(w)),
    ["the", "mean", "change"],
  );
  assert.deepEqual(
    words("de gemiddelde verandering").filter((w) => DUTCH.has(w)),
    ["de", "gemiddelde", "verandering"],
  );
  // A commit hash whose letters spell "de" between digits is not a Dutch word.
  assert.deepEqual(words("commit f7db7ed84d85fa5756bfcdb6d0de019026ecdbe8"), ["commit"]);
});
