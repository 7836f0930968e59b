/**
 * Reading and writing Jupyter notebooks (nbformat 4) exactly as Jupyter's own `nbformat`
 * Python package writes them, so that an executed notebook is byte-identical from run to
 * run and diffs cleanly against one written by JupyterLab or nbclient:
 *
 * - multi-line strings (cell sources, stream text, `text/*`, `image/svg+xml` and
 *   `application/javascript` data) are split into lists of lines, keeping line ends, as
 *   Python's `str.splitlines(True)` does;
 * - keys are sorted (by code point), indentation is one space, `", "`/`": "` separators,
 *   non-ASCII characters written as is, and the file ends with a newline;
 * - transient keys are dropped (`metadata.orig_nbformat`, `metadata.signature`,
 *   `cell.metadata.trusted`).
 *
 * In memory, multi-line strings are always joined (`string`), as nbformat's reader does.
 *
 * Reference: https://nbformat.readthedocs.io/en/latest/format_description.html and
 * nbformat/v4/rwbase.py, nbformat/v4/nbjson.py (BSD-3-Clause).
 *
 * @module runner/nbformat
 */
import { readFile } from "node:fs/promises";
import { NotebookError } from "./errors.js";
import type { JsonObject, JsonValue } from "./wire.js";

/** A MIME bundle: MIME type → data (string, or JSON for `application/json`, `*+json`). */
export type MimeBundle = { [mime: string]: JsonValue };

/** An nbformat 4 `stream` output. */
export interface StreamOutput {
  output_type: "stream";
  name: "stdout" | "stderr";
  text: string;
}

/** An nbformat 4 `display_data` output. */
export interface DisplayDataOutput {
  output_type: "display_data";
  data: MimeBundle;
  metadata: JsonObject;
}

/** An nbformat 4 `execute_result` output. */
export interface ExecuteResultOutput {
  output_type: "execute_result";
  execution_count: number | null;
  data: MimeBundle;
  metadata: JsonObject;
}

/** An nbformat 4 `error` output. */
export interface ErrorOutput {
  output_type: "error";
  ename: string;
  evalue: string;
  traceback: string[];
}

/** Any nbformat 4 output. */
export type Output = StreamOutput | DisplayDataOutput | ExecuteResultOutput | ErrorOutput;

interface CellBase {
  /** Cell id (nbformat ≥ 4.5). */
  id?: string;
  source: string;
  metadata: JsonObject;
}

/** A code cell. */
export interface CodeCell extends CellBase {
  cell_type: "code";
  execution_count: number | null;
  outputs: Output[];
}

/** A markdown cell. */
export interface MarkdownCell extends CellBase {
  cell_type: "markdown";
  attachments?: { [name: string]: MimeBundle };
}

/** A raw cell. */
export interface RawCell extends CellBase {
  cell_type: "raw";
  attachments?: { [name: string]: MimeBundle };
}

/** Any cell. */
export type Cell = CodeCell | MarkdownCell | RawCell;

/** An nbformat 4 notebook, with multi-line strings joined. */
export interface Notebook {
  nbformat: 4;
  nbformat_minor: number;
  metadata: JsonObject;
  cells: Cell[];
}

/** Line boundaries of Python's `str.splitlines`. */
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;

/**
 * Splits text into lines that keep their line ends, like Python's `str.splitlines(True)`
 * (which nbformat uses): `"a\nb"` → `["a\n", "b"]`, `""` → `[]`.
 */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (const match of text.matchAll(LINE_BREAK)) {
    const end = (match.index ?? 0) + match[0].length;
    lines.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/** Joins a multi-line string as stored on disk (`string | string[]`). */
function joinLines(value: unknown, where: string, notebook: string): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((v): v is string => typeof v === "string")) return value.join("");
  throw new NotebookError("INVALID_NOTEBOOK", { notebook }, `${notebook}: ${where} must be a string or a list of strings`);
}

function isJsonMime(mime: string): boolean {
  return mime === "application/json" || (mime.startsWith("application/") && mime.endsWith("+json"));
}

/** MIME types nbformat splits into lines besides `text/*`. */
const NON_TEXT_SPLIT = new Set(["application/javascript", "image/svg+xml"]);

function rejoinBundle(bundle: unknown, where: string, notebook: string): MimeBundle {
  if (typeof bundle !== "object" || bundle === null || Array.isArray(bundle)) {
    throw new NotebookError("INVALID_NOTEBOOK", { notebook }, `${notebook}: ${where} must be a MIME bundle object`);
  }
  const out: MimeBundle = {};
  for (const [mime, value] of Object.entries(bundle as JsonObject)) {
    out[mime] = !isJsonMime(mime) && Array.isArray(value) && value.every((v) => typeof v === "string") ? value.join("") : value;
  }
  return out;
}

