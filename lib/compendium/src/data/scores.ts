/**
 * The missing-data policy of the analyses, as code: construct scores following the codebook's
 * `minItems`, complete pairs for paired tests, complete item rows for reliability, and pairwise
 * complete cases for correlations. Every helper returns its n after exclusion, who was
 * excluded and why, and the policy in one sentence.
 *
 * @module data/scores
 */
import { getConstruct, type Construct, type Timepoint } from "./codebook.js";
import type { Dataset } from "./dataset.js";
import { DataError } from "./errors.js";
import type { Table } from "./table.js";
import { listText, plural } from "./text.js";

/** A respondent left out of an analysis, and why. */
export interface Exclusion {
  /** Respondent code (or `row N` when the table has no primary key). */
  readonly respondent: string;
  /** Index of the respondent in `dataset.respondents` (0-based). */
  readonly index: number;
  readonly reason: string;
}

/** Options of the score helpers. */
export interface ScoreOptions {
  /** Only respondents of this round (e.g. `2019-20`); default: all rounds. */
  readonly round?: string;
}

/** Result of {@link constructScores}. */
export interface ConstructScores {
  readonly construct: string;
  readonly timepoint: Timepoint;
  readonly items: readonly string[];
  readonly minItems: number;
  /** Round the scores are limited to, or `null` for all rounds. */
  readonly round: string | null;
  /** Respondent codes, aligned with `values` (all respondents of `dataset.respondents`). */
  readonly respondents: readonly string[];
  /** Score per respondent (mean of the answered items), `null` when excluded or outside the round. */
  readonly values: readonly (number | null)[];
  /** Respondents with a score. */
  readonly n: number;
  readonly nExcluded: number;
  readonly excluded: readonly Exclusion[];
  /** The rule in one sentence, with n. */
  readonly policy: string;
}

const TIMEPOINTS: readonly Timepoint[] = ["pre", "post", "once"];

/** Respondent codes per table (tables never change, so they are computed once per table). */
const idCache = new WeakMap<Table, string[]>();

function respondentIds(t: Table, dataset: Dataset): string[] {
  const cached = idCache.get(t);
  if (cached !== undefined) return cached;
  const ids = computeRespondentIds(t, dataset);
  idCache.set(t, ids);
  return ids;
}

function computeRespondentIds(t: Table, dataset: Dataset): string[] {
  const pk = dataset.codebook.resources.find((r) => r.kind === "respondents")?.schema?.primaryKey[0];
  if (pk !== undefined && t.has(pk)) {
    const col = t.column(pk);
    return col.map((v, i) => (v === null ? `row ${i + 1}` : String(v)));
  }
  return t.origins.map((o) => `${o.resource} row ${o.row}`);
}

/** Per respondent: in the round? `null` when no round is given (every respondent counts). */
function inRound(dataset: Dataset, round: string | undefined): boolean[] | null {
  const t = dataset.respondents;
  if (round === undefined) return null;
  const rounds = dataset.codebook.resources.filter((r) => r.kind === "respondents").map((r) => r.round);
  if (!rounds.includes(round)) {
    throw new DataError(
      "INVALID_ARGUMENT",
      "constructScores",
      `round "${round}" is not a round of the codebook; expected ${listText(rounds.filter((r): r is string => r !== null))}`,
    );
  }
  return t.origins.map((o) => o.round === round);
}

/**
 * Scores of a construct at a time point, one per respondent, following the codebook.
 *
 * Rules: the score is the mean of the construct's items at that time point over the items the
 * respondent answered; a respondent needs at least `minItems` answered items (the codebook's
 * `minItems`, by default all items), otherwise the score is `null` and the respondent is listed
 * in `excluded` with the items missing. For a single-item construct the score is the item.
 * With `options.round`, respondents of other rounds get `null` and are not counted as excluded.
 *
 * score_i = (1 / m_i) Σ_{j answered} x_ij, defined when m_i ≥ minItems
 * (x_ij: answer of respondent i to item j; m_i: number of items respondent i answered).
 *
 * @param dataset the loaded dataset.
 * @param construct construct name, e.g. `werkplezier`.
 * @param timepoint `pre`, `post` or `once`.
 * @param options `round` to limit the scores to one round.
 * @returns values aligned with `dataset.respondents`, n, exclusions and the policy sentence.
 * @throws {DataError} UNKNOWN_CONSTRUCT (with a suggestion); UNKNOWN_TIMEPOINT when the construct
 *   has no items at that time point; INVALID_ARGUMENT for an unknown round.
 * @example
 * const data = loadDataset();
 * const s = constructScores(data, "werkplezier", "pre");
 * s.n        // 51
 * s.policy   // "The werkplezier score (pre) is the mean of its 3 items and needs all 3 answered (minItems = 3); n = 51, 0 excluded."
 */
