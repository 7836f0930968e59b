/**
 * Small helpers of the benchmark harness: medians, child processes, machine information, JSON
 * with a fixed key order, and number formatting.
 */
import { spawnSync } from "node:child_process";
import { availableParallelism, cpus, loadavg, platform, arch, release, totalmem } from "node:os";
import { ROOT } from "./design.js";

/** The Python with Debian's NumPy and SciPy. */
export const PYTHON = "/usr/bin/python3";

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Runs a command in the repository root and parses the last line of its stdout as JSON. */
export function runJson<T>(command: string, args: readonly string[], label: string): { result: T; wallMs: number } {
  const t0 = performance.now();
  const res = spawnSync(command, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const wallMs = performance.now() - t0;
  if (res.status !== 0) {
    throw new Error(`${label} failed (exit ${String(res.status)}): ${command} ${args.join(" ")}\n${res.stderr.slice(-4000)}`);
  }
  const lines = res.stdout.trim().split("\n");
  return { result: JSON.parse(lines[lines.length - 1] as string) as T, wallMs };
}

/** Runs a TypeScript file of bench/ in a fresh Node process (through tsx). */
export function runNode<T>(file: string, args: readonly string[]): { result: T; wallMs: number } {
  return runJson<T>(process.execPath, ["--import", "tsx", file, ...args], file);
}

/** Runs a Python script with Debian's Python. */
export function runPython<T>(file: string, args: readonly string[]): { result: T; wallMs: number } {
  return runJson<T>(PYTHON, [file, ...args], file);
}

function firstLine(command: string, args: readonly string[]): string | null {
  const res = spawnSync(command, args, { cwd: ROOT, encoding: "utf8" });
  return res.status === 0 ? (res.stdout.trim().split("\n")[0] ?? null) : null;
}

/** Machine and software the numbers were measured with. */
export interface MachineInfo {
  readonly cpuModel: string;
  readonly logicalCores: number;
  readonly availableParallelism: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly v8: string;
  readonly npm: string | null;
  readonly python: string | null;
  readonly numpy: string | null;
  readonly scipy: string | null;
  readonly gitCommit: string | null;
  /** True when the working tree had uncommitted changes. */
  readonly gitDirty: boolean | null;
  /** 1-, 5- and 15-minute load averages when the run started; another load on the machine slows both sides. */
  readonly loadAverageAtStart: readonly number[];
}

/** Collects {@link MachineInfo}. */
export function machineInfo(): MachineInfo {
  const list = cpus();
  let versions: { python?: string; numpy?: string; scipy?: string } = {};
  try {
    versions = runPython<{ python: string; numpy: string; scipy: string }>("bench/reference/table3_numpy.py", ["--versions"]).result;
  } catch {
    versions = {};
  }
  const status = spawnSync("git", ["status", "--porcelain"], { cwd: ROOT, encoding: "utf8" });
  return {
    cpuModel: list[0]?.model.trim() ?? "unknown",
    logicalCores: list.length,
    availableParallelism: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    v8: process.versions.v8,
    npm: firstLine("npm", ["--version"]),
    python: versions.python ?? null,
    numpy: versions.numpy ?? null,
    scipy: versions.scipy ?? null,
    gitCommit: firstLine("git", ["rev-parse", "HEAD"]),
    gitDirty: status.status === 0 ? status.stdout.trim().length > 0 : null,
    loadAverageAtStart: loadavg().map((v) => Math.round(v * 100) / 100),
  };
}

/** JSON with object keys sorted at every level (arrays keep their order), two-space indent. */
export function stableStringify(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v !== null && typeof v === "object") {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v).sort()) out[key] = sort((v as Record<string, unknown>)[key]);
      return out;
    }
    return v;
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

/** Milliseconds for a table: 3 significant digits, at least one decimal below 10 ms. */
export function ms(v: number): string {
  if (!Number.isFinite(v)) return "–";
  if (v >= 1000) return `${(v / 1000).toPrecision(3)} s`;
  if (v >= 10) return `${v.toFixed(0)} ms`;
  return `${v.toFixed(1)} ms`;
}

/** Bytes for a table, in MB (10⁶ bytes). */
export function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** Fixed-width text table. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] as number))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** Markdown table. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const esc = (s: string) => s.replace(/\|/g, "\\|");
  return [
    `| ${header.map(esc).join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(esc).join(" | ")} |`),
  ].join("\n");
}
