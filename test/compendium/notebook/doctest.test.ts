/**
 * Doctest of lib/compendium/src/notebook, the notebooks' show helpers: every @example of its doc
 * comments runs and agrees with the result it states (conventions in test/helpers/doctest.ts).
 */
import { defineDoctests } from "../../helpers/doctest.js";

defineDoctests("lib/compendium/src/notebook", { minExamples: 3 });
