/**
 * The work on an executed notebook that needs no browser and no kernel, in a worker thread of
 * its own: compacting each figure's PNG (report/png-compact), and writing the notebook and its
 * HTML page (runner/nbformat, runner/html; a page embeds plotly.js, 3.5 MB). `npm run
 * reproduce` finishes each notebook while the next one runs; done on the main thread, this work
 * (measured with --cpu-prof: about 40 ms per figure, 15 ms to render a page and 40 ms to write
 * it) would hold up the messages of the running kernel, whose next cell waits for the main
 * thread to read the previous cell's reply.
 *
 * {@link startFinishThread} (main thread) starts this module as a worker; each request is
 * answered in order.
 * @module pipeline/finish-worker
 */
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import type { Notebook } from "@behoud/notebook-runner";
import type { Lang } from "../views/lang.js";
import { startWorker } from "./worker-start.js";

type ToWorker =
  | { readonly type: "compact"; readonly id: number; readonly png: Uint8Array }
  | {
      readonly type: "write";
      readonly id: number;
      readonly notebook: Notebook;
      readonly lang: Lang;
      readonly ipynbPath: string;
      readonly htmlPath: string;
    };

type ToMain =
  | { readonly type: "compacted"; readonly id: number; readonly png: Uint8Array }
  | { readonly type: "written"; readonly id: number }
  | { readonly type: "error"; readonly id: number; readonly name: string; readonly message: string };

const MARK = "behoud-finish-worker";

/** The handle of the finishing thread. */
export interface FinishThread {
  /** {@link compactPng} of `png`, computed in the worker. */
  compactPng(png: Buffer): Promise<Buffer>;
  /**
   * Writes `serializeNotebook(notebook)` to `ipynbPath` and `renderNotebookHtml(notebook,
   * { lang, plotlyJs })` to `htmlPath`, from the worker.
   */
  writeNotebook(notebook: Notebook, lang: Lang, ipynbPath: string, htmlPath: string): Promise<void>;
  /** Stops the worker (requests not yet answered reject). */
  terminate(): Promise<void>;
}

/** An error of the finishing thread, with the name and message it had there. */
export class FinishError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/**
 * Starts the finishing thread.
 * @param plotlyJs The plotly.js source the HTML pages embed, or null for pages without it.
 * @example
 * // illustrative: starts a worker thread
 * const finisher = startFinishThread(readPlotlySource()?.text ?? null);
 * try { await finisher.writeNotebook(executed, "en", "out/01.ipynb", "out/01.html"); } finally { await finisher.terminate(); }
 */
export function startFinishThread(plotlyJs: string | null): FinishThread {
  const worker = startWorker(import.meta.url, { mark: MARK, plotlyJs });
  const pending = new Map<number, { resolve(value: ToMain): void; reject(error: unknown): void }>();
  let next = 1;
  const failAll = (e: unknown): void => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  worker.on("message", (m: ToMain) => {
    const p = pending.get(m.id);
    if (p === undefined) return;
    pending.delete(m.id);
    if (m.type === "error") p.reject(new FinishError(m.name, m.message));
    else p.resolve(m);
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new FinishError("Error", `the finishing thread stopped (exit code ${code})`)));
  const ask = (request: ToWorker, transfer: readonly ArrayBuffer[] = []): Promise<ToMain> =>
    new Promise<ToMain>((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      worker.postMessage(request, [...transfer]);
    });
  return {
    async compactPng(png: Buffer): Promise<Buffer> {
      const copy = new Uint8Array(png);
      const m = await ask({ type: "compact", id: next++, png: copy }, [copy.buffer as ArrayBuffer]);
      if (m.type !== "compacted") throw new FinishError("Error", `unexpected answer ${m.type}`);
      return Buffer.from(m.png.buffer, m.png.byteOffset, m.png.byteLength);
    },
    async writeNotebook(notebook: Notebook, lang: Lang, ipynbPath: string, htmlPath: string): Promise<void> {
      const m = await ask({ type: "write", id: next++, notebook, lang, ipynbPath, htmlPath });
      if (m.type !== "written") throw new FinishError("Error", `unexpected answer ${m.type}`);
    },
    async terminate(): Promise<void> {
      worker.removeAllListeners("exit");
      failAll(new FinishError("Error", "the finishing thread was stopped"));
      await worker.terminate();
    },
  };
}

/** The worker's side. */
async function runWorker(plotlyJs: string | null): Promise<void> {
  const port = parentPort;
  if (port === null) return;
  const { compactPng } = await import("../report/png-compact.js");
  const { renderNotebookHtml, serializeNotebook } = await import("@behoud/notebook-runner");
  const { writeFileSync } = await import("node:fs");
  port.on("message", (m: ToWorker) => {
    try {
      if (m.type === "compact") {
        const png = compactPng(Buffer.from(m.png.buffer, m.png.byteOffset, m.png.byteLength));
        const out = new Uint8Array(png);
        port.postMessage({ type: "compacted", id: m.id, png: out } satisfies ToMain, [out.buffer as ArrayBuffer]);
      } else {
        writeFileSync(m.ipynbPath, serializeNotebook(m.notebook));
        writeFileSync(m.htmlPath, renderNotebookHtml(m.notebook, { lang: m.lang, ...(plotlyJs === null ? {} : { plotlyJs }) }));
        port.postMessage({ type: "written", id: m.id } satisfies ToMain);
      }
    } catch (e) {
      port.postMessage({
        type: "error",
        id: m.id,
        name: e instanceof Error ? e.name : "Error",
        message: e instanceof Error ? e.message : String(e),
      } satisfies ToMain);
    }
  });
}

if (!isMainThread && (workerData as { mark?: string } | null)?.mark === MARK) {
  void runWorker((workerData as { plotlyJs: string | null }).plotlyJs);
}
