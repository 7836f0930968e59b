/**
 * The warm tslab host that executes the project's notebooks (runner/warm): one for
 * `npm run reproduce` (each job has its own) and one for `npm run notebooks:refresh`.
 *
 * A light module on purpose: `npm run reproduce` starts the host from here as soon as its
 * arguments are read, before it loads the rest of the library, so the host warms up (loads
 * tslab, TypeScript and the library, about 4 CPU-seconds) while the command itself loads.
 * @module pipeline/warm-host
 */
import { join } from "node:path";
import { TslabHost } from "@behoud/notebook-runner";

/**
 * The modules the host loads before its first kernel: the library, and danfojs, which the
 * library loads on first use (notebook/frame) and which takes about 0.9 s to load.
 */
export const WARM_MODULES: readonly string[] = ["@behoud/compendium", "danfojs"];

/**
 * Starts a warm tslab host for the notebooks of `root` (its kernels run in `root/notebooks`),
 * with `env` added to the kernels' environment. Returns at once; the host warms up in the
 * background.
 * @param root Project folder (with notebooks/ and node_modules/).
 * @param env Variables for the kernels, e.g. `{ BEHOUD_LANG: "nl" }`.
 * @example
 * // illustrative: starts a Node process
 * const host = startWarmHost(process.cwd(), { BEHOUD_LANG: "en" });
 * try { const kernel = await host.startKernel(); await kernel.shutdown(); } finally { await host.close(); }
 */
export function startWarmHost(root: string, env: Readonly<Record<string, string>>): TslabHost {
  return TslabHost.start({ projectDir: root, cwd: join(root, "notebooks"), warmModules: [...WARM_MODULES], env: { ...env } });
}
