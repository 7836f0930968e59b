/**
 * The explanations of every check in Dutch, with the same arguments as the English modules of
 * `../` (one function per English function; {@link EXPLAIN_NL} collects them).
 * @module audit/engine/explain/nl/explain
 */
import type { AuditResult } from "../../../result.js";
import type { GrimDetails } from "../../../grim.js";
import type { EffectSizeBand } from "../claim.js";
import { grimReasonNl } from "./reasons.js";
import { countWordNl, dutchNumber, fmtNl as fmt, fmtPNl as fmtP, scaleNl, stepsWordNl } from "./format.js";

type Explained = { reason: string; plain: string };

const NOTHING_AGAINST = "dat zegt niets ten nadele van het getal";

// ---------------------------------------------------------------------------------------------
// GRIM

export function grimNotWholeNumber(a: { text: string; n: number; unit: string; steps: number; decimals: number; description: string }): {
  reason: string;
  plain: string;
  assumption: string;
} {
  const d = countWordNl(a.decimals);
  return {
    reason: `${a.unit} is per persoon geen geheel getal; zelfs als de waarden in ${stepsWordNl(a.steps)} zijn vastgelegd, bewegen gemiddelden van ${a.n} waarden in stappen van ${fmt(1 / (a.steps * a.n), 4)}, fijner dan de ${d} afgedrukte decimalen, dus GRIM kan ${a.text} niet toetsen.`,
    plain: `GRIM gaat na of een gemiddelde uit antwoorden in gehele getallen kan komen. ${a.description}, dus het gemiddelde van ${a.n} personen kan bij ${d} decimalen vrijwel elke waarde aannemen. De toets kan hier geen fout vinden; ${NOTHING_AGAINST}.`,
    assumption: `${a.unit} vastgelegd in ${stepsWordNl(a.steps)} (stappen van ${fmt(1 / a.steps, 4)}) of fijner`,
  };
}

export function grimClusterMean(a: { text: string; n: number; table: string; scale: string; check: AuditResult<GrimDetails> }): Explained {
  return {
    reason: `${grimReasonNl(a.check)} ${a.table} vermeldt niet uit hoeveel items het cluster bestaat; het gemiddelde van een cluster van k items beweegt in stappen van 1/(${a.n}·k), dus GRIM is hooguit voor één item informatief.`,
    plain: `${a.table} geeft ${a.text} voor een cluster vragen op een ${scaleNl(a.scale)}. Een gemiddelde van ${a.n} antwoorden in gehele getallen beweegt in stappen van 1/${a.n} ≈ ${fmt(1 / a.n, 3)}, een gemiddelde over meer items in nog kleinere stappen, beide fijner dan de ene afgedrukte decimaal. Elk gemiddelde met één decimaal is dus mogelijk en deze toets kan geen fout vinden; ${NOTHING_AGAINST}.`,
  };
}

export function grimImpossible(a: {
  text: string;
  n: number;
  check: AuditResult<GrimDetails>;
  nNote: string;
  largest: number | null;
  subsampleSizes: readonly number[];
  subsampleName: string;
}): Explained {
  const near = a.check.details.nearest.map((x) => `${x.sum}/${a.n} = ${fmt(x.value, 4)}`).join(" en ");
  return {
    reason: grimReasonNl(a.check) + a.nNote,
    plain: `Als ${a.n} personen elk één vraag met een geheel getal beantwoorden, kan hun gemiddelde alleen een veelvoud van 1/${a.n} zijn: de twee waarden die het dichtst bij ${a.text} liggen, zijn ${near}, afgerond ${a.check.details.nearest.map((x) => x.rounded).join(" en ")}, nooit ${a.text}. ${a.text} kan dus niet het gemiddelde van ${a.n} zulke antwoorden zijn. Het zou wel kunnen als minder mensen hadden geantwoord${
      a.largest !== null ? ` (hooguit ${a.largest} van de ${a.n})` : ""
    }${a.subsampleSizes.length > 0 ? `, bijvoorbeeld alleen de ${a.subsampleSizes.join(" of ")} respondenten van één ${a.subsampleName}` : ""}, maar het artikel noemt zo'n N niet.`,
  };
}

