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
import { createHash, randomBytes } from "node:crypto";
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, rmdirSync, rmSync } from "node:fs";
import { copyFile, link, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
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
const STAGING_RE = /^\.reproduce-staging-[A-Za-z0-9-]+$/;
const TRASH_RE = /^\.reproduce-trash-[A-Za-z0-9-]+$/;
const OWN_TEMP = /^\.reproduce-(staging|trash)-|^\.reproduce\.lock\.stale-|^\.reproduce-(commit|manifest)\.json\.tmp$/;

/** The top-level entries an output folder of the pipeline consists of. */
export const OUTPUT_ENTRIES: readonly string[] = ["report.html", "report.pdf", "results.json", "notebooks", "figures"];

/** One file the pipeline wrote, with its content hash (a file changed since is not ours to replace). */
interface ManifestFile {
  readonly path: string;
  readonly sha256: string;
}

/** The content of the manifest. */
interface Manifest {
  readonly writtenBy: string;
  /** Every file written, relative to the output folder, with `/` separators, sorted. */
  readonly files: readonly ManifestFile[];
}

/** The plan of a commit, written before its first rename. */
interface Journal {
  readonly staging: string;
  readonly trash: string;
  /** Top-level entries the new outputs consist of (moved from staging). */
  readonly entries: readonly string[];
  /** Top-level entries of the previous outputs (moved to the trash first). */
  readonly previous: readonly string[];
  /** Files of the previous outputs (the only files the trash may be emptied of). */
  readonly previousFiles: readonly string[];
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
  /**
   * The notebooks (file names) the run executes: in the project's `reports/` without a
   * manifest (written before manifests existed), only their outputs count as the pipeline's.
   */
  readonly notebooks?: readonly string[];
  /** Called before each step of a commit (tests stop a commit half-way with it). */
  readonly onCommitStep?: (step: string) => void;
}

/**
 * Turns a file-system error into a sentence (no raw errno codes reach the user).
 * @example
 * describeFsError(Object.assign(new Error("EROFS: read-only file system"), { code: "EROFS" }), "reports")
 * // "cannot write to reports: the file system is read-only"
 * describeFsError(Object.assign(new Error("EACCES"), { code: "EACCES" }), "reports/report.html") // "cannot write to reports/report.html: permission denied"
 */
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

/** Every file below `dir`, relative to `base`, with `/` separators (symlinks count as files, never followed). */
async function walk(dir: string, base: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) for (const f of await walk(path, base)) out.push(f);
    else out.push(relative(base, path).split(sep).join("/"));
  }
  return out;
}

async function sha256Of(path: string): Promise<string> {
  return createHash("sha256")
    .update(await readFile(path))
    .digest("hex");
}

const isSafeRelative = (f: unknown): f is string =>
  typeof f === "string" && f !== "" && !f.startsWith("/") && !f.split("/").some((s) => s === ".." || s === "." || s === "");

async function readManifest(out: string): Promise<Manifest | null> {
  const path = join(out, MANIFEST);
  if (!existsSync(path)) return null;
  try {
    const m = JSON.parse(await readFile(path, "utf8")) as Partial<Manifest>;
    const files = m.files;
    if (
      !Array.isArray(files) ||
      !files.every((f: unknown) => isSafeRelative((f as ManifestFile | null)?.path) && typeof (f as ManifestFile).sha256 === "string")
    ) {
      throw new Error("no list of files with their hashes");
    }
    if (!files.every((f) => OUTPUT_ENTRIES.includes(topLevel(f.path))))
      throw new Error(`it lists files outside ${OUTPUT_ENTRIES.join(", ")}`);
    return { writtenBy: String(m.writtenBy ?? ""), files };
  } catch (e) {
    throw new OutputError(
      "FOREIGN_FILES",
      path,
      `${path} is not a manifest written by npm run reproduce (${e instanceof Error ? e.message : String(e)}); remove it or choose another --out`,
    );
  }
}

