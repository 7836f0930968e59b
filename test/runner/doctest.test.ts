/**
 * Doctest of lib/src/runner and lib/src/notebook: every @example of their doc comments runs and
 * agrees with the result it states (conventions in test/helpers/doctest.ts). The examples that
 * need a Jupyter kernel (tslab over ZeroMQ) or notebook files on disk are marked
 * `// illustrative` and only compiled.
 */
import { defineDoctests } from "../helpers/doctest.js";

defineDoctests("lib/src/runner", { minExamples: 11 });
defineDoctests("lib/src/notebook", { minExamples: 8 });
