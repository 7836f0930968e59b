/**
 * `npm run reproduce [-- --data <folder>] [--kernel tslab|deno] [--jobs N] [--fresh-kernels] [--no-png] [--no-pdf] [--publish-flagged-text] [--cell-timeout <seconds>] [--lang en|nl] [--out <folder>]`
 *
 * Ctrl-C, SIGTERM or SIGHUP stop the run within about a second: the kernels, Chromium and the
 * analysis thread end, the staging folder is removed and the previous outputs stay as they were
 * (exit code 130, 143 or 129). A second signal exits at once.
 * @module pipeline/cli
 */
import { existsSync } from "node:fs";
import { constants } from "node:os";
import { join, resolve } from "node:path";
import type { TslabHost } from "@behoud/notebook-runner";
import type { Lang } from "../views/lang.js";
import { isMain } from "../main-module.js";
import { LANG_ENV } from "../views/lang-env.js";
import { startWarmHost } from "./warm-host.js";

const USAGE =
  "usage: npm run reproduce [-- --data <folder>] [--kernel tslab|deno] [--jobs N] [--fresh-kernels] [--no-png] [--no-pdf] [--publish-flagged-text] [--cell-timeout <seconds>] [--lang en|nl] [--out <folder>]";
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
/** Time after a signal by which the process has exited, however slow a child is to stop. */
const FORCED_EXIT_MS = 700;

/** Runs the command; returns the exit code (0 success, 1 failure, 2 usage). */
export async function main(argv: readonly string[], root = process.cwd()): Promise<number> {
  let dataDir: string | null = null;
  let kernel: "tslab" | "deno" = "tslab";
  let jobs: number | undefined;
  let warmKernels = true;
  let png = true;
  let pdf = true;
  let publishFlaggedText = false;
  let langText: string | undefined;
  let outDir: string | undefined;
  let cellTimeoutMs: number | undefined;
  // npm runs scripts in the project folder; relative paths mean the folder npm was started in.
  const base = process.env.INIT_CWD ?? process.cwd();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === "--data") dataDir = resolve(base, value());
      else if (a === "--kernel") {
        const k = value();
        if (k !== "tslab" && k !== "deno") throw new Error(`--kernel is ${k}; expected tslab or deno`);
        kernel = k;
      } else if (a === "--jobs") {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) throw new Error("--jobs expects a whole number of at least 1");
        jobs = n;
      } else if (a === "--fresh-kernels") warmKernels = false;
      else if (a === "--no-png") png = false;
      else if (a === "--no-pdf") pdf = false;
      else if (a === "--publish-flagged-text") publishFlaggedText = true;
      else if (a === "--out") outDir = resolve(base, value());
      else if (a === "--lang") langText = value();
      else if (a === "--cell-timeout") {
        const v = value();
        const seconds = Number(v);
        if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 86_400)
          throw new Error(`--cell-timeout is ${v}; expected a number of seconds above 0 and at most 86400`);
        cellTimeoutMs = seconds * 1000;
      } else if (a === "--help" || a === "-h") {
        process.stdout.write(`${USAGE}\n`);
        return 0;
      } else throw new Error(`unknown argument ${String(a)}`);
    } catch (e) {
      process.stderr.write(`reproduce: ${(e as Error).message}\n${USAGE}\n`);
      return 2;
    }
  }
  const controller = new AbortController();
  let received: NodeJS.Signals | null = null;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (received !== null) process.exit(128 + (constants.signals[signal] ?? 1));
    received = signal;
    process.stderr.write(`\nreproduce: ${signal} received; stopping (the previous outputs stay as they were)\n`);
    controller.abort();
    // The orderly stop usually takes well under a second. Should a child be slow to go (a
    // browser still starting), exit anyway: the exit handlers remove the staging folder and
    // the lock (pipeline/outputs) and kill the kernels (runner/processes) and Chromium
    // (playwright-core) synchronously.
    setTimeout(() => {
      process.stderr.write(`reproduce: stopped by ${signal}\n`);
      process.exit(128 + (constants.signals[signal] ?? 1));
    }, FORCED_EXIT_MS).unref();
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  // The warm tslab host starts before the rest of the library loads (this module's static
  // imports are light ones), so that it warms up while the command loads: about 0.3 s
  // sooner than from within reproduce() on this project's two-core machine. reproduce() uses
  // and closes it; a usage error found below closes it here.
  const host: TslabHost | null =
    kernel === "tslab" && warmKernels && existsSync(join(root, "notebooks")) ? startWarmHost(root, { [LANG_ENV]: langText ?? "en" }) : null;
  try {
    const { parseLang } = await import("../views/lang.js");
    const { describeFailure, InterruptedError, reproduce } = await import("./reproduce.js");
    let lang: Lang;
    try {
      lang = langText === undefined ? "en" : parseLang(langText);
    } catch (e) {
      process.stderr.write(`reproduce: ${(e as Error).message}\n${USAGE}\n`);
      return 2;
    }
    try {
      const summary = await reproduce({
        root,
        dataDir,
        kernel,
        warmKernels,
        png,
        pdf,
        publishFlaggedText,
        lang,
        signal: controller.signal,
        hosts: host === null ? [] : [host],
        ...(jobs !== undefined ? { jobs } : {}),
        ...(outDir !== undefined ? { outDir } : {}),
        ...(cellTimeoutMs !== undefined ? { cellTimeoutMs } : {}),
      });
      const counts = Object.entries(summary.statusCounts)
        .map(([k, v]) => `${v} ${k}`)
        .join(", ");
      process.stdout.write(
        `\n${summary.notebooks.length} notebooks executed; ${summary.files.length} files written to ${outDir ?? "reports/"} in ${(summary.durationMs / 1000).toFixed(1)} s\npublished values: ${counts}\n`,
      );
      for (const n of summary.notices) process.stdout.write(`notice: ${n}\n`);
      return 0;
    } catch (e) {
      if (e instanceof InterruptedError && received !== null) {
        process.stderr.write(`reproduce: stopped by ${received}; nothing was changed in ${outDir ?? "reports/"}\n`);
        return 128 + (constants.signals[received] ?? 1);
      }
      process.stderr.write(`\nreproduce failed: ${describeFailure(e)}\n`);
      return 1;
    }
  } finally {
    for (const s of SIGNALS) process.off(s, onSignal);
    await host?.close();
  }
}

if (isMain(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
    // Stopped by a signal: nothing left to wait for (a browser still starting is killed by
    // playwright-core's exit handler).
    if (code > 128) process.exit(code);
  });
}
