/**
 * Number formatting and small words of the Dutch explanations: the same numbers as the English
 * ones ({@link fmt} and {@link fmtP} of `../format.ts`, {@link formatShort} of @behoud/stats),
 * written with the decimal comma, and a tiny number as a power of ten.
 * @module audit/engine/explain/nl/format
 */
import { formatPShort, formatShort } from "@behoud/stats";

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  "-": "⁻",
  "+": "",
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
};

/**
 * A number as JavaScript or {@link formatShort} writes it ("4.05", "1.2e-5", "< 0.000001"),
 * rewritten with the decimal comma and an exponent as a power of ten.
 * @example dutchNumber("4.05") // "4,05"
 * @example dutchNumber("1.3e-5") // "1,3·10⁻⁵"
 */
export function dutchNumber(text: string): string {
  return text.replace(
    /(\d+)(?:\.(\d+))?e([-+]?\d+)|(\d)\.(\d)/g,
    (m, int?: string, frac?: string, exp?: string, a?: string, b?: string) => {
      if (exp !== undefined && int !== undefined) {
        const mantissa = frac === undefined ? int : `${int},${frac}`;
        return `${mantissa}·10${[...exp].map((c) => SUPERSCRIPT[c] ?? c).join("")}`;
      }
      return a !== undefined && b !== undefined ? `${a},${b}` : m;
    },
  );
}

/**
 * A number in a Dutch explanation: as the English {@link fmt} (at most `decimals` decimals,
 * trailing zeros dropped, tiny numbers as 0), with the decimal comma.
 * @example fmtNl(0.123456) // "0,123"
 * @example fmtNl(-0.25, 2) // "-0,25"
 */
export function fmtNl(x: number, decimals = 3): string {
  return dutchNumber(formatShort(x, { decimals, tiny: "zero" }));
}

/**
 * A p-value in a Dutch explanation: two significant digits, a power of ten below 0.0001.
 * @example fmtPNl(0.0000126) // "1,3·10⁻⁵"
 * @example fmtPNl(0.0362) // "0,036"
 */
export function fmtPNl(p: number): string {
  return dutchNumber(formatPShort(p, { digits: 2, tiny: "exponent" }));
}

/**
 * A number in a Dutch check reason: at most `decimals` decimals, a tiny number as a power of ten.
 * @example reasonNumber(0.0125, 4) // "0,0125"
 */
export function reasonNumber(x: number, decimals = 3): string {
  return dutchNumber(formatShort(x, { decimals }));
}

/**
 * A p-value in a Dutch check reason: three significant digits, "< 0,000001" below that bound.
 * @example reasonP(0.036249) // "0,0362"
 */
export function reasonP(p: number): string {
  return dutchNumber(formatPShort(p));
}

/** "p = 0,0362" or "p < 0,000001". @example pPhraseNl(0.036249) // "p = 0,0362" */
export function pPhraseNl(p: number): string {
  const t = reasonP(p);
  return t.startsWith("<") ? `p ${t}` : `p = ${t}`;
}

/** "nul", "één", "twee", … for small counts, digits otherwise. @example countWordNl(2) // "twee" */
export function countWordNl(k: number): string {
  return ["nul", "één", "twee", "drie", "vier", "vijf"][k] ?? String(k);
}

/** "tienden", "honderdsten" for 10, 100 steps per unit. @example stepsWordNl(10) // "tienden" */
export function stepsWordNl(steps: number): string {
  return steps === 10 ? "tienden" : steps === 100 ? "honderdsten" : `stappen van 1/${steps}`;
}

/** "eerste", "tweede", … @example ordinalWordNl(1) // "tweede" */
export function ordinalWordNl(index: number): string {
  return ["eerste", "tweede", "derde", "vierde", "vijfde"][index] ?? `${index + 1}e`;
}

/** A scale in a sentence: "1–5-schaal", or "begrensde schaal" without anchors. @example scaleNl("1–5") // "1–5-schaal" */
export function scaleNl(scale: string): string {
  return /\d/.test(scale) ? `${scale}-schaal` : `${scale} schaal`;
}
