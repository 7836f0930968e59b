/**
 * Doctest of the files at the top of lib/compendium/src (the package's index and main-module):
 * their @example blocks run (or, marked illustrative, compile) under test/helpers/doctest.ts.
 */
import { defineDoctests } from "../helpers/doctest.js";

defineDoctests("lib/compendium/src", { minExamples: 1 });
