/**
 * Explanations of count-table findings (English).
 * @module audit/engine/explain/count-table
 */

/** The table's totals against its cells. `columnFails` names each failing column as the table prints it. */
export function countTableExplained(a: {
  consistent: boolean;
  table: string;
  rowsOk: boolean;
  columnFails: readonly { name: string; cellSum: number; printed: number | null }[];
  grand: { cellSum: number; printed: number } | null;
  textRepeats: boolean;
}): string {
  if (a.consistent) return `Every row, column and grand total of ${a.table} equals the sum of its cells.`;
  return `We added up ${a.table}. ${a.rowsOk ? "Every row total is right, but " : ""}${a.columnFails
    .map((l) => `the ${l.name} column adds up to ${l.cellSum}, not the printed ${l.printed}`)
    .join(
      ", and ",
    )}${a.grand !== null ? `, and all cells together give ${a.grand.cellSum}, not the printed ${a.grand.printed}` : ""}. Either a row is missing from the printed table or the totals are wrong${
    a.textRepeats ? "; the text repeats the total, so it inherits the problem" : ""
  }. The individual counts themselves are not in doubt.`;
}

/**
 * Whether one missing row explains every failing total. `row` is the hypothetical row per column
 * ("6 for \"jou\""), `only` the single column with mentions (its position and the question it
 * stands for), or null.
 */
export function missingRowExplained(a: {
  explains: boolean;
  table: string;
  row: string;
  rowTotal: number;
  only: { readonly ordinal: string; readonly question: string | null } | null;
}): { reason: string; plain: string } {
  const where =
    a.only === null ? "" : `, all in answer to the ${a.only.ordinal} question${a.only.question === null ? "" : ` ("${a.only.question}")`}`;
  return {
    reason: a.explains
      ? `One extra row ${a.row} added to the printed cells makes every row, column and grand total of ${a.table} add up.`
      : `No single extra row makes every total of ${a.table} add up.`,
    plain: a.explains
      ? `The mismatches follow one simple pattern: one row with ${a.rowTotal} mentions${where}, would make every total right, including the grand total. So a label may have dropped out of the printed table while its mentions stayed in the totals. This is an explanation, not a proof; the article does not say.`
      : `The mismatches cannot be explained by one missing row, so more than one number in the table must be off.`,
  };
}
