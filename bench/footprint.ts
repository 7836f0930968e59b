/**
 * Footprint: `npm ci` time in a clean copy of the repository's package files, the size of
 * node_modules per top-level dependency (with the transitive dependencies it alone brings), and
 * the dependencies nothing uses.
 *
 * Sizes are apparent sizes (sum of file lengths, symbolic links not followed) of the installed
 * package folders, nested node_modules counted under their own package. The dependency graph is
 * read from package-lock.json (lockfile v3: dependencies, optional and peer dependencies, resolved
 * from each package's folder upwards as Node does). A package is "exclusive" to a top-level
 * dependency when no other top-level dependency reaches it.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ROOT } from "./lib/design.js";

interface LockPackage {
  readonly version?: string;
  readonly link?: boolean;
  readonly resolved?: string;
  readonly dev?: boolean;
  readonly optional?: boolean;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
  readonly bin?: string | Readonly<Record<string, string>>;
}

/** One top-level dependency. */
export interface DependencyFootprint {
  readonly name: string;
  /** Where it is declared, e.g. `package.json dependencies`, `lib/stats/package.json dependencies`. */
  readonly declaredIn: string;
  readonly version: string | null;
  /** Installed packages it reaches, itself included. */
  readonly packages: number;
  /** Bytes of those packages (shared ones included). */
  readonly bytes: number;
  /** Packages only this dependency reaches, and their bytes: what removing it would save. */
  readonly exclusivePackages: number;
  readonly exclusiveBytes: number;
  /** How the sources use it: `import`, `script`, `types`, or `unused`. */
  readonly usage: "import" | "script" | "types" | "unused";
  /** A file (or package.json script) that shows the use, or null when unused. */
  readonly evidence: string | null;
}

/** Top-level dependencies of one npm scope taken together (e.g. the nine `@stdlib/*` packages). */
export interface ScopeFootprint {
  readonly scope: string;
  readonly members: readonly string[];
  readonly packages: number;
  readonly bytes: number;
  /** Packages that no top-level dependency outside the scope reaches. */
  readonly exclusivePackages: number;
  readonly exclusiveBytes: number;
}

/** Result of {@link measureFootprint}. */
export interface FootprintResult {
  /** Wall time of each `npm ci --ignore-scripts --prefer-offline`, or empty when not run. */
  readonly npmCiMs: readonly number[];
  readonly npmCiCommand: string;
  /** Where the sizes were measured: a clean install, or the working copy's node_modules. */
  readonly measuredOn: "clean npm ci" | "existing node_modules";
  /** Bytes of the whole node_modules folder (with .bin and, on an existing install, extraneous packages). */
  readonly folderBytes: number;
  /** Bytes of the packages of package-lock.json that are installed. */
  readonly lockfileBytes: number;
  readonly installedPackages: number;
  readonly dependencies: readonly DependencyFootprint[];
  readonly scopes: readonly ScopeFootprint[];
  readonly unused: readonly string[];
}

const NPM_CI = ["ci", "--ignore-scripts", "--prefer-offline"];

function folderBytes(dir: string): number {
  let total = 0;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of entries) {
    const path = join(dir, name);
    const st = lstatSync(path);
    if (st.isSymbolicLink()) continue;
    if (st.isDirectory()) {
      if (name === "node_modules") continue; // nested packages are counted on their own
      total += folderBytes(path);
    } else {
      total += st.size;
    }
  }
  return total;
}

function treeBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = lstatSync(path);
    if (st.isSymbolicLink()) continue;
    total += st.isDirectory() ? treeBytes(path) : st.size;
  }
  return total;
}

/** Node's lookup: `<from>/node_modules/<name>`, then the node_modules of each enclosing package. */
function resolveIn(packages: Readonly<Record<string, LockPackage>>, from: string, name: string): string | null {
  let base = from;
  for (;;) {
    const candidate = base === "" ? `node_modules/${name}` : `${base}/node_modules/${name}`;
    if (packages[candidate] !== undefined) return candidate;
    if (base === "") return null;
    const i = base.lastIndexOf("/node_modules/");
    base = i >= 0 ? base.slice(0, i) : "";
  }
}

