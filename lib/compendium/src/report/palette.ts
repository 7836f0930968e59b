/**
 * Colour-blind-safe colours for figures and the report.
 *
 * Okabe, M., & Ito, K. (2008). *Color universal design (CUD): How to make figures and
 * presentations that are friendly to colorblind people*. https://jfly.uni-koeln.de/color/
 *
 * The eight colours stay distinguishable under protanopia, deuteranopia and tritanopia; the
 * figures never rely on colour alone (markers differ in shape, bars carry labels).
 *
 * @module report/palette
 */
import { ReportError, requireInteger } from "./errors.js";

/** The Okabe–Ito palette. */
export const OKABE_ITO = {
  black: "#000000",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
} as const;

/** Roles of colours in the figures, so that "before" is the same orange everywhere. */
export const FIGURE_COLOURS = {
  /** Retrospective pre-test ("voor"). */
  pre: OKABE_ITO.orange,
  /** Post-test ("na"). */
  post: OKABE_ITO.blue,
  /** Values reproduced by the compendium. */
  reproduced: OKABE_ITO.blue,
  /** Values printed in the article. */
  published: OKABE_ITO.vermillion,
  /** Fit lines. */
  fit: OKABE_ITO.vermillion,
  /** Answers about oneself (Table 2). */
  self: OKABE_ITO.blue,
  /** Answers about teachers in general (Table 2). */
  teachers: OKABE_ITO.orange,
  /** Neutral scale point, reference lines, individual respondents. */
  neutral: "#BBBBBB",
  /** Text and axis lines. */
  ink: "#333333",
  /** Light grid lines. */
  grid: "#E5E5E5",
} as const;

const LIKERT_NEGATIVE: Readonly<Record<number, readonly string[]>> = {
  1: ["#E69F00"],
  2: ["#D55E00", "#E69F00"],
  3: ["#D55E00", "#E69F00", "#F3CD7F"],
};
const LIKERT_POSITIVE: Readonly<Record<number, readonly string[]>> = {
  1: ["#0072B2"],
  2: ["#56B4E9", "#0072B2"],
  3: ["#A9D8F4", "#56B4E9", "#0072B2"],
};

/**
 * Diverging colours for a Likert scale with `k` points (2 to 7): vermillion–orange for the
 * unfavourable side, sky blue–blue for the favourable side, grey for the middle point of an odd
 * scale. Index 0 is scale point 1. By default the high end is favourable; for a construct where
 * more is bad news (werkdruk, `higherIsBetter: false` in the codebook) the colours run the
 * other way, so blue always means good news.
 *
 * @param k Number of scale points, an integer from 2 to 7.
 * @param higherIsBetter Whether the high end of the scale is the favourable one (default true).
 * @returns k colours.
 * @throws {ReportError} OUT_OF_RANGE for another k.
 * @example likertColours(5) // ["#D55E00", "#E69F00", "#BBBBBB", "#56B4E9", "#0072B2"]
 * @example likertColours(5, false) // ["#0072B2", "#56B4E9", "#BBBBBB", "#E69F00", "#D55E00"]
 */
export function likertColours(k: number, higherIsBetter = true): readonly string[] {
  requireInteger("likertColours", "k", k, 2, 7);
  const half = Math.floor(k / 2);
  const neg = LIKERT_NEGATIVE[half] ?? [];
  const pos = LIKERT_POSITIVE[half] ?? [];
  const colours = k % 2 === 1 ? [...neg, FIGURE_COLOURS.neutral, ...pos] : [...neg, ...pos];
  return higherIsBetter ? colours : colours.reverse();
}

/** Colours of a change in the favourable direction, none, and the unfavourable one. */
export const CHANGE_COLOURS = {
  better: OKABE_ITO.blue,
  same: "#999999",
  worse: OKABE_ITO.vermillion,
} as const;

function channel(hex: string, offset: number): number {
  const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/**
 * Black or white, whichever contrasts more with a background colour (WCAG 2.1 relative
 * luminance and contrast ratio, https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
 *
 * @param background A colour `#rrggbb`.
 * @returns `"#000000"` or `"#FFFFFF"`.
 * @throws {ReportError} INVALID_ARGUMENT for another colour notation.
 * @example textColourOn("#0072B2") // "#FFFFFF"
 */
export function textColourOn(background: string): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(background)) {
    throw new ReportError("INVALID_ARGUMENT", "textColourOn", `background is "${background}"; expected a colour #rrggbb`, "background");
  }
  const l = 0.2126 * channel(background, 1) + 0.7152 * channel(background, 3) + 0.0722 * channel(background, 5);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? "#000000" : "#FFFFFF";
}
