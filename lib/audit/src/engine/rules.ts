/**
 * The rule data of the engine: which published ids belong together and how, and the words an
 * article uses that the checks compare numbers against. A rule set is plain JSON (for an article,
 * a file such as `data/audit-rules.json`); {@link validateRuleSet} checks that every id it names
 * exists among the published values.
 *
 * @module audit/engine/rules
 */
import { StatsError } from "@behoud/stats";

/** A mean that is not an average of whole numbers (e.g. a job size in fte). */
export interface NotWholeNumberRule {
  readonly id: string;
  /** Unit as the text names it ("fte"). */
  readonly unit: string;
  /** Finest steps the values are assumed recorded in, per unit (10 = tenths). */
  readonly steps: number;
  /** One sentence saying why the values are not whole numbers. */
  readonly description: string;
  /** `unit` and `description` in Dutch (needed for findings in Dutch). */
  readonly unit_nl?: string;
  readonly description_nl?: string;
}

/** A mean with a stated lowest score and how many respondents gave it. */
export interface ClosureRule {
  readonly mean: string;
  readonly minimumScore: string;
  readonly minimumCount: string;
}

/** One quantity printed in several places. */
export interface SameQuantityRule {
  /** Ids of the places, in the order of the published values. */
  readonly ids: readonly string[];
  /**
   * For means that agree in value but are placed at different time points: the plain explanation,
   * with `{text:<id>}` standing for the printed text of that id.
   */
  readonly timepointNote?: string;
  /** `timepointNote` in Dutch. */
  readonly timepointNote_nl?: string;
}

/** A total and the parts it is the sum of. */
export interface SumRule {
  readonly total: string;
  readonly parts: readonly string[];
}

/** A count stated in words against the things the article lists. */
export interface ListedCountRule {
  readonly id: string;
  /** What is listed ("sub-questions in Table 1"). */
  readonly what: string;
  /** `what` in Dutch. */
  readonly what_nl?: string;
  readonly listed: readonly string[];
}

/** A table of counts with row, column and grand totals, found by id prefix and `refersTo` fields. */
export interface CountTableRule {
  /** Key of its findings ("table2" → "count-table.table2"). */
  readonly key: string;
  /** Name as printed ("Table 2"). */
  readonly name: string;
  /** `name` in Dutch. */
  readonly name_nl?: string;
  /** Every cell id starts with this prefix and has kind "count". */
  readonly idPrefix: string;
  /** `refersTo` field naming the row of a cell. */
  readonly rowField: string;
  /** `refersTo` field naming the column of a cell. */
  readonly columnField: string;
  /** Row value of the column totals. */
  readonly totalRow: string;
  /** Column value of the row totals. */
  readonly totalColumn: string;
  /** Per column value: the word the table prints as its header and the question it stands for. */
  readonly columns?: Readonly<Record<string, { readonly label: string; readonly question?: string }>>;
}

/** A count of respondents who all gave one answer, against how often the table counts that answer. */
export interface SubsetCountRule {
  /** The stated number of respondents. */
  readonly id: string;
  /** The group they are part of (its size), if stated. */
  readonly group?: string;
  /** Row of the count table that counts the answer. */
  readonly row: string;
  /** Who the respondents are ("respondents with the lowest societal-appreciation score"). */
  readonly who: string;
  /** What they did, past tense ("named a higher salary"). */
  readonly did: string;
  /** The same as a participle phrase ("naming a salary increase"). */
  readonly doing: string;
  /** What the table counts ("salary mentions"). */
  readonly mentions: string;
  /** `who`, `did`, `doing` and `mentions` in Dutch (`doing_nl` as a relative clause: "die … noemen"). */
  readonly who_nl?: string;
  readonly did_nl?: string;
  readonly doing_nl?: string;
  readonly mentions_nl?: string;
}

/** A correlation with its p-value (and N, if printed apart). */
export interface CorrelationRule {
  /** Subject of the finding key ("results.correlation.x-y" → "p-value.results.correlation.x-y"). */
  readonly key: string;
  readonly r: string;
  readonly p: string;
  readonly n?: string;
}

/** One row of a table of paired (pre/post) means with effect size and significance. */
export interface PairedRowRule {
  /** Construct name as the data use it; with `constructNames`, the readable name. */
  readonly construct: string;
  readonly pre: string;
  readonly post: string;
  readonly effectSize?: string;
  readonly significance?: string;
}

