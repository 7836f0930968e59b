/**
 * Doctest: runs every `@example` of the doc comments of a source folder and compares the results
 * the example states.
 *
 * Extraction. Each source file is parsed with the TypeScript compiler API; every JSDoc `@example`
 * tag attached to a declaration gives one example, named by file, line of the tag and the
 * declaration it documents. The example's code is the tag's text (the ` * ` margin removed) up to
 * the first blank line or the first line that starts with `Validated`, `Reference` or `References`
 * (the prose that follows an example in this project's comments).
 *
 * Running. The code is compiled with `ts.transpileModule` and evaluated with `node:vm` in this
 * realm (so `instanceof Float64Array` and typed errors behave as in the library) inside an async
 * function (top-level `await` works). In scope are the exports of `lib/stats/src/errors.ts`, of the
 * modules a test file names in `defineDoctests(folder, { scope })`, of the folder's `index.ts`,
 * and of the example's own file (later ones win on a name clash, the file last), plus a
 * `console` whose `log` output is captured and shown when the example fails. An example that
 * throws anything not announced by `// throws` fails.
 *
 * Stated results. A top-level expression statement states its result in a `//` comment at the end
 * of its last line, or on the line right after it (for long calls):
 *
 *   expr // 1.732          a number: the value rounded to the printed decimals must be the printed
 *                          number, i.e. |value − 1.732| ≤ 0.0005 (an interval, closed, widened by
 *                          2 ulp of the printed number so that 16-digit values compare); `1.2e-5`
 *                          counts the mantissa's decimals; an integer `35` means [34.5, 35.5].
 *   expr // 0.9486…        a trailing `…` (or `...`) means truncated digits: 0.9486 ≤ value < 0.9487
 *                          (mirrored for negative numbers: −0.9487 < value ≤ −0.9486).
 *   expr // "text"         a string, written as a JS string literal ('…' or "…", with escapes);
 *                          compared exactly.
 *   expr // true, null, undefined, NaN, Infinity, -Infinity, 405n (bigint, exact)
 *   expr // [1, 2.5, 4]    an array: same length, elements compared by these rules.
 *   expr // [1, 2.5, …]    an array that starts with these elements (at least this many).
 *   expr // { n: 4, sd: 0.816…, … }   an object: the listed keys compared by these rules; without a
 *                          trailing `…`/`...` it must have exactly these own enumerable keys.
 *   expr // Float64Array [4, NaN, 5]   a typed array of that class, elements as for an array.
 *   expr // throws CODE    evaluating expr must throw an error whose `code` (or, if it has none,
 *                          `name`) is CODE.
 *   console.log(x) // v    compares x (the single argument) with v.
 *
 * After the value, a note may follow if it starts with `(`, `:` or `—`; it is not compared, e.g.
 * `checkGrim("5.19", 32).verdict // "consistent" (166/32 = 5.1875)`.
 *
 * A comment whose first character is a digit, sign, `.`, quote, `[` or `{`, or whose first word is
 * one of true, false, null, undefined, NaN, Infinity, throws or a typed-array name, is a stated
 * result and must parse; anything else (`// an index 0..50`) is a note, and the statement only has
 * to run without throwing. Examples without any stated result are illustrations: they must run.
 *
 * Not run. An example whose first line is a comment starting with `illustrative` (e.g.
 * `// illustrative: needs Chromium and writes reports/figures`) needs what a test cannot give
 * (a browser, a kernel, files on disk, or it writes files): it is only compiled, must state no
 * result, and its test says it was not run.
 */
import ts from "typescript";
import { test } from "node:test";
import assert from "node:assert/strict";
import vm from "node:vm";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { format, isDeepStrictEqual } from "node:util";
import { pathToFileURL, fileURLToPath } from "node:url";

export const repoRoot = resolve(fileURLToPath(new URL("../../", import.meta.url)));

/** One `@example` of a doc comment. */
export interface DocExample {
  /** Source file, relative to the repository root. */
  readonly file: string;
  /** 1-based line of the `@example` tag. */
  readonly line: number;
  /** The declaration the doc comment belongs to (function, class, constant…). */
  readonly symbol: string;
  /** The example's code, margin removed. */
  readonly code: string;
  /** 1-based file line of the code's first line. */
  readonly codeLine: number;
}

