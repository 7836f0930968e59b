/**
 * Data that fit the codebook but on which a statistic of the analyses is undefined: a round in
 * which every answer to a cluster (or to every cluster) is missing, a cluster score that is the
 * same for every respondent, and paired scores whose difference is the same for everyone (e.g.
 * post = pre everywhere). Each is a warning that names the cluster, the time point, the round(s)
 * and what cannot be computed, so that `npm run validate` says it before the analyses do.
 * Internal to the data family; see `validateData` and `loadDataset`.
 *
 * @module data/degenerate
 */
import type { Codebook, Construct, Timepoint } from "./codebook.js";
import { problem, type Problem } from "./errors.js";
import { plural } from "./text.js";
import type { CheckedTable } from "./validate.js";

/** Scores of one construct at one time point, per respondent row (null: no score), with the row's round. */
interface RoundScores {
  readonly round: string;
  readonly file: string;
  readonly values: (number | null)[];
  /** Rows with at least one of the construct's items answered at this time point. */
  readonly anyAnswered: number;
}

function scoresOf(t: CheckedTable, c: Construct, tp: Timepoint): RoundScores | null {
  const items = c.items[tp];
  if (items === undefined) return null;
  const cols = items.map((name) => t.columns.get(name));
  if (cols.some((col) => col === undefined)) return null;
  const n = t.lines.length;
  const values: (number | null)[] = new Array<number | null>(n).fill(null);
  let anyAnswered = 0;
  for (let k = 0; k < n; k++) {
    let sum = 0;
    let m = 0;
    for (const col of cols) {
      const v = (col as (string | number | null)[])[k];
      if (typeof v === "number") {
        sum += v;
        m++;
      }
    }
    if (m > 0) anyAnswered++;
    if (m >= c.minItems && m > 0) values[k] = sum / m;
  }
  return { round: t.resource.round ?? t.resource.name, file: t.file, values, anyAnswered };
}

function roundsText(rounds: readonly string[]): string {
  if (rounds.length === 1) return `round ${rounds[0] ?? ""}`;
  return `rounds ${rounds.slice(0, -1).join(", ")} and ${rounds[rounds.length - 1] ?? ""}`;
}

/** The one value every entry has, or null when they differ (or there are fewer than two). */
function constant(values: readonly number[], tolerance = 1e-9): number | null {
  if (values.length < 2) return null;
  const first = values[0] as number;
  for (const v of values) if (Math.abs(v - first) > tolerance) return null;
  return first;
}

function shown(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(3).replace(/0+$/, "");
}

/** The rules of {@link degenerateWarnings}: data that fit the codebook but leave statistics undefined. */
export const DEGENERATE_RULES: ReadonlySet<string> = new Set(["empty-round", "no-answers", "constant-score", "constant-change"]);

/**
 * Warnings for degenerate respondent data (see the module). Checked over the respondent tables
 * read (one per round), pooled as the analyses pool them.
 *
 * @param codebook the codebook (its constructs).
 * @param tables the checked tables of every resource.
 * @returns warnings with rules `empty-round`, `no-answers`, `constant-score` and `constant-change`.
 * @throws never.
 * @example
 * const codebook = loadCodebook();
 * const checked = ["respondents-2019-20", "respondents-2020-21"].map((name) => {
 *   const resource = getResource(codebook, name);
 *   return checkTable(resource, readTableFile(`${codebook.dir}/${resource.path}`, []).table, undefined);
 * });
 * degenerateWarnings(codebook, checked).map((p) => p.message) // [] (the shipped data)
 */
