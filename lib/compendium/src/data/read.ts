/**
 * Reading one data file as people export it: a CSV (comma, semicolon or tab; UTF-8 with or
 * without byte-order mark, UTF-16, or Windows-1252; LF, CRLF or CR) or a workbook, into a
 * header and rows of cells with their physical line numbers — or into problems that say why
 * the file is not a table.
 *
 * @module data/read
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync, type Stats } from "node:fs";
import { problem, type Problem } from "./errors.js";
import { decodeText, sniffBytes, sniffText, type TextEncoding } from "./decode.js";
import { detectDelimiter, parseDelimited } from "./csv.js";
import { readWorkbook } from "./xlsx.js";
import { looseKey, listText, quote, suggest } from "./text.js";

/** Options for reading files. */
export interface ReadOptions {
  /** Delimiter of CSV files; default: detected per file. */
  readonly delimiter?: string;
  /** Decimal separator of numbers in CSV files; default: detected per file. */
  readonly decimalChar?: "." | ",";
  /** Sheet of workbooks to read; default: the first sheet. */
  readonly sheet?: string;
  /** Text encoding of CSV files; default: detected per file. */
  readonly encoding?: TextEncoding;
  /** Largest file read, in bytes (default {@link MAX_FILE_BYTES}); larger files are a `too-large` error. */
  readonly maxFileBytes?: number;
}

/** A row of cells below the header. */
export interface RawRow {
  readonly cells: readonly (string | number)[];
  readonly line: number;
  readonly blank: boolean;
}

/** How a file was read. */
export interface ReadInfo {
  readonly file: string;
  readonly size: number;
  /** SHA-256 of the file's bytes (hex). */
  readonly sha256: string;
  readonly format: "csv" | "xlsx" | "xls" | "ods" | "unknown";
  /** Text encoding of a CSV (`null` for workbooks). */
  readonly encoding: TextEncoding | null;
  /** Delimiter of a CSV (`null` for workbooks). */
  readonly delimiter: string | null;
  /** Sheet read from a workbook (`null` for CSV). */
  readonly sheet: string | null;
  readonly lineEnding: string | null;
}

/** A file read into a header and rows. */
export interface RawTable {
  readonly info: ReadInfo;
  readonly header: readonly string[];
  /** Physical line of the header. */
  readonly headerLine: number;
  readonly rows: readonly RawRow[];
  /** True when numeric cells are already numbers (workbooks). */
  readonly typedCells: boolean;
}

/** Result of {@link readTableFile}: the table (if any) and the problems met while reading. */
export interface ReadResult {
  readonly table: RawTable | null;
  readonly info: ReadInfo;
  readonly problems: readonly Problem[];
}

const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xls", ".ods"]);

/**
 * Reads a data file into a header and rows, detecting its format, encoding and delimiter.
 *
 * Rules: the format is recognised from the bytes, not the extension (a workbook renamed to
 * .csv is still read as a workbook); empty files, files with only whitespace, and files that
 * are not tables (PDF, images, archives, SPSS, binary data, HTML, XML, JSON) give one error
 * each. Text is decoded as in {@link decodeText}; a Windows-1252 or UTF-16 file gives a
 * warning that says so. The delimiter is detected (comma, semicolon, tab, pipe) unless given.
 * The header is the first non-empty record, or a later one among the first ten when an
 * earlier record names no known field (title rows above a table; those rows are reported).
 *
 * @param file path of the file.
 * @param knownNames field names that may appear in the header (for delimiter and header detection).
 * @param options delimiter, sheet, encoding.
 * @returns the table (or `null`) and the problems.
 * @throws never: an unreadable path is a problem too.
 * @example readTableFile("data/raw/respondents-2019-20.csv", ["respondent", "round"]).table?.header // ["respondent", "round", "experience_years", …]
 */
export function readTableFile(file: string, knownNames: readonly string[], options: ReadOptions = {}): ReadResult {
  let bytes: Uint8Array;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) {
      return failed(file, null, "not-a-table", "is a folder, not a file");
    }
    if (!stat.isFile()) {
      // A FIFO would block the read for ever and a device such as /dev/zero never ends.
      return failed(file, null, "not-a-table", `is not a regular file (it is ${specialKind(stat)}); expected a data file`);
    }
    const limit = options.maxFileBytes ?? MAX_FILE_BYTES;
    if (stat.size > limit) {
      return failed(
        file,
        null,
        "too-large",
        `is ${megabytes(stat.size)}, above the limit of ${megabytes(limit)} for one data file (option maxFileBytes); split it, e.g. one file per round`,
      );
    }
    bytes = readFileSync(file);
  } catch (e) {
    const code = e instanceof Error && "code" in e ? String(e.code) : "";
    const reason =
      code === "ENOENT"
        ? "does not exist"
        : code === "EACCES"
          ? "cannot be read (permission denied)"
          : `cannot be read (${e instanceof Error ? e.message : String(e)})`;
    return failed(file, null, "unreadable", reason);
  }
  return readTableBytes(file, bytes, knownNames, options);
}

