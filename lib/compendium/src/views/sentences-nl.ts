/**
 * The Dutch version of every sentence and fixed word of the report (views/sentences holds the
 * English one; both satisfy {@link Sentences}, so neither can miss a sentence the other has).
 * Numbers are written with the decimal comma and a leading zero, as the article writes them.
 * Construct names, labels and item wordings come from the data as the article prints them.
 * @module views/sentences-nl
 */
import type { ResultStatus } from "../analysis/results.js";
import type { FindingCheck, FindingSeverity } from "@behoud/audit";
import type { ConstructFinding, DVariant, Findings, NotTestableKind, PrintedPlace, Table2TotalFinding } from "./findings.js";
import type { FigureFacts } from "./figures.js";
import { numberStyle } from "./lang.js";
import type { Sentences } from "./sentences.js";

const S = numberStyle("nl");
const n2 = (x: number): string => S.num(x, 2);
const signed = (x: number, d = 2): string => S.signed(x, d);
const list = S.list;
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function correlationSentence(c: Findings["correlations"][number]): string {
  const printed = c.r.printed === null ? "" : `; het artikel drukt r = ${c.r.printed} af`;
  return c.r.value === null
    ? `${c.x} met ${c.y}: met deze gegevens niet te berekenen${printed}.`
    : `${c.x} met ${c.y} na de leergang: r = ${S.num(c.r.value, 2)} (n = ${c.n})${printed}.`;
}

function constructSentence(c: ConstructFinding): string {
  const printedPair =
    c.pre.printed !== null && c.post.printed !== null
      ? `het artikel drukt ${c.pre.printed} → ${c.post.printed} af${c.d.printed === null ? "" : `, d = ${c.d.printed}`}${c.printedSignificance === "not significant" ? " (niet significant)" : ""}`
      : c.post.printed !== null
        ? `het artikel drukt ${c.post.printed} af`
        : "";
  if (c.pre.value === null || c.change === null) {
    const post = c.post.value === null ? "niet te berekenen" : n2(c.post.value);
    return `${c.label}: na de leergang ${post}${c.n === null ? " (alleen na de leergang gemeten)" : ""}${printedPair === "" ? "" : `; ${printedPair}`}.`;
  }
  const dir = c.direction === "up" ? "omhoog" : c.direction === "down" ? "omlaag" : "onveranderd";
  const d = c.d.value === null ? "" : `, d_av = ${n2(c.d.value)}`;
  const p = c.pValue === null ? "" : c.significant === true ? `, p < ${S.bounded(0.05, 2)}` : ", niet significant";
  return `${c.label}: ${n2(c.pre.value)} → ${n2(c.post.value ?? Number.NaN)}, ${dir} ${signed(c.change.value)} (95%-BI ${n2(c.change.lower)} tot ${n2(c.change.upper)}${d}${p}, n = ${c.n ?? 0})${printedPair === "" ? "" : `; ${printedPair}`}.`;
}

const STATUS_PHRASES: Readonly<Record<ResultStatus, (n: number) => string>> = {
  "matched-by-construction": (n) => `${n} overeenkomend per constructie`,
  reproduced: (n) => `${n} gereproduceerd op de afgedrukte precisie`,
  "within-rounding": (n) => `${n} binnen één eenheid van het laatst afgedrukte cijfer`,
  "inconsistent-in-article": (n) => `${n} die gezien de eigen getallen van het artikel niet kunnen kloppen`,
  "not-reproduced": (n) => `${n} niet gereproduceerd`,
  "not-checkable": (n) => `${n} die gegevens niet kunnen controleren (labels, aangehaalde literatuur, feiten over de opzet, grenswaarden)`,
};

const OWN_STATUS_PHRASES: Readonly<Record<ResultStatus, (n: number) => string>> = {
  ...STATUS_PHRASES,
  reproduced: (n) => `${n} gelijk aan die van het artikel op de afgedrukte precisie`,
  "within-rounding": (n) => `${n} binnen één eenheid van het laatst afgedrukte cijfer van het artikel`,
  "not-reproduced": (n) => `${n} die van het artikel verschillen`,
};

