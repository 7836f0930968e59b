/**
 * Why @behoud/stats does not use jstat: jstat's and @behoud/stats' distribution functions against
 * R's, for the distributions this compendium needs (t, F, normal, chi-square, noncentral t) at the
 * points its analyses use and in the tails its p-values reach, plus jstat's default variance.
 *
 * The reference values are R's, made by test/reference/jstat-accuracy.R (test/reference/
 * jstat-accuracy.json). This tool evaluates both libraries on the same arguments and renders the
 * appendix lib/stats/ACCURACY.md; every sentence of it is computed from the table.
 *
 *   Rscript test/reference/jstat-accuracy.R                              # R's values
 *   node --conditions=source --import tsx tools/jstat-accuracy.ts --write # the appendix
 *
 * jstat is a development dependency of the project root only: no package of lib/ uses it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import {
  chiSquareCdf,
  descriptives,
  fCdf,
  fQuantile,
  noncentralTCdf,
  normalCdf,
  normalQuantile,
  tCdf,
  tQuantile,
} from "../lib/stats/src/index.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const REFERENCE_FILE = `${ROOT}test/reference/jstat-accuracy.json`;
export const APPENDIX_FILE = `${ROOT}lib/stats/ACCURACY.md`;

/** One reference value of R. */
export interface AccuracyCase {
  readonly fn: string;
  readonly args: Readonly<Record<string, number | boolean | readonly number[]>>;
  readonly value: number;
  readonly r_call: string;
}

/** The part of jstat's API compared here. */
interface JStat {
  readonly normal: { cdf(x: number, mean: number, sd: number): number; inv(p: number, mean: number, sd: number): number };
  readonly studentt: { cdf(x: number, df: number): number; inv(p: number, df: number): number };
  readonly centralF: { cdf(x: number, df1: number, df2: number): number; inv(p: number, df1: number, df2: number): number };
  readonly chisquare: { cdf(x: number, df: number): number };
  readonly noncentralt: { cdf(x: number, df: number, ncp: number): number };
  variance(x: readonly number[]): number;
}

const jStat = (createRequire(import.meta.url)("jstat") as { jStat: JStat }).jStat;

/** A case's argument, as a number. */
function arg(c: AccuracyCase, name: string): number {
  const v = c.args[name];
  if (typeof v !== "number") throw new Error(`${c.r_call}: argument ${name} is ${JSON.stringify(v)}; expected a number`);
  return v;
}

/** Whether a case asks for the upper tail. */
const upper = (c: AccuracyCase): boolean => c.args.lowerTail === false;

/** The value of @behoud/stats for a case. */
export function oursOf(c: AccuracyCase): number {
  switch (c.fn) {
    case "tCdf":
      return tCdf(arg(c, "x"), arg(c, "df"), !upper(c));
    case "tQuantile":
      return tQuantile(arg(c, "p"), arg(c, "df"));
    case "fCdf":
      return fCdf(arg(c, "x"), arg(c, "df1"), arg(c, "df2"), !upper(c));
    case "fQuantile":
      return fQuantile(arg(c, "p"), arg(c, "df1"), arg(c, "df2"));
    case "normalCdf":
      return normalCdf(arg(c, "x"), !upper(c));
    case "normalQuantile":
      return normalQuantile(arg(c, "p"));
    case "chiSquareCdf":
      return chiSquareCdf(arg(c, "x"), arg(c, "df"), !upper(c));
    case "noncentralTCdf":
      return noncentralTCdf(arg(c, "x"), arg(c, "df"), arg(c, "ncp"), !upper(c));
    case "sampleVariance":
      return descriptives(c.args.x as readonly number[]).variance ?? Number.NaN;
    default:
      throw new Error(`unknown function ${c.fn}`);
  }
}

/** jstat's value for a case, with its defaults (an upper tail is 1 − cdf: jstat has no upper-tail functions). */
export function jstatOf(c: AccuracyCase): number {
  const tail = (p: number): number => (upper(c) ? 1 - p : p);
  switch (c.fn) {
    case "tCdf":
      return tail(jStat.studentt.cdf(arg(c, "x"), arg(c, "df")));
    case "tQuantile":
      return jStat.studentt.inv(arg(c, "p"), arg(c, "df"));
    case "fCdf":
      return tail(jStat.centralF.cdf(arg(c, "x"), arg(c, "df1"), arg(c, "df2")));
    case "fQuantile":
      return jStat.centralF.inv(arg(c, "p"), arg(c, "df1"), arg(c, "df2"));
    case "normalCdf":
      return tail(jStat.normal.cdf(arg(c, "x"), 0, 1));
    case "normalQuantile":
      return jStat.normal.inv(arg(c, "p"), 0, 1);
    case "chiSquareCdf":
      return tail(jStat.chisquare.cdf(arg(c, "x"), arg(c, "df")));
    case "noncentralTCdf":
      return tail(jStat.noncentralt.cdf(arg(c, "x"), arg(c, "df"), arg(c, "ncp")));
    case "sampleVariance":
      return jStat.variance(c.args.x as readonly number[]);
    default:
      throw new Error(`unknown function ${c.fn}`);
  }
}

