/**
 * Doctest of lib/compendium/src/views: every @example of its doc comments runs and agrees with the
 * result it states (conventions in test/helpers/doctest.ts). The examples build the notebooks'
 * tables and figures from the shipped data; the data module and the analyses are in scope. The
 * numbers they show on the shipped data are computed independently in
 * test/reference/doctest-reference.R.
 */
import { defineDoctests } from "../../helpers/doctest.js";

defineDoctests("lib/compendium/src/views", {
  minExamples: 20,
  scope: ["lib/compendium/src/data/index.ts", "lib/compendium/src/analysis/index.ts"],
});
