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

/** Letters (any script, with combining marks) and digits: what may touch a finding without ending it. */
const WORD = String.raw`\p{L}\p{M}\p{N}`;
/** Characters of an e-mail local part other than the dot (RFC 5322 atoms as used in practice, any script). */
const LOCAL_CHAR = String.raw`[${WORD}_%+\-]`;
/** "@" or an obfuscated at: "[at]", "(at)" (spaces optional) or " at " between spaces. */
const AT = String.raw`(?:@|\s?[[(]\s?at\s?[\])]\s?|\s+at\s+)`;
/** A bracketed obfuscated dot: "[dot]", "(dot)", "[punt]", "(punt)", spaces optional. */
const DOT_BRACKETED = String.raw`\s?[[(]\s?(?:dot|punt)\s?[\])]\s?`;
/** "." or an obfuscated dot: bracketed, or " dot " / " punt " between spaces. */
const DOT = String.raw`(?:\.|${DOT_BRACKETED}|\s+(?:dot|punt)\s+)`;
const LABEL = String.raw`[${WORD}\-]+`;
/**
 * E-mail address, also obfuscated. The local part's dots may be "." or a bracketed dot; no
 * character class overlaps its separator, so matching stays linear.
 */
const EMAIL = new RegExp(
  String.raw`(?<![${WORD}_%+\-.])${LOCAL_CHAR}+(?:(?:\.|${DOT_BRACKETED})${LOCAL_CHAR}+)*${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}[\p{L}\p{M}]{2,}(?![${WORD}])`,
  "giu",
);
/** Top-level domains accepted after a plain " at " with plain dots ("jan at school.nl"). */
const COMMON_TLD = /^(?:nl|com|org|net|eu|be|de|fr|uk|info|edu|io|gov|nu)$/iu;
const URL_SCHEME = /(?<![\p{L}\p{M}\p{N}])(?:https?:\/\/|www\.)[^\s<>"']+/giu;
const BARE_DOMAIN =
  /(?<![\p{L}\p{M}\p{N}_.@-])[\p{L}\p{N}][\p{L}\p{M}\p{N}-]*(?:\.[\p{L}\p{M}\p{N}-]+)*\.(?:nl|com|org|net|eu|be|info|edu|io)(?![\p{L}\p{M}\p{N}])(?:\/[^\s<>"']*)?/giu;
/**
 * A run that may be a phone number: +31, 0031 or 0, then digits separated by whitespace
 * (including no-break spaces), hyphens (also en dash, em dash, figure dash, non-breaking hyphen
 * and minus sign), dots, brackets or a slash.
 */
const PHONE_CANDIDATE = /(?<![\d+])(?:\+31|0031|\(0|0)(?:[\s\-.()/\u2010-\u2015\u2212]*\d){8,10}(?!\d)/gu;
/**
 * Dutch postcode: four digits (not starting with 0), up to two horizontal whitespace characters
 * (space, no-break space, thin space, tab), two letters; not glued to other letters or digits.
 * Which letter pairs count is decided by {@link isDutchPostcode}.
 */
const POSTCODE = /(?<![\p{L}\p{M}\p{N}]|\d[.,])[1-9]\d{3}[^\S\r\n]{0,2}[A-Za-z]{2}(?![\p{L}\p{M}\p{N}])/gu;
/**
 * Two-letter words and abbreviations that follow a number in ordinary Dutch or English text
 * ("in 2019 en 2020", "sinds 2019 de school", "1500 km"). After a space, a lower- or mixed-case
 * pair from this list is not read as a postcode; in capitals ("1234 EN") or written without a
 * space ("1234en") it still is.
 */
const NOT_POSTCODE_WORDS = new Set(
  (
    "de en in op of om te ik je we ze zo nu na al af er ja is ga ge la le ca tm nr pp st bv vs eo ct " +
    "am an as at be by do go he if it me my no on or so to up us ok oh ex id " +
    "km kg cm mm ml mg dl cl gb mb kb tb hz kw pm uu"
  ).split(" "),
);

function isDutchPostcode(candidate: string): boolean {
  const letters = candidate.slice(-2);
  if (/^(?:sa|sd|ss)$/iu.test(letters)) return false; // never issued
  const spaced = /\s/u.test(candidate);
  if (!spaced || letters === letters.toUpperCase()) return true;
  return !NOT_POSTCODE_WORDS.has(letters.toLowerCase());
}

function isDutchPhone(candidate: string): boolean {
  // A slash only separates the area code: 06/12345678, 020/1234567, 0513/123456; dates
  // ("01/02/2019 12") have more than one.
  const slashes = candidate.split("/").length - 1;
  if (slashes > 1 || (slashes === 1 && !/^\(?0\d{1,3}\)?\s?\/[^/]*$/u.test(candidate))) return false;
  // Single digits in a row are a list or a scale ("0 1 2 3 4 5 6 7 8 9 10", "0-1-2-3-4-5-6-7-8-9"),
  // not a number someone dials.
  if ((candidate.match(/(?<!\d)\d(?!\d)/gu) ?? []).length >= 4) return false;
  let digits = candidate.replace(/\D/g, "");
  if (candidate.trim().startsWith("+31") || digits.startsWith("0031")) {
    // After the country code an optional "(0)" is dropped: +31 (0)6 12345678.
    const national = digits.slice(digits.startsWith("0031") ? 4 : 2).replace(/^0/, "");
    digits = `0${national}`;
  }
  // Ten digits starting with 0 and a non-zero area or mobile code: 06-12345678, 020-1234567, 0513-123456.
  return digits.length === 10 && digits.startsWith("0") && digits[1] !== "0";
}

function isEmail(candidate: string): boolean {
  if (candidate.includes("@") || /[[(]\s?at\s?[\])]/iu.test(candidate)) return true;
  // A plain " at ": only with an obfuscated dot ("jan at school dot nl") or a common top-level
  // domain ("jan at school.nl"), so that "I was at work.Then" is not an address.
  if (/[[(]\s?(?:dot|punt)\s?[\])]|\s(?:dot|punt)\s/iu.test(candidate)) return true;
  const tld = candidate.slice(candidate.lastIndexOf(".") + 1);
  return COMMON_TLD.test(tld);
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
  add("email", EMAIL, isEmail);
  add("url", URL_SCHEME);
  add("url", BARE_DOMAIN);
  add("phone", PHONE_CANDIDATE, isDutchPhone);
  add("postcode", POSTCODE, isDutchPostcode);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Scans the values of a free-text field for e-mail addresses, phone numbers, postcodes and URLs.
 *
 * Rules: e-mail addresses, with letters of any script in the local part and the domain
 * (jöran.müller@universiteit.nl), also obfuscated: "[at]", "(at)" or " at " for the @ and
 * "[dot]", "(dot)", " dot " (or "punt") for a dot; a plain " at " counts only with an
 * obfuscated dot or a common top-level domain (jan at school.nl). URLs with http(s):// or www.,
 * and bare domains ending in .nl, .com, .org, .net, .eu, .be, .info, .edu or .io; Dutch phone
 * numbers of ten digits starting with 0 (06-12345678, 0612345678, 020-1234567, 0513 123456) or
 * with +31 / 0031 instead of the 0 (+31 6 12345678), with whitespace (also no-break spaces),
 * hyphens and dashes (en, em, figure, minus), dots or brackets between digits, or one slash after
 * the area code (06/12345678); not four or more single digits in a row, which are a list or a
 * scale ("0 1 2 3 4 5 6 7 8 9 10"). Dutch postcodes of four digits (first not 0), up to two
 * whitespace characters (also no-break or thin spaces) and two letters (1234 AB, 1234AB,
 * 1234ab, 1234 ab; never SA, SD, SS); after whitespace a lower-case pair that is a common short
 * word or unit ("2019 en", "2019 de", "1500 km") is not a postcode. A match inside an earlier
 * match (the domain of an e-mail address) is not reported twice. Missing values (`null`) are skipped.
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
  return Object.freeze({
    field,
    valuesScanned: scanned,
    findings: Object.freeze(findings),
    counts: Object.freeze(counts),
    ok: findings.length === 0,
  });
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
