/**
 * The focus groups: participants, fragments, open codes grouped into axial codes, in narrative order.
 * @module analysis/focusgroups
 */
import type { Dataset } from "../data/index.js";

/** One axial code with its open codes. */
export interface AxialCode {
  readonly code: string;
  readonly label: string;
  readonly labelEn: string;
  readonly order: number;
  readonly description: string;
  readonly fragments: number;
  /** Focus groups in which the theme came up. */
  readonly groups: readonly number[];
  readonly openCodes: readonly { readonly code: string; readonly fragments: number }[];
}

/** Result of {@link summarizeFocusGroups}. */
export interface FocusGroupSummary {
  readonly groups: readonly { readonly group: number; readonly participants: number; readonly fragments: number }[];
  readonly participants: number;
  readonly fragments: number;
  readonly axial: readonly AxialCode[];
}

/**
 * Counts fragments per group, per axial code and per open code, and orders the axial codes as the
 * narrative (the `order` column of the axial-codes resource).
 * @example
 * const fg = summarizeFocusGroups(loadDataset());
 * fg.participants // 6
 * fg.fragments // 28
 * fg.groups // [{ group: 1, participants: 3, fragments: 14 }, { group: 2, participants: 3, fragments: 14 }]
 * fg.axial[0]?.code // "ontwikkeling-als-startpunt"
 */
export function summarizeFocusGroups(ds: Dataset): FocusGroupSummary {
  const fg = ds.focusGroups;
  const group = fg.numeric("group");
  const participant = fg.text("participant");
  const open = fg.text("open_code");
  const axial = fg.text("axial_code");
  const groupIds = [...new Set(group.filter((g): g is number => g !== null))].sort((a, b) => a - b);
  const groups = groupIds.map((g) => ({
    group: g,
    participants: new Set(participant.filter((_, i) => group[i] === g)).size,
    fragments: group.filter((v) => v === g).length,
  }));
  const codes = ds.axialCodes.text("axial_code");
  const labels = ds.axialCodes.text("label_nl");
  const labelsEn = ds.axialCodes.text("label_en");
  const orders = ds.axialCodes.numeric("order");
  const descriptions = ds.axialCodes.text("description");
  const axialCodes: AxialCode[] = codes.map((code, i) => {
    const idx = axial.map((a, k) => (a === code ? k : -1)).filter((k) => k >= 0);
    const openCounts = new Map<string, number>();
    for (const k of idx) openCounts.set(open[k] ?? "", (openCounts.get(open[k] ?? "") ?? 0) + 1);
    return {
      code: code ?? "",
      label: labels[i] ?? "",
      labelEn: labelsEn[i] ?? "",
      order: orders[i] ?? i + 1,
      description: descriptions[i] ?? "",
      fragments: idx.length,
      groups: [...new Set(idx.map((k) => group[k]).filter((g): g is number => g !== null))].sort((a, b) => a - b),
      openCodes: [...openCounts.entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([c, f]) => ({ code: c, fragments: f })),
    };
  });
  axialCodes.sort((a, b) => a.order - b.order);
  // Participants are counted per group: codes such as "A" may recur in another group.
  const people = new Set(
    participant.map((p, i) => (p === null ? null : `${group[i] ?? "?"}\u0000${p}`)).filter((p): p is string => p !== null),
  );
  return { groups, participants: people.size, fragments: fg.rowCount, axial: axialCodes };
}