export function grimPossible(a: { text: string; n: number; unit: string; check: AuditResult<GrimDetails>; nNote: string }): Explained {
  const r = a.check;
  const asks = `GRIM gaat na of een gemiddelde van ${a.n} ${a.unit} als ${a.text} kan worden afgedrukt.`;
  return {
    reason: grimReasonNl(r) + a.nNote,
    plain:
      r.verdict === "consistent"
        ? `${asks} Dat kan: ${r.details.sums.lower}/${a.n} = ${fmt(r.details.sums.lower / a.n, 4)}. Het getal doorstaat deze toets.`
        : `${asks} Zulke gemiddelden bewegen in stappen van 1/${a.n} ≈ ${fmt(1 / a.n, 3)}, fijner dan de afgedrukte precisie, dus elke waarde met deze precisie is mogelijk. De toets kan hier geen fout vinden; ${NOTHING_AGAINST}.`,
  };
}

export function grimAssumedN(n: number): string {
  return ` Bij deze waarde staat geen N; de N van het artikel, N = ${n}, is aangenomen.`;
}

// ---------------------------------------------------------------------------------------------
// CLOSURE and GRIMMER

export function closureNone(a: { text: string; n: number; minScore: number; minCount: number; max: number }): Explained {
  return {
    reason: `Geen enkele verzameling van ${a.n} antwoorden in gehele getallen van ${a.minScore} tot ${a.max} met precies ${a.minCount} keer ${a.minScore} heeft een gemiddelde dat als ${a.text} wordt afgerond.`,
    plain: `De tekst zegt dat het gemiddelde ${a.text} is en dat de ${a.minCount} laagste scores ${a.minScore} waren. Geen enkele verzameling van ${a.n} antwoorden in gehele getallen past bij beide uitspraken, dus een van beide moet onjuist zijn.`,
  };
}

export function closureSome(a: {
  text: string;
  n: number;
  minScore: number;
  minCount: number;
  max: number;
  count: number;
  total: number;
  first: string;
  last: string;
  sdRange: { min: number; max: number };
}): Explained {
  return {
    reason: `${a.count} frequentieverdelingen van ${a.n} antwoorden in gehele getallen van ${a.minScore} tot ${a.max} met precies ${a.minCount} keer ${a.minScore} hebben een gemiddelde dat als ${a.text} wordt afgerond (totaal ${a.total}), van ${a.first} tot ${a.last}; hun SD's lopen van ${fmt(a.sdRange.min, 2)} tot ${fmt(a.sdRange.max, 2)} (er is geen SD afgedrukt, dus GRIMMER en CLOSURE zelf kunnen niet worden uitgevoerd).`,
    plain: `De tekst geeft een gemiddelde van ${a.text} en zegt dat de ${a.minCount} laagst scorenden een ${a.minScore} gaven. Uitgaande van ${a.n} respondenten die één vraag met een geheel getal beantwoordden, hebben we elke mogelijke verzameling antwoorden opgesomd met precies ${a.minCount} antwoorden ${a.minScore} en geen lager: ${a.count} verzamelingen passen, bijvoorbeeld ${a.first}. De twee uitspraken zijn dus met elkaar in overeenstemming; de SD, die het artikel niet vermeldt, zou tussen ${fmt(a.sdRange.min, 2)} en ${fmt(a.sdRange.max, 2)} liggen.`,
  };
}

export function closureTooLarge(a: { reason: string; text: string; n: number }): Explained {
  return {
    reason: a.reason,
    plain: `Elke verzameling van ${a.n} antwoorden met een gemiddelde van ${a.text} en de genoemde laagste score opsommen zou hier te lang duren. Deze toets kon dus niet worden afgerond. Dat zegt niets ten nadele van de getallen.`,
  };
}

export const CLOSURE_ASSUMPTION_NL =
  "één item met een geheel getal per respondent; de laagste waargenomen score is precies de afgedrukte score, gegeven door precies het afgedrukte aantal respondenten";

