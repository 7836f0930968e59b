/**
 * A modified copy of the shipped data for tests that must hold on other data than the shipped
 * ones: 5 fewer respondents in round 2019-20 (26), Werkplezier answers after the course 2 points
 * lower there, and autonomie_1_post missing in round 2020-21.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDelimited } from "../../lib/compendium/src/data/csv.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function csvCell(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Rewrites a CSV file row by row; `edit` returns false to drop a row. */
export function editCsv(file: string, edit: (row: Map<string, string>, index: number) => boolean): void {
  const { records } = parseDelimited(readFileSync(file, "utf8"), ",");
  const [head, ...rows] = records.filter((r) => !r.blank);
  const header = head?.cells ?? [];
  const out = [header.join(",")];
  rows.forEach((r, i) => {
    const row = new Map(header.map((h, j) => [h, r.cells[j] ?? ""]));
    if (edit(row, i)) out.push(header.map((h) => csvCell(row.get(h) ?? "")).join(","));
  });
  writeFileSync(file, `${out.join("\n")}\n`);
}

/** A modified copy of data/: 26 respondents in 2019-20, Werkplezier lower after the course, autonomie_1_post missing in 2020-21. */
export function modifiedData(): string {
  const dir = mkdtempSync(join(tmpdir(), "modified-data-"));
  cpSync(join(ROOT, "data"), dir, { recursive: true });
  const dropped = new Set<string>();
  editCsv(join(dir, "raw", "respondents-2019-20.csv"), (row, i) => {
    if (i >= 26) {
      dropped.add(row.get("respondent") ?? "");
      return false;
    }
    for (const k of row.keys()) if (/^werkplezier_\d_post$/.test(k)) row.set(k, String(Math.max(1, Number(row.get(k)) - 2)));
    return true;
  });
  editCsv(join(dir, "raw", "respondents-2020-21.csv"), (row) => {
    row.set("autonomie_1_post", "NA");
    return true;
  });
  editCsv(join(dir, "raw", "coding-2019-20.csv"), (row) => !dropped.has(row.get("respondent") ?? ""));
  const pkgFile = join(dir, "datapackage.json");
  const pkg = JSON.parse(readFileSync(pkgFile, "utf8")) as { resources: { name: string; expectedRows?: number }[] };
  for (const r of pkg.resources) if (r.name === "respondents-2019-20") r.expectedRows = 26;
  writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
  return dir;
}
