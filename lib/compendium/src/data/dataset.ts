/**
 * The loader: finds the data files of the codebook's resources, reads and validates them all,
 * and returns typed tables — or every problem at once.
 *
 * @module data/dataset
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { loadCodebook, type Codebook, type Resource } from "./codebook.js";
import { DataError, appendAll, problem, type Problem } from "./errors.js";
import { degenerateWarnings } from "./degenerate.js";
import { readTableFile, type ReadInfo, type ReadOptions, type RawTable } from "./read.js";
import { ADOPT, Table, type RowOrigin } from "./table.js";
import { listText, looseKey, plural } from "./text.js";
import { checkTable, crossCheck, type CheckedTable, type ExcludedRow, type SkippedCheck } from "./validate.js";

/** Options shared by {@link loadDataset} and {@link validateData}. */
export interface DataOptions extends ReadOptions {
  /** Folder of the codebook (`datapackage.json`); default `data`, searched upwards from the working directory. */
  readonly codebookDir?: string;
  /**
   * Files for resources, by resource name, overriding the search: a path, or a path with its
   * own read options (e.g. `{ "respondents-2019-20": "export/enquete ronde 1.xlsx" }` or
   * `{ "respondents-2019-20": { path: "ronde1.csv", delimiter: ";" } }`).
   */
  readonly files?: Readonly<Record<string, string | FileSpec>>;
  /**
   * Called as the files are read and checked: at the start of each file, every
   * {@link PROGRESS_ROWS} rows while its cells are checked, and before the checks across files.
   * Synchronous: the caller decides how often to show it (e.g. `npm run validate` prints a line
   * to stderr at most every two seconds).
   */
  readonly onProgress?: (event: DataProgress) => void;
}

/** Rows between two progress events while a file's cells are checked. */
export const PROGRESS_ROWS = 25_000;

/** What {@link DataOptions.onProgress} receives. */
export interface DataProgress {
  /** `read`: the file is being read and parsed; `check`: its cells are being checked; `cross-check`: checks across files. */
  readonly stage: "read" | "check" | "cross-check";
  /** Resource and file (null for `cross-check`). */
  readonly resource: string | null;
  readonly file: string | null;
  /** Rows checked so far in this file, and rows in it (0 while reading). */
  readonly rowsDone: number;
  readonly rowsTotal: number;
  /** Files started so far (1-based) and files in all. */
  readonly fileIndex: number;
  readonly fileCount: number;
}

/** A file for a resource with read options that apply to it alone. */
export interface FileSpec extends ReadOptions {
  readonly path: string;
}

/** Options of {@link loadDataset}. */
export interface LoadOptions extends DataOptions {
  /**
   * Folder with the data files; default: the codebook folder. Both the package layout
   * (`raw/respondents-2019-20.csv`) and a flat folder of files named like the resources
   * (`respondents-2019-20.csv`, `.tsv`, `.txt` or `.xlsx`) are accepted; a file with another
   * name is matched by its header.
   */
  readonly dataDir?: string;
}

/** Options of {@link validateData}. */
export interface ValidateOptions extends DataOptions {
  /** For a single file: the resource it belongs to (default: matched by name or header). */
  readonly resource?: string;
}

/** How a file was found for its resource. */
export type MatchedBy = "option" | "path" | "name" | "header" | "codebook";

/** A file that was read, and what came of it. */
export interface FileInfo {
  readonly resource: string;
  readonly path: string;
  readonly matchedBy: MatchedBy;
  /** SHA-256 of the file's bytes (hex), for the colophon. */
  readonly sha256: string;
  readonly size: number;
  readonly format: ReadInfo["format"];
  /** Text encoding detected (`null` for workbooks). */
  readonly encoding: string | null;
  /** Delimiter detected or given (`null` for workbooks). */
  readonly delimiter: string | null;
  /** Decimal separator detected or given (`null` when the file could not be read). */
  readonly decimalChar: "." | "," | null;
  readonly sheet: string | null;
  /** Data rows read (rows below the header, blank rows included). */
  readonly rowsRead: number;
  /** Rows without errors that are analysed. */
  readonly rowsAccepted: number;
}