export function grimmerNoSds(a: { means: number; note: string }): Explained {
  return {
    reason: `Het artikel vermeldt bij geen van zijn ${a.means} gemiddelden een standaarddeviatie, dus GRIMMER, de toets van een SD aan de schaalgrenzen en CLOSURE kunnen niet worden uitgevoerd.`,
    plain: `Verschillende toetsen (GRIMMER, CLOSURE) gaan na of een gemiddelde en de spreiding ervan (de standaarddeviatie) samen uit antwoorden in gehele getallen kunnen komen. Het artikel rapporteert gemiddelden maar geen standaarddeviaties${a.note}, dus deze toetsen hebben niets om mee te werken.`,
  };
}

// ---------------------------------------------------------------------------------------------
// repeated numbers, sums and counts

export function sumExplained(a: { ok: boolean; expr: string; sum: number; totalText: string; totalLabel: string }): Explained {
  return {
    reason: a.ok
      ? `${a.expr} = ${a.sum}, gelijk aan het afgedrukte totaal ${a.totalText}.`
      : `${a.expr} = ${a.sum}, niet het afgedrukte totaal ${a.totalText}.`,
    plain: a.ok
      ? `Het artikel geeft een totaal van ${a.totalText} ("${a.totalLabel}") en de delen ervan als ${a.expr}. Die tellen op tot het totaal, dus deze steekproefomvangen zijn met elkaar in overeenstemming.`
      : `Het artikel geeft een totaal van ${a.totalText} ("${a.totalLabel}"), maar de delen ${a.expr} tellen op tot ${a.sum}. Ten minste een van deze steekproefomvangen is verkeerd afgedrukt.`,
  };
}

export function sameExactExplained(a: {
  ok: boolean;
  isLabel: boolean;
  kindWord: string;
  count: number;
  printed: string;
  distinct: readonly string[];
  table: { readonly name: string; readonly label: string; readonly totalFails: boolean } | null;
}): Explained {
  const plain = a.ok
    ? a.table !== null
      ? `${a.table.name} en de tekst geven allebei ${a.distinct[0]} voor "${a.table.label}". De tekst neemt het getal correct over${
          a.table.totalFails
            ? "; let wel: dit afgedrukte totaal is niet gelijk aan de som van de cellen die het zou moeten optellen (zie de bevinding over de totalen)"
            : ""
        }.`
      : `Het artikel drukt ${a.kindWord} op ${a.count} plaatsen af (${a.printed}), en overal staat hetzelfde${a.isLabel ? "" : ` (${a.distinct[0]})`}. De herhalingen stemmen met elkaar overeen.`
    : `Het artikel drukt ${a.kindWord} op ${a.count} plaatsen af (${a.printed}), maar ze zijn niet allemaal gelijk. Ten minste een ervan is onjuist.`;
  return {
    reason: a.ok
      ? `${a.count === 2 ? "De 2 vermeldingen" : `Alle ${a.count} vermeldingen`} (${a.printed}) geven ${a.count === 2 ? "allebei " : ""}${a.isLabel ? "dezelfde tekst" : `dezelfde waarde, ${a.distinct[0]}`}.`
      : `De ${a.count} vermeldingen (${a.printed}) geven verschillende waarden: ${a.distinct.join(", ")}.`,
    plain,
  };
}

export function sameMeanConflict(a: { reason: string; texts: readonly string[] }): Explained {
  return {
    reason: a.reason,
    plain: `Het artikel rapporteert hetzelfde gemiddelde twee keer, als ${a.texts.join(" en ")}. Een werkelijke waarde zou alleen als ${a.texts.join(" op de ene plaats en als ")} op de andere worden afgedrukt als ze in twee intervallen lag die elkaar niet overlappen; ten minste een van de twee getallen is dus onjuist. Welk getal het artikel bedoelde, valt uit de tekst niet op te maken.`,
  };
}

