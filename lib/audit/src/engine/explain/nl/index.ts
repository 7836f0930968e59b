/**
 * The engine's Dutch texts: {@link EXPLAIN_NL}, the same members as the English catalogue
 * (`EXPLAIN_EN` of `../catalogue.ts`), with the decimal comma.
 * @module audit/engine/explain/nl
 */
import type { EngineWords, ExplainCatalogue } from "../catalogue.js";
import { REASONS_NL } from "./reasons.js";
import { ordinalWordNl } from "./format.js";
import {
  bandTexts,
  closureNone,
  closureSome,
  closureTooLarge,
  CLOSURE_ASSUMPTION_NL,
  countTableExplained,
  effectSizeClaimExplained,
  grimAssumedN,
  grimClusterMean,
  grimImpossible,
  grimmerNoSds,
  grimNotWholeNumber,
  grimPossible,
  listedCountExplained,
  missingRowExplained,
  NO_CHECK_APPLIES_NL,
  pairedAllVariants,
  pairedDz,
  pairedWithoutD,
  poolingBoundExplained,
  pValueExplained,
  reliabilityStated,
  sameExactExplained,
  sameMeanAgree,
  sameMeanConflict,
  scaleBoundsExplained,
  subsetCountExplained,
  sumExplained,
} from "./explain.js";

const TIMEPOINTS: Readonly<Record<string, string>> = {
  pre: "voormeting",
  post: "nameting",
  "pre-post": "voor- en nameting",
  once: "eenmalige meting",
};

/** The engine's Dutch texts. */
export const EXPLAIN_NL: ExplainCatalogue = Object.freeze({
  lang: "nl",
  reasons: REASONS_NL,
  words: Object.freeze<EngineWords>({
    ordinal: ordinalWordNl,
    boundedScale: "begrensde",
    defaultUnit: "antwoorden in gehele getallen op één item",
    subsample: "deelsteekproef",
    kindWord: (kind) =>
      kind === "label" ? "dit label" : kind === "n" ? "deze steekproefomvang" : kind === "count" ? "dit aantal" : "dit getal",
    timepoint: (t) => (t === null ? "niet vermeld" : (TIMEPOINTS[t] ?? t)),
    theArticle: "het artikel",
    theTableStart: "De tabel",
    theTable: "de tabel",
    missingRowCell: (count, label, column) => `${count} voor ${label !== null ? `"${label}"` : column}`,
    missingRow: (cells, total) => `(${cells.join(", ")}; totaal ${total})`,
    hypotheticalRow: "(veronderstelde ontbrekende rij)",
    dzAssumptions: Object.freeze(["d is d_z", "tweezijdige gepaarde t-toets"]),
    scaleBoundsAssumption: "gelijke SD's voor en na; d = M_diff / SD",
    worthwhile: "de moeite waard",
    high: "hoog",
  }),
  grimNotWholeNumber,
  grimClusterMean,
  grimImpossible,
  grimPossible,
  grimAssumedN,
  closureNone,
  closureSome,
  closureTooLarge,
  closureAssumption: CLOSURE_ASSUMPTION_NL,
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
  noCheckApplies: NO_CHECK_APPLIES_NL,
});
