/**
 * The main job end to end: `reproduce` twice gives byte-identical reports (report.pdf too);
 * pdftotext finds Table 3's means and the correlations in report.pdf; on other data of the
 * same format (`--data`) it runs unchanged and the report follows those data; a failing cell stops
 * the run with notebook, cell and error named; parameters are injected into the tagged cell;
 * warm kernels give the same notebooks as one new kernel process per notebook.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { injectParameters, reproduce } from "../../../lib/compendium/src/pipeline/reproduce.js";
import { readNotebook } from "../../../lib/notebook-runner/src/index.js";
import { parseDelimited } from "../../../lib/compendium/src/data/csv.js";
import { openStudy } from "../../../lib/compendium/src/analysis/study.js";
import { analyse, buildResults } from "../../../lib/compendium/src/analysis/results.js";
import { browserAvailability } from "../../../lib/compendium/src/report/png.js";

const ROOT = process.cwd();
const quiet = (): void => {};

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

test("parameters are injected into the cell tagged 'parameters' only", async () => {
  const nb = await readNotebook(join(ROOT, "notebooks", "01-data-and-sample.ipynb"));
  const same = injectParameters(nb, { dataDir: null, publishFlaggedText: false });
  assert.equal(same, nb);
  const injected = injectParameters(nb, { dataDir: "/x/y", publishFlaggedText: true });
  const changed = injected.cells.filter((c, i) => c.source !== nb.cells[i]?.source);
  assert.equal(changed.length, 1);
  assert.match(String(changed[0]?.source), /const DATA_DIR: string \| undefined = "\/x\/y";/);
  assert.match(String(changed[0]?.source), /const PUBLISH_FLAGGED_TEXT = true;/);
});

test("two runs of the main job give byte-identical reports", { timeout: 600_000 }, async () => {
  const a = mkdtempSync(join(tmpdir(), "reproduce-a-"));
  const b = mkdtempSync(join(tmpdir(), "reproduce-b-"));
  const first = await reproduce({ root: ROOT, dataDir: null, outDir: a, log: quiet });
  await reproduce({ root: ROOT, dataDir: null, outDir: b, log: quiet });
  const files = listFiles(a);
  assert.deepEqual(files, listFiles(b));
  const pdf = (await browserAvailability({}, "draw")).available ? ["report.pdf"] : [];
  for (const f of ["report.html", ...pdf, "results.json", "notebooks/01-data-and-sample.ipynb", "notebooks/09-summary.html"])
    assert.ok(files.includes(f), `${f} written`);
  for (const f of files) assert.ok(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), `${f} differs between two runs`);
  const results = JSON.parse(readFileSync(join(a, "results.json"), "utf8")) as {
    data: { synthetic: boolean };
    values: { id: string; status: string }[];
  };
  assert.equal(results.data.synthetic, true);
  assert.equal(results.values.length, 162);
  // Every Table 2, Table 3 and correlation value is matched (the synthetic data were fitted to it) or has its discrepancy explained.
  for (const v of results.values.filter((x) => /^(table2|table3|results\.correlation)/.test(x.id))) {
    assert.ok(["matched-by-construction", "inconsistent-in-article", "not-checkable"].includes(v.status), `${v.id}: ${v.status}`);
  }
  assert.match(readFileSync(join(a, "report.html"), "utf8"), /Synthetic reconstruction/);
  assert.equal(first.notebooks.length, 10);
  warmRun = a;
});

let warmRun: string | null = null;

/** The cells of the columns whose header matches `header`, in the table of the element with id `id` (the report numbers its tables in page order, so the id names the article's table). */
function columnCells(html: string, id: string, header: RegExp): string[] {
  const start = html.indexOf(`id="${id}"`);
  assert.ok(start >= 0, `report.html has an element with id ${id}`);
  const from = html.indexOf("<table", start);
  const table = from < 0 ? undefined : html.slice(from, html.indexOf("</table>", from));
  assert.ok(table !== undefined, `report.html has a table in #${id}`);
  const caption = id;
  const text = (cell: string): string => cell.replace(/<[^>]*>/g, "").trim();
  const heads = [...table.matchAll(/<th[^>]*>(.*?)<\/th>/gs)].map((m) => text(m[1] ?? ""));
  const wanted = heads.flatMap((h, i) => (header.test(h) ? [i] : []));
  assert.ok(wanted.length > 0, `the table captioned ${caption} has a column ${header}; its columns: ${heads.join(" | ")}`);
  const body = table.slice(table.indexOf("<tbody>"));
  return [...body.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].flatMap((row) => {
    const cells = [...(row[1] ?? "").matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map((m) => text(m[1] ?? ""));
    return wanted.map((i) => cells[i] ?? "");
  });
}

test("report.pdf: printed by Chromium, pdftotext finds every Table 3 mean and both correlations as report.html prints them", {
  skip: (() => {
    try {
      execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
      return false;
    } catch {
      return "pdftotext (poppler-utils) is not installed";
    }
  })(),
}, async () => {
  assert.ok(warmRun !== null, "the two-run test ran first");
  const browser = await browserAvailability({}, "draw");
  if (!browser.available) {
    assert.ok(!existsSync(join(warmRun, "report.pdf")), "no PDF without Chromium");
    return;
  }
  const html = readFileSync(join(warmRun, "report.html"), "utf8");
  const text = execFileSync("pdftotext", [join(warmRun, "report.pdf"), "-"], { encoding: "utf8" });
  const means = columnCells(html, "table-3", /\bM \(SD\)/)
    .map((c) => /^-?\d+[.,]\d+/.exec(c)?.[0])
    .filter((m): m is string => m !== undefined);
  assert.ok(means.length >= 10, `Table 3 means: ${means.join(", ")}`);
  const correlations = columnCells(html, "table-correlations", /^r$/);
  assert.equal(correlations.length, 2, `correlations: ${correlations.join(", ")}`);
  for (const v of [...means, ...correlations])
    assert.match(text, new RegExp(`(^|[^\\d])${v.replace(/\./g, "\\.")}($|[^\\d])`, "m"), `${v} is in report.pdf`);
});

test("warm kernels (the default) and one new tslab process per notebook give the same executed notebooks", {
  timeout: 600_000,
}, async () => {
  assert.ok(warmRun !== null, "the two-run test ran first");
  const fresh = mkdtempSync(join(tmpdir(), "reproduce-fresh-"));
  // With PNG figures, as the warm run: the executor adds them to the notebooks' figure outputs.
  await reproduce({ root: ROOT, dataDir: null, outDir: fresh, warmKernels: false, jobs: 2, pdf: false, log: quiet });
  const notebooks = listFiles(join(fresh, "notebooks"));
  assert.equal(notebooks.length, 20);
  for (const f of notebooks) {
    assert.ok(
      readFileSync(join(fresh, "notebooks", f)).equals(readFileSync(join(warmRun, "notebooks", f))),
      `${f} differs between warm and new kernels`,
    );
  }
});

test("--data: other data of the same format (flat folder, semicolons, decimal comma) run unchanged", { timeout: 600_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "reproduce-data-"));
  // Respondent files re-exported the Dutch way, with one answer changed so that the results move.
  for (const round of ["2019-20", "2020-21"]) {
    const text = readFileSync(join(ROOT, "data", "raw", `respondents-${round}.csv`), "utf8");
    const lines = text.trimEnd().split("\n");
    const header = (lines[0] as string).split(",");
    const col = header.indexOf("werkplezier_1_post");
    const out = lines.map((line, i) => {
      const cells = [...(parseDelimited(line, ",").records[0]?.cells ?? [])];
      if (i === 1 && round === "2019-20") cells[col] = String(Number(cells[col]) === 5 ? 4 : Number(cells[col]) + 1);
      return cells
        .map((c) => (/^\d+\.\d+$/.test(c) ? c.replace(".", ",") : c))
        .map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
        .join(";");
    });
    writeFileSync(join(dir, `respondents-${round}.csv`), `${out.join("\r\n")}\r\n`);
    copyFileSync(join(ROOT, "data", "raw", `coding-${round}.csv`), join(dir, `coding-${round}.csv`));
  }
  copyFileSync(join(ROOT, "data", "raw", "focusgroups-2019-20.csv"), join(dir, "focusgroups-2019-20.csv"));
  const out = mkdtempSync(join(tmpdir(), "reproduce-out-"));
  await reproduce({ root: ROOT, dataDir: dir, outDir: out, kernel: "deno", png: false, pdf: false, log: quiet });
  const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as {
    data: { synthetic: boolean; files: { path: string }[] };
    values: { id: string; reproduced: number | null }[];
  };
  assert.equal(results.data.synthetic, false, "data from a folder without a datapackage.json are not called synthetic");
  assert.ok(
    results.data.files.some((f) => f.path.includes("reproduce-data-")),
    "the other data were read",
  );
  const html = readFileSync(join(out, "report.html"), "utf8");
  assert.doesNotMatch(html, /Synthetic reconstruction: the respondent data/);
  const nb = readFileSync(join(out, "notebooks", "04-pre-post.ipynb"), "utf8");
  assert.match(nb, /const DATA_DIR: string \| undefined = \\"[^"\\]*reproduce-data-[^"\\]*\\"; \/\/ injected by npm run reproduce/);
  // The changed answer moves Werkplezier's post mean by 1/(3·51) against the shipped data.
  const shipped = openStudy({ codebookDir: join(ROOT, "data") });
  const before = buildResults(shipped, analyse(shipped)).find((v) => v.id === "table3.werkplezier.post")?.reproduced ?? Number.NaN;
  const after = results.values.find((v) => v.id === "table3.werkplezier.post")?.reproduced ?? Number.NaN;
  assert.ok(Math.abs(Math.abs(after - before) - 1 / 153) < 1e-12, `post mean moved from ${before} to ${after}`);
});

