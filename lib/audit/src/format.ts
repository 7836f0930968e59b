/**
 * Plain-text tables and JSON for audit results.
 *
 * @module audit/format
 */
import type { TextAudit } from "./extract.js";
import type { SummaryRowAudit } from "./summary-table.js";

/**
 * Lays out a table of strings as aligned plain text, with a dashed rule under the header.
 *
 * Rule: every column is padded to the width (in code points) of its widest cell; columns are
 * separated by two spaces; the first row is the header.
 *
 * @param rows The header row followed by the body rows.
 * @returns The table as text, without a trailing newline.
 * @throws Never.
 * @example formatAuditTable([["a", "bb"], ["ccc", "d"]]) // "a    bb\n---  --\nccc  d"
 *
 * Reference: none (presentation). Validated by test/audit/cli.test.ts.
 */
export function formatAuditTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, [...cell].length);
    });
  const line = (row: readonly string[]): string =>
    row
      .map((cell, i) => cell + " ".repeat((widths[i] ?? 0) - [...cell].length))
      .join("  ")
      .trimEnd();
  const out = rows.map(line);
  if (out.length > 0) out.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  return out.join("\n");
}

function shorten(s: string, max: number): string {
  return [...s].length <= max ? s : `${[...s].slice(0, max - 1).join("")}…`;
}

function pText(p: number): string {
  if (!Number.isFinite(p)) return "-";
  if (p < 0.0001) return p.toExponential(1);
  return p.toFixed(4);
}

/**
 * The report of a text audit: one table row per result found, then the reason for each.
 *
 * @param audit The result of {@link auditText}.
 * @param source The file name shown in the heading.
 * @returns Text ready for a terminal.
 * @throws Never.
 * @example formatTextAudit(auditText("t(48) = 1.02, p < .05"), "paper.txt").split("\n")[0] // "paper.txt: 1 test result found."
 *
 * Reference: none (presentation). Validated by the CLI tests (test/audit/cli.test.ts).
 */
export function formatTextAudit(audit: TextAudit, source: string): string {
  const n = audit.entries.length;
  const head = `${source}: ${n} test result${n === 1 ? "" : "s"} found${audit.oneTailedInText ? " (the text mentions one-sided testing)" : ""}.`;
  const u = audit.unchecked.length;
  const unchecked =
    u === 0
      ? ""
      : `\n${u} mean${u === 1 ? "" : "s"} found but not checked: means need the CSV form (a .csv file with columns id,mean,sd,n and optionally items,min,max; run the audit on that file for GRIM, GRIMMER and the scale bounds):\n${audit.unchecked
          .map((d) => `- (line ${d.line}) ${d.raw}  →  ${d.csvLine}`)
          .join("\n")}\n`;
  if (n === 0) return `${head}\n${unchecked}`;
  const rows: string[][] = [["#", "Line", "Result as printed", "Recomputed p", "Verdict", "Decision error"]];
  audit.entries.forEach((e, i) => {
    rows.push([
      String(i + 1),
      String(e.extracted.line),
      shorten(e.extracted.raw, 48),
      pText(e.check.details.computedP),
      e.check.verdict,
      e.check.details.decisionError ? "yes" : "",
    ]);
  });
  const reasons = audit.entries.map((e, i) => `${i + 1}. (line ${e.extracted.line}) ${e.check.reason}`);
  return `${head}\n\n${formatAuditTable(rows)}\n\n${reasons.join("\n")}\n${unchecked}`;
}

/**
 * The report of a summary-table audit: one row per line of the CSV with the verdict of each
 * check, then the reasons.
 *
 * @param audits The row audits ({@link auditSummaryRow}).
 * @param source The file name shown in the heading.
 * @returns Text ready for a terminal.
 * @throws Never.
 * @example
 * const rows = parseSummaryTable("id;mean;sd;n\nA;5,19;;28\nB;5,19;;32", "table.csv");
 * formatSummaryAudit(rows.map(auditSummaryRow), "table.csv").split("\n")[0] // "table.csv: 2 rows checked."
 *
 * Reference: none (presentation). Validated by the CLI tests (test/audit/cli.test.ts).
 */
export function formatSummaryAudit(audits: readonly SummaryRowAudit[], source: string): string {
  const head = `${source}: ${audits.length} row${audits.length === 1 ? "" : "s"} checked.`;
  if (audits.length === 0) return `${head}\n`;
  const rows: string[][] = [["Line", "id", "Mean", "SD", "n", "GRIM", "GRIMMER", "Scale"]];
  const reasons: string[] = [];
  for (const a of audits) {
    rows.push([
      String(a.row.line),
      a.row.id,
      a.row.mean,
      a.row.sd,
      a.row.n + (a.row.items.trim() !== "" && a.row.items.trim() !== "1" ? ` × ${a.row.items}` : ""),
      a.grim?.verdict ?? "-",
      a.grimmer?.verdict ?? "-",
      a.scale?.verdict ?? "-",
    ]);
    const parts: string[] = [];
    if (a.grim !== null) parts.push(`GRIM: ${a.grim.reason}`);
    if (a.grimmer !== null) parts.push(`GRIMMER: ${a.grimmer.reason}`);
    if (a.scale !== null) parts.push(`Scale: ${a.scale.reason}`);
    for (const note of a.notes) parts.push(`Note: ${note}`);
    reasons.push(`${a.row.id || `line ${a.row.line}`} (line ${a.row.line})\n  ${parts.join("\n  ")}`);
  }
  return `${head}\n\n${formatAuditTable(rows)}\n\n${reasons.join("\n")}\n`;
}

/**
 * Serializes audit results as indented JSON.
 *
 * Rule: like JSON.stringify with two-space indentation, except that bigints (the exact
 * numerators of reported numbers) are written as decimal strings; NaN and ±Infinity become null.
 *
 * @param value Any result object.
 * @returns The JSON text.
 * @throws Never for result objects (cyclic structures are not produced by the audit).
 * @example auditToJson({ n: 405n }) // '{\n  "n": "405"\n}'
 *
 * Reference: ECMA-404, The JSON data interchange syntax. Validated by test/audit/cli.test.ts.
 */
export function auditToJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v), 2);
}
