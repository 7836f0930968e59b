/**
 * The notebooks' Markdown in Dutch (notebooks/translations/nl.json): every Markdown cell of every
 * notebook has a translation of its current English text, the translations read as Dutch, and a
 * run in Dutch refuses a notebook with an untranslated cell instead of mixing languages.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readNotebook, type Notebook } from "@behoud/notebook-runner";
import {
  loadTranslations,
  sourceHash,
  translateNotebook,
  untranslatedCells,
  type NotebookTranslations,
} from "../../../lib/compendium/src/pipeline/translations.js";

const NOTEBOOKS = fileURLToPath(new URL("../../../notebooks", import.meta.url));
const names = readdirSync(NOTEBOOKS)
  .filter((f) => /^\d\d-.*\.ipynb$/.test(f))
  .sort();

/** Words of English prose that Dutch prose does not use. */
const ENGLISH = /\b(the|and|with|which|that|this|these|from|before|after|respondents|value|values|shows?|computes?)\b/i;

test("every Markdown cell of every notebook has a Dutch translation of its current text", async () => {
  const nl = loadTranslations(NOTEBOOKS, "nl");
  const open: string[] = [];
  for (const name of names) {
    for (const c of untranslatedCells(await readNotebook(join(NOTEBOOKS, name)), name, nl)) open.push(`${name} ${c.cell}: ${c.reason}`);
  }
  assert.deepEqual(open, [], "node --conditions=source --import tsx tools/translations.ts --lang nl --stub adds entries to fill in");
});

test("the Dutch translations read as Dutch: no English prose outside code, formulas and links", () => {
  const nl = loadTranslations(NOTEBOOKS, "nl");
  const english: string[] = [];
  for (const [name, cells] of Object.entries(nl.notebooks)) {
    for (const [id, t] of Object.entries(cells)) {
      const prose = t.text
        .replace(/```[\s\S]*?```/g, " ")
        .replace(/`[^`]*`/g, " ")
        .replace(/\$\$[\s\S]*?\$\$|\$[^$]*\$/g, " ")
        .replace(/\]\([^)]*\)/g, "]")
        // Titles of cited English literature stay as published: italics, and whole reference lines ("Author, A. (2013). Title.").
        .replace(/^.*\(\d{4}[a-z]?\)\..*$/gm, " ")
        .replace(/\*[^*]+\*/g, " ");
      const m = ENGLISH.exec(prose);
      if (m !== null)
        english.push(`${name} ${id}: "${m[0]}" in ${prose.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, " ")}`);
    }
  }
  assert.deepEqual(english.slice(0, 20), [], `${english.length} cells with English words`);
});

const sample: Notebook = {
  nbformat: 4,
  nbformat_minor: 5,
  metadata: {},
  cells: [
    { cell_type: "markdown", id: "a", metadata: {}, source: "# Reliability" },
    { cell_type: "code", id: "b", metadata: {}, source: "1 + 1", outputs: [], execution_count: null },
  ],
} as Notebook;

test("translateNotebook replaces the Markdown, keeps the code, and refuses missing or outdated translations", () => {
  const current: NotebookTranslations = {
    lang: "nl",
    file: "nl.json",
    notebooks: { "x.ipynb": { a: { en: sourceHash("# Reliability"), text: "# Betrouwbaarheid" } } },
  };
  const out = translateNotebook(sample, "x.ipynb", current);
  assert.equal(out.cells[0]?.source, "# Betrouwbaarheid");
  assert.equal(out.cells[1]?.source, "1 + 1");
  const outdated: NotebookTranslations = { ...current, notebooks: { "x.ipynb": { a: { en: sourceHash("# Older text"), text: "# Oud" } } } };
  assert.throws(() => translateNotebook(sample, "x.ipynb", outdated), /1 Markdown cell\(s\) have no current "nl" translation .*a: stale/);
  assert.throws(() => translateNotebook(sample, "y.ipynb", current), /a: missing/);
  assert.equal(translateNotebook(sample, "x.ipynb", { lang: "en", file: null, notebooks: {} }), sample);
});
