/**
 * Privacy checks run before anything is written to `reports/`: personal data in free text and
 * k-anonymity over quasi-identifiers.
 *
 * @module privacy
 */
export { scanFreeText, findPersonalData, redactFreeText } from "./free-text.js";
export type { Finding, FindingKind, FreeTextScan } from "./free-text.js";
export { kAnonymity } from "./k-anonymity.js";
export type { Bin, Combination, KAnonymityOptions, KAnonymityResult, PlainRow } from "./k-anonymity.js";
export { checkPrivacy } from "./check.js";
export type { LocatedFinding, PrivacyCheck } from "./check.js";
export * from "./redact.js";
