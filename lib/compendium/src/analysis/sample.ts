/**
 * The sample: rounds, demographics, part-1 answers and societal appreciation.
 * @module analysis/sample
 */
import type { Dataset } from "../data/index.js";
import { descriptives as computeDescriptives, type Descriptives } from "@behoud/stats";
import { attempt, undefinedDescriptives } from "./computable.js";

/** Descriptives, or NaN ones (n and missing counted) when every value is missing. */
function descriptives(values: readonly (number | null)[]): Descriptives {
  return attempt(
    "mean and SD",
    { construct: null },
    () => computeDescriptives(values),
    () => undefinedDescriptives(values),
  ).value;
}

/** Frequency of one category. */
export interface Frequency {
  readonly value: string;
  readonly count: number;
}

/** Result of {@link describeSample}. */
export interface SampleSummary {
  /** Rows of the respondent files. */
  readonly n: number;
  /** Respondents with at least one answer (a row whose every answer is missing takes part in no analysis). */
  readonly nAnswered: number;
  readonly rounds: readonly { readonly round: string; readonly n: number; readonly nAnswered: number; readonly expected: number | null }[];
  readonly experience: Descriptives;
  readonly fte: Descriptives;
  readonly sector: readonly Frequency[];
  readonly course: readonly Frequency[];
  readonly choiceReason: readonly Frequency[];
  readonly lookingFor: readonly Frequency[];
  /** Part-1 items (development opportunities at the start, intention to stay in education). */
  readonly part1: { readonly ontwikkelmogelijkhedenStart: Descriptives; readonly behoudOnderwijs: Descriptives };
  readonly societal: Descriptives & {
    /** Frequencies of every scale point 1..5. */
    readonly distribution: readonly number[];
    /** Respondents with the lowest score given, and whether each names a salary increase for teachers. */
    readonly lowest: { readonly score: number; readonly respondents: readonly string[]; readonly namesSalary: readonly boolean[] };
  };
}

function frequencies(values: readonly (string | null)[]): Frequency[] {
  const m = new Map<string, number>();
  for (const v of values) {
    const k = v ?? "(missing)";
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([value, count]) => ({ value, count }));
}

/**
 * Describes the sample as the article's method section and part 1 do: respondents per round,
 * years of experience, fte, sector, course, reasons, the part-1 items and societal appreciation
 * with its lowest scorers and whether they name a salary increase (label `meer-salaris`) for teachers.
 * @example
 * const s = describeSample(loadDataset());
 * s.rounds // [{ round: "2019-20", n: 31, nAnswered: 31, expected: 31 }, { round: "2020-21", n: 20, nAnswered: 20, expected: 20 }]
 * s.experience.mean // 12.51
 * s.experience.sd // 6.56
 * s.societal.lowest // { score: 2, respondents: ["R19-11", "R19-17", "R20-13"], namesSalary: [true, true, true] }
 */
export function describeSample(ds: Dataset): SampleSummary {
  const r = ds.respondents;
  const rounds = r.text("round");
  // A respondent "answered" when any field other than the code and the round has a value.
  const answerColumns = r.fields.filter((f) => f.name !== "respondent" && f.name !== "round").map((f) => r.column(f.name));
  const answered = (i: number): boolean => answerColumns.some((col) => col[i] !== null && col[i] !== undefined);
  const answeredFlags = Array.from({ length: r.rowCount }, (_, i) => answered(i));
  const roundList = ds.codebook.resources
    .filter((res) => res.kind === "respondents")
    .map((res) => ({
      round: res.round ?? res.name,
      n: rounds.filter((v) => v === res.round).length,
      nAnswered: rounds.filter((v, i) => v === res.round && answeredFlags[i] === true).length,
      expected: res.expectedRows,
    }));
  const societalValues = r.numeric("maatschappelijke_waardering");
  const societal = descriptives(societalValues);
  const distribution = [1, 2, 3, 4, 5].map((k) => societalValues.filter((v) => v === k).length);
  const ids = r.text("respondent");
  const lowestIdx = societalValues.map((v, i) => (v === societal.min ? i : -1)).filter((i) => i >= 0);
  const codingRespondents = ds.coding.text("respondent");
  const codingQuestion = ds.coding.text("question");
  const codingCode = ds.coding.text("code");
  const salary = new Set(codingRespondents.filter((_, k) => codingQuestion[k] === "teachers" && codingCode[k] === "meer-salaris"));
  return {
    n: r.rowCount,
    nAnswered: answeredFlags.filter(Boolean).length,
    rounds: roundList,
    experience: descriptives(r.numeric("experience_years")),
    fte: descriptives(r.numeric("fte")),
    sector: frequencies(r.text("sector")),
    course: frequencies(r.text("course")),
    choiceReason: frequencies(r.text("choice_reason")),
    lookingFor: frequencies(r.text("looking_for")),
    part1: {
      ontwikkelmogelijkhedenStart: descriptives(r.numeric("ontwikkelmogelijkheden_start")),
      behoudOnderwijs: descriptives(r.numeric("behoud_onderwijs")),
    },
    societal: {
      ...societal,
      distribution,
      lowest: {
        score: societal.min,
        respondents: lowestIdx.map((i) => ids[i] ?? "?"),
        namesSalary: lowestIdx.map((i) => salary.has(ids[i] ?? "")),
      },
    },
  };
}
