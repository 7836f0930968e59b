/**
 * Command line: validate data files against the codebook.
 *
 * Usage: `node --import tsx lib/compendium/src/data/cli-validate.ts [file or folder] [--codebook data]
 * [--delimiter ;] [--decimal ,] [--sheet name] [--resource name] [--json]`
 * (or `npm run validate -- <file or folder>`).
 *
 * Exit codes: 0 valid, 1 the data have errors, 2 a usage error or a path, codebook or file that
 * cannot be used. Problems are printed as sentences, never as stack traces.
 *
 * @module data/cli-validate
 */
import { loadCodebook } from "./codebook.js";
import { validateData, type DataProgress, type ValidateOptions } from "./dataset.js";
import { throttledDataProgress } from "./progress.js";
import { DataError, formatProblems } from "./errors.js";
import { delimiterName } from "./csv.js";
import { isMain } from "../main-module.js";

const USAGE = `Usage: validate [file or folder] [options]

Checks data files against the codebook (datapackage.json) and lists every problem.
Without a file or folder the codebook's own folder is checked.

Options:
  --codebook <dir>     folder with datapackage.json (default: data)
  --delimiter <char>   CSV delimiter: , ; tab | (default: detected per file)
  --decimal <char>     decimal separator: . or , (default: detected per file)
  --sheet <name>       sheet of a workbook (default: the first)
  --resource <name>    resource a single file belongs to (default: by name or header)
  --json               print the result as JSON
  --help               show this text

Exit codes: 0 valid, 1 the data have errors, 2 usage or unreadable input.`;

interface Parsed {
  target: string | undefined;
  json: boolean;
  help: boolean;
  options: { codebookDir?: string; delimiter?: string; decimalChar?: "." | ","; sheet?: string; resource?: string };
}

function parseArgs(argv: readonly string[]): Parsed | string {
  const parsed: Parsed = { target: undefined, json: false, help: false, options: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const takeValue = (): string | null => {
      if (eq > 0) return arg.slice(eq + 1);
      const v = argv[i + 1];
      if (v === undefined) return null;
      i++;
      return v;
    };
    switch (name) {
      case "--help":
      case "-h":
        parsed.help = true;
        break;
      case "--json":
        parsed.json = true;
        break;
      case "--codebook": {
        const v = takeValue();
        if (v === null) return "--codebook needs a folder";
        parsed.options.codebookDir = v;
        break;
      }
      case "--delimiter": {
        const v = takeValue();
        if (v === null) return "--delimiter needs a character";
        const d = v === "tab" || v === "\\t" ? "\t" : v === "comma" ? "," : v === "semicolon" ? ";" : v === "pipe" ? "|" : v;
        if (d.length !== 1) return `--delimiter ${JSON.stringify(v)} is not one character; expected , ; tab or |`;
        parsed.options.delimiter = d;
        break;
      }
      case "--decimal": {
        const v = takeValue();
        if (v !== "." && v !== ",") return `--decimal ${JSON.stringify(v ?? "")} is not . or ,`;
        parsed.options.decimalChar = v;
        break;
      }
      case "--sheet": {
        const v = takeValue();
        if (v === null) return "--sheet needs a sheet name";
        parsed.options.sheet = v;
        break;
      }
      case "--resource": {
        const v = takeValue();
        if (v === null) return "--resource needs a resource name";
        parsed.options.resource = v;
        break;
      }
      default:
        if (arg.startsWith("-") && arg !== "-") return `unknown option ${arg}`;
        if (parsed.target !== undefined) return `only one file or folder can be checked at a time (got ${parsed.target} and ${arg})`;
        parsed.target = arg;
    }
  }
  return parsed;
}

/** Writes to a stream; output functions are parameters so tests can capture them. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /**
   * Least time between two progress lines on `err`, in ms (default 2000; the first line comes
   * only after this time, so a quick check prints none). 0 prints every progress event.
   */
  readonly progressEveryMs?: number;
}

/** A progress printer: one line to `err` at most every `everyMs` milliseconds. */
function progressPrinter(io: CliIo): (e: DataProgress) => void {
  return throttledDataProgress((line) => io.err(`validate: ${line}`), io.progressEveryMs ?? 2000);
}

const defaultIo: CliIo = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
};

/**
 * Runs the validator on the command line arguments.
 *
 * Rules: the first non-option argument is the file or folder (default: the codebook folder);
 * a valid result prints a short summary and returns 0; invalid data print every error, then
 * every warning, and return 1; usage errors, missing paths, an invalid codebook and unexpected
 * failures print one message (no stack trace) and return 2.
 *
 * @param argv the arguments after the script name (e.g. `process.argv.slice(2)`).
 * @param io where to write (default: stdout and stderr).
 * @returns the exit code.
 * @throws never.
 * @example await main(["data/raw", "--codebook", "data"]) // 0
 */
export async function main(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (typeof parsed === "string") {
    io.err(`validate: ${parsed}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    io.out(USAGE);
    return 0;
  }
  const options: ValidateOptions = { ...parsed.options, onProgress: progressPrinter(io) };
  try {
    const target = parsed.target ?? parsed.options.codebookDir ?? loadCodebook().dir;
    const result = validateData(target, options);
    if (parsed.json) {
      io.out(JSON.stringify(result, null, 2));
      return result.ok ? 0 : 1;
    }
    const lines: string[] = [result.summary.text];
    for (const f of result.summary.files) {
      const form =
        f.format === "csv"
          ? `${f.encoding ?? "?"}, ${f.delimiter === null ? "?" : delimiterName(f.delimiter)}-separated, decimal ${f.decimalChar === "," ? "comma" : "point"}`
          : `${f.format}${f.sheet === null ? "" : `, sheet ${JSON.stringify(f.sheet)}`}`;
      lines.push(`  ${f.resource}: ${f.path} (${form}; ${f.rowsRead} rows read, ${f.rowsAccepted} accepted)`);
    }
    for (const s of result.summary.checksSkipped) lines.push(`  not checked: ${s.rule} of ${s.resource}: ${s.reason}`);
    const problems = formatProblems([...result.errors, ...result.warnings]);
    if (result.ok) {
      io.out(lines.join("\n"));
      if (problems !== "") io.out(problems);
      return 0;
    }
    io.err(lines.join("\n"));
    io.err(problems);
    return 1;
  } catch (e) {
    if (e instanceof DataError) {
      io.err(`validate: ${e.message.replace(/^\w+: /, "")}`);
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.err(`validate: unexpected failure: ${message}`);
    return 2;
  }
}

if (isMain(import.meta.url)) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
