/**
 * Data quality: every row read is analysed or excluded with its reason, per file; warnings; the
 * privacy checks. Shared by notebook 01 and the report's data-quality section.
 * @module views/quality
 */
import type { Study } from "../analysis/study.js";
import { checkPrivacy, type KAnonymityOptions } from "../privacy/index.js";
import type { TableSpec } from "./tables.js";
import { defaultLang, type Lang } from "./lang.js";
import { sentencesFor } from "./sentences.js";

/** Most entries listed in one cell or note; the rest are counted ("… and 9,980 more"). */
export const MAX_LISTED = 20;

function listed(items: readonly string[], separator: string, lang: Lang): string {
  if (items.length <= MAX_LISTED) return items.join(separator);
  return `${items.slice(0, MAX_LISTED).join(separator)}${separator}${sentencesFor(lang).WORDS.quality.more(items.length - MAX_LISTED)}`;
}

/**
 * Rows read, analysed and excluded per file, with the reasons (at most {@link MAX_LISTED} of each listed).
 * @example
 * const t = accountingTable(openStudy());
 * t.rows[0] // { resource: "respondents-2019-20", file: "data/raw/respondents-2019-20.csv", read: 31, analysed: 31, excluded: "0" }
 * t.note // "No warnings."
 */
export function accountingTable(study: Study, lang: Lang = defaultLang()): TableSpec {
  const t = sentencesFor(lang).WORDS.quality;
  const root = study.codebookDir.replace(/\/data\/?$/, "");
  const rel = (p: string): string => (p.startsWith(root) ? p.slice(root.length + 1) : p);
  return {
    id: "table-accounting",
    caption: t.accountingCaption,
    columns: [
      { key: "resource", label: t.resource },
      { key: "file", label: t.file },
      { key: "read", label: t.read },
      { key: "analysed", label: t.analysed },
      { key: "excluded", label: t.excluded },
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
              a.excluded.map((e) => `${t.row} ${e.row}: ${e.reason}`),
              "; ",
              lang,
            )}`,
    })),
    note:
      study.ds.warnings.length === 0
        ? t.noWarnings
        : `${t.warnings}: ${listed(
            study.ds.warnings.map((w) => w.message),
            " | ",
            lang,
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
  options: { threshold?: number; bins?: KAnonymityOptions["bins"]; lang?: Lang } = {},
): { readonly text: string; readonly table: TableSpec; readonly flaggedFields: readonly string[] } {
  const lang = options.lang ?? defaultLang();
  const t = sentencesFor(lang).WORDS.quality;
  const threshold = options.threshold ?? 5;
  const p = checkPrivacy(study.ds, { threshold, ...(options.bins !== undefined ? { bins: options.bins } : {}) });
  const findings = p.findings;
  const k = p.kAnonymity;
  const unique = k.unique.reduce((acc, c) => acc + c.size, 0);
  const text = [
    findings.length === 0
      ? t.noPersonalData(p.fieldsScanned.length)
      : t.personalData(findings.length, [...new Set(findings.map((f) => f.kind))]),
    lang === "en"
      ? k.summary
      : t.kSummary({
          k: k.k,
          quasiIdentifiers: k.quasiIdentifiers,
          groups: k.groups,
          n: k.n,
          unique: k.unique.length,
          below: k.belowThreshold.length,
          threshold,
          atRisk: k.respondentsAtRisk,
        }),
  ].join(" ");
  return {
    text,
    flaggedFields: [...new Set(findings.map((f) => f.field))],
    table: {
      id: "table-privacy",
      caption: t.privacyCaption,
      columns: [
        { key: "check", label: t.check },
        { key: "result", label: t.result },
      ],
      rows: [
        { check: t.scanned, result: p.fieldsScanned.join(", ") },
        { check: t.found, result: String(findings.length) },
        { check: t.quasiIdentifiers, result: k.quasiIdentifiers.join(", ") },
        {
          check: t.generalisation,
          result: k.generalisation.length === 0 ? t.none : lang === "en" ? k.generalisation.join("; ") : t.bins(options.bins ?? {}),
        },
        { check: t.smallest, result: String(k.k) },
        { check: t.unique, result: t.of(unique, k.n) },
        { check: t.below(threshold), result: String(k.respondentsAtRisk) },
      ],
    },
  };
}
