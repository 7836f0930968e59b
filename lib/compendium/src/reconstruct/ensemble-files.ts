/**
 * Writes a dataset of the ensemble as a data folder of the shipped layout (datapackage.json,
 * schemas/, codes.csv, axial-codes.csv, raw/), so that `npm run validate -- <folder>` and
 * `npm run reproduce -- --data <folder>` take it as it is; and the stored summary of an ensemble.
 * @module reconstruct/ensemble-files
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { StatsError } from "@behoud/stats";
import type { EnsembleResult, KeptDataset } from "./ensemble.js";
import { reconstruct } from "./generate.js";

/**
 * The data files of a kept dataset: the files of its chain's reconstruction (demographics, part-1
 * answers, open answers and focus groups), with the searched answer columns replaced by its own.
 * `cache` keeps the reconstructions' files by chain seed across calls.
 * @throws {StatsError} INVALID_ARGUMENT when a searched column is not in the respondent files.
 */
export function datasetFiles(
  kept: KeptDataset,
  dataDir = "data",
  cache: Map<number, ReadonlyMap<string, string>> = new Map(),
): Map<string, string> {
  let files = cache.get(kept.origin.chainSeed);
  if (files === undefined) {
    files = reconstruct({ dataDir, seed: kept.origin.chainSeed, startModel: kept.origin.startModel }).files;
    cache.set(kept.origin.chainSeed, files);
  }
  const out = new Map(files);
  let offset = 0;
  for (const [path, text] of files) {
    if (!path.startsWith("raw/respondents-")) continue;
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    const fields = parsed.meta.fields ?? [];
    for (const name of kept.cells.keys())
      if (!fields.includes(name))
        throw new StatsError("INVALID_ARGUMENT", "datasetFiles", `column ${name} is not in ${path}; expected every searched column there`);
    const rows = parsed.data.map((row, i) =>
      fields.map((f) => {
        const col = kept.cells.get(f);
        return col === undefined ? (row[f] ?? "") : String(col[offset + i]);
      }),
    );
    offset += parsed.data.length;
    out.set(path, `${Papa.unparse({ fields, data: rows }, { newline: "\n" })}\n`);
  }
  return out;
}

/**
 * Writes a kept dataset as a data folder: the codebook files of `dataDir` copied beside the data
 * files, its datapackage.json saying which dataset it is. The folder must be new or empty; the
 * files are written to a staging folder and moved into place at the end.
 * @throws {StatsError} INVALID_ARGUMENT when the folder exists and is not empty.
 */
