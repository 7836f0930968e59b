/**
 * The published-vs-reproduced table at the end of a notebook, computed from what that notebook
 * shows: the analyses are computed lazily, so only those the notebook's published values rest on
 * run (notebook 05 computes the two correlations, not Table 3, the reliabilities and the focus
 * groups), and the article audit, which reads only the published values, is computed once per
 * set of published values and kept for the rest of the kernel's life.
 * @module notebook/scorecard
 */
import { auditArticle, type ArticleAudit } from "../analysis/audit-article.js";
import { articleCorrelations } from "../analysis/correlations.js";
import { summarizeFocusGroups } from "../analysis/focusgroups.js";
import { reliabilityByCluster } from "../analysis/reliability.js";
import { buildResults, type Analyses, type ResultEntry } from "../analysis/results.js";
import { describeSample } from "../analysis/sample.js";
import type { Study } from "../analysis/study.js";
import { countTable2 } from "../analysis/table2.js";
import { table3 } from "../analysis/table3.js";
import { scorecardTable } from "../views/tables.js";
import { showTable } from "./show.js";
import type { Published } from "@behoud/audit";

/** A value computed on first use and kept. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

/**
 * The article's analyses of `study`, each computed the first time it is read (the same values as
 * `analyse(study)`, which computes all of them at once).
 * @example
 * const a = lazyAnalyses(openStudy());
 * a.correlations[0]?.pearson.r // 0.574 (computes the correlations only)
 */
export function lazyAnalyses(study: Study): Analyses {
  const ds = study.ds;
  const sample = once(() => describeSample(ds));
  const t2 = once(() => countTable2(ds));
  const t3 = once(() => table3(ds));
  const reliability = once(() => reliabilityByCluster(ds));
  const correlations = once(() => articleCorrelations(ds));
  const focusGroups = once(() => summarizeFocusGroups(ds));
  return {
    get sample() {
      return sample();
    },
    get table2() {
      return t2();
    },
    get table3() {
      return t3();
    },
    get reliability() {
      return reliability();
    },
    get correlations() {
      return correlations();
    },
    get focusGroups() {
      return focusGroups();
    },
  };
}

const audits = new WeakMap<Published, ArticleAudit>();

/**
 * The article audit of these published values, computed once and kept (it reads the published
 * values only, never the data).
 * @example articleAuditOf(openStudy().published).findings.length > 0 // true
 */
export function articleAuditOf(published: Published): ArticleAudit {
  const known = audits.get(published);
  if (known !== undefined) return known;
  const audit = auditArticle(published);
  audits.set(published, audit);
  return audit;
}

/**
 * The scorecard entries of the values one notebook shows: the analyses they need and the audit.
 * @example
 * const entries = notebookResults(openStudy(), "05-correlations");
 * entries.map((e) => e.status) // ["not-checkable", "matched-by-construction", …]
 */
export function notebookResults(study: Study, notebook: string): ResultEntry[] {
  return buildResults(study, lazyAnalyses(study), articleAuditOf(study.published), { notebook });
}

/**
 * Shows the published-vs-reproduced table of one notebook (see {@link notebookResults}).
 * @example showScorecard(openStudy(), "03-reliability") // undefined (outside a kernel: prints the table)
 */
export function showScorecard(study: Study, notebook: string): void {
  showTable(scorecardTable(notebookResults(study, notebook), notebook));
}

/**
 * Shows the published values the article's own numbers prove wrong (status
 * `inconsistent-in-article`): only the values the audit's inconsistent findings affect are
 * reproduced, with the analyses they need.
 * @example showInconsistentValues(openStudy(), auditArticle(openStudy().published)) // undefined (outside a kernel: prints the table)
 */
export function showInconsistentValues(study: Study, audit: ArticleAudit): void {
  const ids = audit.findings.filter((f) => f.verdict === "inconsistent").flatMap((f) => f.affects);
  const entries = buildResults(study, lazyAnalyses(study), audit, { ids }).filter((e) => e.status === "inconsistent-in-article");
  showTable(scorecardTable(entries));
}
