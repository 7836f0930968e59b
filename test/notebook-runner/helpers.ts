/** Shared paths and helpers of the runner tests. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { KernelSpec } from "../../lib/notebook-runner/src/index.js";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const FIXTURES = join(ROOT, "test", "fixtures", "notebooks");
export const fixture = (name: string): string => join(FIXTURES, name);

/** The scriptable fake kernel (test/notebook-runner/fake-kernel.ts) as a kernelspec. */
export function fakeKernelSpec(env: Record<string, string> = {}): KernelSpec {
  return {
    name: "fake",
    displayName: "Fake",
    language: "fake",
    argv: [
      process.execPath,
      "--conditions=source",
      "--import",
      "tsx",
      join(ROOT, "test", "notebook-runner", "fake-kernel.ts"),
      "{connection_file}",
    ],
    env,
  };
}

/** Whether a process with this id exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until `pid` has gone, up to `ms`; returns whether it has. */
export async function waitGone(pid: number, ms = 5000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !isAlive(pid);
}

/** A fresh temporary directory, removed by the returned function. */
export function tempDir(prefix = "runner-test-"): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Script for the fake kernel's execute_request. */
export const script = (s: object): string => JSON.stringify(s);
