/**
 * From bytes to text: recognising what a file is (a workbook, a text table, or something that
 * is not a table at all) and decoding text in the encoding it was written in.
 *
 * @module data/decode
 */

/** Text encodings the reader recognises. */
export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

/** What the first bytes of a file say it is. */
export type Sniffed =
  | { readonly kind: "empty" }
  | { readonly kind: "workbook"; readonly format: "xlsx" | "xls" | "ods" | "zip" }
  | { readonly kind: "text" }
  | { readonly kind: "not-a-table"; readonly what: string };

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  return sig.every((b, i) => bytes[i] === b);
}

function ascii(bytes: Uint8Array, n: number): string {
  let s = "";
  for (let i = 0; i < Math.min(n, bytes.length); i++) s += String.fromCharCode(bytes[i] ?? 0);
  return s;
}

const MAGIC: readonly { readonly sig: readonly number[]; readonly what: string }[] = [
  { sig: [0x25, 0x50, 0x44, 0x46], what: "a PDF document" },
  { sig: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image" },
  { sig: [0xff, 0xd8, 0xff], what: "a JPEG image" },
  { sig: [0x47, 0x49, 0x46, 0x38], what: "a GIF image" },
  { sig: [0x1f, 0x8b], what: "a gzip archive" },
  { sig: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], what: "an SQLite database" },
  { sig: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: "an RTF document" },
  { sig: [0x24, 0x46, 0x4c, 0x32], what: "an SPSS data file (.sav); export it from SPSS as CSV or .xlsx" },
];

/**
 * Recognises what a file holds from its first bytes: empty, a workbook (xlsx/ods zip or legacy
 * xls), text (to be decoded and parsed as a delimited table), or a known non-table format
 * (PDF, images, archives, SPSS .sav, binary data with NUL bytes).
 * HTML, XML and JSON are recognised after decoding, by {@link sniffText}.
 *
 * @param bytes the file's bytes.
 * @returns what the file appears to be.
 * @throws never.
 * @example sniffBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46])) // { kind: "not-a-table", what: "a PDF document" }
 */
export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: "empty" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const head = ascii(bytes, 2000);
    if (head.includes("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")) return { kind: "workbook", format: "ods" };
    if (head.includes("[Content_Types].xml") || head.includes("xl/")) return { kind: "workbook", format: "xlsx" };
    return { kind: "workbook", format: "zip" };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: "workbook", format: "xls" };
  for (const m of MAGIC) if (startsWith(bytes, m.sig)) return { kind: "not-a-table", what: m.what };
  // UTF-16 text has NUL bytes too: recognise it by its byte-order mark first.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return { kind: "text" };
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return { kind: "not-a-table", what: "a binary file (it contains NUL bytes)" };
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (control > n * 0.05) return { kind: "not-a-table", what: "a binary file (it contains control characters)" };
  return { kind: "text" };
}

/** Result of {@link decodeText}. */
export interface Decoded {
  readonly text: string;
  readonly encoding: TextEncoding;
}

/**
 * Decodes the bytes of a text file: a UTF-8 byte-order mark gives UTF-8 (mark removed), a
 * UTF-16 mark gives UTF-16; otherwise the bytes are decoded as UTF-8 with fatal errors, and
 * when they are not valid UTF-8 they are decoded as Windows-1252 (the superset of Latin-1 that
 * Excel and Windows use for "ANSI" CSV exports), so é, ë, ï, ü, € and ’ survive.
 *
 * @param bytes the file's bytes.
 * @param encoding force an encoding instead of detecting it.
 * @returns the text and the encoding used.
 * @throws never (Windows-1252 decodes every byte).
 * @example decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9])) // { text: "café", encoding: "windows-1252" }
 */
export function decodeText(bytes: Uint8Array, encoding?: TextEncoding): Decoded {
  const detected = encoding ?? detectEncoding(bytes);
  switch (detected) {
    case "utf-8-bom":
      return {
        text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0)),
        encoding: detected,
      };
    case "utf-16le":
    case "utf-16be": {
      const skip = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) ? 2 : 0;
      return { text: new TextDecoder(detected, { ignoreBOM: true }).decode(bytes.subarray(skip)), encoding: detected };
    }
    case "windows-1252":
      return { text: decodeWindows1252(bytes), encoding: detected };
    case "utf-8":
      try {
        return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8" };
      } catch {
        return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
      }
  }
}

/** Code points of the bytes 0x80–0x9F in Windows-1252 (0 = undefined, kept as the C1 control). */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Decodes Windows-1252. Written out because some Node builds decode the label "windows-1252"
 * as Latin-1, which turns €, ’, “, ” and – (bytes 0x80–0x9F) into control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  const chunk: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    chunk.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b);
    if (chunk.length === 8192) {
      out += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCharCode(...chunk);
}

function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return "utf-8-bom";
  if (startsWith(bytes, [0xff, 0xfe])) return "utf-16le";
  if (startsWith(bytes, [0xfe, 0xff])) return "utf-16be";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

/**
 * Recognises decoded text that is not a delimited table: HTML (a web page saved instead of
 * the download), XML, JSON, or an empty file (only whitespace).
 *
 * @param text the decoded text.
 * @returns `null` when the text may be a table, otherwise a description of what it is.
 * @throws never.
 * @example sniffText("<!DOCTYPE html><html>…") // "an HTML page"
 */
export function sniffText(text: string): string | null {
  const head = text.trimStart().slice(0, 512).toLowerCase();
  if (head === "") return null;
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || /^<(head|body|table|div|meta)\b/.test(head)) return "an HTML page";
  if (head.startsWith("<?xml") || /^<[a-z][\w:-]*[\s>]/.test(head)) return "an XML document";
  if (head.startsWith("{") || head.startsWith("[")) {
    try {
      JSON.parse(text);
      return "a JSON document";
    } catch {
      if (head.startsWith("{")) return "a JSON document (not even valid JSON)";
    }
  }
  return null;
}
