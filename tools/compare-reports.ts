/**
 * Compares two output folders of `npm run reproduce` file by file and prints, for every file whose
 * bytes differ, the lines that differ (HTML split at tag boundaries so that a difference shows as
 * a short line). For checking that a refactor leaves the outputs as they were:
 *
 *   npm run reproduce -- --out /tmp/before     (on the old commit)
 *   npm run reproduce -- --out /tmp/after      (on the new one)
 *   node --import tsx tools/compare-reports.ts /tmp/before /tmp/after [--max-lines 20]
 *
 * The output manifest (.reproduce-manifest.json: checksums of the other files) is left out. Exit
 * code 0 when every file is byte-identical, 1 otherwise, 2 on bad arguments.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

function lines(buf: Buffer, name: string): string[] {
  const text = buf.toString("utf8");
  return (name.endsWith(".html") ? text.replace(/></g, ">\n<") : text).split("\n");
}

/** The lines of `a` and `b` that are not in the other, in order (a multiset difference, enough to show a refactor's traces). */
function changedLines(a: string[], b: string[]): { removed: string[]; added: string[] } {
  const count = new Map<string, number>();
  for (const l of b) count.set(l, (count.get(l) ?? 0) + 1);
  const removed: string[] = [];
  for (const l of a) {
    const c = count.get(l) ?? 0;
    if (c > 0) count.set(l, c - 1);
    else removed.push(l);
  }
  const countA = new Map<string, number>();
  for (const l of a) countA.set(l, (countA.get(l) ?? 0) + 1);
  const added: string[] = [];
  for (const l of b) {
    const c = countA.get(l) ?? 0;
    if (c > 0) countA.set(l, c - 1);
    else added.push(l);
  }
  return { removed, added };
}

function main(argv: readonly string[]): number {
  const [before, after] = argv.filter((a) => !a.startsWith("--"));
  const maxIdx = argv.indexOf("--max-lines");
  const max = maxIdx >= 0 ? Number(argv[maxIdx + 1]) : 20;
  if (before === undefined || after === undefined || !existsSync(before) || !existsSync(after) || !statSync(before).isDirectory()) {
    process.stderr.write("usage: compare-reports <before folder> <after folder> [--max-lines N]\n");
    return 2;
  }
  const skip = (p: string): boolean => p === ".reproduce-manifest.json";
  const a = new Set(
    files(before)
      .map((f) => relative(before, f))
      .filter((f) => !skip(f)),
  );
  const b = new Set(
    files(after)
      .map((f) => relative(after, f))
      .filter((f) => !skip(f)),
  );
  let differing = 0;
  for (const f of [...a].filter((x) => !b.has(x))) {
    differing++;
    process.stdout.write(`only in ${before}: ${f}\n`);
  }
  for (const f of [...b].filter((x) => !a.has(x))) {
    differing++;
    process.stdout.write(`only in ${after}: ${f}\n`);
  }
  let same = 0;
  for (const f of [...a].filter((x) => b.has(x))) {
    const x = readFileSync(join(before, f));
    const y = readFileSync(join(after, f));
    if (x.equals(y)) {
      same++;
      continue;
    }
    differing++;
    const { removed, added } = changedLines(lines(x, f), lines(y, f));
    process.stdout.write(`\n${f}: ${removed.length} line(s) only before, ${added.length} only after\n`);
    for (const l of removed.slice(0, max)) process.stdout.write(`  - ${l.slice(0, 300)}\n`);
    for (const l of added.slice(0, max)) process.stdout.write(`  + ${l.slice(0, 300)}\n`);
  }
  process.stdout.write(`\n${same} file(s) byte-identical, ${differing} differing\n`);
  return differing === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
