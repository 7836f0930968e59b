/**
 * Kernel specifications: how to start a kernel, in the shape of Jupyter's `kernel.json`
 * (`argv` with a `{connection_file}` placeholder, plus the language), so that any
 * installed kernelspec can be used, and two built-in ones for the kernels this project
 * installs from npm: tslab and Deno.
 *
 * Reference: https://jupyter-client.readthedocs.io/en/latest/kernels.html#kernel-specs
 *
 * @module runner/kernelspec
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { KernelError } from "./errors.js";

/** How to start a kernel; the fields mirror Jupyter's `kernel.json`. */
export interface KernelSpec {
  /** Kernel name as Jupyter knows it, e.g. `"tslab"`; stored in the notebook's metadata. */
  readonly name: string;
  /** Human-readable name, e.g. `"TypeScript"`. */
  readonly displayName: string;
  /** Language of the kernel, e.g. `"typescript"`. */
  readonly language: string;
  /** Command line; every `{connection_file}` is replaced by the connection file's path. */
  readonly argv: readonly string[];
  /** Extra environment variables for the kernel process. */
  readonly env?: Readonly<Record<string, string>>;
}

/** The placeholder Jupyter substitutes in a kernelspec's argv. */
export const CONNECTION_FILE_PLACEHOLDER = "{connection_file}";

/** Replaces `{connection_file}` in every argument. */
export function substituteArgv(argv: readonly string[], connectionFile: string): string[] {
  return argv.map((arg) => arg.split(CONNECTION_FILE_PLACEHOLDER).join(connectionFile));
}

/** Where to resolve `node_modules` packages from (a file or directory in the project). */
function requireFrom(base: string | undefined): NodeJS.Require {
  return createRequire(base === undefined ? import.meta.url : join(base, "noop.js"));
}

function resolvePackageDir(pkg: string, base: string | undefined): string {
  // The project's own copy first (the one its notebooks were written for), then this
  // library's dependency.
  const bases = base === undefined ? [undefined] : [base, undefined];
  let last: unknown;
  for (const b of bases) {
    try {
      return dirname(requireFrom(b).resolve(`${pkg}/package.json`));
    } catch (cause) {
      last = cause;
    }
  }
  throw new KernelError(
    "SPAWN_FAILED",
    `cannot find the npm package "${pkg}"${base === undefined ? "" : ` from ${base}`}; is it installed (npm ci)?` +
      (last instanceof Error ? ` (${last.message.split("\n")[0] ?? ""})` : ""),
  );
}

/**
 * Source of an ES module, run in the tslab kernel process before tslab itself (`node
 * --import data:...`), that makes every zeromq socket queue its sends.
 *
 * Why: tslab 1.0.22 calls `socket.send()` without awaiting it, which zeromq 6 allows only
 * while sends complete synchronously. zeromq 6 completes at most 512 sends in a row
 * synchronously, then defers one to keep the event loop responsive; a second send before
 * that deferred one has gone fails with EBUSY ("Socket is busy writing"), inside tslab, and
 * the message is lost. After about 512 iopub messages a kernel therefore loses a `status:
 * idle` (the cell never finishes) or a stream (console.log throws). Measured here: without
 * the shim a kernel stalled after 170 one-line cells; with it, 600 cells ran cleanly.
 * tslab's own code is unchanged; only the transport is made to queue, as zeromq 6 expects.
 *
 * @param requireFrom - a file inside tslab, so that `zeromq` resolves to tslab's copy.
 */
export function zeromqSendQueueShim(requireFrom: string): string {
  return [
    `import { createRequire } from "node:module";`,
    `import Module from "node:module";`,
    `const patched = new WeakSet();`,
    `const tails = new WeakMap();`,
    `function patch(zmq) {`,
    `  if (zmq === null || typeof zmq !== "object" || patched.has(zmq) || typeof zmq.Socket !== "function") return;`,
    `  patched.add(zmq);`,
    `  const send = zmq.Socket.prototype.send;`,
    `  function queuedSend(...args) {`,
    `    const result = (tails.get(this) ?? Promise.resolve()).then(() => send.apply(this, args));`,
    `    tails.set(this, result.catch(() => undefined));`,
    `    return result;`,
    `  }`,
    // Socket.prototype.send is read-only; the socket classes inherit it (zeromq deletes
    // their own copies), so an own property on each class's prototype takes precedence.
    `  for (const c of [zmq.Publisher, zmq.Router, zmq.Dealer, zmq.Reply, zmq.Request, zmq.Pair, zmq.Push]) {`,
    `    Object.defineProperty(c.prototype, "send", { value: queuedSend, writable: true, configurable: true });`,
    `  }`,
    `}`,
    `patch(createRequire(${JSON.stringify(requireFrom)})("zeromq"));`,
    // tslab hands the kernel to another tslab installed in an ancestor of the working folder
    // ("find local"), which loads its own zeromq: every copy of zeromq loaded is patched.
    `const load = Module._load;`,
    `Module._load = function (request, ...rest) {`,
    `  const exports = load.call(this, request, ...rest);`,
    `  if (request === "zeromq") patch(exports);`,
    `  return exports;`,
    `};`,
  ].join("\n");
}

