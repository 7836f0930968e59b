/**
 * Validation of a table read from a file against its resource in the codebook: header names,
 * cell values (types, scales, ranges, enums, patterns, required values, missing-value tokens),
 * the resource's round and expected size; and the checks across files (unique codes, foreign
 * keys, focus-group sizes). Every problem is collected; nothing stops at the first.
 *
 * @module data/validate
 */
import type { Field, Resource, Schema } from "./codebook.js";
import { DataError, problem, type Problem } from "./errors.js";
import type { RawRow, RawTable, ReadInfo } from "./read.js";
import { listText, looseKey, plural, quote, suggest } from "./text.js";

/** A value in a typed column. */
export type Cell = string | number | null;

/** A row that was read but is not analysed, and why. */
export interface ExcludedRow {
  readonly line: number;
  readonly row: number;
  readonly reason: string;
}

/** A table checked against its resource. Internal to the data family. */
export interface CheckedTable {
  readonly resource: Resource;
  readonly schema: Schema;
  readonly file: string;
  readonly info: ReadInfo;
  readonly decimalChar: "." | ",";
  /** Typed values per field name, one per kept row. */
  readonly columns: ReadonlyMap<string, Cell[]>;
  /** Physical line and data-row number of each kept row. */
  readonly lines: readonly number[];
  readonly rowNumbers: readonly number[];
  /** Per kept row: true when a problem of severity error concerns it. */
  readonly rowErrors: boolean[];
  /** Cells with an error in their value, as `${keptIndex}\u0000${field}`. */
  readonly badCells: Set<string>;
  /** Fields of the schema that have no column in the file. */
  readonly missingFields: ReadonlySet<string>;
  readonly rowsRead: number;
  readonly excluded: ExcludedRow[];
  readonly problems: Problem[];
}

const NUMBER_DOT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NUMBER_COMMA = /^[+-]?(?:\d+(?:,\d*)?|,\d+)$/;
const LOOKS_COMMA = /^[+-]?\d*,\d+$/;
const LOOKS_DOT = /^[+-]?\d*\.\d+$/;

/**
 * What a field accepts, in words, for messages.
 *
 * @param field the field.
 * @param missingValues missing-value tokens to mention (pass [] to leave them out).
 * @returns e.g. `an integer from 1 to 5` or `one of "po", "vo" or "mbo"`.
 * @throws never.
 * @example
 * const fteField = loadDataset().respondents.field("fte");
 * expectedText(fteField, []) // "a number from 0.1 to 1.2"
 */
export function expectedText(field: Field, missingValues: readonly string[]): string {
  const c = field.constraints;
  let s: string;
  if (c.enum !== null) s = `one of ${listText(c.enum.map(String))}`;
  else if (field.type === "string") s = c.pattern !== null ? `text matching ${c.pattern}` : "text";
  else {
    const kind = field.type === "integer" ? "an integer" : "a number";
    const lo = field.scale?.min ?? c.minimum;
    const hi = field.scale?.max ?? c.maximum;
    if (lo !== null && hi !== null) s = `${kind} from ${lo} to ${hi}`;
    else if (lo !== null) s = `${kind} of at least ${lo}`;
    else if (hi !== null) s = `${kind} of at most ${hi}`;
    else s = kind;
  }
  if (!c.required && missingValues.length > 0) s += `, or a missing-value token (${listText(missingValues)})`;
  return s;
}

function scaleText(field: Field): string {
  const s = field.scale;
  if (s === null) return "";
  const lo = s.labelsNl[String(s.min)];
  const hi = s.labelsNl[String(s.max)];
  return lo !== undefined && hi !== undefined ? ` (${s.min} = ${lo} … ${s.max} = ${hi})` : "";
}

interface HeaderMap {
  /** Header index → field, or null for unknown / ignored columns. */
  readonly byIndex: (Field | null)[];
}

