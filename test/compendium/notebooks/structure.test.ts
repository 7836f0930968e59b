/**
 * The notebooks as stored: executed, with outputs and PNG figures and nothing machine-specific
 * (`npm run notebooks:refresh`; CI checks they equal a fresh execution), a parameters cell, imports from the library only, and for
 * each method notebook the parts the project promises its readers (the method with its formula,
 * a hand calculation checked against the library, the published-vs-reproduced table, a colophon).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SEVERITY_NAMES } from "../../../lib/compendium/src/views/sentences.js";

interface Cell {
  readonly cell_type: string;
  readonly source: string | readonly string[];
  readonly outputs?: readonly { readonly output_type: string; readonly data?: Readonly<Record<string, unknown>> }[];
  readonly execution_count?: number | null;
  readonly metadata: { readonly tags?: readonly string[] };
}

const dir = join(process.cwd(), "notebooks");
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".ipynb"))
  .sort();
const load = (name: string): { cells: Cell[]; metadata: { kernelspec?: { name?: string } } } =>
  JSON.parse(readFileSync(join(dir, name), "utf8"));
const text = (c: Cell): string => (typeof c.source === "string" ? c.source : c.source.join(""));

test("ten numbered notebooks for the tslab kernel", () => {
  assert.deepEqual(
    names.map((n) => n.slice(0, 3)),
    ["01-", "02-", "03-", "04-", "05-", "06-", "07-", "08-", "09-", "10-"],
  );
  for (const n of names) assert.equal(load(n).metadata.kernelspec?.name, "tslab", n);
});

test("stored executed: every code cell run in order, no error output, each figure with its PNG, plotly.js once", () => {
  for (const n of names) {
    const nb = load(n);
    const code = nb.cells.filter((x) => x.cell_type === "code" && text(x).trim() !== "");
    assert.deepEqual(
      code.map((c) => c.execution_count),
      code.map((_, i) => i + 1),
      `${n}: code cells not executed in order`,
    );
    const outputs = code.flatMap((c) => c.outputs ?? []);
    assert.ok(outputs.length > 0, `${n}: no outputs stored`);
    assert.deepEqual(
      outputs.filter((o) => o.output_type === "error"),
      [],
      `${n}: an error output is stored`,
    );
    const figures = outputs.filter((o) => o.data?.["application/vnd.plotly.v1+json"] !== undefined);
    for (const f of figures) {
      const png = f.data?.["image/png"];
      assert.ok(typeof png === "string" && Buffer.from(png, "base64").subarray(1, 4).toString() === "PNG", `${n}: a figure without PNG`);
    }
    const html = figures.map((f) => {
      const h = f.data?.["text/html"];
      return Array.isArray(h) ? h.join("") : String(h);
    });
    assert.deepEqual(
      html.map((h) => h.includes("data-plotly-loader")),
      html.map((_, i) => i === 0),
      `${n}: plotly.js is not carried by the first figure alone`,
    );
  }
});

test("stored outputs hold no path, Node.js release or commit of the machine that ran them", () => {
  const release = `Node.js ${process.version}`;
  for (const n of names) {
    const raw = readFileSync(join(dir, n), "utf8");
    assert.ok(!raw.includes(process.cwd()), `${n} holds the project's path`);
    assert.ok(!raw.includes(release), `${n} holds ${release}`);
    assert.ok(!/commit \| `[0-9a-f]{40}/.test(raw), `${n} holds a commit`);
  }
});

test("one parameters cell, importing only the compendium's packages", () => {
  for (const n of names) {
    const nb = load(n);
    for (const c of nb.cells.filter((x) => x.cell_type === "code")) {
      for (const m of text(c).matchAll(/from "([^"]+)"/g))
        assert.match(m[1] ?? "", /^@behoud\/(stats|audit|compendium|notebook-runner\/display)$/, `${n} imports ${m[1]}`);
    }
    const params = nb.cells.filter((c) => c.metadata.tags?.includes("parameters"));
    assert.equal(params.length, 1, `${n}: one cell tagged parameters`);
    assert.match(text(params[0] as Cell), /const DATA_DIR: string \| undefined = undefined;/);
  }
});

test("method notebooks show the formula, check a hand calculation, and put published beside reproduced", () => {
  const method = ["01-", "02-", "03-", "04-", "05-", "07-", "08-"];
  for (const n of names.filter((x) => method.some((m) => x.startsWith(m)))) {
    const nb = load(n);
    const md = nb.cells
      .filter((c) => c.cell_type === "markdown")
      .map(text)
      .join("\n");
    const code = nb.cells
      .filter((c) => c.cell_type === "code")
      .map(text)
      .join("\n");
    if (!n.startsWith("02-")) assert.match(md, /\$\$?[^$]+\$/, `${n}: no formula in the markdown`);
    assert.match(code, /\bcheck\(/, `${n}: no hand calculation checked against the library`);
    if (!n.startsWith("07-"))
      assert.match(
        code,
        /scorecardTable\(|showScorecard\(study, |showInconsistentValues\(study, /,
        `${n}: no published-vs-reproduced table`,
      );
  }
  for (const n of names) assert.match(load(n).cells.map(text).join("\n"), /showColophon\(study\)/, `${n}: no colophon`);
});

test("notebook 08's headings follow the audit's ranking, then what could not be tested", () => {
  const nb = load(names.find((n) => n.startsWith("08-")) ?? "");
  const headings = nb.cells
    .filter((c) => c.cell_type === "markdown")
    .flatMap((c) => [...text(c).matchAll(/^## (.+)$/gm)].map((m) => m[1] as string));
  const ranked = headings.filter((h) => /^\d\. /.test(h));
  assert.deepEqual(ranked, Object.values(SEVERITY_NAMES), "the severity headings, most serious first, in the report's words");
  const last = headings.indexOf(ranked[ranked.length - 1] ?? "");
  assert.ok(headings.indexOf("Checks that could not test anything") > last, "the not-testable summary comes after the ranked findings");
  // Each severity heading is followed by the table of that severity.
  const cells = nb.cells.map(text);
  for (const [severity, name] of Object.entries(SEVERITY_NAMES)) {
    const i = cells.findIndex((c) => c.startsWith(`## ${name}`));
    assert.match(cells[i + 1] ?? "", new RegExp(`rankedAuditTable\\(audit, study\\.published, \\{ severity: "${severity}" \\}\\)`), name);
  }
});

/** The method notebooks rewritten as step-by-step lessons. */
const LESSONS = ["01-", "02-", "03-", "04-", "05-", "06-", "07-", "08-"];

