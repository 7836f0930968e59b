/**
 * Explanation of a reliability statement printed without values (English).
 * @module audit/engine/explain/reliability
 */

/** `wording` is the article's wording of the bound ("around or above"). */
export function reliabilityStated(a: { text: string; wording: string; inferred: boolean }): { reason: string; plain: string } {
  return {
    reason: `The article states that every cluster's Cronbach's alpha was "${a.wording}" ${a.text} but prints no alpha, no item count and no item data, so the statement cannot be checked${a.inferred ? " (the value is inferred from the wording)" : ""}.`,
    plain: `The article says all question clusters reached a reliability (Cronbach's alpha) of about ${a.text} or more. It prints no alpha values and not even how many questions each cluster has, so a reader cannot check this; "around" also allows values somewhat below ${a.text}. Only the raw answers could settle it.`,
  };
}
