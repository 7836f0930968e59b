/**
 * The words of the scorecard's explanations ({@link buildResults}), one catalogue per language:
 * {@link RESULTS_TEXT_EN} (the text of results.json) and {@link RESULTS_TEXT_NL} (for a Dutch
 * report, with the decimal comma), both of the interface {@link ResultsText}, so the compiler
 * checks that neither lacks a sentence.
 * @module analysis/results-text
 */
import { formatNumber } from "@behoud/stats";
import type { Lang } from "@behoud/audit";

/** Why a published value cannot be checked against the data. */
export type NotCheckableKind = "literature" | "context" | "threshold" | "label" | "design-fact" | "other";

/** Every sentence of the scorecard's explanations in one language. */
export interface ResultsText {
  readonly lang: Lang;
  /** A number with `decimals` decimals, or the words for a statistic the data leave undefined (NaN). */
  readonly num: (x: number, decimals: number) => string;
  /** A p-value with three significant digits. */
  readonly p3: (p: number) => string;
  /** Table 3's N: the same in every row, or its range. */
  readonly table3NSame: (n: number) => string;
  readonly table3NRange: (min: number, max: number) => string;
  readonly table3Respondents: (note: string) => string;
  readonly table2Respondents: string;
  /** Rows without any answer, of `n` rows (of the sample, or of one round). */
  readonly emptyRows: (empty: number, n: number, ofRound: boolean) => string;
  readonly respondentsBothRounds: (note: string) => string;
  readonly roundRespondents: (round: string, note: string) => string;
  readonly experienceMean: string;
  readonly fteMean: string;
  readonly part1Development: string;
  readonly part1Stay: string;
  readonly societalMean: string;
  readonly societalLowestScore: string;
  readonly societalLowestCount: string;
  readonly societalLowestSalary: string;
  readonly focusGroupParticipants: (group: number) => string;
  readonly focusGroupsAll: string;
  readonly focusGroupSizes: (sizes: readonly number[]) => string;
  readonly focusGroupCount: string;
  /** A Table 2 cell, by the row label as printed. */
  readonly table2Mentions: (row: string) => string;
  readonly table2Repetition: string;
  readonly pooledThreshold: string;
  /** A cell printed as "X" or "-". */
  readonly notMeasured: (printed: string) => string;
  readonly prePostMean: (timepoint: "pre" | "post", kind: "cluster" | "item") => string;
  /** An effect size printed as "X" or "-", with the d_av the data give (or null). */
  readonly noEffectSize: (printed: string, dAv: string | null) => string;
  readonly dAv: string;
  readonly dAvVariants: (printed: string, variants: readonly string[], dz: string, drm: string) => string;
  readonly pairedTest: string;
  readonly pairedTestResult: (df: string, t: string, p: string, notSignificant: boolean) => string;
  readonly itemWording: string;
  readonly correlation: (field: "r" | "p" | "n", x: string, y: string) => string;
  readonly alphaClusters: (count: number) => string;
  readonly notCheckable: (kind: NotCheckableKind) => string;
  /** A statistic the data leave undefined, without a reason of its own. */
  readonly undefinedStatistic: string;
  readonly noValue: string;
  /** What is added to an explanation for the status it ends in. */
  readonly notComputableOn: (explanation: string, why: string) => string;
  readonly notAvailable: (explanation: string) => string;
  readonly dashAsZero: (explanation: string) => string;
  readonly inconsistent: (explanation: string, finding: string) => string;
  readonly auditNote: (explanation: string, finding: string) => string;
  /** `how` is the reconstruction's own line ({@link reconstructionTarget}), in English. */
  readonly matchedByConstruction: (how: string, explanation: string) => string;
}

