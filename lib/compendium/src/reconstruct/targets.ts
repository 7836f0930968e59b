/**
 * Which published values the synthetic reconstruction was fitted to, read from its plan
 * ({@link PLAN}): on the shipped data such a value is matched by construction, and that it is
 * matched proves only that a dataset exists that gives it together with everything else the
 * article prints, not anything about the real responses.
 *
 * Two kinds:
 * - `target`: the search or an exact integer construction set the statistic to the printed value
 *   (Table 3 means, d_av and significance, alphas, correlations, the part-1 and societal items,
 *   experience and fte, the respondents per round, the Table 2 cells, the focus-group sizes);
 * - `follows`: the value is a sum, a count or a repetition of targets (the N of every analysis,
 *   Table 2's row and column totals, the text's repetitions of Table 2 counts, the number of focus
 *   groups).
 * @module reconstruct/targets
 */
import { PLAN } from "./plan.js";

/** How a published value was a target of the reconstruction. */
export interface ReconstructionTarget {
  readonly kind: "target" | "follows";
  /** One line: what the reconstruction did to match it. */
  readonly how: string;
}

function directTargets(): Map<string, string> {
  const out = new Map<string, string>();
  const set = (id: string, how: string): void => {
    out.set(id, how);
  };
  for (const c of PLAN.clusters) {
    set(c.pre, "the search kept this mean inside the printed rounding interval");
    set(c.post, "the search kept this mean inside the printed rounding interval");
    if (c.effect !== null) set(c.effect, `the search kept ${PLAN.effectSizeVariant} inside the printed rounding interval`);
    set(`table3.${c.construct}.significance`, "the search kept the paired t-test's p on the side of .05 that Table 3 implies");
  }
  set("design.alpha.clusters", "the search kept every cluster's alpha at or above the threshold");
  for (const s of PLAN.singles) set(s.mean, "the answers were set to an integer sum whose mean rounds to the printed value");
  for (const c of PLAN.correlations) {
    set(c.r, "the search kept r inside the printed rounding interval");
    set(c.p, "the search kept p below .0005");
  }
  set(PLAN.societal.mean, "the answers were set to an integer sum whose mean rounds to the printed value");
  set(PLAN.societal.lowestScore, "the lowest answers were set to the printed score");
  set(PLAN.societal.lowestCount, "the number of lowest answers was set to the printed count");
  set("results.maatschappelijke-waardering.lowest.salary", "the lowest scorers were given the salary label");
  set(PLAN.experience, "the values were set to an integer sum whose mean rounds to the printed value");
  set(PLAN.fte, "the values were set to a sum whose mean rounds to the printed value");
  for (const r of PLAN.rounds) set(r.n, "the number of respondents generated for the round");
  for (const row of PLAN.table2.rows)
    for (const col of ["self", "teachers"])
      set(`table2.${row}.${col}`, "the labels were assigned so that this count equals the printed cell");
  for (const col of ["self", "teachers"])
    set(`${PLAN.table2.other}.${col}`, "the labels were assigned so that this count equals the printed cell");
  set(PLAN.focusGroups.group1, "the number of participants laid out for the group");
  set(PLAN.focusGroups.group2, "the number of participants laid out for the group");
  return out;
}

const FOLLOWS: readonly (readonly [RegExp, string])[] = [
  [/^table2\.[a-z-]+\.total$/, "the sum of two cells the labels were assigned to match"],
  [/^table2\.totaal\.(self|teachers|total)$/, "the sum of cells the labels were assigned to match"],
  [/^results\.table2text\./, "the text's repetition of Table 2 counts the labels were assigned to match"],
  [/^table2\.caption\.n$/, "the respondents given coded answers"],
  [
    /^(summary\.sample|design\.participants|design\.results-respondents|limitations\.sample|table3\.caption|table1\.rq\d\.questionnaire|results\.correlation\.[a-z-]+)\.n$/,
    "the sum of the respondents generated per round",
  ],
  [/^(table1\.rq\d\.focusgroup(\.group[12])?|design\.focusgroups\.group-size)(\.n)?$/, "the participants laid out for the focus groups"],
  [/^design\.focusgroups\.count(\.[bc])?$/, "the number of focus groups laid out"],
];

let cache: Map<string, string> | undefined;

/**
 * Whether a published value was a target of the reconstruction, and how.
 * @param id id of a value in data/published.json.
 * @returns the target, or null when the reconstruction did not aim at the value.
 * @example
 * reconstructionTarget("table3.werkplezier.post") // { kind: "target", how: "the search kept this mean inside the printed rounding interval" }
 * reconstructionTarget("table2.totaal.teachers")?.kind // "follows"
 * reconstructionTarget("results.part1.behoud.b") // null
 */
export function reconstructionTarget(id: string): ReconstructionTarget | null {
  cache ??= directTargets();
  const how = cache.get(id);
  if (how !== undefined) return { kind: "target", how };
  const follows = FOLLOWS.find(([re]) => re.test(id));
  return follows === undefined ? null : { kind: "follows", how: follows[1] };
}
