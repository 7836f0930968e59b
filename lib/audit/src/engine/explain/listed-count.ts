/**
 * Explanations of listed-count findings: a count in words against the things listed (English).
 * @module audit/engine/explain/listed-count
 */

export function listedCountExplained(a: { ok: boolean; text: string; stated: number; listed: number; what: string }): {
  reason: string;
  plain: string;
} {
  return {
    reason: `The text says "${a.text}" (${a.stated}); the article lists ${a.listed} ${a.what}.`,
    plain: a.ok
      ? `The article says there are ${a.text} (${a.stated}) and indeed lists ${a.listed} ${a.what}. The count agrees.`
      : `The article says there are ${a.text} (${a.stated}) but lists ${a.listed} ${a.what}. The two do not agree.`,
  };
}
