/**
 * Privacy checks before reporting: personal data in free text (each detector) and k-anonymity
 * over quasi-identifiers (with generalisation bins).
 */
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadDataset, DataError } from "../../../lib/compendium/src/data/index.js";
import { checkPrivacy, findPersonalData, kAnonymity, redactFreeText, scanFreeText } from "../../../lib/compendium/src/privacy/index.js";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/data");

function kinds(text: string): [string, string][] {
  return findPersonalData(text).map((f) => [f.kind, f.match]);
}

describe("free text: detectors", () => {
  test("e-mail addresses, also with (at)", () => {
    assert.deepEqual(kinds("Mail a.de.vries@school.nl of j_jansen+pd@uva.ac.uk."), [
      ["email", "a.de.vries@school.nl"],
      ["email", "j_jansen+pd@uva.ac.uk"],
    ]);
    assert.deepEqual(kinds("mail p.smit [at] hva.nl"), [["email", "p.smit [at] hva.nl"]]);
  });
  test("Dutch phone numbers in the usual formats", () => {
    for (const phone of [
      "06-12345678",
      "0612345678",
      "06 1234 5678",
      "+31 6 12345678",
      "+31612345678",
      "+31 (0)6 12345678",
      "0031 6 12345678",
      "020-1234567",
      "020 123 4567",
      "(020) 1234567",
      "0513-123456",
    ]) {
      assert.deepEqual(kinds(`Bel me op ${phone} svp`), [["phone", phone]], phone);
    }
  });
  test("numbers that are not phone numbers", () => {
    for (const text of ["In 2019-20 en 2020-21", "score 4,05 en 3,55", "N = 51", "R19-03", "06-1234567", "1234567890", "0012345678"]) {
      assert.deepEqual(kinds(text), [], text);
    }
  });
  test("Dutch postcodes", () => {
    assert.deepEqual(kinds("School aan de Dam, 1012 AB Amsterdam"), [["postcode", "1012 AB"]]);
    assert.deepEqual(kinds("postcode 1012AB of 1012ab"), [
      ["postcode", "1012AB"],
      ["postcode", "1012ab"],
    ]);
    assert.deepEqual(kinds("sinds 2019 de school"), []);
    assert.deepEqual(kinds("0123 AB"), []);
    assert.deepEqual(kinds("1234 SS"), []);
  });
  test("Dutch postcodes with any whitespace (no-break space, thin space, tab) and in lower case", () => {
    for (const postcode of ["1234 ab", "1234\u00A0AB", "1234\u00A0ab", "1234\u202FAB", "1234\tAB", "1234  AB", "1234 Ab"]) {
      assert.deepEqual(kinds(`Adres: Dorpsstraat 1, ${postcode} Ergens`), [["postcode", postcode]], JSON.stringify(postcode));
    }
    assert.equal(redactFreeText("Ik woon in 1234\u00A0ab Ergens."), "Ik woon in [postcode] Ergens.");
  });
  test("phone numbers with an en dash, em dash, slash or no-break space", () => {
    for (const phone of [
      "06\u201312345678",
      "06\u201412345678",
      "06/12345678",
      "020/1234567",
      "0513/123456",
      "06\u00A012345678",
      "+31\u00A06\u201312345678",
      "020 \u2013 1234567",
    ]) {
      assert.deepEqual(kinds(`Bel me op ${phone} svp`), [["phone", phone]], JSON.stringify(phone));
    }
  });
  test("obfuscated e-mail addresses: [at], (at), ' at ' with [dot], (dot) or ' dot '", () => {
    for (const email of [
      "jan[at]school[dot]nl",
      "jan [at] school [dot] nl",
      "jan(at)school(dot)nl",
      "jan (at) school (dot) nl",
      "jan at school dot nl",
      "jan at school.nl",
      "jan.de.vries(at)hva(dot)nl",
      "jan[dot]jansen[at]school[dot]nl",
      "JAN[AT]SCHOOL[DOT]NL",
    ]) {
      assert.deepEqual(kinds(`Mail: ${email}, graag.`), [["email", email]], email);
      assert.equal(redactFreeText(`Mail: ${email}, graag.`), "Mail: [e-mail], graag.", email);
    }
  });
  test("e-mail addresses and domains with non-ASCII letters are found and replaced whole", () => {
    assert.deepEqual(kinds("Mail jöran.müller@universiteit.nl of info@bücher.de"), [
      ["email", "jöran.müller@universiteit.nl"],
      ["email", "info@bücher.de"],
    ]);
    assert.equal(redactFreeText("Mail jöran.müller@universiteit.nl."), "Mail [e-mail].");
    assert.equal(redactFreeText("Mail ø.ærø@skole.dk of zie müller-school.nl"), "Mail [e-mail] of zie [url]");
    // decomposed ü (u + combining diaeresis)
    assert.equal(redactFreeText("Mail jo\u0308ran@school.nl"), "Mail [e-mail]");
  });
  test("ordinary text with numbers, years, dates, fractions and Likert answers is not flagged", () => {
    for (const text of [
      "1234 keer geprobeerd",
      "in 2019 en 2020",
      "sinds 2019 de school",
      "1500 km gereden",
      "2019\u20132020",
      "In 2019/2020 en 2020/21",
      "10/12",
      "op 06/12/2019 om 10:30",
      "01/02/2019 12:30",
      "score 4/5",
      "0 1 2 3 4 5 6 7 8 9 10",
      "0-1-2-3-4-5-6-7-8-9",
      "0\u20131\u20132\u20133\u20134\u20135\u20136\u20137\u20138\u20139 (helemaal eens)",
      "antwoorden: 3 - 4 - 5 - 2 - 1",
      "I was at work.Then I went home",
      "We keken at random naar de data.",
      "Helemaal mee eens (5)",
    ]) {
      assert.deepEqual(kinds(text), [], text);
    }
  });
  test("URLs and bare domains; an e-mail's domain is not a second finding", () => {
    assert.deepEqual(kinds("Zie https://www.school.nl/team, www.leraar.nl of onderwijs.nl."), [
      ["url", "https://www.school.nl/team"],
      ["url", "www.leraar.nl"],
      ["url", "onderwijs.nl"],
    ]);
    assert.deepEqual(kinds("info@school.nl"), [["email", "info@school.nl"]]);
  });
  test("ordinary Dutch answers have no findings", () => {
    for (const text of [
      'Meer tijd voor ontwikkeling, en een schoolleiding die "ja" zegt.',
      "Minder werkdruk; kleinere klassen.",
      "Het continuüm – ook financieel (€).",
    ]) {
      assert.deepEqual(kinds(text), [], text);
    }
  });
});