/** A table of paired means. */
export interface PairedTableRule {
  readonly key: string;
  readonly name: string;
  /** `name` in Dutch. */
  readonly name_nl?: string;
  readonly rows: readonly PairedRowRule[];
}

/** Benchmarks for effect sizes: a "worthwhile" and a "high" threshold, each a published value. */
export interface EffectSizeBandsRule {
  /** Key part of the claim findings ("cohen" → "claim.cohen.<construct>"). */
  readonly key: string;
  /** Whose benchmarks ("Cohen"), as the explanations name them. */
  readonly name: string;
  readonly worthwhile: { readonly id: string; readonly label: Readonly<Record<string, string>> };
  readonly high: { readonly id: string; readonly label: Readonly<Record<string, string>> };
}

/** A claim in words about an effect size. */
export interface EffectSizeClaimRule {
  readonly type: "effect-size-band";
  readonly construct: string;
  readonly effectSize: string;
  /** The sentence as printed. */
  readonly quote: string;
  /** What the words claim: a large effect, a gain without qualification, or a small gain. */
  readonly claimed: "large" | "gain" | "small";
  /** The claim in English ("a strong increase"). */
  readonly wording: string;
  /** The claim in Dutch ("een sterke toename"). */
  readonly wording_nl?: string;
}

/** A claim whose verdict was settled by reading: the sentences, with `{text:<id>}` placeholders. */
export interface StatementClaimRule {
  readonly type: "statement";
  readonly key: string;
  readonly ids: readonly string[];
  readonly verdict: "consistent" | "inconsistent";
  readonly reason: string;
  readonly plain: string;
  /** `reason` and `plain` in Dutch. */
  readonly reason_nl?: string;
  readonly plain_nl?: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** A claim that every unit has at least `minimum` (e.g. full-time jobs), against the printed mean. */
export interface MinimumMeanClaimRule {
  readonly type: "minimum-mean";
  readonly key: string;
  readonly id: string;
  readonly minimum: number;
  readonly quote: string;
  /** Sentences with `{text:<id>}` placeholders. */
  readonly reason: string;
  readonly plain: { readonly consistent: string; readonly inconsistent: string };
  /** `reason` and `plain` in Dutch. */
  readonly reason_nl?: string;
  readonly plain_nl?: { readonly consistent: string; readonly inconsistent: string };
}

/** A bound below which labels of the count table were pooled into one row. */
export interface PoolingBoundClaimRule {
  readonly type: "pooling-bound";
  readonly key: string;
  /** The printed bound. */
  readonly bound: string;
  /** Row value of the pooled row. */
  readonly pooledRow: string;
  /** Its printed name ("Other"). */
  readonly pooledLabel: string;
  /** The printed row label with the bound. */
  readonly quote: string;
}

export type ClaimRule = EffectSizeClaimRule | StatementClaimRule | MinimumMeanClaimRule | PoolingBoundClaimRule;

/** A reason why values cannot be checked, for ids with a prefix, a kind, or a printed text. */
export interface NotTestableRule {
  readonly prefix?: string;
  readonly kind?: string;
  readonly text?: string;
  readonly reason: string;
  /** `reason` in Dutch. */
  readonly reason_nl?: string;
}

/** The rule data of one article. */
export interface AuditRuleSet {
  /** The JSON schema of the file, when the rule set is read from one. */
  readonly $schema?: string;
  /** What the rule set is for. */
  readonly description?: string;
  /** The article's sample size (kind "n"). */
  readonly sampleSize: string;
  /** Sizes of subsamples (e.g. rounds), for GRIM's "possible with fewer respondents". */
  readonly subsamples?: { readonly name: string; readonly name_nl?: string; readonly ids: readonly string[] };
  /** The significance level. */
  readonly alpha?: string;
  /** Regular expression (case-insensitive) of a printed "not significant". */
  readonly notSignificant?: string;
  /** The anchors of the response scale, and other ids that state it. */
  readonly scale?: { readonly min: string; readonly max: string; readonly related?: readonly string[] };
  /** Readable (English) names of constructs. */
  readonly constructNames?: Readonly<Record<string, string>>;
  /** Names of constructs in Dutch findings (default: the construct as the data name it). */
  readonly constructNames_nl?: Readonly<Record<string, string>>;
  readonly grim?: {
    /** What one answer is, per mean id ("whole years"); default "whole-number answers to one item". */
    readonly units?: Readonly<Record<string, string>>;
    /** `units` in Dutch. */
    readonly units_nl?: Readonly<Record<string, string>>;
    readonly notWholeNumbers?: readonly NotWholeNumberRule[];
  };
  readonly closure?: readonly ClosureRule[];
  /** Added to the GRIMMER finding after "no standard deviations" (", even though …"). */
  readonly sdsNote?: string;
  /** `sdsNote` in Dutch. */
  readonly sdsNote_nl?: string;
  readonly sameQuantity?: readonly SameQuantityRule[];
  readonly sums?: readonly SumRule[];
  readonly listedCounts?: readonly ListedCountRule[];
  readonly countTable?: CountTableRule;
  readonly subsetCounts?: readonly SubsetCountRule[];
  readonly correlations?: readonly CorrelationRule[];
  readonly pairedTable?: PairedTableRule;
  readonly effectSizeBands?: EffectSizeBandsRule;
  readonly claims?: readonly ClaimRule[];
  /** Reliability statements without values, with the article's wording of the bound. */
  readonly reliability?: readonly { readonly id: string; readonly wording: string }[];
  /** Reasons for values no check applies to, first match wins. */
  readonly notTestable?: readonly NotTestableRule[];
  /**
   * The article's own judgement of how serious a finding is, by finding key; it overrides the
   * general rule of `findingSeverity`.
   */
  readonly severities?: Readonly<Record<string, "impossible-number" | "changes-conclusion" | "reporting-slip" | "wording">>;
}

/**
 * Whether `x` meets a threshold under the comparison the text states for it: ">" (above, strict)
 * or anything else (">=", from the threshold on).
 * @example meetsThreshold(0.6, 0.6, ">") // false
 * @example meetsThreshold(0.4, 0.4, ">=") // true
 */
export function meetsThreshold(x: number, bound: number, relation: string | null | undefined): boolean {
  return relation === ">" ? x > bound : x >= bound;
}

/** Every `{text:<id>}` placeholder of a template. */
export function templateIds(template: string): string[] {
  return [...template.matchAll(/\{text:([^}]+)\}/g)].map((m) => m[1] as string);
}