test("a failing notebook stops the run, names notebook and cell as the progress did, and leaves the previous outputs whole (figures too)", {
  timeout: 300_000,
}, async () => {
  const root = mkdtempSync(join(tmpdir(), "reproduce-fail-"));
  cpSync(join(ROOT, "data"), join(root, "data"), { recursive: true });
  for (const f of ["package.json", "deno.json"]) copyFileSync(join(ROOT, f), join(root, f));
  symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"));
  mkdirSync(join(root, "notebooks"));
  copyFileSync(join(ROOT, "notebooks", "09-summary.ipynb"), join(root, "notebooks", "09-summary.ipynb"));
  const out = join(root, "reports");
  await reproduce({ root, dataDir: null, outDir: out, kernel: "deno", log: quiet });
  const before = listFiles(out).map((f) => `${f} ${readFileSync(join(out, f)).toString("base64")}`);
  assert.ok(
    before.some((f) => f.startsWith("figures/")),
    "the first run wrote figures",
  );
  const nb = JSON.parse(readFileSync(join(ROOT, "notebooks", "09-summary.ipynb"), "utf8")) as {
    cells: { cell_type: string; source: string[] }[];
  };
  const code = nb.cells.filter((c) => c.cell_type === "code");
  (code[2] as { source: string[] }).source = ['throw new Error("deliberate failure");'];
  writeFileSync(join(root, "notebooks", "09-summary.ipynb"), JSON.stringify(nb));
  const lines: string[] = [];
  await assert.rejects(reproduce({ root, dataDir: null, outDir: out, kernel: "deno", log: (l) => lines.push(l) }), (e: Error) => {
    assert.match(e.message, /09-summary\.ipynb/);
    assert.match(e.message, /deliberate failure/);
    const cell = /cell (\d+) \(index \d+\)/.exec(e.message)?.[1];
    assert.ok(cell !== undefined, e.message);
    const progress = lines.find((l) => /\berror\b/.test(l) && l.includes("09-summary.ipynb"));
    assert.ok(progress !== undefined, lines.join("\n"));
    assert.match(progress, new RegExp(`cell ${cell} \\(code cell 3/\\d+\\) error`), "progress and failure name the same cell");
    return true;
  });
  assert.deepEqual(
    listFiles(out).map((f) => `${f} ${readFileSync(join(out, f)).toString("base64")}`),
    before,
    "the previous outputs changed",
  );
});
