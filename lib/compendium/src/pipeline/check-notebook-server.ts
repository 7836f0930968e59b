/**
 * `node lib/compendium/dist/pipeline/check-notebook-server.js [--kernel tslab|deno]... [--timeout <s>] [--screenshots <dir>] [notebook.ipynb]...`:
 * runs the notebooks as a student would, in a real Jupyter Notebook server (the classic
 * `jupyter notebook`, Debian's `jupyter-notebook` 6.4) in headless Chromium, and fails unless,
 * for every notebook under every kernel (default: all numbered notebooks of `notebooks/`, under
 * tslab and Deno):
 *
 * - Run All executes every code cell (none left unexecuted), no cell fails (no execute_reply
 *   with status error) and no output is an error;
 * - every figure output (plotly JSON) is drawn by plotly.js on the page: the HTML output draws it
 *   offline, with no Jupyter extension;
 * - the page throws no error, logs no figure or plotly.js error, and requests nothing but the
 *   local server (`127.0.0.1`), `data:`, `blob:` and `about:` URLs.
 *
 * The server runs on a free port of 127.0.0.1 without token, with the kernels that
 * `npm run notebooks:register` writes (in a temporary Jupyter data folder, with temporary
 * config and runtime folders, so nothing of the user's Jupyter set-up takes part), and serves
 * copies of the notebooks in a temporary folder inside the project's `node_modules` (where the
 * kernels resolve the project's packages as from `notebooks/`), so the notebooks themselves are
 * never opened for writing. Each copy's outputs are cleared in the page before Run All, so only
 * fresh outputs count. Prints one line per notebook and kernel and every problem found. Exit code
 * 0 when all checks pass, 1 when one fails, 2 for unusable arguments or a missing tool.
 * With `--screenshots <dir>`, each figure as drawn on the page is saved there as PNG.
 * @module pipeline/check-notebook-server
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { browserAvailability, withPage } from "../report/png.js";
import { isMain } from "../main-module.js";
import { registerKernels } from "./register-kernels.js";

const USAGE = "usage: check-notebook-server [--kernel tslab|deno]... [--timeout <seconds>] [--screenshots <dir>] [notebook.ipynb]...";

/** What the command checks. */
export interface NotebookServerArgs {
  readonly kernels: readonly ("tslab" | "deno")[];
  /** Time limit of one notebook's Run All, in seconds. */
  readonly timeoutS: number;
  /** Folder for a full-page screenshot of each executed notebook, or null. */
  readonly screenshots: string | null;
  /** Notebook files; empty: every numbered notebook of `notebooks/`. */
  readonly notebooks: readonly string[];
}

/** Raised for unusable command-line arguments or a missing tool. */
export class NotebookServerError extends Error {
  override readonly name = "NotebookServerError";
}

/**
 * Reads the command line.
 * @throws {NotebookServerError} for an unknown option, a missing value, an unknown kernel or a
 *   time limit that is not a positive whole number of seconds.
 * @example
 * parseServerArgs(["--kernel", "deno", "notebooks/04-pre-post.ipynb"])
 * // { kernels: ["deno"], timeoutS: 600, screenshots: null, notebooks: ["notebooks/04-pre-post.ipynb"] }
 * parseServerArgs([]).kernels // ["tslab", "deno"]
 */
export function parseServerArgs(argv: readonly string[]): NotebookServerArgs {
  const kernels: ("tslab" | "deno")[] = [];
  const notebooks: string[] = [];
  let timeoutS = 600;
  let screenshots: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new NotebookServerError(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === "--kernel") {
      const k = value();
      if (k !== "tslab" && k !== "deno") throw new NotebookServerError(`--kernel is ${k}; expected tslab or deno`);
      if (!kernels.includes(k)) kernels.push(k);
    } else if (a === "--timeout") {
      const v = value();
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) throw new NotebookServerError(`--timeout is ${v}; expected a positive whole number of seconds`);
      timeoutS = n;
    } else if (a === "--screenshots") screenshots = value();
    else if (a.startsWith("--")) throw new NotebookServerError(`unknown option ${a}\n${USAGE}`);
    else notebooks.push(a);
  }
  return { kernels: kernels.length === 0 ? ["tslab", "deno"] : kernels, timeoutS, screenshots, notebooks };
}

