/**
 * The one-sentence reasons of the audit's checks in Dutch, written from each result's details
 * (the English sentence is the result's own `reason`).
 * @module audit/engine/explain/nl/reasons
 */
import type { CheckReasons } from "../catalogue.js";
import type { AuditResult } from "../../../result.js";
import type { GrimDetails } from "../../../grim.js";
import type { ClosureDetails } from "../../../closure.js";
import type { SameQuantityDetails } from "../../../same-quantity.js";
import type { CountLine, CountTableDetails } from "../../../count-table.js";
import type { PValueDetails } from "../../../statcheck.js";
import type { CorrelationRange, PairedEffectDetails } from "../../../paired.js";
import { pPhraseNl, reasonNumber as num, reasonP } from "./format.js";

/** A GRIM result in Dutch. */
export function grimReasonNl(r: AuditResult<GrimDetails>): string {
  const d = r.details;
  const what = d.percent ? "percentage" : "gemiddelde";
  const whats = d.percent ? "percentages" : "gemiddelden";
  const respondents = d.items === 1 ? `${d.n} respondenten` : `${d.n} respondenten × ${d.items} items`;
  const shown = d.reported + (d.percent ? "%" : "");
  if (r.verdict === "not-testable")
    return `Met ${respondents} zijn ${whats} mogelijk in stappen van ${num(d.granularity, 4)}, niet groter dan het laatste afgedrukte cijfer van ${shown}; elk ${what} met deze precisie is dus mogelijk en de toets kan geen fout vinden.`;
  if (r.verdict === "consistent")
    return `Een ${what} van ${shown} is mogelijk met ${respondents}: een totaal van ${d.sums.lower} geeft ${num(d.possibleValues[0] ?? Number.NaN, d.decimals + 3)}, afgerond ${shown}.`;
  const near = d.nearest.map((v) => `${num(v.value, d.decimals + 3)} (${v.rounded})`).join(" en ");
  return `Geen totaal van antwoorden in gehele getallen van ${respondents} geeft een ${what} dat als ${shown} wordt afgerond; de dichtstbijzijnde mogelijke ${whats} zijn ${near}.`;
}

/** A CLOSURE result in Dutch. */
export function closureReasonNl(r: AuditResult<ClosureDetails>): string {
  const d = r.details;
  const where = `${d.n} antwoorden op een schaal van ${d.scale.min} tot ${d.scale.max}${
    d.minimum === null ? "" : ` met precies ${d.minimum.count} keer ${d.minimum.score} en geen lager`
  }`;
  const fits = `een gemiddelde dat als ${d.mean} wordt afgerond${d.sd === null ? "" : ` en een SD die als ${d.sd} wordt afgerond`}`;
  if (d.stoppedBy === "maxSums" && d.steps === 0)
    return `Te groot om op te sommen: er zijn meer totalen van ${where} met een gemiddelde dat als ${d.mean} wordt afgerond dan deze toets onderzoekt (maxSums).`;
  if (d.count === 0 && d.stoppedBy === "maxSteps")
    return `Te groot om op te sommen: de zoektocht naar verzamelingen van ${where} stopte na ${d.steps} stappen (maxSteps) zonder er een te vinden met ${fits}; of er een bestaat, is niet bekend.`;
  if (d.count === 0) return `Geen enkele verzameling van ${where} heeft ${fits}.`;
  const example = d.examples[0];
  const exampleText =
    example === undefined
      ? ""
      : `, bijvoorbeeld ${example
          .map((c, i) => [c, d.values[i] as number] as const)
          .filter(([c]) => c > 0)
          .map(([c, v]) => `${c} × ${v}`)
          .join(", ")}`;
  const howMany = !d.complete
    ? `Ten minste ${d.count} verschillende verzamelingen`
    : d.count === 1
      ? "Precies één verzameling"
      : `${d.count} verschillende verzamelingen`;
  return `${howMany} van ${where} ${d.count === 1 && d.complete ? "heeft" : "hebben"} ${fits}${exampleText}.`;
}

/** A same-quantity result in Dutch. */
export function sameQuantityReasonNl(r: AuditResult<SameQuantityDetails>): string {
  const d = r.details;
  const range = (iv: { lower: number; upper: number }): string => `${num(iv.lower, 6)} tot ${num(iv.upper, 6)}`;
  const head = `${d.first.text} staat voor ${range(d.first.interval)} en ${d.second.text} voor ${range(d.second.interval)}`;
  if (d.overlap !== null)
    return `${head}; een werkelijke waarde van ${num(d.overlap.lower, 6)} tot ${num(d.overlap.upper, 6)} wordt als beide afgedrukt.`;
  return `${head}; deze intervallen raken elkaar niet (afstand ${num(d.gap, 6)}), dus de twee kunnen niet hetzelfde getal zijn dat verschillend is afgerond.`;
}

