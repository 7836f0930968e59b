/**
 * Writes a large, valid data folder in the shipped layout: its own `datapackage.json` (a copy of
 * the codebook whose respondent code pattern allows up to seven digits and whose respondent
 * resources have no `expectedRows`), the schemas, `codes.csv`, `axial-codes.csv`,
 * `published.json`, and `raw/` with one respondent file per round (N respondents split 60/40),
 * the shipped coding and focus-group files. Answers are drawn from a seeded generator: a
 * respondent level plus item noise, post about half a point above pre, rounded to 1..5, with
 * about 1 % of the items missing ("NA").
 *
 * Usage: `node --import tsx bench/large/generate.ts <folder> [N=1000000] [seed=1]`.
 * Used by bench/large/measure.ts; also a helper for trying the loader on big data by hand.
 * @module bench/large/generate
 */
import { copyFileSync, mkdirSync, openSync, closeSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const DATA = path.join(ROOT, "data");

/** A small seeded generator (mulberry32): uniform numbers in [0, 1). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SchemaField {
  name: string;
  type?: string;
  constraints?: { enum?: (string | number)[]; pattern?: string; minimum?: number; maximum?: number };
  timepoint?: string;
  construct?: string;
}

/**
 * Writes the folder.
 * @param dir target folder (created).
 * @param n number of respondents (both rounds).
 * @param seed seed of the answers.
 * @returns the respondent files written and their sizes in bytes.
 */
export function generateLargeData(dir: string, n: number, seed = 1): { files: { path: string; bytes: number; rows: number }[] } {
  mkdirSync(path.join(dir, "raw"), { recursive: true });
  mkdirSync(path.join(dir, "schemas"), { recursive: true });
  const pkg = JSON.parse(readFileSync(path.join(DATA, "datapackage.json"), "utf8")) as {
    resources: { name: string; kind?: string; round?: string; expectedRows?: number; path: string }[];
  };
  for (const r of pkg.resources) if (r.kind === "respondents") delete r.expectedRows;
  writeFileSync(path.join(dir, "datapackage.json"), JSON.stringify(pkg, null, 2));
  for (const s of ["axial-codes.json", "codes.json", "coding.json", "focusgroups.json"])
    copyFileSync(path.join(DATA, "schemas", s), path.join(dir, "schemas", s));
  const schema = JSON.parse(readFileSync(path.join(DATA, "schemas", "respondents.json"), "utf8")) as { fields: SchemaField[] };
  const idField = schema.fields.find((f) => f.name === "respondent");
  if (idField?.constraints !== undefined) idField.constraints.pattern = "^R(19|20)-[0-9]{2,7}$";
  writeFileSync(path.join(dir, "schemas", "respondents.json"), JSON.stringify(schema, null, 2));
  for (const f of ["codes.csv", "axial-codes.csv", "published.json", "published.schema.json"])
    copyFileSync(path.join(DATA, f), path.join(dir, f));
  for (const f of ["coding-2019-20.csv", "coding-2020-21.csv", "focusgroups-2019-20.csv"])
    copyFileSync(path.join(DATA, "raw", f), path.join(dir, "raw", f));

  const random = rng(seed);
  const fields = schema.fields;
  const header = fields.map((f) => f.name).join(",");
  const rounds = [
    { round: "2019-20", prefix: "R19", n: Math.round(n * 0.6) },
    { round: "2020-21", prefix: "R20", n: n - Math.round(n * 0.6) },
  ];
  const files: { path: string; bytes: number; rows: number }[] = [];
  const clamp = (x: number): number => Math.min(5, Math.max(1, Math.round(x)));
  for (const r of rounds) {
    const file = path.join(dir, "raw", `respondents-${r.round}.csv`);
    const fd = openSync(file, "w");
    let bytes = 0;
    let buffer = `${header}\n`;
    for (let i = 1; i <= r.n; i++) {
      const level = 3 + (random() - 0.5) * 2;
      const cells = fields.map((f) => {
        if (f.name === "respondent") return `${r.prefix}-${String(i).padStart(2, "0")}`;
        if (f.name === "round") return r.round;
        const en = f.constraints?.enum;
        if (en !== undefined) return String(en[Math.floor(random() * en.length)]);
        if (f.name === "experience_years") return String(1 + Math.floor(random() * 35));
        if (f.name === "fte") return (0.4 + Math.floor(random() * 7) / 10).toFixed(1);
        if (f.type === "string") return f.name.startsWith("open_") ? (random() < 0.5 ? "Meer tijd voor ontwikkeling." : "NA") : "NA";
        if (random() < 0.01) return "NA";
        const shift = f.timepoint === "post" ? 0.5 : 0;
        return String(clamp(level + shift + (random() - 0.5) * 2));
      });
      buffer += `${cells.join(",")}\n`;
      if (buffer.length > 1 << 20) {
        bytes += writeSync(fd, buffer);
        buffer = "";
      }
    }
    bytes += writeSync(fd, buffer);
    closeSync(fd);
    files.push({ path: file, bytes, rows: r.n });
  }
  return { files };
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, nText, seedText] = process.argv.slice(2);
  if (dir === undefined) {
    process.stderr.write("usage: node --import tsx bench/large/generate.ts <folder> [N=1000000] [seed=1]\n");
    process.exit(2);
  }
  const out = generateLargeData(dir, Number(nText ?? 1_000_000), Number(seedText ?? 1));
  for (const f of out.files) process.stdout.write(`${f.path}: ${f.rows} rows, ${(f.bytes / 1e6).toFixed(1)} MB\n`);
}