export function sameMeanAgree(a: {
  reasons: readonly string[];
  texts: readonly string[];
  timepoints: readonly { text: string; timepoint: string }[] | null;
  missing: string;
  missingWhere: string;
  note: string | null;
}): Explained {
  const reason = `${a.reasons.join(" ")}${
    a.timepoints !== null
      ? ` De waarden stemmen overeen, maar de tekst plaatst ${a.timepoints.map((t) => `${t.text} bij "${t.timepoint}"`).join(" en ")}${
          a.missing !== "" ? `, en ${a.missingWhere} drukt ${a.missing} af voor het tijdstip dat de tekst noemt` : ""
        } (een opmerking, geen onmogelijk getal).`
      : ""
  }`;
  const plain =
    a.timepoints !== null
      ? (a.note ??
        `Het artikel rapporteert dit gemiddelde als ${a.texts.join(" en ")} op verschillende tijdstippen (${a.timepoints.map((t) => t.timepoint).join(" en ")}). De getallen stemmen overeen, maar ze kunnen niet allebei hetzelfde moment beschrijven, tenzij er niets veranderde. Dat maakt geen van beide getallen onmogelijk.`)
      : `Het artikel rapporteert dit gemiddelde twee keer, als ${a.texts.join(" en ")}; beide kunnen afrondingen van dezelfde waarde zijn. De herhaling klopt.`;
  return { reason, plain };
}

export function listedCountExplained(a: { ok: boolean; text: string; stated: number; listed: number; what: string }): Explained {
  return {
    reason: `De tekst zegt "${a.text}" (${a.stated}); het artikel noemt ${a.listed} ${a.what}.`,
    plain: a.ok
      ? `Het artikel spreekt van ${a.text} (${a.stated}) en noemt inderdaad ${a.listed} ${a.what}. Het aantal klopt.`
      : `Het artikel spreekt van ${a.text} (${a.stated}), maar noemt ${a.listed} ${a.what}. De twee komen niet overeen.`,
  };
}

export function countTableExplained(a: {
  consistent: boolean;
  table: string;
  rowsOk: boolean;
  columnFails: readonly { name: string; cellSum: number; printed: number | null }[];
  grand: { cellSum: number; printed: number } | null;
  textRepeats: boolean;
}): string {
  if (a.consistent) return `Elk rij-, kolom- en eindtotaal van ${a.table} is gelijk aan de som van zijn cellen.`;
  const fails = a.columnFails.map((l) => `de kolom ${l.name} telt op tot ${l.cellSum}, niet tot het afgedrukte ${l.printed}`).join(", en ");
  const body = `${a.rowsOk ? `Elk rijtotaal klopt, maar ${fails}` : fails.charAt(0).toUpperCase() + fails.slice(1)}${
    a.grand !== null ? `, en alle cellen samen geven ${a.grand.cellSum}, niet het afgedrukte ${a.grand.printed}` : ""
  }`;
  return `We hebben ${a.table} nageteld. ${body}. Ofwel is er bij het afdrukken een rij weggevallen, ofwel zijn de totalen onjuist${
    a.textRepeats ? "; de tekst herhaalt het totaal en neemt het probleem dus over" : ""
  }. Aan de afzonderlijke aantallen zelf wordt niet getwijfeld.`;
}

export function missingRowExplained(a: {
  explains: boolean;
  table: string;
  row: string;
  rowTotal: number;
  only: { readonly ordinal: string; readonly question: string | null } | null;
}): Explained {
  const where =
    a.only === null ? "" : `, alle in antwoord op de ${a.only.ordinal} vraag${a.only.question === null ? "" : ` ("${a.only.question}")`}`;
  return {
    reason: a.explains
      ? `Eén extra rij ${a.row}, toegevoegd aan de afgedrukte cellen, laat elk rij-, kolom- en eindtotaal van ${a.table} kloppen.`
      : `Geen enkele extra rij laat alle totalen van ${a.table} kloppen.`,
    plain: a.explains
      ? `De afwijkingen volgen één eenvoudig patroon: één rij met ${a.rowTotal} vermeldingen${where}, zou elk totaal kloppend maken, ook het eindtotaal. Mogelijk is dus bij het afdrukken een label weggevallen, terwijl de vermeldingen ervan in de totalen bleven staan. Dit is een verklaring, geen bewijs; het artikel zegt er niets over.`
      : "De afwijkingen zijn niet te verklaren door één ontbrekende rij, dus meer dan één getal moet afwijken.",
  };
}