/** What happened to one notebook under one kernel. */
export interface NotebookPageCheck {
  readonly notebook: string;
  readonly kernel: "tslab" | "deno";
  /** Code cells with source, and how many of them executed. */
  readonly codeCells: number;
  readonly executed: number;
  /** Cells that failed (an execute_reply with status error, or an error output) as `cell N: ename: evalue`. */
  readonly errors: readonly string[];
  /** Figure outputs (plotly JSON) and how many of them plotly.js drew on the page. */
  readonly figures: number;
  readonly drawn: number;
  readonly pageErrors: readonly string[];
  /** Console errors about figures or plotly.js (these fail the check). */
  readonly figureConsoleErrors: readonly string[];
  /** Other console errors (reported, not failing: the Notebook's own messages). */
  readonly otherConsoleErrors: readonly string[];
  readonly externalRequests: readonly string[];
  readonly durationMs: number;
}

/**
 * The problems of one check, each as one line; empty when it passed.
 * @example
 * problemsOf({ notebook: "a.ipynb", kernel: "tslab", codeCells: 2, executed: 1, errors: [], figures: 1, drawn: 0, pageErrors: [], figureConsoleErrors: [], otherConsoleErrors: [], externalRequests: [], durationMs: 1 })
 * // ["1 of 2 code cells did not execute", "1 of 1 figures not drawn"]
 */
export function problemsOf(c: NotebookPageCheck): string[] {
  const out: string[] = [];
  if (c.codeCells === 0) out.push("no code cell found on the page");
  if (c.executed < c.codeCells) out.push(`${c.codeCells - c.executed} of ${c.codeCells} code cells did not execute`);
  for (const e of c.errors) out.push(`error output: ${e}`);
  if (c.drawn < c.figures) out.push(`${c.figures - c.drawn} of ${c.figures} figures not drawn`);
  for (const e of c.pageErrors) out.push(`page error: ${e}`);
  for (const e of c.figureConsoleErrors) out.push(`console error: ${e}`);
  for (const r of c.externalRequests) out.push(`network request: ${r}`);
  return out;
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const server = createServer();
    server.unref();
    server.on("error", rej);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => res(port));
    });
  });
}

