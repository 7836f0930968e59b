/**
 * Reading files as people export them: the CSV parser, delimiter detection, decoding and the
 * recognition of files that are not tables.
 */
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { parseDelimited, detectDelimiter } from "../../../lib/compendium/src/data/csv.js";
import { decodeText, sniffBytes, sniffText } from "../../../lib/compendium/src/data/decode.js";
import { readTableBytes } from "../../../lib/compendium/src/data/read.js";

describe("parseDelimited", () => {
  test("quoted fields hold delimiters, doubled quotes and line breaks; lines are physical", () => {
    const text = 'a,b,c\n1,"x, y","he said ""ja"""\n2,"two\nlines",z\n3,,\n';
    const { records, issues, lineEnding } = parseDelimited(text, ",");
    assert.deepEqual(issues, []);
    assert.equal(lineEnding, "lf");
    assert.deepEqual(
      records.map((r) => r.cells),
      [
        ["a", "b", "c"],
        ["1", "x, y", 'he said "ja"'],
        ["2", "two\nlines", "z"],
        ["3", "", ""],
      ],
    );
    assert.deepEqual(
      records.map((r) => r.line),
      [1, 2, 3, 5],
    );
  });

  test("CRLF, CR and LF give the same records; a line break inside quotes becomes \\n", () => {
    const lf = parseDelimited('a;b\n1;"x\ny"\n', ";").records.map((r) => r.cells);
    assert.deepEqual(
      parseDelimited('a;b\r\n1;"x\r\ny"\r\n', ";").records.map((r) => r.cells),
      lf,
    );
    assert.deepEqual(
      parseDelimited('a;b\r1;"x\ry"\r', ";").records.map((r) => r.cells),
      lf,
    );
    assert.equal(parseDelimited("a\r\nb\n", ",").lineEnding, "mixed");
  });

  test("no final line break, blank lines, spaces before a quote", () => {
    const { records } = parseDelimited('a,b\n\n1, "2"', ",");
    assert.deepEqual(
      records.map((r) => [r.blank, r.cells]),
      [
        [false, ["a", "b"]],
        [true, [""]],
        [false, ["1", "2"]],
      ],
    );
  });

  test("an unclosed quote and text after a closing quote are reported with their line", () => {
    assert.deepEqual(
      parseDelimited('a,b\n1,"open\n2,3\n', ",").issues.map((i) => i.line),
      [2],
    );
    assert.deepEqual(
      parseDelimited('a,b\n1,"x"y\n', ",").issues.map((i) => i.line),
      [2],
    );
  });

  test("a quote inside an unquoted field is kept", () => {
    assert.deepEqual(parseDelimited('a\n12" scherm\n', ",").records[1]?.cells, ['12" scherm']);
  });
});

describe("detectDelimiter", () => {
  const known = ["respondent", "fte", "sector"];
  test("comma, semicolon, tab and pipe", () => {
    assert.equal(detectDelimiter("respondent,fte,sector\nR19-01,0.8,vo\n", known), ",");
    assert.equal(detectDelimiter("respondent;fte;sector\nR19-01;0,8;vo\n", known), ";");
    assert.equal(detectDelimiter("respondent\tfte\tsector\nR19-01\t0,8\tvo\n", known), "\t");
    assert.equal(detectDelimiter("respondent|fte|sector\nR19-01|0,8|vo\n", known), "|");
  });
  test("semicolons win over commas in the values (decimal commas, text)", () => {
    assert.equal(detectDelimiter('respondent;fte;sector\nR19-01;0,8;"vo, po"\nR19-02;1,0;po\n', known), ";");
  });
  test("a title line above the header does not mislead", () => {
    assert.equal(detectDelimiter("Enquête, ronde 1\n\nrespondent;fte;sector\nR19-01;0,8;vo\n", known), ";");
  });
  test("without known names, the most consistent delimiter", () => {
    assert.equal(detectDelimiter("a;b;c\n1;2;3\n4;5;6\n"), ";");
  });
});

describe("decodeText", () => {
  test("UTF-8, UTF-8 with BOM, UTF-16LE/BE, Windows-1252", () => {
    const text = "é ë ï ü € ’ – “ja”";
    assert.deepEqual(decodeText(new TextEncoder().encode(text)), { text, encoding: "utf-8" });
    assert.deepEqual(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])), { text, encoding: "utf-8-bom" });
    assert.deepEqual(decodeText(new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")])), { text, encoding: "utf-16le" });
    const be = Buffer.from(text, "utf16le").swap16();
    assert.deepEqual(decodeText(new Uint8Array([0xfe, 0xff, ...be])), { text, encoding: "utf-16be" });
    const cp1252 = new Uint8Array([
      0xe9, 0x20, 0xeb, 0x20, 0xef, 0x20, 0xfc, 0x20, 0x80, 0x20, 0x92, 0x20, 0x96, 0x20, 0x93, 0x6a, 0x61, 0x94,
    ]);
    assert.deepEqual(decodeText(cp1252), { text, encoding: "windows-1252" });
  });
});

describe("files that are not tables", () => {
  test("sniffBytes recognises workbooks and known binary formats", () => {
    assert.deepEqual(sniffBytes(new Uint8Array()), { kind: "empty" });
    assert.equal(sniffBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])).kind, "not-a-table");
    assert.deepEqual(sniffBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), { kind: "workbook", format: "xls" });
    assert.equal(sniffBytes(new TextEncoder().encode("a,b\n1,2\n")).kind, "text");
    assert.equal(sniffBytes(new Uint8Array([0x61, 0x00, 0x62])).kind, "not-a-table");
  });
  test("sniffText recognises HTML, XML and JSON", () => {
    assert.equal(sniffText("  <!DOCTYPE html><html></html>"), "an HTML page");
    assert.equal(sniffText('<?xml version="1.0"?><a/>'), "an XML document");
    assert.equal(sniffText('{"a": 1}'), "a JSON document");
    assert.equal(sniffText("respondent,fte\nR19-01,0.8\n"), null);
  });
  test("readTableBytes turns each into one problem", () => {
    const r = readTableBytes("x.csv", new TextEncoder().encode("[1, 2, 3]"), []);
    assert.equal(r.table, null);
    assert.deepEqual(
      r.problems.map((p) => p.rule),
      ["not-a-table"],
    );
    assert.match(r.problems[0]?.message ?? "", /JSON/);
  });
  test("a ZIP archive that is not a workbook", () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, ...new TextEncoder().encode("foto.jpg")]);
    const r = readTableBytes("x.xlsx", zip, []);
    assert.deepEqual(
      r.problems.map((p) => p.rule),
      ["not-a-table"],
    );
    assert.match(r.problems[0]?.message ?? "", /ZIP/);
  });
});
