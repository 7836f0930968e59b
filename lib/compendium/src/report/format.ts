/**
 * Text that goes into HTML: JSON inside a `<script>` element. (Numbers are formatted by
 * `@behoud/stats` (formatNumber, formatP, ...), text is escaped by `escapeHtml` of
 * `@behoud/notebook-runner/display`.)
 *
 * @module report/format
 */
import { ReportError } from "./errors.js";

/**
 * Serialises a value as JSON that is safe inside an HTML `<script>` element: `<`, `>`, `&`,
 * U+2028 and U+2029 are written as `\u` escapes, so the text can never close the element or
 * open a comment.
 *
 * @param value A JSON-serialisable value.
 * @example scriptJson({ title: "</script>" }) // '{"title":"\\u003c/script\\u003e"}'
 */
export function scriptJson(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new ReportError("INVALID_ARGUMENT", "scriptJson", "value is not JSON-serialisable", "value");
  return text
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