function topLevel(file: string): string {
  return file.split("/")[0] as string;
}

/** The pipeline's own bookkeeping entries, which never count as content. */
function isOwnEntry(name: string): boolean {
  return name === MANIFEST || name === LOCK || name === JOURNAL || OWN_TEMP.test(name);
}

/** Files of an output folder that are not the pipeline's to replace, by reason. */
interface NotOurs {
  /** Not written by the pipeline. */
  readonly foreign: readonly string[];
  /** Written by the pipeline, then changed. */
  readonly changed: readonly string[];
}

/**
 * Files below the entries `entries` of `out` that the pipeline may not replace: not in the
 * manifest, or changed since (by their hash). Without a manifest (the project's reports/ from
 * before manifests), only files for which `legacy` says yes count as the pipeline's.
 */
async function notOurs(
  out: string,
  entries: Iterable<string>,
  manifest: Manifest | null,
  legacy: (file: string) => boolean,
): Promise<NotOurs> {
  const owned = new Map((manifest?.files ?? []).map((f) => [f.path, f.sha256]));
  const foreign: string[] = [];
  const changed: string[] = [];
  for (const entry of new Set(entries)) {
    const path = join(out, entry);
    let info: ReturnType<typeof lstatSync>;
    try {
      info = lstatSync(path);
    } catch {
      continue;
    }
    const files = info.isDirectory() ? await walk(path, out) : [entry];
    for (const f of files) {
      if (manifest === null) {
        if (!legacy(f)) foreign.push(f);
        continue;
      }
      const hash = owned.get(f);
      if (hash === undefined) foreign.push(f);
      else if (lstatSync(join(out, f)).isSymbolicLink() || (await sha256Of(join(out, f))) !== hash) changed.push(f);
    }
  }
  return { foreign: foreign.sort(), changed: changed.sort() };
}

function notOursError(out: string, found: NotOurs): OutputError {
  const name = (list: readonly string[]): string => {
    const shown = list.slice(0, 5).map((f) => join(out, f));
    return `${shown.join(", ")}${list.length > shown.length ? ` and ${list.length - shown.length} more` : ""}`;
  };
  const parts = [
    ...(found.foreign.length > 0
      ? [`files that npm run reproduce did not write, where it writes its outputs: ${name(found.foreign)}`]
      : []),
    ...(found.changed.length > 0 ? [`outputs changed since npm run reproduce wrote them: ${name(found.changed)}`] : []),
  ];
  return new OutputError(
    "FOREIGN_FILES",
    out,
    `${out} holds ${parts.join("; and ")}. Nothing was replaced; move them elsewhere or choose another --out.`,
  );
}

const isEmpty = (found: NotOurs): boolean => found.foreign.length === 0 && found.changed.length === 0;

/** Is the process of a lock still running (and, where /proc tells, a Node.js process)? */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    // A recycled pid: the process is not a node process, so not a run of the pipeline.
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("node");
  } catch {
    return true;
  }
}