function mapHeader(resource: Resource, schema: Schema, raw: RawTable, problems: Problem[]): HeaderMap {
  const file = raw.info.file;
  const line = raw.headerLine;
  const fields = schema.fields;
  const exact = new Map(fields.map((f) => [f.name, f]));
  const lower = new Map(fields.map((f) => [f.name.toLowerCase(), f]));
  const loose = new Map<string, Field | null>();
  for (const f of fields) loose.set(looseKey(f.name), loose.has(looseKey(f.name)) ? null : f);
  const byIndex: (Field | null)[] = [];
  const used = new Map<string, number>();
  const unknown: { index: number; name: string }[] = [];
  raw.header.forEach((h, j) => {
    const trimmed = h.trim();
    let field: Field | null = exact.get(h) ?? null;
    if (field === null && trimmed !== "") {
      field = exact.get(trimmed) ?? lower.get(trimmed.toLowerCase()) ?? loose.get(looseKey(trimmed)) ?? null;
      if (field !== null) {
        problems.push(
          problem(
            "warning",
            file,
            { line, column: field.name, value: h },
            "header",
            `column header ${quote(h)} differs from the codebook's name in case, spacing or punctuation; it was matched to field "${field.name}"`,
          ),
        );
      }
    }
    if (field !== null) {
      const first = used.get(field.name);
      if (first !== undefined) {
        problems.push(
          problem(
            "error",
            file,
            { line, column: field.name, value: h },
            "duplicate-column",
            `column ${quote(h)} (column ${j + 1}) is a second column for field "${field.name}" (already column ${first + 1}); expected each field once`,
          ),
        );
        byIndex.push(null);
        return;
      }
      used.set(field.name, j);
      byIndex.push(field);
      return;
    }
    byIndex.push(null);
    if (trimmed === "") {
      const hasValues = raw.rows.some((r) => {
        const v = r.cells[j];
        return v !== undefined && String(v).trim() !== "";
      });
      if (hasValues) {
        problems.push(
          problem(
            "error",
            file,
            { line, column: `(column ${j + 1})` },
            "unknown-column",
            `column ${j + 1} has values but no header; expected one of the codebook's field names`,
          ),
        );
      } else {
        problems.push(
          problem(
            "warning",
            file,
            { line, column: `(column ${j + 1})` },
            "empty-column",
            `column ${j + 1} has no header and no values; it was ignored`,
          ),
        );
      }
      return;
    }
    unknown.push({ index: j, name: h });
  });
  const missing = fields.filter((f) => !used.has(f.name));
  const missingNames = missing.map((f) => f.name);
  const unknownNames = unknown.map((u) => u.name);
  for (const u of unknown) {
    const s =
      suggest(u.name, missingNames) ??
      suggest(
        u.name,
        fields.map((f) => f.name),
      );
    const name = u.name.trim();
    problems.push(
      problem(
        "error",
        file,
        { line, column: name.length > 60 ? `${name.slice(0, 57)}…` : name, value: u.name },
        "unknown-column",
        `column ${quote(u.name)} is not a field of resource "${resource.name}"${s === null ? "" : ` (did you mean "${s}"?)`}; expected only the codebook's fields`,
      ),
    );
  }
  for (const f of missing) {
    const s = suggest(f.name, unknownNames);
    problems.push(
      problem(
        "error",
        file,
        { line, column: f.name },
        "missing-column",
        `column "${f.name}" is missing${s === null ? "" : ` (is it the column ${quote(s)}?)`}; the codebook's resource "${resource.name}" needs it`,
      ),
    );
  }
  return { byIndex };
}