/** Every (rule path, id) pair a rule set names. */
function namedIds(rules: AuditRuleSet): [string, string][] {
  const out: [string, string][] = [];
  const add = (path: string, id: string | undefined): void => {
    if (id !== undefined) out.push([path, id]);
  };
  const addAll = (path: string, ids: readonly string[] | undefined): void =>
    ids?.forEach((id, i) => {
      add(`${path}[${i}]`, id);
    });
  add("sampleSize", rules.sampleSize);
  addAll("subsamples.ids", rules.subsamples?.ids);
  add("alpha", rules.alpha);
  add("scale.min", rules.scale?.min);
  add("scale.max", rules.scale?.max);
  addAll("scale.related", rules.scale?.related);
  for (const id of Object.keys(rules.grim?.units ?? {})) add(`grim.units`, id);
  rules.grim?.notWholeNumbers?.forEach((r, i) => {
    add(`grim.notWholeNumbers[${i}].id`, r.id);
  });
  rules.closure?.forEach((r, i) => {
    add(`closure[${i}].mean`, r.mean);
    add(`closure[${i}].minimumScore`, r.minimumScore);
    add(`closure[${i}].minimumCount`, r.minimumCount);
  });
  rules.sameQuantity?.forEach((r, i) => {
    addAll(`sameQuantity[${i}].ids`, r.ids);
    addAll(`sameQuantity[${i}].timepointNote`, templateIds(r.timepointNote ?? ""));
    addAll(`sameQuantity[${i}].timepointNote_nl`, templateIds(r.timepointNote_nl ?? ""));
  });
  rules.sums?.forEach((r, i) => {
    add(`sums[${i}].total`, r.total);
    addAll(`sums[${i}].parts`, r.parts);
  });
  rules.listedCounts?.forEach((r, i) => {
    add(`listedCounts[${i}].id`, r.id);
    addAll(`listedCounts[${i}].listed`, r.listed);
  });
  rules.subsetCounts?.forEach((r, i) => {
    add(`subsetCounts[${i}].id`, r.id);
    add(`subsetCounts[${i}].group`, r.group);
  });
  rules.correlations?.forEach((r, i) => {
    add(`correlations[${i}].r`, r.r);
    add(`correlations[${i}].p`, r.p);
    add(`correlations[${i}].n`, r.n);
  });
  rules.pairedTable?.rows.forEach((r, i) => {
    add(`pairedTable.rows[${i}].pre`, r.pre);
    add(`pairedTable.rows[${i}].post`, r.post);
    add(`pairedTable.rows[${i}].effectSize`, r.effectSize);
    add(`pairedTable.rows[${i}].significance`, r.significance);
  });
  add("effectSizeBands.worthwhile.id", rules.effectSizeBands?.worthwhile.id);
  add("effectSizeBands.high.id", rules.effectSizeBands?.high.id);
  rules.claims?.forEach((c, i) => {
    const p = `claims[${i}]`;
    if (c.type === "effect-size-band") add(`${p}.effectSize`, c.effectSize);
    if (c.type === "statement") {
      addAll(`${p}.ids`, c.ids);
      addAll(`${p}.reason`, templateIds(c.reason));
      addAll(`${p}.plain`, templateIds(c.plain));
      addAll(`${p}.reason_nl`, templateIds(c.reason_nl ?? ""));
      addAll(`${p}.plain_nl`, templateIds(c.plain_nl ?? ""));
    }
    if (c.type === "minimum-mean") {
      add(`${p}.id`, c.id);
      addAll(`${p}.reason`, templateIds(c.reason));
      addAll(`${p}.plain`, templateIds(`${c.plain.consistent} ${c.plain.inconsistent}`));
      addAll(`${p}.reason_nl`, templateIds(c.reason_nl ?? ""));
      addAll(`${p}.plain_nl`, templateIds(`${c.plain_nl?.consistent ?? ""} ${c.plain_nl?.inconsistent ?? ""}`));
    }
    if (c.type === "pooling-bound") add(`${p}.bound`, c.bound);
  });
  rules.reliability?.forEach((r, i) => {
    add(`reliability[${i}].id`, r.id);
  });
  return out;
}