export function subsetCountExplained(a: {
  ok: boolean;
  k: number;
  text: string;
  group: number | null;
  counts: readonly number[];
  total: number;
  table: string;
  who: string;
  did: string;
  doing: string;
  mentions: string;
}): Explained {
  return {
    reason: `${a.k} respondenten ("${a.text}") die ${a.doing}, vereisen ten minste ${a.k} van de ${a.mentions} in ${a.table} (${a.counts.join(" + ")} = ${a.total})${
      a.group !== null ? ` en kunnen er niet meer zijn dan de ${a.group} laagst scorenden` : ""
    }; ${a.ok ? "aan beide is voldaan" : "hieraan is niet voldaan"}.`,
    plain: a.ok
      ? `De tekst zegt dat de ${a.k} ${a.who} allemaal ${a.did}. ${a.table} telt ${a.total} ${a.mentions} (${a.counts.join(" en ")} voor de ${a.counts.length === 2 ? "twee" : a.counts.length} vragen), genoeg om deze ${a.k} respondenten te omvatten, op welke vraag ze ook antwoordden. De uitspraak past bij de aantallen.`
      : `De tekst zegt dat ${a.k} respondenten ${a.did}, maar ${a.table} telt minder ${a.mentions} dan dat, dus de uitspraak en de aantallen spreken elkaar tegen.`,
  };
}

// ---------------------------------------------------------------------------------------------
// correlations, paired effects, scale bounds

const VERDICT_NL: Readonly<Record<string, string>> = {
  consistent: "consistent",
  inconsistent: "inconsistent",
  "not-testable": "niet toetsbaar",
};

export function pValueExplained(a: {
  reason: string;
  lenientVerdict: string;
  decisionError: boolean;
  pZero: boolean;
  consistent: boolean;
  r: string;
  x: string;
  y: string;
  n: number;
  p: string;
  relation: string;
  computedP: number;
  computedPRange: { lower: number; upper: number };
}): Explained {
  return {
    reason: `${a.reason} Met de andere instelling van statcheck (p = ,000 niet als fout geteld) is het oordeel "${VERDICT_NL[a.lenientVerdict] ?? a.lenientVerdict}"; beslissingsfout: ${a.decisionError ? "ja" : "nee"}.`,
    plain: a.pZero
      ? `Het artikel rapporteert een correlatie van r = ${a.r} tussen ${a.x} en ${a.y} bij ${a.n} personen met "p = ${a.p}". Herberekend uit r en N is p ongeveer ${fmtP(a.computedP)} (tussen ${fmtP(a.computedPRange.lower)} en ${fmtP(a.computedPRange.upper)} voor elke r die als ${a.r} wordt afgedrukt), ver onder ,001, dus de correlatie is duidelijk significant, zoals het artikel zegt. Een p-waarde is nooit precies nul, dus "p = ${a.p}" had als "p < ${a.p.replace(/0$/, "1")}" geschreven moeten worden; statcheck telt dit als een rapportagefout, maar niet als een fout die een conclusie verandert, en de afgedrukte cijfers zijn een juiste afronding.`
      : `Het artikel rapporteert r = ${a.r} bij ${a.n} personen met p ${a.relation} ${a.p}. Herberekend uit r en N is p ongeveer ${fmtP(a.computedP)}. ${a.consistent ? "De gerapporteerde p klopt." : "De gerapporteerde p klopt niet."}`,
  };
}

function rPhrase(r: number | null): string {
  return r === null
    ? "geen correlatie"
    : r <= -0.99
      ? "elke correlatie"
      : r < 0
        ? `vrijwel elke correlatie (ten minste ${fmt(r, 2)})`
        : `een correlatie van ten minste ${fmt(r, 2)}`;
}