async function waitForServer(url: string, server: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new NotebookServerError(`jupyter notebook exited with code ${server.exitCode}:\n${log()}`);
    try {
      const r = await fetch(`${url}api`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new NotebookServerError(`jupyter notebook did not answer within ${timeoutMs / 1000} s:\n${log()}`);
}

/** In the page: the notebook is loaded and its kernel connected and idle. */
const KERNEL_READY = `(() => {
  const n = window.Jupyter && window.Jupyter.notebook;
  const icon = document.getElementById("kernel_indicator_icon");
  return !!(n && n._fully_loaded && n.kernel && n.kernel.is_connected() && icon !== null && icon.classList.contains("kernel_idle_icon"));
})()`;

/**
 * In the page: records every execute_reply of this run by cell (its status; with ename and evalue
 * for an error: tslab reports a failing cell by its reply and a stderr stream, not always by an
 * error output), clears the outputs and the prompts (a stored notebook's execution counts must not
 * pass for this run's), switches autosave off and runs every cell.
 */
const RUN_ALL = `(() => {
  const n = window.Jupyter.notebook;
  window.behoudReplies = {};
  const CodeCell = window.requirejs("notebook/js/codecell").CodeCell;
  if (!CodeCell.prototype.behoudWrapped) {
    const handle = CodeCell.prototype._handle_execute_reply;
    CodeCell.prototype._handle_execute_reply = function (msg) {
      const c = (msg && msg.content) || {};
      window.behoudReplies[n.find_cell_index(this)] = { status: c.status, ename: c.ename, evalue: c.evalue };
      return handle.apply(this, arguments);
    };
    CodeCell.prototype.behoudWrapped = true;
  }
  n.set_autosave_interval(0);
  n.clear_all_output();
  for (const c of n.get_cells()) if (c.cell_type === "code") c.set_input_prompt();
  n.execute_all_cells();
  return n.get_cells().length;
})()`;

/**
 * In the page: Run All has finished: every code cell has its reply of this run (ok, error or
 * aborted) and the kernel is idle. A run that never starts never finishes (the time limit fails it).
 */
const RUN_DONE = `(() => {
  const n = window.Jupyter.notebook;
  const replies = window.behoudReplies || {};
  const code = n.get_cells().map((c, i) => ({ c, i })).filter((x) => x.c.cell_type === "code" && x.c.get_text().trim() !== "");
  if (!code.every((x) => replies[x.i] !== undefined)) return false;
  const icon = document.getElementById("kernel_indicator_icon");
  return icon === null || icon.classList.contains("kernel_idle_icon");
})()`;

/** In the page: the counts of the check. */
const COLLECT = `(() => {
  const n = window.Jupyter.notebook;
  const code = n.get_cells().map((c, i) => ({ c, i })).filter((x) => x.c.cell_type === "code" && x.c.get_text().trim() !== "");
  const replies = window.behoudReplies || {};
  const executed = code.filter((x) => replies[x.i] !== undefined && (replies[x.i].status === "ok" || replies[x.i].status === "error")).length;
  let figures = 0;
  const stderr = (i) => n.get_cell(i).output_area.outputs.filter((o) => o.output_type === "stream" && o.name === "stderr").map((o) => o.text).join("").trim().replace(/\\s+/g, " ").slice(0, 300);
  const errors = code.filter((x) => replies[x.i] !== undefined && replies[x.i].status === "error").map((x) => { const e = replies[x.i]; return "cell " + (x.i + 1) + ": " + (e.ename ? e.ename + ": " + e.evalue : "failed: " + (stderr(x.i) || "(no message)")); });
  for (const x of code) for (const o of x.c.output_area.outputs) {
    if (o.output_type === "error") errors.push("cell " + (x.i + 1) + " (output): " + o.ename + ": " + o.evalue);
    if (o.data && o.data["application/vnd.plotly.v1+json"] !== undefined) figures += 1;
  }
  const drawn = Array.from(document.querySelectorAll(".output_area [data-plotly-figure]"))
    .filter((el) => el.classList.contains("js-plotly-plot") && el.querySelector(".main-svg") !== null && !el.hasAttribute("data-plotly-error")).length;
  return { codeCells: code.length, executed, errors, figures, drawn };
})()`;

interface Collected {
  readonly codeCells: number;
  readonly executed: number;
  readonly errors: readonly string[];
  readonly figures: number;
  readonly drawn: number;
}

function isCollected(v: unknown): v is Collected {
  if (typeof v !== "object" || v === null) return false;
  const c = v as Record<string, unknown>;
  return (
    typeof c.codeCells === "number" &&
    typeof c.executed === "number" &&
    Array.isArray(c.errors) &&
    c.errors.every((e) => typeof e === "string") &&
    typeof c.figures === "number" &&
    typeof c.drawn === "number"
  );
}

async function checkOne(
  page: Page,
  url: string,
  notebook: string,
  kernel: "tslab" | "deno",
  timeoutMs: number,
  screenshots: string | null,
): Promise<NotebookPageCheck> {
  const t0 = performance.now();
  const pageErrors: string[] = [];
  const figureConsoleErrors: string[] = [];
  const otherConsoleErrors: string[] = [];
  const externalRequests: string[] = [];
  const origin = new URL(url).origin;
  const onConsole = (m: { type(): string; text(): string }): void => {
    if (m.type() !== "error") return;
    const text = m.text();
    if (/figure|plotly/i.test(text)) figureConsoleErrors.push(text);
    else otherConsoleErrors.push(text);
  };
  const onPageError = (e: Error): void => void pageErrors.push(e.message);
  const onRequest = (r: { url(): string }): void => {
    const u = r.url();
    if (!u.startsWith(`${origin}/`) && !/^(data|blob|about):/i.test(u)) externalRequests.push(u);
  };
  page.on("console", onConsole);
  page.on("pageerror", onPageError);
  page.on("request", onRequest);
  try {
    await page.goto(`${url}notebooks/${encodeURIComponent(notebook)}`, { waitUntil: "load" });
    await page.waitForFunction(KERNEL_READY, undefined, { timeout: 120_000, polling: 200 });
    await page.evaluate(RUN_ALL);
    // The prompts turn to "*" as the cells are queued; wait for the last one to finish.
    await page.waitForFunction(RUN_DONE, undefined, { timeout: timeoutMs, polling: 250 });
    const counts = async (): Promise<Collected> => {
      const v: unknown = await page.evaluate(COLLECT);
      if (!isCollected(v)) throw new NotebookServerError(`${notebook}: the page did not answer the output count`);
      return v;
    };
    // plotly.js is inflated and figures drawn asynchronously: give them time.
    let collected = await counts();
    const until = Date.now() + 20_000;
    while (collected.drawn < collected.figures && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 250));
      collected = await counts();
    }
    if (screenshots !== null) {
      mkdirSync(screenshots, { recursive: true });
      // The Notebook scrolls inside its own element: one picture per figure as it is on the page.
      const figures = page.locator(".output_area [data-plotly-figure]");
      const n = await figures.count();
      for (let i = 0; i < n; i++)
        await figures.nth(i).screenshot({ path: join(screenshots, `${kernel}-${basename(notebook, ".ipynb")}-${i + 1}.png`) });
    }
    // End the kernel: the next notebook starts its own.
    await page.evaluate("window.Jupyter.notebook.session.delete()").catch(() => undefined);
    return {
      notebook,
      kernel,
      ...collected,
      pageErrors,
      figureConsoleErrors,
      otherConsoleErrors,
      externalRequests,
      durationMs: performance.now() - t0,
    };
  } finally {
    page.off("console", onConsole);
    page.off("pageerror", onPageError);
    page.off("request", onRequest);
  }
}

