/**
 * A validated table with typed columns: numeric fields as `(number | null)[]`, string fields as
 * `(string | null)[]`, `null` for a missing value. Every row remembers where it came from.
 *
 * @module data/table
 */
import type { Field } from "./codebook.js";
import { DataError } from "./errors.js";
import { listText, suggest } from "./text.js";

/** A row as a plain object, keyed by field name. */
export type Row = Readonly<Record<string, string | number | null>>;

/** Where a row of a table comes from. */
export interface RowOrigin {
  /** Resource name, e.g. `respondents-2019-20`. */
  readonly resource: string;
  /** Round of the resource, or `null`. */
  readonly round: string | null;
  readonly file: string;
  /** Physical line in the file (the header is line 1). */
  readonly line: number;
  /** Data row in the file (1-based). */
  readonly row: number;
}

/**
 * Passed by the data family's own code when it hands a Table arrays that nobody else holds (they
 * are frozen in place instead of copied). Internal: not exported from the package.
 */
export const ADOPT: unique symbol = Symbol("adopt");

/**
 * A table of typed columns. Create tables with `loadDataset`; methods never change a table.
 *
 * @example
 * const { respondents } = loadDataset();
 * respondents.rowCount                     // 51
 * respondents.numeric("werkplezier_1_pre") // [5, 5, 3, 4, …]
 * respondents.text("sector")               // ["vo", "vo", "vo", …]
 */
export class Table {
  /** Name of the table: the resource kind (`respondents`) or resource name. */
  readonly name: string;
  readonly fields: readonly Field[];
  readonly rowCount: number;
  /** Where each row comes from (same order as the rows). */
  readonly origins: readonly RowOrigin[];
  readonly #columns: ReadonlyMap<string, readonly (string | number | null)[]>;

  /**
   * Builds a table from typed columns (each as long as `origins`).
   *
   * @param name table name.
   * @param fields the fields, in codebook order.
   * @param columns values per field name.
   * @param origins the origin of each row.
   * @throws {DataError} INVALID_ARGUMENT when a column is missing or has the wrong length.
   * @example
   * const { respondents } = loadDataset();
   * const t = new Table("t", [respondents.field("fte")], new Map([["fte", [0.8, null]]]), respondents.origins.slice(0, 2));
   * t.numeric("fte") // [0.8, null]
   */
  constructor(
    name: string,
    fields: readonly Field[],
    columns: ReadonlyMap<string, readonly (string | number | null)[]>,
    origins: readonly RowOrigin[],
    adopt?: typeof ADOPT,
  ) {
    // Columns are copied so that the caller cannot change the table afterwards; the loader hands
    // over arrays nobody else holds (ADOPT, internal) and they are frozen in place: at a million
    // rows a copy of every column is hundreds of MB.
    const own = adopt === ADOPT;
    this.name = name;
    this.fields = Object.freeze([...fields]);
    this.origins = Object.freeze(own ? (origins as RowOrigin[]) : [...origins]);
    this.rowCount = origins.length;
    const frozen = new Map<string, readonly (string | number | null)[]>();
    for (const f of fields) {
      const col = columns.get(f.name);
      if (col === undefined || col.length !== this.rowCount) {
        throw new DataError("INVALID_ARGUMENT", "Table", `column "${f.name}" has ${col?.length ?? "no"} values; expected ${this.rowCount}`);
      }
      frozen.set(f.name, Object.freeze(own ? (col as (string | number | null)[]) : [...col]));
    }
    this.#columns = frozen;
  }

  /** Names of the fields, in codebook order. */
  get fieldNames(): readonly string[] {
    return this.fields.map((f) => f.name);
  }

  /**
   * The codebook's description of a field.
   *
   * @param name field name.
   * @returns the field.
   * @throws {DataError} UNKNOWN_FIELD with a "did you mean" suggestion.
   * @example
   * const { respondents } = loadDataset();
   * respondents.field("fte").type // "number"
   */
  field(name: string): Field {
    const f = this.fields.find((x) => x.name === name);
    if (f === undefined) {
      const s = suggest(name, this.fieldNames);
      throw new DataError(
        "UNKNOWN_FIELD",
        `${this.name}.field`,
        `table "${this.name}" has no field "${name}"${s === null ? "" : ` (did you mean "${s}"?)`}`,
      );
    }
    return f;
  }

  /**
   * Whether the table has a field.
   *
   * @param name field name.
   * @returns true when the field exists.
   * @throws never.
   * @example
   * const { respondents } = loadDataset();
   * respondents.has("fte") // true
   */
  has(name: string): boolean {
    return this.#columns.has(name);
  }

  /**
   * The values of a numeric (integer or number) field, `null` for missing.
   *
   * @param name field name.
   * @returns the column.
   * @throws {DataError} UNKNOWN_FIELD; WRONG_TYPE for a string field.
   * @example
   * const { respondents } = loadDataset();
   * respondents.numeric("fte") // [0.8, 1, 0.5, 0.8, …]
   */
  numeric(name: string): readonly (number | null)[] {
    const f = this.field(name);
    if (f.type === "string") {
      throw new DataError("WRONG_TYPE", `${this.name}.numeric`, `field "${name}" is text (type string); use text("${name}")`);
    }
    return this.#columns.get(name) as readonly (number | null)[];
  }

