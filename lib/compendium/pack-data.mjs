#!/usr/bin/env node
/**
 * `prepack` / `postpack` of @behoud/compendium: the article's facts (its printed values and the
 * audit's rule set, with their schemas) live in the project's data/ folder; a packed package has
 * no project around it, so they are copied into the package's article-data/ while it is packed
 * and removed again afterwards. The library reads data/ beside the project when it is there, else
 * article-data/ (analysis/article-data.ts).
 *
 * usage: node pack-data.mjs copy | clean
 */
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const from = join(here, "..", "..", "data");
const to = join(here, "article-data");
const FILES = ["published.json", "published.schema.json", "audit-rules.json", "audit-rules.schema.json"];

if (process.argv[2] === "copy") {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to);
  for (const f of FILES) copyFileSync(join(from, f), join(to, f));
} else if (process.argv[2] === "clean") {
  rmSync(to, { recursive: true, force: true });
} else {
  process.stderr.write("usage: node pack-data.mjs copy | clean\n");
  process.exitCode = 2;
}
