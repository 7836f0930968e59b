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
import { crc32, deflateSync } from "node:zlib";
import { parseNotebook, renderNotebookHtml, serializeNotebook } from "../../../lib/notebook-runner/src/index.js";
import { startFinishThread } from "../../../lib/compendium/src/pipeline/finish-worker.js";
import { compactPng } from "../../../lib/compendium/src/report/png-compact.js";
import { readPlotlySource } from "../../../lib/compendium/src/report/plotly-source.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4, 8))), 0);
  return Buffer.concat([head, data, crc]);
}

/** An opaque RGBA gradient, unfiltered and lightly deflated, as Chromium writes a screenshot. */
function screenshotLike(width: number, height: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + 4 * width);
    for (let x = 0; x < width; x++) row.set([(x * 7) % 256, (y * 3) % 256, (x + y) % 256, 255], 1 + 4 * x);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 1 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
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
