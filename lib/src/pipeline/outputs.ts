/**
 * The output folder of `npm run reproduce` as a transaction: outputs are whole or absent, and
 * nothing the pipeline did not write is ever removed or overwritten.
 *
 * - **Ownership.** After each successful run the folder holds a manifest
 *   (`.reproduce-manifest.json`) listing every file the run wrote. Only those files (and the
 *   pipeline's own dot-files named below) are ever replaced or removed. A folder given with
 *   `--out` must be new, empty, or a previous output (it has a manifest); the project's own
 *   `reports/` may also hold other files (its README), which are left alone. An output folder
 *   inside the project's sources or the data, the project itself, an ancestor of either, or a
 *   file is refused.
 * - **Whole or absent.** A run writes into a staging folder inside the output folder
 *   (`.reproduce-staging-<pid>-<random>`). Only when everything has been written does
 *   {@link OutputTransaction.commit} move the new top-level entries (`report.html`,
 *   `results.json`, `notebooks/`, `figures/`) into place, each by one `rename`, after a journal
 *   (`.reproduce-commit.json`) has recorded the plan. An interrupted or failed run leaves the
 *   previous outputs as they were; a run killed during the few renames of a commit is completed
 *   by the next run from its journal before anything else happens.
 * - **One run at a time.** `.reproduce.lock` (created exclusively, holding pid, host and start
 *   time) keeps a second run out with a message naming the first; a lock whose process is gone
 *   is taken over.
 *
 * Written by hand: npm's `write-file-atomic` and `proper-lockfile` cover one file or a lock,
 * not a set of files replaced together with the ownership rules above.
 *
 * @module pipeline/outputs
 */
import { randomBytes } from "node:crypto";
import { existsSync, lstatSync, readdirSync, realpathSync, rmdirSync, rmSync } from "node:fs";
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

/** Codes of {@link OutputError}. */
export type OutputErrorCode =
  /** The output path is a file (or something else that is not a folder). */
  | "NOT_A_FOLDER"
  /** The output folder is the project, part of its sources or data, or contains them. */
  | "PROTECTED"
  /** A folder given with --out holds files and is not a previous output. */
  | "NOT_EMPTY"
  /** The output folder holds files the pipeline did not write where it would write its own. */
  | "FOREIGN_FILES"
  /** Another run holds the lock. */
  | "LOCKED"
  /** The file system refused (read-only, permissions, a file where a folder is needed). */
  | "FILE_SYSTEM";

/** Raised when the output folder cannot be used; the message says why and what to do. */
export class OutputError extends Error {
  override readonly name = "OutputError";
  readonly code: OutputErrorCode;
  /** The path at fault. */
  readonly path: string;

  constructor(code: OutputErrorCode, path: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.path = path;
  }
}

/** Names of the pipeline's own bookkeeping files and folders inside an output folder. */
export const MANIFEST = ".reproduce-manifest.json";
export const LOCK = ".reproduce.lock";
export const JOURNAL = ".reproduce-commit.json";
const STAGING_PREFIX = ".reproduce-staging-";
const TRASH_PREFIX = ".reproduce-trash-";
const OWN_TEMP = /^\.reproduce-(staging|trash)-/;

/**
 * Output files of the pipeline, for an output folder written before manifests existed: in the
 * project's `reports/` such files are taken as earlier outputs of the pipeline.
 */
const LEGACY_OUTPUT = [/^report\.html$/, /^results\.json$/, /^notebooks\/\d\d-[^/]+\.(ipynb|html)$/, /^figures\/[^/]+\.png$/];

/** The content of the manifest. */
interface Manifest {
  readonly writtenBy: string;
  /** Every file written, relative to the output folder, with `/` separators, sorted. */
  readonly files: readonly string[];
}

/** The plan of a commit, written before its first rename. */
interface Journal {
  readonly staging: string;
  readonly trash: string;
  /** Top-level entries the new outputs consist of (moved from staging). */
  readonly entries: readonly string[];
  /** Top-level entries of the previous outputs (moved to the trash first). */
  readonly previous: readonly string[];
}

const WRITTEN_BY = "npm run reproduce (koffeman-2023-compendium)";