/**
 * Largest data file read (bytes): 512 MB. Decoded, a larger CSV would come near V8's limit on
 * the length of one string (about 2²⁹ characters) and the loader would need several GB.
 */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

function specialKind(stat: Stats): string {
  if (stat.isFIFO()) return "a named pipe (FIFO)";
  if (stat.isCharacterDevice()) return "a character device";
  if (stat.isBlockDevice()) return "a block device";
  if (stat.isSocket()) return "a socket";
  return "not a regular file";
}

function failed(file: string, bytes: Uint8Array | null, rule: string, text: string, format: ReadInfo["format"] = "unknown"): ReadResult {
  const info = baseInfo(file, bytes, format);
  return { table: null, info, problems: [problem("error", file, {}, rule, `the file ${text}`)] };
}

function baseInfo(file: string, bytes: Uint8Array | null, format: ReadInfo["format"]): ReadInfo {
  return {
    file,
    size: bytes?.length ?? 0,
    sha256: bytes === null ? "" : createHash("sha256").update(bytes).digest("hex"),
    format,
    encoding: null,
    delimiter: null,
    sheet: null,
    lineEnding: null,
  };
}

/**
 * Like {@link readTableFile}, for bytes already in memory (`file` is used in messages and to
 * recognise workbook extensions).
 *
 * @param file name used in messages.
 * @param bytes the file's bytes.
 * @param knownNames field names that may appear in the header.
 * @param options delimiter, sheet, encoding.
 * @returns the table (or `null`) and the problems.
 * @throws never.
 * @example readTableBytes("x.csv", new TextEncoder().encode("a,b\n1,2\n"), ["a", "b"]).table?.rows.length // 1
 */
export function readTableBytes(file: string, bytes: Uint8Array, knownNames: readonly string[], options: ReadOptions = {}): ReadResult {
  const sniffed = sniffBytes(bytes);
  if (sniffed.kind === "empty") return failed(file, bytes, "empty-file", "is empty (0 bytes); expected a header row and data rows");
  if (sniffed.kind === "not-a-table") return failed(file, bytes, "not-a-table", `is not a table: it looks like ${sniffed.what}`);
  const ext = file.slice(file.lastIndexOf(".")).toLowerCase();
  if (sniffed.kind === "workbook") {
    if (sniffed.format === "zip") return failed(file, bytes, "not-a-table", "is not a table: it is a ZIP archive but not a workbook");
    return readSheet(file, bytes, sniffed.format, knownNames, options);
  }
  if (WORKBOOK_EXTENSIONS.has(ext)) {
    // Some tools save CSV text under an .xls name; read it as text but say so.
    const r = readText(file, bytes, knownNames, options);
    return {
      ...r,
      problems: [
        problem("warning", file, {}, "format", `the file is named ${ext} but holds text; it was read as delimited text`),
        ...r.problems,
      ],
    };
  }
  return readText(file, bytes, knownNames, options);
}

function readText(file: string, bytes: Uint8Array, knownNames: readonly string[], options: ReadOptions): ReadResult {
  const problems: Problem[] = [];
  const { text, encoding } = decodeText(bytes, options.encoding);
  const info0 = { ...baseInfo(file, bytes, "csv"), encoding };
  if (text.trim() === "") {
    return {
      table: null,
      info: info0,
      problems: [problem("error", file, {}, "empty-file", "the file holds only whitespace; expected a header row and data rows")],
    };
  }
  const what = sniffText(text);
  if (what !== null)
    return {
      table: null,
      info: info0,
      problems: [problem("error", file, {}, "not-a-table", `the file is not a table: it looks like ${what}`)],
    };
  if (encoding === "windows-1252" && options.encoding === undefined) {
    problems.push(
      problem(
        "warning",
        file,
        {},
        "encoding",
        'the file is not valid UTF-8; it was read as Windows-1252 (Latin-1), the encoding of Excel\'s "CSV" export on Windows. Check that accented letters (é, ë, ï, ü) look right, or save as "CSV UTF-8"',
      ),
    );
  } else if ((encoding === "utf-16le" || encoding === "utf-16be") && options.encoding === undefined) {
    problems.push(
      problem(
        "warning",
        file,
        {},
        "encoding",
        `the file is ${encoding === "utf-16le" ? "UTF-16 little-endian" : "UTF-16 big-endian"} text (Excel's "Unicode text" export); it was read as such`,
      ),
    );
  }
  const delimiter = options.delimiter ?? detectDelimiter(text, knownNames);
  const parsed = parseDelimited(text, delimiter);
  for (const issue of parsed.issues) problems.push(problem("error", file, { line: issue.line }, "csv-syntax", issue.message));
  const info: ReadInfo = { ...info0, delimiter, lineEnding: parsed.lineEnding };
  const located = locateHeader(file, parsed.records, knownNames, problems);
  if (located === null) {
    return { table: null, info, problems: [...problems, problem("error", file, {}, "empty-file", "the file has no header row")] };
  }
  const { header, headerLine, rows } = located;
  if (header.length === 1 && !knownNames.some((k) => looseKey(k) === looseKey(header[0] ?? ""))) {
    // One unknown column: the columns are not separated by the delimiter used. Checking the
    // columns would only list every field as missing, so the file is not read further.
    const shown = quote(header[0] ?? "");
    const text =
      options.delimiter === undefined
        ? `the header has a single column (${shown}); no comma, semicolon, tab or pipe separates the columns. Give the delimiter with the delimiter option (--delimiter)`
        : `the header has a single column (${shown}); the delimiter ${JSON.stringify(options.delimiter)} given as option does not separate the columns. Check the delimiter option (--delimiter)`;
    return { table: null, info, problems: [...problems, problem("error", file, { line: headerLine }, "delimiter", text)] };
  }
  return { table: { info, header, headerLine, rows, typedCells: false }, info, problems };
}

