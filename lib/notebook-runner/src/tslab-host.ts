/**
 * The program of a warm tslab host (see `runner/warm`): one Node process that loads tslab
 * and its TypeScript once, and then runs tslab kernels one after another, each a complete
 * kernel as `tslab kernel` starts it (its own compiler, its own namespace, its own Jupyter
 * sockets), at the request of its parent over Node's IPC channel.
 *
 * Started as `node --import <zeromq send-queue shim> tslab-host.js <tslab package dir>`,
 * with an IPC channel. Messages (all plain JSON):
 * - to the parent: `{ type: "ready", warmMs }` once warmed up; `{ type: "started", id }`
 *   when a kernel is listening; `{ type: "ended", id }` after it has handled its
 *   `shutdown_request` and closed its sockets; `{ type: "failed", id, message }` when a
 *   kernel could not be started;
 * - from the parent: `{ type: "start", id, connectionFile, cwd }`.
 *
 * What is shared between the kernels of one host, and why it is safe:
 * - the loaded JavaScript modules (tslab, TypeScript, and whatever the notebooks import):
 *   as in any long-lived process, a module's own state would carry over from one notebook
 *   to the next; the project's library keeps none (a test compares the executed notebooks
 *   with those of one process per notebook, byte for byte);
 * - parsed declaration files (`.d.ts` on disk: TypeScript's lib files, `@types`, the
 *   library's declarations). TypeScript's language service shares parsed files between
 *   programs the same way (its DocumentRegistry); here a file is shared only between
 *   programs with identical compiler options, and its text is compared with the file on
 *   disk once per kernel, so an edited file is parsed again. Everything else (the cells,
 *   tslab's virtual files, type checking) is per kernel, exactly as in `tslab kernel`.
 *
 * Two things differ from `tslab kernel` inside the compiler, not in what it produces: tslab's
 * programs are built without TypeScript's incremental-build state, which tslab never reads
 * (`programWithoutBuilderState`), and the program tslab asks for only to read a cell's
 * top-level names is not built, the names being read from the cell alone (`cellNamesOnly`).
 * The executed notebooks are the same, byte for byte (tested, with cells that exercise both).
 *
 * Written here because tslab has no such mode (its `startKernel` is one kernel per process)
 * and no package offers one; tslab's own classes (converter, executor, Jupyter handler and
 * server) are used unchanged.
 *
 * @module runner/tslab-host
 */
import { createRequire } from "node:module";
import { join } from "node:path";

/** The parts of tslab's converter used here (tslab/dist/converter.d.ts). */
interface Converter {
  convert(prevDecl: string, src: string): { diagnostics: readonly unknown[] };
  close(): void;
}
interface ConverterSet {
  readonly node: Converter;
  readonly browser: Converter;
  close(): void;
}
interface Executor {
  interrupt(): void;
}
interface TslabServer {
  init(): Promise<void>;
  close(): void;
}
interface TslabModules {
  createConverter(options: { isJS: boolean; isBrowser: boolean }): Converter;
  createExecutor(
    rootDir: string,
    convs: ConverterSet,
    console: { log: (...a: unknown[]) => void; error: (...a: unknown[]) => void },
  ): Executor;
  JupyterHandlerImpl: new (executor: Executor, isJs: boolean) => object;
  ZmqServer: new (handler: object, configPath: string) => TslabServer;
}

/** The parts of TypeScript's compiler host touched here. */
interface CompilerHostLike {
  getSourceFile(fileName: string, ...rest: unknown[]): SourceFileLike | undefined;
  getSourceFileByPath?(fileName: string, path: string, ...rest: unknown[]): SourceFileLike | undefined;
  readFile(fileName: string): string | undefined;
}
interface SourceFileLike {
  readonly text: string;
  readonly fileName: string;
  /** Top-level declarations, set by the binder. */
  readonly locals?: ReadonlyMap<string, unknown>;
}
/** The parts of a TypeScript program and builder program used here. */
interface ProgramLike {
  getTypeChecker(): unknown;
  getSourceFiles(): readonly SourceFileLike[];
}
interface BuilderProgramLike {
  getProgram(): ProgramLike;
  getSourceFile(fileName: string): SourceFileLike | undefined;
  getAllDependencies(sourceFile: SourceFileLike): readonly string[];
}
type CreateProgram = (
  rootNames: unknown,
  options: unknown,
  host: CompilerHostLike | undefined,
  oldProgram: unknown,
  ...rest: unknown[]
) => BuilderProgramLike;
interface WatchHostLike {
  createProgram: CreateProgram;
}
type TypeScriptModule = Record<string, unknown> & {
  createWatchCompilerHost: (...args: unknown[]) => WatchHostLike;
  createAbstractBuilder: CreateProgram;
  BuilderState: {
    create(program: ProgramLike, oldState: undefined, disableUseFileVersionAsSignature: boolean): unknown;
    getAllDependencies(state: unknown, program: ProgramLike, sourceFile: SourceFileLike): readonly string[];
  };
  createSourceFile(fileName: string, text: string, options: object): SourceFileLike;
  bindSourceFile(file: SourceFileLike, options: unknown): void;
  getSetExternalModuleIndicator(options: unknown): unknown;
  sys: { fileExists(path: string): boolean };
};

