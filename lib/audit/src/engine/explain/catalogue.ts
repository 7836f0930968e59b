/**
 * The engine's words, one catalogue per language: every explanation function of `./explain/`
 * (one module per check), the sentences the checks themselves write (their `reason`), and the
 * small words the engine puts between the article's own (ordinals, "not stated", the default
 * unit). {@link EXPLAIN_EN} collects the English modules; {@link EXPLAIN_NL} (in `./nl/`) has the
 * same members in Dutch, so the compiler checks that no text is missing in either.
 *
 * @module audit/engine/explain/catalogue
 */
import type { AuditResult } from "../../result.js";
import type { GrimDetails } from "../../grim.js";
import type { ClosureDetails } from "../../closure.js";
import type { SameQuantityDetails } from "../../same-quantity.js";
import type { CountTableDetails } from "../../count-table.js";
import type { PValueDetails } from "../../statcheck.js";
import type { PairedEffectDetails } from "../../paired.js";
import type { Lang } from "../lang.js";
import { grimAssumedN, grimClusterMean, grimImpossible, grimNotWholeNumber, grimPossible } from "./grim.js";
import { closureNone, closureSome, closureTooLarge, CLOSURE_ASSUMPTION } from "./closure.js";
import { grimmerNoSds } from "./grimmer.js";
import { sumExplained } from "./sum.js";
import { sameExactExplained, sameMeanAgree, sameMeanConflict } from "./same-quantity.js";
import { listedCountExplained } from "./listed-count.js";
import { countTableExplained, missingRowExplained } from "./count-table.js";
import { subsetCountExplained } from "./subset-count.js";
import { pValueExplained } from "./p-value.js";
import { pairedAllVariants, pairedDz, pairedWithoutD } from "./paired-effect.js";
import { scaleBoundsExplained } from "./scale-bounds.js";
import { bandTexts, effectSizeClaimExplained, poolingBoundExplained } from "./claim.js";
import { reliabilityStated } from "./reliability.js";
import { NO_CHECK_APPLIES } from "./not-testable.js";
import { ordinalWord } from "./format.js";
import { EXPLAIN_NL } from "./nl/index.js";

/** The one-sentence `reason` of a check's result, in the catalogue's language. */
export interface CheckReasons {
  readonly grim: (r: AuditResult<GrimDetails>) => string;
  readonly closure: (r: AuditResult<ClosureDetails>) => string;
  readonly sameQuantity: (r: AuditResult<SameQuantityDetails>) => string;
  readonly countTable: (r: AuditResult<CountTableDetails>) => string;
  readonly pValue: (r: AuditResult<PValueDetails>) => string;
  /** `d` is the effect size as printed. */
  readonly pairedEffect: (r: AuditResult<PairedEffectDetails>, d: string) => string;
}

/** The words the engine writes between the article's own. */
export interface EngineWords {
  /** "first", "second", … for a column's position. */
  readonly ordinal: (index: number) => string;
  /** A scale whose anchors the rule set does not give. */
  readonly boundedScale: string;
  /** What one answer of a mean is, when the rule set does not say. */
  readonly defaultUnit: string;
  /** What a subsample is called, when the rule set does not say. */
  readonly subsample: string;
  /** The quantity a group of repeated values is. */
  readonly kindWord: (kind: "label" | "n" | "count" | "number") => string;
  /** A time point of a value as the published values code it ("pre", "post"), or null when none is stated. */
  readonly timepoint: (timepoint: string | null) => string;
  /** "the article", where a value is printed when not in the paired table. */
  readonly theArticle: string;
  /** The paired table, when the rule set gives no name: at the start of a sentence and within one. */
  readonly theTableStart: string;
  readonly theTable: string;
  /** One cell of a hypothetical missing row: `count` mentions in a column (`label` as printed, or the column's key). */
  readonly missingRowCell: (count: number, label: string | null, column: string) => string;
  /** A hypothetical missing row: its cells, and its total. */
  readonly missingRow: (cells: readonly string[], total: number) => string;
  /** Row label of the hypothetical missing row in the finding's details. */
  readonly hypotheticalRow: string;
  /** The assumptions of the d_z finding, for its details. */
  readonly dzAssumptions: readonly string[];
  /** The assumption of the scale-bounds finding, for its details. */
  readonly scaleBoundsAssumption: string;
  /** The effect-size bands' names when the rule set gives none in the language. */
  readonly worthwhile: string;
  readonly high: string;
}