async function takeLock(out: string): Promise<string> {
  const path = join(out, LOCK);
  const content = `${JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() })}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const handle = await open(path, "wx");
      await handle.writeFile(content);
      await handle.close();
      return path;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw new OutputError("FILE_SYSTEM", path, describeFsError(e, out), { cause: e });
    }
    let judged: number;
    let other: { pid?: number; host?: string; started?: string } = {};
    try {
      judged = (await stat(path)).ino;
      const text = await readFile(path, "utf8");
      try {
        other = JSON.parse(text) as typeof other;
      } catch {
        // Half-written by a run that is starting: give it a moment.
        if (Date.now() - (await stat(path)).mtimeMs < 10_000)
          throw new OutputError("LOCKED", out, `another run of npm run reproduce is starting in ${out}; wait for it to finish`);
      }
    } catch (e) {
      if (e instanceof OutputError) throw e;
      continue; // the lock went away meanwhile: try again
    }
    const sameHost = other.host === undefined || other.host === hostname();
    if (!sameHost)
      throw new OutputError("LOCKED", out, `${path} was left by a run on ${other.host}; if no run is writing to ${out}, remove ${path}`);
    if (typeof other.pid === "number" && alive(other.pid)) {
      throw new OutputError(
        "LOCKED",
        out,
        `another run of npm run reproduce (process ${other.pid}, started ${other.started ?? "at an unknown time"}) is writing to ${out}; wait for it to finish, stop it, or choose another --out`,
      );
    }
    // The run that held the lock is gone: take the lock over. Renaming it aside succeeds for
    // one of several runs taking over at once; the inode says whether the lock moved aside is
    // the stale one judged above (and not a new run's, which is then put back).
    const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString("hex")}`;
    try {
      await rename(path, aside);
    } catch {
      continue;
    }
    if ((await stat(aside)).ino !== judged) {
      await link(aside, path).catch(() => undefined);
      await rm(aside, { force: true });
      throw new OutputError("LOCKED", out, `another run of npm run reproduce is starting in ${out}; wait for it to finish`);
    }
    await rm(aside, { force: true });
  }
  throw new OutputError("LOCKED", out, `could not take the lock ${path}; another run may be starting`);
}

/** Reads the journal of an unfinished commit and checks that it describes one in this folder. */
async function readJournal(out: string): Promise<Journal | null> {
  const path = join(out, JOURNAL);
  if (!existsSync(path)) return null;
  let j: Partial<Journal>;
  try {
    j = JSON.parse(await readFile(path, "utf8")) as Partial<Journal>;
  } catch {
    j = {};
  }
  const names = (x: unknown): x is string[] => Array.isArray(x) && x.every((e) => typeof e === "string" && OUTPUT_ENTRIES.includes(e));
  const valid =
    typeof j.staging === "string" &&
    STAGING_RE.test(j.staging) &&
    typeof j.trash === "string" &&
    TRASH_RE.test(j.trash) &&
    names(j.entries) &&
    names(j.previous) &&
    Array.isArray(j.previousFiles) &&
    j.previousFiles.every(isSafeRelative) &&
    existsSync(join(out, j.staging, MANIFEST));
  if (!valid) {
    throw new OutputError(
      "FOREIGN_FILES",
      path,
      `${path} does not describe an unfinished run of npm run reproduce in ${out} (or the staging folder it names is gone); nothing was changed. Remove ${path} if this folder is yours, or choose another --out`,
    );
  }
  return j as Journal;
}

/**
 * Carries out (or completes) the commit a journal describes; every step can be repeated after
 * an interruption. The staging folder is removed only after the journal.
 */
async function rollForward(out: string, journal: Journal, onStep: (step: string) => void): Promise<void> {
  const staging = join(out, journal.staging);
  const trash = join(out, journal.trash);
  await mkdir(trash, { recursive: true });
  for (const entry of journal.previous) {
    // An entry no longer in staging has been moved into place: the one there is the new one.
    const moved = journal.entries.includes(entry) && !existsSync(join(staging, entry));
    if (!moved && existsSync(join(out, entry)) && !existsSync(join(trash, entry))) {
      onStep(`trash ${entry}`);
      await rename(join(out, entry), join(trash, entry));
    }
  }
  for (const entry of journal.entries) {
    if (existsSync(join(staging, entry))) {
      onStep(`move ${entry}`);
      await rename(join(staging, entry), join(out, entry));
    }
  }
  onStep("manifest");
  await copyFile(join(staging, MANIFEST), join(out, `${MANIFEST}.tmp`));
  await rename(join(out, `${MANIFEST}.tmp`), join(out, MANIFEST));
  onStep("journal");
  await rm(join(out, JOURNAL), { force: true });
  // The trash holds the previous outputs; should anything else be in it, it stays.
  const listed = new Set(journal.previousFiles);
  const extra = existsSync(trash) ? (await walk(trash, trash)).filter((f) => !listed.has(f)) : [];
  if (extra.length === 0) await rm(trash, { recursive: true, force: true });
  await rm(staging, { recursive: true, force: true });
}

