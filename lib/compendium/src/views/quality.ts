/**
 * Data quality: every row read is analysed or excluded with its reason, per file; warnings; the
 * privacy checks. Shared by notebook 01 and the report's data-quality section.
 * @module views/quality
 */
import type { Study } from "../analysis/study.js";
import { checkPrivacy, type KAnonymityOptions } from "../privacy/index.js";
import type { TableSpec } from "./tables.js";

/** Most entries listed in one cell or note; the rest are counted ("… and 9,980 more"). */
export const MAX_LISTED = 20;

function listed(items: readonly string[], separator: string): string {
  if (items.length <= MAX_LISTED) return items.join(separator);
  return `${items.slice(0, MAX_LISTED).join(separator)}${separator}… and ${(items.length - MAX_LISTED).toLocaleString("en-US")} more (npm run validate lists them all)`;
}

/**
 * Rows read, analysed and excluded per file, with the reasons (at most {@link MAX_LISTED} of each listed).
 * @example
 * const t = accountingTable(openStudy());
 * t.rows[0] // { resource: "respondents-2019-20", file: "data/raw/respondents-2019-20.csv", read: 31, analysed: 31, excluded: "0" }
 * t.note // "No warnings."
 */
export function accountingTable(study: Study): TableSpec {
  const root = study.codebookDir.replace(/\/data\/?$/, "");
  const rel = (p: string): string => (p.startsWith(root) ? p.slice(root.length + 1) : p);
  return {
    id: "table-accounting",
    caption: "Every row read: analysed or excluded",
    columns: [
      { key: "resource", label: "resource" },
      { key: "file", label: "file" },
      { key: "read", label: "rows read" },
      { key: "analysed", label: "analysed" },
      { key: "excluded", label: "excluded (reason)" },
    ],
    rows: study.ds.accounting.map((a) => ({
      resource: a.resource,
      file: rel(a.file),
      read: a.rowsRead,
      analysed: a.rowsAnalysed,
      excluded:
        a.excluded.length === 0
          ? "0"
          : `${a.excluded.length}: ${listed(
              a.excluded.map((e) => `row ${e.row}: ${e.reason}`),
              "; ",
            )}`,
    })),
    note:
      study.ds.warnings.length === 0
        ? "No warnings."
        : `Warnings: ${listed(
            study.ds.warnings.map((w) => w.message),
            " | ",
          )}`,
  };
}

/**
 * The privacy checks in words and a small table: personal data in free text, k-anonymity.
 * @example
 * const p = privacySummary(openStudy(), { bins: { experience_years: { width: 5 }, fte: { width: 0.2 } } });
 * p.flaggedFields // []
 * p.table.rows[4] // { check: "k (smallest group)", result: "1" }
 * p.table.rows[5] // { check: "respondents unique on the quasi-identifiers", result: "36 of 51" }
 */
export function privacySummary(
  study: Study,
  options: { threshold?: number; bins?: KAnonymityOptions["bins"] } = {},
): { readonly text: string; readonly table: TableSpec; readonly flaggedFields: readonly string[] } {
  const threshold = options.threshold ?? 5;
  const p = checkPrivacy(study.ds, { threshold, ...(options.bins !== undefined ? { bins: options.bins } : {}) });
  const findings = p.findings;
  const k = p.kAnonymity;
  const unique = k.unique.reduce((acc, c) => acc + c.size, 0);
  const text = [
    findings.length === 0
      ? `No e-mail addresses, phone numbers, postcodes or URLs were found in the ${p.fieldsScanned.length} free-text fields.`
      : `${findings.length} possible personal data in free text (${[...new Set(findings.map((f) => f.kind))].join(", ")}); those texts are not published unless --publish-flagged-text is given.`,
    k.summary,
  ].join(" ");
  return {
    text,
    flaggedFields: [...new Set(findings.map((f) => f.field))],
    table: {
      id: "table-privacy",
      caption: "Privacy: free text and k-anonymity",
      columns: [
        { key: "check", label: "check" },
        { key: "result", label: "result" },
      ],
      rows: [
        { check: "free-text fields scanned", result: p.fieldsScanned.join(", ") },
        { check: "possible personal data found", result: String(findings.length) },
        { check: "quasi-identifiers", result: k.quasiIdentifiers.join(", ") },
        { check: "generalisation", result: k.generalisation.length === 0 ? "none" : k.generalisation.join("; ") },
        { check: "k (smallest group)", result: String(k.k) },
        { check: "respondents unique on the quasi-identifiers", result: `${unique} of ${k.n}` },
        { check: `respondents in groups below k = ${threshold}`, result: String(k.respondentsAtRisk) },
      ],
    },
  };
}
