/**
 * A minimal Jupyter client over ZeroMQ: it starts a kernel process from a kernelspec,
 * speaks the messaging protocol (v5.3) to it, executes code and shuts it down.
 *
 * Why it is written here rather than taken from npm: the two Node packages for the job are
 * `@nteract/messaging` 7.0.20 (message constructors and RxJS 6 operators; CommonJS; depends
 * on rxjs 6, uuid and lodash.clonedeep; no transport) and `enchannel-zmq-backend` 10.0.0
 * (ZeroMQ channels as RxJS Subjects; CommonJS; needs rxjs 7 as a peer *and* pulls
 * `@nteract/messaging` with rxjs 6, so two RxJS copies). Neither starts kernels, writes
 * connection files, handles the SUB slow-joiner or knows when a cell is finished, which is
 * most of the work; both would add an Observable layer over zeromq 6's plain async
 * iterators. What a headless runner needs from the protocol fits in a few hundred lines
 * with no dependency beyond `zeromq` (already installed as tslab's own dependency).
 *
 * Channels used (https://jupyter-client.readthedocs.io/en/latest/messaging.html):
 * - shell (DEALER → kernel's ROUTER): `kernel_info_request`, `execute_request`;
 * - control (DEALER → ROUTER): `shutdown_request`;
 * - iopub (SUB → PUB): outputs, `status` busy/idle;
 * - stdin and heartbeat are not used (no input is ever requested; liveness is judged
 *   from the kernel process itself, which this client owns).
 *
 * The process behind a kernel is a {@link KernelProcess}: a child process started from a
 * kernelspec ({@link KernelClient.start}), or a kernel session inside a warm host process
 * (`runner/warm`, connected with {@link KernelClient.attach}).
 *
 * @module runner/client
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import * as zmq from "zeromq";
import { endpoint, newConnectionInfo, writeConnectionFile, type ConnectionFile } from "./connection.js";
import { KernelError } from "./errors.js";
import type { KernelSpec } from "./kernelspec.js";
import { substituteArgv } from "./kernelspec.js";
import { killKernelProcess, LOG_TAIL_CHARS, trackKernelProcess, whenStopped } from "./processes.js";
import { decodeMessage, encodeMessage, newHeader, type JsonObject, type JupyterMessage } from "./wire.js";

/**
 * What a {@link KernelClient} needs to know of the process behind its kernel: whether it
 * runs, when it stops, what it writes to its own stdout/stderr, and how to stop it.
 */
export interface KernelProcess {
  /** Process id (-1 when unknown). */
  readonly pid: number;
  /** False once the kernel has stopped. */
  readonly running: boolean;
  /** Resolves once the kernel has stopped, with how (`"exit code 0"`, `"signal SIGKILL"`, `"not started: ..."`). */
  readonly stopped: Promise<string>;
  /** Registers a receiver of what the kernel writes to its own stdout/stderr. */
  onOutput(listener: (text: string) => void): void;
  /** Stops the kernel by force (a spawned kernel: this signal to its process group). */
  kill(signal: "SIGTERM" | "SIGKILL"): void;
  /** Releases the output streams; called once the client is done. */
  dispose(): void;
}

/** A kernel started as a child process in its own process group. */
class SpawnedKernel implements KernelProcess {
  readonly stopped: Promise<string>;
  /** Rejects when the process could not be spawned at all. */
  readonly spawnFailed: Promise<never>;
  private done = false;

