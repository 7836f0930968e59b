/**
 * Script injection end to end (issue 11, finding 2): a copy of the data whose every free-text
 * field, code label, codebook title and description, and the data folder's own name, carry
 * script payloads is run through `reproduce` into a temporary folder; `report.html` and every
 * `notebooks/*.html` are then opened in headless Chromium, where no payload may run (none sets
 * `window.__pwned` or `document.title`, no element carries an event-handler attribute or a
 * script URL, no dialog opens) and the payload text must be visible as text.
 *
 * Needs playwright-core and Chromium (skipped with the reason printed when either is missing)
 * and a built lib/dist (`npm run build`, which `npm test` runs first): the pipeline is run as
 * `npm run reproduce` runs it, `node lib/compendium/dist/pipeline/cli.js --data <folder> --out <folder>`.
 */
import { test } from "node:test";
import { PROBE } from "../../helpers/injection-probe.js";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { parseDelimited } from "../../../lib/compendium/src/data/csv.js";
import { CHROMIUM_ARGS, browserAvailability } from "../../../lib/compendium/src/report/index.js";

const ROOT = process.cwd();

/**
 * A payload tagged with where it was put: raw HTML that runs script (`<img onerror>`,
 * `<script>`, `<svg onload>`), a code span broken by a backtick and `</code>`, a Markdown
 * `javascript:` link, and quotes that would end an attribute value.
 */
function payload(tag: string): string {
  return (
    `<img src=x onerror="window.__pwned='${tag}';document.title='PWNED'">` +
    `<script>window.__pwned='${tag}'</script>` +
    `\`</code><svg onload="window.__pwned='${tag}'">\`` +
    ` [click](javascript:window.__pwned='${tag}') "'><b onmouseover="window.__pwned='${tag}'">x</b>`
  );
}

/** The visible part every payload shows when it is escaped (the first tag, as text). */
function visible(tag: string): string {
  return `<img src=x onerror="window.__pwned='${tag}';document.title='PWNED'">`;
}

/** The data folder's name: no `/` is possible in a name, so tags without a closing slash. */
const DIR_NAME = "data`<img src=x onerror=\"window.__pwned='dir';document.title='PWNED'\">`<svg onload=\"window.__pwned='dir'\">";

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rewrites columns of a CSV file: `change(column, value, row)` returns the new value. */
function rewriteCsv(file: string, columns: readonly string[], change: (column: string, value: string, row: number) => string): void {
  const records = parseDelimited(readFileSync(file, "utf8"), ",").records.map((r) => [...r.cells]);
  const header = records[0] ?? [];
  const indexes = columns.map((c) => {
    const i = header.indexOf(c);
    assert.ok(i >= 0, `${file} has a column ${c}`);
    return i;
  });
  const out = records
    .filter((r) => !(r.length === 1 && r[0] === ""))
    .map((cells, row) => {
      if (row > 0)
        indexes.forEach((i, k) => {
          cells[i] = change(columns[k] as string, cells[i] ?? "", row);
        });
      return cells.map(csvField).join(",");
    });
  writeFileSync(file, `${out.join("\n")}\n`);
}

/** Puts a payload into every title and description of a JSON codebook file (recursively). */
function poisonJson(value: unknown, where: string): unknown {
  if (Array.isArray(value)) return value.map((v, i) => poisonJson(v, `${where}.${i}`));
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === "string" && ["title", "description", "label_nl", "label_en", "articleItem"].includes(k))
      out[k] = `${v} ${payload(`${where}.${k}`)}`;
    else out[k] = poisonJson(v, `${where}.${k}`);
  }
  return out;
}

/** A copy of the shipped data with payloads everywhere text from the data can be shown. */
function poisonedData(base: string): string {
  const dir = join(base, DIR_NAME);
  cpSync(join(ROOT, "data"), dir, { recursive: true });
  // The codebook: package, resource and construct titles, labels and descriptions; every schema
  // field's title and description. Not marked synthetic, so the banner shows the folder's path.
  const pkgFile = join(dir, "datapackage.json");
  const pkg = poisonJson(JSON.parse(readFileSync(pkgFile, "utf8")), "datapackage") as Record<string, unknown>;
  pkg.synthetic = false;
  writeFileSync(pkgFile, JSON.stringify(pkg, null, 2));
  for (const f of readdirSync(join(dir, "schemas"))) {
    const file = join(dir, "schemas", f);
    writeFileSync(file, JSON.stringify(poisonJson(JSON.parse(readFileSync(file, "utf8")), `schema-${f}`), null, 2));
  }
  // Code labels and axial-code labels and descriptions.
  rewriteCsv(join(dir, "codes.csv"), ["label_nl", "label_en"], (c, v, r) => `${v} ${payload(`codes.${c}.${r}`)}`);
  rewriteCsv(join(dir, "axial-codes.csv"), ["label_nl", "label_en", "description"], (c, v, r) => `${v} ${payload(`axial.${c}.${r}`)}`);
  // Free text: open answers, coded segments, focus-group fragments.
  for (const round of ["2019-20", "2020-21"]) {
    rewriteCsv(
      join(dir, "raw", `respondents-${round}.csv`),
      ["open_self", "open_teachers"],
      (c, v, r) => `${v} ${payload(`${round}.${c}.${r}`)}`,
    );
    rewriteCsv(join(dir, "raw", `coding-${round}.csv`), ["segment"], (c, v, r) => `${v} ${payload(`coding-${round}.${c}.${r}`)}`);
  }
  rewriteCsv(join(dir, "raw", "focusgroups-2019-20.csv"), ["text"], (c, v, r) => `${v} ${payload(`focusgroups.${c}.${r}`)}`);
  // A data file's name (shown in the colophon and the data-quality section): a payload without
  // "/", which a file name cannot hold.
  const fileName = `focusgroups-2019-20 <img src=x onerror="window.__pwned='file-name';document.title='PWNED'">.csv`;
  renameSync(join(dir, "raw", "focusgroups-2019-20.csv"), join(dir, "raw", fileName));
  const withFile = JSON.parse(readFileSync(pkgFile, "utf8")) as { resources: { path: string }[] };
  for (const r of withFile.resources) if (r.path === "raw/focusgroups-2019-20.csv") r.path = `raw/${fileName}`;
  writeFileSync(pkgFile, JSON.stringify(withFile, null, 2));
  return dir;
}

