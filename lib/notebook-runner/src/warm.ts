/**
 * Warm tslab kernels: a host process that has tslab, TypeScript and the notebooks' modules
 * loaded, and starts one complete tslab kernel after another on request (the host's
 * program is `runner/tslab-host`). A kernel from a warm host is a fresh tslab kernel (own
 * compiler, own namespace, own Jupyter sockets; see tslab-host for what is shared and why
 * that is safe) that starts in about 0.2 s instead of the 1.5–2.7 s of a new `tslab kernel`
 * process, because TypeScript and tslab are loaded and the declaration files parsed once
 * per host instead of once per notebook.
 *
 * A host runs one kernel at a time; run hosts side by side for parallel notebooks.
 *
 * @example
 * // illustrative: starts tslab kernels
 * const host = TslabHost.start({ cwd: "notebooks", warmModules: ["@behoud/lib"] });
 * try {
 *   for (const nb of notebooks) {
 *     const kernel = await host.startKernel();
 *     try { await executeNotebook(nb, { kernel }); } finally { await kernel.shutdown(); }
 *   }
 * } finally {
 *   await host.close();
 * }
 *
 * @module runner/warm
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { KernelClient, type KernelProcess } from "./client.js";
import { newConnectionInfo, writeConnectionFile } from "./connection.js";
import { KernelError } from "./errors.js";
import { tslabKernelSpec, tslabPackageDir, zeromqSendQueueShim, type KernelSpec } from "./kernelspec.js";
import { killKernelProcess, LOG_TAIL_CHARS, trackKernelProcess, whenStopped } from "./processes.js";
import type { HostMessage, HostRequest } from "./tslab-host.js";

/** Options of {@link TslabHost.start}. */
export interface TslabHostOptions {
  /** Directory to resolve the `tslab` package from (default: this library's dependencies). */
  readonly projectDir?: string;
  /** Working directory of the host and of its kernels (Jupyter uses the notebook's folder). Default: `process.cwd()`. */
  readonly cwd?: string;
  /**
   * Modules the notebooks import, loaded and their declarations parsed while the host warms
   * up (resolved from `cwd`). Default: none.
   */
  readonly warmModules?: readonly string[];
  /** Extra environment variables for the host. */
  readonly env?: Readonly<Record<string, string>>;
  /** Time allowed for the host to warm up. Default 120 000 ms. */
  readonly readyTimeoutMs?: number;
}

/** Options of {@link TslabHost.startKernel}. */
export interface WarmKernelOptions {
  /** Time allowed for the kernel to answer `kernel_info_request`. Default 60 000 ms. */
  readonly startupTimeoutMs?: number;
  /** See {@link StartKernelOptions.iopubTimeoutMs}. */
  readonly iopubTimeoutMs?: number;
  /** Receives what the host writes to its own stdout/stderr while this kernel runs. */
  readonly onKernelOutput?: (text: string) => void;
}

/** The host's program: the compiled `tslab-host.js` beside this module (or in `dist/` when run from source). */
function hostProgram(): string {
  const here = fileURLToPath(import.meta.url);
  const sibling = join(dirname(here), "tslab-host.js");
  if (existsSync(sibling)) return sibling;
  const built = resolve(dirname(here), "..", "dist", "tslab-host.js");
  if (existsSync(built)) return built;
  throw new KernelError("SPAWN_FAILED", `the warm tslab host's program is missing (${sibling}); build the library first (npm run build)`);
}

/** One kernel of a host, as a {@link KernelProcess}: it stops when the host reports it ended or the host exits. */
class HostedKernel implements KernelProcess {
  readonly stopped: Promise<string>;
  private done = false;
  private finish: (description: string) => void = () => undefined;
  private readonly listeners: ((text: string) => void)[] = [];

  constructor(private readonly host: TslabHost) {
    this.stopped = new Promise((resolve) => {
      this.finish = (description) => {
        if (this.done) return;
        this.done = true;
        resolve(description);
      };
    });
  }

  get pid(): number {
    return this.host.pid;
  }

  get running(): boolean {
    return !this.done;
  }

  /** Called by the host. */
  end(description: string): void {
    this.finish(description);
  }

  /** Called by the host with its output. */
  output(text: string): void {
    for (const l of this.listeners) l(text);
  }

  onOutput(listener: (text: string) => void): void {
    this.listeners.push(listener);
  }

  /** A kernel cannot be stopped alone by force: the whole host is (its later kernels fail to start). */
  kill(signal: "SIGTERM" | "SIGKILL"): void {
    this.host.kill(signal);
  }

  dispose(): void {
    this.listeners.length = 0;
  }
}

/**
 * A warm tslab host process. {@link TslabHost.start} returns at once; the host warms up in
 * the background and {@link TslabHost.startKernel} waits for it.
 */
export class TslabHost {
  /** The kernelspec its kernels report (tslab's, as in the notebooks' metadata). */
  readonly spec: KernelSpec;
  /** Milliseconds the host took to load tslab and warm up (set when ready). */
  warmMs = 0;

  private readonly child: ChildProcess;
  private readonly cwd: string;
  private readonly ready: Promise<void>;
  private readonly exited: Promise<string>;
  private exitDescription: string | null = null;
  private isWarm = false;
  private current: { id: string; kernel: HostedKernel; started: (error: Error | null) => void } | null = null;
  private nextId = 1;
  private logTail = "";