/**
 * Checks a rule set against the published values: every id it names must exist, claims of
 * effect-size bands need the bands, and a pattern must compile.
 * @param rules The rule set.
 * @param has Whether a published id exists.
 * @throws {StatsError} INVALID_ARGUMENT naming the rule (its path in the rule set) and the id.
 * @example validateRuleSet({ sampleSize: "n" }, (id) => id === "n") // undefined
 * @example validateRuleSet({ sampleSize: "sample.n" }, () => false) // throws INVALID_ARGUMENT
 */
export function validateRuleSet(rules: AuditRuleSet, has: (id: string) => boolean): void {
  const fn = "validateRuleSet";
  if (typeof rules !== "object" || rules === null || typeof rules.sampleSize !== "string") {
    throw new StatsError(
      "INVALID_ARGUMENT",
      fn,
      "the rule set has no sampleSize; expected an object with at least the id of the sample size",
      "rules",
    );
  }
  for (const [path, id] of namedIds(rules)) {
    if (typeof id !== "string" || !has(id)) {
      throw new StatsError(
        "INVALID_ARGUMENT",
        fn,
        `rule ${path} names id "${String(id)}", which is not among the published values; expected the id of a published value`,
        "rules",
      );
    }
  }
  if (rules.claims?.some((c) => c.type === "effect-size-band") === true && rules.effectSizeBands === undefined) {
    throw new StatsError(
      "INVALID_ARGUMENT",
      fn,
      "rule claims has effect-size-band claims but the rule set has no effectSizeBands; expected both",
      "rules",
    );
  }
  if (rules.notSignificant !== undefined) {
    try {
      new RegExp(rules.notSignificant, "i");
    } catch (e) {
      throw new StatsError(
        "INVALID_ARGUMENT",
        fn,
        `rule notSignificant is not a valid regular expression (${(e as Error).message})`,
        "rules",
      );
    }
  }
}

/**
 * Replaces every `{text:<id>}` by the printed text of that id.
 * @example fillTemplate("p = {text:a.p}", (id) => (id === "a.p" ? ",03" : undefined)) // "p = ,03"
 */
export function fillTemplate(template: string, textOf: (id: string) => string | undefined): string {
  return template.replace(/\{text:([^}]+)\}/g, (_, id: string) => {
    const t = textOf(id);
    if (t === undefined)
      throw new StatsError("INVALID_ARGUMENT", "fillTemplate", `placeholder {text:${id}} names no published value`, "template");
    return t;
  });
}