export function pairedAllVariants(a: {
  consistent: boolean;
  dzConsistent: boolean;
  table: string;
  name: string;
  pre: string;
  post: string;
  d: string;
  dValue: number;
  n: number;
  significant: boolean;
  rAv: number | null;
  rRm: number | null;
}): string {
  const sigWord = a.significant ? "significant" : "niet significant";
  return a.consistent
    ? `${a.table} geeft voor ${a.name} ${a.pre} vooraf en ${a.post} achteraf, met effectgrootte d = ${a.d}, en het artikel gaat ervan uit dat de verandering ${sigWord} is. Het artikel zegt niet welke van de gebruikelijke versies van d het gebruikte. ${
        a.dzConsistent
          ? `Elke versie past: gelezen als d_z (de versie die bij de t-toets hoort) komt d overeen met t(${a.n - 1}) ≈ ${fmt(a.dValue * Math.sqrt(a.n), 2)}, ${sigWord} zoals beweerd${a.rAv !== null && a.rAv > -0.99 ? `; gelezen als d_av of d_rm is ${rPhrase(a.rAv)} nodig tussen de scores van respondenten vooraf en achteraf` : ""}.`
          : `Gelezen als d_z past d niet (zie de afzonderlijke bevinding); gelezen als d_av of d_rm past d wel als de scores van respondenten vooraf en achteraf ten minste ${fmt(a.rAv ?? a.rRm ?? NaN, 2)} correleren, wat het artikel niet rapporteert.`
      } Deze getallen zijn dus samen mogelijk.`
    : `${a.table} geeft voor ${a.name} ${a.pre} vooraf en ${a.post} achteraf met d = ${a.d}, maar geen enkele versie van d past bij deze gemiddelden in combinatie met de veronderstelde significantie. Ten minste een van de getallen moet onjuist zijn.`;
}

export function pairedDz(a: {
  consistent: boolean;
  reason: string;
  d: string;
  dValue: number;
  n: number;
  alpha: number;
  significant: boolean;
  tRange: { lower: number; upper: number } | null | undefined;
  pRange: { lower: number; upper: number } | null | undefined;
  oneSided: { lower: number; upper: number } | null;
  rAv: number | null;
}): Explained {
  const sigWord = a.significant ? "significant" : "niet significant";
  const alpha = fmt(a.alpha, 4);
  const head = `Als d = ${a.d} de d_z is, de effectgrootte berekend uit de individuele verschillen, heeft de gepaarde t-toets t = d·√N ≈`;
  return {
    reason: `${a.reason}${a.consistent ? "" : " Dit geldt alleen als d de d_z is en de toets tweezijdig; het artikel noemt geen van beide, dus geen enkel afgedrukt getal is aantoonbaar onjuist."}`,
    plain: a.consistent
      ? `${head} ${fmt(a.dValue * Math.sqrt(a.n), 2)} met ${a.n - 1} vrijheidsgraden; dat is ${sigWord} bij ${alpha}, zoals het artikel veronderstelt. In deze lezing kloppen de getallen.`
      : `${head} ${a.tRange !== undefined && a.tRange !== null ? fmt((a.tRange.lower + a.tRange.upper) / 2, 2) : "?"} met ${a.n - 1} vrijheidsgraden en p ≈ ${a.pRange !== undefined && a.pRange !== null ? `${fmt(a.pRange.lower, 3)}–${fmt(a.pRange.upper, 3)}` : "?"}; dat is niet significant bij ${alpha}, terwijl het artikel de verandering als significant behandelt. De tegenspraak verdwijnt als d een andere versie is (d_av of d_rm, met een correlatie tussen voor- en nameting van ten minste ${fmt(a.rAv ?? NaN, 2)}) of als de toets eenzijdig was (p ≈ ${a.oneSided !== null ? `${fmt(a.oneSided.lower, 3)}–${fmt(a.oneSided.upper, 3)}` : "?"}); het artikel zegt geen van beide, dus de afgedrukte getallen zijn onverifieerbaar, niet onmogelijk.`,
  };
}

