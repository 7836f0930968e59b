/**
 * Explanations of subset-count findings: respondents who all gave an answer against how often a
 * table counts that answer (English).
 * @module audit/engine/explain/subset-count
 */

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
}): { reason: string; plain: string } {
  return {
    reason: `${a.k} respondents ("${a.text}") ${a.doing} need at least ${a.k} of ${a.table}'s ${a.mentions} (${a.counts.join(" + ")} = ${a.total})${
      a.group !== null ? ` and can be no more than the ${a.group} lowest scorers` : ""
    }; ${a.ok ? "both hold" : "this fails"}.`,
    plain: a.ok
      ? `The text says the ${a.k} ${a.who} all ${a.did}. ${a.table} counts ${a.total} ${a.mentions} (${a.counts.join(" and ")} for the ${a.counts.length === 2 ? "two" : a.counts.length} questions), enough to include these ${a.k} respondents whichever question they answered. The statement fits the table.`
      : `The text says ${a.k} respondents ${a.did}, but ${a.table} counts fewer ${a.mentions} than that, so the statement and the table disagree.`,
  };
}