/** A count-table result in Dutch. */
export function countTableReasonNl(r: AuditResult<CountTableDetails>): string {
  const d = r.details;
  const lines = [...d.rows, ...d.columns];
  if (r.verdict === "not-testable") return "Er zijn geen totalen afgedrukt, dus er valt niets na te tellen.";
  const describe = (l: CountLine): string => {
    const diff = l.difference ?? 0;
    return `"${l.label}" telt op tot ${l.cellSum}, maar het afgedrukte totaal is ${l.printed} (${Math.abs(diff)} ${diff > 0 ? "meer" : "minder"})`;
  };
  const problems = lines.filter((l) => l.status === "off").map(describe);
  const missingAny = lines.some((l) => l.missingCells > 0);
  const g = d.grandTotal;
  if (g !== null && g.difference !== 0 && !(missingAny && g.difference > 0)) {
    const alt =
      g.columnTotalsSum === g.printed
        ? ", al is het gelijk aan de som van de afgedrukte kolomtotalen"
        : g.rowTotalsSum === g.printed
          ? ", al is het gelijk aan de som van de afgedrukte rijtotalen"
          : "";
    problems.push(`het eindtotaal ${g.printed} wijkt af van de som van alle cellen, ${g.cellSum}${alt}`);
  }
  if (problems.length === 0) {
    const possible = lines.filter((l) => l.status === "possible");
    return possible.length === 0
      ? "Elk afgedrukt totaal is gelijk aan de som van zijn cellen."
      : `Elk afgedrukt totaal is gelijk aan de som van zijn cellen, als de lege cellen in ${possible.map((l) => `"${l.label}"`).join(", ")} de ontbrekende aantallen bevatten.`;
  }
  const text = problems.join("; ");
  return `${text.charAt(0).toUpperCase() + text.slice(1)}.`;
}

/** The printed statistic, e.g. "r(49) = ,57". */
function statisticNl(d: PValueDetails): string {
  const head =
    d.test === "F"
      ? `F(${d.df1 ?? "?"}, ${d.df2 ?? "?"})`
      : d.test === "z"
        ? "z"
        : d.test === "chi2"
          ? `χ²(${d.df1 ?? "?"})`
          : `${d.test}(${d.df1 ?? "?"})`;
  return `${head} ${d.statisticRelation} ${d.statistic}`;
}

/** "0,001" for a p printed with three decimals, in the separator it was printed with. */
function pBound(pText: string | null): string {
  const decimals = /[.,](\d+)/.exec(pText ?? "")?.[1]?.length ?? 3;
  const sep = pText?.includes(",") === true ? "," : ".";
  return `${sep}${"0".repeat(Math.max(0, decimals - 1))}1`;
}

/** A statcheck-style p-value result in Dutch. */
export function pValueReasonNl(r: AuditResult<PValueDetails>): string {
  const d = r.details;
  const label = statisticNl(d);
  if (r.verdict === "not-testable") {
    const bad =
      d.df1 !== null && !(d.df1 > 0)
        ? { value: d.df1, name: "df1" }
        : d.df2 !== null && !(d.df2 > 0)
          ? { value: d.df2, name: "df2" }
          : null;
    if (bad !== null)
      return `${label} heeft ${bad.value} vrijheidsgraden${d.test === "F" ? ` (${bad.name})` : ""}; vrijheidsgraden moeten positief zijn, dus er kan geen p-waarde worden herberekend.`;
    if (d.test === "r" && Math.abs(d.statisticValue) > 1)
      return `Een correlatie van ${d.statistic} is onmogelijk (die moet tussen -1 en 1 liggen), dus er kan geen p-waarde worden herberekend.`;
    return `De gerapporteerde waarden zijn onmogelijk (${label}), dus er kan geen p-waarde worden herberekend.`;
  }
  const recomputed = `${label} geeft ${pPhraseNl(d.computedP)} (tussen ${reasonP(d.computedPRange.lower)} en ${reasonP(d.computedPRange.upper)} over het afrondingsinterval van de toetsgrootheid)`;
  const reportedPText = d.pRelation === "ns" ? "niet significant" : `p ${d.pRelation} ${d.p ?? ""}`;
  if (r.verdict === "consistent") {
    const oneTailNote = d.oneTailedApplied ? ", als de toets eenzijdig was, zoals de tekst zegt" : d.tails === "one" ? " (eenzijdig)" : "";
    return `${recomputed}; dat stemt overeen met de gerapporteerde ${reportedPText}${oneTailNote}.`;
  }
  const computedSignificant = d.computedP <= d.alpha;
  if (d.pZero) {
    const bound = pBound(d.p);
    const lessNote =
      d.pZeroAsLessThanConsistent === true
        ? `; gelezen als p < ${bound} zou het kloppen`
        : `; ook gelezen als p < ${bound} zou het niet kloppen`;
    return `Een p-waarde is nooit precies 0, dus "${reportedPText}" is volgens de regel van statcheck een fout (te rapporteren als p < ${bound}); ${label} geeft ${pPhraseNl(d.computedP)}${lessNote}${
      d.decisionError ? ", en de conclusie over significantie verandert" : ""
    }.`;
  }
  const decision = d.decisionError
    ? `, en dit verandert de conclusie bij alfa = ${num(d.alpha)} (de tekst zegt ${computedSignificant ? "niet significant" : "significant"}, de herberekende p zegt ${computedSignificant ? "significant" : "niet significant"})`
    : "";
  return `${recomputed}; dat stemt niet overeen met de gerapporteerde ${reportedPText}${decision}.`;
}

