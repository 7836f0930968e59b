/**
 * Doctest of lib/compendium/src/reconstruct: every @example of its doc comments runs and agrees
 * with the result it states (conventions in test/helpers/doctest.ts). The folder has no index.ts,
 * so the package's index is in scope, with the statistics package.
 */
import { defineDoctests } from "../../helpers/doctest.js";

defineDoctests("lib/compendium/src/reconstruct", { minExamples: 2, scope: ["lib/stats/src/index.ts"] });
