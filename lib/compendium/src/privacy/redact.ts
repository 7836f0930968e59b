/**
 * Redaction of personal data in the free-text fields of a whole dataset, applied before anything
 * is shown or written unless the user explicitly allows publishing flagged text.
 * @module privacy/redact
 */
import type { Dataset } from "../data/dataset.js";
import { Table } from "../data/table.js";
import { findPersonalData, redactFreeText } from "./free-text.js";

/** Result of {@link redactDataset}. */
export interface RedactedDataset {
  readonly dataset: Dataset;
  /** Number of text values changed. */
  readonly redacted: number;
}

function redactTable(table: Table): { table: Table; redacted: number } {
  let redacted = 0;
  const columns = new Map<string, readonly (string | number | null)[]>();
  for (const f of table.fields) {
    const values = table.column(f.name);
    if (!f.freeText || f.type !== "string") {
      columns.set(f.name, values);
      continue;
    }
    columns.set(
      f.name,
      values.map((v) => {
        if (typeof v !== "string" || findPersonalData(v).length === 0) return v;
        redacted++;
        return redactFreeText(v);
      }),
    );
  }
  return { table: redacted === 0 ? table : new Table(table.name, table.fields, columns, table.origins), redacted };
}

/**
 * Replaces e-mail addresses, phone numbers, postcodes and URLs in every free-text field
 * (`freeText: true` in the codebook) by placeholders. Tables without findings are kept as they are.
 * @example redactDataset(loadDataset()).redacted // 0 (the shipped data)
 */
export function redactDataset(ds: Dataset): RedactedDataset {
  let total = 0;
  // Count the values of the combined tables once; the per-resource tables hold the same rows.
  const main = (t: Table): Table => {
    const r = redactTable(t);
    total += r.redacted;
    return r.table;
  };
  const respondents = main(ds.respondents);
  const coding = main(ds.coding);
  const focusGroups = main(ds.focusGroups);
  if (total === 0) return { dataset: ds, redacted: 0 };
  const tables = new Map([...ds.tables.entries()].map(([k, t]) => [k, redactTable(t).table] as const));
  return { dataset: { ...ds, tables, respondents, coding, focusGroups }, redacted: total };
}
