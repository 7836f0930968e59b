/**
 * Bookkeeping of the kernel processes this process started, so that none is left behind:
 * not when a cell fails, not when the run ends with an uncaught exception, and not when
 * this process receives SIGINT, SIGTERM or SIGHUP. (Nothing can be done for SIGKILL.)
 *
 * Kernels are started in their own process group (`detached: true`), so a Ctrl-C in the
 * terminal reaches only this process (tslab would treat SIGINT as "interrupt the cell" and
 * stay alive); this module then kills each kernel's whole group.
 *
 * @module runner/processes
 */
import type { ChildProcess } from "node:child_process";

const live = new Set<ChildProcess>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
let installed = false;

/** Sends `signal` to the kernel's process group, falling back to the process itself. */
export function killKernelProcess(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // Already gone.
    }
  }
}

function killAll(signal: NodeJS.Signals): void {
  for (const child of live) killKernelProcess(child, signal);
}

function onExit(): void {
  killAll("SIGKILL");
}

function onSignal(signal: NodeJS.Signals): void {
  killAll("SIGKILL");
  // When this module is the only listener, restore the default behaviour (terminate with
  // the signal); otherwise the application's own handler decides what happens next.
  if (process.listenerCount(signal) === 1) {
    uninstall();
    process.kill(process.pid, signal);
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on("exit", onExit);
  for (const s of SIGNALS) process.on(s, onSignal);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  process.off("exit", onExit);
  for (const s of SIGNALS) process.off(s, onSignal);
}

/**
 * Registers a kernel process; it is unregistered automatically when it exits. The exit and
 * signal handlers are installed while at least one kernel is alive, and removed after.
 */
export function trackKernelProcess(child: ChildProcess): void {
  live.add(child);
  install();
  const forget = (): void => {
    live.delete(child);
    if (live.size === 0) uninstall();
  };
  child.once("exit", forget);
  // A process that could not be spawned emits "error" and never "exit".
  child.once("error", () => {
    if (child.pid === undefined) forget();
  });
}

/**
 * Resolves once `child` has stopped, with how: `"exit code 0"`, `"signal SIGKILL"`, or
 * `"not started: ..."` when it could not be spawned at all (Node then emits "error" and
 * never "exit").
 */
export function whenStopped(child: ChildProcess): Promise<string> {
  return new Promise((resolve) => {
    child.once("exit", (code, signal) => resolve(signal === null ? `exit code ${code ?? "?"}` : `signal ${signal}`));
    child.once("error", (error) => {
      if (child.pid === undefined) resolve(`not started: ${error.message}`);
    });
  });
}

/** Keeps the last `LOG_TAIL_CHARS` characters of what a kernel wrote, for error messages. */
export const LOG_TAIL_CHARS = 8000;

/** Process ids of the kernels started by this process that are still running. */
export function liveKernelPids(): number[] {
  return [...live].flatMap((c) => (c.pid === undefined ? [] : [c.pid]));
}

/** Kills every live kernel at once (SIGKILL to each process group). */
export function killAllKernels(): void {
  killAll("SIGKILL");
}
