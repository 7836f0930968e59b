/**
 * The study as the notebooks and the report open it: the validated data, the codebook and the
 * published values.
 * @module analysis/study
 */
import { loadDataset, type Dataset } from "../data/index.js";
import { loadPublished, type Published } from "./published.js";

/** Everything an analysis needs. */
export interface Study {
  readonly ds: Dataset;
  readonly published: Published;
  /** True when the data package declares its data a synthetic reconstruction. */
  readonly synthetic: boolean;
  /** Folder of the codebook (datapackage.json, published.json). */
  readonly codebookDir: string;
  /** Folder the data files were read from (null: the codebook's own `raw/` files). */
  readonly dataDir: string | null;
}

/** Options of {@link openStudy}. */
export interface OpenStudyOptions {
  /** Folder with other data of the same format (default: the shipped data). */
  readonly dataDir?: string | null | undefined;
  /** Folder of the codebook (default: `data/`, searched upwards from the working directory). */
  readonly codebookDir?: string | undefined;
}

/**
 * Loads and validates the data through the codebook and reads the published values.
 * @throws {DataError} INVALID_DATA listing every problem when the data do not fit the codebook.
 * @example const study = openStudy(); study.ds.respondents.rowCount // 51
 */
export function openStudy(options: OpenStudyOptions = {}): Study {
  const dataDir = options.dataDir ?? null;
  const ds = loadDataset({
    ...(options.codebookDir !== undefined ? { codebookDir: options.codebookDir } : {}),
    ...(dataDir !== null ? { dataDir } : {}),
  });
  const published = loadPublished(ds.codebook.dir);
  return { ds, published, synthetic: ds.codebook.synthetic, codebookDir: ds.codebook.dir, dataDir };
}