/** An open output folder: write into {@link staging}, then {@link commit} or {@link abandon}. */
export interface OutputTransaction {
  /** The output folder. */
  readonly out: string;
  /** Where this run writes its files (same layout as the output folder). */
  readonly staging: string;
  /**
   * Moves the staged outputs into place, replacing the previous outputs; releases the lock.
   * Once it has begun, an interruption leaves a journal from which the next run completes it.
   */
  commit(): Promise<readonly string[]>;
  /**
   * Removes the staging folder (and the output folder if this run created it) and releases
   * the lock; after a commit has begun, only releases the lock (the next run completes it).
   */
  abandon(): Promise<void>;
  /** The same as {@link abandon}, synchronous, for the moment the process is about to exit. */
  abandonSync(): void;
}

/**
 * Checks the output folder, takes its lock, completes an interrupted commit of an earlier run
 * and returns the transaction of this run.
 * @throws {OutputError} when the folder cannot be used (see {@link OutputErrorCode}).
 * @example
 * // illustrative: takes a lock and writes into a folder on disk
 * const tx = await openOutput({ out: "reports", root: process.cwd(), isDefault: true });
 * try {
 *   await writeFile(join(tx.staging, "results.json"), "{}");
 *   await tx.commit(); // the previous outputs are replaced only now
 * } catch (e) {
 *   await tx.abandon(); // the previous outputs stay as they were
 *   throw e;
 * }
 */
