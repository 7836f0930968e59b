/**
 * Explanations of same-quantity findings: one quantity printed in several places (English).
 * @module audit/engine/explain/same-quantity
 */

/** Counts, sample sizes, durations or labels that must agree exactly. */
export function sameExactExplained(a: {
  ok: boolean;
  isLabel: boolean;
  kindWord: string;
  count: number;
  printed: string;
  distinct: readonly string[];
  /** When one of the places is a cell of a count table: the table's name and the cell's label. */
  table: { readonly name: string; readonly label: string; readonly totalFails: boolean } | null;
}): { reason: string; plain: string } {
  const plain = a.ok
    ? a.table !== null
      ? `${a.table.name} and the text both give ${a.distinct[0]} for "${a.table.label}". The text repeats the table correctly${
          a.table.totalFails
            ? "; note, though, that this printed total does not match the cells it should add up (see the count-table finding)"
            : ""
        }.`
      : `The article prints this ${a.kindWord} in ${a.count} places (${a.printed}), and all say the same${a.isLabel ? "" : ` (${a.distinct[0]})`}. The repetitions agree with each other.`
    : `The article prints this ${a.kindWord} in ${a.count} places (${a.printed}), but they do not all agree. At least one of them is wrong.`;
  return {
    reason: a.ok
      ? `All ${a.count} mentions (${a.printed}) give the same ${a.isLabel ? "text" : `value, ${a.distinct[0]}`}.`
      : `The ${a.count} mentions (${a.printed}) give different values: ${a.distinct.join(", ")}.`,
    plain,
  };
}

/** Means printed twice whose rounding intervals do not overlap. */
export function sameMeanConflict(a: { reason: string; texts: readonly string[] }): { reason: string; plain: string } {
  return {
    reason: a.reason,
    plain: `The article reports the same average twice, as ${a.texts.join(" and ")}. A true value would print as ${a.texts.join(" in one place and ")} only if it lay in two ranges that do not overlap, so at least one of the two numbers is wrong. Which one the article meant cannot be told from the text.`,
  };
}

/**
 * Means printed twice that agree; with `timepoints` (each printed text with its stated time point)
 * when the places differ in time point, and `missing` ("X") printed where the text places it.
 */
export function sameMeanAgree(a: {
  reasons: readonly string[];
  texts: readonly string[];
  timepoints: readonly { text: string; timepoint: string }[] | null;
  missing: string;
  missingWhere: string;
  note: string | null;
}): { reason: string; plain: string } {
  const reason = `${a.reasons.join(" ")}${
    a.timepoints !== null
      ? ` The values agree, but the text places ${a.timepoints.map((t) => `${t.text} at "${t.timepoint}"`).join(" and ")}${
          a.missing !== "" ? `, and ${a.missingWhere} prints ${a.missing} for the time point the text gives` : ""
        } (a note, not an impossible number).`
      : ""
  }`;
  const plain =
    a.timepoints !== null
      ? (a.note ??
        `The article reports this average as ${a.texts.join(" and ")} at different time points (${a.timepoints.map((t) => t.timepoint).join(" and ")}). The numbers agree, but both cannot describe the same moment unless nothing changed. This does not make either number impossible.`)
      : `The article reports this average twice, as ${a.texts.join(" and ")}; both can be roundings of the same value. The repetition agrees.`;
  return { reason, plain };
}
