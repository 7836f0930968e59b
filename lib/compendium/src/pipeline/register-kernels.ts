/**
 * `npm run notebooks:register [-- --prefix <dir>]`: registers the tslab and Deno kernels of this
 * project with Jupyter (JupyterLab, Jupyter Notebook, VS Code) by writing their kernel.json files,
 * without needing Python. Default target: the user's Jupyter data folder
 * ($JUPYTER_DATA_DIR, else ~/.local/share/jupyter on Linux, ~/Library/Jupyter on macOS,
 * %APPDATA%\jupyter on Windows); with --prefix, <dir>/share/jupyter (then set JUPYTER_PATH to it).
 * @module pipeline/register-kernels
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { denoKernelSpec, tslabKernelSpec, type KernelSpec } from "@behoud/notebook-runner";
import { isMain } from "../main-module.js";

/**
 * The user's Jupyter data folder, as Jupyter computes it.
 * @example jupyterDataDir() // e.g. /home/ana/.local/share/jupyter on Linux, $JUPYTER_DATA_DIR when set
 */
export function jupyterDataDir(): string {
  const env = process.env.JUPYTER_DATA_DIR;
  if (env !== undefined && env !== "") return env;
  if (process.platform === "darwin") return join(homedir(), "Library", "Jupyter");
  if (process.platform === "win32") return join(process.env.APPDATA ?? homedir(), "jupyter");
  const xdg = process.env.XDG_DATA_HOME;
  return join(xdg !== undefined && xdg !== "" ? xdg : join(homedir(), ".local", "share"), "jupyter");
}

/**
 * The kernel.json of a spec.
 * @example
 * const json = JSON.parse(kernelJson({ argv: ["node", "kernel.js", "{connection_file}"], language: "typescript" } as KernelSpec, "TypeScript (tslab)"));
 * json // { argv: ["node", "kernel.js", "{connection_file}"], display_name: "TypeScript (tslab)", language: "typescript", metadata: { compendium: "koffeman-2023" } }
 */
export function kernelJson(spec: KernelSpec, displayName: string): string {
  return `${JSON.stringify({ argv: spec.argv, display_name: displayName, language: spec.language, metadata: { compendium: "koffeman-2023" } }, null, 1)}\n`;
}

/**
 * Writes the two kernelspecs; returns the folders written.
 * @example
 * // illustrative: writes kernel.json files into the given Jupyter data folder
 * registerKernels(process.cwd(), "/tmp/jupyter") // the folders written: /tmp/jupyter/kernels/tslab and /tmp/jupyter/kernels/deno
 */
export function registerKernels(root: string, dataDir: string): string[] {
  const out: string[] = [];
  for (const [name, spec, display] of [
    ["tslab", tslabKernelSpec(root), "TypeScript (tslab)"],
    ["deno", denoKernelSpec(root), "Deno"],
  ] as const) {
    const dir = join(dataDir, "kernels", name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "kernel.json"), kernelJson(spec, display));
    out.push(dir);
  }
  return out;
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf("--prefix");
  const target = i >= 0 && args[i + 1] !== undefined ? join(resolve(args[i + 1] as string), "share", "jupyter") : jupyterDataDir();
  for (const dir of registerKernels(process.cwd(), target)) process.stdout.write(`registered ${dir}\n`);
  if (i >= 0) process.stdout.write(`set JUPYTER_PATH=${target} so that Jupyter finds these kernels\n`);
}
