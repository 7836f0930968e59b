#!/usr/bin/env node
/**
 * Command line: execute notebooks headlessly and write the executed copies.
 *
 * ```
 * node --import tsx lib/notebook-runner/src/cli.ts [options] notebook.ipynb ...
 * node lib/notebook-runner/dist/cli.js [options] notebook.ipynb ...
 * ```
 *
 * Notebooks run in the order given, each in a fresh kernel whose working directory is the
 * notebook's folder. The first failing cell stops everything: the message names the
 * notebook, the cell and the kernel's error (no stack trace of this program), and the exit
 * code is 1. Usage errors exit with 2, an interruption (Ctrl-C, SIGTERM) with 130.
 *
 * @module runner/cli
 */
import { readFile, writeFile } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { KernelError, NotebookError } from "./errors.js";
import { executeNotebookFile, type ProgressEvent } from "./execute.js";
import { renderNotebookHtml } from "./html.js";
import { builtinKernelSpec, readKernelSpec, type KernelSpec } from "./kernelspec.js";
import { killAllKernels } from "./processes.js";

const USAGE = `Usage: cli.ts [options] notebook.ipynb ...

Executes notebooks headlessly (tslab or Deno kernel, no Python needed) and writes the
executed copies. Stops at the first failing cell.

Options:
  --kernel <name|dir>    tslab, deno, or a kernelspec directory holding kernel.json
                         (default: the notebook's metadata.kernelspec.name, else tslab)
  --out <dir>            folder for the executed notebooks (default: reports/notebooks)
  --timeout <s>          time limit per cell in seconds (default: 600)
  --startup-timeout <s>  time limit for a kernel to start, in seconds (default: 60)
  --jobs <n>             notebooks run side by side, each in its own kernel (default: 1);
                         only for notebooks that do not depend on each other's files
  --html                 also write <name>.html, a self-contained page, beside each notebook
  --plotly-js <file>     plotly.js source to embed in the HTML pages (e.g. plotly-basic.min.js)
  --quiet                print failures and the summary only
  -h, --help             show this help
`;

class UsageError extends Error {}

interface CliOptions {
  readonly notebooks: string[];
  readonly kernel: string | undefined;
  readonly out: string;
  readonly timeoutMs: number;
  readonly startupTimeoutMs: number;
  readonly jobs: number;
  readonly html: boolean;
  readonly plotlyJs: string | undefined;
  readonly quiet: boolean;
}

function seconds(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback * 1000;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${option} must be a positive number of seconds, got "${value}"`);
  return n * 1000;
}

/** Runs the argument parser; its errors become usage errors. */
function parseOrThrowUsage<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

function parse(argv: string[]): CliOptions | "help" {
  const parsed = parseOrThrowUsage(() =>
    parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        kernel: { type: "string" },
        out: { type: "string" },
        timeout: { type: "string" },
        "startup-timeout": { type: "string" },
        jobs: { type: "string" },
        html: { type: "boolean" },
        "plotly-js": { type: "string" },
        quiet: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }),
  );
  const v = parsed.values;
  if (v.help === true) return "help";
  if (parsed.positionals.length === 0) throw new UsageError("no notebook given");
  const jobs = v.jobs === undefined ? 1 : Number(v.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a positive integer, got "${v.jobs}"`);
  const names = new Map<string, string>();
  for (const nb of parsed.positionals) {
    if (extname(nb) !== ".ipynb") throw new UsageError(`not a notebook (.ipynb): ${nb}`);
    const other = names.get(basename(nb));
    if (other !== undefined) throw new UsageError(`${other} and ${nb} would both be written as ${basename(nb)}`);
    names.set(basename(nb), nb);
  }
  return {
    notebooks: parsed.positionals,
    kernel: v.kernel,
    out: v.out ?? join("reports", "notebooks"),
    timeoutMs: seconds(v.timeout, "timeout", 600),
    startupTimeoutMs: seconds(v["startup-timeout"], "startup-timeout", 60),
    jobs,
    html: v.html === true,
    plotlyJs: v["plotly-js"],
    quiet: v.quiet === true,
  };
}