/** A stated result, parsed from a trailing comment. */
export type Expected =
  | {
      readonly kind: "number";
      readonly lower: number;
      readonly upper: number;
      readonly lowerInclusive: boolean;
      readonly upperInclusive: boolean;
      readonly text: string;
    }
  | { readonly kind: "exact"; readonly value: unknown; readonly text: string }
  | {
      readonly kind: "array";
      readonly items: readonly Expected[];
      readonly typed: string | null;
      readonly prefix?: boolean;
      readonly text: string;
    }
  | {
      readonly kind: "object";
      readonly entries: ReadonlyArray<readonly [string, Expected]>;
      readonly partial: boolean;
      readonly text: string;
    }
  | { readonly kind: "throws"; readonly code: string; readonly text: string };

/** A statement of an example with the result it states. */
export interface Check {
  readonly index: number;
  /** The expression as written. */
  readonly source: string;
  /** 1-based line inside the example code. */
  readonly line: number;
  readonly expected: Expected;
}

function declarationName(node: ts.Node): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name && (ts.isIdentifier(named.name) || ts.isStringLiteral(named.name))) return named.name.text;
  if (ts.isVariableStatement(node)) {
    const first = node.declarationList.declarations[0];
    if (first && ts.isIdentifier(first.name)) return first.name.text;
  }
  if (ts.isSourceFile(node)) return "(module)";
  return ts.SyntaxKind[node.kind];
}