const CHECK_NAMES: Readonly<Record<FindingCheck, string>> = {
  grim: "GRIM",
  grimmer: "GRIMMER, grenzen van de SD en CLOSURE",
  closure: "CLOSURE",
  "p-value": "herberekende p-waarde",
  "paired-effect": "effectgrootte tegenover gemiddelden en significantie",
  "count-table": "totalen van een tabel",
  "scale-bounds": "binnen de antwoordschaal",
  "same-quantity": "één grootheid twee keer afgedrukt",
  sum: "delen en hun totaal",
  "listed-count": "een aantal tegenover een opsomming",
  "subset-count": "een groep tegenover het aantal van haar antwoord",
  claim: "woorden tegenover de getallen",
  reliability: "uitspraak over de betrouwbaarheid",
};

const percent = (share: number): string => S.percent(share, 0);

/** The Dutch sentences and words of the report. */
export const SENTENCES_NL: Sentences = {
  lang: "nl",
  reportTitle: (f) =>
    f.mode === "shipped"
      ? "Professionele ontwikkeling als strategie om leraren te behouden — reproductie"
      : "Uw gegevens, geanalyseerd met de methoden van “Professionele ontwikkeling als strategie om leraren te behouden”, vergeleken met het artikel",
  reportSubtitle: () => "Koffeman, Van de Kuilen & Snoek (2023), Tijdschrift voor Lerarenopleiders 44(4)",
  syntheticNotice: (f) =>
    f.mode === "shipped"
      ? "Synthetische reconstructie: de respondentgegevens achter dit rapport zijn niet de oorspronkelijke antwoorden op de vragenlijst; die zijn niet openbaar. Ze zijn zo gegenereerd dat ze kloppen met de aggregaten die het artikel publiceert (data/README.md). Echte gegevens in hetzelfde formaat gaan ongewijzigd door dezelfde verwerking."
      : "Synthetische gegevens: het gelezen gegevenspakket zegt dat zijn gegevens synthetisch zijn. Het is niet de meegeleverde reconstructie van dit project (de bestanden verschillen), dus geen enkele waarde hieronder komt per constructie overeen.",
  ownStudyNotice: (f) =>
    f.mode === "shipped"
      ? null
      : `Uw gegevens (${plural(f.respondents, "respondent", "respondenten")}), geanalyseerd met de methoden van het artikel en ermee vergeleken: waar een waarde verschilt, toont het rapport de waarde van het artikel, de uwe en het verschil.`,
  researchQuestion: (k, printed) => {
    const own =
      k === 1 ? "Welke factoren zijn van belang voor het behoud van leraren?" : "Wat is de impact van de leergangen op die factoren?";
    return printed === null ? `Vraag ${k}: ${own}` : `Vraag ${k}: “${printed}”`;
  },
  answerQuestion1: (f) => {
    const out: string[] = [];
    if (f.topLabels.length > 0) {
      const labels = f.topLabels.map((t) => `${t.label} (${t.value}${t.printed === null ? "" : `; het artikel drukt ${t.printed} af`})`);
      out.push(
        `De labels die het vaakst voorkomen in de open antwoorden van ${plural(f.table2Respondents, "respondent", "respondenten")} (beide vragen samen): ${list(labels)}.`,
      );
    } else {
      out.push("De gegevens bevatten geen gecodeerde open antwoorden.");
    }
    for (const c of f.correlations) out.push(correlationSentence(c));
    return out;
  },
  correlationSentence,
  constructSentence,
  statusSentence: (f) => {
    const phrases = f.mode === "shipped" ? STATUS_PHRASES : OWN_STATUS_PHRASES;
    const parts = (Object.keys(f.statusCounts) as ResultStatus[])
      .filter((s) => f.statusCounts[s] > 0)
      .map((s) => phrases[s](f.statusCounts[s]));
    return `Van de ${f.total} waarden die het artikel afdrukt: ${list(parts)}.`;
  },
  constructionSentence: (f) => {
    const n = f.statusCounts["matched-by-construction"];
    if (f.mode !== "shipped" || n === 0) return null;
    return `De ${plural(n, "waarde", "waarden")} die per constructie ${n === 1 ? "overeenkomt, is er een" : "overeenkomen, zijn er"} waarop de synthetische gegevens zijn afgestemd (of die uit zulke waarden volgen): dat de gegevens ze opleveren, bewijst dat er een dataset bestaat die al deze getallen geeft samen met alles wat het artikel verder afdrukt, en dat de verwerking ze berekent, maar het bewijst niets over de echte antwoorden.`;
  },
  auditSentence: (f) => {
    const values = f.statusCounts["inconsistent-in-article"];
    return `De controle van alleen de afgedrukte getallen leverde ${plural(f.audit.findings, "bevinding", "bevindingen")} op, waarvan ${f.audit.inconsistentFindings} inconsistent; die noemen ${plural(f.audit.valuesNamed, "afgedrukte waarde", "afgedrukte waarden")}, waarvan de scorekaart er ${values} als "inconsistent in het artikel" markeert (de andere geven de gegevens zoals afgedrukt, met de aantekening van de controle).`;
  },
  effectVariantSentence: (f) => {
    const all = f.variantsMatchingAll;
    if (all === null) return "Geen enkele afgedrukte effectgrootte is met deze gegevens te vergelijken.";
    const n = f.constructs.filter((c) => c.matchingVariants !== null).length;
    const names: Record<DVariant, string> = {
      d_z: "d_z (gedeeld door de SD van de verschillen)",
      d_av: "d_av (gedeeld door het gemiddelde van de SD's voor en na)",
      d_rm: "d_rm (gecorrigeerd voor de correlatie tussen voor en na)",
    };
    if (all.length > 0)
      return `Met deze gegevens ${n === 1 ? "komt de afgedrukte effectgrootte" : `komen de ${n} afgedrukte effectgroottes`} overeen met ${list(all.map((v) => names[v]))}.`;
    const per = f.constructs
      .filter((c) => c.matchingVariants !== null)
      .map((c) => `${c.label}: ${(c.matchingVariants ?? []).length === 0 ? "geen" : list(c.matchingVariants ?? [])}`);
    return `Met deze gegevens geeft geen enkele variant (d_z, d_av, d_rm) alle ${n} afgedrukte effectgroottes; de varianten die per construct op de afgedrukte waarde afronden: ${per.join("; ")}.`;
  },
  table2TotalsSentence: (f) => {
    const column: Record<Table2TotalFinding["column"], string> = {
      self: "over jezelf",
      teachers: "over leraren",
      total: "in totaal",
    };
    const wrong = f.table2Totals.filter((t) => t.printed !== null && Number(t.printed) !== t.printedCellSum);
    const article =
      wrong.length === 0
        ? "De afgedrukte totalen van het artikel zijn gelijk aan de sommen van zijn afgedrukte cellen."
        : `Het artikel drukt ${list(wrong.map((t) => `${t.printed} ${column[t.column]}`))} af; zijn eigen afgedrukte cellen tellen op tot ${list(wrong.map((t) => String(t.printedCellSum)))}.`;
    const data = `Deze gegevens geven ${list(f.table2Totals.map((t) => `${t.value} ${column[t.column]}`))}${f.table2Totals.some((t) => t.printed !== null && Number(t.printed) !== t.value) ? `, waar het artikel ${list(f.table2Totals.map((t) => t.printed ?? "–"))} afdrukt` : ", zoals het artikel afdrukt"}.`;
    return `${article} ${data}`;
  },
  sampleSentence: (f) => {
    const rounds = f.rounds.map((r) => `${r.n} in ${r.round}`);
    const n3 =
      f.table3N === null
        ? ""
        : f.table3N.min === f.table3N.max
          ? ` Tabel 3 berust op ${f.table3N.max} paren.`
          : ` Tabel 3 berust op ${f.table3N.min} tot ${f.table3N.max} paren per rij.`;
    return `${plural(f.respondents, "respondent", "respondenten")} ${f.respondents === 1 ? "antwoordde" : "antwoordden"} (${list(rounds)})${f.rows > f.respondents ? `, van ${f.rows} gelezen rijen` : ""}.${n3}`;
  },
  robustnessSentence: (f) => {
    const mde =
      f.minimumDetectable === null
        ? ""
        : f.minimumDetectable.d === null
          ? `; met ${f.minimumDetectable.n} paren is het kleinste aantoonbare effect niet te berekenen`
          : `, en het kleinste effect (d_z) dat ${f.minimumDetectable.n} paren met 80% power bij α = ${S.bounded(0.05, 2)} aantonen: ${n2(f.minimumDetectable.d)}`;
    return `Niet in het artikel: de rangtekentoets van Wilcoxon, bootstrapintervallen voor d_av, correctie volgens Holm en Benjamini–Hochberg over de ${plural(f.pairedTests, "gepaarde toets", "gepaarde toetsen")}${mde}.`;
  },
  differenceText: (printed, value, difference) => {
    const d = Math.abs(difference) >= 0.01 || difference === 0 ? S.num(difference, 2) : difference.toPrecision(2).replace(".", ",");
    return `artikel ${printed}, uw waarde ${Number.isInteger(value) ? String(value) : S.num(value, 3)}, verschil ${difference > 0 && !d.startsWith("+") ? `+${d}` : d}`;
  },
  OWN_STUDY_STATUS_NAMES: {
    reproduced: "gelijk aan het artikel",
    "within-rounding": "binnen de afronding van het artikel",
    "not-reproduced": "verschilt van het artikel",
  },
  SEVERITY_NAMES: {
    "impossible-number": "1. Afgedrukte getallen die niet kunnen kloppen",
    "changes-conclusion": "2. Rapportagefouten die een conclusie veranderen",
    "reporting-slip": "3. Slordigheden in de rapportage",
    wording: "4. Kwesties van formulering",
  },
  CHECK_NAMES,
  resolutionSentence: (check: FindingCheck, severity: FindingSeverity) => {
    const byCheck: Readonly<Record<FindingCheck, string>> = {
      grim: "Vermeld het aantal respondenten achter het gemiddelde, of corrigeer het gemiddelde tot een waarde die dat aantal toelaat.",
      grimmer: "Druk de standaarddeviaties af.",
      closure: "Corrigeer het gemiddelde, de laagste score of het aantal daarvan, of vermeld op welke steekproef ze betrekking hebben.",
      "p-value": `Druk de p-waarde af die de toetsingsgrootheid geeft (p < ${S.bounded(0.001, 3)} in plaats van p = ${S.bounded(0, 3)}).`,
      "paired-effect":
        "Vermeld welke effectgrootte is berekend (d_z, d_av of d_rm), de toets en de toetsingsgrootheid (t, df, p), of corrigeer de significantie.",
      "count-table": "Tel de tabel opnieuw uit de gecodeerde antwoorden en corrigeer de cellen of de totalen.",
      "scale-bounds": "Corrigeer de waarde of vermeld op welke schaal ze staat.",
      "same-quantity": "Zeg of de plaatsen verschillende grootheden rapporteren (een andere N, een ander item); corrigeer er anders één.",
      sum: "Corrigeer het totaal of de delen.",
      "listed-count": "Corrigeer het aantal of de opsomming.",
      "subset-count": "Corrigeer het aantal van de groep of van haar antwoord.",
      claim:
        severity === "changes-conclusion"
          ? "Beschrijf het resultaat met de woorden die het eigen criterium van het artikel geeft, of vermeld het criterium dat de bewering ondersteunt."
          : "Herformuleer de zin zodat hij met de getallen overeenkomt.",
      reliability: "Druk de betrouwbaarheidscoëfficiënten af.",
    };
    return byCheck[check];
  },
  printedPlaceText: (p: PrintedPlace) => `“${p.quote}” (${p.location === "" ? p.id : p.location})`,
  notTestableLine: (k: NotTestableKind) => {
    const values = plural(k.ids.length, "waarde", "waarden");
    if (k.kind === "no-check") return `Geen controle van toepassing (${values}): ${k.reason ?? "geen reden vastgelegd"}`;
    const why: Readonly<Partial<Record<FindingCheck, string>>> = {
      grim: "bij deze N liggen de mogelijke gemiddelden dichter bij elkaar dan het laatst afgedrukte cijfer (of de antwoorden zijn geen gehele getallen), dus elk afgedrukt gemiddelde is mogelijk",
      grimmer: "het artikel drukt geen standaarddeviatie af",
      reliability: "het artikel noemt een ondergrens maar drukt geen coëfficiënt af",
    };
    return `${CHECK_NAMES[k.kind]} (${values}): ${why[k.kind] ?? "de afgedrukte getallen laten niets te toetsen over"}.`;
  },
  figureFactsSentence: (facts: FigureFacts | undefined) => {
    if (facts === undefined) return null;
    switch (facts.kind) {
      case "pre-post": {
        const parts = facts.constructs.map((c) => {
          const ci =
            c.changeCi === null ? "" : ` (${S.num(c.changeCi.level * 100, 0)}%-BI ${n2(c.changeCi.lower)} tot ${n2(c.changeCi.upper)})`;
          const who =
            c.better === null || c.worse === null || c.n === 0
              ? ""
              : `; ${c.better.count} van ${c.n} gunstig veranderd, ${c.worse.count} ongunstig`;
          return `${c.label} ${signed(c.meanChange)}${ci}${who}`;
        });
        return parts.length === 0 ? null : `Gemiddelde verandering na − voor: ${parts.join("; ")}.`;
      }
      case "forest": {
        if (facts.effects.length === 0) return null;
        const excl = facts.effects.filter((e) => e.ciExcludesZero).map((e) => e.label);
        const banded = facts.effects.filter((e) => e.band !== null).map((e) => `${e.label} (${e.band?.label})`);
        return `Intervallen zonder nul: ${excl.length === 0 ? "geen" : list(excl)}. Op of boven een grens: ${banded.length === 0 ? "geen" : list(banded)}.`;
      }
      case "likert": {
        if (facts.items.length === 0) return null;
        const sorted = [...facts.items].sort((a, b) => a.favourable.share - b.favourable.share);
        const low = sorted[0];
        const high = sorted[sorted.length - 1];
        if (low === undefined || high === undefined) return null;
        return `Antwoorden aan de gunstige kant van de schaal lopen van ${percent(low.favourable.share)} (${low.label}${low.note === null ? "" : `, ${low.note}`}) tot ${percent(high.favourable.share)} (${high.label}${high.note === null ? "" : `, ${high.note}`}).`;
      }
      case "scatter": {
        const s = facts.scatter;
        return `r = ${n2(s.r)} over ${plural(s.n, "respondent", "respondenten")}: op de getekende lijn ligt ${s.yLabel} ${n2(Math.abs(s.slope))} punt ${s.slope >= 0 ? "hoger" : "lager"} per punt ${s.xLabel}.`;
      }
      case "table2": {
        const top = [...facts.labels].sort((a, b) => b.total - a.total).slice(0, 3);
        return top.length === 0
          ? null
          : `Het vaakst genoemd: ${list(top.map((t) => `${t.label} (${t.total})`))}; ${plural(facts.n, "respondent", "respondenten")}.`;
      }
    }
  },
  WORDS: {
    questionsHeading: "De vragen van het artikel, beantwoord met deze gegevens",
    statusHeading: "Hoe de afgedrukte getallen het doen",
    seeAppendices: "Elke afgedrukte waarde staat in de bijlagen:",
    scorecardLink: "de scorekaart",
    auditLink: "de controle van het artikel",
    scorecardTitle: "Scorekaart: elke gepubliceerde waarde",
    yoursColumn: "Uw waarde",
    sections: {
      summary: "Samenvatting: de antwoorden",
      sample: "1. De steekproef en de opzet",
      table2: "2. De open antwoorden (Tabel 2)",
      reliability: "3. Betrouwbaarheid",
      table3: "4. Voor en na (Tabel 3)",
      correlations: "5. Correlaties",
      focusgroups: "6. Focusgroepen en het balansmodel",
      robustness: "7. Robuustheid",
      audit: "Controle van het artikel",
      auditUntested: "Controle: wat niet te toetsen was, en wat klopte",
    },
    intros: {
      sample: "Tabel 1 van het artikel en de kenmerken van de respondenten (notebook 01).",
      table2: "Labels die aan de antwoorden op de twee open vragen zijn gegeven, geteld per vraag (notebook 02).",
      reliability: "Cronbachs alfa van elk cluster op beide meetmomenten, met het interval van Feldt (notebook 03).",
      table3:
        "Clustergemiddelden voor (retrospectief) en na de leergangen, gepaarde t-toetsen en effectgroottes, beoordeeld met Hatties grenzen 0,4 en 0,6 (notebook 04).",
      correlations: "De twee correlaties die het artikel rapporteert, op de nametingscores (notebook 05).",
      focusgroups: "Open codes gegroepeerd in axiale codes, in de volgorde van het verhaal, en Fig. 1 van het artikel (notebook 06).",
      robustness: "(notebook 07)",
      audit:
        "Controles op alleen de gepubliceerde getallen, zoals een reviewer ze zou uitvoeren (GRIM, herberekende p-waarden, varianten van de effectgrootte tegenover gemiddelden en significantie, totalen van tabellen, herhaalde waarden) (notebook 08).",
      quality: "Bestanden gelezen via het codeboek; elke rij is geanalyseerd of met reden uitgesloten.",
      auditRanked:
        "De bevindingen die iets fout laten zien, de ernstigste eerst: een afgedrukt getal dat niet kan kloppen; een rapportagefout die een conclusie verandert (een geclaimde significantie of klasse van effectgrootte); een slordigheid die de conclusies laat staan; een kwestie van formulering. Elk met het afgedrukte citaat en waar het staat, wat de controle herberekende en wat de kwestie zou oplossen.",
      auditUntested: "Controles die niets konden toetsen, één regel per soort:",
      auditConsistent: "Bevindingen waarbij de afgedrukte getallen met elkaar kloppen:",
    },
    captions: {
      "fig-table2": "Vermeldingen per label en vraag, geteld uit de gecodeerde antwoorden.",
      "fig-pre-post": "Clustergemiddelden voor en na de leergangen, met 95%-intervallen.",
      "fig-forest": "Effectgroottes d_av met 95%-intervallen en Hatties grenzen.",
      "fig-likert": "Antwoorden per item voor en na de leergangen.",
      "fig-balance-model": "Fig. 1 van het artikel, het balansmodel (een schema, geen gegevens).",
      scatter: "Scores na de leergang, één punt per respondent.",
    },
    tables: {
      notComputable: "niet te berekenen",
      withoutAnswer: (n) => `; ${n} zonder enig antwoord`,
      printed: "afgedrukt",
      timepoints: { pre: "voor", post: "na" },
      table1: {
        caption: "Tabel 1. Onderzoeksopzet",
        question: "deelvraag",
        respondents: "respondenten",
        all: (n) => `alle deelnemers (N = ${n})`,
        groups: (a, b, n) => `${a} + ${b} deelnemers (n = ${n})`,
      },
      table2: {
        caption: (n) => `Tabel 2. De aspecten die volgens leraren nodig zijn om ze te behouden voor het onderwijs (N = ${n})`,
        self: "… om jou te behouden",
        teachers: "… om leraren te behouden",
        total: "totaal",
        totalRow: "TOTAAL",
      },
      table2Note: (threshold, self, teachers) =>
        `Aantallen gelabelde fragmenten; een respondent heeft elk label hoogstens één keer per vraag. Labels die in totaal ≤ ${threshold} keer genoemd zijn, tellen mee onder "Overig". Respondenten met minstens één label: ${self} (jou), ${teachers} (leraren).`,
      sample: {
        caption: "De respondenten",
        value: "Waarde",
        note: "M = gemiddelde, SD = standaarddeviatie van de steekproef.",
        round: (round) => `Respondenten, ronde ${round}`,
        codebook: "codeboek",
        both: "Respondenten, beide rondes (N)",
        experience: "Jaren werkervaring, M (SD)",
        fte: "Aanstelling in fte, M (SD)",
        sector: "Sector",
        course: "Leergang",
        development: "Ontwikkelmogelijkheden bij de start (deel 1), M (SD)",
        stay: "Voornemen om in het onderwijs te blijven (deel 1), M (SD)",
        answers: "antwoorden",
      },
      reliability: {
        caption: "Cronbachs alfa per cluster",
        timepoint: "meetmoment",
        standardized: "α (gestandaardiseerd)",
        ci: "95%-BI (Feldt)",
        minItemTotal: "laagste gecorrigeerde item-totaal-r",
        note: "Lijstgewijze verwijdering per cluster en meetmoment. Het artikel neemt 0,70 als ondergrens (Cortina, 1993).",
      },
      items: { caption: "Itemanalyse", rdrop: "gecorrigeerde item-totaal-r", drop: "α zonder dit item", none: "Geen itemanalyse" },
      table3: {
        caption: "Tabel 3. Resultaten schaalvragen (vijfpuntsschaal)",
        item: "vraag (item in het artikel)",
        pre: "voor M (SD)",
        post: "na M (SD)",
        dav: "d_av [95%-BI]",
        note: "Clusterscores zijn het gemiddelde van de items van een cluster. Gepaarde t-toets van na − voor, tweezijdig. d_av = gemiddeld verschil / gemiddelde van de SD's voor en na; BI uit de niet-centrale t-verdeling. X = niet gemeten voor de leergang.",
      },
      variants: {
        caption: "Welke d rapporteerde het artikel? Elke gepaarde variant naast de afgedrukte waarde",
        r: "r (voor, na)",
        note: "d_z = M_verschil / SD_verschil; d_av = M_verschil / ((SD_voor + SD_na)/2); d_rm = d_z·√(2(1 − r)); g = d maal Hedges' exacte correctie voor kleine steekproeven J(n − 1) (Lakens, 2013).",
      },
      correlations: {
        caption: "Correlaties tussen clusterscores (na)",
        pair: "paar",
        ci: "95%-BI (Fisher-z)",
        note: "Paarsgewijs complete gevallen; tweezijdige toetsen.",
      },
      focusGroups: {
        caption: (groups, participants, fragments) =>
          `Focusgroepen: axiale codes in de volgorde van het verhaal (${groups} groepen, ${participants} deelnemers, ${fragments} fragmenten)`,
        axial: "axiale code",
        fragments: "fragmenten",
        groups: "groepen",
        open: "open codes (fragmenten)",
      },
      robustness: {
        caption: "Robuustheid: rangtekentoets van Wilcoxon, bootstrapintervallen voor d_av, gecorrigeerde p-waarden",
        perc: "d_av percentiel-BI",
        bca: "d_av BCa-BI",
        method: { exact: "exact", normal: "normale benadering" },
        note: (a) =>
          `Bootstrap: ${a.replicates} trekkingen van respondenten per construct, seeds ${a.firstSeed} tot ${a.lastSeed}. Wilcoxon: rangen van |verschillen| op 7 significante cijfers. Holm en Benjamini–Hochberg over de ${a.tests} gepaarde toetsen. Kleinste d_z die met 80% power bij α = ${a.alpha} en n = ${a.n} aantoonbaar is: ${a.mde}.${a.partial ? " Holm en Benjamini–Hochberg lopen over de toetsen die te berekenen waren." : ""}`,
      },
      scorecard: {
        caption: "Gepubliceerde en gereproduceerde waarden",
        what: "wat",
        printed: "afgedrukt",
        reproduced: "gereproduceerd",
        explanation: "toelichting",
      },
      audit: {
        caption: "Controle van het artikel: alle bevindingen",
        captionOf: (verdict) => `Controle van het artikel: bevindingen die ${verdict} zijn`,
        check: "controle",
        ids: "gepubliceerde waarden",
        verdict: "oordeel",
        plain: "in gewone woorden",
        verdicts: { consistent: "consistent", inconsistent: "inconsistent", "not-testable": "niet te toetsen" },
      },
      ranked: {
        caption: "Controle van het artikel: bevindingen, de ernstigste eerst",
        captionPrefix: "Controle van het artikel",
        severity: "ernst",
        check: "controle",
        printed: "afgedrukt (citaat en plaats)",
        recomputation: "herberekening",
        resolve: "wat het zou oplossen",
      },
    },
    notebook: {
      check: (label, byHand, library, tolerance) =>
        `✓ ${label}: met de hand ${byHand.replace(".", ",")} = bibliotheek ${library.replace(".", ",")} (relatieve tolerantie ${tolerance.replace(".", ",")})`,
      notComputable: (label, reason) => `${label}: niet te berekenen (${reason})`,
      notComputableNaN: (label, byHand) =>
        `${label}: met deze gegevens niet te berekenen door de bibliotheek (NaN); met de hand ${byHand.replace(".", ",")}`,
      syntheticBanner: (rows) =>
        `> **Synthetische reconstructie.** Deze ${rows} respondenten zijn niet de oorspronkelijke antwoorden op de vragenlijst; die zijn niet openbaar. Ze zijn zo gegenereerd dat ze kloppen met de aggregaten die het artikel publiceert (zie \`data/README.md\`). Echte gegevens in hetzelfde formaat gaan ongewijzigd door dezelfde notebooks.`,
      dataBanner: (rows, folder) =>
        `> Gegevens: ${rows} respondenten gelezen uit ${folder}; het codeboek markeert ze niet als synthetisch.`,
    },
    quality: {
      more: (n) => `… en nog ${n.toLocaleString("nl-NL")} (npm run validate noemt ze allemaal)`,
      accountingCaption: "Elke gelezen rij: geanalyseerd of uitgesloten",
      resource: "bron",
      file: "bestand",
      read: "rijen gelezen",
      analysed: "geanalyseerd",
      excluded: "uitgesloten (reden)",
      row: "rij",
      noWarnings: "Geen waarschuwingen.",
      warnings: "Waarschuwingen",
      noPersonalData: (fields) =>
        `In de ${fields} vrije-tekstvelden zijn geen e-mailadressen, telefoonnummers, postcodes of URL's gevonden.`,
      personalData: (n, kinds) =>
        `${n} mogelijke persoonsgegevens in vrije tekst (${kinds.join(", ")}); die teksten worden niet gepubliceerd, tenzij --publish-flagged-text is opgegeven.`,
      kSummary: (a) =>
        `k = ${a.k} over ${a.quasiIdentifiers.join(", ")}: ${a.groups} combinaties onder ${a.n} rijen; ${a.unique} ${a.unique === 1 ? "wijst" : "wijzen"} één respondent aan, ${a.below} ${a.below === 1 ? "heeft" : "hebben"} er minder dan ${a.threshold} (${a.atRisk} respondenten).`,
      privacyCaption: "Privacy: vrije tekst en k-anonimiteit",
      check: "controle",
      result: "uitkomst",
      scanned: "doorzochte vrije-tekstvelden",
      found: "mogelijke persoonsgegevens gevonden",
      quasiIdentifiers: "quasi-identificatoren",
      generalisation: "generalisatie",
      none: "geen",
      bins: (bins) =>
        Object.entries(bins)
          .map(([f, b]) =>
            "width" in b
              ? `${f} in klassen van breedte ${String(b.width).replace(".", ",")} vanaf ${String(b.origin ?? 0).replace(".", ",")}`
              : `${f} in klassen met grenzen bij ${b.breaks.map((x) => String(x).replace(".", ",")).join("; ")}`,
          )
          .join("; "),
      smallest: "k (kleinste groep)",
      unique: "respondenten die uniek zijn op de quasi-identificatoren",
      of: (a, b) => `${a} van ${b}`,
      below: (k) => `respondenten in groepen kleiner dan k = ${k}`,
    },
    colophon: {
      data: "gegevens",
      synthetic: "synthetische reconstructie die klopt met de gepubliceerde aggregaten (niet de oorspronkelijke antwoorden)",
      supplied: "zoals aangeleverd (het codeboek markeert ze niet als synthetisch)",
      runtime: "runtime",
      kernel: "kernel",
      commit: "commit",
      noGit: "onbekend (geen git-checkout)",
      uncommitted: " (met niet-vastgelegde wijzigingen)",
      storedCommit: "de commit die dit notebook bevat",
    },
    page: {
      contents: "Inhoud",
      dataQuality: "Kwaliteit van de gegevens",
      colophon: "Colofon",
      syntheticData: "Synthetische gegevens",
      figure: "Figuur",
      table: "Tabel",
      appendices: "Bijlagen",
      reproducedColumn: "Gereproduceerd",
      noSection: "Overige waarden",
      statuses: {
        "matched-by-construction": "overeenkomend per constructie",
        reproduced: "gereproduceerd",
        "within-rounding": "binnen de afronding",
        "inconsistent-in-article": "inconsistent in het artikel",
        "not-reproduced": "niet gereproduceerd",
        "not-checkable": "niet te controleren",
      },
      scorecardColumns: {
        value: "Waarde",
        printed: "Afgedrukt",
        quote: "Citaat en plaats",
        status: "Status",
        explanation: "Toelichting",
        notebook: "Notebook",
      },
      filterLegend: "Toon waarden met status",
      valueCount: (n) => `${n} ${n === 1 ? "waarde" : "waarden"}`,
      shownTemplate: "{shown} van {total} waarden getoond",
      noPlotly: "De figuren zijn niet getekend: deze pagina is gemaakt zonder de broncode van plotly.js.",
      bootstrapCap: (maxDraws, replicates) =>
        `De bootstrap loopt alleen tot ${maxDraws.toLocaleString("nl-NL")} getrokken gevallen per construct (respondenten × ${replicates} trekkingen); daarboven neemt het niet-centrale-t-interval van Tabel 3 zijn plaats in.`,
      undefinedWarnings: (n) =>
        `De gegevens laten sommige statistieken onbepaald (${n} ${n === 1 ? "waarschuwing" : "waarschuwingen"} van de validatie):`,
      notComputableList: (n) =>
        `${n} ${n === 1 ? "statistiek staat" : "statistieken staan"} in de tabellen hieronder als "niet te berekenen", en de gepubliceerde waarden die erop berusten als niet gereproduceerd:`,
    },
  },
};
