/**
 * The design of the synthetic survey (the data package's constructs) and the binary file format
 * shared by the columnar pipeline and the NumPy reference.
 *
 * Format: `<prefix>.json` holds `{ format, n, columns, constructs, level, seed, missingRate }`;
 * `<prefix>.f64` holds the columns one after another, each n little-endian float64 values,
 * NaN for a missing answer.
 */
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { surveyColumns, type ScaleConstruct, type SurveyColumns } from "../../lib/stats/src/columnar/index.js";

/** Repository root. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Header of a survey file. */
export interface SurveyHeader {
  readonly format: "behoud-survey-f64";
  readonly n: number;
  readonly columns: readonly string[];
  readonly constructs: readonly ScaleConstruct[];
  readonly level: number;
  readonly seed: number;
  readonly missingRate: number;
}

/** The constructs of data/datapackage.json, reduced to what the pipeline needs. */
export function articleConstructs(): ScaleConstruct[] {
  const pkg = JSON.parse(readFileSync(`${ROOT}data/datapackage.json`, "utf8")) as { constructs: ScaleConstruct[] };
  return pkg.constructs.map((c) => {
    const items: { pre?: readonly string[]; post?: readonly string[]; once?: readonly string[] } = {};
    if (c.items.pre !== undefined) items.pre = c.items.pre;
    if (c.items.post !== undefined) items.post = c.items.post;
    if (c.items.once !== undefined) items.once = c.items.once;
    return { name: c.name, items, minItems: c.minItems };
  });
}

/** Writes a survey to `<prefix>.json` and `<prefix>.f64`. */
export function writeSurvey(prefix: string, survey: SurveyColumns, header: Omit<SurveyHeader, "format" | "n" | "columns">): void {
  const columns = [...survey.columns.keys()];
  const full: SurveyHeader = { format: "behoud-survey-f64", n: survey.n, columns, ...header };
  writeFileSync(`${prefix}.json`, JSON.stringify(full));
  const fd = openSync(`${prefix}.f64`, "w");
  try {
    for (const name of columns) {
      const col = survey.columns.get(name) as Float64Array;
      const bytes = new Uint8Array(col.buffer, col.byteOffset, col.byteLength);
      let off = 0;
      while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads a survey written by {@link writeSurvey}; the columns are views on one buffer (no copy). */
export function readSurvey(prefix: string): { header: SurveyHeader; survey: SurveyColumns } {
  const header = JSON.parse(readFileSync(`${prefix}.json`, "utf8")) as SurveyHeader;
  if (header.format !== "behoud-survey-f64") throw new Error(`${prefix}.json: unknown format ${String(header.format)}`);
  const buf = readFileSync(`${prefix}.f64`);
  const expected = header.n * header.columns.length * 8;
  if (buf.byteLength !== expected) throw new Error(`${prefix}.f64 has ${buf.byteLength} bytes; expected ${expected}`);
  // Little-endian float64 read in place when the buffer is 8-byte aligned (it is for large files).
  const aligned = buf.byteOffset % 8 === 0 ? buf : Buffer.from(buf);
  const all = new Float64Array(aligned.buffer, aligned.byteOffset, header.n * header.columns.length);
  const map = new Map<string, Float64Array>();
  header.columns.forEach((name, j) => {
    map.set(name, all.subarray(j * header.n, (j + 1) * header.n));
  });
  return { header, survey: surveyColumns(map) };
}