function walkSources(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist" || name.startsWith(".")) continue;
    const path = join(dir, name);
    const st = lstatSync(path);
    if (st.isDirectory()) walkSources(path, out);
    else if (/\.(ts|mts|cts|js|mjs|cjs|ipynb|json)$/.test(name) && !name.endsWith("package-lock.json")) out.push(path);
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** How the repository uses a dependency, with the first file that shows it (exported for checks). */
export function usageOf(
  name: string,
  bins: readonly string[],
  sources: readonly { path: string; text: string }[],
  scripts: Readonly<Record<string, string>>,
): { usage: DependencyFootprint["usage"]; evidence: string | null } {
  const spec = `["']${escapeRegExp(name)}(?:/[^"']*)?["']`;
  // import/export … from "x", import("x"), require("x"), require.resolve("x/…"), createRequire(…)("x"),
  // resolvePackageDir("x"): a module specifier or a package name passed to a resolver.
  const imported = new RegExp(`(?:\\bfrom\\s*${spec}|\\bimport\\s*\\(\\s*${spec}|\\(\\s*${spec})`);
  for (const s of sources) if (imported.test(s.text)) return { usage: "import", evidence: relative(ROOT, s.path) };
  const script = new RegExp(
    `(?:node_modules/${escapeRegExp(name)}/|--import[= ]${escapeRegExp(name)}\\b${bins.map((b) => `|(?:^|[\\s;&|])${escapeRegExp(b)}(?=\\s|$)`).join("")})`,
  );
  for (const [key, value] of Object.entries(scripts))
    if (script.test(value)) return { usage: "script", evidence: `package.json scripts.${key}` };
  if (name.startsWith("@types/")) {
    const target = name.slice("@types/".length).replace(/^(.+)__(.+)$/, "@$1/$2");
    if (target === "node") return { usage: "types", evidence: "tsconfig.json types: node" };
    const inner = usageOf(target, [], sources, scripts);
    if (inner.usage !== "unused") return { usage: "types", evidence: `types of ${target} (${inner.evidence ?? ""})` };
  }
  return { usage: "unused", evidence: null };
}

/**
 * Measures the footprint. With `runNpmCi`, the package files are copied to a fresh temporary
 * folder and installed `repeats` times (each from an empty node_modules, npm cache warm); the sizes
 * are then measured on that clean install. Without it, on the working copy's node_modules.
 */
export function measureFootprint(options: {
  readonly runNpmCi: boolean;
  readonly repeats: number;
  readonly log: (line: string) => void;
}): FootprintResult {
  const rootPkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
    scripts?: Record<string, string>;
    workspaces?: string[];
  };
  let base = ROOT;
  let tmp: string | null = null;
  const npmCiMs: number[] = [];
  if (options.runNpmCi) {
    tmp = mkdtempSync(join(tmpdir(), "behoud-footprint-"));
    cpSync(join(ROOT, "package.json"), join(tmp, "package.json"));
    cpSync(join(ROOT, "package-lock.json"), join(tmp, "package-lock.json"));
    // The workspaces (lib/<package>) need their manifests for npm ci to link them.
    for (const ws of rootPkg.workspaces ?? []) {
      mkdirSync(join(tmp, ws), { recursive: true });
      cpSync(join(ROOT, ws, "package.json"), join(tmp, ws, "package.json"));
    }
    for (let r = 0; r < options.repeats; r++) {
      rmSync(join(tmp, "node_modules"), { recursive: true, force: true });
      options.log(`  npm ${NPM_CI.join(" ")} (${r + 1}/${options.repeats}) …`);
      const t0 = performance.now();
      const res = spawnSync("npm", [...NPM_CI, "--no-audit", "--no-fund"], { cwd: tmp, encoding: "utf8" });
      const ms = performance.now() - t0;
      if (res.status !== 0) throw new Error(`npm ci failed in ${tmp}: ${res.stderr.slice(-2000)}`);
      npmCiMs.push(ms);
    }
    base = tmp;
  }
  try {
    const lock = JSON.parse(readFileSync(join(base, "package-lock.json"), "utf8")) as { packages: Record<string, LockPackage> };
    const packages = lock.packages;
    const installed = Object.keys(packages).filter(
      (k) => k.startsWith("node_modules/") && packages[k]?.link !== true && existsSync(join(base, k)),
    );
    const sizes = new Map(installed.map((k) => [k, folderBytes(join(base, k))]));
    const workspaceNames = new Set(
      Object.entries(packages)
        .filter(([, v]) => v.link === true)
        .map(([k]) => k.slice("node_modules/".length)),
    );
    const top: { name: string; declaredIn: string; from: string }[] = [];
    for (const name of Object.keys(rootPkg.dependencies ?? {}))
      if (!workspaceNames.has(name)) top.push({ name, declaredIn: "package.json dependencies", from: "" });
    for (const name of Object.keys(rootPkg.devDependencies ?? {})) top.push({ name, declaredIn: "package.json devDependencies", from: "" });
    // A workspace's own dependencies (not the other workspaces), resolved from the workspace's folder.
    for (const ws of rootPkg.workspaces ?? []) {
      const wsPkg = JSON.parse(readFileSync(join(ROOT, ws, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
      for (const name of Object.keys(wsPkg.dependencies ?? {}))
        if (!workspaceNames.has(name)) top.push({ name, declaredIn: `${ws}/package.json dependencies`, from: ws });
    }

    const reach = (start: string): Set<string> => {
      const seen = new Set<string>();
      const stack = [start];
      while (stack.length > 0) {
        const loc = stack.pop() as string;
        if (seen.has(loc)) continue;
        seen.add(loc);
        const p = packages[loc];
        if (p === undefined) continue;
        for (const dep of [
          ...Object.keys(p.dependencies ?? {}),
          ...Object.keys(p.optionalDependencies ?? {}),
          ...Object.keys(p.peerDependencies ?? {}),
        ]) {
          const target = resolveIn(packages, loc, dep);
          if (target !== null && !seen.has(target)) stack.push(target);
        }
      }
      return seen;
    };
    const reached = top.map((t) => {
      const loc = resolveIn(packages, t.from, t.name);
      return loc === null ? new Set<string>() : reach(loc);
    });
    const count = new Map<string, number>();
    for (const set of reached) for (const loc of set) count.set(loc, (count.get(loc) ?? 0) + 1);

    const sourceFiles: string[] = [];
    for (const dir of [
      "lib/stats/src",
      "lib/audit/src",
      "lib/notebook-runner/src",
      "lib/compendium/src",
      "test",
      "bench",
      "notebooks",
      "tools",
    ])
      walkSources(join(ROOT, dir), sourceFiles);
    const sources = sourceFiles.map((path) => ({ path, text: readFileSync(path, "utf8") }));
    const scripts = rootPkg.scripts ?? {};

    const dependencies: DependencyFootprint[] = top.map((t, i) => {
      const set = reached[i] as Set<string>;
      const present = [...set].filter((loc) => sizes.has(loc));
      const exclusive = present.filter((loc) => count.get(loc) === 1);
      const loc = resolveIn(packages, t.from, t.name);
      const pkg = loc === null ? undefined : packages[loc];
      const bins = pkg?.bin === undefined ? [] : typeof pkg.bin === "string" ? [t.name.replace(/^@[^/]+\//, "")] : Object.keys(pkg.bin);
      const { usage, evidence } = usageOf(t.name, bins, sources, scripts);
      return {
        name: t.name,
        declaredIn: t.declaredIn,
        version: pkg?.version ?? null,
        packages: present.length,
        bytes: present.reduce((s, l) => s + (sizes.get(l) ?? 0), 0),
        exclusivePackages: exclusive.length,
        exclusiveBytes: exclusive.reduce((s, l) => s + (sizes.get(l) ?? 0), 0),
        usage,
        evidence,
      };
    });
    dependencies.sort((a, b) => b.exclusiveBytes - a.exclusiveBytes || a.name.localeCompare(b.name));
    const scopes: ScopeFootprint[] = [];
    const scopeNames = [
      ...new Set(
        top
          .map((t) => t.name)
          .filter((n) => n.startsWith("@") && !n.startsWith("@types/"))
          .map((n) => n.split("/")[0] as string),
      ),
    ];
    for (const scope of scopeNames.sort()) {
      const inside = top.map((t, i) => ({ t, i })).filter(({ t }) => t.name.startsWith(`${scope}/`));
      if (inside.length < 2) continue;
      const union = new Set<string>();
      for (const { i } of inside) for (const loc of reached[i] as Set<string>) union.add(loc);
      const outside = new Set<string>();
      top.forEach((t, i) => {
        if (!t.name.startsWith(`${scope}/`)) for (const loc of reached[i] as Set<string>) outside.add(loc);
      });
      const present = [...union].filter((loc) => sizes.has(loc));
      const exclusive = present.filter((loc) => !outside.has(loc));
      scopes.push({
        scope,
        members: inside.map(({ t }) => t.name),
        packages: present.length,
        bytes: present.reduce((s, l) => s + (sizes.get(l) ?? 0), 0),
        exclusivePackages: exclusive.length,
        exclusiveBytes: exclusive.reduce((s, l) => s + (sizes.get(l) ?? 0), 0),
      });
    }
    return {
      npmCiMs,
      npmCiCommand: `npm ${NPM_CI.join(" ")} --no-audit --no-fund`,
      measuredOn: options.runNpmCi ? "clean npm ci" : "existing node_modules",
      folderBytes: treeBytes(join(base, "node_modules")),
      lockfileBytes: [...sizes.values()].reduce((a, b) => a + b, 0),
      installedPackages: installed.length,
      dependencies,
      scopes,
      unused: dependencies.filter((d) => d.usage === "unused").map((d) => d.name),
    };
  } finally {
    if (tmp !== null) rmSync(tmp, { recursive: true, force: true });
  }
}
