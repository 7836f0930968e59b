/**
 * Doctest of lib/compendium/src/analysis: every @example of its doc comments runs and agrees with
 * the result it states (conventions in test/helpers/doctest.ts). The examples open the shipped
 * data (loadDataset, openStudy find data/ from the library's own location); the data module and
 * the statistics are in scope beside the analyses. The stated results on the shipped data are
 * computed independently in test/reference/doctest-reference.R.
 */
import { defineDoctests } from "../../helpers/doctest.js";

defineDoctests("lib/compendium/src/analysis", { minExamples: 25, scope: ["lib/stats/src/index.ts", "lib/compendium/src/data/index.ts"] });
