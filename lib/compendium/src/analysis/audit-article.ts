/**
 * The audit applied to the article: the rule engine of `@behoud/audit` run on every number that
 * Koffeman, Van de Kuilen & Snoek (2023) print (data/published.json), as the article's rule set
 * (data/audit-rules.json, schema data/audit-rules.schema.json) directs. Everything specific to the
 * article (which ids belong together, the claims and their quotes, Hattie's thresholds, construct
 * names) is in those two files; this module only loads them.
 *
 * @module analysis/audit-article
 */
import { defaultLang } from "../views/lang.js";
import { articleDataDir } from "./article-data.js";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  findingSeverity,
  parseRuleSet,
  rankFindings,
  runAudit,
  type AuditReport,
  type AuditRuleSet,
  type Finding,
  type FindingSeverity,
  type Lang,
  type Published,
  type RankedFinding,
} from "@behoud/audit";
import { DataError } from "../data/errors.js";
import { loadPublished } from "./published.js";

/** One finding of {@link auditArticle} (the engine's {@link Finding}). */
export type ArticleFinding = Finding;

/** Result of {@link auditArticle} (the engine's {@link AuditReport}). */
export type ArticleAudit = AuditReport;

/** The compendium's data/ folder (or its packed copy), with the article's published values and rule set. */
const ARTICLE_DATA_DIR = articleDataDir();

/** The article's rule set shipped with the compendium (data/audit-rules.json). */
export const ARTICLE_RULES_FILE = join(ARTICLE_DATA_DIR, "audit-rules.json");

/**
 * Reads and checks a rule set of the audit engine (by default the article's, data/audit-rules.json).
 * Only the structure is checked here; that every id it names is a published value is checked when
 * the engine runs.
 * @param file The rules file.
 * @throws {DataError} UNREADABLE when the file is missing or not JSON, INVALID_CODEBOOK when its
 *   structure is not a rule set; both name the file and the problem.
 * @example loadAuditRules().sampleSize // "design.participants.n"
 */
export function loadAuditRules(file: string = ARTICLE_RULES_FILE): AuditRuleSet {
  const fn = "loadAuditRules";
  if (!existsSync(file))
    throw new DataError(
      "UNREADABLE",
      fn,
      `${file} does not exist; expected the audit's rule set (data/audit-rules.json, see data/README.md)`,
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new DataError(
      "UNREADABLE",
      fn,
      `${file} could not be read as JSON (${(e as Error).message}); expected the audit's rule set (data/audit-rules.json)`,
    );
  }
  try {
    return parseRuleSet(parsed);
  } catch (e) {
    throw new DataError(
      "INVALID_CODEBOOK",
      fn,
      `${file} is not a valid rule set: ${(e as Error).message} (schema: data/audit-rules.schema.json)`,
    );
  }
}

let shipped: AuditRuleSet | null = null;

/** The article's rule set (data/audit-rules.json), read once. @example articleRules().pairedTable?.key // "table3" */
export function articleRules(): AuditRuleSet {
  shipped ??= loadAuditRules();
  return shipped;
}

/** One threshold of the article's effect-size benchmarks. */
export interface EffectSizeThreshold {
  /** Published id of the threshold (data/published.json). */
  readonly id: string;
  readonly value: number;
  /** The comparison the article states for qualifying: ">=" (from the value on) or ">" (above it). */
  readonly relation: string;
  /** The threshold as printed ("0,4"). */
  readonly text: string;
  /** Its name in English and Dutch ("worth the effort", "de moeite waard"). */
  readonly label: { readonly en: string; readonly nl: string };
}

/**
 * Hattie's thresholds as the article uses them, from their single definition in data/: value,
 * printed text and comparison from the published values (data/published.json), names from the
 * rule set's `effectSizeBands` (data/audit-rules.json).
 * @throws {DataError} INVALID_CODEBOOK when the rule set has no effect-size bands, a label lacks
 *   "en" or "nl", or a threshold is not a published number.
 * @example articleEffectSizeThresholds().high.value // 0.6
 */
export function articleEffectSizeThresholds(): { readonly worthwhile: EffectSizeThreshold; readonly high: EffectSizeThreshold } {
  thresholds ??= readThresholds();
  return thresholds;
}

let thresholds: { readonly worthwhile: EffectSizeThreshold; readonly high: EffectSizeThreshold } | null = null;