/**
 * The folder of the `tslab` package used by {@link tslabKernelSpec}.
 * @throws {KernelError} `SPAWN_FAILED` when tslab is not installed.
 */
export function tslabPackageDir(projectDir?: string): string {
  return resolvePackageDir("tslab", projectDir);
}

/**
 * The tslab TypeScript kernel, started as `node --import <send-queue shim> <tslab>/bin/tslab
 * kernel --config-path {connection_file}`: tslab's own kernel.json, run with the current
 * Node binary rather than through the `tslab` shell shim, with {@link zeromqSendQueueShim}
 * loaded first.
 *
 * @param projectDir - directory to resolve the `tslab` package from (default: this library's
 *   own dependencies).
 * @throws {KernelError} `SPAWN_FAILED` when tslab is not installed.
 */
export function tslabKernelSpec(projectDir?: string): KernelSpec {
  const dir = tslabPackageDir(projectDir);
  const shim = `data:text/javascript,${encodeURIComponent(zeromqSendQueueShim(join(dir, "dist", "jupyter.js")))}`;
  return {
    name: "tslab",
    displayName: "TypeScript",
    language: "typescript",
    argv: [process.execPath, "--import", shim, join(dir, "bin", "tslab"), "kernel", "--config-path", CONNECTION_FILE_PLACEHOLDER],
  };
}

/**
 * The Deno kernel (`deno jupyter --kernel --conn {connection_file}`), using the binary of
 * the `deno` npm package (its platform binary directly when present, else the package's
 * Node launcher).
 *
 * @param projectDir - directory to resolve the `deno` package from.
 * @throws {KernelError} `SPAWN_FAILED` when the deno package is not installed.
 */
export function denoKernelSpec(projectDir?: string): KernelSpec {
  const dir = resolvePackageDir("deno", projectDir);
  const exe = join(dir, process.platform === "win32" ? "deno.exe" : "deno");
  const command = existsSync(exe) ? [exe] : [process.execPath, join(dir, "bin.cjs")];
  return {
    name: "deno",
    displayName: "Deno",
    language: "typescript",
    argv: [...command, "jupyter", "--kernel", "--conn", CONNECTION_FILE_PLACEHOLDER],
  };
}

/** Names accepted by {@link builtinKernelSpec}. */
export type BuiltinKernelName = "tslab" | "deno";

/** The built-in kernelspec called `name`. */
export function builtinKernelSpec(name: BuiltinKernelName, projectDir?: string): KernelSpec {
  return name === "tslab" ? tslabKernelSpec(projectDir) : denoKernelSpec(projectDir);
}

/**
 * Reads an installed Jupyter kernelspec (`<dir>/kernel.json`), so that any kernel that
 * Jupyter can start can be used here too.
 *
 * @param kernelDir - the kernelspec directory, e.g. `~/.local/share/jupyter/kernels/tslab`.
 * @throws {KernelError} `INVALID_ARGUMENT` when kernel.json is missing or malformed.
 */
export function readKernelSpec(kernelDir: string): KernelSpec {
  const file = join(kernelDir, "kernel.json");
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (cause) {
    throw new KernelError("INVALID_ARGUMENT", `cannot read kernelspec ${file}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
  if (typeof raw !== "object" || raw === null) throw new KernelError("INVALID_ARGUMENT", `${file} is not a JSON object`);
  const spec = raw as { argv?: unknown; display_name?: unknown; language?: unknown; env?: unknown };
  if (!Array.isArray(spec.argv) || spec.argv.length === 0 || !spec.argv.every((a): a is string => typeof a === "string")) {
    throw new KernelError("INVALID_ARGUMENT", `${file}: "argv" must be a non-empty array of strings`);
  }
  const env: Record<string, string> = {};
  if (typeof spec.env === "object" && spec.env !== null) {
    for (const [k, v] of Object.entries(spec.env)) if (typeof v === "string") env[k] = v;
  }
  const name =
    kernelDir
      .replace(/[/\\]+$/, "")
      .split(/[/\\]/)
      .pop() ?? "kernel";
  return {
    name,
    displayName: typeof spec.display_name === "string" ? spec.display_name : name,
    language: typeof spec.language === "string" ? spec.language : "",
    argv: spec.argv,
    env,
  };
}