function detectDecimal(raw: RawTable, header: HeaderMap, schema: Schema, problems: Problem[]): "." | "," {
  let comma = 0;
  let dot = 0;
  const tokens = new Set(schema.missingValues);
  const numeric: number[] = [];
  header.byIndex.forEach((field, j) => {
    if (field !== null && field.type !== "string") numeric.push(j);
  });
  // Row by row, and only cells with a comma or a point go through the patterns: at a million rows
  // almost every cell is a single digit.
  for (const r of raw.rows) {
    const cells = r.cells;
    for (const j of numeric) {
      const v = cells[j];
      if (typeof v !== "string" || (v.indexOf(",") < 0 && v.indexOf(".") < 0)) continue;
      const t = v.trim();
      if (tokens.has(t)) continue;
      if (LOOKS_COMMA.test(t)) comma++;
      else if (LOOKS_DOT.test(t)) dot++;
    }
  }
  const chosen = comma > dot ? "," : ".";
  if (comma > 0 && dot > 0) {
    problems.push(
      problem(
        "warning",
        raw.info.file,
        {},
        "decimal",
        `numbers use both decimal points (${dot}×) and decimal commas (${comma}×); the ${chosen === "," ? "decimal comma" : "decimal point"}, the more frequent, was assumed. Give the decimal separator with the decimalChar option (--decimal)`,
      ),
    );
  }
  return chosen;
}

/**
 * Checks one table read from a file against its resource. Internal; see `validateData`.
 *
 * @param resource the resource the file belongs to (with its schema).
 * @param raw the table read from the file.
 * @param decimalOption the decimal separator, or undefined to detect it.
 * @param progress called with the rows checked so far: at 0, every `progressEvery` rows, and at the end.
 * @param progressEvery rows between two calls of `progress` (default 25,000).
 * @param consume true when the caller does not need `raw.rows` afterwards: each row is dropped once
 *   checked, so that the raw cells and the typed columns of a large file are not held at once.
 * @returns the typed columns and every problem found in the file.
 * @throws {DataError} INVALID_ARGUMENT for a resource without schema (never for data problems).
 * @example
 * const codebook = loadCodebook();
 * const raw = readTableFile(`${codebook.dir}/raw/respondents-2019-20.csv`, []).table;
 * checkTable(getResource(codebook, "respondents-2019-20"), raw, undefined).problems // [] (the shipped file)
 */
