/**
 * The privacy check run before anything is written to `reports/`: personal data in every
 * free-text field of the dataset, and k-anonymity over the codebook's quasi-identifiers.
 *
 * @module privacy/check
 */
import { quasiIdentifiers } from "../data/codebook.js";
import type { Dataset } from "../data/dataset.js";
import { findPersonalData, type FindingKind } from "./free-text.js";
import { kAnonymity, type KAnonymityOptions, type KAnonymityResult } from "./k-anonymity.js";

/** A finding located in the data files. */
export interface LocatedFinding {
  readonly kind: FindingKind;
  readonly resource: string;
  readonly field: string;
  readonly file: string;
  readonly line: number;
  /** Data row in the file (1-based). */
  readonly row: number;
  readonly match: string;
}

/** Result of {@link checkPrivacy}. */
export interface PrivacyCheck {
  /** Free-text fields scanned, as `resource.field`. */
  readonly fieldsScanned: readonly string[];
  readonly findings: readonly LocatedFinding[];
  readonly kAnonymity: KAnonymityResult;
  /** True when no personal data were found and k reaches the threshold. */
  readonly ok: boolean;
  /** Sentences for the report. */
  readonly summary: readonly string[];
}

/**
 * Scans every free-text field (`freeText: true` in the codebook) of every table of the dataset
 * for e-mail addresses, phone numbers, postcodes and URLs (see `scanFreeText`), and computes
 * k-anonymity of the respondents over the fields the codebook marks `quasiIdentifier: true`.
 *
 * @param dataset the loaded dataset.
 * @param options k-anonymity threshold (default 5) and generalisation bins.
 * @returns findings with file, line and row; the k-anonymity result; `ok`; summary sentences.
 * @throws {DataError} only for invalid bins or threshold (see `kAnonymity`).
 * @example checkPrivacy(loadDataset(), { bins: { experience_years: { width: 5 }, fte: { width: 0.2 } } }).summary[0]
 * // "No e-mail addresses, phone numbers, postcodes or URLs in 7 free-text fields."
 */
export function checkPrivacy(dataset: Dataset, options: KAnonymityOptions = {}): PrivacyCheck {
  const findings: LocatedFinding[] = [];
  const fieldsScanned: string[] = [];
  for (const [name, table] of dataset.tables) {
    for (const field of table.fields) {
      if (!field.freeText || field.type !== "string") continue;
      fieldsScanned.push(`${name}.${field.name}`);
      table.text(field.name).forEach((v, i) => {
        if (v === null) return;
        const origin = table.origins[i];
        for (const f of findPersonalData(v)) {
          findings.push(
            Object.freeze({
              kind: f.kind,
              resource: name,
              field: field.name,
              file: origin?.file ?? "",
              line: origin?.line ?? 0,
              row: origin?.row ?? i + 1,
              match: f.match,
            }),
          );
        }
      });
    }
  }
  const qi = quasiIdentifiers(dataset.codebook);
  const k = kAnonymity(dataset.respondents, qi, options);
  const summary = [
    findings.length === 0
      ? `No e-mail addresses, phone numbers, postcodes or URLs in ${fieldsScanned.length} free-text fields.`
      : `${findings.length} possible personal data in free text (${[...new Set(findings.map((f) => f.kind))].join(", ")}); remove or redact them before reporting.`,
    k.summary,
  ];
  return Object.freeze({
    fieldsScanned: Object.freeze(fieldsScanned),
    findings: Object.freeze(findings),
    kAnonymity: k,
    ok: findings.length === 0 && k.k >= k.threshold,
    summary: Object.freeze(summary),
  });
}
