/**
 * The Dutch texts of the ensemble's section and notebook (views/ensemble holds the English
 * {@link ENSEMBLE_TEXT}; both satisfy {@link EnsembleText}, so neither can miss a text the other
 * has). Numbers are written with the decimal comma and a leading zero, as the article writes them.
 * @module views/ensemble-nl
 */
import type { EnsembleText } from "./ensemble.js";
import { numberStyle } from "./lang.js";

const S = numberStyle("nl");

/** Dutch decimals in a sentence written with decimal points: `[4.321, 4.392)` → `[4,321; 4,392)`, `0.605` → `0,605`. */
function dutchNumbers(text: string): string {
  return text.replace(/\[(-?\d+(?:\.\d+)?), (-?\d+(?:\.\d+)?)([)\]])/g, "[$1; $2$3").replace(/(\d)\.(\d)/g, "$1,$2");
}

const SIDES: Readonly<Record<string, string>> = { below: "onder", above: "boven", around: "rond" };

/** The sentences `npm run ensemble` stores as reasons, each with its Dutch rewording. */
const REASONS: readonly (readonly [RegExp, (...groups: string[]) => string])[] = [
  [
    /^t ≥ (.+) = (\S+) > (\S+) in every dataset with the printed d \(read as d_av or d_rm\)$/,
    (bound, value, crit) => `t ≥ ${bound} = ${value} > ${crit} in elke dataset met de afgedrukte d (gelezen als d_av of d_rm)`,
  ],
  [/^t ≥ (.+) = (\S+) > (\S+)$/, (bound, value, crit) => `t ≥ ${bound} = ${value} > ${crit}`],
  [
    /^the printed d = (\S+) gives t = (.+) in (\[[^\]]+\)), (below|above|around) the critical (\S+)$/,
    (d, t, interval, side, crit) =>
      `de afgedrukte d = ${d} geeft t = ${t} in ${interval}, ${SIDES[side ?? ""] ?? side} de kritieke ${crit}`,
  ],
  [
    /^a dataset meets every other printed number with t = (\S+) \(critical (\S+)\)$/,
    (t, crit) => `een dataset voldoet aan elk ander afgedrukt getal met t = ${t} (kritieke t ${crit})`,
  ],
  [
    /^the search reached t = (\S+) without crossing (\S+); not a proof that no dataset does$/,
    (t, crit) => `de zoektocht bereikte t = ${t} zonder ${crit} te passeren; geen bewijs dat geen enkele dataset dat doet`,
  ],
  [
    /^the bounded search found no dataset meeting the other printed numbers to start from; not a proof$/,
    () => "de begrensde zoektocht vond geen dataset die aan de andere afgedrukte getallen voldoet om mee te beginnen; geen bewijs",
  ],
  [/^not searched$/, () => "niet gezocht"],
  [
    /^the (\d+) printed cells add up to (\d+) mentions and a total counts the same mentions, so no coding of the answers gives the printed cells and the printed total (\S+) together$/,
    (cells, sum, total) =>
      `de ${cells} afgedrukte cellen tellen op tot ${sum} vermeldingen en een totaal telt dezelfde vermeldingen, dus geen codering van de antwoorden geeft de afgedrukte cellen en het afgedrukte totaal ${total} samen`,
  ],
  [
    /^No total of whole-number answers from (\d+) respondents( × \d+ items)? gives a (mean|percentage) that is reported as (\S+); the nearest possible (?:means|percentages) are (.+)\.$/,
    (n, items, what, shown, near) => {
      const word = what === "mean" ? "gemiddelde" : "percentage";
      return `Geen totaal van antwoorden in hele getallen van ${n} respondenten${items ?? ""} geeft een ${word} dat als ${shown} wordt gerapporteerd; de dichtstbijzijnde mogelijke ${word === "gemiddelde" ? "gemiddelden" : "percentages"} zijn ${(near ?? "").replaceAll(" and ", " en ")}.`;
    },
  ],
];

/**
 * A reason stored in the summary, in Dutch: the known sentences reworded, with the decimal comma.
 * A sentence of another shape stays as stored.
 */
function reason(text: string): string {
  const read = /^read as (\S+), (.+)$/.exec(text);
  const prefix = read === null ? "" : `gelezen als ${read[1] as string}, `;
  const rest = read === null ? text : (read[2] as string);
  for (const [pattern, dutch] of REASONS) {
    const m = pattern.exec(rest);
    if (m !== null)
      return dutchNumbers(prefix + dutch(...m.slice(1).map((g) => g ?? "")).replace(/^./, (c) => (prefix === "" ? c : c.toLowerCase())));
  }
  return text;
}

