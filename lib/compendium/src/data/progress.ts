/**
 * Progress of loading and checking data files, as a line for a terminal, and a throttle that
 * lets one line through every few seconds (a quick check prints none).
 * @module data/progress
 */
import type { DataProgress } from "./dataset.js";

/**
 * One line for a progress event, e.g. "respondents-2019-20: 250,000 of 600,000 rows checked
 * (file 1 of 7, 6 s)".
 */
export function describeDataProgress(e: DataProgress, elapsedMs: number): string {
  const secs = `${(elapsedMs / 1000).toFixed(0)} s`;
  const where = `file ${e.fileIndex} of ${e.fileCount}`;
  if (e.stage === "cross-check") return `checking across files (${secs})`;
  if (e.stage === "read") return `${e.resource ?? ""}: reading ${e.file ?? ""} (${where}, ${secs})`;
  return `${e.resource ?? ""}: ${e.rowsDone.toLocaleString("en-US")} of ${e.rowsTotal.toLocaleString("en-US")} rows checked (${where}, ${secs})`;
}

/**
 * A progress callback that writes {@link describeDataProgress} lines to `write`, at most one
 * every `everyMs` milliseconds and none before the first `everyMs` have passed (0: every event).
 */
export function throttledDataProgress(write: (line: string) => void, everyMs = 2000): (e: DataProgress) => void {
  const start = Date.now();
  let last = start;
  return (e) => {
    const now = Date.now();
    if (everyMs > 0 && now - last < everyMs) return;
    last = now;
    write(describeDataProgress(e, now - start));
  };
}
