/**
 * `npm run reproduce` on degenerate data (issue 11, finding 5): the run finishes, every notebook
 * executes, and the report says which statistics are not computable and why, with the N
 * actually used, instead of failing with a bare StatsError.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { reproduce } from "../../../lib/compendium/src/pipeline/reproduce.js";
import { degenerateData, type DegenerateKind } from "../../fixtures/data/degenerate.js";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

const cases: { kind: DegenerateKind; says: readonly RegExp[]; table3N: number | null }[] = [
  { kind: "pre-equals-post", says: [/not computable/, /paired t-test of werkplezier[^<]*: all 51 differences equal 0/], table3N: 51 },
  {
    kind: "constant-cluster",
    says: [/not computable/, /alpha of werkplezier \(pre\)[^<]*zero variance/, /rule: constant-score/],
    table3N: 51,
  },
  // Nothing is undefined, but every analysis rests on the 20 respondents of 2020-21.
  { kind: "round-all-missing", says: [/round 2019-20: every answer[^<]*missing in all 31 rows/, /rule: empty-round/], table3N: 20 },
];

for (const c of cases) {
  test(`reproduce on degenerate data (${c.kind}) finishes and the report names what is not computable`, { timeout: 600_000 }, async () => {
    const data = degenerateData(c.kind);
    const out = join(mkdtempSync(join(tmpdir(), `degenerate-${c.kind}-`)), "reports");
    const lines: string[] = [];
    const summary = await reproduce({
      root: ROOT,
      dataDir: data,
      outDir: out,
      kernel: "deno",
      png: false,
      pdf: false,
      log: (l) => lines.push(l),
    });
    assert.equal(summary.notebooks.length, 10);
    const html = readFileSync(join(out, "report.html"), "utf8");
    const summarySection = html.slice(html.indexOf('id="answers"'), html.indexOf('id="sample"'));
    for (const says of c.says) assert.match(summarySection, says);
    assert.ok(
      lines.some((l) => l.startsWith("not computable: ") || l.startsWith("warning: ")),
      lines.join("\n"),
    );
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as {
      values: { id: string; status: string; reproduced: number | null }[];
    };
    const n = results.values.find((v) => v.id === "table3.caption.n");
    assert.equal(n?.reproduced, c.table3N, "Table 3's N is the N actually used");
    if (c.table3N !== 51) assert.equal(n?.status, "not-reproduced");
  });
}