/** Every `@example` of one TypeScript source file. */
export function extractExamples(absFile: string): DocExample[] {
  const text = readFileSync(absFile, "utf8");
  const sf = ts.createSourceFile(absFile, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const file = relative(repoRoot, absFile).split("\\").join("/");
  const seen = new Set<number>();
  const out: DocExample[] = [];
  const visit = (node: ts.Node): void => {
    const docs = (node as ts.Node & { jsDoc?: ts.JSDoc[] }).jsDoc;
    for (const doc of docs ?? []) {
      for (const tag of doc.tags ?? []) {
        if (tag.tagName.text !== "example" || seen.has(tag.pos)) continue;
        seen.add(tag.pos);
        const start = tag.tagName.end;
        const raw = text.slice(start, tag.end);
        const tagLine = sf.getLineAndCharacterOfPosition(tag.getStart(sf)).line + 1;
        const lines = raw.split(/\r?\n/).map((l, i) => (i === 0 ? l.replace(/^ ?/, "") : l.replace(/^\s*\*(?!\/) ?/, "")));
        let codeLine = tagLine;
        if (lines[0]?.trim() === "") {
          lines.shift();
          codeLine += 1;
        }
        const code: string[] = [];
        for (const l of lines) {
          if (l.trim() === "" || /^\s*\*?\/?\s*$/.test(l) || /^(Validated|References?)\b/.test(l.trim())) break;
          code.push(l.replace(/\s*\*\/\s*$/, ""));
        }
        out.push({ file, line: tagLine, symbol: declarationName(node), code: code.join("\n").trimEnd(), codeLine });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out.sort((a, b) => a.line - b.line);
}

/** Every `@example` of the `.ts` files of a folder (relative to the repository root), sorted. */
export function extractFolder(folder: string): DocExample[] {
  const dir = join(repoRoot, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .sort()
    .flatMap((f) => extractExamples(join(dir, f)));
}

// ---------------------------------------------------------------------------------------------
// Parsing stated results

const RESULT_START =
  /^(?:[-+.0-9"'[{…]|(?:true|false|null|undefined|NaN|Infinity|throws|(?:Float64|Float32|Int8|Int16|Int32|Uint8|Uint16|Uint32|Uint8Clamped|BigInt64|BigUint64)Array)\b)/;

/** Whether a comment's text is a stated result (else it is a note). */
export function isStatedResult(comment: string): boolean {
  return RESULT_START.test(comment.trim());
}

class Parser {
  pos = 0;
  constructor(readonly s: string) {}
  ws(): void {
    while (this.pos < this.s.length && /\s/.test(this.s[this.pos] as string)) this.pos++;
  }
  fail(msg: string): never {
    throw new Error(`cannot parse stated result ${JSON.stringify(this.s)} at ${this.pos}: ${msg}`);
  }
  ellipsis(): boolean {
    this.ws();
    if (this.s.startsWith("…", this.pos)) {
      this.pos += 1;
      return true;
    }
    if (this.s.startsWith("...", this.pos)) {
      this.pos += 3;
      return true;
    }
    return false;
  }
  value(): Expected {
    this.ws();
    const rest = this.s.slice(this.pos);
    const start = this.pos;
    const done = (e: Expected): Expected => e;
    if (rest.startsWith('"') || rest.startsWith("'")) {
      const q = rest[0] as string;
      let i = 1;
      while (i < rest.length && rest[i] !== q) i += rest[i] === "\\" ? 2 : 1;
      if (i >= rest.length) this.fail("unterminated string");
      const lit = rest.slice(0, i + 1);
      this.pos += i + 1;
      const body = q === "'" ? `"${lit.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"` : lit;
      return done({ kind: "exact", value: JSON.parse(body) as string, text: lit });
    }
    const typed = /^([A-Za-z0-9]+Array)\s*(?=\[)/.exec(rest);
    if (rest.startsWith("[") || typed) {
      if (typed) this.pos += typed[0].length;
      this.pos++; // [
      const items: Expected[] = [];
      let prefix = false;
      this.ws();
      if (this.s[this.pos] === "]") this.pos++;
      else
        for (;;) {
          if (items.length > 0 && this.ellipsis()) {
            prefix = true;
            this.ws();
            if (this.s[this.pos] !== "]") this.fail("expected ] after …");
            this.pos++;
            break;
          }
          items.push(this.value());
          this.ws();
          const c = this.s[this.pos];
          this.pos++;
          if (c === "]") break;
          if (c !== ",") this.fail("expected , or ]");
        }
      return done({ kind: "array", items, typed: typed ? (typed[1] as string) : null, prefix, text: this.s.slice(start, this.pos) });
    }
    if (rest.startsWith("{")) {
      this.pos++;
      const entries: Array<[string, Expected]> = [];
      let partial = false;
      this.ws();
      if (this.s[this.pos] === "}") this.pos++;
      else
        for (;;) {
          if (this.ellipsis()) {
            partial = true;
            this.ws();
            if (this.s[this.pos] !== "}") this.fail("expected } after …");
            this.pos++;
            break;
          }
          this.ws();
          const key = /^(?:[A-Za-z_$][\w$]*|"[^"]*")/.exec(this.s.slice(this.pos));
          if (!key) this.fail("expected a key");
          this.pos += key[0].length;
          this.ws();
          if (this.s[this.pos] !== ":") this.fail("expected :");
          this.pos++;
          entries.push([key[0].replace(/^"|"$/g, ""), this.value()]);
          this.ws();
          const c = this.s[this.pos];
          this.pos++;
          if (c === "}") break;
          if (c !== ",") this.fail("expected , or }");
        }
      return done({ kind: "object", entries, partial, text: this.s.slice(start, this.pos) });
    }
    const word = /^(?:true|false|null|undefined|NaN|-?Infinity)\b/.exec(rest);
    if (word) {
      this.pos += word[0].length;
      const map: Record<string, unknown> = {
        true: true,
        false: false,
        null: null,
        undefined,
        NaN: Number.NaN,
        Infinity: Infinity,
        "-Infinity": -Infinity,
      };
      return done({ kind: "exact", value: map[word[0]], text: word[0] });
    }
    const big = /^-?\d+n\b/.exec(rest);
    if (big) {
      this.pos += big[0].length;
      return done({ kind: "exact", value: BigInt(big[0].slice(0, -1)), text: big[0] });
    }
    const num = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?(…|\.\.\.(?!\d))?/.exec(rest);
    if (num && (num[2] || num[3])) {
      this.pos += num[0].length;
      const digits = (num[3] ?? "").length;
      const exp = num[4] ? Number(num[4]) : 0;
      const x = Number(`${num[1]}${num[2] || "0"}.${num[3] || "0"}e${exp}`);
      const unit = 10 ** (exp - digits);
      const slack = 2 * Number.EPSILON * Math.abs(x);
      if (num[5]) {
        // truncated: |value| in [|x|, |x| + unit)
        if (x < 0 || (x === 0 && num[1] === "-"))
          return done({
            kind: "number",
            lower: x - unit + slack,
            upper: x + slack,
            lowerInclusive: false,
            upperInclusive: true,
            text: num[0],
          });
        return done({
          kind: "number",
          lower: x - slack,
          upper: x + unit - slack,
          lowerInclusive: true,
          upperInclusive: false,
          text: num[0],
        });
      }
      return done({
        kind: "number",
        lower: x - unit / 2 - slack,
        upper: x + unit / 2 + slack,
        lowerInclusive: true,
        upperInclusive: true,
        text: num[0],
      });
    }
    return this.fail("not a value");
  }
}

/** Parses the text of a result comment (without `//`). */
export function parseExpected(comment: string): Expected {
  const s = comment.trim();
  const thr = /^throws\s+([A-Za-z_][\w]*)\s*(.*)$/.exec(s);
  if (thr) {
    const note = thr[2] as string;
    if (note && !/^[(:—]/.test(note))
      throw new Error(`cannot parse stated result ${JSON.stringify(s)}: unexpected ${JSON.stringify(note)}`);
    return { kind: "throws", code: thr[1] as string, text: `throws ${thr[1]}` };
  }
  const p = new Parser(s);
  const v = p.value();
  const rest = s.slice(p.pos).trim();
  if (rest && !/^[(:—]/.test(rest))
    throw new Error(
      `cannot parse stated result ${JSON.stringify(s)}: after the value comes ${JSON.stringify(rest)} (a note must start with "(", ":" or "—")`,
    );
  return v;
}

/** Compares a value with a stated result; returns null when it agrees, else a description. */
export function compare(actual: unknown, expected: Expected, path = "value"): string | null {
  switch (expected.kind) {
    case "number": {
      if (typeof actual !== "number") return `${path} is ${format("%o", actual)}, expected a number ${expected.text}`;
      const ok =
        (expected.lowerInclusive ? actual >= expected.lower : actual > expected.lower) &&
        (expected.upperInclusive ? actual <= expected.upper : actual < expected.upper);
      const interval = `${expected.lowerInclusive ? "[" : "("}${expected.lower}, ${expected.upper}${expected.upperInclusive ? "]" : ")"}`;
      return ok ? null : `${path} is ${actual}, outside the interval of the printed ${expected.text}: ${interval}`;
    }
    case "exact":
      return isDeepStrictEqual(actual, expected.value) || Object.is(actual, expected.value)
        ? null
        : `${path} is ${format("%o", actual)}, expected ${expected.text}`;
    case "array": {
      if (expected.typed) {
        const ctor = (globalThis as Record<string, unknown>)[expected.typed];
        if (typeof ctor !== "function" || !(actual instanceof (ctor as new () => object)))
          return `${path} is ${format("%o", actual)}, expected a ${expected.typed}`;
      } else if (!Array.isArray(actual)) return `${path} is ${format("%o", actual)}, expected an array`;
      const arr = actual as ArrayLike<unknown>;
      if (expected.prefix ? arr.length < expected.items.length : arr.length !== expected.items.length)
        return `${path} has length ${arr.length}, expected ${expected.items.length} (${expected.text})`;
      for (let i = 0; i < expected.items.length; i++) {
        const e = compare(arr[i], expected.items[i] as Expected, `${path}[${i}]`);
        if (e) return e;
      }
      return null;
    }
    case "object": {
      if (typeof actual !== "object" || actual === null) return `${path} is ${format("%o", actual)}, expected an object`;
      const rec = actual as Record<string, unknown>;
      if (!expected.partial) {
        const keys = Object.keys(rec).sort();
        const want = expected.entries.map(([k]) => k).sort();
        if (!isDeepStrictEqual(keys, want))
          return `${path} has keys [${keys.join(", ")}], expected [${want.join(", ")}] (add "…" to compare only some)`;
      }
      for (const [k, e] of expected.entries) {
        if (!(k in rec)) return `${path}.${k} is missing`;
        const d = compare(rec[k], e, `${path}.${k}`);
        if (d) return d;
      }
      return null;
    }
    case "throws":
      return `${path} is ${format("%o", actual)}; expected it to throw ${expected.code}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Finding the checks of an example and running it

interface Prepared {
  readonly js: string;
  readonly checks: readonly Check[];
}

/** Finds the stated results and rewrites the example so that they are recorded. */
export function prepare(code: string): Prepared {
  const sf = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const checks: Check[] = [];
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const lineOf = (pos: number): number => sf.getLineAndCharacterOfPosition(pos).line;
  for (const stmt of sf.statements) {
    const comments = [...(ts.getTrailingCommentRanges(code, stmt.end) ?? []), ...(ts.getLeadingCommentRanges(code, stmt.end) ?? [])];
    const first = comments[0];
    if (!first || first.kind !== ts.SyntaxKind.SingleLineCommentTrivia || lineOf(first.pos) - lineOf(stmt.end) > 1) continue;
    const text = code.slice(first.pos + 2, first.end);
    if (!isStatedResult(text)) continue;
    const expected = parseExpected(text);
    if (!ts.isExpressionStatement(stmt))
      throw new Error(`line ${lineOf(stmt.getStart(sf)) + 1}: a stated result (${text.trim()}) must follow an expression statement`);
    let expr: ts.Expression = stmt.expression;
    if (
      ts.isCallExpression(expr) &&
      ts.isPropertyAccessExpression(expr.expression) &&
      expr.expression.getText(sf) === "console.log" &&
      expr.arguments.length === 1
    )
      expr = expr.arguments[0] as ts.Expression;
    const index = checks.length;
    checks.push({ index, source: expr.getText(sf), line: lineOf(stmt.getStart(sf)) + 1, expected });
    edits.push({ start: stmt.getStart(sf), end: stmt.end, text: `await __record(${index}, async () => (${expr.getText(sf)}));` });
  }
  let rewritten = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) rewritten = rewritten.slice(0, e.start) + e.text + rewritten.slice(e.end);
  const out = ts.transpileModule(rewritten, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: false },
    reportDiagnostics: true,
  });
  const diags = (out.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (diags.length > 0)
    throw new Error(`example does not compile: ${diags.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("; ")}`);
  return { js: out.outputText.replace(/^export \{\};?\s*$/m, ""), checks };
}

const scopeCache = new Map<string, Promise<Record<string, unknown>>>();

async function importAll(absFile: string): Promise<Record<string, unknown>> {
  let p = scopeCache.get(absFile);
  if (!p) {
    p = import(pathToFileURL(absFile).href) as Promise<Record<string, unknown>>;
    scopeCache.set(absFile, p);
  }
  return p;
}

/**
 * The index.ts of the file's folder, or, for a folder without one (entry points such as
 * pipeline/ that the package does not re-export), the nearest index.ts above it.
 */
function nearestIndex(abs: string): string {
  let dir = dirname(abs);
  while (!existsSync(join(dir, "index.ts")) && dirname(dir) !== dir && dir.startsWith(repoRoot)) dir = dirname(dir);
  return join(dir, "index.ts");
}

/** The names in scope for an example of `file`: errors.ts, the folder's (or nearest) index.ts, the file. */
export async function scopeFor(file: string, extra: readonly string[] = []): Promise<Record<string, unknown>> {
  const abs = join(repoRoot, file);
  const folderIndex = nearestIndex(abs);
  const parts = [await importAll(join(repoRoot, "lib/stats/src/errors.ts"))];
  for (const e of extra) parts.push(await importAll(join(repoRoot, e)));
  parts.push(await importAll(folderIndex), await importAll(abs));
  return Object.assign({}, ...parts.map((m) => ({ ...m }))) as Record<string, unknown>;
}

export interface RunResult {
  readonly checks: readonly Check[];
  /** One line per failed check; empty when the example agrees with its stated results. */
  readonly failures: readonly string[];
  /** What the example wrote with console.log. */
  readonly output: readonly string[];
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

/** Runs one example and compares each stated result; throws if the example itself throws. */
export async function runExample(ex: DocExample, extraScope: readonly string[] = []): Promise<RunResult> {
  const { js, checks } = prepare(ex.code);
  const scope = await scopeFor(ex.file, extraScope);
  const names = Object.keys(scope).filter((n) => IDENT.test(n) && n !== "default" && !n.startsWith("__"));
  const output: string[] = [];
  const fakeConsole = {
    ...console,
    log: (...a: unknown[]) => void output.push(format(...a)),
    info: (...a: unknown[]) => void output.push(format(...a)),
  };
  const failures: string[] = [];
  const record = async (i: number, f: () => Promise<unknown>): Promise<void> => {
    const check = checks[i] as Check;
    const where = `${ex.file}:${ex.codeLine + check.line - 1} ${check.source}`;
    let value: unknown;
    try {
      value = await f();
    } catch (err) {
      if (check.expected.kind === "throws") {
        const code = (err as { code?: unknown }).code ?? (err as { name?: unknown }).name;
        if (code !== check.expected.code)
          failures.push(`${where}: threw ${String(code)} (${String(err)}), expected ${check.expected.code}`);
        return;
      }
      throw new Error(`${where} threw: ${String(err)}`, { cause: err });
    }
    const d = compare(value, check.expected);
    if (d) failures.push(`${where}: ${d}`);
  };
  const wrapper = `(async function (__scope, __record, console) {\nconst { ${names.join(", ")} } = __scope;\n{\n${js}\n}\n})`;
  const fn = vm.runInThisContext(wrapper, { filename: `${ex.file}:${ex.line} @example` }) as (
    s: unknown,
    r: unknown,
    c: unknown,
  ) => Promise<void>;
  // Library code that prints (display() outside a kernel) uses the global console; its lines go
  // to the example's output too, not into the test runner's own stdout stream.
  const globalLog = console.log;
  const globalInfo = console.info;
  console.log = fakeConsole.log;
  console.info = fakeConsole.info;
  try {
    await fn(scope, record, fakeConsole);
  } catch (err) {
    const out = output.length ? `\nconsole output:\n${output.join("\n")}` : "";
    throw new Error(`example ${ex.file}:${ex.line} (${ex.symbol}) threw: ${err instanceof Error ? err.message : String(err)}${out}`, {
      cause: err,
    });
  } finally {
    console.log = globalLog;
    console.info = globalInfo;
  }
  return { checks, failures, output };
}

/** Whether an example is marked as not to be run (its first line is `// illustrative…`). */
export function isIllustrative(ex: DocExample): boolean {
  return /^\s*\/\/\s*illustrative\b/i.test(ex.code.split("\n")[0] ?? "");
}

/**
 * Declares one `node:test` test per `@example` of a folder, named `file:line symbol`, plus one
 * test that fails when the folder has no example at all (a doctest must not pass on nothing).
 */
export function defineDoctests(folder: string, options: { readonly minExamples?: number; readonly scope?: readonly string[] } = {}): void {
  const examples = extractFolder(folder);
  const min = options.minExamples ?? 1;
  test(`${folder}: at least ${min} @example found`, () => {
    assert.ok(examples.length >= min, `found ${examples.length} @example tags in ${folder}, expected at least ${min}`);
  });
  for (const ex of examples) {
    if (isIllustrative(ex)) {
      test(`${ex.file}:${ex.line} ${ex.symbol} (illustrative, compiled only)`, () => {
        assert.equal(prepare(ex.code).checks.length, 0, `an illustrative example (${ex.file}:${ex.line}) must not state results`);
      });
      continue;
    }
    test(`${ex.file}:${ex.line} ${ex.symbol}`, async () => {
      const r = await runExample(ex, options.scope ?? []);
      assert.deepEqual(r.failures, [], `${r.failures.join("\n")}${r.output.length ? `\nconsole output:\n${r.output.join("\n")}` : ""}`);
    });
  }
}
