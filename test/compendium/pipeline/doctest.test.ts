/**
 * Doctest of lib/compendium/src/pipeline: every @example of its doc comments runs and agrees with
 * the result it states (conventions in test/helpers/doctest.ts). The folder has no index.ts, so
 * the package's index is in scope. The examples that start kernels, a worker thread or Chromium,
 * or write into folders, are marked `// illustrative` and only compiled.
 */
import { defineDoctests } from "../../helpers/doctest.js";

defineDoctests("lib/compendium/src/pipeline", { minExamples: 10, scope: ["lib/notebook-runner/src/index.ts"] });
