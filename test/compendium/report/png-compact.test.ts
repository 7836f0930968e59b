/** compactPng on PNG files built here byte by byte: same pixels as RGB, or the input untouched. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { crc32, inflateSync } from "node:zlib";
import { compactPng } from "../../../lib/compendium/src/report/png-compact.js";
import { png } from "../../helpers/png.js";

/** Reads an RGB PNG whose rows all use filter 0, as compactPng writes them: width, height, pixels. */
function readRgb(file: Buffer): { width: number; height: number; colour: number; rows: number[][] } {
  assert.equal(file.readUInt32BE(8), 13);
  assert.equal(file.toString("latin1", 12, 16), "IHDR");
  const width = file.readUInt32BE(16);
  const height = file.readUInt32BE(20);
  const colour = file[25] as number;
  const idat: Buffer[] = [];
  for (let i = 8; i < file.length; ) {
    const n = file.readUInt32BE(i);
    const type = file.toString("latin1", i + 4, i + 8);
    assert.equal(file.readUInt32BE(i + 8 + n), crc32(file.subarray(i + 4, i + 8 + n)), `CRC of ${type}`);
    if (type === "IDAT") idat.push(file.subarray(i + 8, i + 8 + n));
    i += 12 + n;
  }
  const raw = [...inflateSync(Buffer.concat(idat))];
  const stride = width * 3 + 1;
  const rows = Array.from({ length: height }, (_, y) => raw.slice(y * stride, (y + 1) * stride));
  for (const r of rows) assert.equal(r[0], 0, "filter None");
  return { width, height, colour, rows: rows.map((r) => r.slice(1)) };
}

describe("compactPng", () => {
  // 3 × 2 opaque pixels: red, green, blue / white, grey, black.
  const pixels = [
    [255, 0, 0, 0, 255, 0, 0, 0, 255],
    [255, 255, 255, 128, 128, 128, 0, 0, 0],
  ];
  const rgba = pixels.map((row) => row.flatMap((v, i) => (i % 3 === 2 ? [v, 255] : [v])));

  it("stores an opaque RGBA image as RGB with the same pixels, whatever filters the input used", () => {
    // Row 0 unfiltered; row 1 with the Up filter (each byte minus the byte above).
    const up = (rgba[1] as number[]).map((v, i) => (v - (rgba[0]?.[i] ?? 0)) & 0xff);
    // Sub filter on row 0 (each byte minus the byte 4 to the left), Paeth on row 1.
    const sub = (rgba[0] as number[]).map((v, i) => (v - (i >= 4 ? (rgba[0]?.[i - 4] ?? 0) : 0)) & 0xff);
    const paeth = (rgba[1] as number[]).map((v, i) => {
      const a = i >= 4 ? (rgba[1]?.[i - 4] ?? 0) : 0;
      const b = rgba[0]?.[i] ?? 0;
      const c = i >= 4 ? (rgba[0]?.[i - 4] ?? 0) : 0;
      const p = a + b - c;
      const pr = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      return (v - pr) & 0xff;
    });
    for (const input of [
      png(3, 2, 6, [
        [0, ...(rgba[0] as number[])],
        [2, ...up],
      ]),
      png(3, 2, 6, [
        [1, ...sub],
        [4, ...paeth],
      ]),
    ]) {
      const out = compactPng(input);
      assert.ok(out.length < input.length, "smaller");
      const read = readRgb(out);
      assert.deepEqual([read.width, read.height, read.colour], [3, 2, 2]);
      assert.deepEqual(read.rows, pixels);
    }
  });

  it("undoes each of the five filters on the first row and on a later row", () => {
    // PNG specification §9.2, written out here: x the byte, a left, b above, c above-left (0 outside).
    const filtered = (type: number, row: readonly number[], prev: readonly number[] | null): number[] =>
      row.map((x, i) => {
        const a = i >= 4 ? (row[i - 4] as number) : 0;
        const b = prev === null ? 0 : (prev[i] as number);
        const c = prev !== null && i >= 4 ? (prev[i - 4] as number) : 0;
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        const predictor = [0, a, b, Math.floor((a + b) / 2), pa <= pb && pa <= pc ? a : pb <= pc ? b : c][type] as number;
        return (x - predictor) & 0xff;
      });
    for (let first = 0; first <= 4; first++)
      for (let second = 0; second <= 4; second++) {
        const input = png(3, 2, 6, [
          [first, ...filtered(first, rgba[0] as number[], null)],
          [second, ...filtered(second, rgba[1] as number[], rgba[0] as number[])],
        ]);
        assert.deepEqual(readRgb(compactPng(input)).rows, pixels, `filters ${first} and ${second}`);
      }
  });

  it("shrinks a larger opaque image and keeps every pixel", () => {
    const width = 200;
    const height = 120;
    const row = (y: number): number[] =>
      Array.from({ length: width }, (_, x) => (x < 100 ? [250, 250, 250, 255] : [0, 114, y % 2 === 0 ? 178 : 177, 255])).flat();
    const input = png(
      width,
      height,
      6,
      Array.from({ length: height }, (_, y) => [0, ...row(y)]),
    );
    const out = compactPng(input);
    assert.ok(out.length < input.length, `${out.length} < ${input.length}`);
    const read = readRgb(out);
    assert.equal(read.colour, 2);
    assert.deepEqual(
      read.rows,
      Array.from({ length: height }, (_, y) => row(y).filter((_, i) => i % 4 !== 3)),
    );
    assert.ok(compactPng(input).equals(out), "deterministic");
  });

  it("returns anything else untouched: transparency, RGB already, damaged data, not a PNG", () => {
    const translucent = png(1, 1, 6, [[0, 10, 20, 30, 128]]);
    const rgb = png(1, 1, 2, [[0, 10, 20, 30]]);
    const damaged = Buffer.from(png(2, 1, 6, [[0, 1, 2, 3, 255, 4, 5, 6, 255]]).subarray(0, 40));
    const text = Buffer.from("not a png");
    for (const b of [translucent, rgb, damaged, text]) assert.equal(compactPng(b), b);
  });
});
