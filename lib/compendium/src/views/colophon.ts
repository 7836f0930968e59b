/**
 * The colophon of the notebooks and the report: versions, commit and data hashes.
 * @module views/colophon
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Study } from "../analysis/study.js";
import { defaultLang, type Lang } from "./lang.js";
import { sentencesFor } from "./sentences.js";

/** One line of the colophon. */
export interface ColophonEntry {
  readonly key: string;
  readonly value: string;
}

function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  try {
    return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")) as { version?: string }).version ?? "unknown";
  } catch {
    // Packages with an `exports` map may not expose package.json: walk up from the entry point.
    try {
      let dir = dirname(require.resolve(name));
      for (let i = 0; i < 8; i++) {
        const file = join(dir, "package.json");
        if (existsSync(file)) {
          const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
          if (pkg.name === name) return pkg.version ?? "unknown";
        }
        dir = dirname(dir);
      }
    } catch {
      // fall through
    }
    return "not installed";
  }
}

/** What {@link gitCommit} appends when the work tree differs from the commit. */
const UNCOMMITTED = " (with uncommitted changes)";

/**
 * The git commit of the working tree, with a note when files are modified; "unknown" without git.
 * @example gitCommit("/") // "unknown (not a git checkout)"
 */
export function gitCommit(cwd: string): string {
  try {
    const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    return dirty === "" ? head : `${head}${UNCOMMITTED}`;
  } catch {
    return "unknown (not a git checkout)";
  }
}

/** The commit entry of a notebook stored executed in the repository (its own commit cannot be named inside it). */
export const STORED_COMMIT: string = sentencesFor("en").WORDS.colophon.storedCommit;

/**
 * Versions of the runtime and the packages that computed the results, the commit, the kernel, and
 * the SHA-256 of every data file read. No dates, so that two runs give the same colophon. With
 * `stored` (notebooks stored executed, `npm run notebooks:refresh`): the runtime's major version
 * only and {@link STORED_COMMIT} instead of the commit, so the stored outputs do not change
 * with the machine or the commit.
 * @example
 * const c = colophon(openStudy(), { kernel: "tslab 1.0.22" });
 * c[0] // { key: "data", value: "synthetic reconstruction consistent with the published aggregates (not the original responses)" }
 * c.find((e) => e.key === "kernel")?.value // "tslab 1.0.22"
 * c.find((e) => e.key === "sha256 data/raw/respondents-2019-20.csv")?.value.length // 64
 */
export function colophon(study: Study, options: { kernel?: string; stored?: boolean; lang?: Lang } = {}): ColophonEntry[] {
  const t = sentencesFor(options.lang ?? defaultLang()).WORDS.colophon;
  const root = dirname(study.codebookDir);
  const deno = (globalThis as { Deno?: { version?: { deno?: string } } }).Deno;
  // A notebook stored in the repository names what does not depend on the machine that ran it.
  const stored = options.stored === true;
  const node = stored ? `Node.js ${process.versions.node.split(".")[0] ?? ""}` : `Node.js ${process.version}`;
  const runtime = deno?.version?.deno !== undefined ? `Deno ${deno.version.deno}` : node;
  const entries: ColophonEntry[] = [
    {
      key: t.data,
      value: study.synthetic ? t.synthetic : t.supplied,
    },
    { key: t.runtime, value: runtime },
    { key: t.kernel, value: options.kernel ?? `tslab ${packageVersion("tslab")}` },
    {
      key: t.commit,
      value: stored ? t.storedCommit : existsSync(join(root, ".git")) ? gitCommit(root).replace(UNCOMMITTED, t.uncommitted) : t.noGit,
    },
  ];
  for (const p of [
    "@behoud/compendium",
    "@behoud/stats",
    "@behoud/audit",
    "simple-statistics",
    "danfojs",
    "plotly.js-basic-dist-min",
    "papaparse",
    "@e965/xlsx",
    "@stdlib/stats-base-dists-t-cdf",
  ]) {
    entries.push({ key: p, value: packageVersion(p) });
  }
  for (const f of study.ds.files) {
    entries.push({ key: `sha256 ${f.path.startsWith(root) ? f.path.slice(root.length + 1) : f.path}`, value: f.sha256 });
  }
  return entries;
}