describe("scanFreeText and redactFreeText", () => {
  test("findings with row and field; missing values skipped", () => {
    const scan = scanFreeText(["Meer tijd", null, "Bel 06-12345678 of mail a@b.nl", "1012 AB"], "open_self");
    assert.equal(scan.ok, false);
    assert.equal(scan.valuesScanned, 3);
    assert.deepEqual(
      scan.findings.map((f) => [f.row, f.field, f.kind, f.match, f.start, f.end]),
      [
        [3, "open_self", "phone", "06-12345678", 4, 15],
        [3, "open_self", "email", "a@b.nl", 24, 30],
        [4, "open_self", "postcode", "1012 AB", 0, 7],
      ],
    );
    assert.deepEqual(scan.counts, { email: 1, phone: 1, postcode: 1, url: 0 });
    assert.equal(scanFreeText(["Meer tijd"], "x").ok, true);
  });
  test("redaction", () => {
    assert.equal(
      redactFreeText("Bel 06-12345678 of mail a@b.nl (1012 AB, www.x.nl)."),
      "Bel [telefoon] of mail [e-mail] ([postcode], [url]).",
    );
  });
});

describe("kAnonymity", () => {
  const rows = [
    { round: "2019-20", sector: "vo", experience_years: 3, fte: 0.8 },
    { round: "2019-20", sector: "vo", experience_years: 4, fte: 0.8 },
    { round: "2019-20", sector: "vo", experience_years: 7, fte: 1 },
    { round: "2019-20", sector: "po", experience_years: 12, fte: 0.6 },
    { round: "2020-21", sector: "po", experience_years: 12, fte: null },
    { round: "2020-21", sector: "po", experience_years: 14, fte: 0.6 },
  ];
  test("k is the smallest group; unique combinations are listed with their rows", () => {
    const r = kAnonymity(rows, ["round", "sector"], { threshold: 3 });
    assert.equal(r.k, 1);
    assert.equal(r.groups, 3);
    assert.deepEqual(
      r.unique.map((c) => [c.values, c.rows]),
      [[{ round: "2019-20", sector: "po" }, [4]]],
    );
    assert.deepEqual(
      r.belowThreshold.map((c) => c.size),
      [1, 2],
    );
    assert.equal(r.respondentsAtRisk, 3);
    assert.match(
      r.summary,
      /^k = 1 over round, sector: 3 combinations among 6 rows; 1 single out one respondent, 2 have fewer than 3 \(3 respondents\)\.$/,
    );
  });
  test("generalisation bins: equal width and breaks; missing values are their own category", () => {
    const r = kAnonymity(rows, ["sector", "experience_years"], { bins: { experience_years: { width: 5 } }, threshold: 2 });
    assert.deepEqual(
      r.belowThreshold.map((c) => c.values),
      [{ sector: "vo", experience_years: "5–9" }],
    );
    assert.equal(r.k, 1);
    const wide = kAnonymity(rows, ["sector", "experience_years"], { bins: { experience_years: { width: 10 } }, threshold: 2 });
    assert.equal(wide.k, 3);
    assert.deepEqual(wide.generalisation, ["experience_years in bins of width 10 from 0"]);
    const fte = kAnonymity(rows, ["fte"], { bins: { fte: { breaks: [0.5, 0.9] } }, threshold: 2 });
    assert.deepEqual(
      fte.unique.map((c) => c.values),
      [{ fte: "≥ 0.9" }, { fte: "(missing)" }],
    );
    const fteWidth = kAnonymity([{ fte: 0.6 }, { fte: 0.7 }], ["fte"], { bins: { fte: { width: 0.2 } } });
    assert.equal(fteWidth.groups, 1, "0.6 / 0.2 is not floored to 2 by rounding error");
    assert.deepEqual(fteWidth.unique, []);
    assert.equal(fteWidth.belowThreshold[0]?.values.fte, "[0.6, 0.8)");
  });
  test("invalid input", () => {
    assert.throws(
      () => kAnonymity(rows, []),
      (e: unknown) => e instanceof DataError && e.code === "INVALID_ARGUMENT",
    );
    assert.throws(
      () => kAnonymity(rows, ["school"]),
      (e: unknown) => e instanceof DataError && e.code === "UNKNOWN_FIELD",
    );
    assert.throws(() => kAnonymity(rows, ["sector"], { bins: { sector: { width: 5 } } }), /bins need numbers/);
    assert.throws(() => kAnonymity(rows, ["fte"], { bins: { fte: { width: 0 } } }), /not a positive number/);
    assert.throws(() => kAnonymity(rows, ["fte"], { threshold: 1 }), /threshold/);
    assert.equal(kAnonymity([], ["fte"]).k, 0);
  });
});

test("checkPrivacy on the fixture dataset: free-text fields of every table, k over the codebook's quasi-identifiers", () => {
  const ds = loadDataset({ codebookDir: path.join(fixtures, "codebook") });
  const r = checkPrivacy(ds, { bins: { experience_years: { width: 5 } } });
  assert.deepEqual(r.fieldsScanned, [
    "respondents-2019-20.open_self",
    "respondents-2019-20.open_teachers",
    "respondents-2020-21.open_self",
    "respondents-2020-21.open_teachers",
    "coding-2019-20.segment",
    "coding-2020-21.segment",
    "focusgroups-2019-20.text",
  ]);
  assert.deepEqual(r.findings, []);
  assert.deepEqual(r.kAnonymity.quasiIdentifiers, ["round", "experience_years", "fte", "sector", "course"]);
  assert.equal(r.kAnonymity.k, 1);
  assert.equal(r.ok, false);
  assert.equal(r.summary.length, 2);
});
