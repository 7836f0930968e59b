/**
 * The Dutch sentence templates of the interpretations after each result (notebook/interpret holds
 * the English {@link INTERPRET_TEXT}; both satisfy {@link InterpretText}). The numbers come in
 * already formatted in the Dutch style (decimal comma, leading zero).
 * @module notebook/interpret-nl
 */
import type { InterpretText } from "./interpret.js";

/** The sentence templates (Dutch). */
export const INTERPRET_TEXT_NL: InterpretText = {
  standardizers: {
    d_z: "de standaarddeviatie van de verschillen",
    d_av: "het gemiddelde van de standaarddeviaties voor en na de leergang",
    d_rm: "de standaarddeviatie van de verschillen, gecorrigeerd voor de correlatie tussen voor- en nameting",
  },
  timepoints: { pre: "voor", post: "na" },
  whatAlpha: (label) => `Cronbachs α van ${label}`,
  whatPairedT: (label) => `De gepaarde t-toets van ${label}`,
  whatEffect: (variant, label) => `${variant} van ${label}`,
  whatCorrelation: (x, y) => `De correlatie van ${x} en ${y}`,
  whatWilcoxon: (label) => `De toets van Wilcoxon voor ${label}`,
  whatBootstrap: (what) => `Het bootstrapinterval van ${what}`,
  whatHolm: "De correctie van Holm",
  whatReliabilities: "De alfa van elk cluster",
  notComputable: (what) => `${what} is met deze gegevens niet te berekenen, dus er valt niets te interpreteren.`,
  alpha: (p) => `Cronbachs α van ${p.label} is ${p.alpha} (95%-BI ${p.ci}; ${p.k} items, n = ${p.n}): ${p.verdict}`,
  alphaAbove: (threshold) => `boven de ondergrens van ${threshold} uit het artikel, en ook het hele interval ligt erboven.`,
  alphaAboveButInterval: (threshold, lower) =>
    `boven de ondergrens van ${threshold} uit het artikel, maar het interval reikt tot ${lower}: met zo weinig respondenten kunnen de gegevens een betrouwbaarheid onder de grens niet uitsluiten.`,
  alphaBelow: (threshold) =>
    `onder de ondergrens van ${threshold} uit het artikel; de items van dit cluster stemmen minder met elkaar overeen dan het artikel vereist.`,
  pairedT: (p) =>
    `Gemiddeld ligt de score op ${p.label} na de leergang ${p.size} punt ${p.direction} dan de terugblikkende voormeting (95%-BI ${p.ci}); t(${p.df}) = ${p.t}, ${p.p}: ${p.verdict}`,
  higher: "hoger",
  lower: "lager",
  significant: (alpha) =>
    `de p-waarde ligt onder ${alpha} en het interval bevat 0 niet, dus een ware gemiddelde verandering van nul past slecht bij deze gegevens.`,
  notSignificant: (alpha) =>
    `de p-waarde ligt niet onder ${alpha} en het interval bevat 0, dus deze gegevens zijn verenigbaar met helemaal geen verandering.`,
  effect: (p) =>
    `${p.variant} van ${p.label} is ${p.d} (95%-BI ${p.ci}): de gemiddelde verandering is ${p.d} keer ${p.standardizer}. Volgens de grenzen van Hattie, zoals het artikel ze toepast, is dat "${p.band}"; ${p.bandCi}`,
  effectCiSameBand: "ook het hele interval valt in die klasse.",
  effectCiOtherBands: (lowerBand, upperBand) =>
    `maar het interval loopt van "${lowerBand}" tot "${upperBand}", dus de gegevens leggen het effect niet vast op één klasse.`,
  correlation: (p) =>
    `r = ${p.r} (95%-BI ${p.ci}, N = ${p.n}, ${p.p}): respondenten met een hogere score op ${p.x} hebben doorgaans een ${p.direction}e score op ${p.y}; de twee delen r² = ${p.shared} van hun variantie. Een correlatie zegt niet welke van de twee de andere veroorzaakt, en ook niet of er van een oorzaak sprake is.`,
  wilcoxon: (p) =>
    `Wilcoxons V van ${p.label} is ${p.v} over ${p.n} verschillen die niet nul zijn (${p.zero} verschillen van nul weggelaten), z = ${p.z}, ${p.p}: ${p.agree}`,
  wilcoxonAgrees: (alpha) => `de toets zonder de aanname van normaliteit komt bij ${alpha} tot dezelfde conclusie als de t-toets.`,
  wilcoxonDisagrees: (alpha) =>
    `bij ${alpha} komt de toets zonder de aanname van normaliteit tot een andere conclusie dan de t-toets: die conclusie rust op de aannames van de t-toets.`,
  bootstrap: (p) =>
    `Als je ${p.replicates} keer ${p.n} respondenten met teruglegging trekt (startwaarde ${p.seed}), liggen de middelste 95 % van de waarden van ${p.what} in ${p.ci}; ${p.zero}`,
  bootstrapExcludesZero: "het interval bevat 0 niet: ook opnieuw trekken uit de respondenten wijst op een verandering die niet nul is.",
  bootstrapIncludesZero: "het interval bevat 0: opnieuw trekken uit de respondenten sluit niet uit dat er helemaal geen verandering is.",
  reliabilities: (p) =>
    `${p.reached} van de ${p.computed} alfa's die te berekenen waren, liggen op of boven ${p.threshold}; de laagste is ${p.lowest}, α = ${p.alpha}.`,
  variants: (p) =>
    p.all.length === 1
      ? `Van de drie manieren om te standaardiseren rondt ${p.all.join("")} voor alle ${p.n} constructen met een afgedrukte d af op de afgedrukte effectgrootte: de d van het artikel is hoogstwaarschijnlijk die variant.`
      : `Van de drie manieren om te standaardiseren ronden ${p.all.join(" en ")} voor alle ${p.n} constructen met een afgedrukte d af op de afgedrukte effectgrootte: de d van het artikel is hoogstwaarschijnlijk een van deze varianten.`,
  variantsNone: (p) =>
    `Geen enkele variant rondt voor alle ${p.n} constructen met een afgedrukte d af op de afgedrukte effectgrootte; per construct: ${p.per}.`,
  variantsNothing: "Geen enkele afgedrukte effectgrootte is met deze gegevens te vergelijken.",
  none: "geen",
  holm: (p) => `Van de ${p.m} toetsen hebben er ${p.before} p < ${p.alpha} vóór en ${p.after} na de correctie van Holm${p.lost}.`,
  holmLost: (labels) => `; na de correctie niet meer onder die grens: ${labels}`,
  holmNoneLost: (m) => `: de correctie voor ${m} toetsen verandert op dit niveau geen enkele conclusie`,
};