// ---------------------------------------------------------------------------------------------
// structure

/** A description of the JSON a rule set may hold, checked by {@link parseRuleSet}. */
type Shape =
  | "string"
  | "number"
  | { readonly array: Shape }
  | { readonly record: Shape }
  | { readonly object: Readonly<Record<string, Shape>>; readonly optional?: readonly string[] }
  | { readonly oneOf: readonly string[] }
  | { readonly tagged: Readonly<Record<string, Shape>> };

const ID_LIST: Shape = { array: "string" };
const LABELS: Shape = { record: "string" };

const RULE_SET_SHAPE: Shape = {
  object: {
    $schema: "string",
    description: "string",
    sampleSize: "string",
    subsamples: { object: { name: "string", name_nl: "string", ids: ID_LIST }, optional: ["name_nl"] },
    alpha: "string",
    notSignificant: "string",
    scale: { object: { min: "string", max: "string", related: ID_LIST }, optional: ["related"] },
    constructNames: LABELS,
    constructNames_nl: LABELS,
    grim: {
      object: {
        units: LABELS,
        units_nl: LABELS,
        notWholeNumbers: {
          array: {
            object: { id: "string", unit: "string", steps: "number", description: "string", unit_nl: "string", description_nl: "string" },
            optional: ["unit_nl", "description_nl"],
          },
        },
      },
      optional: ["units", "units_nl", "notWholeNumbers"],
    },
    closure: { array: { object: { mean: "string", minimumScore: "string", minimumCount: "string" } } },
    sdsNote: "string",
    sdsNote_nl: "string",
    sameQuantity: {
      array: {
        object: { ids: ID_LIST, timepointNote: "string", timepointNote_nl: "string" },
        optional: ["timepointNote", "timepointNote_nl"],
      },
    },
    sums: { array: { object: { total: "string", parts: ID_LIST } } },
    listedCounts: { array: { object: { id: "string", what: "string", what_nl: "string", listed: ID_LIST }, optional: ["what_nl"] } },
    countTable: {
      object: {
        key: "string",
        name: "string",
        name_nl: "string",
        idPrefix: "string",
        rowField: "string",
        columnField: "string",
        totalRow: "string",
        totalColumn: "string",
        columns: { record: { object: { label: "string", question: "string" }, optional: ["question"] } },
      },
      optional: ["columns", "name_nl"],
    },
    subsetCounts: {
      array: {
        object: {
          id: "string",
          group: "string",
          row: "string",
          who: "string",
          did: "string",
          doing: "string",
          mentions: "string",
          who_nl: "string",
          did_nl: "string",
          doing_nl: "string",
          mentions_nl: "string",
        },
        optional: ["group", "who_nl", "did_nl", "doing_nl", "mentions_nl"],
      },
    },
    correlations: { array: { object: { key: "string", r: "string", p: "string", n: "string" }, optional: ["n"] } },
    pairedTable: {
      optional: ["name_nl"],
      object: {
        key: "string",
        name: "string",
        name_nl: "string",
        rows: {
          array: {
            object: { construct: "string", pre: "string", post: "string", effectSize: "string", significance: "string" },
            optional: ["effectSize", "significance"],
          },
        },
      },
    },
    effectSizeBands: {
      object: {
        key: "string",
        name: "string",
        worthwhile: { object: { id: "string", label: LABELS } },
        high: { object: { id: "string", label: LABELS } },
      },
    },
    claims: {
      array: {
        tagged: {
          "effect-size-band": {
            object: {
              type: "string",
              construct: "string",
              effectSize: "string",
              quote: "string",
              claimed: { oneOf: ["large", "gain", "small"] },
              wording: "string",
              wording_nl: "string",
            },
            optional: ["wording_nl"],
          },
          statement: {
            object: {
              type: "string",
              key: "string",
              ids: ID_LIST,
              verdict: { oneOf: ["consistent", "inconsistent"] },
              reason: "string",
              plain: "string",
              reason_nl: "string",
              plain_nl: "string",
              details: { record: "string" },
            },
            optional: ["reason_nl", "plain_nl"],
          },
          "minimum-mean": {
            object: {
              type: "string",
              key: "string",
              id: "string",
              minimum: "number",
              quote: "string",
              reason: "string",
              plain: { object: { consistent: "string", inconsistent: "string" } },
              reason_nl: "string",
              plain_nl: { object: { consistent: "string", inconsistent: "string" } },
            },
            optional: ["reason_nl", "plain_nl"],
          },
          "pooling-bound": {
            object: { type: "string", key: "string", bound: "string", pooledRow: "string", pooledLabel: "string", quote: "string" },
          },
        },
      },
    },
    reliability: { array: { object: { id: "string", wording: "string" } } },
    notTestable: {
      array: {
        object: { prefix: "string", kind: "string", text: "string", reason: "string", reason_nl: "string" },
        optional: ["prefix", "kind", "text", "reason_nl"],
      },
    },
    severities: { record: { oneOf: ["impossible-number", "changes-conclusion", "reporting-slip", "wording"] } },
  },
  optional: [
    "$schema",
    "description",
    "subsamples",
    "alpha",
    "notSignificant",
    "scale",
    "constructNames",
    "constructNames_nl",
    "grim",
    "closure",
    "sdsNote",
    "sdsNote_nl",
    "sameQuantity",
    "sums",
    "listedCounts",
    "countTable",
    "subsetCounts",
    "correlations",
    "pairedTable",
    "effectSizeBands",
    "claims",
    "reliability",
    "notTestable",
    "severities",
  ],
};