/** |value − R| / |R| (absolute when R is 0); Infinity for a value that is not finite. */
export function relativeError(value: number, reference: number): number {
  if (!Number.isFinite(value)) return Infinity;
  return reference === 0 ? Math.abs(value) : Math.abs(value - reference) / Math.abs(reference);
}

/** The reference cases of R. */
export function accuracyCases(file = REFERENCE_FILE): AccuracyCase[] {
  return (JSON.parse(readFileSync(file, "utf8")) as { cases: AccuracyCase[] }).cases;
}

/** One compared case. */
export interface Compared {
  readonly c: AccuracyCase;
  readonly ours: number;
  readonly jstat: number;
  readonly oursError: number;
  readonly jstatError: number;
}

/** Every case evaluated by both libraries. */
export function compareAll(cases: readonly AccuracyCase[] = accuracyCases()): Compared[] {
  return cases.map((c) => {
    const ours = oursOf(c);
    const jstat = jstatOf(c);
    return { c, ours, jstat, oursError: relativeError(ours, c.value), jstatError: relativeError(jstat, c.value) };
  });
}

const e = (x: number): string => (x === 0 ? "0" : Number.isFinite(x) ? x.toExponential(1) : "not finite");
const v = (x: number): string => (Number.isFinite(x) ? x.toPrecision(10) : String(x));

/** The English words of the appendix. */
export const ACCURACY_TEXT = {
  title: "# Appendix: why @behoud/stats does not use jstat",
  intro:
    "The design named jstat for the statistics. It is not used, because it is measurably less accurate than R for the distributions this compendium needs. The table compares, at the points the analyses use and in the tails their p-values reach, jstat's value (with its defaults; an upper tail as 1 − cdf, since jstat has none) and @behoud/stats' value with R's, as the relative error |value − R| / |R|. Made by `tools/jstat-accuracy.ts` from R's values in `test/reference/jstat-accuracy.json` (`test/reference/jstat-accuracy.R`); `test/stats/jstat-accuracy.test.ts` checks that this page is current.",
  summaryHeader: "| function | cases | largest error, @behoud/stats | largest error, jstat | cases where jstat is off by more than 1e-8 |",
  header: "| R call | R | @behoud/stats | error | jstat | error |",
  overall: (ours: number, jstat: number, worse: number, n: number, worst: string): string =>
    `Over all ${n} cases the largest relative error of @behoud/stats is ${e(ours)} and that of jstat ${e(jstat)}; jstat is off by more than 1e-8 in ${worse} of them, the worst being \`${worst}\`.`,
  noncentral: (absolute: number): string =>
    `R's \`pt(q, df, ncp)\` (AS 243) itself aims at an absolute error of about 1e-12, so in a far tail its relative error can be large; the largest absolute difference between @behoud/stats' noncentral t, a port of R's algorithm, and R is ${e(absolute)}.`,
  variance:
    "The last row is not an accuracy problem but a default: `jStat.variance(x)` divides by n (the population variance), while the article's SDs, R's `var` and `@behoud/stats` divide by n − 1.",
} as const;

/** The appendix as Markdown. */
export function renderAppendix(rows: readonly Compared[] = compareAll()): string {
  const fns = [...new Set(rows.map((r) => r.c.fn))];
  const summary = fns.map((fn) => {
    const of = rows.filter((r) => r.c.fn === fn);
    const max = (pick: (r: Compared) => number): number => Math.max(...of.map(pick));
    return `| \`${fn}\` | ${of.length} | ${e(max((r) => r.oursError))} | ${e(max((r) => r.jstatError))} | ${of.filter((r) => !(r.jstatError <= 1e-8)).length} |`;
  });
  const noncentral = rows.filter((r) => r.c.fn === "noncentralTCdf");
  const distributions = rows.filter((r) => r.c.fn !== "sampleVariance");
  const overall = ACCURACY_TEXT.overall(
    Math.max(...distributions.map((r) => r.oursError)),
    Math.max(...distributions.map((r) => r.jstatError)),
    distributions.filter((r) => !(r.jstatError <= 1e-8)).length,
    distributions.length,
    distributions.reduce((a, b) => (b.jstatError > a.jstatError ? b : a)).c.r_call,
  );
  const table = rows.map(
    (r) => `| \`${r.c.r_call}\` | ${v(r.c.value)} | ${v(r.ours)} | ${e(r.oursError)} | ${v(r.jstat)} | ${e(r.jstatError)} |`,
  );
  return [
    ACCURACY_TEXT.title,
    "",
    ACCURACY_TEXT.intro,
    "",
    overall,
    "",
    ACCURACY_TEXT.summaryHeader,
    "| --- | --- | --- | --- | --- |",
    ...summary,
    "",
    ACCURACY_TEXT.header,
    "| --- | --- | --- | --- | --- | --- |",
    ...table,
    "",
    ...(noncentral.length > 0 ? [ACCURACY_TEXT.noncentral(Math.max(...noncentral.map((r) => Math.abs(r.ours - r.c.value)))), ""] : []),
    ...(rows.some((r) => r.c.fn === "sampleVariance") ? [ACCURACY_TEXT.variance, ""] : []),
  ].join("\n");
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = renderAppendix();
  if (process.argv.includes("--write")) {
    writeFileSync(APPENDIX_FILE, text);
    console.log(`wrote ${APPENDIX_FILE}`);
  } else {
    process.stdout.write(text);
  }
}
