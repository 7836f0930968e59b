/**
 * The plotly.js loader of notebook figures: one `<script>` that makes plotly.js available to
 * every figure of a notebook page without network access and without any Jupyter extension, in
 * the classic Notebook, in JupyterLab, in nbconvert's HTML and in nbviewer (wherever the
 * notebook's HTML outputs run their scripts).
 *
 * plotly.py solves the same problem with `init_notebook_mode(connected=False)`, which puts the
 * whole plotly.js bundle into one output as script text. This loader does the same once per
 * notebook, with the bundle gzip-compressed and base64-encoded (about 0.5 MB instead of the
 * 1.2 MB of plotly-basic.min.js): the browser inflates it with `DecompressionStream`, runs it as
 * a script (plotly.js then sets `window.Plotly`) and resolves `window.behoudPlotly`, a promise
 * that the figure scripts of report/bundle wait for. A page that already has `window.Plotly`
 * (the report, the notebook pages in reports/) or an earlier loader skips it. The promise never
 * rejects: a failure is logged with `console.error` and leaves each figure's fallback (the PNG
 * or a note) in place.
 *
 * @module report/plotly-loader
 */
import { gzipSync } from "node:zlib";
import { scriptJson } from "./format.js";
import { readPlotlySource, type PlotlySource } from "./plotly-source.js";

/** HTML that loads plotly.js into the page once; put it before the figure that needs it. */
export interface PlotlyLoader {
  /** The `<script>` element. */
  readonly html: string;
  /** Version of the plotly.js bundle it carries. */
  readonly version: string;
}

/** Attribute that marks the loader's `<script>` element (its value is the plotly.js version). */
export const PLOTLY_LOADER_ATTRIBUTE = "data-plotly-loader";

/**
 * Builds the loader of a plotly.js source text (see the module comment). Deterministic: the
 * gzip stream carries no file name and no time stamp, so one source gives one loader.
 *
 * @param source The plotly.js bundle (from {@link readPlotlySource}).
 * @returns The loader's HTML and the bundle's version.
 * @example
 * const loader = plotlyLoader({ text: "window.Plotly = {};", version: "0.0.0", path: "plotly.js" });
 * loader.html.startsWith('<script data-plotly-loader="0.0.0">') // true
 */
export function plotlyLoader(source: PlotlySource): PlotlyLoader {
  const packed = gzipSync(Buffer.from(source.text, "utf8")).toString("base64");
  const version = source.version.replace(/[^A-Za-z0-9._-]/g, "");
  const script =
    `(function(){if(window.Plotly||window.behoudPlotly)return;` +
    `function fail(e){console.error("plotly.js could not be loaded:",e);return null;}` +
    `if(typeof DecompressionStream!=="function"||typeof Response!=="function"){window.behoudPlotly=Promise.resolve(fail(new Error("this browser cannot inflate the embedded bundle")));return;}` +
    `var b=atob(${scriptJson(packed)}),a=new Uint8Array(b.length);for(var i=0;i<b.length;i++)a[i]=b.charCodeAt(i);` +
    `window.behoudPlotly=new Response(new Blob([a]).stream().pipeThrough(new DecompressionStream("gzip"))).text().then(function(t){` +
    `var s=document.createElement("script");s.textContent=t;document.head.appendChild(s);` +
    `if(!window.Plotly||typeof window.Plotly.newPlot!=="function")throw new Error("the bundle did not define window.Plotly");return window.Plotly;}).then(null,fail);})();`;
  return { html: `<script ${PLOTLY_LOADER_ATTRIBUTE}="${version}">${script}</script>`, version };
}

let cached: PlotlyLoader | null | undefined;

/**
 * The loader of the installed plotly.js-basic-dist-min bundle, built once per process; null when
 * the package is not installed (figures then show their PNG or a note).
 *
 * @returns The loader, or null.
 * @example
 * const loader = installedPlotlyLoader();
 * loader === null || loader.html.includes("DecompressionStream") // true
 */
export function installedPlotlyLoader(): PlotlyLoader | null {
  if (cached === undefined) {
    const source = readPlotlySource();
    cached = source === null ? null : plotlyLoader(source);
  }
  return cached;
}