/**
 * Whether tslab's converter is inside `convert` (compiling a cell to execute it), as opposed
 * to `inspect` or `complete`, which read types from the program they ask for. Converting is
 * synchronous, and the host runs one kernel at a time.
 */
let converting = false;

export type HostMessage =
  | { readonly type: "ready"; readonly warmMs: number }
  | { readonly type: "started"; readonly id: string }
  | { readonly type: "ended"; readonly id: string }
  | { readonly type: "failed"; readonly id: string; readonly message: string };

export type HostRequest = { readonly type: "start"; readonly id: string; readonly connectionFile: string; readonly cwd: string };

/**
 * Makes every TypeScript program created through `ts.createWatchCompilerHost` (as tslab's
 * converter does) take parsed `.d.ts` files from one cache shared by the process, and come
 * without the builder state tslab does not use.
 *
 * The TypeScript module's exports are read-only getters, so tslab is given a copy of the
 * exports object with `createWatchCompilerHost` wrapped; the copy is put in Node's module
 * cache under TypeScript's own path before tslab loads.
 */
function shareDeclarationFiles(tsPath: string, require: NodeJS.Require): void {
  const real = require(tsPath) as TypeScriptModule;
  const copy: Record<string, unknown> = {};
  for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(real))) {
    Object.defineProperty(copy, key, { ...descriptor, configurable: true });
  }
  const parsed = new Map<string, SourceFileLike>();
  const createWatchCompilerHost = real.createWatchCompilerHost;
  const wrapped = (...args: unknown[]): WatchHostLike => {
    const host = createWatchCompilerHost(...args);
    const patched = new WeakSet<CompilerHostLike>();
    host.createProgram = (rootNames, options, compilerHost, ...rest) => {
      if (compilerHost !== undefined && !patched.has(compilerHost)) {
        patched.add(compilerHost);
        shareThrough(compilerHost, JSON.stringify(options));
      }
      const [oldBuilder] = rest;
      const cell = converting && compilerHost !== undefined ? cellNamesOnly(rootNames, options, compilerHost, oldBuilder) : null;
      return cell ?? programWithoutBuilderState(rootNames, options, compilerHost, ...rest);
    };
    return host;
  };
  /**
   * tslab's `convert` asks for two programs when a cell declares top-level names: the first
   * only to read those names (the cell's `locals`), the second with them exported
   * (`export {a, b}` appended), which it then checks and emits. The first is not built: the
   * names are read from the cell alone, parsed and bound by TypeScript's own parser and binder
   * as the program would (binding a file does not depend on the other files), and the converter
   * is given the previous program with that cell file in place of its own. It asks for the
   * second program at once, built on the previous program as it would have been. In the ten
   * notebooks, 50 of 163 programs are not built: 1.4 CPU-seconds less of the host (mean of four
   * runs each on this project's machine).
   *
   * Returns null (the program is built) when the cell declares no names (the converter then
   * checks and emits this program), when the text already ends with its names exported (the
   * second program), outside `convert`, and for the converter's first program.
   */
  const cellNamesOnly = (
    rootNames: unknown,
    options: unknown,
    compilerHost: CompilerHostLike,
    oldBuilder: unknown,
  ): BuilderProgramLike | null => {
    if (!Array.isArray(rootNames) || typeof oldBuilder !== "object" || oldBuilder === null) return null;
    const fileName = rootNames.find((n): n is string => typeof n === "string" && /[\\/]__tslab__\.[jt]s$/.test(n));
    if (fileName === undefined) return null;
    const text = compilerHost.readFile(fileName);
    if (text === undefined) return null;
    if (isSecondProgram(fileName, text, options)) return null;
    const file = boundAlone(fileName, text, options);
    if (file.locals === undefined || file.locals.size === 0) return null;
    const previous = oldBuilder as BuilderProgramLike;
    const view: BuilderProgramLike = Object.create(previous);
    view.getSourceFile = (name) => (name === fileName ? file : previous.getSourceFile(name));
    return view;
  };
  /** The cell file parsed and bound alone, with the options the program would use. */
  const boundAlone = (fileName: string, text: string, options: unknown): SourceFileLike => {
    const target = (options as { target?: unknown }).target;
    const file = real.createSourceFile(fileName, text, {
      languageVersion: target,
      setExternalModuleIndicator: real.getSetExternalModuleIndicator(options),
    });
    real.bindSourceFile(file, options);
    return file;
  };
  /**
   * Whether `text` is what tslab's convert asks for the second time: a cell followed by
   * `\nexport {` and the names the cell declares, in the binder's order, and `}` (converter.js).
   * A cell that itself ends so is taken for a second program and built: nothing is lost but time.
   */
  const isSecondProgram = (fileName: string, text: string, options: unknown): boolean => {
    const at = text.lastIndexOf("\nexport {");
    if (at < 0) return false;
    const names = [...(boundAlone(fileName, text.slice(0, at), options).locals?.keys() ?? [])];
    return names.length > 0 && text.slice(at) === `\nexport {${names.join(", ")}}`;
  };
  /**
   * The builder program tslab's converter gets for each program it has built.
   *
   * The watch compiler host would create an `EmitAndSemanticDiagnosticsBuilderProgram`, whose
   * state (TypeScript's BuilderState: every file's references, versions and signatures, kept for
   * incremental emit) tslab never reads: it takes source files, emit and diagnostics from the
   * program itself, and only `getAllDependencies` from the builder. Building that state for every
   * program took about 0.6 CPU-seconds of the ten notebooks' kernels (measured with --cpu-prof)
   * and 1.2 of the whole host (mean of four runs each). Here the builder is TypeScript's abstract builder, a plain program
   * behind the same interface (emit and diagnostics are the program's, as the full builder's are
   * for the one file tslab names and the custom transformers it passes), with:
   * - the type checker created at once, as BuilderState.create does: it binds every file, and
   *   tslab reads the cell's `locals` right after;
   * - `getAllDependencies` answered as TypeScript's builder answers it. tslab keeps only the
   *   dependencies that are not declaration files (converter.js, getAllSrcDependencies), so when
   *   the cell is the program's only such file the answer is the cell itself and its declaration
   *   files are not looked up; otherwise (a cell that imports a local .ts or .js module)
   *   TypeScript's BuilderState is built for that program and answers.
   */
  const programWithoutBuilderState: CreateProgram = (...args) => {
    const builder = real.createAbstractBuilder(...args);
    const program = builder.getProgram();
    program.getTypeChecker();
    builder.getAllDependencies = (sourceFile) => {
      const code = program.getSourceFiles().filter((f) => isCode(f.fileName));
      if (code.length === 1 && code[0] === sourceFile) return [sourceFile.fileName];
      return real.BuilderState.getAllDependencies(real.BuilderState.create(program, undefined, false), program, sourceFile);
    };
    return builder;
  };
  /** Wraps the compiler host of one watch program (one tslab converter). */
  const shareThrough = (compilerHost: CompilerHostLike, optionsKey: string): void => {
    // Files already compared with the disk for this converter.
    const checked = new Set<string>();
    const lookup = (fileName: string, languageVersion: unknown, create: () => SourceFileLike | undefined): SourceFileLike | undefined => {
      if (!fileName.endsWith(".d.ts")) return create();
      const version = typeof languageVersion === "object" && languageVersion !== null ? languageVersion : { languageVersion };
      const key = `${fileName}\u0000${JSON.stringify(version)}\u0000${optionsKey}`;
      const cached = parsed.get(key);
      if (cached !== undefined && checked.has(key)) return cached;
      // Only files on disk: tslab's own virtual files (the previous cells' declarations)
      // change from cell to cell.
      if (!real.sys.fileExists(fileName)) return create();
      if (cached !== undefined && compilerHost.readFile(fileName) === cached.text) {
        checked.add(key);
        return cached;
      }
      const file = create();
      if (file !== undefined) {
        parsed.set(key, file);
        checked.add(key);
      }
      return file;
    };
    const getSourceFile = compilerHost.getSourceFile.bind(compilerHost);
    compilerHost.getSourceFile = (fileName, ...rest) =>
      rest[2] === true ? getSourceFile(fileName, ...rest) : lookup(fileName, rest[0], () => getSourceFile(fileName, ...rest));
    const byPath = compilerHost.getSourceFileByPath?.bind(compilerHost);
    if (byPath !== undefined) {
      compilerHost.getSourceFileByPath = (fileName, path, ...rest) =>
        rest[2] === true ? byPath(fileName, path, ...rest) : lookup(fileName, rest[0], () => byPath(fileName, path, ...rest));
    }
  };
  Object.defineProperty(copy, "createWatchCompilerHost", { value: wrapped, enumerable: true, configurable: true });
  const cached = require.cache[tsPath];
  if (cached === undefined) throw new Error(`TypeScript (${tsPath}) is not in the module cache`);
  cached.exports = copy;
}