/**
 * Starts the server, checks every notebook under every kernel and stops the server.
 * @param root The project folder (with notebooks/ and node_modules/).
 * @param args What to check.
 * @param log Progress lines.
 * @returns One check per notebook and kernel.
 * @throws {NotebookServerError} when Jupyter, Chromium or playwright-core is missing, or the
 *   server does not start.
 * @example
 * // illustrative: starts jupyter notebook, kernels and Chromium
 * const checks = await checkNotebooksInServer(process.cwd(), parseServerArgs(["--kernel", "tslab"]), console.log);
 * if (checks.some((c) => problemsOf(c).length > 0)) process.exitCode = 1;
 */
export async function checkNotebooksInServer(
  root: string,
  args: NotebookServerArgs,
  log: (line: string) => void,
): Promise<NotebookPageCheck[]> {
  const browser = await browserAvailability();
  if (!browser.available) throw new NotebookServerError(`headless Chromium is needed: ${browser.reason}`);
  const nbDir = join(root, "notebooks");
  const files =
    args.notebooks.length > 0
      ? args.notebooks.map((f) => resolve(f))
      : readdirSync(nbDir)
          .filter((f) => /^\d\d-.*\.ipynb$/.test(f))
          .sort()
          .map((f) => join(nbDir, f));
  for (const f of files) if (!existsSync(f)) throw new NotebookServerError(`${f} does not exist`);
  if (!existsSync(join(root, "node_modules"))) throw new NotebookServerError(`${root} has no node_modules; run npm ci first`);
  const jupyterHome = mkdtempSync(join(tmpdir(), "behoud-jupyter-"));
  // Inside node_modules, so that the kernels resolve the project's packages (and Deno its deno.json).
  const serveDir = mkdtempSync(join(root, "node_modules", ".notebook-server-"));
  let server: ChildProcess | null = null;
  try {
    const dataDir = join(jupyterHome, "data");
    registerKernels(root, dataDir);
    for (const kernel of args.kernels) {
      mkdirSync(join(serveDir, kernel));
      for (const f of files) {
        const nb = JSON.parse(readFileSync(f, "utf8")) as { metadata?: Record<string, unknown> };
        if (kernel === "deno") nb.metadata = { ...nb.metadata, kernelspec: { name: "deno", display_name: "Deno", language: "typescript" } };
        writeFileSync(join(serveDir, kernel, basename(f)), JSON.stringify(nb));
      }
    }
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    let output = "";
    server = spawn(
      "jupyter",
      [
        "notebook",
        "--no-browser",
        "--ip=127.0.0.1",
        `--port=${port}`,
        "--port-retries=0",
        "--NotebookApp.token=",
        "--NotebookApp.password=",
        `--notebook-dir=${serveDir}`,
        // CI containers run as root, which the server refuses without this.
        ...(process.getuid?.() === 0 ? ["--allow-root"] : []),
      ],
      {
        cwd: serveDir,
        env: {
          ...process.env,
          JUPYTER_DATA_DIR: dataDir,
          JUPYTER_CONFIG_DIR: join(jupyterHome, "config"),
          JUPYTER_RUNTIME_DIR: join(jupyterHome, "runtime"),
          JUPYTER_PATH: dataDir,
          IPYTHONDIR: join(jupyterHome, "ipython"),
          PYDEVD_DISABLE_FILE_VALIDATION: "1",
        },
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
      },
    );
    const keep = (b: Buffer): void => {
      output = (output + b.toString("utf8")).slice(-20_000);
    };
    server.stdout?.on("data", keep);
    server.stderr?.on("data", keep);
    const started = new Promise<void>((res, rej) => {
      server?.once("spawn", () => res());
      server?.once("error", (e) =>
        rej(new NotebookServerError(`jupyter notebook could not be started (install Debian's jupyter-notebook): ${e.message}`)),
      );
    });
    await started;
    await waitForServer(url, server, () => output, 60_000);
    log(`jupyter notebook serving copies of ${files.length} notebooks at ${url}`);
    return await withPage(
      browser.chromiumPath,
      120_000,
      async (page) => {
        const checks: NotebookPageCheck[] = [];
        for (const kernel of args.kernels) {
          for (const f of files) {
            const name = `${kernel}/${basename(f)}`;
            const check = await checkOne(page, url, name, kernel, args.timeoutS * 1000, args.screenshots);
            const problems = problemsOf(check);
            log(
              `${problems.length === 0 ? "ok  " : "FAIL"} ${basename(f)} (${kernel}): ${check.executed}/${check.codeCells} cells, ${check.drawn}/${check.figures} figures drawn, ${check.errors.length} errors, ${(check.durationMs / 1000).toFixed(1)} s`,
            );
            for (const p of problems) log(`       ${p}`);
            for (const e of check.otherConsoleErrors) log(`       (console error, not failing: ${e})`);
            checks.push(check);
          }
        }
        return checks;
      },
      undefined,
      { width: 1200, height: 900 },
    );
  } finally {
    if (server !== null && server.exitCode === null && server.pid !== undefined) {
      const pid = server.pid;
      const exited = new Promise<void>((r) => server?.once("exit", () => r()));
      try {
        process.kill(-pid, "SIGTERM");
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-pid, "SIGKILL");
        } catch {
          // already gone
        }
      }, 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(serveDir, { recursive: true, force: true });
    rmSync(jupyterHome, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  let args: NotebookServerArgs;
  try {
    args = parseServerArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  }
  checkNotebooksInServer(process.cwd(), args, (line) => process.stdout.write(`${line}\n`)).then(
    (checks) => {
      const failed = checks.filter((c) => problemsOf(c).length > 0).length;
      process.stdout.write(
        failed === 0
          ? `all ${checks.length} notebook runs passed in the Jupyter Notebook server\n`
          : `${failed} of ${checks.length} notebook runs failed\n`,
      );
      process.exitCode = failed === 0 ? 0 : 1;
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}\n`);
      process.exitCode = e instanceof NotebookServerError ? 2 : 1;
    },
  );
}