function readSheet(
  file: string,
  bytes: Uint8Array,
  format: "xlsx" | "xls" | "ods",
  knownNames: readonly string[],
  options: ReadOptions,
): ReadResult {
  const problems: Problem[] = [];
  const result = readWorkbook(bytes, options.sheet);
  const info0 = baseInfo(file, bytes, format);
  if (!result.ok) {
    let text: string;
    if (result.reason === "sheet-not-found") {
      const s = suggest(options.sheet ?? "", result.sheets);
      text = `the workbook has no sheet ${JSON.stringify(options.sheet ?? "")}${s === null ? "" : ` (did you mean ${JSON.stringify(s)}?)`}; its sheets are ${listText(result.sheets, "and")}`;
    } else if (result.reason === "no-sheets") text = "the workbook has no sheets";
    else text = `the file cannot be read as a workbook (${result.detail})`;
    return {
      table: null,
      info: info0,
      problems: [
        problem("error", file, { value: options.sheet ?? null }, result.reason === "sheet-not-found" ? "sheet" : "not-a-table", text),
      ],
    };
  }
  const info: ReadInfo = { ...info0, sheet: result.sheet };
  if (options.sheet === undefined && result.sheets.length > 1) {
    problems.push(
      problem(
        "warning",
        file,
        {},
        "sheet",
        `the workbook has ${result.sheets.length} sheets (${listText(result.sheets, "and")}); the first, ${JSON.stringify(result.sheet)}, was read. Choose another with the sheet option (--sheet)`,
      ),
    );
  }
  const located = locateHeader(file, result.rows, knownNames, problems);
  if (located === null) {
    return {
      table: null,
      info,
      problems: [
        ...problems,
        problem("error", file, {}, "empty-file", `sheet ${JSON.stringify(result.sheet)} is empty; expected a header row and data rows`),
      ],
    };
  }
  const header = located.header.map((h) => (typeof h === "number" ? String(h) : h));
  return { table: { info, header, headerLine: located.headerLine, rows: located.rows, typedCells: true }, info, problems };
}

function locateHeader<T extends string | number>(
  file: string,
  records: readonly { readonly cells: readonly T[]; readonly line: number; readonly blank: boolean }[],
  knownNames: readonly string[],
  problems: Problem[],
): { header: string[]; headerLine: number; rows: RawRow[] } | null {
  const known = new Set(knownNames.map(looseKey));
  const isBlank = (r: { readonly cells: readonly T[]; readonly blank: boolean }): boolean => r.blank || r.cells.every((c) => c === "");
  const firstIndex = records.findIndex((r) => !isBlank(r));
  if (firstIndex < 0) return null;
  let headerIndex = firstIndex;
  const score = (cells: readonly T[]): number => cells.filter((c) => typeof c === "string" && known.has(looseKey(c))).length;
  if (known.size > 0 && score(records[firstIndex]?.cells ?? []) === 0) {
    let seen = 0;
    for (let i = firstIndex + 1; i < records.length && seen < 10; i++) {
      const r = records[i];
      if (r === undefined || isBlank(r)) continue;
      seen++;
      if (score(r.cells) >= 2) {
        headerIndex = i;
        break;
      }
    }
  }
  const headerRecord = records[headerIndex];
  if (headerRecord === undefined) return null;
  if (headerIndex > firstIndex) {
    const first = records[firstIndex]?.line ?? 1;
    problems.push(
      problem(
        "warning",
        file,
        { line: first },
        "preamble",
        `lines ${first}–${headerRecord.line - 1} above the header (line ${headerRecord.line}) do not name any field and were skipped`,
      ),
    );
  }
  const header = headerRecord.cells.map((c) => String(c));
  const rows: RawRow[] = records.slice(headerIndex + 1).map((r) => ({ cells: r.cells, line: r.line, blank: isBlank(r) }));
  // Trailing blank lines at the end of a file are not rows.
  while (rows.length > 0 && rows[rows.length - 1]?.blank === true && (rows[rows.length - 1]?.cells.length ?? 0) <= 1) rows.pop();
  return { header, headerLine: headerRecord.line, rows };
}
