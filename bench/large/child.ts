/**
 * One measurement in its own process (so that peak RSS is its own): `validate <folder>` runs the
 * validator as `npm run validate` does; `analyse <folder>` loads the data and runs every analysis
 * of reproduce (analyse, robustness, the scorecard, the tables and figures of the report) with
 * the time of each step. Prints one JSON line: steps (ms), peak RSS (bytes), and what came out.
 *
 * Usage: `node --import tsx bench/large/child.ts validate|analyse <folder>`; run by measure.ts.
 * @module bench/large/child
 */
import { validateData } from "../../lib/compendium/src/data/index.js";
import { analyse, auditArticle, buildResults, openStudy, robustness } from "../../lib/compendium/src/analysis/index.js";
import {
  accountingTable,
  correlationFigures,
  correlationTable,
  forestFigureOf,
  likertFigureOf,
  prePostFigureOf,
  privacySummary,
  reliabilityTable,
  robustnessTable,
  sampleTable,
  table3Table,
} from "../../lib/compendium/src/views/index.js";

const [mode, dir] = process.argv.slice(2);
if ((mode !== "validate" && mode !== "analyse") || dir === undefined) {
  process.stderr.write("usage: child.ts validate|analyse <folder>\n");
  process.exit(2);
}
const steps: Record<string, number> = {};
const time = <T>(name: string, f: () => T): T => {
  const t = performance.now();
  const v = f();
  steps[name] = Math.round(performance.now() - t);
  return v;
};
let progressLines = 0;
let lastProgress = performance.now();
const onProgress = (): void => {
  // As npm run validate shows it: at most one line every two seconds.
  const now = performance.now();
  if (now - lastProgress >= 2000) {
    progressLines++;
    lastProgress = now;
  }
};
const out: Record<string, unknown> = { mode, dir };
if (mode === "validate") {
  const r = time("validate", () => validateData(dir, { onProgress }));
  out.ok = r.ok;
  out.rowsRead = r.summary.rowsRead;
  out.progressLines = progressLines;
} else {
  const study = time("load (openStudy)", () => openStudy({ dataDir: dir }));
  const a = time("analyse()", () => analyse(study));
  const audit = time("auditArticle()", () => auditArticle(study.published));
  const results = time("buildResults()", () => buildResults(study, a, audit));
  const rb = time("robustness()", () => robustness(study.ds));
  time("tables (views)", () => [
    sampleTable(a.sample),
    reliabilityTable(a.reliability),
    table3Table(a.table3),
    correlationTable(a.correlations),
    robustnessTable(rb),
  ]);
  time("data quality and privacy (views)", () => [accountingTable(study), privacySummary(study)]);
  time("figures (views)", () => [
    prePostFigureOf(study.ds, a.table3),
    forestFigureOf(a.table3, study.published),
    ...correlationFigures(a.correlations),
    likertFigureOf(study.ds, ["werkplezier", "werkdruk", "self-efficacy", "autonomie", "waardering"]),
  ]);
  out.respondents = study.ds.respondents.rowCount;
  out.table3N = a.table3.map((r) => r.paired?.n ?? r.post.n);
  out.bootstrap = rb.rows.map((r) => (r.notComputable.length > 0 ? r.notComputable.map((x) => x.reason).join("; ") : "computed"));
  out.statuses = results.reduce<Record<string, number>>((m, r) => {
    m[r.status] = (m[r.status] ?? 0) + 1;
    return m;
  }, {});
}
out.steps = steps;
out.peakRssBytes = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify(out)}\n`);
