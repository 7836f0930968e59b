/**
 * The content of `reports/results.json`: every published value with its status.
 * @module pipeline/results-json
 */
import { relative, resolve } from "node:path";
import { FINDING_SEVERITIES } from "@behoud/audit";
import { articleFindingSeverity, type ArticleAudit } from "../analysis/audit-article.js";
import type { ResultEntry } from "../analysis/results.js";
import type { Study } from "../analysis/study.js";

/**
 * How many published values have each status.
 * @example
 * countStatuses([{ status: "reproduced" }, { status: "not-checkable" }, { status: "reproduced" }] as ResultEntry[])
 * // { reproduced: 2, "not-checkable": 1 }
 */
export function countStatuses(results: readonly ResultEntry[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}

/** What each severity of an audit finding means (results.json's `audit.severities`); null for a finding that found nothing wrong. */
const SEVERITY_DESCRIPTIONS = {
  "impossible-number": "the article's own numbers show that a printed number cannot be right",
  "changes-conclusion": "a reporting error in a value a conclusion rests on (a claimed significance or effect-size band)",
  "reporting-slip": "a reporting error that leaves every conclusion standing (e.g. p = .000)",
  wording: "words that do not agree with the numbers they describe",
} as const;

/**
 * The content of results.json (with `audit`, every finding of the audit with its severity).
 * @example
 * const study = openStudy();
 * const audit = auditArticle(study.published);
 * const json = resultsJson(study, buildResults(study, analyse(study), audit), audit) as { data: { synthetic: boolean; files: unknown[] }; audit: { findings: { key: string; severity: string | null }[] } };
 * Object.keys(json) // ["article", "data", "statuses", "statusCounts", "values", "audit"]
 * json.audit.findings.find((f) => f.key === "count-table.table2")?.severity // "impossible-number"
 * json.data.shippedData // true
 * json.data.synthetic // true
 * json.data.files[0] // { resource: "respondents-2019-20", path: "data/raw/respondents-2019-20.csv", rows: 31, … }
 */
export function resultsJson(study: Study, results: readonly ResultEntry[], audit?: ArticleAudit): object {
  const statusCounts = countStatuses(results);
  const root = resolve(study.codebookDir, "..");
  return {
    article:
      "Koffeman, A., Van de Kuilen, H., & Snoek, M. (2023). Professionele ontwikkeling als strategie om leraren te behouden. Tijdschrift voor Lerarenopleiders, 44(4).",
    data: {
      synthetic: study.synthetic,
      shippedData: study.shippedData,
      note: study.synthetic
        ? "synthetic reconstruction consistent with the published aggregates; not the original responses"
        : "data as supplied",
      files: study.ds.files.map((f) => ({ resource: f.resource, path: relative(root, f.path), sha256: f.sha256, rows: f.rowsRead })),
    },
    statuses: {
      "matched-by-construction":
        "shipped synthetic data only: a value the reconstruction was fitted to (or that follows from such values), given by the data at the printed precision; it shows that one dataset gives it together with everything else the article prints, not anything about the real responses",
      reproduced: "the reproduced value gives the printed text at the printed precision (counts: equal)",
      "within-rounding": "misses the printed rounding interval by at most one unit of the last printed digit",
      "inconsistent-in-article": "the article's own numbers show that the printed value cannot be right",
      "not-reproduced": "the data give something else",
      "not-checkable": "the data cannot speak to it",
    },
    statusCounts,
    values: results,
    ...(audit === undefined
      ? {}
      : {
          audit: {
            severities: Object.fromEntries(FINDING_SEVERITIES.map((s) => [s, SEVERITY_DESCRIPTIONS[s]])),
            findings: audit.findings.map((f) => ({
              key: f.key,
              check: f.check,
              verdict: f.verdict,
              severity: articleFindingSeverity(f),
              ids: f.ids,
              affects: f.affects,
              reason: f.reason,
            })),
          },
        }),
  };
}
