#!/usr/bin/env node
/**
 * Builds the packages under lib/ (TypeScript → lib/<package>/dist, `tsc -b lib/tsconfig.json`, in
 * the order of their project references: stats, audit, notebook-runner, compendium) unless their
 * dist folders already hold the build of exactly these sources: a SHA-256 over the path and
 * content of every file under lib/<package>/src and of the manifests and tsconfig files is kept in
 * lib/compendium/dist/.build-hash after each successful build and compared before the next one. Loading the TypeScript compiler alone costs about 2 s
 * (an incremental no-op build), so `npm run reproduce` on unchanged sources skips it.
 *
 * Plain JavaScript so that it runs before anything is built and without tsx.
 *
 * usage: node lib/build.mjs [--force]
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const lib = dirname(fileURLToPath(import.meta.url));
const root = dirname(lib);
const PACKAGES = ["stats", "audit", "notebook-runner", "compendium"];
const stamp = join(lib, "compendium", "dist", ".build-hash");

/** Every file below `dir`, sorted. */
function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

function sourceHash() {
  const hash = createHash("sha256");
  const inputs = [join(lib, "tsconfig.json"), join(root, "tsconfig.json")];
  for (const p of PACKAGES) inputs.push(...files(join(lib, p, "src")), join(lib, p, "tsconfig.json"), join(lib, p, "package.json"));
  for (const f of inputs) {
    hash.update(relative(root, f)).update("\0").update(readFileSync(f)).update("\0");
  }
  return hash.digest("hex");
}

const force = process.argv.includes("--force");
const hash = sourceHash();
const built =
  existsSync(stamp) && PACKAGES.every((p) => existsSync(join(lib, p, "dist", "index.js"))) && readFileSync(stamp, "utf8").trim() === hash;
if (built && !force) {
  process.stdout.write("lib/*/dist are up to date with lib/*/src (build skipped; --force to rebuild)\n");
} else {
  rmSync(stamp, { force: true });
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const args = [tsc, "-b", join(lib, "tsconfig.json")];
  if (force) args.push("--force");
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, `${hash}\n`);
}
