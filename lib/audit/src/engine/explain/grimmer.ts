/**
 * Explanation of the GRIMMER finding when no SD is printed (English).
 * @module audit/engine/explain/grimmer
 */

/** No SDs: GRIMMER, the SD's scale bounds and CLOSURE cannot run. `note` follows "no standard deviations" (", even though …"). */
export function grimmerNoSds(a: { means: number; note: string }): { reason: string; plain: string } {
  return {
    reason: `The article prints no standard deviation for any of its ${a.means} means, so GRIMMER, the scale-bounds test of an SD and CLOSURE cannot run.`,
    plain: `Several checks (GRIMMER, CLOSURE) test whether a mean and its spread (standard deviation) could come from whole-number answers together. The article reports means but no standard deviations${a.note}, so these checks have nothing to work with.`,
  };
}