const none = "geen";
const range = `${S.num(2.5, 1)}–${S.num(97.5, 1)} %`;

/** Every Dutch text of the ensemble's section and notebook. */
export const ENSEMBLE_TEXT_NL: EnsembleText = {
  title: "Wat de afgedrukte getallen toelaten: een ensemble van reconstructies",
  intro: (s) =>
    `${s.members} synthetische datasets, uit ${s.chains} onafhankelijke reconstructies met verschillende startwaarden en beginmodellen, voldoen elk aan ieder getal van het artikel waarop de reconstructie mikt: de gemiddelden en effectgroottes van Tabel 3 (gelezen als d_av) op hun afgedrukte precisie, de significantie die Tabel 3 impliceert, alfa ≥ ${S.bounded(0.7, 2)}, beide correlaties en de gemiddelden van de losse items. Aan de correlatie tussen voor- en nameting is geen grens voor plausibiliteit opgelegd. Elk lid en elke dataset die een zoektocht bereikte (${s.checked} in totaal), is gecontroleerd door elke afgedrukte bewering opnieuw te berekenen met de statistiek van de bibliotheek. Twee leden verschillen in ${s.median} van de ${s.answers} antwoorden (mediaan over paren; dichtstbijzijnde paar ${s.min}).`,
  innerBound: (steps, runs) =>
    `Een bereik dat een zoektocht vindt, is een binnengrens: de werkelijke kleinste en grootste waarden zijn minstens zo extreem. De zoektocht begon bij de meest extreme dataset van het ensemble, veranderde telkens één antwoord (of één eenheid tussen de antwoorden van twee respondenten op een item), hield alleen datasets die aan elke bewering voldoen, en liet per richting twee keer gesimuleerd uitgloeien (simulated annealing) op de grootheid lopen, elk ${steps} stappen (${runs} zoektochten in totaal); elke dataset waarop een zoektocht eindigde, is gecontroleerd en voor elke grootheid meegeteld. Het ${range}-interval van het ensemble laat zien waar de meeste consistente datasets onder deze wandeling liggen; het is geen kansuitspraak over de echte gegevens.`,
  headline: "Welke conclusies in elke consistente dataset standhouden",
  questionsCaption: "Elke significantiebewering die buiten de doelen is gelaten: volgt ze uit de andere afgedrukte getallen?",
  infeasibleHeading: "Doelen waaraan geen enkele dataset kan voldoen",
  figureCaption: (family) =>
    `Bereik van ${family} over de datasets die met het artikel te verenigen zijn. Dikke balk: ${range} van het ensemble, stip: de mediaan; dunne lijn: kleinste en grootste waarde die de zoektocht vond (een binnengrens); ruit: de waarde die het artikel afdrukt; stippellijn: de grens die over de bewering van het artikel beslist. Een waarde op de rand van de as is onbegrensd (zie de tekst).`,
  families: {
    sd: "de SD van de clusterscore",
    "pre-post-r": "de correlatie tussen voor- en nameting",
    d_z: "Cohens d_z",
    d_av: "Cohens d_av",
    d_rm: "Cohens d_rm",
    g_av: "Hedges' g_av",
    t: "de gepaarde t",
    p: "de p van de gepaarde t-toets",
    "wilcoxon-p": "de p van de rangtekentoets van Wilcoxon",
    alpha: "Cronbachs alfa",
    "pearson-r": "Pearsons r",
    "pearson-ci": "het 95 %-interval van r",
    spearman: "Spearmans rho",
  },
  legend: {
    ensemble: `ensemble ${range}`,
    median: "mediaan van het ensemble",
    found: "gevonden door zoeken",
    printed: "afgedrukt in het artikel",
  },
  columns: { claim: "Weggelaten bewering", variant: "d gelezen als", verdict: "Antwoord", t: "Bereikte t", reason: "Waarom" },
  verdicts: {
    implied: "volgt eruit",
    "not-implied": "volgt er niet uit",
    held: "hield stand in elke bereikte dataset",
    contradicted: "weersproken",
  },
  significantRise: (construct, verdict, t, why, others) =>
    verdict === "implied"
      ? `${construct}: de significante stijging volgt alleen al uit de afgedrukte gemiddelden en d: ${why}.`
      : verdict === "not-implied"
        ? `${construct}: de significante stijging volgt er niet uit; een dataset voldoet aan elk ander afgedrukt getal met t = ${t ?? "?"} (p ≥ ${S.bounded(0.05, 2)}) als je d leest als d_av${others.map((o) => `, een andere met t = ${o.t} als je d leest als ${o.variant}`).join("")}. Ze hangt af van wat het artikel niet afdrukt: de correlatie tussen voor- en nameting en de SD's.`
        : `${construct}: er is geen dataset zonder significantie gevonden (t = ${t ?? "?"}); dit is geen bewijs.`,
  werkdruk: (t, p, falls) =>
    `Werkdruk: de verandering had significant kunnen zijn. Een dataset voldoet aan elk ander afgedrukt getal met t = ${t} (p ${p}), een significante ${falls ? "daling" : "stijging"} van de werkdruk, dus "niet sig." hangt af van de niet afgedrukte correlatie tussen voor- en nameting.`,
  werkdrukHeld: (t) => `Werkdruk: er is geen significante dataset gevonden (|t| bereikte ${t}); dit is geen bewijs.`,
  dzRange: (construct, printed, lo, hi, p025, p975) =>
    `${construct}: achter de afgedrukte d = ${printed} (gelezen als d_av) loopt d_z in de gevonden datasets van ${lo} tot ${hi} (ensemble ${range}: ${p025} tot ${p975}).`,
  dzVariant: (construct, printed, verdict) =>
    verdict === "contradicted"
      ? `${construct}: gelezen als d_z is de afgedrukte d = ${printed} in strijd met de significantie die Tabel 3 impliceert (t = √N · d_z < kritieke t).`
      : `${construct}: gelezen als d_z geeft de afgedrukte d = ${printed} op zichzelf al een significante t.`,
  correlation: (printed, n, p) =>
    `r = ${printed} met N = ${n} geeft p ${p} overal in het afrondingsinterval, dus de afgedrukte "p = ,000" klopt in elke consistente dataset.`,
  conclusions: (held, depends) =>
    `Als je de afgedrukte d leest als d_av, zoals de meegeleverde gegevens doen, dan houdt dit stand in elke consistente dataset (bewezen): ${held.length > 0 ? held.join("; ") : none}. Afhankelijk van getallen die het artikel niet afdrukt (een consistente dataset weerlegt ze): ${depends.length > 0 ? depends.join("; ") : none}.`,
  rise: (construct) => `de significante stijging van ${construct}`,
  noChange: (construct) => `de niet-significante verandering van ${construct}`,
  correlationsHold: `p < ${S.bounded(0.001, 3)} bij beide correlaties`,
  rangesCaption: (members) =>
    `Elke niet afgedrukte grootheid: ${S.num(2.5, 1)} %, mediaan en ${S.num(97.5, 1)} % over de ${members} leden, en de kleinste en grootste gevonden waarde (leden en gerichte zoektochten; een binnengrens van het werkelijke bereik)`,
  rangeColumns: {
    quantity: "Grootheid",
    printed: "Afgedrukt",
    p025: `${S.num(2.5, 1)} %`,
    median: "Mediaan",
    p975: `${S.num(97.5, 1)} %`,
    min: "Kleinste gevonden",
    max: "Grootste gevonden",
  },
  itemsCaption: (members) =>
    `De antwoorden per item over de ${members} leden: hoeveel verschillende verdelingen er voorkomen, en het kleinste en grootste aantal respondenten dat elk antwoord geeft`,
  itemColumns: { item: "Item", distinct: "Verschillende verdelingen", answer: (a) => `Antwoord ${a}` },
  proof: (bound, tCrit, holds) =>
    holds
      ? `t ≥ ${bound} > ${tCrit}: de stijging is significant in elke dataset met de afgedrukte gemiddelden en d (gelezen als d_av of d_rm).`
      : `t ≥ ${bound}, niet boven ${tCrit}: de grens alleen bewijst de significantie niet.`,
  diversity: (d) =>
    `Paren van ${d.sample} getrokken leden verschillen in ${d.pairwise.min} tot ${d.pairwise.max} van de ${d.answers} antwoorden (mediaan ${d.pairwise.median}); leden verschillen in ${d.fromShipped.min} tot ${d.fromShipped.max} antwoorden van de meegeleverde gegevens.`,
  unbounded: "onbegrensd (als elke respondent evenveel verandert, klopt elk afgedrukt getal)",
  missing: "De samenvatting van het ensemble (data/ensemble-summary.json) ontbreekt; voer npm run ensemble uit.",
  bounds: { lower: "ondergrens", upper: "bovengrens" },
  timepoints: { pre: "voor", post: "na" },
  reason,
};