/** A file tslab emits when a cell depends on it (converter.js, getAllSrcDependencies). */
function isCode(fileName: string): boolean {
  return fileName.endsWith(".js") || (fileName.endsWith(".ts") && !fileName.endsWith(".d.ts"));
}

/** Loads tslab from `tslabDir`, with the declaration cache installed first. */
function loadTslab(tslabDir: string): TslabModules {
  const require = createRequire(join(tslabDir, "dist", "main.js"));
  shareDeclarationFiles(require.resolve("@tslab/typescript-for-tslab"), require);
  const converter = require("./converter.js") as Pick<TslabModules, "createConverter">;
  const createConverter = (options: { isJS: boolean; isBrowser: boolean }): Converter => {
    const c = converter.createConverter(options);
    const convert = c.convert.bind(c);
    c.convert = (prevDecl, src) => {
      converting = true;
      try {
        return convert(prevDecl, src);
      } finally {
        converting = false;
      }
    };
    return c;
  };
  const executor = require("./executor.js") as Pick<TslabModules, "createExecutor">;
  const jupyter = require("./jupyter.js") as Pick<TslabModules, "JupyterHandlerImpl" | "ZmqServer">;
  return { createConverter, ...executor, ...jupyter };
}

/** Runs the host: warms up, then serves kernel requests until the IPC channel closes. */
function main(tslabDir: string, warmModules: readonly string[]): void {
  const send = (message: HostMessage): void => {
    process.send?.(message);
  };
  const t0 = performance.now();
  const tslab = loadTslab(tslabDir);
  // tslab redirects process.stdout/stderr.write to the iopub channel of the kernel that
  // executes; they are put back when that kernel ends.
  const stdoutWrite = process.stdout.write;
  const stderrWrite = process.stderr.write;
  let current: { id: string; executor: Executor } | null = null;

  // As `tslab kernel` does (tslab/dist/main.js).
  process.on("SIGINT", () => current?.executor.interrupt());
  process.on("uncaughtException", (err) => console.error("UncaughtException:", err));
  process.on("unhandledRejection", (reason) => console.error("UnhandledPromiseRejection:", reason));
  process.on("disconnect", () => process.exit(0));

  // Warm-up, ahead of the first notebook: the compiler's lib files and the declarations of
  // the modules the notebooks import are parsed into the shared cache (nothing is executed
  // in a kernel), and the modules' JavaScript is loaded into Node's module cache.
  const warm = tslab.createConverter({ isJS: false, isBrowser: false });
  if (warmModules.length > 0) {
    warm.convert("", warmModules.map((m, i) => `import * as warm${i} from ${JSON.stringify(m)};`).join("\n"));
    const load = createRequire(join(process.cwd(), "noop.js"));
    for (const m of warmModules) {
      try {
        load(m);
      } catch {
        // A module that does not load fails in the notebook that imports it, with tslab's message.
      }
    }
  }
  warm.close();
  send({ type: "ready", warmMs: performance.now() - t0 });

  process.on("message", (raw: HostRequest) => {
    if (raw.type !== "start") return;
    const { id, connectionFile, cwd } = raw;
    if (current !== null) {
      send({ type: "failed", id, message: `the host is still running kernel ${current.id}` });
      return;
    }
    try {
      if (process.cwd() !== cwd) process.chdir(cwd);
      // tslab/dist/main.js startKernel(), minus its search for another tslab installation.
      let node: Converter | undefined;
      let browser: Converter | undefined;
      const convs: ConverterSet = {
        get node() {
          return (node ??= tslab.createConverter({ isJS: false, isBrowser: false }));
        },
        get browser() {
          return (browser ??= tslab.createConverter({ isJS: false, isBrowser: true }));
        },
        close() {
          node?.close();
          browser?.close();
        },
      };
      void convs.node;
      const executor = tslab.createExecutor(process.cwd(), convs, { log: console.log, error: console.error });
      const server = new tslab.ZmqServer(new tslab.JupyterHandlerImpl(executor, false), connectionFile);
      current = { id, executor };
      const close = server.close.bind(server);
      server.close = () => {
        close();
        process.stdout.write = stdoutWrite;
        process.stderr.write = stderrWrite;
        current = null;
        send({ type: "ended", id });
      };
      server.init().then(
        () => send({ type: "started", id }),
        (error: unknown) => {
          current = null;
          send({ type: "failed", id, message: error instanceof Error ? error.message : String(error) });
        },
      );
    } catch (error) {
      current = null;
      send({ type: "failed", id, message: error instanceof Error ? error.message : String(error) });
    }
  });
}

const [tslabDir, ...warmModules] = process.argv.slice(2);
if (tslabDir === undefined || process.send === undefined) {
  console.error("usage: node tslab-host.js <tslab package dir> [module to warm up ...] (with an IPC channel)");
  process.exit(2);
}
main(tslabDir, warmModules);