function splitBundle(bundle: MimeBundle): { [mime: string]: JsonValue } {
  const out: { [mime: string]: JsonValue } = {};
  for (const [mime, value] of Object.entries(bundle)) {
    out[mime] = typeof value === "string" && (mime.startsWith("text/") || NON_TEXT_SPLIT.has(mime)) ? splitLines(value) : value;
  }
  return out;
}

function asObject(value: unknown): JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonObject) : {};
}

function parseOutput(raw: unknown, where: string, notebook: string): Output {
  const o = asObject(raw);
  switch (o.output_type) {
    case "stream":
      return {
        output_type: "stream",
        name: o.name === "stderr" ? "stderr" : "stdout",
        text: joinLines(o.text, `${where}.text`, notebook),
      };
    case "display_data":
      return { output_type: "display_data", data: rejoinBundle(o.data, `${where}.data`, notebook), metadata: asObject(o.metadata) };
    case "execute_result":
      return {
        output_type: "execute_result",
        execution_count: typeof o.execution_count === "number" ? o.execution_count : null,
        data: rejoinBundle(o.data, `${where}.data`, notebook),
        metadata: asObject(o.metadata),
      };
    case "error":
      return {
        output_type: "error",
        ename: String(o.ename ?? ""),
        evalue: String(o.evalue ?? ""),
        traceback: Array.isArray(o.traceback) ? o.traceback.map(String) : [],
      };
    default:
      throw new NotebookError(
        "INVALID_NOTEBOOK",
        { notebook },
        `${notebook}: ${where} has unknown output_type ${JSON.stringify(o.output_type)}`,
      );
  }
}

/**
 * Parses notebook JSON (nbformat 4): joins multi-line strings and checks the structure.
 *
 * @param text - the file's content.
 * @param name - the notebook's name or path, for error messages.
 * @throws {NotebookError} `INVALID_NOTEBOOK` when the text is not JSON or not nbformat 4.
 */
export function parseNotebook(text: string, name = "notebook"): Notebook {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new NotebookError(
      "INVALID_NOTEBOOK",
      { notebook: name },
      `${name} is not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
  const nb = asObject(raw);
  if (nb.nbformat !== 4) {
    throw new NotebookError(
      "INVALID_NOTEBOOK",
      { notebook: name },
      `${name}: expected nbformat 4, found ${JSON.stringify(nb.nbformat ?? null)}`,
    );
  }
  if (!Array.isArray(nb.cells)) {
    throw new NotebookError("INVALID_NOTEBOOK", { notebook: name }, `${name}: "cells" must be a list`);
  }
  const cells: Cell[] = nb.cells.map((rawCell, index): Cell => {
    const c = asObject(rawCell);
    const where = `cells[${index}]`;
    const base: CellBase = { source: joinLines(c.source ?? "", `${where}.source`, name), metadata: asObject(c.metadata) };
    if (typeof c.id === "string") base.id = c.id;
    switch (c.cell_type) {
      case "code":
        return {
          ...base,
          cell_type: "code",
          execution_count: typeof c.execution_count === "number" ? c.execution_count : null,
          outputs: Array.isArray(c.outputs) ? c.outputs.map((o, i) => parseOutput(o, `${where}.outputs[${i}]`, name)) : [],
        };
      case "markdown":
      case "raw": {
        const cell: MarkdownCell | RawCell = { ...base, cell_type: c.cell_type };
        if (c.attachments !== undefined) {
          const attachments: { [n: string]: MimeBundle } = {};
          for (const [k, v] of Object.entries(asObject(c.attachments))) attachments[k] = rejoinBundle(v, `${where}.attachments.${k}`, name);
          cell.attachments = attachments;
        }
        return cell;
      }
      default:
        throw new NotebookError(
          "INVALID_NOTEBOOK",
          { notebook: name },
          `${name}: ${where} has unknown cell_type ${JSON.stringify(c.cell_type)}`,
        );
    }
  });
  return {
    nbformat: 4,
    nbformat_minor: typeof nb.nbformat_minor === "number" ? nb.nbformat_minor : 0,
    metadata: asObject(nb.metadata),
    cells,
  };
}

/** Reads and parses a notebook file. @throws {NotebookError} `INVALID_NOTEBOOK`. */
export async function readNotebook(path: string): Promise<Notebook> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (cause) {
    throw new NotebookError(
      "INVALID_NOTEBOOK",
      { notebook: path },
      `cannot read ${path}: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
  return parseNotebook(text, path);
}

/** The on-disk JSON form: split lines, transient keys dropped. */
function toJsonValue(nb: Notebook): JsonObject {
  const metadata: JsonObject = { ...nb.metadata };
  delete metadata.orig_nbformat;
  delete metadata.orig_nbformat_minor;
  delete metadata.signature;
  const cells: JsonValue[] = nb.cells.map((cell) => {
    const cellMetadata: JsonObject = { ...cell.metadata };
    delete cellMetadata.trusted;
    const out: JsonObject = { cell_type: cell.cell_type, metadata: cellMetadata, source: splitLines(cell.source) };
    if (cell.id !== undefined) out.id = cell.id;
    if (cell.cell_type === "code") {
      out.execution_count = cell.execution_count;
      out.outputs = cell.outputs.map((o): JsonObject => {
        switch (o.output_type) {
          case "stream":
            return { output_type: "stream", name: o.name, text: splitLines(o.text) };
          case "display_data":
            return { output_type: "display_data", data: splitBundle(o.data), metadata: o.metadata };
          case "execute_result":
            return { output_type: "execute_result", execution_count: o.execution_count, data: splitBundle(o.data), metadata: o.metadata };
          case "error":
            return { output_type: "error", ename: o.ename, evalue: o.evalue, traceback: o.traceback };
          default: {
            // Unreachable: parseNotebook admits only the four output types above.
            const unknown: never = o;
            throw new Error(`serializeNotebook: unknown output type in ${JSON.stringify(unknown)}`);
          }
        }
      });
    } else if (cell.attachments !== undefined) {
      const attachments: JsonObject = {};
      for (const [k, v] of Object.entries(cell.attachments)) attachments[k] = splitBundle(v);
      out.attachments = attachments;
    }
    return out;
  });
  return { cells, metadata, nbformat: nb.nbformat, nbformat_minor: nb.nbformat_minor };
}

/** Compares strings by Unicode code point, as Python's `sorted` does. */
function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const ca = ia.next();
    const cb = ib.next();
    if (ca.done === true) return cb.done === true ? 0 : -1;
    if (cb.done === true) return 1;
    const d = (ca.value.codePointAt(0) ?? 0) - (cb.value.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
}

/**
 * Formats a number as Python's `json.dumps` does for the value it would have read: integers
 * as integers; other numbers with `repr(float)`, which uses exponent notation below 1e-4
 * (`1e-05`, where JavaScript writes `0.00001`) and two-digit exponents (`1e-07`, not
 * `1e-7`). An integral float (`2.0`) cannot be told apart from an integer once parsed in
 * JavaScript and is written `2`.
 */
export function pythonJsonNumber(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`cannot write ${x} to JSON`);
  if (Number.isInteger(x)) return Math.abs(x) < 1e21 ? String(x) : BigInt(x).toString();
  const [mantissa, e] = x.toExponential().split("e") as [string, string];
  const exp = Number(e);
  // Both languages write the shortest round-trip digits; they differ only in when they
  // switch to exponent notation (Python below 1e-4, JavaScript below 1e-6) and in the
  // exponent's width. Non-integers never reach 1e16, where Python switches upwards.
  if (exp >= -4) return String(x);
  return `${mantissa}e-${String(-exp).padStart(2, "0")}`;
}