export function constructScores(dataset: Dataset, construct: string, timepoint: Timepoint, options: ScoreOptions = {}): ConstructScores {
  const fn = "constructScores";
  let c: Construct;
  try {
    c = getConstruct(dataset.codebook, construct);
  } catch (e) {
    if (e instanceof DataError) throw new DataError(e.code, fn, e.message.replace(/^getConstruct: /, ""));
    throw e;
  }
  if (!(TIMEPOINTS as readonly string[]).includes(timepoint)) {
    throw new DataError("UNKNOWN_TIMEPOINT", fn, `time point ${JSON.stringify(timepoint)} is not one of ${listText(TIMEPOINTS)}`);
  }
  const items = c.items[timepoint];
  if (items === undefined) {
    const has = TIMEPOINTS.filter((tp) => c.items[tp] !== undefined);
    throw new DataError(
      "UNKNOWN_TIMEPOINT",
      fn,
      `construct "${construct}" has no items at time point "${timepoint}"; it has items at ${listText(has)}`,
    );
  }
  const t = dataset.respondents;
  const columns = items.map((name) => t.numeric(name));
  const ids = respondentIds(t, dataset);
  const include = inRound(dataset, options.round);
  const values: (number | null)[] = [];
  const excluded: Exclusion[] = [];
  const k = columns.length;
  for (let i = 0; i < t.rowCount; i++) {
    if (include !== null && include[i] !== true) {
      values.push(null);
      continue;
    }
    let sum = 0;
    let m = 0;
    // A plain loop without a list per respondent: this runs for every respondent and construct.
    for (let j = 0; j < k; j++) {
      const v = (columns[j] as readonly (number | null)[])[i];
      if (v !== null && v !== undefined) {
        sum += v;
        m++;
      }
    }
    if (m >= c.minItems && m > 0) values.push(sum / m);
    else {
      const missing = items.filter((_, j) => (columns[j] as readonly (number | null)[])[i] === null);
      values.push(null);
      excluded.push({
        respondent: ids[i] ?? `row ${i + 1}`,
        index: i,
        reason: `${m} of ${items.length} items answered (missing: ${missing.join(", ")}); minItems = ${c.minItems}`,
      });
    }
  }
  const n = values.filter((v) => v !== null).length;
  const scope = options.round === undefined ? "" : ` in round ${options.round}`;
  let rule: string;
  if (items.length === 1)
    rule = `The ${construct} score (${timepoint}) is the single item ${items[0] ?? ""}; respondents without an answer are excluded`;
  else if (c.minItems === items.length)
    rule = `The ${construct} score (${timepoint}) is the mean of its ${items.length} items and needs all ${items.length} answered (minItems = ${c.minItems})`;
  else
    rule = `The ${construct} score (${timepoint}) is the mean of the answered items among its ${items.length} and needs at least ${c.minItems} answered (minItems = ${c.minItems})`;
  return Object.freeze({
    construct,
    timepoint,
    items: Object.freeze([...items]),
    minItems: c.minItems,
    round: options.round ?? null,
    respondents: Object.freeze(ids),
    values: Object.freeze(values),
    n,
    nExcluded: excluded.length,
    excluded: Object.freeze(excluded),
    policy: `${rule}; n = ${n}${scope}, ${excluded.length} excluded.`,
  });
}