/** Every text of the engine in one language. */
export interface ExplainCatalogue {
  readonly lang: Lang;
  readonly reasons: CheckReasons;
  readonly words: EngineWords;
  readonly grimNotWholeNumber: typeof grimNotWholeNumber;
  readonly grimClusterMean: typeof grimClusterMean;
  readonly grimImpossible: typeof grimImpossible;
  readonly grimPossible: typeof grimPossible;
  readonly grimAssumedN: typeof grimAssumedN;
  readonly closureNone: typeof closureNone;
  readonly closureSome: typeof closureSome;
  readonly closureTooLarge: typeof closureTooLarge;
  readonly closureAssumption: string;
  readonly grimmerNoSds: typeof grimmerNoSds;
  readonly sumExplained: typeof sumExplained;
  readonly sameExactExplained: typeof sameExactExplained;
  readonly sameMeanConflict: typeof sameMeanConflict;
  readonly sameMeanAgree: typeof sameMeanAgree;
  readonly listedCountExplained: typeof listedCountExplained;
  readonly countTableExplained: typeof countTableExplained;
  readonly missingRowExplained: typeof missingRowExplained;
  readonly subsetCountExplained: typeof subsetCountExplained;
  readonly pValueExplained: typeof pValueExplained;
  readonly pairedAllVariants: typeof pairedAllVariants;
  readonly pairedDz: typeof pairedDz;
  readonly pairedWithoutD: typeof pairedWithoutD;
  readonly scaleBoundsExplained: typeof scaleBoundsExplained;
  readonly bandTexts: typeof bandTexts;
  readonly effectSizeClaimExplained: typeof effectSizeClaimExplained;
  readonly poolingBoundExplained: typeof poolingBoundExplained;
  readonly reliabilityStated: typeof reliabilityStated;
  /** The reason of a value no check applies to, when the rule set gives none. */
  readonly noCheckApplies: string;
}

/** The engine's English texts (the modules of `./explain/`). */
export const EXPLAIN_EN: ExplainCatalogue = Object.freeze({
  lang: "en",
  reasons: Object.freeze<CheckReasons>({
    grim: (r) => r.reason,
    closure: (r) => r.reason,
    sameQuantity: (r) => r.reason,
    countTable: (r) => r.reason,
    pValue: (r) => r.reason,
    pairedEffect: (r) => r.reason,
  }),
  words: Object.freeze<EngineWords>({
    ordinal: ordinalWord,
    boundedScale: "bounded",
    defaultUnit: "whole-number answers to one item",
    subsample: "subsample",
    kindWord: (kind) => (kind === "label" ? "label" : kind === "n" ? "sample size" : kind === "count" ? "count" : "number"),
    timepoint: (t) => t ?? "not stated",
    theArticle: "the article",
    theTableStart: "The table",
    theTable: "the table",
    missingRowCell: (count, label, column) => `${count} ${label !== null ? `for "${label}"` : `for ${column}`}`,
    missingRow: (cells, total) => `(${cells.join(", ")}; total ${total})`,
    hypotheticalRow: "(hypothetical missing row)",
    dzAssumptions: Object.freeze(["d is d_z", "two-sided paired t-test"]),
    scaleBoundsAssumption: "equal pre and post SDs; d = M_diff / SD",
    worthwhile: "worthwhile",
    high: "high",
  }),
  grimNotWholeNumber,
  grimClusterMean,
  grimImpossible,
  grimPossible,
  grimAssumedN,
  closureNone,
  closureSome,
  closureTooLarge,
  closureAssumption: CLOSURE_ASSUMPTION,
  grimmerNoSds,
  sumExplained,
  sameExactExplained,
  sameMeanConflict,
  sameMeanAgree,
  listedCountExplained,
  countTableExplained,
  missingRowExplained,
  subsetCountExplained,
  pValueExplained,
  pairedAllVariants,
  pairedDz,
  pairedWithoutD,
  scaleBoundsExplained,
  bandTexts,
  effectSizeClaimExplained,
  poolingBoundExplained,
  reliabilityStated,
  noCheckApplies: NO_CHECK_APPLIES,
});

/** The catalogue of each language. */
export const EXPLAIN: Readonly<Record<Lang, ExplainCatalogue>> = Object.freeze({ en: EXPLAIN_EN, nl: EXPLAIN_NL });
