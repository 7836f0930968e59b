/**
 * Table 2: the labels given to the answers to the two open questions, counted per question.
 * @module analysis/table2
 */
import type { Dataset } from "../data/index.js";

/** One row of Table 2. */
export interface Table2Entry {
  /** Label id (or "overig"). */
  readonly code: string;
  /** Label as printed in the article (Dutch). */
  readonly label: string;
  readonly labelEn: string;
  /** Mentions in answers to "what would keep *you* in education". */
  readonly self: number;
  /** Mentions in answers to "what would keep *teachers* in education". */
  readonly teachers: number;
  readonly total: number;
  /** The labels counted in this row (one, or the minor labels for "overig"). */
  readonly codes: readonly string[];
}

/** Result of {@link countTable2}. */
export interface Table2 {
  /** Rows with more than `threshold` mentions in total, in the codebook's order. */
  readonly rows: readonly Table2Entry[];
  /** Labels mentioned `threshold` times or fewer in total ("Overig (≤ 3 maal genoemd)"). */
  readonly other: Table2Entry;
  readonly totals: { readonly self: number; readonly teachers: number; readonly total: number };
  readonly threshold: number;
  /** Respondents with at least one label per question, out of `n`. */
  readonly respondentsWithLabels: { readonly self: number; readonly teachers: number };
  readonly n: number;
}

/**
 * Counts the coded segments per label and question. A label mentioned at most `threshold` times
 * in total goes to the row "Overig"; the others keep their own row. A respondent has each label at
 * most once per question (checked by the loader), so counts are mentions = respondents.
 * @param threshold default: the codebook's `analysis.table2MinorThreshold`, else 3.
 * @example
 * const t = countTable2(loadDataset());
 * t.totals // { self: 67, teachers: 84, total: 151 } (the article prints 73 and 157 as totals)
 * t.rows[0] // { code: "loopbaanontwikkeling", self: 14, teachers: 12, total: 26, … }
 * t.other.total // 27
 */
export function countTable2(ds: Dataset, options: { threshold?: number } = {}): Table2 {
  const t = options.threshold ?? Number(ds.codebook.analysis.table2MinorThreshold ?? 3);
  const codes = ds.codes.text("code");
  const labelNl = ds.codes.text("label_nl");
  const labelEn = ds.codes.text("label_en");
  const q = ds.coding.text("question");
  const c = ds.coding.text("code");
  const resp = ds.coding.text("respondent");
  const count = (code: string, question: string): number => c.filter((v, k) => v === code && q[k] === question).length;
  const all = codes.map((code, i) => {
    const k = code ?? "";
    const self = count(k, "self");
    const teachers = count(k, "teachers");
    return { code: k, label: labelNl[i] ?? k, labelEn: labelEn[i] ?? k, self, teachers, total: self + teachers, codes: [k] };
  });
  const main = all.filter((r) => r.total > t);
  const minor = all.filter((r) => r.total <= t && r.total > 0);
  const other: Table2Entry = {
    code: "overig",
    label: `Overig (≤ ${t} maal genoemd)`,
    labelEn: `Other (mentioned ≤ ${t} times)`,
    self: minor.reduce((s, r) => s + r.self, 0),
    teachers: minor.reduce((s, r) => s + r.teachers, 0),
    total: minor.reduce((s, r) => s + r.total, 0),
    codes: minor.map((r) => r.code),
  };
  const self = all.reduce((s, r) => s + r.self, 0);
  const teachers = all.reduce((s, r) => s + r.teachers, 0);
  const distinct = (question: string): number => new Set(resp.filter((_, k) => q[k] === question)).size;
  return {
    rows: main,
    other,
    totals: { self, teachers, total: self + teachers },
    threshold: t,
    respondentsWithLabels: { self: distinct("self"), teachers: distinct("teachers") },
    n: ds.respondents.rowCount,
  };
}
