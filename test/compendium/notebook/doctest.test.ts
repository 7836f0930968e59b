/**
 * Doctest of lib/compendium/src/notebook, the notebooks' show helpers: every @example of its doc
 * comments runs and agrees with the result it states (conventions in test/helpers/doctest.ts).
 */
import { defineDoctests } from "../../helpers/doctest.js";

defineDoctests("lib/compendium/src/notebook", {
  minExamples: 3,
  scope: ["lib/stats/src/index.ts", "lib/compendium/src/analysis/index.ts", "lib/compendium/src/data/index.ts"],
});
