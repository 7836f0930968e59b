/**
 * Command line: audit the APA-style results of a text or Markdown file, or the summary
 * statistics of a CSV.
 *
 * Usage: `audit-reported <file> [--json]` (bin.ts), or `main(argv)` from code.
 *
 * @module audit/cli
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { auditText } from "./extract.js";
import { formatSummaryAudit, formatTextAudit, auditToJson } from "./format.js";
import { AuditInputError, auditSummaryRow, parseSummaryTable } from "./summary-table.js";

/** Where the CLI writes; defaults to the process streams. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const USAGE = `Usage: audit <file> [--json]

  <file>   a text or Markdown file: every APA-style result (t, F, r, z, chi2 with a p-value)
           is recomputed and compared with the reported p, as statcheck does; a result that
           cannot be checked (e.g. t(0)) is reported as not-testable; means (M = ..., SD = ...)
           are listed as not checked, because they need the CSV form;
           a .csv/.tsv file with columns id, mean, sd, n (optional items, min, max):
           GRIM, GRIMMER and scale bounds per row (a row too large to enumerate is
           reported as such).
  --json   print machine-readable JSON instead of tables.

Exit status: 0 when the file was read (whatever the verdicts), 2 when it could not be read.
`;

async function readText(file: string): Promise<string> {
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "the file does not exist"
        : code === "EISDIR"
          ? "it is a directory, not a file"
          : code === "EACCES"
            ? "permission denied"
            : (e as Error).message;
    throw new AuditInputError(file, null, `cannot read the file: ${why}`);
  }
  const nul = buffer.indexOf(0);
  if (nul >= 0) {
    const line = buffer.subarray(0, nul).toString("latin1").split("\n").length;
    throw new AuditInputError(file, line, "is not a text file (it contains a NUL byte); give a .txt, .md or .csv file");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buffer);
  } catch {
    let line = 1;
    for (let i = 0; i < buffer.length; i++) {
      if (buffer[i] === 0x0a) line++;
      if ((buffer[i] as number) >= 0x80) break;
    }
    throw new AuditInputError(file, line, "is not UTF-8 text; save it as UTF-8 and try again");
  }
}

/**
 * Runs the audit command.
 *
 * Rule: one file argument; `.csv` and `.tsv` files are read as summary tables
 * ({@link parseSummaryTable}), anything else as text ({@link auditText}). Output is a table (or
 * JSON with `--json`) on stdout. The exit code is 0 whenever the input could be read, whatever
 * the verdicts, and 2 when it could not (missing file, not text, a CSV without the required
 * columns, or a usage error); the message names the file and, where it applies, the line.
 *
 * @param argv The arguments after the script name.
 * @param io Optional output functions (for tests).
 * @returns The exit code.
 * @throws Never for user mistakes; they become messages and exit code 2.
 * @example
 * const io = { stdout: (t: string) => console.log(t), stderr: (t: string) => console.log(t) };
 * await main(["--help"], io) // 0
 * await main(["no-such-file.md", "--json"], io) // 2 (the file cannot be read)
 *
 * Reference: Nuijten et al. (2016), https://doi.org/10.3758/s13428-015-0664-2 (statcheck);
 * Brown & Heathers (2017), https://doi.org/10.1177/1948550616673876 (GRIM). Validated by
 * test/audit/cli.test.ts on the fixtures in test/fixtures/audit/.
 */
export async function main(
  argv: string[],
  io: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) },
): Promise<number> {
  let json = false;
  const files: string[] = [];
  for (const arg of argv) {
    if (arg === "--json") json = true;
    else if (arg === "--help" || arg === "-h") {
      io.stdout(USAGE);
      return 0;
    } else if (arg.startsWith("--")) {
      io.stderr(`audit: unknown option ${arg}\n\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length !== 1) {
    io.stderr(`audit: ${files.length === 0 ? "no file given" : "give exactly one file"}\n\n${USAGE}`);
    return 2;
  }
  const file = files[0] as string;
  try {
    const text = await readText(file);
    const ext = extname(file).toLowerCase();
    if (ext === ".csv" || ext === ".tsv") {
      const rows = parseSummaryTable(text, file);
      const audits = rows.map(auditSummaryRow);
      io.stdout(json ? `${auditToJson({ file, kind: "summary-table", rows: audits })}\n` : formatSummaryAudit(audits, file));
    } else {
      const audit = auditText(text);
      io.stdout(json ? `${auditToJson({ file, kind: "text", ...audit })}\n` : formatTextAudit(audit, file));
    }
    return 0;
  } catch (e) {
    if (e instanceof AuditInputError) {
      io.stderr(`audit: ${e.message}\n`);
      return 2;
    }
    io.stderr(`audit: ${file}: internal error: ${(e as Error).message}\n`);
    return 1;
  }
}