function readThresholds(): { readonly worthwhile: EffectSizeThreshold; readonly high: EffectSizeThreshold } {
  const fn = "articleEffectSizeThresholds";
  const bands = articleRules().effectSizeBands;
  if (bands === undefined)
    throw new DataError(
      "INVALID_CODEBOOK",
      fn,
      `${ARTICLE_RULES_FILE} has no effectSizeBands; expected the article's effect-size thresholds (worthwhile, high)`,
    );
  const published = loadPublished(ARTICLE_DATA_DIR);
  const one = (which: "worthwhile" | "high"): EffectSizeThreshold => {
    const rule = bands[which];
    const en = rule.label.en;
    const nl = rule.label.nl;
    if (en === undefined || nl === undefined)
      throw new DataError("INVALID_CODEBOOK", fn, `${ARTICLE_RULES_FILE}: effectSizeBands.${which}.label needs "en" and "nl"`);
    const v = published.has(rule.id) ? published.get(rule.id) : undefined;
    if (v === undefined || v.value === null)
      throw new DataError(
        "INVALID_CODEBOOK",
        fn,
        `${ARTICLE_RULES_FILE}: effectSizeBands.${which}.id "${rule.id}" is not a published number in data/published.json`,
      );
    return { id: rule.id, value: v.value, relation: v.relation ?? ">=", text: v.text, label: { en, nl } };
  };
  return { worthwhile: one("worthwhile"), high: one("high") };
}

/**
 * Runs every applicable consistency check of the audit on every number the article prints and
 * says, for each published id, which finding covers it or why none can: `runAudit` of
 * `@behoud/audit` with the article's rule set (see the engine for the checks and their order).
 *
 * Only findings that prove a printed number wrong list ids in `affects`; wording findings,
 * findings that depend on an assumption the article does not make (the d variant, sidedness) and
 * statcheck's p = .000 rule leave it empty.
 *
 * With `lang: "nl"` every text of every finding (reason, plain explanation, the reasons of values
 * no check applies to) is in Dutch with the decimal comma, from the engine's Dutch catalogue and
 * the `_nl` wordings of the rule set and the published values; the verdicts, ids and numbers are
 * the same in both languages.
 *
 * @param published The published values (`values` of data/published.json, or `loadPublished()`).
 * @param rulesOrOptions The rule set (default: the article's, data/audit-rules.json), or the options
 *   when the article's rule set is meant.
 * @param options The language of the texts (`lang`: "en" or "nl"; default `defaultLang()`, English unless BEHOUD_LANG says otherwise).
 * @returns Findings, the ids they cover and the ids no check applies to (with the reason).
 * @throws {StatsError} INVALID_ARGUMENT when ids are duplicated, the rule set names an id that is
 *   not published (naming the rule and the id), the sample size is missing, or a Dutch wording
 *   (an `_nl` field) is missing for `lang: "nl"`.
 * @throws {DataError} when data/audit-rules.json is missing or invalid.
 * @example
 * const audit = auditArticle(loadPublished());
 * audit.findings.find((f) => f.key === "grim.results.part1.behoud.b")?.verdict // "inconsistent"
 * @example
 * const nl = auditArticle(loadPublished(), { lang: "nl" });
 * nl.findings.find((f) => f.key === "sum.design.participants.n")?.reason // "31 + 20 = 51, gelijk aan het afgedrukte totaal 51."
 *
 * References: Brown & Heathers (2017), https://doi.org/10.1177/1948550616673876 (GRIM);
 * Nuijten et al. (2016), https://doi.org/10.3758/s13428-015-0664-2 (statcheck); Lakens (2013),
 * https://doi.org/10.3389/fpsyg.2013.00863 (paired d); Hattie (2009), Visible learning
 * (thresholds as the article cites them). Validated by test/compendium/analysis/audit-article.test.ts
 * against hand computations written out in the test.
 */
export function auditArticle(
  published: Pick<Published, "values">,
  rulesOrOptions: AuditRuleSet | ArticleAuditOptions = articleRules(),
  options: ArticleAuditOptions = {},
): ArticleAudit {
  const isRules = "sampleSize" in rulesOrOptions;
  const rules = isRules ? rulesOrOptions : articleRules();
  const opts = isRules ? options : rulesOrOptions;
  return runAudit(published, rules, { lang: opts.lang ?? defaultLang() });
}

/** Options of {@link auditArticle}. */
export interface ArticleAuditOptions {
  /** Language of the findings' texts: "en" or "nl"; default `defaultLang()`. */
  readonly lang?: Lang;
}

/**
 * The severity of one of the article's findings (`findingSeverity` of `@behoud/audit` with the
 * article's rule set), or null for a finding that found nothing wrong.
 * @example
 * const audit = auditArticle(loadPublished());
 * audit.findings.filter((f) => f.key === "count-table.table2").map((f) => articleFindingSeverity(f)) // ["impossible-number"]
 */
export function articleFindingSeverity(finding: Finding, rules: AuditRuleSet = articleRules()): FindingSeverity | null {
  return findingSeverity(finding, rules);
}

/**
 * The article's inconsistent findings, most serious first.
 * @example
 * rankArticleFindings(auditArticle(loadPublished())).map((r) => r.severity)[0] // "impossible-number"
 */
export function rankArticleFindings(audit: ArticleAudit, rules: AuditRuleSet = articleRules()): RankedFinding[] {
  return rankFindings(audit.findings, rules);
}
