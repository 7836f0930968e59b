/**
 * `node lib/compendium/dist/pipeline/check-report.js [reports/report.html]`: opens the report in headless
 * Chromium and fails unless every figure was drawn and the page logged no error and made no
 * network request. Used by CI.
 * @module pipeline/check-report
 */
import { resolve } from "node:path";
import { checkReportInBrowser } from "../report/png.js";
import { isMain } from "../main-module.js";

/** Runs the check; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const file = resolve(argv[0] ?? "reports/report.html");
  const r = await checkReportInBrowser(file);
  process.stdout.write(
    `${file}: ${r.figuresDrawn} of ${r.figuresExpected} figures drawn; plotly ${r.plotlyLoaded ? "loaded" : "NOT loaded"}; ${r.consoleErrors.length} console errors, ${r.pageErrors.length} page errors, ${r.externalRequests.length} external requests\n`,
  );
  for (const e of [...r.consoleErrors, ...r.pageErrors]) process.stdout.write(`  error: ${e}\n`);
  for (const u of r.externalRequests) process.stdout.write(`  request: ${u}\n`);
  const ok =
    r.figuresExpected > 0 &&
    r.figuresDrawn === r.figuresExpected &&
    r.plotlyLoaded &&
    r.consoleErrors.length === 0 &&
    r.pageErrors.length === 0 &&
    r.externalRequests.length === 0;
  return ok ? 0 : 1;
}

if (isMain(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`check-report: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