/** Per file: every row read is analysed or excluded with its reason. */
export interface AccountingEntry {
  readonly resource: string;
  readonly file: string;
  readonly rowsRead: number;
  readonly rowsAnalysed: number;
  readonly excluded: readonly ExcludedRow[];
}

/** The validated data of the compendium. */
export interface Dataset {
  readonly codebook: Codebook;
  /** True when the codebook says the data are a synthetic reconstruction. */
  readonly synthetic: boolean;
  /** All respondent rounds combined, in codebook and file order. */
  readonly respondents: Table;
  /** Coded segments of the open answers, all rounds combined. */
  readonly coding: Table;
  readonly focusGroups: Table;
  /** Labels of the open answers. */
  readonly codes: Table;
  readonly axialCodes: Table;
  /** Every table by resource name. */
  readonly tables: ReadonlyMap<string, Table>;
  readonly warnings: readonly Problem[];
  readonly files: readonly FileInfo[];
  readonly accounting: readonly AccountingEntry[];
}

/** Summary of a validation run. */
export interface ValidationSummary {
  readonly target: string;
  readonly codebook: string;
  readonly files: readonly FileInfo[];
  readonly rowsRead: number;
  readonly rowsAccepted: number;
  readonly rowsWithErrors: number;
  readonly errorCount: number;
  readonly warningCount: number;
  /** Checks across files that could not be made (e.g. a single file without its respondents). */
  readonly checksSkipped: readonly SkippedCheck[];
  /** Files in the folder that were not data files and were not read. */
  readonly ignoredFiles: readonly string[];
  /** One paragraph for people. */
  readonly text: string;
}

/** Result of {@link validateData}. */
export interface ValidationResult {
  readonly ok: boolean;
  readonly errors: readonly Problem[];
  readonly warnings: readonly Problem[];
  readonly summary: ValidationSummary;
}

const TABLE_EXTENSIONS = new Set([".csv", ".tsv", ".tab", ".txt", ".xlsx", ".xlsm", ".xls", ".ods"]);
const REFERENCE_KINDS = new Set(["codes", "axial-codes"]);

interface Assignment {
  readonly resource: Resource;
  readonly file: string;
  readonly matchedBy: MatchedBy;
  /** Read options of this file (default: the global options). */
  readonly options?: ReadOptions;
  /** Already read while matching by header. */
  readonly read?: ReturnType<typeof readTableFile>;
}

function readOptions(options: ReadOptions): ReadOptions {
  const out: { -readonly [K in keyof ReadOptions]: ReadOptions[K] } = {};
  if (options.delimiter !== undefined) out.delimiter = options.delimiter;
  if (options.decimalChar !== undefined) out.decimalChar = options.decimalChar;
  if (options.sheet !== undefined) out.sheet = options.sheet;
  if (options.encoding !== undefined) out.encoding = options.encoding;
  if (options.maxFileBytes !== undefined) out.maxFileBytes = options.maxFileBytes;
  return out;
}

function tabularResources(codebook: Codebook): Resource[] {
  return codebook.resources.filter((r) => r.tabular && r.schema !== null);
}

function knownNames(codebook: Codebook): string[] {
  const names = new Set<string>();
  for (const r of tabularResources(codebook)) for (const f of r.schema?.fields ?? []) names.add(f.name);
  return [...names];
}

function stem(file: string): string {
  const base = path.basename(file);
  const dot = base.lastIndexOf(".");
  return (dot > 0 ? base.slice(0, dot) : base).toLowerCase();
}

function listTableFiles(dir: string, subdirs: readonly string[]): { tables: string[]; ignored: string[] } {
  const tables: string[] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const sub of ["", ...subdirs]) {
    const folder = path.join(dir, sub);
    let entries: string[];
    try {
      entries = readdirSync(folder).sort();
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.startsWith(".") || e.startsWith("~$")) continue;
      const full = path.join(folder, e);
      if (seen.has(full)) continue;
      seen.add(full);
      let isFile = false;
      try {
        isFile = statSync(full).isFile();
      } catch {
        continue;
      }
      if (!isFile) continue;
      if (TABLE_EXTENSIONS.has(path.extname(e).toLowerCase())) tables.push(full);
      else ignored.push(full);
    }
  }
  return { tables, ignored };
}

