/**
 * The languages the engine writes its findings in, and how a rule set's own words are read in
 * one of them: a text field `x` of a rule holds the English wording, `x_nl` the Dutch one.
 *
 * @module audit/engine/lang
 */
import { StatsError } from "@behoud/stats";

/** A language of the findings: English ("en", the default) or Dutch ("nl"). */
export type Lang = "en" | "nl";

/** Every {@link Lang}, in a fixed order. */
export const LANGS: readonly Lang[] = ["en", "nl"];

/**
 * Whether a string names a {@link Lang}.
 * @example isLang("nl") // true
 * @example isLang("de") // false
 */
export function isLang(x: unknown): x is Lang {
  return x === "en" || x === "nl";
}

/**
 * The wording of a rule's text field in a language: `rule[field]` for English, `rule[field + "_nl"]`
 * for Dutch.
 * @param rule The rule (any object with the field).
 * @param field Name of the English field.
 * @param lang The language.
 * @param path Where the rule stands in the rule set, named in the error ("listedCounts[0]").
 * @throws {StatsError} INVALID_ARGUMENT when the rule has no wording in that language.
 * @example ruleText({ what: "items", what_nl: "vragen" }, "what", "nl", "listedCounts[0]") // "vragen"
 * @example ruleText({ what: "items" }, "what", "en", "listedCounts[0]") // "items"
 */
export function ruleText<K extends string>(
  rule: { readonly [P in K]: string } & { readonly [P in `${K}_nl`]?: string | undefined },
  field: K,
  lang: Lang,
  path: string,
): string {
  if (lang === "en") return rule[field];
  const nl = (rule as Readonly<Record<string, string | undefined>>)[`${field}_nl`];
  if (nl === undefined)
    throw new StatsError(
      "INVALID_ARGUMENT",
      "runAudit",
      `rule ${path} has no ${field}_nl; expected the Dutch wording of ${field} for lang "nl"`,
      "rules",
    );
  return nl;
}
