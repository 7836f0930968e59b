/**
 * The package structure of lib/: which package may import what, that every declared dependency
 * is used and every used one declared, and that the three general packages (stats, audit,
 * notebook-runner) carry nothing of this article: no construct, item, question or published id
 * from data/, no author, journal or Dutch word of the article. The article's knowledge lives in
 * data/ and in @behoud/compendium.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { builtinModules } from "node:module";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PACKAGES = ["stats", "audit", "notebook-runner", "compendium"] as const;
type Pkg = (typeof PACKAGES)[number];

/** Which workspace packages each package may import (the layering; no cycles). */
const ALLOWED: Record<Pkg, readonly string[]> = {
  stats: [],
  audit: ["@behoud/stats"],
  "notebook-runner": [],
  compendium: ["@behoud/stats", "@behoud/audit", "@behoud/notebook-runner"],
};

/** Modules a package loads through another package's require (so they are that package's dependencies, not its own). */
const THROUGH: Record<Pkg, Readonly<Record<string, string>>> = {
  stats: {},
  audit: {},
  "notebook-runner": { "@tslab/typescript-for-tslab": "resolved from tslab's folder (tslab-host.ts): a dependency of tslab" },
  compendium: {},
};

interface Manifest {
  readonly name: string;
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [join(dir, e.name)] : [],
  );
}

/** The package part of a bare specifier: "@scope/name/sub" → "@scope/name", "name/sub" → "name". */
function packageOf(spec: string): string {
  const parts = spec.split("/");
  return spec.startsWith("@") ? `${parts[0]}/${parts[1]}` : (parts[0] as string);
}

/** Every module a source file loads: static and dynamic imports, re-exports, createRequire(...)("x"), require.resolve("x"). */
function specifiers(text: string): string[] {
  const out: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\s[^;]*?\sfrom\s+"([^"]+)"/gm,
    /^\s*import\s+"([^"]+)"/gm,
    /\bimport\(\s*"([^"]+)"\s*\)/g,
    /\brequire\(\s*"([^"]+)"\s*\)/g,
    /createRequire\([^)]*\)\(\s*"([^"]+)"\s*\)/g,
    /require\.resolve\(\s*"([^"]+)"/g,
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) out.push(m[1] as string);
  return out;
}

/** Doc comments and line comments removed, so that examples in prose do not count as imports. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
}

const builtins = new Set(builtinModules);

for (const pkg of PACKAGES) {
  test(`@behoud/${pkg} imports only its own modules, Node's built-ins, the workspace packages below it and the dependencies its package.json declares; every declared dependency is used`, () => {
    const dir = join(ROOT, "lib", pkg);
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
    const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
    const used = new Set<string>();
    const problems: string[] = [];
    for (const file of sources(join(dir, "src"))) {
      for (const spec of specifiers(code(readFileSync(file, "utf8")))) {
        if (spec.startsWith(".") || spec.startsWith("node:") || builtins.has(spec)) continue;
        const name = packageOf(spec);
        if (THROUGH[pkg][name] !== undefined) continue;
        used.add(name);
        const where = relative(ROOT, file);
        if (name.startsWith("@behoud/") && !ALLOWED[pkg].includes(name))
          problems.push(`${where} imports ${spec}: @behoud/${pkg} may import only ${ALLOWED[pkg].join(", ") || "no workspace package"}`);
        else if (!declared.has(name)) problems.push(`${where} imports ${spec}, which lib/${pkg}/package.json does not declare`);
      }
    }
    for (const d of declared) if (!used.has(d)) problems.push(`lib/${pkg}/package.json declares ${d}, which no source file imports`);
    assert.deepEqual(problems, []);
  });
}

/** Words and ids that belong to this article, from data/ and the article's citation. */
function articleTokens(): string[] {
  const dp = JSON.parse(readFileSync(join(ROOT, "data", "datapackage.json"), "utf8")) as {
    constructs: { name: string; label_nl: string; articleItem?: string; items: Record<string, string[]> }[];
  };
  const published = JSON.parse(readFileSync(join(ROOT, "data", "published.json"), "utf8")) as { values: { id: string }[] };
  const tokens = new Set<string>(["Koffeman", "Kuilen", "Snoek", "Lerarenopleiders", "leraren", "behouden", "Tabel ", "Hattie"]);
  for (const c of dp.constructs) {
    // "self-efficacy" is also a general term of the field; its Dutch label and items still count.
    if (c.name !== "self-efficacy") tokens.add(c.name);
    tokens.add(c.label_nl);
    if (c.articleItem) tokens.add(c.articleItem);
    for (const items of Object.values(c.items)) for (const i of items) tokens.add(i);
  }
  for (const v of published.values) {
    tokens.add(v.id);
    const prefix = v.id.split(".")[0] as string;
    if (/^(table|figure|text|literature)\d*$/.test(prefix)) tokens.add(`"${prefix}.`);
  }
  return [...tokens].filter((t) => t.trim().length >= 4);
}

test("the general packages (stats, audit, notebook-runner) hold no construct, item, published id, author or Dutch word of the article", () => {
  const tokens = articleTokens();
  const hits: string[] = [];
  for (const pkg of ["stats", "audit", "notebook-runner"] as const) {
    const files = [...sources(join(ROOT, "lib", pkg, "src")), join(ROOT, "lib", pkg, "package.json")];
    for (const file of files) {
      // The workspace's npm scope, @behoud, is the project's name, not a word of the text.
      const text = readFileSync(file, "utf8")
        .replace(/@behoud\//g, "@scope/")
        .toLowerCase();
      for (const t of tokens) if (text.includes(t.toLowerCase())) hits.push(`${relative(ROOT, file)}: "${t}"`);
    }
  }
  assert.deepEqual(hits, []);
});

test("the token list of the previous test is not empty and finds the article in the compendium", () => {
  const tokens = articleTokens();
  assert.ok(tokens.length > 100, `only ${tokens.length} tokens`);
  const table3 = readFileSync(join(ROOT, "lib", "compendium", "src", "analysis", "table3.ts"), "utf8").toLowerCase();
  assert.ok(
    tokens.some((t) => table3.includes(t.toLowerCase())),
    "no article token found in the compendium's Table 3 module",
  );
});