test("every notebook opens with one set-up cell: imports, the parameters and the study, before any other code", () => {
  for (const n of names) {
    const code = load(n).cells.filter((c) => c.cell_type === "code");
    const setup = code.filter((c) => /^import /m.test(text(c)));
    assert.equal(setup.length, 1, `${n}: ${setup.length} cells import; expected one set-up cell`);
    const first = setup[0] as Cell;
    assert.equal(code.indexOf(first), 0, `${n}: the set-up cell is the first code cell`);
    assert.ok(first.metadata.tags?.includes("parameters"), `${n}: the set-up cell holds the parameters`);
    assert.match(text(first), /openStudy\(/, `${n}: the set-up cell opens the study`);
  }
});

test("lesson notebooks: student cells without non-null assertions or type guards, no whole-study recomputation", () => {
  for (const n of names.filter((x) => LESSONS.some((m) => x.startsWith(m)))) {
    for (const c of load(n).cells.filter((x) => x.cell_type === "code")) {
      const src = text(c);
      // A non-null assertion: an identifier, ) or ] directly followed by ! that is not !=.
      assert.doesNotMatch(src, /[\w)\]]!(?!=)/, `${n}: a non-null assertion in\n${src}`);
      assert.doesNotMatch(src, /\)\s*:\s*\w+ is /, `${n}: a type guard in\n${src}`);
      assert.doesNotMatch(src, /\banalyse\(study\)|\bauditArticle\(/, `${n}: recomputes every analysis or the audit in\n${src}`);
    }
  }
});