export function pairedWithoutD(a: {
  notSignificant: boolean;
  table: string;
  name: string;
  pre: string;
  post: string;
  marked: string;
  n: number;
  alpha: number;
  c: number;
  largestPrintedDz: number;
  minSdDiffPrinted: number;
  minSdDiffMax: number;
  zeroPossible: boolean;
  diff: { lower: number; upper: number };
  scale: string;
}): Explained {
  return {
    reason: a.notSignificant
      ? `Met n = ${a.n} is een gepaard verschil niet significant bij ${fmt(a.alpha, 4)} dan en slechts dan als d_z ≤ t(${fmt(1 - a.alpha / 2, 6)}, ${a.n - 1})/√${a.n} = ${fmt(a.c, 4)} (afgedrukte d_z tot ${dutchNumber(a.largestPrintedDz.toFixed(2))}; d_av = d_rm ≤ ${fmt(a.c, 3)}·√(2(1 − r))); de gemiddelden ${a.pre} → ${a.post} blijven niet significant zolang de SD van de verschillen ten minste ${fmt(a.minSdDiffPrinted, 2)} is (${fmt(a.minSdDiffMax, 2)} voor het grootste verschil dat de afronding toelaat${a.zeroPossible ? "; een werkelijk verschil van 0 is ook mogelijk" : ""}).`
      : `Er is geen d afgedrukt; de gemiddelden laten een verschil van ${fmt(a.diff.lower, 2)} tot ${fmt(a.diff.upper, 2)} toe.`,
    plain: `${a.table} geeft voor ${a.name} ${a.pre} vooraf en ${a.post} achteraf en markeert de verandering als "${a.marked}", zonder effectgrootte. Met ${a.n} respondenten is een zo kleine verandering niet significant zolang ze klein is ten opzichte van hoe sterk de veranderingen van personen uiteenlopen: de gestandaardiseerde verandering d_z moet op of onder ${fmt(a.c, 2)} blijven, dat wil zeggen dat de individuele veranderingen een standaarddeviatie van ten minste ongeveer ${fmt(a.minSdDiffPrinted, 2)} punten moeten hebben. Dat is een gewone mate van variatie op een ${scaleNl(a.scale)}, dus de uitspraak past bij de gemiddelden.`,
  };
}

export function scaleBoundsExplained(a: {
  ok: boolean;
  d: string;
  pre: string;
  post: string;
  n: number;
  scale: string;
  diff: { lower: number; upper: number };
  printedDiff: number;
  implied: { lower: number; upper: number };
  cap: number;
}): Explained {
  return {
    reason: `Gelezen als d_av of d_rm met gelijke SD's impliceren d = ${a.d} en een verschil van ${fmt(a.diff.lower, 2)}–${fmt(a.diff.upper, 2)} een SD van ${fmt(a.implied.lower, 2)}–${fmt(a.implied.upper, 2)}; op een ${scaleNl(a.scale)} met gemiddelden ${a.pre} en ${a.post} en n = ${a.n} kan de SD hooguit ${fmt(a.cap, 2)} zijn${a.ok ? "" : ", minder dan nodig"}.`,
    plain: a.ok
      ? `Effectgrootte d is de verandering gedeeld door de spreiding van de scores, dus ${a.d} en een verandering van ongeveer ${fmt(a.printedDiff, 1)} impliceren een spreiding (SD) van ongeveer ${fmt(a.implied.lower, 1)}–${fmt(a.implied.upper, 1)} punten. Op een ${scaleNl(a.scale)} met deze gemiddelden kan de spreiding oplopen tot ${fmt(a.cap, 2)}, dus de geïmpliceerde spreiding is mogelijk. De gemiddelden, de effectgrootte en de schaal passen bij elkaar.`
      : `Effectgrootte d is de verandering gedeeld door de spreiding van de scores; hier is de spreiding die daaruit volgt groter dan een ${scaleNl(a.scale)} bij deze gemiddelden toelaat, dus de getallen kunnen niet allemaal juist zijn.`,
  };
}

// ---------------------------------------------------------------------------------------------
// claims and reliability

export function bandTexts(a: {
  worthwhile: string;
  high: string;
  highRelation: string | null | undefined;
  worthwhileLabel: string;
  highLabel: string;
}): Record<EffectSizeBand, string> {
  const highFrom = a.highRelation === ">" ? "boven" : "vanaf";
  return {
    high: `${a.highLabel} (${highFrom} ${a.high})`,
    worthwhile: `${a.worthwhileLabel} (vanaf ${a.worthwhile}) maar niet ${a.highLabel} (${highFrom} ${a.high})`,
    "below worthwhile": `onder de ${a.worthwhile} die het artikel ${a.worthwhileLabel} noemt`,
  };
}

