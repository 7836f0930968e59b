/**
 * Removal of ANSI escape sequences (colours, cursor movement, OSC hyperlinks) from kernel
 * output, for error messages and HTML. The pattern is the one of the `ansi-regex` package
 * (MIT), which covers CSI and OSC sequences.
 *
 * @module runner/ansi
 */

const ANSI_PATTERN =
  // eslint-disable-next-line no-control-regex
  /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-nq-uy=><~]))/g;

/**
 * Returns `text` without ANSI escape sequences.
 *
 * @example
 * stripAnsi("\u001b[31mTypeError\u001b[39m: boom") // "TypeError: boom"
 */
export function stripAnsi(text: string): string {
  return text.replace(ANSI_PATTERN, "");
}
