/**
 * A CSV of reported summary statistics (id, mean, sd, n and optional items, min, max), checked
 * row by row with GRIM, GRIMMER and the scale bounds.
 *
 * @module audit/summary-table
 */
import { StatsError } from "@behoud/stats";
import { checkGrim, type GrimDetails } from "./grim.js";
import { checkGrimmer, type GrimmerDetails } from "./grimmer.js";
import type { AuditResult } from "./result.js";
import { checkScaleBounds, type ScaleBoundsDetails } from "./scale-bounds.js";

/** A problem that makes an input file unreadable, with the file and line it concerns. */
export class AuditInputError extends Error {
  override readonly name = "AuditInputError";
  /** The file (or source name) at fault. */
  readonly file: string;
  /** 1-based line number, or null when the problem concerns the whole file. */
  readonly line: number | null;

  constructor(file: string, line: number | null, message: string) {
    super(`${file}${line === null ? "" : `:${line}`}: ${message}`);
    this.file = file;
    this.line = line;
  }
}

/** One row of a summary-statistics table, values as printed. */
export interface SummaryRow {
  /** 1-based line in the file. */
  readonly line: number;
  readonly id: string;
  readonly mean: string;
  /** Empty when no SD is given. */
  readonly sd: string;
  readonly n: string;
  readonly items: string;
  readonly min: string;
  readonly max: string;
}

/** The checks of one row; a check that cannot run holds a message instead. */
export interface SummaryRowAudit {
  readonly row: SummaryRow;
  readonly grim: AuditResult<GrimDetails> | null;
  readonly grimmer: AuditResult<GrimmerDetails> | null;
  readonly scale: AuditResult<ScaleBoundsDetails> | null;
  /** Why a check did not run (e.g. "no SD given"), one entry per skipped check. */
  readonly notes: readonly string[];
}

const REQUIRED = ["id", "mean", "sd", "n"] as const;

/** Splits one CSV line with the given delimiter; supports double-quoted fields. Internal. */
function splitCsvLine(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (line[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        field += ch;
      }
    } else if (ch === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (ch === delimiter) {
      out.push(field.trim());
      field = "";
    } else {
      field += ch;
    }
  }
  out.push(field.trim());
  return out;
}

/**
 * Parses a summary-statistics CSV.
 *
 * Format: a header line naming the columns `id`, `mean`, `sd`, `n` (required, any order, any
 * case) and optionally `items`, `min`, `max`; the delimiter is `;` when the header contains one
 * (the usual choice with decimal commas), otherwise a tab when it contains one, otherwise `,`.
 * Fields may be double-quoted. Empty lines and lines starting with `#` are skipped. Values stay
 * strings so that their printed precision survives.
 *
 * @param text The file's content.
 * @param source The file name used in error messages.
 * @returns The rows with their line numbers.
 * @throws {AuditInputError} when the header lacks a required column or a line has the wrong
 *   number of fields (naming the file and line).
 * @example parseSummaryTable("id;mean;sd;n\nA;4,05;0,62;51", "table.csv")[0]?.mean // "4,05"
 *
 * Reference: RFC 4180, Common Format and MIME Type for CSV Files. https://doi.org/10.17487/RFC4180.
 * Validated against the fixtures in test/fixtures/audit/.
 */
