/**
 * npm pack of each package gives a package that installs and runs in a clean folder.
 *
 * Builds the packages once (`node lib/build.mjs`), packs lib/stats, lib/audit,
 * lib/notebook-runner and lib/compendium into a temporary folder, creates a clean project
 * ("type": "module") and installs the four tarballs there with
 * `npm install --prefer-offline --no-audit --no-fund <tarballs>` (third-party dependencies from
 * npm's cache or the registry). Then:
 *
 * (a) each README's example runs with plain `node` from the installed packages and prints what
 *     the README shows. The example is the README's ```js block that holds `// →` comments; it is
 *     plain JavaScript (an ES module), so it runs without a TypeScript step, and each `// → text`
 *     (at the end of a line or on a line of its own) is one line it prints, in order. The
 *     compendium's example reads `data/`, looked up from the working folder: the project's data/
 *     folder is copied into the clean project, as its README says.
 * (b) @behoud/stats and @behoud/audit neither depend on, nor load when imported, zeromq, katex or
 *     xlsx (their installed dependency tree, followed through each package.json's dependencies,
 *     does not contain them; a module-resolution hook records every module the two imports load);
 *     the same holds for @behoud/notebook-runner/display and zeromq.
 * (c) each tarball holds dist/index.js, dist/index.d.ts, README.md and package.json, and no test
 *     files and no .tsbuildinfo.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("../../", import.meta.url)));
const PACKAGES = [
  { name: "@behoud/stats", dir: "lib/stats" },
  { name: "@behoud/audit", dir: "lib/audit" },
  { name: "@behoud/notebook-runner", dir: "lib/notebook-runner" },
  { name: "@behoud/compendium", dir: "lib/compendium" },
] as const;
/** Modules that a statistics or audit user must not pay for. */
const HEAVY = ["zeromq", "katex", "xlsx", "@e965/xlsx"];
const TIMEOUT = 15 * 60_000;

interface Packed {
  readonly name: string;
  readonly tarball: string;
  readonly files: readonly string[];
}

let work = "";
let project = "";
const packed = new Map<string, Packed>();
const timings: string[] = [];