export function checkTable(
  resource: Resource,
  raw: RawTable,
  decimalOption: "." | "," | undefined,
  progress?: (rowsDone: number) => void,
  progressEvery = 25_000,
  consume = false,
): CheckedTable {
  const schema = resource.schema;
  if (schema === null) throw new DataError("INVALID_ARGUMENT", "checkTable", `resource "${resource.name}" has no Table Schema`);
  const file = raw.info.file;
  const problems: Problem[] = [];
  const header = mapHeader(resource, schema, raw, problems);
  const decimalChar =
    decimalOption ??
    (raw.typedCells && raw.rows.every((r) => r.cells.every((c) => typeof c !== "string" || !LOOKS_COMMA.test(c.trim())))
      ? "."
      : detectDecimal(raw, header, schema, problems));
  const tokens = new Set(schema.missingValues);
  // One array per field, sized for every row read and filled by index (null = missing or
  // unusable); cut to the rows kept at the end. Growing 47 arrays by push costs a third more
  // memory at a million rows.
  const columns = new Map<string, Cell[]>(schema.fields.map((f) => [f.name, new Array<Cell>(raw.rows.length).fill(null)]));
  const columnOf = header.byIndex.map((field) => (field === null ? null : (columns.get(field.name) ?? null)));
  const lines: number[] = [];
  const rowNumbers: number[] = [];
  const rowErrors: boolean[] = [];
  const badCells = new Set<string>();
  const excluded: ExcludedRow[] = [];
  const width = raw.header.length;
  const trimmedCols = new Map<string, number>();
  const patterns = new Map<string, RegExp>();
  for (const f of schema.fields)
    if (f.constraints.pattern !== null) patterns.set(f.name, new RegExp(`^(?:${f.constraints.pattern})$`, "u"));
  const roundField = resource.round !== null ? schema.fields.find((f) => f.name === "round") : undefined;
  const primary = new Set(schema.primaryKey);

  progress?.(0);
  raw.rows.forEach((r, i) => {
    const row = i + 1;
    if (progress !== undefined && i > 0 && i % progressEvery === 0) progress(i);
    // The caller no longer needs the raw row: let it go while the rest is checked.
    if (consume) (raw.rows as (RawRow | undefined)[])[i] = undefined;
    const line = r.line;
    if (r.blank || r.cells.every((c) => String(c).trim() === "")) {
      excluded.push({ line, row, reason: "empty row (no values)" });
      problems.push(problem("warning", file, { line, row }, "empty-row", "the row is empty; it was skipped"));
      return;
    }
    const k = lines.length;
    lines.push(line);
    rowNumbers.push(row);
    let rowBad = false;
    const cells = r.cells;
    const extra = cells.slice(width).filter((c) => String(c).trim() !== "");
    const short = !raw.typedCells && cells.length < width;
    if (extra.length > 0 || short) {
      const hint =
        decimalChar === "," || raw.info.delimiter === ","
          ? " (an unquoted decimal comma in a comma-separated file splits a number in two)"
          : "";
      problems.push(
        problem(
          "error",
          file,
          { line, row },
          "row-length",
          `the row has ${plural(cells.length, "cell")} but the header has ${width}${extra.length > 0 && raw.info.delimiter === "," ? hint : ""}; its values were not checked further`,
        ),
      );
      rowErrors.push(true);
      return;
    }
    header.byIndex.forEach((field, j) => {
      if (field === null) return;
      const rawValue = cells[j] ?? "";
      const result = parseCell(field, rawValue, tokens, decimalChar, patterns.get(field.name));
      const required = field.constraints.required || primary.has(field.name);
      let err: { rule: string; text: string } | null = result.error;
      if (err === null && result.value === null && required) {
        err = {
          rule: "required",
          text: `a value is required but the cell is ${String(rawValue).trim() === "" ? "empty" : `the missing-value token ${quote(String(rawValue).trim())}`}; expected ${expectedText(field, [])}`,
        };
      }
      if (err === null && roundField === field && result.value !== null && result.value !== resource.round) {
        err = {
          rule: "round",
          text: `value ${quote(String(result.value))} disagrees with the round of resource "${resource.name}"; expected "${resource.round ?? ""}" in every row of this file`,
        };
      }
      if (result.trimmed) trimmedCols.set(field.name, (trimmedCols.get(field.name) ?? 0) + 1);
      const column = columnOf[j];
      if (column !== null && column !== undefined) column[k] = err === null ? result.value : null;
      if (err !== null) {
        rowBad = true;
        badCells.add(`${k}\u0000${field.name}`);
        problems.push(problem("error", file, { line, row, column: field.name, value: String(rawValue) }, err.rule, err.text));
      }
    });
    rowErrors.push(rowBad);
  });

  for (const [name, count] of trimmedCols) {
    problems.push(
      problem("warning", file, { column: name }, "whitespace", `${plural(count, "value")} had spaces around them; the spaces were removed`),
    );
  }
  progress?.(raw.rows.length);
  for (const column of columns.values()) column.length = lines.length;
  const rowsRead = raw.rows.length;
  if (resource.expectedRows !== null && lines.length !== resource.expectedRows && lines.length > 0) {
    problems.push(
      problem(
        "error",
        file,
        { value: String(lines.length) },
        "row-count",
        `the file has ${plural(lines.length, "data row")} but the codebook expects ${resource.expectedRows} for resource "${resource.name}" (expectedRows). If the data are right, correct expectedRows in datapackage.json`,
      ),
    );
  }
  if (lines.length === 0) {
    problems.push(
      problem(
        "error",
        file,
        { line: raw.headerLine },
        "no-rows",
        `the file has a header but no data rows; expected ${resource.expectedRows ?? "at least one"} row${resource.expectedRows === 1 ? "" : "s"} for resource "${resource.name}"`,
      ),
    );
  }
  const mapped = new Set(header.byIndex.filter((f): f is Field => f !== null).map((f) => f.name));
  const missingFields = new Set(schema.fields.map((f) => f.name).filter((n) => !mapped.has(n)));
  return {
    resource,
    schema,
    file,
    info: raw.info,
    decimalChar,
    columns,
    lines,
    rowNumbers,
    rowErrors,
    badCells,
    missingFields,
    rowsRead,
    excluded,
    problems,
  };
}

