/**
 * Doctest of lib/notebook-runner/src: every @example of its doc comments runs and agrees with the
 * result it states (conventions in test/helpers/doctest.ts). The examples that need a Jupyter
 * kernel (tslab over ZeroMQ) or notebook files on disk are marked `// illustrative` and only
 * compiled.
 */
import { defineDoctests } from "../helpers/doctest.js";

defineDoctests("lib/notebook-runner/src", { minExamples: 13 });