function rangesNl(ranges: readonly CorrelationRange[], grid: { from: number; to: number }): string {
  return ranges
    .map((g) => {
      const atLow = g.from <= grid.from + 1e-12;
      const atHigh = g.to >= grid.to - 1e-12;
      if (atLow && atHigh) return "elke correlatie tussen voor- en nameting";
      if (atHigh) return `een correlatie tussen voor- en nameting van ten minste ${num(g.from, 3)}`;
      if (atLow) return `een correlatie tussen voor- en nameting van hoogstens ${num(g.to, 3)}`;
      return `een correlatie tussen voor- en nameting van ${num(g.from, 3)} tot ${num(g.to, 3)}`;
    })
    .join(" of ");
}

/** A paired effect-size result in Dutch; `dText` is d as printed. */
export function pairedEffectReasonNl(r: AuditResult<PairedEffectDetails>, dText: string): string {
  const d = r.details;
  const sig = d.significance === "significant";
  const sigWord = sig ? "significant" : "niet significant";
  const feasible = d.variants.filter((v) => v.feasible);
  const dz = d.variants.find((v) => v.variant === "d_z");
  const dzSentence =
    dz !== undefined && dz.tRange !== null && dz.pRange !== null && !dz.dependsOnR
      ? `gelezen als d_z geeft d = ${dText} bij n = ${d.n} t(${d.df}) = ${num(dz.tRange.lower, 2)} tot ${num(dz.tRange.upper, 2)}, p = ${reasonP(dz.pRange.lower)} tot ${reasonP(dz.pRange.upper)}, wat ${
          dz.feasible ? sigWord : sig ? "niet significant" : "significant"
        } is`
      : null;
  if (feasible.length === 0) {
    const dNote = d.variants.every((v) => !v.dFits)
      ? `geen enkele lezing van d = ${dText} is te reproduceren uit de gerapporteerde gemiddelden${d.sdsReported ? " en SD's" : ""}`
      : `geen enkele lezing van d = ${dText} laat dat toe${dzSentence !== null ? ` (${dzSentence})` : ""}`;
    return `De tekst noemt het verschil tussen voor- en nameting ${sigWord}, maar ${dNote}.`;
  }
  const parts = feasible.map(
    (v) => `${v.variant} (bij ${v.dependsOnR ? rangesNl(v.feasibleR, d.rGrid) : "elke correlatie tussen voor- en nameting"})`,
  );
  const infeasible = d.variants.filter((v) => !v.feasible).map((v) => v.variant);
  const tail =
    infeasible.length === 0
      ? ""
      : `; niet als d ${infeasible.join(" of ")} is${dzSentence !== null && infeasible.includes("d_z") ? ` (${dzSentence})` : ""}`;
  return `d = ${dText} en een ${sigWord} verschil passen bij elkaar als d ${parts.join(" of ")} is${tail}.`;
}

/** The Dutch reasons of every check. */
export const REASONS_NL: CheckReasons = Object.freeze({
  grim: grimReasonNl,
  closure: closureReasonNl,
  sameQuantity: sameQuantityReasonNl,
  countTable: countTableReasonNl,
  pValue: pValueReasonNl,
  pairedEffect: pairedEffectReasonNl,
});
