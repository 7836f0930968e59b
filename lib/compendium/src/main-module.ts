/**
 * Whether a module is the program's entry point (`node path/to/module.js`), robust to symlinks,
 * spaces and other characters that URLs escape.
 * @module main-module
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * True when the module with this `import.meta.url` was started directly by node.
 * @example
 * // illustrative: true only in the module node was started with
 * if (isMain(import.meta.url)) main(process.argv.slice(2));
 */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
