/**
 * Personal data in free-text answers: e-mail addresses, Dutch phone numbers, Dutch postcodes
 * and URLs, found before anything is written to `reports/`.
 *
 * @module privacy/free-text
 */

/** Kinds of personal data the scanner finds. */
export type FindingKind = "email" | "phone" | "postcode" | "url";

/** One piece of personal data in one value. */
export interface Finding {
  readonly kind: FindingKind;
  /** Field (column) name. */
  readonly field: string;
  /** Row (1-based) of the value in the scanned column. */
  readonly row: number;
  /** The text found. */
  readonly match: string;
  /** Start and end (exclusive) offsets in the value. */
  readonly start: number;
  readonly end: number;
}

/** Result of {@link scanFreeText}. */
export interface FreeTextScan {
  readonly field: string;
  /** Values scanned (missing values are skipped). */
  readonly valuesScanned: number;
  readonly findings: readonly Finding[];
  /** Count per kind. */
  readonly counts: Readonly<Record<FindingKind, number>>;
  /** True when nothing was found. */
  readonly ok: boolean;
}

const EMAIL = /[A-Za-z0-9._%+-]+(?:@|\s?[[(]at[\])]\s?)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/gu;
const URL_SCHEME = /\b(?:https?:\/\/|www\.)[^\s<>"']+/giu;
const BARE_DOMAIN = /\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:nl|com|org|net|eu|be|info|edu|io)\b(?:\/[^\s<>"']*)?/giu;
/** A run that may be a phone number: +31, 0031 or 0, then digits with spaces, hyphens, dots or brackets. */
const PHONE_CANDIDATE = /(?<![\d+])(?:\+31|0031|\(0|0)(?:[\s\-.()]*\d){8,10}(?!\d)/gu;
/** Dutch postcode: four digits (not starting with 0), optional space, two capitals (not SA, SD, SS). */
const POSTCODE = /\b[1-9]\d{3}(?: ?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})\b/gu;

function isDutchPhone(candidate: string): boolean {
  let digits = candidate.replace(/\D/g, "");
  if (candidate.trim().startsWith("+31") || digits.startsWith("0031")) {
    // After the country code an optional "(0)" is dropped: +31 (0)6 12345678.
    const national = digits.slice(digits.startsWith("0031") ? 4 : 2).replace(/^0/, "");
    digits = `0${national}`;
  }
  // Ten digits starting with 0 and a non-zero area or mobile code: 06-12345678, 020-1234567, 0513-123456.
  return digits.length === 10 && digits.startsWith("0") && digits[1] !== "0";
}

function overlaps(ranges: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return ranges.some((r) => start < r.end && end > r.start);
}

/**
 * Finds the personal data in one text.
 *
 * @param text the text.
 * @returns the kind, match and offsets of each finding, in text order.
 * @throws never.
 * @example findPersonalData("Bel 06-12345678") // [{ kind: "phone", match: "06-12345678", start: 4, end: 15 }]
 */
export function findPersonalData(text: string): { kind: FindingKind; match: string; start: number; end: number }[] {
  const found: { kind: FindingKind; match: string; start: number; end: number }[] = [];
  const add = (kind: FindingKind, re: RegExp, accept: (m: string) => boolean = () => true): void => {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const match = m[0].replace(/[.,;:)!?]+$/u, "");
      const end = start + match.length;
      if (!accept(match) || overlaps(found, start, end)) continue;
      found.push({ kind, match, start, end });
    }
  };
  add("email", EMAIL);
  add("url", URL_SCHEME);
  add("url", BARE_DOMAIN);
  add("phone", PHONE_CANDIDATE, isDutchPhone);
  add("postcode", POSTCODE);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Scans the values of a free-text field for e-mail addresses, phone numbers, postcodes and URLs.
 *
 * Rules: e-mail addresses, also written with (at) or [at]; URLs with http(s):// or www., and bare
 * domains ending in .nl, .com, .org, .net, .eu, .be, .info, .edu or .io; Dutch phone numbers of
 * ten digits starting with 0 (06-12345678, 0612345678, 020-1234567, 0513 123456) or with +31 /
 * 0031 instead of the 0 (+31 6 12345678), with spaces, hyphens, dots or brackets between digits;
 * Dutch postcodes of four digits (first not 0) and two letters (1234 AB, 1234AB, 1234ab; not SA,
 * SD, SS). A match inside an earlier match (the domain of an e-mail address) is not reported
 * twice. Missing values (`null`) are skipped.
 *
 * @param values the column (e.g. `respondents.text("open_self")`).
 * @param field the field's name, for the findings.
 * @returns the findings with row (1-based) and field, counts per kind, and `ok`.
 * @throws never.
 * @example
 * scanFreeText(["Mail me: a.b@school.nl", null, "Meer tijd"], "open_self").findings
 * // [{ kind: "email", field: "open_self", row: 1, match: "a.b@school.nl", start: 9, end: 22 }]
 */
export function scanFreeText(values: readonly (string | null)[], field: string): FreeTextScan {
  const findings: Finding[] = [];
  let scanned = 0;
  values.forEach((v, i) => {
    if (v === null) return;
    scanned++;
    for (const f of findPersonalData(v)) findings.push(Object.freeze({ ...f, field, row: i + 1 }));
  });
  const counts: Record<FindingKind, number> = { email: 0, phone: 0, postcode: 0, url: 0 };
  for (const f of findings) counts[f.kind]++;
  return Object.freeze({ field, valuesScanned: scanned, findings: Object.freeze(findings), counts: Object.freeze(counts), ok: findings.length === 0 });
}

/**
 * Replaces the personal data in a text by placeholders: `[e-mail]`, `[telefoon]`, `[postcode]`, `[url]`.
 *
 * @param text the text.
 * @returns the redacted text.
 * @throws never.
 * @example redactFreeText("Bel 06-12345678 of mail a@b.nl") // "Bel [telefoon] of mail [e-mail]"
 */
export function redactFreeText(text: string): string {
  const label: Record<FindingKind, string> = { email: "[e-mail]", phone: "[telefoon]", postcode: "[postcode]", url: "[url]" };
  let out = "";
  let at = 0;
  for (const f of findPersonalData(text)) {
    out += text.slice(at, f.start) + label[f.kind];
    at = f.end;
  }
  return out + text.slice(at);
}
