/**
 * Every package of the lockfile that has an install script has a recorded decision in
 * package.json's `allowScripts` (issue 11, finding 9: `npm ci` ended with npm's warning that
 * four packages' install scripts were not covered).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

test("allowScripts decides on every package of the lockfile that has an install script", () => {
  const lock = JSON.parse(readFileSync(`${ROOT}package-lock.json`, "utf8")) as { packages: Record<string, { hasInstallScript?: boolean }> };
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")) as { allowScripts?: Record<string, unknown> };
  const withScripts = Object.entries(lock.packages)
    .filter(([, p]) => p.hasInstallScript === true)
    .map(([path]) => path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length));
  assert.ok(withScripts.length > 0, "the lockfile lists packages with install scripts");
  for (const name of withScripts) assert.equal(typeof pkg.allowScripts?.[name], "boolean", `${name}: no decision in allowScripts`);
});