/** The scorecard's English sentences (those of results.json). */
export const RESULTS_TEXT_EN: ResultsText = Object.freeze<ResultsText>({
  lang: "en",
  num: (x, decimals) => (Number.isFinite(x) ? formatNumber(x, decimals) : "not computable"),
  p3: (p) => p.toPrecision(3),
  table3NSame: (n) => `n = ${n} in every row`,
  table3NRange: (min, max) => `n = ${min} to ${max} per row; the largest is compared`,
  table3Respondents: (note) => `respondents Table 3 used (${note})`,
  table2Respondents: "respondents of Table 2 (whose coded open answers it counts)",
  emptyRows: (empty, n, ofRound) => ` (${empty} of ${ofRound ? "its" : "the"} ${n} rows have no answer at all and are not counted)`,
  respondentsBothRounds: (note) => `number of respondents in both rounds${note}`,
  roundRespondents: (round, note) => `respondents in round ${round}${note}`,
  experienceMean: "mean years of experience",
  fteMean: "mean size of appointment (fte)",
  part1Development: "mean of the part-1 item on development opportunities at the start of the course",
  part1Stay: "mean of the part-1 item on the intention to stay in education",
  societalMean: "mean of societal appreciation",
  societalLowestScore: "lowest score given for societal appreciation",
  societalLowestCount: "respondents with the lowest score",
  societalLowestSalary: "of the lowest scorers, how many name a higher salary to keep teachers",
  focusGroupParticipants: (g) => `participants in focus group ${g}`,
  focusGroupsAll: "focus-group participants in all",
  focusGroupSizes: (sizes) => `participants per focus group (${sizes.join(" and ")})`,
  focusGroupCount: "number of focus groups",
  table2Mentions: (row) => `mentions of "${row}" counted from the coded segments`,
  table2Repetition: "the text's repetition of a Table 2 count",
  pooledThreshold: "the threshold that defines the row 'Overig'; applied as such",
  notMeasured: (printed) => `printed as "${printed}": not measured`,
  prePostMean: (tp, kind) => `${tp === "pre" ? "retrospective pre" : "post"} mean of the ${kind === "cluster" ? "cluster score" : "item"}`,
  noEffectSize: (printed, dAv) => `printed as "${printed}": no effect size to compare${dAv === null ? "" : ` (reproduced d_av = ${dAv})`}`,
  dAv: "Cohen's d_av (mean difference over the mean of the pre and post SDs)",
  dAvVariants: (printed, variants, dz, drm) =>
    `Cohen's d_av (mean difference over the mean of the pre and post SDs); variants that round to ${printed}: ${variants.length > 0 ? variants.join(", ") : "none"} (d_z = ${dz}, d_rm = ${drm})`,
  pairedTest: "paired t-test, two-sided",
  pairedTestResult: (df, t, p, ns) =>
    `paired t-test, two-sided: t(${df}) = ${t}, p = ${p}; the article ${ns ? "prints 'niet sig.'" : "implies p < .05 (only Werkdruk is marked 'niet sig.')"}`,
  itemWording: "item wording; the codebook keeps it as printed",
  correlation: (field, x, y) =>
    `${
      field === "r"
        ? "Pearson's r"
        : field === "p"
          ? "two-sided p of Pearson's r (printed ',000' means p < .0005 at three decimals)"
          : "pairs in the correlation"
    }, ${x} × ${y} at the post time point`,
  alphaClusters: (count) =>
    `lowest Cronbach's alpha over ${count} clusters and time points; the article says every cluster was "rond of boven" (around or above) 0,7, read here as at least 0.65`,
  notCheckable: (kind) =>
    ({
      literature: "cited from another study",
      context: "a fact about the project",
      threshold: "a threshold the analysis applies; used as such",
      label: "a label or wording, not a number",
      "design-fact": "a fact of the design that the data do not record",
      other: "a fact of the article or the design, not a result of the data",
    })[kind],
  undefinedStatistic: "the statistic is undefined for these data",
  noValue: "the data give no value for it (every answer it rests on is missing, or the statistic is undefined)",
  notComputableOn: (e, why) => `${e}; not computable on these data: ${why}`,
  notAvailable: (e) => `${e}; not available in these data`,
  dashAsZero: (e) => `${e}; printed "-" read as 0`,
  inconsistent: (e, f) => `${e}. ${f}`,
  auditNote: (e, f) => `${e}. Note from the audit: ${f}`,
  matchedByConstruction: (how, e) => `matched by construction (${how}); ${e}`,
});

/** A number with the decimal comma. */
function dutch(text: string): string {
  return text.replace(/(\d)\.(\d)/g, "$1,$2");
}

