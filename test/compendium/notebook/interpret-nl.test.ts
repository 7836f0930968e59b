/**
 * The interpretation sentences in Dutch and English: for every function and both languages the
 * Dutch has no English words and writes the decimal comma (leading zero, "; " in intervals), the
 * English has no decimal comma; without a language the sentences follow BEHOUD_LANG.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  INTERPRET_TEXT,
  interpretAlpha,
  interpretBootstrap,
  interpretCorrelation,
  interpretEffect,
  interpretEffectVariants,
  interpretHolm,
  interpretPairedT,
  interpretReliabilities,
  interpretText,
  interpretWilcoxon,
} from "../../../lib/compendium/src/notebook/interpret.js";
import { openStudy } from "../../../lib/compendium/src/analysis/study.js";
import { table3 } from "../../../lib/compendium/src/analysis/table3.js";
import type { Lang } from "../../../lib/compendium/src/views/lang.js";

const ENGLISH = /\b(the|and|with|which|that|from|before|after|respondents|value|values|not|are|for|each|printed)\b/i;
/** The text without construct names and quoted text (Hattie's bands as the article names them). */
const prose = (text: string): string =>
  text.replace(/"[^"]*"/g, " ").replace(/Werkplezier|Werkdruk|Self-efficacy|Autonomie|Waardering|Ontwikkelmogelijkheden/g, " ");

const study = openStudy();
const rows = table3(study.ds);

/** Every sentence each function writes, over the branches of its verdicts, in a language. */
function sentences(lang: Lang) {
  const nan = Number.NaN;
  return {
    alpha: [
      interpretAlpha({ label: "Werkplezier", alpha: 0.86, lower: 0.78, upper: 0.92, n: 51, k: 3, threshold: 0.7 }, lang),
      interpretAlpha({ label: "Werkplezier", alpha: 0.74, lower: 0.6, upper: 0.84, n: 51, k: 3, threshold: 0.7 }, lang),
      interpretAlpha({ label: "Werkplezier", alpha: 0.6, lower: 0.4, upper: 0.75, n: 51, k: 3, threshold: 0.7 }, lang),
      interpretAlpha({ label: "Werkplezier", alpha: nan, lower: nan, upper: nan, n: 0, k: 3, threshold: 0.7 }, lang),
    ],
    pairedT: [
      interpretPairedT({ label: "Werkplezier", meanDifference: 0.47, lower: 0.31, upper: 0.63, t: 6, df: 50, p: 2e-7, alpha: 0.05 }, lang),
      interpretPairedT(
        { label: "Werkdruk", meanDifference: -0.13, lower: -0.33, upper: 0.07, t: -1.34, df: 50, p: 0.186, alpha: 0.05 },
        lang,
      ),
      interpretPairedT({ label: "Werkdruk", meanDifference: nan, lower: nan, upper: nan, t: nan, df: 0, p: nan, alpha: 0.05 }, lang),
    ],
    effect: [
      interpretEffect({ variant: "d_av", label: "Werkplezier", estimate: 0.61, lower: 0.45, upper: 0.77 }, lang),
      interpretEffect({ variant: "d_z", label: "Werkplezier", estimate: 0.8, lower: 0.7, upper: 0.9 }, lang),
      interpretEffect({ variant: "d_rm", label: "Werkplezier", estimate: nan, lower: nan, upper: nan }, lang),
    ],
    correlation: [
      interpretCorrelation({ x: "Werkplezier", y: "Autonomie", r: 0.574, lower: 0.357, upper: 0.733, n: 51, p: 1.07e-5 }, lang),
      interpretCorrelation({ x: "Werkplezier", y: "Werkdruk", r: -0.2, lower: -0.45, upper: 0.08, n: 51, p: 0.16 }, lang),
      interpretCorrelation({ x: "Werkplezier", y: "Werkdruk", r: nan, lower: nan, upper: nan, n: 1, p: nan }, lang),
    ],
    wilcoxon: [
      interpretWilcoxon({ label: "Waardering", v: 300, n: 30, nZero: 21, z: 2.5, p: 0.012, tP: 0.02, alpha: 0.05 }, lang),
      interpretWilcoxon({ label: "Waardering", v: 300.5, n: 30, nZero: 21, z: 1.5, p: 0.12, tP: 0.02, alpha: 0.05 }, lang),
      interpretWilcoxon({ label: "Waardering", v: nan, n: 0, nZero: 0, z: nan, p: nan, tP: nan, alpha: 0.05 }, lang),
    ],
    bootstrap: [
      interpretBootstrap({ what: "d_av", lower: 0.35, upper: 0.88, replicates: 1999, n: 51, seed: 1 }, lang),
      interpretBootstrap({ what: "d_av", lower: -0.1, upper: 0.3, replicates: 1999, n: 51, seed: 1 }, lang),
      interpretBootstrap({ what: "d_av", lower: nan, upper: nan, replicates: 1999, n: 51, seed: 1 }, lang),
    ],
    holm: [
      interpretHolm(
        [
          { label: "Werkplezier", p: 0.001, adjusted: 0.005 },
          { label: "Waardering", p: 0.03, adjusted: 0.12 },
        ],
        0.05,
        lang,
      ),
      interpretHolm([{ label: "Werkplezier", p: 0.001, adjusted: 0.001 }], 0.05, lang),
      interpretHolm([], 0.05, lang),
    ],
    reliabilities: [
      interpretReliabilities(
        [
          { label: "Werkplezier", timepoint: "pre", result: { alpha: 0.81 } },
          { label: "Werkdruk", timepoint: "post", result: { alpha: 0.66 } },
        ],
        0.7,
        lang,
      ),
      interpretReliabilities([], 0.7, lang),
    ],
    variants: [interpretEffectVariants(rows, study.published, lang), interpretEffectVariants([], study.published, lang)],
  };
}

