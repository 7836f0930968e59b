/**
 * The Dutch words of the lesson tables (notebook/lessons holds the English {@link LESSON_TEXT};
 * both satisfy {@link LessonText}).
 * @module notebook/lessons-nl
 */
import type { LessonText } from "./lessons.js";

/** The time points as the Dutch captions name them. */
const TIMEPOINTS: Readonly<Record<string, string>> = { pre: "vóór de leergang", post: "na de leergang" };

/** The Dutch words of the lesson tables (headers, notes, the claim's attribution). */
export const LESSON_TEXT_NL: LessonText = {
  symbol: "symbool",
  meaning: "betekenis",
  value: "waarde (afgerond)",
  full: "volledige precisie (vergeleken)",
  notComputable: "niet te berekenen",
  firstRows: (shown, total, what) =>
    shown < total ? `De eerste ${shown} van ${total} ${what}; de berekening gebruikt ze alle ${total}.` : `Alle ${total} ${what}.`,
  rowsWhat: "rijen",
  claimPlace: (place) => `(${place})`,
  matrixCaption: (timepoint) => `Pearson-correlaties van de scores ${TIMEPOINTS[timepoint] ?? timepoint}`,
  matrixNote: (low, high) => `Pearsons r over paarsgewijs volledige gevallen (n = ${low} tot ${high}).`,
  publishedColumns: { printed: "afgedrukt", place: "plaats" },
};