interface CellResult {
  readonly value: Cell;
  readonly error: { rule: string; text: string } | null;
  readonly trimmed: boolean;
}

function parseCell(
  field: Field,
  rawValue: string | number,
  tokens: ReadonlySet<string>,
  decimalChar: "." | ",",
  pattern: RegExp | undefined,
): CellResult {
  if (typeof rawValue === "number") {
    if (field.type === "string") return checkString(field, String(rawValue), false, pattern);
    return checkNumber(field, rawValue, String(rawValue));
  }
  const t = rawValue.trim();
  if (tokens.has(t)) return { value: null, error: null, trimmed: false };
  const trimmed = t !== rawValue && !field.freeText;
  if (field.type === "string") {
    const r = checkString(field, t, false, pattern);
    return trimmed ? { ...r, trimmed } : r;
  }
  const ok = decimalChar === "," ? NUMBER_COMMA.test(t) : NUMBER_DOT.test(t);
  if (!ok) {
    let why = "is not a number";
    if (decimalChar === "," && NUMBER_DOT.test(t)) why = "has a decimal point, but this file uses decimal commas";
    else if (decimalChar === "." && NUMBER_COMMA.test(t)) why = "has a decimal comma, but this file uses decimal points";
    return {
      value: null,
      error: { rule: "type", text: `value ${quote(rawValue)} ${why}; expected ${expectedText(field, [...tokens])}` },
      trimmed,
    };
  }
  const n = Number(decimalChar === "," ? t.replace(",", ".") : t);
  const r = checkNumber(field, n, rawValue);
  return trimmed ? { ...r, trimmed } : r;
}

function checkNumber(field: Field, n: number, shown: string): CellResult {
  const c = field.constraints;
  // No closure per cell here (this runs for every numeric cell; under tsx each named closure costs a defineProperty).
  if (!Number.isFinite(n))
    return {
      value: null,
      error: { rule: "type", text: `value ${quote(shown)} is not a finite number; expected ${expectedText(field, [])}` },
      trimmed: false,
    };
  if (field.type === "integer" && !Number.isInteger(n)) {
    return {
      value: null,
      error: { rule: "integer", text: `value ${quote(shown)} is not a whole number; expected ${expectedText(field, [])}` },
      trimmed: false,
    };
  }
  const s = field.scale;
  if (s !== null && (n < s.min || n > s.max)) {
    return {
      value: null,
      error: {
        rule: "scale",
        text: `value ${quote(shown)} is off the answer scale ${s.min}–${s.max}${scaleText(field)}; expected ${expectedText(field, [])}`,
      },
      trimmed: false,
    };
  }
  if (c.minimum !== null && n < c.minimum) {
    return {
      value: null,
      error: { rule: "minimum", text: `value ${quote(shown)} is below the minimum ${c.minimum}; expected ${expectedText(field, [])}` },
      trimmed: false,
    };
  }
  if (c.maximum !== null && n > c.maximum) {
    return {
      value: null,
      error: { rule: "maximum", text: `value ${quote(shown)} is above the maximum ${c.maximum}; expected ${expectedText(field, [])}` },
      trimmed: false,
    };
  }
  if (c.enum !== null && !c.enum.includes(n)) {
    return {
      value: null,
      error: { rule: "enum", text: `value ${quote(shown)} is not one of ${listText(c.enum.map(String))}` },
      trimmed: false,
    };
  }
  return { value: n, error: null, trimmed: false };
}