const availability = await browserAvailability();
const skip = availability.available ? false : `Chromium unavailable (${availability.reason}); the end-to-end injection test needs it`;
if (skip !== false) console.warn(`# ${skip}`);

test("payloads in every free-text field, code label, codebook text, a data file's name and the data folder's name run on no page", {
  timeout: 900_000,
  skip,
}, async () => {
  if (!availability.available) return;
  const base = mkdtempSync(join(tmpdir(), "injection-data-"));
  const out = mkdtempSync(join(tmpdir(), "injection-out-"));
  try {
    const dataDir = poisonedData(base);
    try {
      await promisify(execFile)(
        process.execPath,
        [join(ROOT, "lib", "compendium", "dist", "pipeline", "cli.js"), "--data", dataDir, "--out", out, "--no-png", "--no-pdf"],
        { cwd: ROOT, maxBuffer: 64 << 20 },
      );
    } catch (e) {
      const x = e as { message?: string; stdout?: string; stderr?: string };
      assert.fail(`reproduce on the data with payloads failed: ${x.message ?? ""}\n${x.stdout ?? ""}\n${x.stderr ?? ""}`);
    }
    const notebooks = readdirSync(join(out, "notebooks"))
      .filter((f) => f.endsWith(".html"))
      .sort();
    assert.equal(notebooks.length, 10, `ten notebook pages: ${notebooks.join(", ")}`);
    const pages = ["report.html", ...notebooks.map((f) => `notebooks/${f}`)];

    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({ executablePath: availability.chromiumPath, headless: true, args: [...CHROMIUM_ARGS] });
    const texts = new Map<string, string>();
    const problems: string[] = [];
    try {
      // One page for all (Chromium runs as a single process here): each file is loaded into it in turn.
      const page = await browser.newPage();
      let dialogs: string[] = [];
      let errors: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on("pageerror", (e) => errors.push(e.message));
      // Nothing leaves the machine: a payload's image or link to the network is not fetched.
      await page.route(/^(?!file:|data:|blob:|about:)/, (route) => route.abort());
      for (const name of pages) {
        dialogs = [];
        errors = [];
        await page.goto(pathToFileURL(join(out, name)).href, { waitUntil: "load" });
        await page.waitForTimeout(300);
        const probe = (await page.evaluate(PROBE)) as { pwned: string | null; title: string; bad: string[]; text: string };
        if (probe.pwned !== null) problems.push(`${name}: the payload put at ${probe.pwned} ran`);
        if (probe.title === "PWNED") problems.push(`${name}: a payload set the title`);
        for (const d of dialogs) problems.push(`${name}: a dialog opened: ${d}`);
        for (const b of probe.bad) problems.push(`${name}: ${b}`);
        for (const e of errors) problems.push(`${name}: page error ${e}`);
        texts.set(name, probe.text);
      }
    } finally {
      await browser.close();
    }

    assert.deepEqual(problems, [], `payloads ran or left script-capable markup:\n${problems.join("\n")}`);

    // The payloads are visible as text where their fields are shown.
    for (const name of notebooks) {
      const text = texts.get(`notebooks/${name}`) ?? "";
      assert.ok(text.includes(DIR_NAME), `notebooks/${name}: the data folder's name is shown in the banner`);
    }
    const focus = texts.get("notebooks/06-focus-groups.html") ?? "";
    assert.ok(focus.includes(visible("focusgroups.text.1")), "06: a focus-group fragment is shown as text");
    assert.ok(focus.includes(visible("axial.label_nl.1")), "06: an axial-code label is shown as text");
    assert.ok(focus.includes(visible("axial.description.1")), "06: an axial-code description is shown as text");
    const open = texts.get("notebooks/02-open-answers.html") ?? "";
    assert.ok(open.includes(visible("codes.label_nl.1")), "02: a code label is shown as text");
    assert.ok(open.includes(visible("coding-2019-20.segment.1")), "02: a coded segment is shown as text");
    const report = texts.get("report.html") ?? "";
    assert.ok(report.includes(visible("codes.label_nl.1")), "report: a code label is shown as text");
    assert.ok(report.includes(DIR_NAME), "report: the data folder's name is shown");
  } finally {
    rmSync(base, { recursive: true, force: true });
    if (process.env.KEEP_INJECTION_OUTPUT === undefined) rmSync(out, { recursive: true, force: true });
    else console.log(`# output kept in ${out}`);
  }
});