/** Options of {@link openOutput}. */
export interface OpenOutputOptions {
  /** The output folder. */
  readonly out: string;
  /** The project folder. */
  readonly root: string;
  /** True for the project's own `reports/` (may hold files of the project, which stay). */
  readonly isDefault: boolean;
  /** Folders the output must not overlap (the data folder). */
  readonly protect?: readonly string[];
}

/** Turns a file-system error into a sentence (no raw errno codes reach the user). */
export function describeFsError(e: unknown, path: string): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "EROFS":
      return `cannot write to ${path}: the file system is read-only`;
    case "EACCES":
    case "EPERM":
      return `cannot write to ${path}: permission denied`;
    case "ENOTDIR":
      return `cannot use ${path}: a part of this path is a file, not a folder`;
    case "ENOSPC":
      return `cannot write to ${path}: the disk is full`;
    case "ENOENT":
      return `cannot use ${path}: it or one of its folders does not exist (or was removed during the run)`;
    case "EEXIST":
      return `cannot create ${path}: it already exists`;
    case "EISDIR":
      return `cannot write ${path}: it is a folder`;
    default:
      return `cannot use ${path}: ${e instanceof Error ? e.message : String(e)}`;
  }
}

async function fsStep<T>(path: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if (e instanceof OutputError) throw e;
    throw new OutputError("FILE_SYSTEM", path, describeFsError(e, path), { cause: e });
  }
}

/** True when `inner` is `outer` or lies inside it (both absolute, symlinks resolved). */
function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

/** Resolves symlinks of the longest existing prefix of `path`. */
function realish(path: string): string {
  let head = resolve(path);
  const tail: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(head), ...tail);
    } catch {
      const parent = dirname(head);
      if (parent === head) return resolve(path);
      tail.unshift(head.slice(parent.length).replace(/^[\\/]/, ""));
      head = parent;
    }
  }
}

/** Every file below `dir`, relative to `base`, with `/` separators. */
async function walk(dir: string, base: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(path, base)));
    else out.push(relative(base, path).split(sep).join("/"));
  }
  return out;
}

async function readManifest(out: string): Promise<Manifest | null> {
  const path = join(out, MANIFEST);
  if (!existsSync(path)) return null;
  try {
    const m = JSON.parse(await readFile(path, "utf8")) as Partial<Manifest>;
    if (!Array.isArray(m.files) || !m.files.every((f) => typeof f === "string")) throw new Error("no list of files");
    return { writtenBy: String(m.writtenBy ?? ""), files: m.files };
  } catch (e) {
    throw new OutputError("FOREIGN_FILES", path, `${path} is not a manifest written by npm run reproduce (${e instanceof Error ? e.message : String(e)}); remove it or choose another --out`);
  }
}

function topLevel(file: string): string {
  return file.split("/")[0] as string;
}

/** The pipeline's own bookkeeping entries, which never count as content. */
function isOwnEntry(name: string): boolean {
  return name === MANIFEST || name === LOCK || name === JOURNAL || OWN_TEMP.test(name);
}

/**
 * Files below the entries `entries` of `out` that are not the pipeline's: not in the manifest
 * (or, without a manifest in the project's reports/, not named like its outputs).
 */
async function foreignFiles(out: string, entries: Iterable<string>, manifest: Manifest | null, legacy: boolean): Promise<string[]> {
  const owned = new Set(manifest?.files ?? []);
  const foreign: string[] = [];
  for (const entry of new Set(entries)) {
    const path = join(out, entry);
    let info;
    try {
      info = lstatSync(path);
    } catch {
      continue;
    }
    const files = info.isDirectory() ? await walk(path, out) : [entry];
    for (const f of files) {
      const ours = manifest !== null ? owned.has(f) : legacy && LEGACY_OUTPUT.some((re) => re.test(f));
      if (!ours) foreign.push(f);
    }
  }
  return foreign.sort();
}

function foreignError(out: string, foreign: readonly string[]): OutputError {
  const shown = foreign.slice(0, 5).map((f) => join(out, f));
  const more = foreign.length > shown.length ? ` and ${foreign.length - shown.length} more` : "";
  return new OutputError(
    "FOREIGN_FILES",
    out,
    `${out} holds files that npm run reproduce did not write where it writes its outputs: ${shown.join(", ")}${more}. They are left as they are; move them elsewhere or choose another --out.`,
  );
}