  constructor(
    private readonly child: ChildProcess,
    kernelName: string,
    command: string,
  ) {
    this.stopped = whenStopped(child).then((description) => {
      this.done = true;
      return description;
    });
    this.spawnFailed = new Promise<never>((_, reject) => {
      child.once("error", (e) => {
        if (child.pid === undefined)
          reject(new KernelError("SPAWN_FAILED", `cannot start the ${kernelName} kernel (${command}): ${e.message}`));
      });
    });
    this.spawnFailed.catch(() => undefined);
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get running(): boolean {
    return !this.done && this.child.exitCode === null && this.child.signalCode === null;
  }

  onOutput(listener: (text: string) => void): void {
    const forward = (chunk: Buffer): void => listener(chunk.toString("utf8"));
    this.child.stdout?.on("data", forward);
    this.child.stderr?.on("data", forward);
  }

  kill(signal: "SIGTERM" | "SIGKILL"): void {
    killKernelProcess(this.child, signal);
  }

  dispose(): void {
    this.child.stdout?.destroy();
    this.child.stderr?.destroy();
  }
}

/** Options of {@link KernelClient.attach}. */
export interface AttachKernelOptions {
  /** Time allowed for the kernel to answer `kernel_info_request`. Default 60 000 ms. */
  readonly startupTimeoutMs?: number;
  /** Receives everything the kernel process writes to its own stdout and stderr. */
  readonly onKernelOutput?: (text: string) => void;
  /** See {@link StartKernelOptions.iopubTimeoutMs}. */
  readonly iopubTimeoutMs?: number;
  /** Milliseconds already spent starting the kernel, counted in {@link KernelClient.startupMs}. */
  readonly startedMsAgo?: number;
}

/** Options of {@link KernelClient.start}. */
export interface StartKernelOptions {
  /** Working directory of the kernel (Jupyter uses the notebook's folder). Default: `process.cwd()`. */
  readonly cwd?: string;
  /** Extra environment variables (added to `process.env` and the kernelspec's `env`). */
  readonly env?: Readonly<Record<string, string>>;
  /** Time allowed for the kernel to answer `kernel_info_request`. Default 60 000 ms. */
  readonly startupTimeoutMs?: number;
  /** Receives everything the kernel process writes to its own stdout and stderr. */
  readonly onKernelOutput?: (text: string) => void;
  /**
   * Once a request's reply has arrived, time allowed for its iopub `status: idle`. By the
   * protocol the idle status follows at once; when it does not come, the kernel has lost a
   * message and the request fails with `PROTOCOL` instead of waiting for the cell's time
   * limit. (nbclient waits 4 s and then goes on, with possibly incomplete outputs.)
   * Default 10 000 ms.
   */
  readonly iopubTimeoutMs?: number;
}

/** Options of {@link KernelClient.execute}. */
export interface ExecuteOptions {
  /** Time allowed for the request, from sending to `execute_reply` + idle. Default: none. */
  readonly timeoutMs?: number;
  /** Called for every iopub message whose parent is this request, in arrival order. */
  readonly onIopub?: (message: JupyterMessage) => void;
  /**
   * After the request is complete, send a `kernel_info_request` and wait for its iopub
   * `status: idle`, still collecting late messages of this request meanwhile. Default true.
   *
   * Needed for the Deno kernel (2.9): it sometimes publishes a cell's `execute_result`
   * just *after* the cell's `status: idle` (≈ 1 request in 10), which the protocol does not
   * allow and which makes nbclient, too, drop the result. iopub messages from one kernel
   * socket arrive in the order they were sent, so once the idle of a later request has
   * arrived, everything the kernel published for this one has too. Costs one round trip
   * (< 1 ms on the loopback). As a second net, `onIopub` of the last few completed requests
   * keeps receiving messages that arrive even later.
   */
  readonly barrier?: boolean;
}

/** What {@link KernelClient.execute} resolves to. */
export interface ExecuteResult {
  /** The `execute_reply` message (content: status, execution_count, ename/evalue/traceback). */
  readonly reply: JupyterMessage;
  /** Milliseconds from sending the request to completion. */
  readonly durationMs: number;
}

interface Pending {
  reply: JupyterMessage | undefined;
  idle: boolean;
  /** Resolves once the reply has arrived (and, when `needIdle`, the idle status too). */
  readonly needIdle: boolean;
  readonly onIopub: ((message: JupyterMessage) => void) | undefined;
  readonly resolve: (reply: JupyterMessage) => void;
  readonly reject: (error: Error) => void;
  /** Started when the reply arrives before the idle status; see `iopubTimeoutMs`. */
  idleTimer: NodeJS.Timeout | undefined;
}

/** How many completed requests keep receiving late iopub messages. */
const LATE_ROUTES = 4;

/** The time of day in milliseconds, monotonic. */
function now(): number {
  return performance.now();
}

/**
 * Waits for the first of `promises` to settle, or `ms` milliseconds, whichever comes first;
 * the timer is cleared afterwards so that it never keeps the process alive. Rejections
 * count as settling (and are swallowed).
 */
async function waitAtMost(ms: number, ...promises: Promise<unknown>[]): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const elapsed = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, ms));
  });
  try {
    await Promise.race([
      elapsed,
      ...promises.map((p) =>
        p.then(
          () => undefined,
          () => undefined,
        ),
      ),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A running kernel and the client connected to it. Create with {@link KernelClient.start};
 * always end with {@link KernelClient.shutdown} (in a `finally`).
 *
 * @example
 * // illustrative: starts a tslab kernel
 * const kernel = await KernelClient.start(tslabKernelSpec(), { cwd: "notebooks" });
 * try {
 *   const { reply } = await kernel.execute("console.log(1 + 1)", { onIopub: (m) => console.log(m.header.msg_type) });
 *   console.log(reply.content["status"]); // "ok"
 * } finally {
 *   await kernel.shutdown();
 * }
 */
export class KernelClient {
  /** The kernelspec this kernel was started from. */
  readonly spec: KernelSpec;
  /** Content of the kernel's `kernel_info_reply` (language_info, implementation, ...). */
  kernelInfo: JsonObject = {};
  /** Milliseconds from spawning the process to a completed handshake. */
  startupMs = 0;

  private readonly process: KernelProcess;
  private readonly connection: ConnectionFile;
  private readonly session = randomUUID();
  private readonly shell: zmq.Dealer;
  private readonly control: zmq.Dealer;
  private readonly iopub: zmq.Subscriber;
  private readonly pending = new Map<string, Pending>();
  /**
   * iopub handlers of the last completed requests, so that a message a kernel publishes
   * after the request's idle status (see {@link ExecuteOptions.barrier}) still reaches the
   * cell it belongs to rather than being dropped.
   */
  private readonly lateRoutes = new Map<string, (message: JupyterMessage) => void>();
  private readonly sendChains = new Map<zmq.Dealer, Promise<void>>();
  private readonly exitPromise: Promise<void>;
  private iopubSeen = false;
  private onFirstIopub: (() => void) | undefined;
  private closed = false;
  private dead = false;
  /** The handshake completed: the kernel speaks the protocol (else shutdown goes straight to signals). */
  private ready = false;
  private exitDescription: string | undefined;
  private logTail = "";
  private iopubTimeoutMs = 10_000;

  private constructor(spec: KernelSpec, kernelProcess: KernelProcess, connection: ConnectionFile) {
    this.spec = spec;
    this.process = kernelProcess;
    this.connection = connection;
    this.exitPromise = kernelProcess.stopped.then((description) => {
      if (this.dead) return;
      this.dead = true;
      this.exitDescription = description;
      this.failAll(new KernelError("KERNEL_DIED", `the ${spec.name} kernel exited (${description})`, this.logTail));
    });
    const info = connection.info;
    this.shell = new zmq.Dealer({ linger: 0 });
    this.control = new zmq.Dealer({ linger: 0 });
    this.iopub = new zmq.Subscriber({ linger: 0 });
    this.shell.connect(endpoint(info, info.shell_port));
    this.control.connect(endpoint(info, info.control_port));
    this.iopub.connect(endpoint(info, info.iopub_port));
    this.iopub.subscribe();
    void this.receiveLoop(this.shell, "reply");
    void this.receiveLoop(this.control, "reply");
    void this.receiveLoop(this.iopub, "iopub");
  }

  /**
   * Starts a kernel: writes a connection file (free ports on 127.0.0.1, random key), spawns
   * the kernelspec's argv in its own process group, connects the sockets and completes the
   * start-up handshake (see {@link KernelClient.handshake}).
   *
   * @throws {KernelError} `SPAWN_FAILED` when the process cannot start, `KERNEL_DIED` when it
   *   exits during start-up, `STARTUP_TIMEOUT` when it does not answer in time.
   */
  static async start(spec: KernelSpec, options: StartKernelOptions = {}): Promise<KernelClient> {
    if (spec.argv.length === 0) throw new KernelError("INVALID_ARGUMENT", `kernelspec "${spec.name}" has an empty argv`);
    const connection = await writeConnectionFile(await newConnectionInfo(spec.name));
    const [command, ...args] = substituteArgv(spec.argv, connection.path) as [string, ...string[]];
    const t0 = now();
    let child: ChildProcess;
    try {
      child = spawn(command, args, {
        cwd: options.cwd ?? process.cwd(),
        env: { ...process.env, ...spec.env, ...options.env },
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
      });
    } catch (cause) {
      await connection.dispose();
      throw new KernelError("SPAWN_FAILED", `cannot start the ${spec.name} kernel (${command}): ${String(cause)}`);
    }
    trackKernelProcess(child);
    const kernel = new SpawnedKernel(child, spec.name, command);
    return KernelClient.connect(spec, kernel, connection, options, t0, kernel.spawnFailed);
  }

  /**
   * Connects to a kernel that is starting or running in `kernelProcess` and listening on the
   * ports of `connection`, and completes the start-up handshake. The client then owns the
   * connection file (removed by {@link KernelClient.shutdown}).
   *
   * @throws {KernelError} `KERNEL_DIED` when the kernel stops during start-up,
   *   `STARTUP_TIMEOUT` when it does not answer in time.
   */
  static attach(
    spec: KernelSpec,
    kernelProcess: KernelProcess,
    connection: ConnectionFile,
    options: AttachKernelOptions = {},
  ): Promise<KernelClient> {
    return KernelClient.connect(spec, kernelProcess, connection, options, now() - (options.startedMsAgo ?? 0), null);
  }

  private static async connect(
    spec: KernelSpec,
    kernelProcess: KernelProcess,
    connection: ConnectionFile,
    options: AttachKernelOptions,
    t0: number,
    spawnFailed: Promise<never> | null,
  ): Promise<KernelClient> {
    const client = new KernelClient(spec, kernelProcess, connection);
    if (options.iopubTimeoutMs !== undefined) client.iopubTimeoutMs = options.iopubTimeoutMs;
    kernelProcess.onOutput((text) => {
      client.logTail = (client.logTail + text).slice(-LOG_TAIL_CHARS);
      options.onKernelOutput?.(text);
    });
    try {
      const handshake = client.handshake(options.startupTimeoutMs ?? 60_000);
      await (spawnFailed === null ? handshake : Promise.race([handshake, spawnFailed]));
    } catch (error) {
      await client.shutdown();
      throw error;
    }
    client.ready = true;
    client.startupMs = now() - t0;
    return client;
  }

  /** Process id of the kernel. */
  get pid(): number {
    return this.process.pid;
  }

  /** Whether the kernel process is still running. */
  get alive(): boolean {
    return !this.dead && this.process.running;
  }

  /** The last characters the kernel process wrote to its own stdout/stderr. */
  get kernelLog(): string {
    return this.logTail;
  }

  /**
   * Start-up handshake that also defeats the PUB/SUB "slow joiner" (a SUB socket misses
   * what was published before its connection was established):
   * 1. send `kernel_info_request` and wait for its reply (the kernel is up and bound);
   * 2. until a first iopub message has arrived, send another `kernel_info_request` every
   *    100 ms: each one makes the kernel publish `status` busy/idle, and the first of those
   *    that reaches us proves the iopub subscription is live.
   */
  private async handshake(timeoutMs: number): Promise<void> {
    const deadline = now() + timeoutMs;
    const timeLeft = (): number => deadline - now();
    const timeout = (): KernelError =>
      new KernelError(
        "STARTUP_TIMEOUT",
        `the ${this.spec.name} kernel did not answer kernel_info_request within ${timeoutMs} ms`,
        this.logTail,
      );
    const first = this.request(this.shell, "kernel_info_request", {}, false);
    const info = await withTimeout(first.promise, timeLeft(), timeout);
    this.kernelInfo = info.content;
    while (!this.iopubSeen) {
      if (timeLeft() <= 0) throw timeout();
      if (!this.alive) {
        throw new KernelError("KERNEL_DIED", `the ${this.spec.name} kernel exited (${this.exitDescription ?? "?"})`, this.logTail);
      }
      // One probe per 100 ms, however fast the replies come: every probe makes the kernel
      // publish two status messages, and a flood of them is what tslab handles worst.
      const probe = this.request(this.shell, "kernel_info_request", {}, false);
      const firstIopub = new Promise<void>((resolve) => (this.onFirstIopub = resolve));
      await waitAtMost(100, firstIopub);
      this.onFirstIopub = undefined;
      this.pending.delete(probe.msgId);
    }
  }

  /**
   * Executes `code` (an `execute_request` with `store_history: true`, `allow_stdin: false`,
   * `stop_on_error: true`). Resolves when both the `execute_reply` and the iopub
   * `status: idle` whose parent is this request have arrived: only then have all of the
   * request's outputs been received.
   *
   * A failing cell does not reject: its reply has `status: "error"`.
   *
   * @throws {KernelError} `CELL_TIMEOUT` after `timeoutMs`, `KERNEL_DIED` if the kernel
   *   exits, `PROTOCOL` on an invalid message, `INVALID_STATE` after shutdown.
   */
  async execute(code: string, options: ExecuteOptions = {}): Promise<ExecuteResult> {
    const t0 = now();
    const request = this.request(
      this.shell,
      "execute_request",
      { code, silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true },
      true,
      options.onIopub,
    );
    const deadline = options.timeoutMs === undefined ? Number.POSITIVE_INFINITY : t0 + options.timeoutMs;
    const guard = <T>(promise: Promise<T>): Promise<T> =>
      deadline === Number.POSITIVE_INFINITY
        ? promise
        : withTimeout(
            promise,
            deadline - now(),
            () => new KernelError("CELL_TIMEOUT", `the cell did not finish within ${(options.timeoutMs ?? 0) / 1000} s`, this.logTail),
          );
    try {
      const reply = await guard(request.promise);
      const durationMs = now() - t0;
      if (options.barrier !== false) {
        const barrier = this.request(this.shell, "kernel_info_request", {}, true);
        try {
          await guard(barrier.promise);
        } finally {
          this.pending.delete(barrier.msgId);
        }
      }
      return { reply, durationMs };
    } finally {
      this.pending.delete(request.msgId);
      if (options.onIopub !== undefined) {
        this.lateRoutes.set(request.msgId, options.onIopub);
        for (const id of this.lateRoutes.keys()) {
          if (this.lateRoutes.size <= LATE_ROUTES) break;
          this.lateRoutes.delete(id);
        }
      }
    }
  }

  /**
   * Shuts the kernel down: `shutdown_request` on the control channel, then SIGTERM and
   * finally SIGKILL to the kernel's process group if it has not exited; closes the sockets
   * and removes the connection file. Safe to call more than once and after failures.
   */
  async shutdown(graceMs = 3000): Promise<void> {
    if (this.closed) {
      await this.exitPromise;
      return;
    }
    if (this.alive && this.ready) {
      try {
        const req = this.request(this.control, "shutdown_request", { restart: false }, false);
        await waitAtMost(graceMs, req.promise, this.exitPromise);
        this.pending.delete(req.msgId);
        await waitAtMost(graceMs, this.exitPromise);
      } catch {
        // Fall through to signals.
      }
    }
    this.closed = true;
    this.failAll(new KernelError("INVALID_STATE", `the ${this.spec.name} kernel was shut down`));
    if (this.alive) {
      this.process.kill("SIGTERM");
      await waitAtMost(graceMs, this.exitPromise);
    }
    if (this.alive) {
      this.process.kill("SIGKILL");
      await this.exitPromise;
    }
    for (const socket of [this.shell, this.control, this.iopub]) socket.close();
    this.process.dispose();
    await this.connection.dispose();
  }

  /** Sends a request and registers it; the promise resolves with its reply (see `needIdle`). */
  private request(
    socket: zmq.Dealer,
    msgType: string,
    content: JsonObject,
    needIdle: boolean,
    onIopub?: (message: JupyterMessage) => void,
  ): { msgId: string; promise: Promise<JupyterMessage> } {
    if (this.closed) {
      return {
        msgId: "",
        promise: Promise.reject(new KernelError("INVALID_STATE", `the ${this.spec.name} kernel was shut down`)),
      };
    }
    if (!this.alive) {
      return {
        msgId: "",
        promise: Promise.reject(
          new KernelError("KERNEL_DIED", `the ${this.spec.name} kernel exited (${this.exitDescription ?? "?"})`, this.logTail),
        ),
      };
    }
    const header = newHeader(msgType, this.session);
    const promise = new Promise<JupyterMessage>((resolve, reject) => {
      const settleWith =
        <T>(f: (value: T) => void) =>
        (value: T): void => {
          const p = this.pending.get(header.msg_id);
          if (p?.idleTimer !== undefined) clearTimeout(p.idleTimer);
          f(value);
        };
      this.pending.set(header.msg_id, {
        reply: undefined,
        idle: false,
        needIdle,
        onIopub,
        resolve: settleWith(resolve),
        reject: settleWith(reject),
        idleTimer: undefined,
      });
    });
    // zeromq 6 allows one send in flight per socket: chain them.
    const frames = encodeMessage(this.connection.info.key, { header, content });
    const previous = this.sendChains.get(socket) ?? Promise.resolve();
    const sent = previous.then(() => socket.send(frames));
    this.sendChains.set(
      socket,
      sent.catch((error: unknown) => {
        const p = this.pending.get(header.msg_id);
        if (p !== undefined && !this.closed) {
          p.reject(new KernelError("PROTOCOL", `cannot send ${msgType}: ${String(error)}`));
        }
      }),
    );
    return { msgId: header.msg_id, promise };
  }

  /** Reads one socket until it is closed and routes messages to their pending request. */
  private async receiveLoop(socket: zmq.Dealer | zmq.Subscriber, kind: "reply" | "iopub"): Promise<void> {
    try {
      for await (const frames of socket) {
        let message: JupyterMessage;
        try {
          message = decodeMessage(this.connection.info.key, frames);
        } catch (error) {
          // A message we cannot trust: fail what is waiting rather than hang until a time-out.
          this.failAll(error instanceof Error ? error : new KernelError("PROTOCOL", String(error)));
          continue;
        }
        if (kind === "iopub") this.onIopub(message);
        else this.onReply(message);
      }
    } catch (error) {
      if (!this.closed) this.failAll(new KernelError("PROTOCOL", `socket error: ${String(error)}`));
    }
  }

  private onReply(message: JupyterMessage): void {
    const parentId = message.parentHeader?.msg_id;
    const p = parentId === undefined ? undefined : this.pending.get(parentId);
    if (p === undefined || p.reply !== undefined) return;
    p.reply = message;
    if (p.needIdle && !p.idle) {
      const type = message.header.msg_type;
      p.idleTimer = setTimeout(() => {
        p.reject(
          new KernelError(
            "PROTOCOL",
            `the ${this.spec.name} kernel sent ${type} but no iopub status "idle" within ${this.iopubTimeoutMs / 1000} s: it lost a message, outputs may be incomplete`,
            this.logTail,
          ),
        );
      }, this.iopubTimeoutMs);
    }
    this.settle(p);
  }

  private onIopub(message: JupyterMessage): void {
    this.iopubSeen = true;
    this.onFirstIopub?.();
    const parentId = message.parentHeader?.msg_id;
    const p = parentId === undefined ? undefined : this.pending.get(parentId);
    if (p === undefined) {
      const late = parentId === undefined ? undefined : this.lateRoutes.get(parentId);
      if (late !== undefined && message.header.msg_type !== "status") late(message);
      return;
    }
    if (message.header.msg_type === "status") {
      if (message.content.execution_state === "idle") {
        p.idle = true;
        this.settle(p);
      }
      return;
    }
    p.onIopub?.(message);
  }

  private settle(p: Pending): void {
    if (p.reply !== undefined && (p.idle || !p.needIdle)) p.resolve(p.reply);
  }

  private failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}

/** Races `promise` against a timer; the timer is cleared either way. */
async function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), Math.max(0, ms));
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Starts a kernel; shorthand for {@link KernelClient.start}. */
export function startKernel(spec: KernelSpec, options: StartKernelOptions = {}): Promise<KernelClient> {
  return KernelClient.start(spec, options);
}