export function writeDatasetFolder(
  kept: KeptDataset,
  folder: string,
  options: { dataDir?: string; title: string; cache?: Map<number, ReadonlyMap<string, string>> },
): void {
  const dataDir = options.dataDir ?? "data";
  if (existsSync(folder) && readdirSync(folder).length > 0)
    throw new StatsError("INVALID_ARGUMENT", "writeDatasetFolder", `${folder} exists and is not empty; expected a new or empty folder`);
  const staging = `${folder}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(staging, "raw"), { recursive: true });
  mkdirSync(join(staging, "schemas"), { recursive: true });
  for (const f of readdirSync(join(dataDir, "schemas"))) copyFileSync(join(dataDir, "schemas", f), join(staging, "schemas", f));
  for (const f of ["codes.csv", "axial-codes.csv"]) copyFileSync(join(dataDir, f), join(staging, f));
  const pkg = JSON.parse(readFileSync(join(dataDir, "datapackage.json"), "utf8")) as Record<string, unknown>;
  pkg.title = options.title;
  pkg.description = `Synthetic dataset of the ensemble of reconstructions (${kept.origin.how}; chain seed ${kept.origin.chainSeed}). It meets every number the article prints that the reconstruction targets; it is not the original data.`;
  writeFileSync(join(staging, "datapackage.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  for (const [path, text] of datasetFiles(kept, dataDir, options.cache)) writeFileSync(join(staging, path), text);
  if (existsSync(folder)) rmSync(folder, { recursive: true });
  renameSync(staging, folder);
}

const DIGITS = 6;

/** A number at six decimals; ±Infinity as the strings "Infinity" and "-Infinity"; NaN as null. */
function round(x: number): StoredNumber {
  if (x === Infinity || x === -Infinity) return String(x);
  if (!Number.isFinite(x)) return null;
  const v = Number(x.toFixed(DIGITS));
  return Object.is(v, -0) ? 0 : v;
}

/** A number of the stored summary: six decimals; "Infinity" / "-Infinity" for unbounded values; null when undefined. */
export type StoredNumber = number | string | null;

/** The stored summary of an ensemble (data/ensemble-summary.json). */
export interface StoredEnsembleSummary {
  readonly about: string;
  readonly seed: number;
  /** Respondents (N of every paired test). */
  readonly n: number;
  readonly members: number;
  readonly chains: number;
  readonly spacing: number;
  readonly searchSteps: number;
  readonly tCrit: StoredNumber;
  readonly work: EnsembleResult["work"];
  readonly diversity: EnsembleResult["diversity"];
  readonly ranges: readonly {
    readonly id: string;
    readonly family: string;
    readonly subject: string;
    readonly timepoint: string | null;
    readonly printedId: string | null;
    readonly searched: boolean;
    readonly ensemble: {
      readonly min: StoredNumber;
      readonly p025: StoredNumber;
      readonly median: StoredNumber;
      readonly p975: StoredNumber;
      readonly max: StoredNumber;
    };
    readonly found: { readonly min: StoredNumber; readonly max: StoredNumber; readonly minBy: string; readonly maxBy: string };
  }[];
  readonly items: EnsembleResult["items"];
  readonly questions: readonly (Omit<EnsembleResult["questions"][number], "tFound" | "tBound"> & {
    readonly tFound: StoredNumber;
    readonly tBound: { readonly lo: StoredNumber; readonly hi: StoredNumber } | null;
  })[];
  readonly infeasible: EnsembleResult["infeasible"];
  readonly datasets: readonly { readonly key: string; readonly how: string; readonly chainSeed: number }[];
}

/** The stored summary of an ensemble: plain JSON, numbers at six decimals, no timings (two runs give the same bytes). */
export function ensembleSummary(r: EnsembleResult): StoredEnsembleSummary {
  return {
    about:
      "Ranges of the quantities the article does not print, over datasets that meet every number it prints that the reconstruction targets. Written by npm run ensemble; checked to be current by test/compendium/reconstruct/ensemble-summary.test.ts.",
    seed: r.seed,
    n: r.n,
    members: r.members,
    chains: r.chains,
    spacing: r.spacing,
    searchSteps: r.searchSteps,
    tCrit: round(r.tCrit),
    work: r.work,
    diversity: r.diversity,
    ranges: r.ranges.map((q) => ({
      id: q.def.id,
      family: q.def.family,
      subject: q.def.subject,
      timepoint: q.def.timepoint,
      printedId: q.def.printedId,
      searched: q.def.search !== null,
      ensemble: {
        min: round(q.ensemble.min),
        p025: round(q.ensemble.p025),
        median: round(q.ensemble.median),
        p975: round(q.ensemble.p975),
        max: round(q.ensemble.max),
      },
      found: { min: round(q.found.min), max: round(q.found.max), minBy: q.found.minBy, maxBy: q.found.maxBy },
    })),
    items: r.items,
    questions: r.questions.map((q) => ({
      ...q,
      tFound: q.tFound === null ? null : round(q.tFound),
      tBound: q.tBound === null ? null : { lo: round(q.tBound.lo), hi: q.tBound.hi === null ? null : round(q.tBound.hi) },
    })),
    infeasible: r.infeasible,
    datasets: [...r.kept.entries()].map(([key, k]) => ({ key, how: k.origin.how, chainSeed: k.origin.chainSeed })),
  };
}

/** The summary as the text stored in data/ensemble-summary.json. */
export function ensembleSummaryText(r: EnsembleResult): string {
  return `${JSON.stringify(ensembleSummary(r), null, 2)}\n`;
}
