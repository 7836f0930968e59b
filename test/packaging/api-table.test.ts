/**
 * The "## API" tables of the package READMEs list exactly the exports of the packages' entry
 * points (tools/api-table.ts writes them; `node --conditions=source --import tsx
 * tools/api-table.ts --write` after a change of the exports or their doc comments).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  MARKER,
  PACKAGES,
  apiSection,
  collectExports,
  firstSentence,
  repoRoot,
  syncReadmes,
  withApiSection,
  type ExportEntry,
} from "../../tools/api-table.js";

const exports = collectExports();

test("every package README's API tables agree with the package's exports", () => {
  assert.deepEqual(syncReadmes({ write: false, exports }), [], "run: node --conditions=source --import tsx tools/api-table.ts --write");
});

test("each README names every export of each entry point once, with its kind", () => {
  for (const p of PACKAGES) {
    const readme = readFileSync(join(repoRoot, p.dir, "README.md"), "utf8");
    const tables = readme.slice(readme.indexOf(MARKER));
    for (const e of p.entryPoints) {
      const entries = exports.get(e.specifier) ?? [];
      assert.ok(entries.length > 0, `${e.specifier} has no exports`);
      const heading = tables.indexOf(`### \`${e.specifier}\`\n`);
      assert.ok(heading >= 0, `${p.dir}/README.md has no table of ${e.specifier}`);
      const table = tables.slice(heading).split("\n\n### ")[0] as string;
      const rows = table.split("\n").filter((l) => l.startsWith("| `"));
      assert.deepEqual(
        rows.map((r) => /^\| `([^`]+)` \| (\w+) \|/.exec(r)?.slice(1, 3).join(" ")),
        entries.map((x) => `${x.name} ${x.kind}`),
        `${p.dir}/README.md, ${e.specifier}`,
      );
    }
  }
});

test("the exported names are those of the modules at run time (no export missing from the tables)", async () => {
  for (const p of PACKAGES) {
    for (const e of p.entryPoints) {
      const mod = (await import(join(repoRoot, e.file))) as Record<string, unknown>;
      const values = (exports.get(e.specifier) ?? []).filter((x) => x.kind !== "interface" && x.kind !== "type").map((x) => x.name);
      assert.deepEqual(values.sort(), Object.keys(mod).sort(), e.specifier);
    }
  }
});

test("a README whose table lacks an export, or lists one that is gone, is out of date", () => {
  const pkg = PACKAGES[0];
  assert.ok(pkg !== undefined);
  const entries = exports.get(pkg.entryPoints[0]?.specifier ?? "") ?? [];
  const current = withApiSection("# x\n\nText.\n", apiSection(pkg, exports));
  const fewer = new Map<string, readonly ExportEntry[]>([[pkg.entryPoints[0]?.specifier ?? "", entries.slice(1)]]);
  const more = new Map<string, readonly ExportEntry[]>([
    [pkg.entryPoints[0]?.specifier ?? "", [...entries, { name: "gone", kind: "function", summary: "Gone." }]],
  ]);
  assert.notEqual(withApiSection(current, apiSection(pkg, fewer)), current);
  assert.notEqual(withApiSection(current, apiSection(pkg, more)), current);
  assert.equal(withApiSection(current, apiSection(pkg, exports)), current, "rewriting an up-to-date README changes nothing");
});

test("text between the ## API heading and the tables is kept; a README without the section gets one", () => {
  const pkg = PACKAGES[0];
  assert.ok(pkg !== undefined);
  const generated = apiSection(pkg, exports);
  const withExample = `# x\n\n## API\n\n\`\`\`js\nimport { mean } from "@behoud/stats";\n\`\`\`\n\n${MARKER}\n\nold table\n`;
  assert.equal(
    withApiSection(withExample, generated),
    `# x\n\n## API\n\n\`\`\`js\nimport { mean } from "@behoud/stats";\n\`\`\`\n\n${generated}`,
  );
  assert.equal(withApiSection("# x\n", generated), `# x\n\n## API\n\n${generated}`);
  assert.equal(withApiSection("# x\n\n## API\n\nAn example.\n", generated), `# x\n\n## API\n\nAn example.\n\n${generated}`);
});

test("summaries are the first sentence of the doc comment", () => {
  assert.equal(firstSentence("Mean of x. Throws on empty input."), "Mean of x.");
  assert.equal(firstSentence("Pearson's r, e.g. for scores. More."), "Pearson's r, e.g. for scores.");
  assert.equal(firstSentence("Alpha at .95 level (Feldt, 1965).\n\nDetails."), "Alpha at .95 level (Feldt, 1965).");
  assert.equal(firstSentence("Runs the pipeline:\n- scores;\n- alpha."), "Runs the pipeline.");
  assert.equal(firstSentence("See {@link checkGrim} first"), "See checkGrim first");
});