/** The reconstruction's lines in Dutch (see reconstruct/targets.ts); `{v}` stands for the d variant. */
const HOW_NL: readonly (readonly [RegExp, (m: RegExpExecArray) => string])[] = [
  [
    /^the search kept this mean inside the printed rounding interval$/,
    () => "de zoektocht hield dit gemiddelde binnen het afrondingsinterval van het afgedrukte getal",
  ],
  [
    /^the search kept (\S+) inside the printed rounding interval$/,
    (m) => `de zoektocht hield ${m[1] ?? ""} binnen het afrondingsinterval van het afgedrukte getal`,
  ],
  [
    /^the search kept the paired t-test's p on the side of \.05 that Table 3 implies$/,
    () => "de zoektocht hield de p van de gepaarde t-toets aan de kant van ,05 die Tabel 3 veronderstelt",
  ],
  [
    /^the search kept every cluster's alpha at or above the threshold$/,
    () => "de zoektocht hield de alfa van elk cluster op of boven de drempel",
  ],
  [
    /^the answers were set to an integer sum whose mean rounds to the printed value$/,
    () => "de antwoorden kregen een gehele som waarvan het gemiddelde tot het afgedrukte getal afrondt",
  ],
  [
    /^the search kept r inside the printed rounding interval$/,
    () => "de zoektocht hield r binnen het afrondingsinterval van het afgedrukte getal",
  ],
  [/^the search kept p below \.0005$/, () => "de zoektocht hield p onder ,0005"],
  [/^the lowest answers were set to the printed score$/, () => "de laagste antwoorden kregen de afgedrukte score"],
  [
    /^the number of lowest answers was set to the printed count$/,
    () => "het aantal laagste antwoorden werd gelijk gemaakt aan het afgedrukte aantal",
  ],
  [/^the lowest scorers were given the salary label$/, () => "de laagst scorenden kregen het label voor salaris"],
  [
    /^the values were set to an integer sum whose mean rounds to the printed value$/,
    () => "de waarden kregen een gehele som waarvan het gemiddelde tot het afgedrukte getal afrondt",
  ],
  [
    /^the values were set to a sum whose mean rounds to the printed value$/,
    () => "de waarden kregen een som waarvan het gemiddelde tot het afgedrukte getal afrondt",
  ],
  [/^the number of respondents generated for the round$/, () => "het aantal respondenten dat voor de ronde is gegenereerd"],
  [
    /^the labels were assigned so that this count equals the printed cell$/,
    () => "de labels zijn zo toegekend dat dit aantal gelijk is aan de afgedrukte cel",
  ],
  [/^the number of participants laid out for the group$/, () => "het aantal deelnemers dat voor de groep is vastgelegd"],
  [/^the sum of two cells the labels were assigned to match$/, () => "de som van twee cellen waarop de labels zijn afgestemd"],
  [/^the sum of cells the labels were assigned to match$/, () => "de som van cellen waarop de labels zijn afgestemd"],
  [
    /^the text's repetition of Table 2 counts the labels were assigned to match$/,
    () => "de herhaling in de tekst van aantallen uit Tabel 2 waarop de labels zijn afgestemd",
  ],
  [/^the respondents given coded answers$/, () => "de respondenten die gecodeerde antwoorden kregen"],
  [/^the sum of the respondents generated per round$/, () => "de som van de per ronde gegenereerde respondenten"],
  [/^the participants laid out for the focus groups$/, () => "de deelnemers die voor de focusgroepen zijn vastgelegd"],
  [/^the number of focus groups laid out$/, () => "het aantal vastgelegde focusgroepen"],
];

/**
 * A line of the reconstruction ({@link reconstructionTarget}'s `how`) in Dutch.
 * @throws {Error} when the line has no Dutch wording (a line added to the reconstruction's plan
 *   without its translation here).
 * @example reconstructionHowNl("the search kept r inside the printed rounding interval") // "de zoektocht hield r binnen het afrondingsinterval van het afgedrukte getal"
 */
export function reconstructionHowNl(how: string): string {
  for (const [re, nl] of HOW_NL) {
    const m = re.exec(how);
    if (m !== null) return nl(m);
  }
  throw new Error(
    `reconstructionHowNl: no Dutch wording for the reconstruction's line "${how}"; add it to HOW_NL in analysis/results-text.ts`,
  );
}