/** Is the process of a lock still running? */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function takeLock(out: string): Promise<string> {
  const path = join(out, LOCK);
  const content = `${JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() })}\n`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, "wx");
      await handle.writeFile(content);
      await handle.close();
      return path;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw new OutputError("FILE_SYSTEM", path, describeFsError(e, out), { cause: e });
    }
    let other: { pid?: number; host?: string; started?: string } = {};
    try {
      other = JSON.parse(await readFile(path, "utf8")) as typeof other;
    } catch {
      // Unreadable or half-written: treated like a lock of a process that is gone only when
      // it is old enough that no run can still be writing it.
      const age = Date.now() - (await stat(path)).mtimeMs;
      if (age < 10_000) throw new OutputError("LOCKED", out, `another run of npm run reproduce is starting in ${out}; wait for it to finish`);
    }
    const sameHost = other.host === undefined || other.host === hostname();
    if (typeof other.pid === "number" && sameHost && alive(other.pid)) {
      throw new OutputError(
        "LOCKED",
        out,
        `another run of npm run reproduce (process ${other.pid}, started ${other.started ?? "at an unknown time"}) is writing to ${out}; wait for it to finish, stop it, or choose another --out`,
      );
    }
    if (!sameHost) {
      throw new OutputError("LOCKED", out, `${path} was left by a run on ${other.host}; if no run is writing to ${out}, remove ${path}`);
    }
    // The run that held the lock is gone: take it over.
    await rm(path, { force: true });
  }
  throw new OutputError("LOCKED", out, `could not take the lock ${path}`);
}

/** Completes a commit that an earlier run began (see the module comment). */
async function rollForward(out: string, journal: Journal): Promise<void> {
  const staging = join(out, journal.staging);
  const trash = join(out, journal.trash);
  await mkdir(trash, { recursive: true });
  for (const entry of journal.previous) {
    // An entry still in staging has not been moved yet: the one in place is the old one.
    const moved = !existsSync(join(staging, entry)) && journal.entries.includes(entry);
    if (!moved && existsSync(join(out, entry))) await rename(join(out, entry), join(trash, entry));
  }
  for (const entry of journal.entries) {
    if (existsSync(join(staging, entry))) await rename(join(staging, entry), join(out, entry));
  }
  if (existsSync(join(staging, MANIFEST))) await rename(join(staging, MANIFEST), join(out, MANIFEST));
  await rm(join(out, JOURNAL), { force: true });
  await rm(trash, { recursive: true, force: true });
  await rm(staging, { recursive: true, force: true });
}

/** An open output folder: write into {@link staging}, then {@link commit} or {@link abandon}. */
export interface OutputTransaction {
  /** The output folder. */
  readonly out: string;
  /** Where this run writes its files (same layout as the output folder). */
  readonly staging: string;
  /** Moves the staged outputs into place, replacing the previous outputs; releases the lock. */
  commit(): Promise<readonly string[]>;
  /** Removes the staging folder (and the output folder if this run created it); releases the lock. */
  abandon(): Promise<void>;
  /** The same as {@link abandon}, synchronous, for the moment the process is about to exit. */
  abandonSync(): void;
}

/**
 * Checks the output folder, takes its lock, completes an interrupted commit of an earlier run
 * and returns the transaction of this run.
 * @throws {OutputError} when the folder cannot be used (see {@link OutputErrorCode}).
 */
