/**
 * The "## API" section of each package README, generated from the package's exports.
 *
 * For every entry point of a package (`lib/<package>/src/index.ts`, and for
 * `@behoud/notebook-runner` also `src/display.ts`, its `./display` subpath) the TypeScript
 * compiler lists the exported names; each becomes a table row with its kind (function, class,
 * interface, type, constant) and the first sentence of its doc comment. The tables are the end of
 * the README's "## API" section, from the line {@link MARKER} to the end of the file; text between
 * the heading and that line (an import line, an example) is kept.
 *
 * usage:
 *   node --conditions=source --import tsx tools/api-table.ts           checks; exits 1 naming each README that is out of date
 *   node --conditions=source --import tsx tools/api-table.ts --write   rewrites the "## API" section of each README
 */
import ts from "typescript";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const repoRoot = resolve(fileURLToPath(new URL("../", import.meta.url)));

/** One entry point of a package: the import specifier and its source file. */
export interface EntryPoint {
  readonly specifier: string;
  /** Source file, relative to the repository root. */
  readonly file: string;
}

/** A package whose README carries an API table. */
export interface PackageApi {
  readonly name: string;
  /** Package folder, relative to the repository root. */
  readonly dir: string;
  readonly entryPoints: readonly EntryPoint[];
}

export const PACKAGES: readonly PackageApi[] = [
  { name: "@behoud/stats", dir: "lib/stats", entryPoints: [{ specifier: "@behoud/stats", file: "lib/stats/src/index.ts" }] },
  { name: "@behoud/audit", dir: "lib/audit", entryPoints: [{ specifier: "@behoud/audit", file: "lib/audit/src/index.ts" }] },
  {
    name: "@behoud/notebook-runner",
    dir: "lib/notebook-runner",
    entryPoints: [
      { specifier: "@behoud/notebook-runner", file: "lib/notebook-runner/src/index.ts" },
      { specifier: "@behoud/notebook-runner/display", file: "lib/notebook-runner/src/display.ts" },
    ],
  },
  {
    name: "@behoud/compendium",
    dir: "lib/compendium",
    entryPoints: [{ specifier: "@behoud/compendium", file: "lib/compendium/src/index.ts" }],
  },
];

export type ExportKind = "function" | "class" | "enum" | "constant" | "variable" | "interface" | "type";

/** One exported name of an entry point. */
export interface ExportEntry {
  readonly name: string;
  readonly kind: ExportKind;
  /** First sentence of the doc comment, or "" when there is none. */
  readonly summary: string;
}

function kindOf(symbol: ts.Symbol): ExportKind {
  const f = symbol.flags;
  if (f & ts.SymbolFlags.Class) return "class";
  if (f & ts.SymbolFlags.Function) return "function";
  if (f & ts.SymbolFlags.Enum) return "enum";
  if (f & ts.SymbolFlags.Variable) {
    const decl = symbol.valueDeclaration;
    const list = decl?.parent;
    return list !== undefined && ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0 ? "constant" : "variable";
  }
  if (f & ts.SymbolFlags.Interface) return "interface";
  return "type";
}

const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|vs|cf|etc|et al|approx|resp|incl)|\b[A-Z])\.$/;

/** The first sentence of a doc comment's text, on one line, `{@link X}` as `X`. */
export function firstSentence(doc: string): string {
  // The first paragraph, up to a list (a line starting with "- "), whose lead-in colon becomes a full stop.
  const block = (doc.split(/\n\s*\n|\n\s*- /)[0] ?? "").replace(/:\s*$/, ".");
  const paragraph = block
    .replace(/\{@link(?:code|plain)?\s+([^}|\s]+)(?:[\s|][^}]*)?\}/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  const re = /[.!?](?=\s|$)/g;
  for (let m = re.exec(paragraph); m !== null; m = re.exec(paragraph)) {
    const upTo = paragraph.slice(0, m.index + 1);
    if (m[0] === "." && ABBREVIATIONS.test(upTo)) continue;
    return upTo;
  }
  return paragraph;
}