/** The first place where `x` does not have `shape`, as "path: problem", or null. */
function shapeProblem(x: unknown, shape: Shape, path: string): string | null {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  if (shape === "string") return typeof x === "string" ? null : `${path} is ${JSON.stringify(x) ?? "undefined"}; expected a string`;
  if (shape === "number")
    return typeof x === "number" && Number.isFinite(x) ? null : `${path} is ${JSON.stringify(x) ?? "undefined"}; expected a number`;
  if ("oneOf" in shape)
    return typeof x === "string" && shape.oneOf.includes(x)
      ? null
      : `${path} is ${JSON.stringify(x) ?? "undefined"}; expected one of ${shape.oneOf.map((s) => `"${s}"`).join(", ")}`;
  if ("array" in shape) {
    if (!Array.isArray(x)) return `${path} is not an array`;
    for (let i = 0; i < x.length; i++) {
      const p = shapeProblem(x[i], shape.array, `${path}[${i}]`);
      if (p !== null) return p;
    }
    return null;
  }
  if (!isObject(x)) return `${path} is not an object`;
  if ("record" in shape) {
    for (const [k, v] of Object.entries(x)) {
      const p = shapeProblem(v, shape.record, `${path}.${k}`);
      if (p !== null) return p;
    }
    return null;
  }
  if ("tagged" in shape) {
    const tag = x.type;
    const inner = typeof tag === "string" ? shape.tagged[tag] : undefined;
    if (inner === undefined)
      return `${path}.type is ${JSON.stringify(tag) ?? "undefined"}; expected one of ${Object.keys(shape.tagged)
        .map((s) => `"${s}"`)
        .join(", ")}`;
    return shapeProblem(x, inner, path);
  }
  for (const k of Object.keys(x))
    if (!(k in shape.object)) return `${path} has an unknown field "${k}"; expected only ${Object.keys(shape.object).join(", ")}`;
  for (const [k, s] of Object.entries(shape.object)) {
    if (!(k in x)) {
      if (shape.optional?.includes(k) === true) continue;
      return `${path}.${k} is missing`;
    }
    const p = shapeProblem(x[k], s, `${path}.${k}`);
    if (p !== null) return p;
  }
  return null;
}

/**
 * Checks that parsed JSON has the structure of a rule set ({@link AuditRuleSet}; the same
 * structure as data/audit-rules.schema.json describes) and returns it typed. Whether the ids it
 * names exist is checked by {@link validateRuleSet} against the published values.
 * @param data Parsed JSON.
 * @returns The rule set.
 * @throws {StatsError} INVALID_ARGUMENT naming the first field that is wrong, and what was expected.
 * @example parseRuleSet({ sampleSize: "s.n" }).sampleSize // "s.n"
 * @example parseRuleSet({ sampleSize: 20 }) // throws INVALID_ARGUMENT
 */
export function parseRuleSet(data: unknown): AuditRuleSet {
  const problem = shapeProblem(data, RULE_SET_SHAPE, "rules");
  if (problem !== null) throw new StatsError("INVALID_ARGUMENT", "parseRuleSet", problem, "rules");
  return data as AuditRuleSet;
}
