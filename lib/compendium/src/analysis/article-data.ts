/**
 * Where the article's facts are read from: its printed values (published.json) and the audit's
 * rule set (audit-rules.json). In the project they are in its data/ folder; a packed
 * @behoud/compendium carries a copy in its article-data/ folder (written by pack-data.mjs when the
 * package is packed).
 * @module analysis/article-data
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project's data/ folder, seen from this module (src/analysis or dist/analysis). */
const PROJECT_DATA = fileURLToPath(new URL("../../../../data/", import.meta.url));
/** The copy inside a packed package. */
const PACKED_DATA = fileURLToPath(new URL("../../article-data/", import.meta.url));

/**
 * The folder holding the article's `published.json` and `audit-rules.json`: the project's data/
 * when this module runs inside the project, else the package's article-data/.
 * @example articleDataDir().endsWith("data/") // true
 */
export function articleDataDir(): string {
  return existsSync(join(PROJECT_DATA, "published.json")) ? PROJECT_DATA : PACKED_DATA;
}
