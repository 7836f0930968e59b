/**
 * The study as the notebooks and the report open it: the validated data, the codebook and the
 * published values.
 * @module analysis/study
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadCodebook, loadDataset, ownCodebookDir, type Dataset, type DataProgress } from "../data/index.js";
import { redactDataset } from "../privacy/redact.js";
import type { Published } from "@behoud/audit";
import { loadPublished } from "./published.js";

/** Everything an analysis needs. */
export interface Study {
  readonly ds: Dataset;
  readonly published: Published;
  /**
   * True when the data are the synthetic reconstruction: the shipped data, or a data folder whose
   * own datapackage.json says `"synthetic": true`. Data from a folder without a datapackage.json
   * count as supplied by the user (false).
   */
  readonly synthetic: boolean;
  /**
   * True when the files read are the data shipped with the project, byte for byte (their SHA-256
   * equal those of the project's `data/` files of the same resources): then the published values
   * the reconstruction was fitted to are matched by construction. False for any other data, even
   * a copy of the shipped data with one cell changed ("own-study mode").
   */
  readonly shippedData: boolean;
  /** Folder of the codebook (datapackage.json, published.json). */
  readonly codebookDir: string;
  /** Folder the data files were read from (null: the codebook's own `raw/` files). */
  readonly dataDir: string | null;
  /** Free-text values in which personal data were replaced by placeholders (0 with publishFlaggedText). */
  readonly redacted: number;
}

/** Options of {@link openStudy}. */
export interface OpenStudyOptions {
  /** Folder with other data of the same format (default: the shipped data). */
  readonly dataDir?: string | null | undefined;
  /** Folder of the codebook (default: `data/`, searched upwards from the working directory). */
  readonly codebookDir?: string | undefined;
  /**
   * Show free text in which e-mail addresses, phone numbers, postcodes or URLs were found as it is.
   * Default false: such data are replaced by placeholders before anything is shown or written.
   */
  readonly publishFlaggedText?: boolean | undefined;
  /** The project's own data folder, whose files count as the shipped data (default: `data/`, searched upwards). */
  readonly shippedDataDir?: string | undefined;
  /** Progress of reading and checking the data files (see `loadDataset`'s onProgress); e.g. to log a line every few seconds on large data. */
  readonly onProgress?: ((event: DataProgress) => void) | undefined;
}

/**
 * Loads and validates the data through the codebook, redacts personal data in free text (unless
 * `publishFlaggedText`), and reads the published values.
 * @throws {DataError} INVALID_DATA listing every problem when the data do not fit the codebook.
 * @example
 * const study = openStudy();
 * study.ds.respondents.rowCount // 51
 * study.synthetic // true (the shipped data are the reconstruction)
 * study.published.get("table3.werkplezier.post").text // "4.5"
 */
export function openStudy(options: OpenStudyOptions = {}): Study {
  const dataDir = options.dataDir ?? null;
  // A data folder with its own datapackage.json brings its own codebook (and says itself whether it
  // is synthetic); otherwise the shipped codebook is used and the data count as supplied, not synthetic.
  const ownCodebook = dataDir !== null && ownCodebookDir(dataDir) !== undefined;
  const loaded = loadDataset({
    ...(options.codebookDir !== undefined ? { codebookDir: options.codebookDir } : {}),
    ...(dataDir !== null ? { dataDir } : {}),
    ...(options.onProgress !== undefined ? { onProgress: options.onProgress } : {}),
  });
  const { dataset: ds, redacted } = options.publishFlaggedText === true ? { dataset: loaded, redacted: 0 } : redactDataset(loaded);
  const published = loadPublished(ds.codebook.dir);
  const synthetic = dataDir === null || ownCodebook ? ds.codebook.synthetic : false;
  const shippedData = isShippedData(ds, options.shippedDataDir ?? (ownCodebook ? undefined : ds.codebook.dir));
  return { ds, published, synthetic, shippedData, codebookDir: ds.codebook.dir, dataDir, redacted };
}

function sha256Of(file: string): string | null {
  return existsSync(file) ? createHash("sha256").update(readFileSync(file)).digest("hex") : null;
}

/**
 * Whether the dataset's files are the project's shipped data: every resource of the shipped
 * codebook that has a data file was read, from a file with the same SHA-256.
 * @param shippedDir the project's data folder (default: `data/`, searched upwards).
 */
function isShippedData(ds: Dataset, shippedDir: string | undefined): boolean {
  let shipped: ReturnType<typeof loadCodebook>;
  try {
    shipped = loadCodebook(shippedDir);
  } catch {
    return false;
  }
  if (!shipped.synthetic) return false;
  const read = new Map(ds.files.map((f) => [f.resource, f.sha256]));
  const expected = shipped.resources.filter((r) => r.tabular && read.has(r.name));
  if (expected.length === 0 || expected.length !== read.size) return false;
  return expected.every((r) => sha256Of(path.join(shipped.dir, r.path)) === read.get(r.name));
}