export async function openOutput(options: OpenOutputOptions): Promise<OutputTransaction> {
  const out = resolve(options.out);
  const realOut = realish(out);
  const root = realish(options.root);
  const onStep = options.onCommitStep ?? ((): void => undefined);
  // 1. Where: never the project, its sources or data, nor a folder that contains them.
  const sources = ["notebooks", "data", "lib", "test", "bench", ".ci", ".git", "node_modules"].map((d) => join(root, d));
  for (const p of [root, ...sources, ...(options.protect ?? []).map(realish)]) {
    if (within(p, realOut) || (within(realOut, p) && p !== root)) {
      throw new OutputError(
        "PROTECTED",
        out,
        p === realOut
          ? `--out ${out} is ${p === root ? "the project folder itself" : "a folder of the project's sources or data"}; the outputs need a folder of their own (default: reports/)`
          : p === root || within(p, realOut)
            ? `--out ${out} would contain ${p}; the outputs need a folder of their own (default: reports/)`
            : `--out ${out} lies inside ${p}, which holds the project's sources or data; choose a folder outside it (default: reports/)`,
      );
    }
  }
  // Without a manifest, in the project's reports/: only the outputs of this run's notebooks
  // and figures named as the pipeline names them count as the pipeline's.
  const stems = new Set((options.notebooks ?? []).map((n) => n.replace(/\.ipynb$/, "")));
  const legacy = (f: string): boolean =>
    options.isDefault &&
    (f === "report.html" ||
      f === "results.json" ||
      /^figures\/fig-[A-Za-z0-9._-]+\.png$/.test(f) ||
      stems.has(/^notebooks\/(.+)\.(ipynb|html)$/.exec(f)?.[1] ?? "\0"));
  // 2. What is there.
  let created: string | undefined;
  if (existsSync(out) || isBrokenLink(out)) {
    const info = lstatSync(out);
    const isDir = info.isDirectory() || (info.isSymbolicLink() && existsSync(out) && lstatSync(realOut).isDirectory());
    if (!isDir)
      throw new OutputError(
        "NOT_A_FOLDER",
        out,
        `--out ${out} is ${info.isFile() ? "a file" : "not a folder"}; give a folder (it is created if it does not exist)`,
      );
  } else {
    created = await fsStep(out, () => mkdir(out, { recursive: true }));
  }
  const lock = await fsStep(out, () => takeLock(out));
  const release = (): Promise<void> => rm(lock, { force: true });
  try {
    // An earlier run stopped during its commit: complete it (its journal is checked first).
    const unfinished = await readJournal(out);
    if (unfinished !== null) await fsStep(out, () => rollForward(out, unfinished, () => undefined));
    const names = (await fsStep(out, () => readdir(out))).filter((n) => !isOwnEntry(n));
    const manifest = await readManifest(out);
    if (manifest === null && !options.isDefault && names.length > 0) {
      throw new OutputError(
        "NOT_EMPTY",
        out,
        `--out ${out} already holds files (${names.slice(0, 3).join(", ")}${names.length > 3 ? ", ..." : ""}) and is not an output folder of npm run reproduce; give a new or empty folder`,
      );
    }
    const found = await notOurs(out, OUTPUT_ENTRIES, manifest, legacy);
    if (!isEmpty(found)) throw notOursError(out, found);
    // Leftovers of runs that were killed (never files of anyone else: these names are ours).
    for (const n of await readdir(out)) if (OWN_TEMP.test(n)) await rm(join(out, n), { recursive: true, force: true });
    const id = `${process.pid}-${randomBytes(4).toString("hex")}`;
    const stagingName = `${STAGING_PREFIX}${id}`;
    const staging = join(out, stagingName);
    await fsStep(staging, () => mkdir(staging));
    let state: "open" | "committing" | "done" = "open";
    const abandonSync = (): void => {
      if (state === "done") return;
      // A commit that has begun keeps its staging folder and journal: the next run completes it.
      if (state === "open") rmSync(staging, { recursive: true, force: true });
      rmSync(lock, { force: true });
      if (state === "open" && created !== undefined) removeCreatedSync(out, created);
      state = "done";
    };
    return {
      out,
      staging,
      async commit(): Promise<readonly string[]> {
        const staged = (await walk(staging, staging)).sort();
        const entries = [...new Set(staged.map(topLevel))].sort();
        if (!entries.every((e) => OUTPUT_ENTRIES.includes(e)))
          throw new OutputError("FOREIGN_FILES", staging, `the staging folder holds entries other than ${OUTPUT_ENTRIES.join(", ")}`);
        const previous = OUTPUT_ENTRIES.filter(
          (e) => existsSync(join(out, e)) && (manifest?.files.some((f) => topLevel(f.path) === e) === true || entries.includes(e)),
        );
        // The same check as at the start, for files that appeared during the run; without a
        // manifest, only files of the names this run writes are replaced.
        const stagedSet = new Set(staged);
        const late = await notOurs(out, previous, manifest, (f) => legacy(f) && stagedSet.has(f));
        if (!isEmpty(late)) throw notOursError(out, late);
        const previousFiles: string[] = [];
        for (const e of previous) {
          const p = join(out, e);
          for (const f of lstatSync(p).isDirectory() ? await walk(p, out) : [e]) previousFiles.push(f);
        }
        const files: ManifestFile[] = [];
        for (const f of staged) files.push({ path: f, sha256: await sha256Of(join(staging, f)) });
        const manifestText = `${JSON.stringify({ writtenBy: WRITTEN_BY, files } satisfies Manifest, null, 2)}\n`;
        const journal: Journal = {
          staging: stagingName,
          trash: `${TRASH_PREFIX}${id}`,
          entries,
          previous,
          previousFiles: previousFiles.sort(),
        };
        await fsStep(out, async () => {
          await writeFile(join(staging, MANIFEST), manifestText);
          await writeFile(`${journalPath(out)}.tmp`, JSON.stringify(journal));
          onStep("journal written");
          await rename(`${journalPath(out)}.tmp`, journalPath(out));
          state = "committing";
          await rollForward(out, journal, onStep);
        });
        state = "done";
        await release();
        return staged.map((f) => join(out, ...f.split("/")));
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

function journalPath(out: string): string {
  return join(out, JOURNAL);
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