/** Escapes a string as Python's `json.dumps(ensure_ascii=False)` does. */
function formatString(s: string): string {
  // JSON.stringify escapes the same characters (", \, control characters < 0x20 with the
  // same short forms \b \f \n \r \t and lowercase \u00xx) and additionally lone surrogates,
  // which Python could not write as UTF-8 anyway.
  return JSON.stringify(s);
}

function write(value: JsonValue, indent: string, out: string[]): void {
  if (value === null) out.push("null");
  else if (typeof value === "boolean") out.push(value ? "true" : "false");
  else if (typeof value === "number") out.push(pythonJsonNumber(value));
  else if (typeof value === "string") out.push(formatString(value));
  else if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push("[]");
      return;
    }
    const inner = `${indent} `;
    out.push("[\n");
    value.forEach((v, i) => {
      out.push(inner);
      write(v, inner, out);
      out.push(i < value.length - 1 ? ",\n" : "\n");
    });
    out.push(indent, "]");
  } else {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort(compareCodePoints);
    if (keys.length === 0) {
      out.push("{}");
      return;
    }
    const inner = `${indent} `;
    out.push("{\n");
    keys.forEach((k, i) => {
      out.push(inner, formatString(k), ": ");
      write(value[k] as JsonValue, inner, out);
      out.push(i < keys.length - 1 ? ",\n" : "\n");
    });
    out.push(indent, "}");
  }
}

/** Serialises any JSON value with sorted keys and one-space indentation, like nbformat. */
export function stringifyJupyterJson(value: JsonValue): string {
  const out: string[] = [];
  write(value, "", out);
  return out.join("");
}

/** Serialises a notebook exactly as Jupyter's `nbformat.write` would, with trailing newline. */
export function serializeNotebook(nb: Notebook): string {
  return `${stringifyJupyterJson(toJsonValue(nb))}\n`;
}

/** A deep copy of a notebook. */
export function cloneNotebook(nb: Notebook): Notebook {
  return structuredClone(nb);
}

/** The first non-blank line of a cell's source (trimmed, at most `max` characters). */
export function firstLine(source: string, max = 80): string {
  const line =
    source
      .split(/\r?\n/)
      .find((l) => l.trim() !== "")
      ?.trim() ?? "";
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
