/**
 * Delimited text (CSV, semicolon-separated, tab-separated) parsed into records that remember
 * the physical line they start on.
 *
 * The parser follows RFC 4180 (fields in double quotes may hold delimiters, quotes written
 * twice, and line breaks) and accepts LF, CRLF and CR line ends. It is lenient where exports
 * are sloppy (a quote inside an unquoted field is kept as a character; spaces before an
 * opening quote are dropped) and reports what it cannot read (a quote that is never closed).
 *
 * @module data/csv
 */
import { looseKey } from "./text.js";

/** One record of a delimited file. */
export interface TextRecord {
  readonly cells: readonly string[];
  /** Physical line (1-based) on which the record starts. */
  readonly line: number;
  /** True when the record is an empty line (a single empty, unquoted cell). */
  readonly blank: boolean;
}

/** A syntax problem met while parsing. */
export interface SyntaxIssue {
  readonly line: number;
  readonly message: string;
}

/** Result of {@link parseDelimited}. */
export interface ParsedText {
  readonly records: readonly TextRecord[];
  readonly issues: readonly SyntaxIssue[];
  /** Line ends found: `lf`, `crlf`, `cr`, `mixed` or `none`. */
  readonly lineEnding: "lf" | "crlf" | "cr" | "mixed" | "none";
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Parses delimited text into records.
 *
 * Rules: a field that starts with `"` (after optional spaces) runs to the next lone `"`; inside
 * it `""` is one quote and delimiters and line breaks are data. Records end at LF, CRLF or CR
 * outside quotes; a final line end does not start a new record. Line numbers count physical
 * lines, so a record after a quoted line break starts further down.
 *
 * @param text decoded text (without byte-order mark).
 * @param delimiter one character, e.g. `,`, `;` or a tab.
 * @param limit stop after this many records (for sniffing); default: all.
 * @returns records, syntax issues and the line-ending style.
 * @throws never.
 * @example parseDelimited('a;b\n1;"x;y"\n', ";").records[1]?.cells // ["1", "x;y"]
 */
export function parseDelimited(text: string, delimiter: string, limit = Number.POSITIVE_INFINITY): ParsedText {
  const records: TextRecord[] = [];
  const issues: SyntaxIssue[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quoteLine = 0;
  let afterQuote = false;
  let cellQuoted = false;
  let sawLf = false;
  let sawCrlf = false;
  let sawCr = false;
  const n = text.length;
  const delimiterCode = delimiter.length === 1 ? delimiter.charCodeAt(0) : -1;

  const endCell = (): void => {
    cells.push(cell);
    cell = "";
    afterQuote = false;
  };
  const endRecord = (): void => {
    const blank = cells.length === 0 && cell === "" && !cellQuoted;
    endCell();
    records.push({ cells, line: recordLine, blank });
    cells = [];
    cellQuoted = false;
  };

  let i = 0;
  while (i < n && records.length < limit) {
    const ch = text[i] ?? "";
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        afterQuote = true;
        i++;
        continue;
      }
      if (ch === "\r" || ch === "\n") {
        // A line break inside quotes is data; it is stored as "\n" whatever the file uses.
        if (ch === "\r" && text[i + 1] === "\n") i++;
        cell += "\n";
        line++;
        i++;
        continue;
      }
      // A run of ordinary characters inside quotes is taken as one slice.
      let j = i + 1;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === QUOTE || c === CR || c === LF) break;
        j++;
      }
      cell += text.slice(i, j);
      i = j;
      continue;
    }
    if (ch === delimiter) {
      endCell();
      cellQuoted = false;
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") {
        sawCrlf = true;
        i++;
      } else if (ch === "\r") sawCr = true;
      else sawLf = true;
      endRecord();
      line++;
      recordLine = line;
      i++;
      continue;
    }
    if (ch === '"' && !afterQuote && cell.trim() === "") {
      cell = "";
      inQuotes = true;
      cellQuoted = true;
      quoteLine = line;
      i++;
      continue;
    }
    if (afterQuote) {
      if (ch === " " || ch === "\t") {
        i++;
        continue;
      }
      issues.push({ line, message: `text ${JSON.stringify(ch)} follows a closing quote; expected a delimiter or the end of the line` });
      afterQuote = false;
      cell += ch;
      i++;
      continue;
    }
    // A run of ordinary characters is taken as one slice (building a cell character by character
    // costs a string per character, which at a million rows dominates time and memory).
    let j = i + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === delimiterCode || c === QUOTE || c === CR || c === LF) break;
      j++;
    }
    cell += text.slice(i, j);
    i = j;
  }
  if (inQuotes) {
    issues.push({
      line: quoteLine,
      message: `a quote opened on line ${quoteLine} is never closed, so the rest of the file is read as one value`,
    });
  }
  if (records.length < limit && (cells.length > 0 || cell !== "" || cellQuoted)) endRecord();
  const styles = [sawLf, sawCrlf, sawCr].filter(Boolean).length;
  const lineEnding = styles > 1 ? "mixed" : sawCrlf ? "crlf" : sawLf ? "lf" : sawCr ? "cr" : "none";
  return { records, issues, lineEnding };
}

/** Delimiters tried by {@link detectDelimiter}, in order of preference on a tie. */
export const DELIMITERS: readonly string[] = [",", ";", "\t", "|"];

/**
 * Guesses the delimiter of a delimited text from its first records.
 *
 * Rules: for each candidate (comma, semicolon, tab, pipe) the first 60 records are parsed and
 * the header is the record among the first ten with the most known field names (compared on
 * loose keys); the score is, in order, (1) that number of known names, (2) the share of later
 * records with as many cells as the header, (3) the number of header cells. A candidate that gives a single column scores nothing. When nothing scores, the
 * comma is returned.
 *
 * @param text decoded text.
 * @param knownNames field names that may appear in the header.
 * @returns the delimiter.
 * @throws never.
 * @example detectDelimiter("respondent;fte\nR19-01;0,8\n", ["respondent", "fte"]) // ";"
 */
export function detectDelimiter(text: string, knownNames: Iterable<string> = []): string {
  const known = new Set<string>();
  for (const k of knownNames) known.add(looseKey(k));
  let best = ",";
  let bestScore: readonly number[] = [-1, -1, -1];
  for (const d of DELIMITERS) {
    const { records } = parseDelimited(text, d, 60);
    const nonBlank = records.filter((r) => !r.blank);
    // The header is the record among the first ten that names the most known fields
    // (title lines above a table are skipped), or the first record.
    let h = 0;
    let knownCount = 0;
    nonBlank.slice(0, 10).forEach((r, i) => {
      const count = r.cells.filter((c) => known.has(looseKey(c))).length;
      if (count > knownCount) [h, knownCount] = [i, count];
    });
    const header = nonBlank[h];
    if (header === undefined || header.cells.length < 2) continue;
    const width = header.cells.length;
    const body = nonBlank.slice(h + 1, nonBlank.length > h + 2 ? -1 : undefined);
    const consistent = body.length === 0 ? 1 : body.filter((r) => r.cells.length === width).length / body.length;
    const score = [knownCount, consistent, width];
    if (compareScores(score, bestScore) > 0) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * A readable name for a delimiter: `comma`, `semicolon`, `tab`, `pipe`, or the character.
 *
 * @param d the delimiter.
 * @returns its name.
 * @throws never.
 * @example delimiterName("\t") // "tab"
 */
export function delimiterName(d: string): string {
  return d === "," ? "comma" : d === ";" ? "semicolon" : d === "\t" ? "tab" : d === "|" ? "pipe" : JSON.stringify(d);
}