function checkString(field: Field, v: string, trimmed: boolean, pattern: RegExp | undefined): CellResult {
  const c = field.constraints;
  if (c.enum !== null) {
    const at = c.enum.indexOf(v);
    if (at < 0) {
      const s = suggest(v, c.enum.map(String));
      return {
        value: null,
        error: {
          rule: "enum",
          text: `value ${quote(v)} is not one of ${listText(c.enum.map(String))}${s === null ? "" : ` (did you mean "${s}"?)`}`,
        },
        trimmed,
      };
    }
    // The codebook's own string: one copy per category instead of one per cell.
    v = String(c.enum[at]);
  }
  if (pattern !== undefined && !pattern.test(v)) {
    return { value: null, error: { rule: "pattern", text: `value ${quote(v)} does not match the pattern ${c.pattern ?? ""}` }, trimmed };
  }
  if (c.minLength !== null && v.length < c.minLength) {
    return {
      value: null,
      error: { rule: "minLength", text: `value ${quote(v)} has ${v.length} characters; expected at least ${c.minLength}` },
      trimmed,
    };
  }
  if (c.maxLength !== null && v.length > c.maxLength) {
    return {
      value: null,
      error: { rule: "maxLength", text: `value ${quote(v)} has ${v.length} characters; expected at most ${c.maxLength}` },
      trimmed,
    };
  }
  return { value: v, error: null, trimmed };
}

/** A check across files that could not be made, and why. */
export interface SkippedCheck {
  readonly rule: string;
  readonly resource: string;
  readonly reason: string;
}

/** The key of row k over `fields`: the value itself for one field, else a JSON list (see {@link keyParts}). */
function keyOf(t: CheckedTable, k: number, fields: readonly string[]): string | null {
  if (fields.length === 1) {
    const f = fields[0] ?? "";
    const v = t.columns.get(f)?.[k];
    if (v === null || v === undefined || (t.badCells.size > 0 && t.badCells.has(`${k}\u0000${f}`))) return null;
    return String(v);
  }
  const parts: string[] = [];
  for (const f of fields) {
    const v = t.columns.get(f)?.[k];
    if (v === null || v === undefined || (t.badCells.size > 0 && t.badCells.has(`${k}\u0000${f}`))) return null;
    parts.push(String(v));
  }
  return JSON.stringify(parts);
}

/** The values of a key made by {@link keyOf} over `count` fields. */
function keyParts(key: string, count: number): string[] {
  return count === 1 ? [key] : (JSON.parse(key) as string[]);
}

function addCrossError(
  t: CheckedTable,
  k: number,
  column: string | null,
  value: string | null,
  rule: string,
  text: string,
  out: Problem[],
): void {
  t.rowErrors[k] = true;
  out.push(problem("error", t.file, { line: t.lines[k] ?? null, row: t.rowNumbers[k] ?? null, column, value }, rule, text));
}

/**
 * Checks across the files of a dataset: unique values and primary keys over all files that
 * share a schema (both respondent rounds together), foreign keys declared in the schemas,
 * coded segments whose respondent is not in the respondent file of the same round, and the
 * number of participants per focus group (`expectedGroups`). Internal; see `validateData`.
 *
 * @param tables the checked tables (one per resource).
 * @param allResources every resource of the codebook (to report checks that could not be made).
 * @returns the problems found and the checks skipped because a file was not part of the run.
 * @throws never.
 * @example
 * const codebook = loadCodebook();
 * const [respondents1920, coding1920] = ["respondents-2019-20", "coding-2019-20"].map((name) => {
 *   const resource = getResource(codebook, name);
 *   return checkTable(resource, readTableFile(`${codebook.dir}/${resource.path}`, []).table, undefined);
 * });
 * crossCheck([respondents1920, coding1920], codebook.resources).problems // [] (the shipped files)
 */