/** Share of a schema's fields found in a header (compared on loose keys). */
function headerOverlap(header: readonly string[], resource: Resource): number {
  const fields = resource.schema?.fields ?? [];
  if (fields.length === 0) return 0;
  const keys = new Set(header.map(looseKey));
  return fields.filter((f) => keys.has(looseKey(f.name))).length / fields.length;
}

function roundOf(raw: RawTable): string | null {
  const j = raw.header.findIndex((h) => looseKey(h) === "round");
  if (j < 0) return null;
  const counts = new Map<string, number>();
  for (const r of raw.rows) {
    const v = r.cells[j];
    if (v === undefined || String(v).trim() === "") continue;
    counts.set(String(v).trim(), (counts.get(String(v).trim()) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

/**
 * Matches a file to a resource by its header: the resources whose schema fields are most
 * present in the header (at least half of them); among resources sharing that schema, the
 * one whose round appears in the file name or is the most frequent value of the `round` column;
 * when the round cannot be told, the only one among them still without a file.
 */
function matchByHeader(
  file: string,
  read: ReturnType<typeof readTableFile>,
  candidates: readonly Resource[],
  isFree: (r: Resource) => boolean = () => true,
): { resource: Resource | null; reason: string } {
  const raw = read.table;
  if (raw === null) return { resource: null, reason: "it could not be read as a table" };
  let best = 0;
  for (const r of candidates) best = Math.max(best, headerOverlap(raw.header, r));
  if (best < 0.5) return { resource: null, reason: "its header holds fewer than half of the fields of any resource" };
  const top = candidates.filter((r) => headerOverlap(raw.header, r) === best);
  if (top.length === 1) return { resource: top[0] ?? null, reason: "" };
  const name = path.basename(file);
  const byName = top.filter((r) => r.round !== null && name.includes(r.round));
  if (byName.length === 1) return { resource: byName[0] ?? null, reason: "" };
  const round = roundOf(raw);
  const byRound = top.filter((r) => r.round !== null && r.round === round);
  if (byRound.length === 1) return { resource: byRound[0] ?? null, reason: "" };
  const free = top.filter(isFree);
  if (free.length === 1 && round === null) return { resource: free[0] ?? null, reason: "" };
  return { resource: null, reason: `its header fits ${listText(top.map((r) => r.name))}; name the file after one of them` };
}

function assignFolder(
  codebook: Codebook,
  dir: string,
  options: DataOptions,
  problems: Problem[],
): { assignments: Assignment[]; ignored: string[] } {
  const resources = tabularResources(codebook);
  const assigned = new Map<string, Assignment>();
  const claimed = new Set<string>();
  for (const [name, spec] of Object.entries(options.files ?? {})) {
    const file = typeof spec === "string" ? spec : spec.path;
    const r = resources.find((x) => x.name === name);
    if (r === undefined) {
      problems.push(
        problem(
          "error",
          file,
          { value: name },
          "unknown-resource",
          `the files option names resource "${name}", which is not a table of the codebook; expected ${listText(resources.map((x) => x.name))}`,
        ),
      );
      continue;
    }
    if (typeof spec === "string") assigned.set(r.name, { resource: r, file, matchedBy: "option" });
    else {
      const { path: _path, ...own } = spec;
      assigned.set(r.name, { resource: r, file, matchedBy: "option", options: { ...readOptions(options), ...own } });
    }
    claimed.add(path.resolve(file));
  }
  const subdirs = [...new Set(resources.map((r) => path.dirname(r.path)).filter((d) => d !== "."))];
  const { tables: candidates, ignored } = listTableFiles(dir, subdirs);
  // The default files of resources given explicitly are set aside without a warning.
  for (const a of assigned.values()) {
    const names = new Set([a.resource.name.toLowerCase(), stem(a.resource.path)]);
    claimed.add(path.resolve(dir, a.resource.path));
    for (const f of candidates) if (names.has(stem(f))) claimed.add(path.resolve(f));
  }
  for (const r of resources) {
    if (assigned.has(r.name)) continue;
    const exact = path.join(dir, r.path);
    if (existsSync(exact) && statSync(exact).isFile()) {
      assigned.set(r.name, { resource: r, file: exact, matchedBy: "path" });
      claimed.add(path.resolve(exact));
      continue;
    }
    const names = new Set([r.name.toLowerCase(), stem(r.path)]);
    const hits = candidates.filter((f) => names.has(stem(f)) && !claimed.has(path.resolve(f)));
    if (hits.length === 1 && hits[0] !== undefined) {
      assigned.set(r.name, { resource: r, file: hits[0], matchedBy: "name" });
      claimed.add(path.resolve(hits[0]));
    } else if (hits.length > 1) {
      for (const h of hits) claimed.add(path.resolve(h));
      problems.push(
        problem(
          "error",
          dir,
          { value: r.name },
          "ambiguous-file",
          `${plural(hits.length, "file")} could hold resource "${r.name}" (${listText(
            hits.map((h) => path.basename(h)),
            "and",
          )}); keep one of them`,
        ),
      );
    }
  }
  const known = knownNames(codebook);
  for (const f of candidates) {
    if (claimed.has(path.resolve(f))) continue;
    const read = readTableFile(f, known, options);
    const match = matchByHeader(f, read, resources, (r) => !assigned.has(r.name));
    if (match.resource === null) {
      problems.push(problem("warning", f, {}, "unmatched-file", `the file was not used: ${match.reason}`));
      continue;
    }
    const other = assigned.get(match.resource.name);
    if (other !== undefined) {
      problems.push(
        problem(
          "warning",
          f,
          {},
          "unused-file",
          `the file looks like resource "${match.resource.name}", but that resource is read from ${other.file}; this file was not used`,
        ),
      );
      continue;
    }
    assigned.set(match.resource.name, { resource: match.resource, file: f, matchedBy: "header", read });
    problems.push(
      problem(
        "warning",
        f,
        {},
        "matched-by-header",
        `the file name does not name a resource; its header matched resource "${match.resource.name}"`,
      ),
    );
  }
  for (const r of resources) {
    if (assigned.has(r.name)) continue;
    if (REFERENCE_KINDS.has(r.kind ?? "")) {
      const fallback = path.join(codebook.dir, r.path);
      if (path.resolve(codebook.dir) !== path.resolve(dir) && existsSync(fallback)) {
        assigned.set(r.name, { resource: r, file: fallback, matchedBy: "codebook", options: {} });
        continue;
      }
    }
    problems.push(
      problem(
        "error",
        dir,
        { value: r.name },
        "missing-file",
        `no file for resource "${r.name}"${r.title === null ? "" : ` (${r.title})`}; expected ${r.path} or ${r.name}.csv / ${r.name}.xlsx in this folder`,
      ),
    );
  }
  const order = new Map(codebook.resources.map((r, i) => [r.name, i]));
  const assignments = [...assigned.values()].sort((a, b) => (order.get(a.resource.name) ?? 0) - (order.get(b.resource.name) ?? 0));
  return { assignments, ignored };
}

interface RunResult {
  readonly problems: Problem[];
  readonly checked: CheckedTable[];
  readonly files: FileInfo[];
  readonly skipped: SkippedCheck[];
}

function runChecks(codebook: Codebook, assignments: readonly Assignment[], options: DataOptions): RunResult {
  const problems: Problem[] = [];
  const checked: CheckedTable[] = [];
  const files: FileInfo[] = [];
  const known = knownNames(codebook);
  const onProgress = options.onProgress;
  let fileIndex = 0;
  for (const a of assignments) {
    fileIndex++;
    const at = { resource: a.resource.name, file: a.file, fileIndex, fileCount: assignments.length };
    onProgress?.({ stage: "read", ...at, rowsDone: 0, rowsTotal: 0 });
    const own = a.options ?? readOptions(options);
    const read = a.read ?? readTableFile(a.file, known, own);
    appendAll(problems, read.problems);
    let table: CheckedTable | null = null;
    if (read.table !== null) {
      const rowsTotal = read.table.rows.length;
      const progress =
        onProgress === undefined ? undefined : (rowsDone: number): void => onProgress({ stage: "check", ...at, rowsDone, rowsTotal });
      // The raw rows are not used after this check (consume: dropped row by row).
      table = checkTable(a.resource, read.table, own.decimalChar, progress, PROGRESS_ROWS, true);
      appendAll(problems, table.problems);
      checked.push(table);
    }
    files.push({
      resource: a.resource.name,
      path: a.file,
      matchedBy: a.matchedBy,
      sha256: read.info.sha256,
      size: read.info.size,
      format: read.info.format,
      encoding: read.info.encoding,
      delimiter: read.info.delimiter,
      decimalChar: table?.decimalChar ?? null,
      sheet: read.info.sheet,
      rowsRead: table?.rowsRead ?? 0,
      rowsAccepted: 0,
    });
  }
  onProgress?.({ stage: "cross-check", resource: null, file: null, rowsDone: 0, rowsTotal: 0, fileIndex, fileCount: assignments.length });
  const cross = crossCheck(checked, codebook.resources);
  appendAll(problems, cross.problems);
  // Data that fit the codebook but leave a statistic undefined (warnings naming cluster and round).
  appendAll(problems, degenerateWarnings(codebook, checked));
  const skipped = cross.skipped;
  // Rows accepted are known only after the checks across files.
  const final = files.map((f) => {
    const t = checked.find((c) => c.resource.name === f.resource);
    return { ...f, rowsAccepted: t === undefined ? 0 : t.rowErrors.filter((e) => !e).length };
  });
  const fileOrder = new Map(final.map((f, i) => [f.path, i]));
  const sorted = problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => {
      const fa = fileOrder.get(a.p.file) ?? -1;
      const fb = fileOrder.get(b.p.file) ?? -1;
      if (fa !== fb) return fa - fb;
      const la = a.p.line ?? 0;
      const lb = b.p.line ?? 0;
      if (la !== lb) return la - lb;
      return a.i - b.i;
    })
    .map((x) => x.p);
  return { problems: sorted, checked, files: final, skipped };
}

function summaryText(
  target: string,
  files: readonly FileInfo[],
  errors: number,
  warnings: number,
  skipped: readonly SkippedCheck[],
): string {
  const rows = files.reduce((s, f) => s + f.rowsRead, 0);
  const accepted = files.reduce((s, f) => s + f.rowsAccepted, 0);
  const verdict = errors === 0 ? "valid" : `NOT valid: ${plural(errors, "error")}`;
  let s = `${target}: ${verdict}; ${plural(files.length, "file")}, ${plural(rows, "row")} read, ${accepted} accepted, ${plural(warnings, "warning")}.`;
  if (skipped.length > 0) s += ` ${plural(skipped.length, "check")} across files could not be made (see checksSkipped).`;
  return s;
}

function resolveCodebook(fn: string, dir: string | undefined, dataTarget?: string): Codebook {
  try {
    return loadCodebook(dir ?? ownCodebookDir(dataTarget));
  } catch (e) {
    if (e instanceof DataError) throw new DataError(e.code, fn, e.message.replace(/^loadCodebook: /, ""), e.problems);
    throw e;
  }
}

/**
 * The codebook a data folder brings along: the folder itself when it holds a `datapackage.json`.
 * Used when no codebook folder is given, so that `validateData` and `loadDataset` (and with them
 * `npm run validate` and `npm run reproduce -- --data`) read the same codebook.
 */
export function ownCodebookDir(dataTarget: string | undefined): string | undefined {
  if (dataTarget === undefined) return undefined;
  try {
    return statSync(dataTarget).isDirectory() && existsSync(path.join(dataTarget, "datapackage.json")) ? dataTarget : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Validates data files against the codebook without throwing for problems in the data.
 *
 * Rules: a folder is treated like {@link loadDataset}'s `dataDir` (package layout or flat
 * folder; files matched to resources by path, by name, then by header; the codes and
 * axial-codes lists fall back to the codebook's own copies; every resource needs a file).
 * A single file is matched to its resource by name or header (or by `options.resource`), and
 * checked together with the codebook's reference lists; checks that need other files (e.g.
 * coded segments against the respondent file) are listed in `summary.checksSkipped`.
 * Every problem in every file is reported: header (unknown, missing, duplicate columns, with
 * "did you mean"), cells (type, integer, scale, minimum/maximum, enum, pattern, required,
 * round), rows (length, expected count, duplicates, foreign keys, focus-group sizes) and files
 * (empty, not a table, unreadable, unknown encoding or delimiter).
 *
 * @param target a data file or a folder of data files.
 * @param options codebook folder, delimiter, decimal separator, sheet, explicit files.
 * @returns `{ ok, errors, warnings, summary }`; `ok` is true when there are no errors.
 * @throws {DataError} NOT_FOUND when the target or the codebook does not exist; INVALID_CODEBOOK
 *   when the codebook is malformed (problems in the data never throw).
 * @example
 * const result = validateData("data/raw");
 * if (!result.ok) console.log(formatProblems(result.errors));
 * result.ok // true (the shipped data)
 */
export function validateData(target: string, options: ValidateOptions = {}): ValidationResult {
  const fn = "validateData";
  const codebook = resolveCodebook(fn, options.codebookDir, target);
  if (!existsSync(target)) throw new DataError("NOT_FOUND", fn, `${target} does not exist; expected a data file or a folder of data files`);
  const problems: Problem[] = [];
  let assignments: Assignment[];
  let ignored: string[] = [];
  if (statSync(target).isDirectory()) {
    const r = assignFolder(codebook, target, options, problems);
    assignments = r.assignments;
    ignored = r.ignored;
  } else {
    assignments = [];
    const resources = tabularResources(codebook);
    let resource: Resource | null = null;
    let matchedBy: MatchedBy = "name";
    let read: ReturnType<typeof readTableFile> | undefined;
    if (options.resource !== undefined) {
      resource = resources.find((r) => r.name === options.resource) ?? null;
      matchedBy = "option";
      if (resource === null) {
        throw new DataError(
          "NOT_FOUND",
          fn,
          `the resource option "${options.resource}" is not a table of the codebook; expected ${listText(resources.map((r) => r.name))}`,
        );
      }
    } else {
      const s = stem(target);
      resource = resources.find((r) => r.name.toLowerCase() === s || stem(r.path) === s) ?? null;
      if (resource === null) {
        read = readTableFile(target, knownNames(codebook), options);
        const m = matchByHeader(target, read, resources);
        resource = m.resource;
        matchedBy = "header";
        if (resource === null) {
          if (read.table === null) appendAll(problems, read.problems);
          else
            problems.push(
              problem(
                "error",
                target,
                {},
                "unmatched-file",
                `the file does not belong to any resource of the codebook: ${m.reason}. Name it after its resource (${listText(resources.map((r) => r.name))}) or give the resource option`,
              ),
            );
        } else {
          problems.push(
            problem(
              "warning",
              target,
              {},
              "matched-by-header",
              `the file name does not name a resource; its header matched resource "${resource.name}"`,
            ),
          );
        }
      }
    }
    if (resource !== null) {
      assignments.push(read === undefined ? { resource, file: target, matchedBy } : { resource, file: target, matchedBy, read });
      // Reference lists the file points to are taken from the codebook.
      for (const fk of resource.schema?.foreignKeys ?? []) {
        const ref = resources.find((r) => r.name === fk.reference.resource);
        if (ref !== undefined && ref !== resource && REFERENCE_KINDS.has(ref.kind ?? "")) {
          const file = path.join(codebook.dir, ref.path);
          if (existsSync(file) && !assignments.some((a) => a.resource === ref))
            assignments.push({ resource: ref, file, matchedBy: "codebook", options: {} });
        }
      }
    }
  }
  const run = runChecks(codebook, assignments, options);
  const all = [...problems, ...run.problems];
  const errors = all.filter((p) => p.severity === "error");
  const warnings = all.filter((p) => p.severity === "warning");
  const rowsRead = run.files.reduce((s, f) => s + f.rowsRead, 0);
  const rowsAccepted = run.files.reduce((s, f) => s + f.rowsAccepted, 0);
  const rowsWithErrors = run.checked.reduce((s, t) => s + t.rowErrors.filter(Boolean).length, 0);
  return Object.freeze({
    ok: errors.length === 0,
    errors: Object.freeze(errors),
    warnings: Object.freeze(warnings),
    summary: Object.freeze({
      target,
      codebook: codebook.path,
      files: Object.freeze(run.files),
      rowsRead,
      rowsAccepted,
      rowsWithErrors,
      errorCount: errors.length,
      warningCount: warnings.length,
      checksSkipped: Object.freeze(run.skipped),
      ignoredFiles: Object.freeze(ignored),
      text: summaryText(target, run.files, errors.length, warnings.length, run.skipped),
    }),
  });
}

function emptyTable(name: string): Table {
  return new Table(name, [], new Map(), []);
}

function toTable(t: CheckedTable): Table {
  const origins: RowOrigin[] = t.lines.map((line, k) => ({
    resource: t.resource.name,
    round: t.resource.round,
    file: t.file,
    line,
    row: t.rowNumbers[k] ?? 0,
  }));
  // The checked columns belong to this load alone: the table adopts them without a copy.
  return new Table(t.resource.name, t.schema.fields, t.columns, origins, ADOPT);
}

function combine(codebook: Codebook, kind: string, tables: ReadonlyMap<string, Table>): Table {
  const resources = codebook.resources.filter((r) => r.kind === kind && r.schema !== null);
  const first = resources[0];
  if (first === undefined || first.schema === null) return emptyTable(kind);
  const parts = resources.map((r) => tables.get(r.name)).filter((t): t is Table => t !== undefined);
  return Table.concat(kind, parts, first.schema.fields);
}

/**
 * Loads and validates the whole dataset described by the codebook.
 *
 * Rules: the codebook is read from `codebookDir` (default `data`, searched upwards); data files
 * from `dataDir` (default: the codebook folder), in the package layout or a flat folder (see
 * {@link validateData}). Files may be CSV (comma, semicolon or tab; UTF-8 with or without BOM,
 * UTF-16 or Windows-1252; decimal point or comma) or workbooks; the same data in any of these
 * forms gives identical tables. Missing-value tokens of the schema ("", "NA", "-99",
 * "weet niet") become `null`. When any file has an error, nothing is returned: a DataError
 * lists every problem. Otherwise the tables are returned with the warnings, a description of
 * every file (with its SHA-256) and an accounting of every row read.
 *
 * @param options codebook and data folders, explicit files, delimiter, decimal separator, sheet.
 * @returns the dataset.
 * @throws {DataError} INVALID_DATA with every problem (`error.problems`) when the data do not fit
 *   the codebook; NOT_FOUND when a folder does not exist; INVALID_CODEBOOK for a malformed codebook.
 * @example
 * const data = loadDataset();
 * data.respondents.rowCount                      // 51
 * data.respondents.numeric("werkplezier_1_post") // [5, 5, 4, …]
 * data.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256)) // true
 */
export function loadDataset(options: LoadOptions = {}): Dataset {
  const fn = "loadDataset";
  const codebook = resolveCodebook(fn, options.codebookDir, options.dataDir);
  const dataDir = options.dataDir ?? codebook.dir;
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    throw new DataError("NOT_FOUND", fn, `the data folder ${dataDir} does not exist; expected a folder with the data files`);
  }
  const problems: Problem[] = [];
  const { assignments } = assignFolder(codebook, dataDir, options, problems);
  const run = runChecks(codebook, assignments, options);
  const all = [...problems, ...run.problems];
  const errors = all.filter((p) => p.severity === "error");
  const warnings = all.filter((p) => p.severity === "warning");
  if (errors.length > 0) {
    const max = 50;
    const list = errors.slice(0, max).map((p) => `  - ${p.message}`);
    if (errors.length > max) list.push(`  … and ${errors.length - max} more (see error.problems)`);
    throw new DataError(
      "INVALID_DATA",
      fn,
      `the data do not fit the codebook: ${plural(errors.length, "error")}${warnings.length > 0 ? ` and ${plural(warnings.length, "warning")}` : ""}:\n${list.join("\n")}`,
      all,
    );
  }
  const tables = new Map<string, Table>();
  for (const t of run.checked) tables.set(t.resource.name, toTable(t));
  const accounting: AccountingEntry[] = run.checked.map((t) => ({
    resource: t.resource.name,
    file: t.file,
    rowsRead: t.rowsRead,
    rowsAnalysed: t.lines.length,
    excluded: Object.freeze([...t.excluded]),
  }));
  return Object.freeze({
    codebook,
    synthetic: codebook.synthetic,
    respondents: combine(codebook, "respondents", tables),
    coding: combine(codebook, "coding", tables),
    focusGroups: combine(codebook, "focusgroups", tables),
    codes: combine(codebook, "codes", tables),
    axialCodes: combine(codebook, "axial-codes", tables),
    tables,
    warnings: Object.freeze(warnings),
    files: Object.freeze(run.files),
    accounting: Object.freeze(accounting),
  });
}
