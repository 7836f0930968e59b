/**
 * Doctest of lib/src/data and lib/src/privacy: every @example of their doc comments runs and
 * agrees with the result it states (conventions in test/helpers/doctest.ts). Examples that load
 * the shipped data read the repository's data/ folder (through loadCodebook/loadDataset, which
 * find it from the library's own location). The internal helpers of validate.ts, degenerate.ts
 * and read.ts are in scope for the data examples, and the data module for the privacy ones.
 */
import { defineDoctests } from "../helpers/doctest.js";

defineDoctests("lib/src/data", { minExamples: 47, scope: ["lib/src/data/read.ts", "lib/src/data/validate.ts"] });
defineDoctests("lib/src/privacy", { minExamples: 6, scope: ["lib/src/data/index.ts"] });
