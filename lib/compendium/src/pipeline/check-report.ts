/**
 * `node lib/compendium/dist/pipeline/check-report.js [--width <px>]... [--height <px>] [--require-answers] [report.html]`:
 * opens a report (default `reports/report.html`; any report file, e.g. a translation) in
 * headless Chromium at each width (default 1400 and 800 px, 900 px high) and fails unless, at
 * every width:
 *
 * - every figure was drawn and plotly.js loaded;
 * - the page logged no console error, threw no error and made no network request;
 * - nothing overflows the main column horizontally: not the page, not the column, and no table
 *   or other element in it that scrolls sideways or reaches past its edge;
 * - with `--require-answers`: an element with id `answers` starts on the first screen.
 *
 * Prints one line per width and every problem found. Exit code 0 when all checks pass, 1 when
 * one fails, 2 for unusable arguments. Used by CI.
 * @module pipeline/check-report
 */
import { resolve } from "node:path";
import { type BrowserCheck, checkReportInBrowser, type Viewport } from "../report/png.js";
import { isMain } from "../main-module.js";

const USAGE = "usage: check-report [--width <px>]... [--height <px>] [--require-answers] [report.html]";

/** The window widths checked unless `--width` is given. */
export const DEFAULT_WIDTHS: readonly number[] = [1400, 800];

/** What the command checks. */
export interface CheckReportArgs {
  readonly file: string;
  readonly widths: readonly number[];
  readonly height: number;
  readonly requireAnswers: boolean;
}

/** Raised for unusable command-line arguments. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * Reads the command line.
 * @throws {UsageError} for an unknown option, a missing value or a size that is not a whole
 *   number of pixels from 200 to 8000.
 * @example
 * parseArgs(["--width", "800", "--require-answers", "nl.html"])
 * // { file: "nl.html", widths: [800], height: 900, requireAnswers: true }
 * parseArgs([]).widths // [1400, 800]
 */
export function parseArgs(argv: readonly string[]): CheckReportArgs {
  const widths: number[] = [];
  let height = 900;
  let requireAnswers = false;
  let file: string | null = null;
  const pixels = (option: string, v: string | undefined): number => {
    const n = Number(v);
    if (v === undefined || !Number.isInteger(n) || n < 200 || n > 8000)
      throw new UsageError(`${option} is ${v ?? "missing"}; expected a whole number of pixels from 200 to 8000`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--width") widths.push(pixels(a, argv[++i]));
    else if (a === "--height") height = pixels(a, argv[++i]);
    else if (a === "--require-answers") requireAnswers = true;
    else if (a.startsWith("-")) throw new UsageError(`unknown option ${a}`);
    else if (file !== null) throw new UsageError(`one report at a time; got ${file} and ${a}`);
    else file = a;
  }
  return { file: file ?? "reports/report.html", widths: widths.length > 0 ? widths : [...DEFAULT_WIDTHS], height, requireAnswers };
}

/**
 * The problems of one check (empty when it passes).
 * @example
 * const ok = { viewport: { width: 800, height: 900 }, figuresExpected: 2, figuresDrawn: 2, plotlyLoaded: true, consoleErrors: [], pageErrors: [], externalRequests: [], mainWidth: 776, overflows: [], answers: "missing" } as const;
 * problems(ok, false) // []
 * problems(ok, true) // ["no element with id \"answers\": the first screen must show the answers"]
 * problems({ ...ok, figuresDrawn: 1, overflows: ["page: 900 px wide in a 800 px window"] }, false)
 * // ["1 of 2 figures drawn", "overflow: page: 900 px wide in a 800 px window"]
 */
export function problems(r: BrowserCheck, requireAnswers: boolean): string[] {
  const out: string[] = [];
  if (r.figuresExpected > 0 && !r.plotlyLoaded) out.push("plotly.js is not loaded");
  if (r.figuresDrawn !== r.figuresExpected) out.push(`${r.figuresDrawn} of ${r.figuresExpected} figures drawn`);
  for (const e of r.consoleErrors) out.push(`console error: ${e}`);
  for (const e of r.pageErrors) out.push(`page error: ${e}`);
  for (const u of r.externalRequests) out.push(`network request: ${u}`);
  for (const o of r.overflows) out.push(`overflow: ${o}`);
  if (requireAnswers) {
    if (r.answers === "missing") out.push('no element with id "answers": the first screen must show the answers');
    else if (r.answers === "hidden") out.push('the element with id "answers" is not shown');
    else if (r.answers === "below") out.push(`the element with id "answers" starts below the first screen (${r.viewport.height} px)`);
  }
  return out;
}

/** Runs the check; returns the exit code. */
export async function main(
  argv: readonly string[],
  write: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
): Promise<number> {
  let args: CheckReportArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`check-report: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  const file = resolve(args.file);
  let failed = false;
  for (const width of args.widths) {
    const viewport: Viewport = { width, height: args.height };
    const r = await checkReportInBrowser(file, { viewport });
    const found = problems(r, args.requireAnswers);
    write(
      `${file} at ${width} × ${args.height} px: main column ${r.mainWidth} px; ${r.figuresDrawn} of ${r.figuresExpected} figures drawn; ` +
        `${r.overflows.length} overflows; ${r.consoleErrors.length + r.pageErrors.length} errors; ${r.externalRequests.length} network requests; ` +
        `answers ${r.answers}${args.requireAnswers ? "" : " (not required)"}: ${found.length === 0 ? "ok" : "FAILED"}`,
    );
    for (const p of found) write(`  ${p}`);
    if (found.length > 0) failed = true;
  }
  return failed ? 1 : 0;
}

if (isMain(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`check-report: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