export async function openOutput(options: OpenOutputOptions): Promise<OutputTransaction> {
  const out = resolve(options.out);
  const realOut = realish(out);
  const root = realish(options.root);
  // 1. Where: never the project, its sources or data, nor a folder that contains them.
  const sources = ["notebooks", "data", "lib", "test", "bench", ".ci", ".git", "node_modules"].map((d) => join(root, d));
  for (const p of [root, ...sources, ...(options.protect ?? []).map(realish)]) {
    if (within(p, realOut) || (within(realOut, p) && p !== root)) {
      throw new OutputError(
        "PROTECTED",
        out,
        p === root || within(p, realOut)
          ? `--out ${out} would contain ${p}; the outputs need a folder of their own (default: reports/)`
          : `--out ${out} lies inside ${p}, which holds the project's sources or data; choose a folder outside it (default: reports/)`,
      );
    }
  }
  // 2. What is there.
  let created: string | undefined;
  if (existsSync(out) || isBrokenLink(out)) {
    const info = lstatSync(out);
    const isDir = info.isDirectory() || (info.isSymbolicLink() && existsSync(out) && lstatSync(realOut).isDirectory());
    if (!isDir) throw new OutputError("NOT_A_FOLDER", out, `--out ${out} is ${info.isFile() ? "a file" : "not a folder"}; give a folder (it is created if it does not exist)`);
  } else {
    created = await fsStep(out, () => mkdir(out, { recursive: true }));
  }
  const lock = await fsStep(out, () => takeLock(out));
  const release = (): Promise<void> => rm(lock, { force: true });
  try {
    const journalPath = join(out, JOURNAL);
    if (existsSync(journalPath)) {
      const journal = JSON.parse(await readFile(journalPath, "utf8")) as Journal;
      await fsStep(out, () => rollForward(out, journal));
    }
    const names = (await fsStep(out, () => readdir(out))).filter((n) => !isOwnEntry(n));
    const manifest = await readManifest(out);
    if (manifest === null && !options.isDefault && names.length > 0) {
      throw new OutputError(
        "NOT_EMPTY",
        out,
        `--out ${out} already holds files (${names.slice(0, 3).join(", ")}${names.length > 3 ? ", ..." : ""}) and is not an output folder of npm run reproduce; give a new or empty folder`,
      );
    }
    const ours = ["report.html", "results.json", "notebooks", "figures", ...(manifest?.files.map(topLevel) ?? [])];
    const foreign = await foreignFiles(out, ours, manifest, options.isDefault);
    if (foreign.length > 0) throw foreignError(out, foreign);
    // Leftovers of runs that were killed (never files of anyone else: these names are ours).
    for (const n of await readdir(out)) if (OWN_TEMP.test(n)) await rm(join(out, n), { recursive: true, force: true });
    const id = `${process.pid}-${randomBytes(4).toString("hex")}`;
    const stagingName = `${STAGING_PREFIX}${id}`;
    const staging = join(out, stagingName);
    await fsStep(staging, () => mkdir(staging));
    let done = false;
    const abandonSync = (): void => {
      if (done) return;
      done = true;
      rmSync(staging, { recursive: true, force: true });
      rmSync(lock, { force: true });
      if (created !== undefined) removeCreatedSync(out, created);
    };
    return {
      out,
      staging,
      async commit(): Promise<readonly string[]> {
        const files = (await walk(staging, staging)).sort();
        const entries = [...new Set(files.map(topLevel))].sort();
        const previous = [...new Set(manifest?.files.map(topLevel) ?? [])].filter((e) => existsSync(join(out, e)));
        // Legacy outputs (the project's reports/ before manifests) are replaced like listed ones.
        for (const e of entries) if (!previous.includes(e) && existsSync(join(out, e))) previous.push(e);
        const late = await foreignFiles(out, previous, manifest, options.isDefault);
        if (late.length > 0) throw foreignError(out, late);
        const manifestText = `${JSON.stringify({ writtenBy: WRITTEN_BY, files } satisfies Manifest, null, 2)}\n`;
        await fsStep(out, async () => {
          await writeFile(join(staging, MANIFEST), manifestText);
          const journal: Journal = { staging: stagingName, trash: `${TRASH_PREFIX}${id}`, entries, previous: previous.sort() };
          await writeFile(`${journalPath}.tmp`, JSON.stringify(journal));
          await rename(`${journalPath}.tmp`, journalPath);
          await rollForward(out, journal);
        });
        done = true;
        await release();
        return files.map((f) => join(out, ...f.split("/")));
      },
      async abandon(): Promise<void> {
        abandonSync();
        await Promise.resolve();
      },
      abandonSync,
    };
  } catch (e) {
    await release();
    if (created !== undefined) removeCreatedSync(out, created);
    throw e;
  }
}

function isBrokenLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Removes `out` and the folders above it up to `created` (the first one this run made), while empty. */
function removeCreatedSync(out: string, created: string): void {
  let dir = out;
  for (;;) {
    try {
      if (readdirSync(dir).length > 0) return;
      rmdirSync(dir);
    } catch {
      return;
    }
    if (dir === created || dirname(dir) === dir) return;
    dir = dirname(dir);
  }
}