export function degenerateWarnings(codebook: Codebook, tables: readonly CheckedTable[]): Problem[] {
  const out: Problem[] = [];
  const respondents = tables.filter((t) => t.resource.kind === "respondents" && t.lines.length > 0);
  if (respondents.length === 0) return out;
  const constructs = codebook.constructs;
  // 1. Rounds in which every answer to a construct (or to every construct) is missing.
  for (const t of respondents) {
    const empty: string[] = [];
    let total = 0;
    for (const c of constructs) {
      for (const tp of ["pre", "post", "once"] as const) {
        const s = scoresOf(t, c, tp);
        if (s === null) continue;
        total++;
        if (s.anyAnswered === 0) empty.push(`${c.name} (${tp})`);
      }
    }
    const round = t.resource.round ?? t.resource.name;
    if (total > 0 && empty.length === total) {
      out.push(
        problem(
          "warning",
          t.file,
          { value: round },
          "empty-round",
          `round ${round}: every answer to the items of every cluster is missing in all ${plural(t.lines.length, "row")}; the analyses use the other rounds only, so their n is smaller than the number of respondents (e.g. Table 3 and the correlations leave out these ${t.lines.length})`,
        ),
      );
    } else {
      for (const what of empty) {
        out.push(
          problem(
            "warning",
            t.file,
            { value: round },
            "no-answers",
            `round ${round}: every answer to the items of ${what} is missing in all ${plural(t.lines.length, "row")}; its statistics use the other rounds only`,
          ),
        );
      }
    }
  }
  // 2. Pooled scores that are the same for everyone, and paired changes that are the same for everyone.
  for (const c of constructs) {
    const label = c.labelNl ?? c.name;
    const byTp = new Map<Timepoint, RoundScores[]>();
    for (const tp of ["pre", "post", "once"] as const) {
      const parts = respondents.map((t) => scoresOf(t, c, tp)).filter((s): s is RoundScores => s !== null);
      if (parts.length === 0) continue;
      byTp.set(tp, parts);
      const values: number[] = [];
      const rounds: string[] = [];
      for (const p of parts) {
        let used = false;
        for (const v of p.values)
          if (v !== null) {
            values.push(v);
            used = true;
          }
        if (used) rounds.push(p.round);
      }
      const same = constant(values);
      if (same !== null) {
        const paired = tp !== "once" && c.items.pre !== undefined && c.items.post !== undefined;
        const list = [
          ...(c.kind === "cluster" ? ["its Cronbach's alpha"] : []),
          "the correlations with it",
          ...(paired ? ["d_rm (which needs the pre–post correlation)"] : []),
        ];
        const stats = `its SD is 0, so ${list.length === 1 ? (list[0] ?? "") : `${list.slice(0, -1).join(", ")} and ${list[list.length - 1] ?? ""}`} ${list.length === 1 ? "is" : "are"}`;
        out.push(
          problem(
            "warning",
            parts[0]?.file ?? "",
            { column: c.name, value: shown(same) },
            "constant-score",
            `cluster "${c.name}" (${label}), ${tp}: every respondent with a score has the same score ${shown(same)} (${plural(values.length, "respondent")}, ${roundsText(rounds)}); ${stats} not computable`,
          ),
        );
      }
    }
    const pre = byTp.get("pre");
    const post = byTp.get("post");
    if (pre === undefined || post === undefined) continue;
    const diffs: number[] = [];
    const rounds: string[] = [];
    pre.forEach((p, i) => {
      const q = post[i];
      if (q === undefined) return;
      let used = false;
      for (let k = 0; k < p.values.length; k++) {
        const a = p.values[k];
        const b = q.values[k];
        if (a !== null && a !== undefined && b !== null && b !== undefined) {
          diffs.push(b - a);
          used = true;
        }
      }
      if (used) rounds.push(p.round);
    });
    const change = constant(diffs);
    if (change !== null) {
      const what =
        change === 0
          ? "the post score equals the pre score for every respondent"
          : `every respondent's post score differs from the pre score by exactly ${shown(change)}`;
      out.push(
        problem(
          "warning",
          pre[0]?.file ?? "",
          { column: c.name, value: shown(change) },
          "constant-change",
          `cluster "${c.name}" (${label}): ${what} (${plural(diffs.length, "complete pair")}, ${roundsText(rounds)}); the paired t-test, d_z, Wilcoxon's test and the bootstrap of d_av are not computable`,
        ),
      );
    }
  }
  return out;
}
