/**
 * Compares the flat result maps of the columnar pipeline and the NumPy reference: counts must be
 * equal; every other statistic gives a relative deviation |a − b| / max(|a|, |b|), p-values an
 * absolute one (a p-value of 1e-300 against 0 is agreement, not a 100 % deviation).
 */

/** Largest deviation within one group of statistics. */
export interface GroupDeviation {
  readonly group: string;
  /** "relative" or "absolute" (p-values). */
  readonly measure: "relative" | "absolute";
  readonly max: number;
  /** The statistic where the maximum occurs, and both values. */
  readonly key: string;
  readonly ours: number;
  readonly reference: number;
  readonly compared: number;
}

/** Result of {@link compareResults}. */
export interface Comparison {
  readonly compared: number;
  readonly missingInReference: readonly string[];
  readonly missingInOurs: readonly string[];
  /** Count keys (n, df) whose values differ. */
  readonly countMismatches: readonly string[];
  readonly groups: readonly GroupDeviation[];
  /** Largest relative deviation over every group except the p-values. */
  readonly maxRelative: number;
  readonly maxRelativeKey: string;
  /** Largest relative deviation outside the noncentral-t intervals (see bench/README.md). */
  readonly maxRelativeExceptNoncentral: number;
  readonly maxAbsolutePValue: number;
}

function groupOf(key: string): { group: string; measure: "relative" | "absolute" } {
  const [kind] = key.split("/");
  if (key.endsWith("/pValue")) return { group: "p-values", measure: "absolute" };
  if (kind === "score") return { group: "scores (mean, SD)", measure: "relative" };
  if (kind === "alpha")
    return key.includes("/ci.")
      ? { group: "alpha Feldt interval", measure: "relative" }
      : { group: "alpha and item analysis", measure: "relative" };
  if (kind === "paired") return { group: "paired t (t, mean, SD, CI, r)", measure: "relative" };
  if (kind === "effect")
    return key.includes("/ci.")
      ? { group: "effect-size intervals (noncentral t)", measure: "relative" }
      : { group: "effect sizes (d, g)", measure: "relative" };
  if (kind === "correlation") return { group: "correlation matrices", measure: "relative" };
  return { group: "other", measure: "relative" };
}

function isCount(key: string): boolean {
  return key.endsWith("/n") || key.endsWith("/df");
}

/** Compares our flat results with the reference's. */
export function compareResults(ours: Readonly<Record<string, number>>, reference: Readonly<Record<string, number>>): Comparison {
  const keys = Object.keys(ours)
    .filter((k) => k in reference)
    .sort();
  const groups = new Map<
    string,
    { measure: "relative" | "absolute"; max: number; key: string; ours: number; reference: number; compared: number }
  >();
  const countMismatches: string[] = [];
  let maxRelative = 0;
  let maxRelativeKey = "";
  let maxRelativeExceptNoncentral = 0;
  let maxAbsolutePValue = 0;
  for (const key of keys) {
    const a = ours[key] as number;
    const b = reference[key] as number;
    if (isCount(key)) {
      if (a !== b) countMismatches.push(`${key}: ${a} vs ${b}`);
      continue;
    }
    const { group, measure } = groupOf(key);
    const scale = Math.max(Math.abs(a), Math.abs(b));
    const dev = a === b ? 0 : measure === "absolute" ? Math.abs(a - b) : scale === 0 ? 0 : Math.abs(a - b) / scale;
    const g = groups.get(group) ?? { measure, max: -1, key: "", ours: 0, reference: 0, compared: 0 };
    g.compared++;
    if (dev > g.max) Object.assign(g, { max: dev, key, ours: a, reference: b });
    groups.set(group, g);
    if (measure === "absolute") maxAbsolutePValue = Math.max(maxAbsolutePValue, dev);
    else {
      if (dev > maxRelative) {
        maxRelative = dev;
        maxRelativeKey = key;
      }
      if (group !== "effect-size intervals (noncentral t)") maxRelativeExceptNoncentral = Math.max(maxRelativeExceptNoncentral, dev);
    }
  }
  return {
    compared: keys.length,
    missingInReference: Object.keys(ours)
      .filter((k) => !(k in reference))
      .sort(),
    missingInOurs: Object.keys(reference)
      .filter((k) => !(k in ours))
      .sort(),
    countMismatches,
    groups: [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([group, g]) => ({ group, ...g })),
    maxRelative,
    maxRelativeKey,
    maxRelativeExceptNoncentral,
    maxAbsolutePValue,
  };
}