  private constructor(options: TslabHostOptions) {
    this.spec = tslabKernelSpec(options.projectDir);
    this.cwd = resolve(options.cwd ?? process.cwd());
    const tslabDir = tslabPackageDir(options.projectDir);
    const shim = `data:text/javascript,${encodeURIComponent(zeromqSendQueueShim(join(tslabDir, "dist", "jupyter.js")))}`;
    this.child = spawn(process.execPath, ["--import", shim, hostProgram(), tslabDir, ...(options.warmModules ?? [])], {
      cwd: this.cwd,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe", "ipc"],
      detached: true,
    });
    trackKernelProcess(this.child);
    const child = this.child;
    this.exited = whenStopped(child);
    void this.exited.then((description) => {
      this.exitDescription = description;
      const c = this.current;
      this.current = null;
      if (c !== null) {
        c.started(new KernelError("KERNEL_DIED", `the warm tslab host exited (${description})`, this.logTail));
        c.kernel.end(`the warm tslab host exited (${description})`);
      }
    });
    const onOutput = (chunk: Buffer): void => {
      const text = chunk.toString("utf8");
      this.logTail = (this.logTail + text).slice(-LOG_TAIL_CHARS);
      this.current?.kernel.output(text);
    };
    child.stdout?.on("data", onOutput);
    child.stderr?.on("data", onOutput);
    const timeoutMs = options.readyTimeoutMs ?? 120_000;
    this.ready = new Promise<void>((resolveReady, reject) => {
      const timer = setTimeout(
        () => reject(new KernelError("STARTUP_TIMEOUT", `the warm tslab host was not ready within ${timeoutMs / 1000} s`, this.logTail)),
        timeoutMs,
      );
      child.on("message", (message: HostMessage) => {
        if (message.type === "ready") {
          clearTimeout(timer);
          this.isWarm = true;
          this.warmMs = message.warmMs;
          resolveReady();
        } else this.onMessage(message);
      });
      void this.exited.then((description) => {
        clearTimeout(timer);
        reject(new KernelError("KERNEL_DIED", `the warm tslab host exited (${description})`, this.logTail));
      });
    });
    this.ready.catch(() => undefined);
  }

  /** Starts a host process; it warms up in the background. */
  static start(options: TslabHostOptions = {}): TslabHost {
    return new TslabHost(options);
  }

  /** Process id of the host. */
  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** Whether the host process runs. */
  get alive(): boolean {
    return this.exitDescription === null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves when the host is warm; rejects with a {@link KernelError} when it died or timed out. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  /**
   * Starts a fresh tslab kernel in the host and connects to it. Shut it down with
   * {@link KernelClient.shutdown} before starting the next one.
   *
   * @throws {KernelError} `INVALID_STATE` while another kernel of this host runs,
   *   `KERNEL_DIED` when the host has exited, `STARTUP_TIMEOUT`.
   */
  async startKernel(options: WarmKernelOptions = {}): Promise<KernelClient> {
    await this.ready;
    if (!this.alive) throw new KernelError("KERNEL_DIED", `the warm tslab host exited (${this.exitDescription ?? "?"})`, this.logTail);
    if (this.current !== null)
      throw new KernelError("INVALID_STATE", "the warm tslab host runs one kernel at a time; shut the previous one down first");
    const t0 = performance.now();
    const connection = await writeConnectionFile(await newConnectionInfo(this.spec.name));
    const id = String(this.nextId++);
    const kernel = new HostedKernel(this);
    const started = new Promise<void>((resolveStarted, reject) => {
      this.current = { id, kernel, started: (error) => (error === null ? resolveStarted() : reject(error)) };
    });
    const request: HostRequest = { type: "start", id, connectionFile: connection.path, cwd: this.cwd };
    this.child.send(request);
    try {
      await started;
    } catch (error) {
      await connection.dispose();
      throw error;
    }
    return KernelClient.attach(this.spec, kernel, connection, { ...options, startedMsAgo: performance.now() - t0 });
  }

  /** Stops the host by force (its process group). */
  kill(signal: "SIGTERM" | "SIGKILL"): void {
    killKernelProcess(this.child, signal);
  }

  /**
   * Ends the host: closes its IPC channel (it exits), then SIGKILL after `graceMs`. A host
   * still warming up runs no kernel and would notice the closed channel only once warm
   * (seconds later): it is stopped by force at once.
   */
  async close(graceMs = 3000): Promise<void> {
    if (!this.isWarm && this.alive) this.kill("SIGKILL");
    if (this.child.connected) this.child.disconnect();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.exited, new Promise<void>((r) => (timer = setTimeout(r, graceMs)))]);
    clearTimeout(timer);
    if (this.alive) {
      this.kill("SIGKILL");
      await this.exited;
    }
    this.child.stdout?.destroy();
    this.child.stderr?.destroy();
  }

  private onMessage(message: HostMessage): void {
    const c = this.current;
    if (c === null || !("id" in message) || message.id !== c.id) return;
    if (message.type === "started") c.started(null);
    else if (message.type === "failed") {
      this.current = null;
      c.started(new KernelError("SPAWN_FAILED", `the warm tslab host could not start a kernel: ${message.message}`, this.logTail));
      c.kernel.end(`not started: ${message.message}`);
    } else if (message.type === "ended") {
      this.current = null;
      c.kernel.end("exit code 0");
    }
  }
}