function kernelSpec(kernel: string | undefined): KernelSpec | undefined {
  if (kernel === undefined) return undefined;
  if (kernel === "tslab" || kernel === "deno") return builtinKernelSpec(kernel, process.cwd());
  return readKernelSpec(kernel);
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

function progressPrinter(prefix: string, quiet: boolean): (e: ProgressEvent) => void {
  return (e) => {
    if (quiet) return;
    switch (e.type) {
      case "notebook-start":
        console.log(`${prefix}▶ ${e.notebook} (${e.kernel}, ${e.codeCells} code cells)`);
        break;
      case "kernel-ready":
        console.log(`${prefix}  kernel ready in ${s(e.startupMs)} (pid ${e.pid})`);
        break;
      case "cell-done": {
        const n = String(e.codeCell).padStart(String(e.codeCells).length);
        const mark = e.status === "ok" ? " " : "✘";
        // "cell N" is the cell's place in the notebook, as in the failure message.
        console.log(`${prefix}  ${mark}[${n}/${e.codeCells}] cell ${e.cellIndex + 1} ${s(e.durationMs).padStart(8)}  ${e.firstLine}`);
        break;
      }
      case "notebook-done":
      case "cell-start":
        break;
    }
  };
}

async function main(argv: string[]): Promise<number> {
  let options: CliOptions;
  try {
    const parsed = parse(argv);
    if (parsed === "help") {
      process.stdout.write(USAGE);
      return 0;
    }
    options = parsed;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`error: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }

  const spec = kernelSpec(options.kernel);
  const plotlyJs = options.plotlyJs === undefined ? undefined : await readFile(options.plotlyJs, "utf8");
  const controller = new AbortController();
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (interrupted) {
      killAllKernels();
      process.exit(130);
    }
    interrupted = true;
    process.stderr.write(`\n${signal}: shutting the kernels down\n`);
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  const t0 = performance.now();
  let failure: unknown;
  let done = 0;
  const queue = [...options.notebooks];
  const worker = async (): Promise<void> => {
    for (let input = queue.shift(); input !== undefined && failure === undefined && !controller.signal.aborted; input = queue.shift()) {
      const output = join(options.out, basename(input));
      const prefix = options.jobs > 1 ? `[${basename(input, ".ipynb")}] ` : "";
      try {
        const result = await executeNotebookFile(input, output, {
          ...(spec === undefined ? {} : { kernel: spec }),
          projectDir: process.cwd(),
          cellTimeoutMs: options.timeoutMs,
          startupTimeoutMs: options.startupTimeoutMs,
          signal: controller.signal,
          onProgress: progressPrinter(prefix, options.quiet),
        });
        if (options.html) {
          const htmlPath = output.replace(/\.ipynb$/, ".html");
          await writeFile(htmlPath, renderNotebookHtml(result.notebook, plotlyJs === undefined ? {} : { plotlyJs }));
        }
        done += 1;
        if (!options.quiet) console.log(`${prefix}✔ ${input} in ${s(result.durationMs)} → ${output}`);
      } catch (error) {
        if (failure === undefined && !interrupted) {
          failure = error;
          controller.abort(); // stop the notebooks running beside this one
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.jobs, options.notebooks.length) }, worker));
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);

  if (interrupted) {
    process.stderr.write(`interrupted after ${done} of ${options.notebooks.length} notebooks\n`);
    return 130;
  }
  if (failure !== undefined) {
    if (failure instanceof NotebookError || failure instanceof KernelError) {
      process.stderr.write(`\n✘ ${failure.message}\n`);
      if (failure instanceof KernelError && failure.kernelLog.trim() !== "") {
        process.stderr.write(`kernel log:\n${failure.kernelLog.trimEnd()}\n`);
      }
    } else {
      process.stderr.write(`\n✘ ${failure instanceof Error ? failure.message : String(failure)}\n`);
    }
    process.stderr.write(`failed: ${done} of ${options.notebooks.length} notebooks executed\n`);
    return 1;
  }
  console.log(`${done} notebook${done === 1 ? "" : "s"} executed in ${s(performance.now() - t0)} → ${resolve(options.out)}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`✘ ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