export function crossCheck(
  tables: readonly CheckedTable[],
  allResources: readonly Resource[],
): { problems: Problem[]; skipped: SkippedCheck[] } {
  const problems: Problem[] = [];
  const skipped: SkippedCheck[] = [];
  const byName = new Map(tables.map((t) => [t.resource.name, t]));

  // Unique fields and primary keys, over all tables that share a schema file.
  const groups = new Map<string, CheckedTable[]>();
  for (const t of tables) groups.set(t.schema.path, [...(groups.get(t.schema.path) ?? []), t]);
  for (const group of groups.values()) {
    const schema = group[0]?.schema;
    if (schema === undefined) continue;
    const keys: string[][] = schema.fields.filter((f) => f.constraints.unique).map((f) => [f.name]);
    if (
      schema.primaryKey.length > 0 &&
      !keys.some((k) => k.length === schema.primaryKey.length && k.every((x, i) => x === schema.primaryKey[i]))
    ) {
      keys.push([...schema.primaryKey]);
    }
    for (const key of keys) {
      const first = new Map<string, { t: CheckedTable; k: number }>();
      for (const t of group) {
        for (let k = 0; k < t.lines.length; k++) {
          const v = keyOf(t, k, key);
          if (v === null) continue;
          const prev = first.get(v);
          if (prev === undefined) {
            first.set(v, { t, k });
            continue;
          }
          const shown = keyParts(v, key.length).join(", ");
          const at = prev.t === t ? `line ${prev.t.lines[prev.k] ?? "?"}` : `line ${prev.t.lines[prev.k] ?? "?"} of ${prev.t.file}`;
          addCrossError(
            t,
            k,
            key.length === 1 ? (key[0] ?? null) : null,
            shown,
            key.length === 1 ? "unique" : "primary-key",
            `value ${quote(shown)} is a duplicate: it is already on ${at}; expected each ${key.join(" + ")} once`,
            problems,
          );
        }
      }
    }
  }

  // A respondent has each label at most once per question (coding tables).
  for (const group of groups.values()) {
    const first = group[0];
    if (first === undefined || first.resource.kind !== "coding") continue;
    const key = ["respondent", "question", "code"];
    if (!key.every((k) => first.columns.has(k))) continue;
    const seen = new Map<string, { t: CheckedTable; k: number }>();
    for (const t of group) {
      for (let k = 0; k < t.lines.length; k++) {
        const v = keyOf(t, k, key);
        if (v === null) continue;
        const prev = seen.get(v);
        if (prev === undefined) {
          seen.set(v, { t, k });
          continue;
        }
        const [who, question, code] = keyParts(v, key.length);
        const at = prev.t === t ? `line ${prev.t.lines[prev.k] ?? "?"}` : `line ${prev.t.lines[prev.k] ?? "?"} of ${prev.t.file}`;
        addCrossError(
          t,
          k,
          "code",
          code ?? null,
          "duplicate-label",
          `respondent ${quote(who ?? "")} already has label ${quote(code ?? "")} for question ${quote(question ?? "")} on ${at}; expected each label at most once per respondent and question`,
          problems,
        );
      }
    }
  }

  // Declared foreign keys.
  for (const t of tables) {
    for (const fk of t.schema.foreignKeys) {
      const targetName = fk.reference.resource === "" ? t.resource.name : fk.reference.resource;
      const target = byName.get(targetName);
      if (target === undefined) {
        skipped.push({
          rule: "foreign-key",
          resource: t.resource.name,
          reason: `${fk.fields.join(", ")} → ${targetName}: the file of resource "${targetName}" was not part of the validation`,
        });
        continue;
      }
      checkForeignKey(
        t,
        fk.fields,
        target,
        fk.reference.fields,
        `every value must occur in column ${fk.reference.fields.map((f) => `"${f}"`).join(" + ")} of resource "${targetName}" (${target.file})`,
        problems,
      );
    }
  }

  // Coded segments belong to a respondent of the same round.
  for (const t of tables) {
    if (t.resource.kind !== "coding" || t.resource.round === null) continue;
    const respondentsResource = allResources.find((r) => r.kind === "respondents" && r.round === t.resource.round);
    const pk = respondentsResource?.schema?.primaryKey;
    if (respondentsResource === undefined || pk === undefined || pk.length !== 1) continue;
    const pkField = pk[0] ?? "";
    if (!t.columns.has(pkField)) continue;
    const target = byName.get(respondentsResource.name);
    if (target === undefined) {
      skipped.push({
        rule: "foreign-key",
        resource: t.resource.name,
        reason: `${pkField} → ${respondentsResource.name}: the respondent file of round ${t.resource.round} was not part of the validation`,
      });
      continue;
    }
    checkForeignKey(
      t,
      [pkField],
      target,
      [pkField],
      `every coded segment must belong to a respondent of round ${t.resource.round} in ${target.file}`,
      problems,
    );
  }

  // Participants per focus group.
  for (const t of tables) {
    const expected = t.resource.expectedGroups;
    const group = t.columns.get("group");
    const participant = t.columns.get("participant");
    if (expected === null || group === undefined || participant === undefined) continue;
    const seen = new Map<string, Set<string>>();
    group.forEach((g, k) => {
      const p = participant[k];
      if (g === null || p === null || p === undefined) return;
      const set = seen.get(String(g)) ?? new Set<string>();
      set.add(String(p));
      seen.set(String(g), set);
    });
    for (const [g, n] of Object.entries(expected)) {
      const found = seen.get(g) ?? new Set<string>();
      if (found.size !== n) {
        problems.push(
          problem(
            "error",
            t.file,
            { column: "participant", value: String(found.size) },
            "group-size",
            `focus group ${g} has ${plural(found.size, "distinct participant")}${found.size > 0 ? ` (${[...found].sort().join(", ")})` : ""}; the codebook expects ${n} (expectedGroups of resource "${t.resource.name}")`,
          ),
        );
      }
    }
    for (const g of seen.keys()) {
      if (!(g in expected)) {
        problems.push(
          problem(
            "error",
            t.file,
            { column: "group", value: g },
            "group-size",
            `focus group ${g} is not one of the groups the codebook expects (${listText(Object.keys(expected), "and")})`,
          ),
        );
      }
    }
  }

  return { problems, skipped };
}