/** Result of {@link pairedConstructScores}. */
export interface PairedScores {
  readonly construct: string;
  /** Respondent codes of the complete pairs. */
  readonly respondents: readonly string[];
  /** Pre scores of the complete pairs. */
  readonly pre: readonly number[];
  /** Post scores of the complete pairs (same order as `pre`). */
  readonly post: readonly number[];
  /** Index of each complete pair's respondent in `dataset.respondents` (same order as `pre`). */
  readonly indices: readonly number[];
  readonly n: number;
  readonly nExcluded: number;
  readonly excluded: readonly Exclusion[];
  readonly policy: string;
}

/**
 * Pre and post scores of a construct for the respondents who have both (complete pairs), as
 * the paired tests need them.
 *
 * Rules: each score follows {@link constructScores}; a respondent without a pre or a post score
 * is excluded with the reason(s).
 *
 * @param dataset the loaded dataset.
 * @param construct construct name with `pre` and `post` items.
 * @param options `round` to limit to one round.
 * @returns the complete pairs, n, exclusions and the policy.
 * @throws {DataError} UNKNOWN_CONSTRUCT; UNKNOWN_TIMEPOINT when pre or post items are missing.
 * @example pairedConstructScores(loadDataset(), "werkdruk").n // 51
 */
export function pairedConstructScores(dataset: Dataset, construct: string, options: ScoreOptions = {}): PairedScores {
  const pre = constructScores(dataset, construct, "pre", options);
  const post = constructScores(dataset, construct, "post", options);
  const respondents: string[] = [];
  const a: number[] = [];
  const b: number[] = [];
  const indices: number[] = [];
  const excluded: Exclusion[] = [];
  const preEx = new Map(pre.excluded.map((e) => [e.index, e]));
  const postEx = new Map(post.excluded.map((e) => [e.index, e]));
  for (let i = 0; i < pre.values.length; i++) {
    const x = pre.values[i];
    const y = post.values[i];
    if (x !== null && x !== undefined && y !== null && y !== undefined) {
      respondents.push(pre.respondents[i] ?? "");
      a.push(x);
      b.push(y);
      indices.push(i);
      continue;
    }
    const reasons = [preEx.get(i), postEx.get(i)]
      .map((e, j) => (e === undefined ? null : `${j === 0 ? "pre" : "post"}: ${e.reason}`))
      .filter((r): r is string => r !== null);
    if (reasons.length > 0)
      excluded.push({ respondent: pre.respondents[i] ?? "", index: i, reason: `no complete pair (${reasons.join("; ")})` });
  }
  const scope = options.round === undefined ? "" : ` in round ${options.round}`;
  return Object.freeze({
    construct,
    respondents: Object.freeze(respondents),
    pre: Object.freeze(a),
    post: Object.freeze(b),
    indices: Object.freeze(indices),
    n: a.length,
    nExcluded: excluded.length,
    excluded: Object.freeze(excluded),
    policy: `Paired analyses of ${construct} use respondents with both a pre and a post score (each needs minItems = ${pre.minItems} answered items); n = ${a.length}${scope}, ${excluded.length} excluded.`,
  });
}

/** Result of {@link itemMatrix}. */
export interface ItemMatrix {
  readonly construct: string;
  readonly timepoint: Timepoint;
  readonly items: readonly string[];
  /** One column per item, complete rows only (listwise). */
  readonly columns: readonly (readonly number[])[];
  readonly respondents: readonly string[];
  readonly n: number;
  readonly nExcluded: number;
  readonly excluded: readonly Exclusion[];
  readonly policy: string;
}

/**
 * The item answers of a construct at a time point for respondents who answered every item
 * (listwise deletion), as reliability analyses (Cronbach's alpha) need them.
 *
 * @param dataset the loaded dataset.
 * @param construct construct name.
 * @param timepoint `pre`, `post` or `once`.
 * @param options `round` to limit to one round.
 * @returns the item columns of the complete rows, n, exclusions and the policy.
 * @throws {DataError} UNKNOWN_CONSTRUCT; UNKNOWN_TIMEPOINT; INVALID_ARGUMENT for an unknown round.
 * @example itemMatrix(loadDataset(), "self-efficacy", "post").columns.length // 4
 */
