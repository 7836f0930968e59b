/**
 * Completes the figure outputs of an executed notebook, as the executor's last step (`npm run
 * reproduce` and `npm run notebooks:refresh`): a kernel cannot draw plotly figures (plotly.js
 * needs a browser), so each figure output the notebooks' `showFigure` made gets its PNG here,
 * drawn by the headless Chromium the pipeline already runs, as `image/png` and as the fallback
 * inside its HTML (made smaller, same pixels, by report/png-compact); and the plotly.js loader (report/plotly-loader) is put on the first figure of
 * the notebook and taken off every other one, whatever kernel made the outputs (a warm kernel
 * host shares one library instance among the notebooks it runs, so the kernel's own "first
 * figure" is not the notebook's).
 *
 * A figure output is recognised by its plotly JSON and the `data-plotly-figure` id in its HTML;
 * other outputs are left exactly as they are. The bundle is rebuilt by report/bundle's
 * {@link figureBundle} from the plotly JSON in the output, so it is the same bundle the kernel
 * would have made with the PNG, and byte-identical from one run to the next.
 *
 * @module pipeline/notebook-figures
 */
import type { Lang } from "../views/lang.js";
import type { MimeBundle, Notebook, Output } from "@behoud/notebook-runner";
import { figureBundle, PLOTLY_MIME } from "../report/bundle.js";
import type { PlotlyLoader } from "../report/plotly-loader.js";
import { compactPng } from "../report/png-compact.js";
import type { FigureRenderer } from "../report/png.js";
import type { PlotlyFigureLike } from "../report/types.js";

/** Width of a notebook figure's PNG in pixels (the figures' layouts leave the width to the page). */
export const NOTEBOOK_PNG_WIDTH = 900;
/** Height of a notebook figure's PNG when its layout gives none. */
export const NOTEBOOK_PNG_HEIGHT = 500;

/** Options of {@link finishNotebookFigures}. */
export interface FinishFiguresOptions {
  /** Draws the PNGs; null leaves the figures without PNG. */
  readonly renderer: FigureRenderer | null;
  /** The plotly.js loader for the first figure; null leaves every figure without it. */
  readonly loader: PlotlyLoader | null;
  /** The language of the texts around each figure (the note until it is drawn, the PNG's alternative text); default English. */
  readonly lang?: Lang;
  /** Makes each PNG smaller with the same pixels; default {@link compactPng} (the pipeline runs it in a worker thread). */
  readonly compact?: (png: Buffer) => Buffer | Promise<Buffer>;
}

/** Result of {@link finishNotebookFigures}. */
export interface FinishedFigures {
  /** The notebook with its figure outputs completed (a new object; the input is not changed). */
  readonly notebook: Notebook;
  /** Ids of the figures found, in order. */
  readonly figures: readonly string[];
}

const FIGURE_ID_RE = /data-plotly-figure="([A-Za-z][A-Za-z0-9_-]*)"/;

function text(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.join("");
  return null;
}

interface FoundFigure {
  readonly id: string;
  readonly figure: PlotlyFigureLike;
  readonly description: string | undefined;
}

/** The figure of an output that `showFigure` made, or null for any other output. */
export function figureOfOutput(output: Output): FoundFigure | null {
  if (output.output_type !== "display_data" && output.output_type !== "execute_result") return null;
  const spec = output.data[PLOTLY_MIME];
  const html = text(output.data["text/html"]);
  if (typeof spec !== "object" || spec === null || Array.isArray(spec) || html === null) return null;
  const id = FIGURE_ID_RE.exec(html)?.[1];
  const data = spec.data;
  const layout = spec.layout;
  if (id === undefined || !Array.isArray(data) || typeof layout !== "object" || layout === null || Array.isArray(layout)) return null;
  const config = spec.config;
  const figure: PlotlyFigureLike = {
    data: data as readonly object[],
    layout,
    ...(typeof config === "object" && config !== null && !Array.isArray(config) ? { config } : {}),
  };
  const description = text(output.data["text/plain"]) ?? undefined;
  return { id, figure, description };
}

/**
 * Adds each figure output's PNG (when a renderer is given) and puts the plotly.js loader on the
 * first figure only (see the module comment).
 *
 * @param notebook An executed notebook.
 * @param options The renderer and the loader.
 * @returns The completed notebook and the ids of its figures.
 * @throws {ReportError} RENDER_FAILED when plotly.js cannot draw a figure.
 * @example
 * // illustrative: needs Chromium
 * const { renderer } = await startFigureRenderer({ plotlySource: readPlotlySource()?.text ?? null });
 * const { notebook } = await finishNotebookFigures(executed, { renderer, loader: installedPlotlyLoader() });
 */
export async function finishNotebookFigures(notebook: Notebook, options: FinishFiguresOptions): Promise<FinishedFigures> {
  const ids: string[] = [];
  const cells = [];
  for (const cell of notebook.cells) {
    if (cell.cell_type !== "code") {
      cells.push(cell);
      continue;
    }
    const outputs: Output[] = [];
    for (const output of cell.outputs) {
      const found = figureOfOutput(output);
      if (found === null || (output.output_type !== "display_data" && output.output_type !== "execute_result")) {
        outputs.push(output);
        continue;
      }
      const layoutHeight = (found.figure.layout as { height?: unknown }).height;
      const height = typeof layoutHeight === "number" && Number.isInteger(layoutHeight) ? layoutHeight : NOTEBOOK_PNG_HEIGHT;
      const compact = options.compact ?? compactPng;
      const png =
        options.renderer === null
          ? undefined
          : (
              await compact(await options.renderer.png(found.figure, { width: NOTEBOOK_PNG_WIDTH, height, scale: 1, name: found.id }))
            ).toString("base64");
      const bundle = figureBundle(found.figure, {
        id: found.id,
        lang: options.lang ?? "en",
        ...(found.description === undefined ? {} : { description: found.description }),
        ...(png === undefined ? {} : { png }),
        ...(ids.length === 0 && options.loader !== null ? { plotlyLoader: options.loader } : {}),
      });
      ids.push(found.id);
      // The plotly JSON stays as the kernel sent it; the other representations are the bundle's.
      const data: MimeBundle = { [PLOTLY_MIME]: output.data[PLOTLY_MIME] ?? null, "text/html": bundle["text/html"] };
      if (bundle["image/png"] !== undefined) data["image/png"] = bundle["image/png"];
      data["text/plain"] = bundle["text/plain"];
      outputs.push({ ...output, data });
    }
    cells.push({ ...cell, outputs });
  }
  return { notebook: { ...notebook, cells }, figures: ids };
}

/**
 * Number of figure outputs (`showFigure`'s) a notebook holds: in a stored, executed notebook,
 * how many PNGs its next execution will need.
 * @example
 * figureCount({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [] }) // 0
 */
export function figureCount(notebook: Notebook): number {
  let n = 0;
  for (const cell of notebook.cells) {
    if (cell.cell_type !== "code") continue;
    for (const output of cell.outputs) if (figureOfOutput(output) !== null) n += 1;
  }
  return n;
}