export function parseSummaryTable(text: string, source: string): SummaryRow[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const headerIndex = lines.findIndex((l) => l.trim() !== "" && !l.trim().startsWith("#"));
  if (headerIndex < 0)
    throw new AuditInputError(source, null, "the file is empty; expected a header line with the columns id, mean, sd, n");
  const headerLine = lines[headerIndex] as string;
  const delimiter = headerLine.includes(";") ? ";" : headerLine.includes("\t") ? "\t" : ",";
  const header = splitCsvLine(headerLine, delimiter).map((h) => h.toLowerCase());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new AuditInputError(
      source,
      headerIndex + 1,
      `the header lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}; expected id, mean, sd, n (and optionally items, min, max), separated by "${delimiter === "\t" ? "tab" : delimiter}"`,
    );
  }
  const col = (name: string): number => header.indexOf(name);
  const rows: SummaryRow[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const raw = lines[i] as string;
    if (raw.trim() === "" || raw.trim().startsWith("#")) continue;
    const fields = splitCsvLine(raw, delimiter);
    if (fields.length !== header.length) {
      throw new AuditInputError(
        source,
        i + 1,
        `has ${fields.length} fields; the header has ${header.length} (delimiter "${delimiter === "\t" ? "tab" : delimiter}")`,
      );
    }
    const get = (name: string): string => {
      const k = col(name);
      return k < 0 ? "" : (fields[k] ?? "");
    };
    rows.push({
      line: i + 1,
      id: get("id"),
      mean: get("mean"),
      sd: get("sd"),
      n: get("n"),
      items: get("items"),
      min: get("min"),
      max: get("max"),
    });
  }
  return rows;
}

function intOf(text: string, what: string, min: number): number {
  const t = text.trim();
  if (!/^-?\d+$/.test(t)) throw new Error(`${what} is "${text}"; expected a whole number`);
  const v = Number.parseInt(t, 10);
  if (v < min) throw new Error(`${what} is ${v}; expected at least ${min}`);
  return v;
}

/**
 * Runs GRIM, GRIMMER and (when min and max are given) the scale-bounds check on one row.
 *
 * A row whose values cannot be used (e.g. n is not a whole number) yields null checks and a note
 * saying why; it never throws.
 *
 * @param row A parsed row.
 * @returns The three results (or null) and notes.
 * @throws Never: values that cannot be used become notes.
 * @example auditSummaryRow({ line: 2, id: "A", mean: "5.19", sd: "", n: "28", items: "", min: "", max: "" }).grim?.verdict // "inconsistent"
 *
 * Reference: Brown & Heathers (2017), https://doi.org/10.1177/1948550616673876; Anaya (2016),
 * https://doi.org/10.7287/peerj.preprints.2400v1. Validated as {@link checkGrim},
 * {@link checkGrimmer} and {@link checkScaleBounds}.
 */
export function auditSummaryRow(row: SummaryRow): SummaryRowAudit {
  const notes: string[] = [];
  let n: number;
  let items = 1;
  let scale: { scaleMin: number; scaleMax: number } | null = null;
  try {
    n = intOf(row.n, "n", 1);
    if (row.items.trim() !== "") items = intOf(row.items, "items", 1);
    const hasMin = row.min.trim() !== "";
    const hasMax = row.max.trim() !== "";
    if (hasMin !== hasMax) notes.push("scale bounds need both min and max; scale check skipped");
    if (hasMin && hasMax)
      scale = { scaleMin: intOf(row.min, "min", Number.MIN_SAFE_INTEGER), scaleMax: intOf(row.max, "max", Number.MIN_SAFE_INTEGER) };
  } catch (e) {
    return { row, grim: null, grimmer: null, scale: null, notes: [`not checked: ${(e as Error).message}`] };
  }
  const attempt = <T>(what: string, f: () => T): T | null => {
    try {
      return f();
    } catch (e) {
      // One row's bad or untestable values never stop the other rows or checks.
      const why =
        e instanceof StatsError ? e.message.replace(/^\w+: /, "") : `internal error: ${e instanceof Error ? e.message : String(e)}`;
      notes.push(`${what} not run: ${why}`);
      return null;
    }
  };
  const grim = attempt("GRIM", () => checkGrim(row.mean, n, { items }));
  const hasSd = row.sd.trim() !== "";
  if (!hasSd) notes.push("no SD given; GRIMMER and scale check skipped");
  const grimmer = hasSd
    ? attempt("GRIMMER", () => checkGrimmer(row.mean, row.sd, n, scale === null ? { items } : { items, ...scale }))
    : null;
  const scaleResult =
    hasSd && scale !== null
      ? attempt("scale check", () => checkScaleBounds(row.mean, row.sd, n, { items, ...(scale as { scaleMin: number; scaleMax: number }) }))
      : null;
  return { row, grim, grimmer, scale: scaleResult, notes };
}