/** The scorecard's Dutch sentences, with the decimal comma. */
export const RESULTS_TEXT_NL: ResultsText = Object.freeze<ResultsText>({
  lang: "nl",
  num: (x, decimals) => (Number.isFinite(x) ? formatNumber(x, decimals, { decimalSeparator: "," }) : "niet te berekenen"),
  p3: (p) => dutch(p.toPrecision(3)),
  table3NSame: (n) => `n = ${n} in elke rij`,
  table3NRange: (min, max) => `n = ${min} tot ${max} per rij; de grootste wordt vergeleken`,
  table3Respondents: (note) => `respondenten die Tabel 3 gebruikte (${note})`,
  table2Respondents: "respondenten van Tabel 2 (wier gecodeerde open antwoorden erin zijn geteld)",
  emptyRows: (empty, n, ofRound) =>
    ` (${empty} van de ${n} rijen${ofRound ? " van deze ronde" : ""} bevatten geen enkel antwoord en tellen niet mee)`,
  respondentsBothRounds: (note) => `aantal respondenten in beide rondes${note}`,
  roundRespondents: (round, note) => `respondenten in ronde ${round}${note}`,
  experienceMean: "gemiddeld aantal jaren werkervaring",
  fteMean: "gemiddelde aanstellingsomvang (fte)",
  part1Development: "gemiddelde van het item uit deel 1 over ontwikkelmogelijkheden bij het begin van de leergang",
  part1Stay: "gemiddelde van het item uit deel 1 over het voornemen in het onderwijs te blijven",
  societalMean: "gemiddelde van maatschappelijke waardering",
  societalLowestScore: "laagste score die voor maatschappelijke waardering is gegeven",
  societalLowestCount: "respondenten met de laagste score",
  societalLowestSalary: "hoeveel van de laagst scorenden een hoger salaris noemen om leraren te behouden",
  focusGroupParticipants: (g) => `deelnemers aan focusgroep ${g}`,
  focusGroupsAll: "deelnemers aan de focusgroepen samen",
  focusGroupSizes: (sizes) => `deelnemers per focusgroep (${sizes.join(" en ")})`,
  focusGroupCount: "aantal focusgroepen",
  table2Mentions: (row) => `vermeldingen van "${row}", geteld uit de gecodeerde fragmenten`,
  table2Repetition: "de herhaling in de tekst van een aantal uit Tabel 2",
  pooledThreshold: "de drempel die de rij 'Overig' bepaalt; als zodanig toegepast",
  notMeasured: (printed) => `afgedrukt als "${printed}": niet gemeten`,
  prePostMean: (tp, kind) =>
    `gemiddelde ${kind === "cluster" ? "clusterscore" : "itemscore"} op de ${tp === "pre" ? "retrospectieve voormeting" : "nameting"}`,
  noEffectSize: (printed, dAv) =>
    `afgedrukt als "${printed}": geen effectgrootte om mee te vergelijken${dAv === null ? "" : ` (gereproduceerde d_av = ${dAv})`}`,
  dAv: "Cohens d_av (gemiddeld verschil gedeeld door het gemiddelde van de SD's voor en na)",
  dAvVariants: (printed, variants, dz, drm) =>
    `Cohens d_av (gemiddeld verschil gedeeld door het gemiddelde van de SD's voor en na); varianten die tot ${printed} afronden: ${variants.length > 0 ? variants.join(", ") : "geen"} (d_z = ${dz}, d_rm = ${drm})`,
  pairedTest: "gepaarde t-toets, tweezijdig",
  pairedTestResult: (df, t, p, ns) =>
    `gepaarde t-toets, tweezijdig: t(${df}) = ${t}, p = ${p}; het artikel ${ns ? "drukt 'niet sig.' af" : "veronderstelt p < ,05 (alleen Werkdruk is als 'niet sig.' gemarkeerd)"}`,
  itemWording: "itemformulering; het codeboek bewaart die zoals afgedrukt",
  correlation: (field, x, y) =>
    `${
      field === "r"
        ? "Pearsons r"
        : field === "p"
          ? "tweezijdige p van Pearsons r (afgedrukt ',000' betekent p < ,0005 bij drie decimalen)"
          : "paren in de correlatie"
    }, ${x} × ${y} op de nameting`,
  alphaClusters: (count) =>
    `laagste Cronbachs alfa over ${count} clusters en meetmomenten; het artikel zegt dat elk cluster "rond of boven" 0,7 lag, hier gelezen als ten minste 0,65`,
  notCheckable: (kind) =>
    ({
      literature: "aangehaald uit een ander onderzoek",
      context: "een feit over het project",
      threshold: "een drempel die de analyse toepast; als zodanig gebruikt",
      label: "een label of formulering, geen getal",
      "design-fact": "een gegeven van de opzet dat de data niet vastleggen",
      other: "een gegeven van het artikel of de opzet, geen resultaat van de data",
    })[kind],
  undefinedStatistic: "de grootheid is voor deze data niet gedefinieerd",
  noValue: "de data geven er geen waarde voor (elk antwoord waarop ze berust ontbreekt, of de grootheid is niet gedefinieerd)",
  notComputableOn: (e, why) => `${e}; niet te berekenen op deze data: ${why}`,
  notAvailable: (e) => `${e}; niet beschikbaar in deze data`,
  dashAsZero: (e) => `${e}; afgedrukte "-" gelezen als 0`,
  inconsistent: (e, f) => `${e}. ${f}`,
  auditNote: (e, f) => `${e}. Opmerking uit de audit: ${f}`,
  matchedByConstruction: (how, e) => `overeenkomst door constructie (${reconstructionHowNl(how)}); ${e}`,
});

/** The catalogue of each language. */
export const RESULTS_TEXT: Readonly<Record<Lang, ResultsText>> = Object.freeze({ en: RESULTS_TEXT_EN, nl: RESULTS_TEXT_NL });
