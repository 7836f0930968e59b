/**
 * Finds the plotly.js bundle (`plotly.js-basic-dist-min/plotly-basic.min.js`) at run time, so
 * that the report, the notebook pages and the PNG export can inline it; the library works
 * without it (figures then show a note instead of a drawing).
 *
 * Why the basic bundle (plotly.js's official partial bundle with the scatter, bar and pie
 * traces) rather than the full one: every figure of this project is made of scatter and bar
 * traces, shapes and annotations (lib/compendium/src/views/figures.ts; the browser test draws each one
 * from this bundle). It is 1.2 MB instead of 4.7 MB, so report.html and each notebook page are
 * 3.5 MB smaller, and headless Chromium loads it in about 0.95 s instead of 3.2 s here, which
 * is most of the PNG export's time.
 *
 * @module report/plotly-source
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** The plotly.js bundle's text, version and path. */
export interface PlotlySource {
  /** The JavaScript source text. */
  readonly text: string;
  /** Version from the package's package.json, e.g. `4.1.2`, or `"unknown"`. */
  readonly version: string;
  /** Absolute path of `plotly-basic.min.js`. */
  readonly path: string;
}

/**
 * Reads `plotly.js-basic-dist-min/plotly-basic.min.js` as resolved from this module (the project's
 * `node_modules`), or returns null when the package is not installed.
 *
 * @returns The source text with its version and path, or null.
 * @example
 * const plotly = readPlotlySource();
 * if (plotly === null) console.warn("plotly.js-basic-dist-min is not installed: figures will not be drawn");
 * plotly === null || typeof plotly.text === "string" // true
 */
export function readPlotlySource(): PlotlySource | null {
  const require = createRequire(import.meta.url);
  let path: string;
  try {
    path = require.resolve("plotly.js-basic-dist-min/plotly-basic.min.js");
  } catch {
    return null;
  }
  const text = readFileSync(path, "utf8");
  let version = "unknown";
  try {
    const pkg: unknown = JSON.parse(readFileSync(require.resolve("plotly.js-basic-dist-min/package.json"), "utf8"));
    if (typeof pkg === "object" && pkg !== null && typeof (pkg as { version?: unknown }).version === "string")
      version = (pkg as { version: string }).version;
  } catch {
    // keep "unknown"
  }
  return { text, version, path };
}
