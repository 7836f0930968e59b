/**
 * The notebooks' Markdown in other languages than English: one file per language,
 * `notebooks/translations/<lang>.json`, holding for every Markdown cell (by notebook file and cell
 * id) the translated text and a hash of the English text it translates. A run in that language
 * executes the notebooks with their Markdown replaced; a cell without a translation, or whose
 * English text changed since it was translated, stops the run with the list of such cells (so no
 * English paragraph appears on a Dutch page unnoticed). `tools/translations.ts` lists them and
 * writes empty entries to fill in.
 * @module pipeline/translations
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Notebook } from "@behoud/notebook-runner";
import { ReportError } from "../report/errors.js";
import type { Lang } from "../views/lang.js";

/** One translated Markdown cell. */
export interface CellTranslation {
  /** {@link sourceHash} of the English text that was translated. */
  readonly en: string;
  /** The translation (Markdown); empty while not yet translated. */
  readonly text: string;
}

/** The translations of one language, by notebook file name and cell id. */
export interface NotebookTranslations {
  readonly lang: Lang;
  /** The file they were read from (null for English, which needs none). */
  readonly file: string | null;
  readonly notebooks: Readonly<Record<string, Readonly<Record<string, CellTranslation>>>>;
}

/** A Markdown cell whose translation is missing, empty or made for an older English text. */
export interface UntranslatedCell {
  readonly notebook: string;
  readonly cell: string;
  readonly reason: "missing" | "empty" | "stale";
  /** The English text now in the notebook. */
  readonly source: string;
}

/**
 * A short, stable fingerprint of a Markdown text (SHA-256, first 16 hex digits), to notice when
 * the English text changed after it was translated.
 * @example sourceHash("# Reliability").length // 16
 */
export function sourceHash(text: string): string {
  return createHash("sha256").update(text.replace(/\r\n/g, "\n")).digest("hex").slice(0, 16);
}

/** The file that holds a language's translations. */
export function translationsFile(notebookDir: string, lang: Lang): string {
  return join(notebookDir, "translations", `${lang}.json`);
}

/**
 * Reads a language's translations; English needs none.
 * @throws {ReportError} INVALID_ARGUMENT when the file is missing or not of the expected shape.
 */
export function loadTranslations(notebookDir: string, lang: Lang): NotebookTranslations {
  if (lang === "en") return { lang, file: null, notebooks: {} };
  const file = translationsFile(notebookDir, lang);
  if (!existsSync(file)) {
    throw new ReportError(
      "INVALID_ARGUMENT",
      "loadTranslations",
      `${file} does not exist; the notebooks have no "${lang}" translation`,
      "lang",
    );
  }
  const data = JSON.parse(readFileSync(file, "utf8")) as unknown;
  const notebooks = (data as { notebooks?: unknown }).notebooks;
  if (notebooks === null || typeof notebooks !== "object") {
    throw new ReportError("INVALID_ARGUMENT", "loadTranslations", `${file}: expected an object with "notebooks"`, "lang");
  }
  for (const [name, cells] of Object.entries(notebooks as Record<string, unknown>)) {
    for (const [id, t] of Object.entries((cells ?? {}) as Record<string, unknown>)) {
      const c = t as { en?: unknown; text?: unknown };
      if (typeof c.en !== "string" || typeof c.text !== "string") {
        throw new ReportError(
          "INVALID_ARGUMENT",
          "loadTranslations",
          `${file}: notebooks["${name}"]["${id}"] needs the strings "en" and "text"`,
          "lang",
        );
      }
    }
  }
  return { lang, file, notebooks: notebooks as NotebookTranslations["notebooks"] };
}

/** The Markdown cells of a notebook that the translations do not cover (empty for English). */
export function untranslatedCells(nb: Notebook, name: string, translations: NotebookTranslations): UntranslatedCell[] {
  if (translations.lang === "en") return [];
  const own = translations.notebooks[name] ?? {};
  const out: UntranslatedCell[] = [];
  nb.cells.forEach((cell, i) => {
    if (cell.cell_type !== "markdown") return;
    const id = typeof cell.id === "string" ? cell.id : `#${i}`;
    const t = own[id];
    const reason = t === undefined ? "missing" : t.text.trim() === "" ? "empty" : t.en !== sourceHash(cell.source) ? "stale" : null;
    if (reason !== null) out.push({ notebook: name, cell: id, reason, source: cell.source });
  });
  return out;
}

/**
 * The notebook with its Markdown in the translations' language (the notebook itself for English).
 * @throws {ReportError} INVALID_ARGUMENT naming every Markdown cell without a current translation.
 */
export function translateNotebook(nb: Notebook, name: string, translations: NotebookTranslations): Notebook {
  if (translations.lang === "en") return nb;
  const missing = untranslatedCells(nb, name, translations);
  if (missing.length > 0) {
    throw new ReportError(
      "INVALID_ARGUMENT",
      "translateNotebook",
      `${name}: ${missing.length} Markdown cell(s) have no current "${translations.lang}" translation in ${translations.file ?? "?"} (${missing
        .map((m) => `${m.cell}: ${m.reason}`)
        .join("; ")}); \`node --conditions=source --import tsx tools/translations.ts --lang ${translations.lang}\` lists them`,
      "lang",
    );
  }
  const own = translations.notebooks[name] ?? {};
  return {
    ...nb,
    metadata: { ...nb.metadata, language: translations.lang },
    cells: nb.cells.map((cell) => {
      if (cell.cell_type !== "markdown" || typeof cell.id !== "string") return cell;
      const t = own[cell.id];
      return t === undefined ? cell : { ...cell, source: t.text };
    }),
  };
}
