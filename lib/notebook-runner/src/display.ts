/**
 * Display of rich output (tables, figures, markdown) from notebooks, in both kernels.
 *
 * A Jupyter display message can carry several MIME types at once, and each front end shows the
 * richest one it supports (VS Code and JupyterLab with plotly's extension the plotly JSON,
 * nbconvert's HTML the text/html, a terminal the text/plain). tslab's public `display` API sends
 * one MIME type per call, so for tslab this module calls the function behind it,
 * `lastWriteDisplayData` in tslab's `dist/jupyter.js` (stable in the pinned tslab 1.0.22), with the
 * whole bundle. Under Deno's kernel `Deno.jupyter.display(bundle, { raw: true })` does the same.
 * Outside a kernel (tests, scripts) bundles are collected and their text/plain is printed.
 * @module notebook/display
 */
import { createRequire } from "node:module";
// The one HTML escaper of the packages, for callers that build HTML bundles (tables, figures).
export { escapeHtml } from "./markdown.js";

/**
 * A MIME bundle: MIME type → content (strings, or JSON for `application/*+json`). Typed as an
 * object so that bundle interfaces with named MIME keys (figure and table bundles) fit.
 */
export type MimeBundle = object;

interface DenoJupyter {
  display(bundle: MimeBundle, options: { raw: boolean }): unknown;
}

interface TslabJupyter {
  lastWriteDisplayData: ((data: { data: MimeBundle; metadata: object; transient: object }, update: boolean) => void) | null;
}

type Sink = (bundle: MimeBundle) => void;

let sink: Sink | undefined;
const collected: MimeBundle[] = [];

function detect(): Sink {
  const deno = (globalThis as { Deno?: { jupyter?: DenoJupyter } }).Deno;
  if (deno?.jupyter !== undefined) {
    const jupyter = deno.jupyter;
    return (bundle) => {
      jupyter.display(bundle, { raw: true });
    };
  }
  try {
    const require = createRequire(import.meta.url);
    const tslab = require("tslab/dist/jupyter.js") as TslabJupyter;
    if (typeof tslab.lastWriteDisplayData === "function") {
      return (bundle) => {
        const write = tslab.lastWriteDisplayData;
        if (write === null) throw new Error("display: the tslab kernel is not ready to display output");
        write({ data: bundle, metadata: {}, transient: {} }, false);
      };
    }
  } catch {
    // Not inside tslab: fall through to the collecting sink.
  }
  return (bundle) => {
    collected.push(bundle);
    const text = (bundle as { readonly "text/plain"?: unknown })["text/plain"];
    if (typeof text === "string") console.log(text);
  };
}

/**
 * Sends a MIME bundle to the notebook front end (or, outside a kernel, prints its text/plain).
 * @example display({ "text/markdown": "**Table 1**", "text/plain": "Table 1" }) // undefined (outside a kernel: prints "Table 1")
 */
export function display(bundle: MimeBundle): void {
  sink ??= detect();
  sink(bundle);
}

/**
 * Displays markdown (with a plain-text fallback, by default the Markdown itself). Text from
 * data goes into the Markdown through {@link escapeMarkdown} or {@link markdownCode}.
 */
export function markdown(text: string, plain: string = text): void {
  display({ "text/markdown": text, "text/plain": plain });
}

/**
 * Text from data (a focus-group fragment, a label, a path) made literal inside Markdown: line
 * breaks become spaces, and every character Markdown could read as syntax is escaped with a
 * backslash, so the text shows exactly as written and can open no HTML tag, link, image,
 * formula, code span, emphasis, table cell, heading, list or quote.
 *
 * @example escapeMarkdown("# <img src=x> *a* $x$") // "\\# \\<img src=x\\> \\*a\\* \\$x\\$"
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, " ")
    .replace(/[\\`*_[\]<>$~|!&]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>+=-]|\d+(?=[.)]))/, (_m, space: string, mark: string) =>
      /^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
    );
}

/**
 * Text from data as a Markdown code span: the fence is one backtick longer than the longest
 * run of backticks in the text, with a space inside when the text starts or ends with a
 * backtick, so no text can close the span early; line breaks become spaces.
 *
 * @example markdownCode("data`x") // "``data`x``"
 */
export function markdownCode(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, " ");
  if (flat === "") return "";
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || (flat.startsWith(" ") && flat.endsWith(" ") && flat.trim() !== "") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Bundles displayed outside a kernel, for tests. */
export function displayedOutsideKernel(): readonly MimeBundle[] {
  return collected;
}