  /**
   * The values of a string field, `null` for missing.
   *
   * @param name field name.
   * @returns the column.
   * @throws {DataError} UNKNOWN_FIELD; WRONG_TYPE for a numeric field.
   * @example
   * const { respondents } = loadDataset();
   * respondents.text("sector") // ["vo", "vo", "vo", …]
   */
  text(name: string): readonly (string | null)[] {
    const f = this.field(name);
    if (f.type !== "string") {
      throw new DataError("WRONG_TYPE", `${this.name}.text`, `field "${name}" is numeric (type ${f.type}); use numeric("${name}")`);
    }
    return this.#columns.get(name) as readonly (string | null)[];
  }

  /**
   * The values of any field.
   *
   * @param name field name.
   * @returns the column (numbers or strings, `null` for missing).
   * @throws {DataError} UNKNOWN_FIELD.
   * @example
   * const { respondents } = loadDataset();
   * respondents.column("round") // ["2019-20", "2019-20", …]
   */
  column(name: string): readonly (string | number | null)[] {
    this.field(name);
    return this.#columns.get(name) ?? [];
  }

  /**
   * The rows as plain objects keyed by field name (a new array on every call).
   *
   * @returns the rows.
   * @throws never.
   * @example
   * const { respondents } = loadDataset();
   * respondents.rows()[0] // { respondent: "R19-01", round: "2019-20", … }
   */
  rows(): Row[] {
    const out: Row[] = [];
    // Objects built key by key with some 50 fields fall into V8's slow dictionary mode (about 3 KB
    // a row: a million rows exhaust the heap); built from entries they keep a shared shape (about
    // 450 bytes a row).
    const columns = this.fields.map((f) => this.#columns.get(f.name) ?? []);
    const entries: [string, string | number | null][] = this.fields.map((f) => [f.name, null]);
    for (let i = 0; i < this.rowCount; i++) {
      for (let j = 0; j < entries.length; j++)
        (entries[j] as [string, string | number | null])[1] = (columns[j] as readonly (string | number | null)[])[i] ?? null;
      out.push(Object.freeze(Object.fromEntries(entries)) as Row);
    }
    return out;
  }

  /**
   * A new table with the rows for which `keep` returns true (origins kept).
   *
   * @param keep predicate on the row object and its index.
   * @returns the filtered table.
   * @throws never.
   * @example
   * const { respondents } = loadDataset();
   * respondents.filter((r) => r["round"] === "2020-21").rowCount // 20
   */
  filter(keep: (row: Row, index: number) => boolean): Table {
    const rows = this.rows();
    const idx: number[] = [];
    rows.forEach((r, i) => {
      if (keep(r, i)) idx.push(i);
    });
    const cols = new Map<string, (string | number | null)[]>();
    for (const f of this.fields) {
      const col = this.#columns.get(f.name) ?? [];
      cols.set(
        f.name,
        idx.map((i) => col[i] ?? null),
      );
    }
    return new Table(
      this.name,
      this.fields,
      cols,
      idx.map((i) => this.origins[i]).filter((o): o is RowOrigin => o !== undefined),
    );
  }

  /**
   * Tables stacked in order (all must have the same fields).
   *
   * @param name name of the result.
   * @param tables the tables.
   * @param fields the fields of the result (needed when `tables` is empty).
   * @returns the combined table.
   * @throws {DataError} INVALID_ARGUMENT when the tables' fields differ.
   * @example
   * const { respondents } = loadDataset();
   * const round1 = respondents.filter((r) => r["round"] === "2019-20");
   * const round2 = respondents.filter((r) => r["round"] === "2020-21");
   * Table.concat("respondents", [round1, round2], round1.fields).rowCount // 51 (31 + 20)
   */
  static concat(name: string, tables: readonly Table[], fields: readonly Field[]): Table {
    const names = fields.map((f) => f.name);
    for (const t of tables) {
      if (t.fieldNames.join("\u0000") !== names.join("\u0000")) {
        throw new DataError(
          "INVALID_ARGUMENT",
          "Table.concat",
          `table "${t.name}" has fields ${listText(t.fieldNames, "and")}; expected ${listText(names, "and")}`,
        );
      }
    }
    // Plain loops into arrays of the final size (a million rows: flatMap with spreads copies twice).
    const total = tables.reduce((sum, t) => sum + t.rowCount, 0);
    const cols = new Map<string, (string | number | null)[]>();
    for (const n of names) {
      const out = new Array<string | number | null>(total);
      let k = 0;
      for (const t of tables) {
        const col = t.column(n);
        for (let i = 0; i < col.length; i++) out[k++] = col[i] ?? null;
      }
      cols.set(n, out);
    }
    const origins: RowOrigin[] = [];
    for (const t of tables) for (const o of t.origins) origins.push(o);
    return new Table(name, fields, cols, origins, ADOPT);
  }
}
