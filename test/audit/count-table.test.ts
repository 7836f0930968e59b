/**
 * Count tables. The article's Table 2 (Koffeman et al., 2023, p. 35–36; text in
 * /work/shared/article/article-nl.txt), counted by hand: the first column's printed cells
 * (14, 4, 5, 3, 5, 3, 3, –, 4, 3, 5, 18) add up to 67, not to the printed 73; the second column's
 * cells add up to 84 as printed; every row total matches its two cells; the grand total 157 is
 * 73 + 84 but the cells add up to 151.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCountTable } from "../../lib/audit/src/index.js";

const table2 = {
  rowLabels: [
    "loopbaanontwikkeling/groeimogelijkheden",
    "minder werkdruk",
    "meer waardering",
    "meer salaris/onkostenvergoeding",
    "nieuwe uitdagingen",
    "meer regelruimte/autonomie",
    "meer studiemogelijkheden",
    "meer ondersteuning",
    "combinatie van lesgeven en andere taken",
    "minder administratie",
    "een nieuwe rol - beleid/leiding",
    "Overig",
  ],
  columnLabels: ["om jou te behouden", "om leraren te behouden"],
  cells: [
    ["14", "12"],
    ["4", "14"],
    ["5", "12"],
    ["3", "9"],
    ["5", "4"],
    ["3", "6"],
    ["3", "5"],
    ["-", "8"],
    ["4", "2"],
    ["3", "3"],
    ["5", "-"],
    ["18", "9"],
  ],
  rowTotals: ["26", "18", "17", "12", "9", "9", "8", "8", "6", "6", "5", "27"],
  columnTotals: ["73", "84"],
  grandTotal: "157",
};

test("article Table 2: the first column adds up to 67, not 73", () => {
  const r = checkCountTable(table2);
  assert.equal(r.verdict, "inconsistent");
  const col = r.details.columns[0];
  assert.equal(col?.cellSum, 67);
  assert.equal(col?.printed, 73);
  assert.equal(col?.difference, 6);
  assert.deepEqual(r.details.offColumns, ["om jou te behouden"]);
  assert.equal(r.details.columns[1]?.status, "matches");
  assert.deepEqual(r.details.offRows, []);
  assert.deepEqual(r.details.grandTotal, { printed: 157, cellSum: 151, rowTotalsSum: 151, columnTotalsSum: 157, difference: 6 });
  assert.match(r.reason, /67/);
  assert.match(r.reason, /73/);
});

test("with dashes read as missing counts, a positive difference becomes possible", () => {
  const r = checkCountTable(table2, { dash: "missing" });
  // the first column has one dash: a missing 6 would make it add up
  assert.equal(r.details.columns[0]?.status, "possible");
  assert.equal(r.verdict, "consistent");
});

test("a consistent table and a row that is off", () => {
  assert.equal(
    checkCountTable({
      cells: [
        ["1", "2"],
        ["3", "4"],
      ],
      rowTotals: ["3", "7"],
      columnTotals: ["4", "6"],
      grandTotal: "10",
    }).verdict,
    "consistent",
  );
  const r = checkCountTable({
    cells: [
      ["1", "2"],
      ["3", "4"],
    ],
    rowTotals: ["3", "8"],
  });
  assert.equal(r.verdict, "inconsistent");
  assert.deepEqual(r.details.offRows, ["row 2"]);
  assert.equal(checkCountTable({ cells: [["1", "2"]] }).verdict, "not-testable");
});