test("Dutch: every function's sentences have no English words and no decimal point", () => {
  for (const [fn, list] of Object.entries(sentences("nl"))) {
    for (const s of list) {
      assert.equal(ENGLISH.exec(prose(s))?.[0], undefined, `${fn}: ${s}`);
      assert.doesNotMatch(prose(s), /\d\.\d/, `${fn}: ${s}`);
    }
  }
});

test("English: no decimal comma, and the word check does find English there", () => {
  for (const [fn, list] of Object.entries(sentences("en"))) {
    for (const s of list) {
      assert.doesNotMatch(prose(s), /\d,\d/, `${fn}: ${s}`);
      assert.match(prose(s), ENGLISH, `${fn}: ${s}`);
    }
  }
  assert.equal(interpretText("en"), INTERPRET_TEXT);
});

test("Dutch numbers: leading zeros, decimal commas, semicolons in intervals, p with a leading zero", () => {
  const s = sentences("nl");
  assert.ok(
    s.alpha[0]?.startsWith("Cronbachs α van Werkplezier is 0,86 (95%-BI [0,78; 0,92]; 3 items, n = 51): boven de ondergrens van 0,70"),
    s.alpha[0],
  );
  assert.ok(s.alpha[1]?.includes("reikt tot 0,60"), s.alpha[1]);
  assert.ok(s.pairedT[0]?.includes("0,47 punt hoger"), s.pairedT[0]);
  assert.ok(s.pairedT[0]?.includes("(95%-BI [0,31; 0,63]); t(50) = 6,00, p < 0,001: de p-waarde ligt onder 0,05"), s.pairedT[0]);
  assert.ok(s.pairedT[1]?.includes("0,13 punt lager") && s.pairedT[1]?.includes("p = 0,186"), s.pairedT[1]);
  assert.ok(s.effect[0]?.includes("d_av van Werkplezier is 0,61 (95%-BI [0,45; 0,77])"), s.effect[0]);
  // Hattie's bands as the article names them, with its own thresholds (0,4 and 0,6).
  assert.match(s.effect[0] ?? "", /0,6\)"/);
  assert.ok(s.correlation[0]?.startsWith("r = 0,57 (95%-BI [0,36; 0,73], N = 51, p < 0,001)"), s.correlation[0]);
  assert.ok(s.correlation[0]?.includes("r² = 33 %"), s.correlation[0]);
  assert.ok(s.correlation[1]?.includes("een lagere score op Werkdruk"), s.correlation[1]);
  assert.ok(s.wilcoxon[1]?.includes("V van Waardering is 300,5") && s.wilcoxon[1]?.includes("z = 1,50, p = 0,120"), s.wilcoxon[1]);
  assert.ok(s.bootstrap[1]?.includes("[-0,10; 0,30]"), s.bootstrap[1]);
  assert.ok(s.holm[0]?.includes("p < 0,05") && s.holm[0]?.endsWith("Waardering."), s.holm[0]);
  assert.ok(s.reliabilities[0]?.includes("de laagste is Werkdruk (na), α = 0,66"), s.reliabilities[0]);
});

test("English sentences keep APA numbers", () => {
  const s = sentences("en");
  assert.ok(s.alpha[0]?.includes("is .86 (95 % CI [.78, .92]"), s.alpha[0]);
  assert.ok(s.pairedT[0]?.includes("(95 % CI [0.31, 0.63]); t(50) = 6.00, p < .001"), s.pairedT[0]);
  assert.ok(s.reliabilities[0]?.includes("the lowest is Werkdruk (post), α = .66"), s.reliabilities[0]);
});

test("without a language the sentences follow BEHOUD_LANG", () => {
  const before = process.env.BEHOUD_LANG;
  const v = { label: "Werkplezier", alpha: 0.86, lower: 0.78, upper: 0.92, n: 51, k: 3, threshold: 0.7 };
  try {
    process.env.BEHOUD_LANG = "nl";
    assert.ok(interpretAlpha(v).startsWith("Cronbachs α van Werkplezier is 0,86"));
    delete process.env.BEHOUD_LANG;
    assert.ok(interpretAlpha(v).startsWith("Cronbach's α of Werkplezier is .86"));
  } finally {
    if (before === undefined) delete process.env.BEHOUD_LANG;
    else process.env.BEHOUD_LANG = before;
  }
});
