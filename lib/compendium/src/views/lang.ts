/**
 * The report's languages and how each writes numbers.
 *
 * English follows APA (7th ed., §6.36): a decimal point, no leading zero for quantities that
 * cannot exceed 1 (p, r, alpha), `p < .001`. Dutch writes the decimal comma throughout, and a
 * leading zero everywhere, as the article itself does ("0,05", "0,4"): `p < 0,001`, `r = 0,57`.
 * Both write a typeset minus sign nowhere (the hyphen-minus is what readers copy and search for).
 * @module views/lang
 */
import { formatNumber, type DecimalSeparator } from "@behoud/stats";
import { ReportError } from "../report/errors.js";
import { LANG_ENV } from "./lang-env.js";

// One definition of the languages, in @behoud/audit (its findings come in the same languages).
import { isLang, LANGS, type Lang } from "@behoud/audit";

export type { Lang };

/**
 * Reads a language code.
 * @throws {ReportError} INVALID_ARGUMENT for anything but `en` or `nl`.
 * @example
 * parseLang("nl") // "nl"
 */
export function parseLang(text: string): Lang {
  if (isLang(text)) return text;
  throw new ReportError("INVALID_ARGUMENT", "parseLang", `language is "${text}"; expected one of: ${LANGS.join(", ")}`, "lang");
}

/**
 * A text catalogue's type with its literal strings widened to `string`: the type of a translation,
 * which has the same members as the English catalogue (so TypeScript finds a missing one) and its
 * own words.
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => R
    : { readonly [K in keyof T]: Widen<T[K]> };

export { LANG_ENV } from "./lang-env.js";

/**
 * The default language of tables, figures and sentences: `$BEHOUD_LANG` when it names one of
 * {@link LANGS}, else English. `npm run reproduce -- --lang nl` sets it for the kernels, so a
 * notebook's tables and figures come out in the run's language without a line of notebook code.
 * @example defaultLang() // "en" (BEHOUD_LANG is not set here)
 */
export function defaultLang(): Lang {
  const value = typeof process === "undefined" ? undefined : process.env[LANG_ENV];
  return isLang(value) ? value : "en";
}

/** How one language writes the numbers of a report. */
export interface NumberStyle {
  readonly lang: Lang;
  readonly decimalSeparator: DecimalSeparator;
  /** Whether quantities bounded by 1 (p, r, alpha) keep their leading zero. */
  readonly leadingZero: boolean;
  /** A number with fixed decimals: `3.99` / `3,99`. */
  num(x: number, decimals: number): string;
  /** A quantity bounded by 1 (r, alpha, a proportion): `.57` / `0,57`. */
  bounded(x: number, decimals: number): string;
  /** A change, with its sign: `+0.49` / `+0,49`. */
  signed(x: number, decimals: number): string;
  /** A p-value without "p": `.043`, `< .001` / `0,043`, `< 0,001`. */
  p(p: number): string;
  /** A p-value clause: `p = .043`, `p < .001`. */
  pClause(p: number): string;
  /** An interval in words' brackets: `[0.33, 0.88]` / `[0,33; 0,88]`. */
  ci(lower: number, upper: number, decimals: number): string;
  /** A share (0–1) as a percentage with a space before the sign: `57%`. */
  percent(share: number, decimals?: number): string;
  /** A list joined with commas and the language's "and". */
  list(items: readonly string[]): string;
  /** The separators for plotly's `layout.separators` (decimal, then thousands). */
  readonly plotlySeparators: string;
}

function makeStyle(lang: Lang): NumberStyle {
  const decimalSeparator: DecimalSeparator = lang === "nl" ? "," : ".";
  const leadingZero = lang === "nl";
  const and = lang === "nl" ? "en" : "and";
  const num = (x: number, d: number): string => formatNumber(x, d, { decimalSeparator });
  const p = (value: number): string => {
    if (!Number.isFinite(value) || value < 0 || value > 1)
      throw new ReportError("INVALID_ARGUMENT", "NumberStyle.p", `p is ${value}; expected a probability in [0, 1]`, "p");
    const zero = leadingZero ? "0" : "";
    if (value < 0.001) return `< ${zero}${decimalSeparator}001`;
    const text = formatNumber(value, 3, { decimalSeparator, leadingZero });
    return text.startsWith("1") ? `> ${zero}${decimalSeparator}999` : text;
  };
  return {
    lang,
    decimalSeparator,
    leadingZero,
    num,
    bounded: (x, d) => formatNumber(x, d, { decimalSeparator, leadingZero }),
    signed: (x, d) => {
      const text = num(x, d);
      return x > 0 && /[1-9]/.test(text) ? `+${text}` : text;
    },
    p,
    pClause: (value) => {
      const text = p(value);
      return text.startsWith("<") || text.startsWith(">") ? `p ${text}` : `p = ${text}`;
    },
    ci: (lower, upper, d) => `[${num(lower, d)}${decimalSeparator === "," ? "; " : ", "}${num(upper, d)}]`,
    percent: (share, d = 0) => `${num(share * 100, d)}%`,
    list: (items) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`),
    plotlySeparators: lang === "nl" ? ",." : ".,",
  };
}

const STYLES: Readonly<Record<Lang, NumberStyle>> = { en: makeStyle("en"), nl: makeStyle("nl") };

/**
 * The number style of a language.
 * @example
 * const nl = numberStyle("nl");
 * [nl.num(3.987, 2), nl.pClause(0.0004), nl.ci(0.331, 0.879, 2), nl.bounded(0.574, 2)]
 * // ["3,99", "p < 0,001", "[0,33; 0,88]", "0,57"]
 * const en = numberStyle("en");
 * [en.num(3.987, 2), en.pClause(0.0004), en.ci(0.331, 0.879, 2), en.bounded(0.574, 2)]
 * // ["3.99", "p < .001", "[0.33, 0.88]", ".57"]
 */
export function numberStyle(lang: Lang): NumberStyle {
  return STYLES[lang];
}
