/**
 * The finishing thread of `npm run reproduce` (pipeline/finish-worker) gives what the same
 * functions give on the main thread: the compacted PNG, byte for byte, and the notebook's files;
 * an error in the worker rejects that request only.
 */
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseNotebook, renderNotebookHtml, serializeNotebook } from "../../../lib/notebook-runner/src/index.js";
import { startFinishThread } from "../../../lib/compendium/src/pipeline/finish-worker.js";
import { compactPng } from "../../../lib/compendium/src/report/png-compact.js";
import { readPlotlySource } from "../../../lib/compendium/src/report/plotly-source.js";
import { png } from "../../helpers/png.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** An opaque RGBA gradient, unfiltered, as Chromium writes a screenshot (which compactPng makes smaller). */
function screenshotLike(width: number, height: number): Buffer {
  const rows: number[][] = [];
  for (let y = 0; y < height; y++) {
    const row = [0];
    for (let x = 0; x < width; x++) row.push((x * 7) % 256, (y * 3) % 256, (x + y) % 256, 255);
    rows.push(row);
  }
  return png(width, height, 6, rows);
}

describe("finishing thread", () => {
  const plotly = readPlotlySource();
  const finisher = startFinishThread(plotly?.text ?? null);
  after(() => finisher.terminate());

  it("compacts a PNG as compactPng does on the main thread", async () => {
    const input = screenshotLike(300, 200);
    const expected = compactPng(input);
    assert.ok(expected.length < input.length, "the input is one compactPng makes smaller");
    const [a, b] = await Promise.all([finisher.compactPng(input), finisher.compactPng(screenshotLike(30, 20))]);
    assert.ok(a.equals(expected));
    assert.ok(b.equals(compactPng(screenshotLike(30, 20))), "answers go to their own requests");
    assert.ok(input.equals(screenshotLike(300, 200)), "the caller's buffer is left as it was");
  });

  it("writes a notebook and its HTML page as serializeNotebook and renderNotebookHtml make them", async () => {
    const nb = parseNotebook(readFileSync(join(ROOT, "notebooks", "05-correlations.ipynb"), "utf8"));
    const dir = mkdtempSync(join(tmpdir(), "finish-worker-"));
    try {
      await finisher.writeNotebook(nb, "nl", join(dir, "a.ipynb"), join(dir, "a.html"));
      assert.equal(readFileSync(join(dir, "a.ipynb"), "utf8"), serializeNotebook(nb));
      const options = { lang: "nl" as const, ...(plotly === null ? {} : { plotlyJs: plotly.text }) };
      assert.equal(readFileSync(join(dir, "a.html"), "utf8"), renderNotebookHtml(nb, options));
      await assert.rejects(finisher.writeNotebook(nb, "en", join(dir, "missing", "b.ipynb"), join(dir, "b.html")), /ENOENT/);
      assert.ok((await finisher.compactPng(screenshotLike(4, 4))).length > 0, "the thread serves the next request after a failed one");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