export function itemMatrix(dataset: Dataset, construct: string, timepoint: Timepoint, options: ScoreOptions = {}): ItemMatrix {
  const scores = constructScores(dataset, construct, timepoint, options);
  const t = dataset.respondents;
  const cols = scores.items.map((name) => t.numeric(name));
  const include = inRound(dataset, options.round);
  const columns: number[][] = scores.items.map(() => []);
  const respondents: string[] = [];
  const excluded: Exclusion[] = [];
  for (let i = 0; i < t.rowCount; i++) {
    if (include !== null && include[i] !== true) continue;
    const row = cols.map((c) => c[i] ?? null);
    const missing = scores.items.filter((_, j) => row[j] === null);
    if (missing.length > 0) {
      excluded.push({
        respondent: scores.respondents[i] ?? "",
        index: i,
        reason: `item${missing.length === 1 ? "" : "s"} missing: ${missing.join(", ")}`,
      });
      continue;
    }
    respondents.push(scores.respondents[i] ?? "");
    row.forEach((v, j) => {
      columns[j]?.push(v ?? 0);
    });
  }
  const scope = options.round === undefined ? "" : ` in round ${options.round}`;
  return Object.freeze({
    construct,
    timepoint,
    items: scores.items,
    columns: Object.freeze(columns.map((c) => Object.freeze(c))),
    respondents: Object.freeze(respondents),
    n: respondents.length,
    nExcluded: excluded.length,
    excluded: Object.freeze(excluded),
    policy: `Listwise: respondents who left any of the ${plural(scores.items.length, "item")} of ${construct} (${timepoint}) unanswered are excluded; n = ${respondents.length}${scope}, ${excluded.length} excluded.`,
  });
}

/** Result of {@link pairwiseComplete}. */
export interface PairwiseComplete {
  readonly x: readonly number[];
  readonly y: readonly number[];
  /** Indices (0-based) of the complete pairs in the input. */
  readonly indices: readonly number[];
  readonly n: number;
  readonly nExcluded: number;
  readonly excluded: readonly { readonly index: number; readonly label: string; readonly reason: string }[];
  readonly policy: string;
}

/**
 * The pairs of two columns where both values are present (pairwise complete cases), as
 * correlations use them.
 *
 * @param x first column (`null` = missing).
 * @param y second column, same length.
 * @param labels optional labels (e.g. respondent codes) for the exclusion list.
 * @returns the complete pairs, their indices, n and the excluded cases.
 * @throws {DataError} INVALID_ARGUMENT when the columns differ in length.
 * @example pairwiseComplete([1, null, 3], [2, 5, null]) // { x: [1], y: [2], indices: [0], n: 1, nExcluded: 2, … }
 */
export function pairwiseComplete(
  x: readonly (number | null)[],
  y: readonly (number | null)[],
  labels?: readonly string[],
): PairwiseComplete {
  if (x.length !== y.length) {
    throw new DataError("INVALID_ARGUMENT", "pairwiseComplete", `x has ${x.length} values and y has ${y.length}; expected equal lengths`);
  }
  const xs: number[] = [];
  const ys: number[] = [];
  const indices: number[] = [];
  const excluded: { index: number; label: string; reason: string }[] = [];
  for (let i = 0; i < x.length; i++) {
    const a = x[i];
    const b = y[i];
    if (a !== null && a !== undefined && b !== null && b !== undefined) {
      xs.push(a);
      ys.push(b);
      indices.push(i);
    } else {
      const reason = a === null && b === null ? "both values missing" : a === null ? "x missing" : "y missing";
      excluded.push({ index: i, label: labels?.[i] ?? `row ${i + 1}`, reason });
    }
  }
  return Object.freeze({
    x: Object.freeze(xs),
    y: Object.freeze(ys),
    indices: Object.freeze(indices),
    n: xs.length,
    nExcluded: excluded.length,
    excluded: Object.freeze(excluded),
    policy: `Pairwise complete cases: pairs with either value missing are excluded; n = ${xs.length}, ${excluded.length} excluded.`,
  });
}