export function effectSizeClaimExplained(a: {
  fits: boolean;
  d: string;
  interval: { lower: number; upper: number };
  band: EffectSizeBand | null;
  bandText: Record<EffectSizeBand, string>;
  benchmarks: string;
  name: string;
  worthwhile: string;
  high: string;
  worthwhileLabel: string;
  highLabel: string;
  wording: string;
  quote: string;
}): Explained {
  const rule = `Het artikel zegt de vuistregel van ${a.benchmarks} te volgen: effecten vanaf ${a.worthwhile} zijn ${a.worthwhileLabel}, boven ${a.high} ${a.highLabel}.`;
  return {
    reason: `d = ${a.d} (${fmt(a.interval.lower, 3)} tot ${fmt(a.interval.upper, 3)}) is volgens de grenzen van ${a.benchmarks}, die het artikel zegt te volgen, ${a.band === null ? "op de grens van twee banden" : a.bandText[a.band]}; de tekst beschrijft het als ${a.wording}: "${a.quote}".`,
    plain: a.fits
      ? `${rule} Voor ${a.name} is d = ${a.d}, en de formulering van de tekst (${a.wording}) past bij die band. Er valt niets te corrigeren.`
      : `${rule} Voor ${a.name} is d = ${a.d} ${a.band === null ? "op de grens" : a.bandText[a.band]}, maar de tekst beschrijft het als ${a.wording}. Aan het getal zelf wordt niet getwijfeld; de woorden beweren meer dan de eigen maatstaf van het artikel toelaat.`,
  };
}

export function poolingBoundExplained(a: {
  ok: boolean;
  table: string;
  bound: string;
  smallest: number;
  quote: string;
  smallColumnLabels: number;
  pooledLabel: string;
}): Explained {
  return {
    reason: `Elk label dat ${a.table} apart vermeldt, heeft een rijtotaal boven ${a.bound} (kleinste ${a.smallest}), zoals "${a.quote}" vereist als de grens voor het totaal van een label geldt; ${a.smallColumnLabels} apart vermelde labels hebben in een kolom een aantal van ${a.bound} of minder, dus de grens kan niet per kolom gelden.`,
    plain: a.ok
      ? `Labels die ${a.bound} keer of minder werden genoemd, zijn samengenomen als "${a.pooledLabel}". Elk label dat apart staat vermeld, werd in totaal vaker genoemd, dus de regel voor het samennemen is consequent toegepast (beide vragen samen geteld).`
      : `Labels die ${a.bound} keer of minder werden genoemd, hadden als "${a.pooledLabel}" samengenomen moeten worden, maar sommige apart vermelde labels werden niet vaker genoemd; de regel voor het samennemen is niet consequent toegepast.`,
  };
}

export function reliabilityStated(a: { text: string; wording: string; inferred: boolean }): Explained {
  return {
    reason: `Het artikel stelt dat de Cronbachs alfa van elk cluster "${a.wording}" ${a.text} lag, maar vermeldt geen alfa, geen aantal items en geen itemgegevens, dus de uitspraak is niet te controleren${a.inferred ? " (de waarde is afgeleid uit de formulering)" : ""}.`,
    plain: `Het artikel zegt dat alle vragenclusters een betrouwbaarheid (Cronbachs alfa) van ongeveer ${a.text} of meer haalden. Het vermeldt geen alfawaarden en zelfs niet hoeveel vragen elk cluster telt, dus een lezer kan dit niet controleren; de formulering "${a.wording}" laat ook waarden iets onder ${a.text} toe. Alleen de ruwe antwoorden kunnen hierover uitsluitsel geven.`,
  };
}

export const NO_CHECK_APPLIES_NL = "Met wat het artikel afdrukt, is op deze waarde geen consistentiecontrole van toepassing.";