function run(cmd: string, args: readonly string[], cwd: string, timeoutMs = 10 * 60_000): SpawnSyncReturns<string> {
  const started = Date.now();
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: "utf8",
    timeout: timeoutMs,
    env: { ...process.env, NO_COLOR: "1", npm_config_update_notifier: "false" },
  });
  timings.push(
    `${cmd} ${args.slice(0, 2).join(" ")}${args.length > 2 ? " …" : ""} (${cwd === root ? "." : cwd.replace(work, "<tmp>")}): ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (r.error !== undefined) throw r.error;
  return r;
}

function ok(r: SpawnSyncReturns<string>, what: string): string {
  assert.equal(r.status, 0, `${what} failed (exit ${String(r.status)}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

before(
  () => {
    work = mkdtempSync(join(tmpdir(), "behoud-pack-"));
    ok(run(process.execPath, ["lib/build.mjs"], root), "node lib/build.mjs");
    const tarballs = join(work, "tarballs");
    mkdirSync(tarballs);
    for (const p of PACKAGES) {
      const out = ok(run("npm", ["pack", "--json", "--pack-destination", tarballs], join(root, p.dir)), `npm pack ${p.dir}`);
      const info = (JSON.parse(out) as { name: string; filename: string; files: { path: string }[] }[])[0];
      assert.ok(info !== undefined && info.name === p.name, `npm pack ${p.dir} reported ${out}`);
      packed.set(p.name, { name: p.name, tarball: join(tarballs, info.filename), files: info.files.map((f) => f.path) });
    }
    project = join(work, "project");
    mkdirSync(project);
    writeFileSync(
      join(project, "package.json"),
      `${JSON.stringify({ name: "clean-project", version: "1.0.0", private: true, type: "module" }, null, 2)}\n`,
    );
    const files = PACKAGES.map((p) => (packed.get(p.name) as Packed).tarball);
    ok(run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", ...files], project), "npm install of the tarballs");
  },
  { timeout: TIMEOUT },
);

after(() => {
  if (timings.length > 0) process.stdout.write(`# pack test timings:\n${timings.map((t) => `#   ${t}`).join("\n")}\n`);
  if (work !== "") rmSync(work, { recursive: true, force: true });
});

/** The README's example: its ```js block with `// →` comments, and the lines those comments show. */
export function readmeExample(readme: string): { code: string; expected: string[] } {
  const blocks = [...readme.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((m) => m[1] as string);
  const code = blocks.find((b) => b.includes("// → "));
  if (code === undefined) throw new Error("no ```js block with // → comments");
  const expected: string[] = [];
  for (const line of code.split("\n")) {
    const at = line.indexOf("// → ");
    if (at >= 0) expected.push(line.slice(at + "// → ".length));
  }
  return { code, expected };
}

for (const p of PACKAGES) {
  test(`${p.name}: the README's example runs with node from the installed tarball and prints what the README shows`, {
    timeout: TIMEOUT,
  }, () => {
    const { code, expected } = readmeExample(readFileSync(join(root, p.dir, "README.md"), "utf8"));
    assert.ok(expected.length >= 3, `${p.dir}/README.md: the example shows ${expected.length} printed lines`);
    const dir = join(project, p.name.replace("@behoud/", "example-"));
    mkdirSync(dir, { recursive: true });
    if (p.name === "@behoud/compendium") cpSync(join(root, "data"), join(dir, "data"), { recursive: true });
    writeFileSync(join(dir, "example.mjs"), code);
    const out = ok(run(process.execPath, ["example.mjs"], dir, 120_000), `node example.mjs of ${p.dir}/README.md`);
    assert.deepEqual(out.replace(/\n$/, "").split("\n"), expected);
  });
}

/** Names of the packages installed in `project` that `name` depends on, directly or not (itself included). */
function dependencyTree(name: string): Set<string> {
  const seen = new Set<string>();
  const visit = (pkg: string, from: string): void => {
    // Node's lookup: node_modules of the dependant's folder, then of each folder above it, up to the project.
    let manifest = "";
    for (let dir = from; manifest === "" && dir.startsWith(project); dir = resolve(dir, "..")) {
      const candidate = join(dir, "node_modules", pkg, "package.json");
      if (existsSync(candidate)) manifest = candidate;
      if (dir === project) break;
    }
    assert.notEqual(manifest, "", `${pkg} (needed from ${from}) is not installed`);
    const key = `${pkg}@${manifest}`;
    if (seen.has(key)) return;
    seen.add(key);
    const json = JSON.parse(readFileSync(manifest, "utf8")) as { dependencies?: Record<string, string> };
    for (const dep of Object.keys(json.dependencies ?? {})) visit(dep, resolve(manifest, ".."));
  };
  visit(name, project);
  return new Set([...seen].map((k) => k.slice(0, k.indexOf("@", 1))));
}

/** URLs of every module that importing `specifiers` in a fresh node process of the project resolves. */
function modulesLoadedBy(specifiers: readonly string[]): string[] {
  const hook = `let port; export function initialize(data) { port = data.port; } export async function resolve(specifier, context, next) { const r = await next(specifier, context); port.postMessage(r.url); return r; }`;
  const script = [
    `import { register } from "node:module";`,
    `import { MessageChannel } from "node:worker_threads";`,
    `const { port1, port2 } = new MessageChannel();`,
    `const urls = [];`,
    `port1.on("message", (u) => urls.push(u));`,
    `register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)}, { data: { port: port2 }, transferList: [port2] });`,
    ...specifiers.map((s) => `await import(${JSON.stringify(s)});`),
    `await new Promise((r) => setTimeout(r, 200));`,
    `port1.close();`,
    `console.log(JSON.stringify(urls));`,
  ].join("\n");
  const file = join(project, `loaded-${specifiers.map((s) => s.replace(/\W+/g, "-")).join("")}.mjs`);
  writeFileSync(file, script);
  return JSON.parse(ok(run(process.execPath, [file], project, 120_000), `node ${file}`)) as string[];
}

test("@behoud/stats and @behoud/audit depend on none of zeromq, katex, xlsx, and importing them loads none", { timeout: TIMEOUT }, () => {
  for (const name of ["@behoud/stats", "@behoud/audit"]) {
    const tree = dependencyTree(name);
    assert.ok(tree.has(name) && (name === "@behoud/stats" || tree.has("@behoud/stats")), `${name}: ${[...tree].join(", ")}`);
    assert.deepEqual(
      HEAVY.filter((h) => tree.has(h)),
      [],
      `${name} depends on ${[...tree].join(", ")}`,
    );
  }
  const loaded = modulesLoadedBy(["@behoud/stats", "@behoud/audit"]);
  assert.ok(
    loaded.some((u) => u.includes("/node_modules/@behoud/audit/dist/")),
    `the audit was loaded from the installed package: ${loaded.slice(0, 5).join(", ")}`,
  );
  assert.deepEqual(
    loaded.filter((u) => HEAVY.some((h) => u.includes(`/node_modules/${h}/`))),
    [],
  );
  // The notebook-runner's tree has zeromq and katex, so the check above can fail.
  assert.ok(dependencyTree("@behoud/notebook-runner").has("zeromq"));
});

test("@behoud/notebook-runner/display loads neither zeromq nor katex", { timeout: TIMEOUT }, () => {
  const loaded = modulesLoadedBy(["@behoud/notebook-runner/display"]);
  assert.ok(
    loaded.some((u) => u.includes("/node_modules/@behoud/notebook-runner/dist/display.js")),
    loaded.join(", "),
  );
  assert.deepEqual(
    loaded.filter((u) => HEAVY.some((h) => u.includes(`/node_modules/${h}/`))),
    [],
  );
  // The main entry point does load zeromq: the hook sees it.
  assert.ok(modulesLoadedBy(["@behoud/notebook-runner"]).some((u) => u.includes("/node_modules/zeromq/")));
});

for (const p of PACKAGES) {
  test(`${p.name}: the tarball holds dist/index.js, dist/index.d.ts, README.md, package.json and no tests or .tsbuildinfo`, {
    timeout: TIMEOUT,
  }, () => {
    const files = (packed.get(p.name) as Packed).files;
    for (const f of ["dist/index.js", "dist/index.d.ts", "README.md", "package.json"])
      assert.ok(files.includes(f), `${p.name}: ${f} is not in the tarball`);
    assert.deepEqual(
      files.filter((f) => /(^|\/)(test|tests|__tests__)\/|\.test\.[cm]?[jt]s$|\.tsbuildinfo$/.test(f)),
      [],
      `${p.name}: files that do not belong in the tarball`,
    );
  });
}