/** The exports of every entry point of every package, sorted by name. */
export function collectExports(packages: readonly PackageApi[] = PACKAGES): Map<string, ExportEntry[]> {
  const configPath = join(repoRoot, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  if (config.error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, repoRoot);
  const files = packages.flatMap((p) => p.entryPoints.map((e) => join(repoRoot, e.file)));
  const program = ts.createProgram({ rootNames: files, options: { ...parsed.options, noEmit: true } });
  const checker = program.getTypeChecker();
  const out = new Map<string, ExportEntry[]>();
  for (const p of packages) {
    for (const e of p.entryPoints) {
      const sf = program.getSourceFile(join(repoRoot, e.file));
      if (sf === undefined) throw new Error(`${e.file}: not found`);
      const moduleSymbol = checker.getSymbolAtLocation(sf);
      if (moduleSymbol === undefined) throw new Error(`${e.file}: not a module`);
      const entries = checker.getExportsOfModule(moduleSymbol).map((s): ExportEntry => {
        const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
        const summary = firstSentence(ts.displayPartsToString(target.getDocumentationComment(checker)));
        return { name: s.name, kind: kindOf(target), summary };
      });
      entries.sort((a, b) =>
        a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : a.name < b.name ? -1 : 1,
      );
      out.set(e.specifier, entries);
    }
  }
  return out;
}

const cell = (s: string): string => s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|");

/**
 * The line that starts the generated part of a README's "## API" section; everything from it to
 * the end of the file is rewritten. Text between the heading and this line is kept.
 */
export const MARKER = "<!-- The tables below list the package's exports; tools/api-table.ts writes them. -->";

/** The generated part of a package's "## API" section: the marker, then one table per entry point (ends with a newline). */
export function apiSection(pkg: PackageApi, exports: ReadonlyMap<string, readonly ExportEntry[]>): string {
  const lines = [
    MARKER,
    "",
    `Every export of the package's entry point${pkg.entryPoints.length > 1 ? "s" : ""}, with the first sentence of its doc comment (\`node --conditions=source --import tsx tools/api-table.ts --write\` regenerates these tables; a test fails when they differ from the exports).`,
  ];
  for (const e of pkg.entryPoints) {
    const entries = exports.get(e.specifier) ?? [];
    const kinds = new Map<string, number>();
    for (const x of entries) kinds.set(x.kind, (kinds.get(x.kind) ?? 0) + 1);
    const counts = [...kinds.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([k, n]) => `${n} ${k}${n === 1 ? "" : k === "class" ? "es" : "s"}`);
    lines.push(
      "",
      `### \`${e.specifier}\``,
      "",
      `${entries.length} exports: ${counts.join(", ")}.`,
      "",
      "| name | kind | summary |",
      "| --- | --- | --- |",
    );
    for (const x of entries) lines.push(`| \`${x.name}\` | ${x.kind} | ${cell(x.summary === "" ? "–" : x.summary)} |`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * The README text with the generated part of its "## API" section replaced: from the marker line
 * to the end. Without a marker the tables are appended (to the "## API" section when the README
 * ends with one, else under a new "## API" heading); no text is removed then.
 */
export function withApiSection(readme: string, generated: string): string {
  const lines = readme.split("\n");
  const marker = lines.indexOf(MARKER);
  if (marker >= 0) return `${lines.slice(0, marker).join("\n")}${marker > 0 ? "\n" : ""}${generated}`;
  const trimmed = readme.replace(/\n*$/, "");
  if (lines.includes("## API")) return `${trimmed}\n\n${generated}`;
  return `${trimmed}\n\n## API\n\n${generated}`;
}

/** README files whose API section differs from the exports (relative paths); with `write`, rewrites them. */
export function syncReadmes(options: { write: boolean; exports?: ReadonlyMap<string, readonly ExportEntry[]> }): string[] {
  const exports = options.exports ?? collectExports();
  const stale: string[] = [];
  for (const p of PACKAGES) {
    const file = join(repoRoot, p.dir, "README.md");
    const current = existsSync(file) ? readFileSync(file, "utf8") : "";
    const next = withApiSection(current, apiSection(p, exports));
    if (next === current) continue;
    stale.push(relative(repoRoot, file));
    if (options.write) writeFileSync(file, next);
  }
  return stale;
}

function main(argv: readonly string[]): number {
  const write = argv.includes("--write");
  const exports = collectExports();
  for (const p of PACKAGES)
    for (const e of p.entryPoints) process.stdout.write(`${e.specifier}: ${exports.get(e.specifier)?.length ?? 0} exports\n`);
  const stale = syncReadmes({ write, exports });
  for (const f of stale)
    process.stdout.write(
      write
        ? `wrote the API section of ${f}\n`
        : `${f}: the API section is out of date (node --conditions=source --import tsx tools/api-table.ts --write)\n`,
    );
  return write || stale.length === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  process.exitCode = main(process.argv.slice(2));