function checkForeignKey(
  t: CheckedTable,
  fields: readonly string[],
  target: CheckedTable,
  targetFields: readonly string[],
  expected: string,
  out: Problem[],
): void {
  const present = new Set<string>();
  let incomplete = target.lines.length === 0 || targetFields.some((f) => target.missingFields.has(f));
  for (let k = 0; k < target.lines.length; k++) {
    const v = keyOf(target, k, targetFields);
    if (v !== null) present.add(v);
    else if (target.rowErrors[k] === true) incomplete = true;
  }
  if (incomplete) {
    // Values may be missing from the target only because its file has errors: check again once they are fixed.
    out.push(
      problem(
        "warning",
        t.file,
        { column: fields.join(", ") },
        "foreign-key",
        `not checked against resource "${target.resource.name}", because its file ${target.file} has errors in column ${targetFields.map((f) => `"${f}"`).join(", ")} or no rows; check again after fixing them`,
      ),
    );
    return;
  }
  for (let k = 0; k < t.lines.length; k++) {
    const v = keyOf(t, k, fields);
    if (v === null || present.has(v)) continue;
    const shown = keyParts(v, fields.length).join(", ");
    addCrossError(
      t,
      k,
      fields.length === 1 ? (fields[0] ?? null) : null,
      shown,
      "foreign-key",
      `value ${quote(shown)} does not occur in resource "${target.resource.name}"; ${expected}`,
      out,
    );
  }
}
