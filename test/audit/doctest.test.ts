/**
 * Doctest of lib/audit/src: every @example of its doc comments runs and agrees with the result it
 * states (conventions in test/helpers/doctest.ts).
 */
import { defineDoctests } from "../helpers/doctest.js";

defineDoctests("lib/audit/src", { minExamples: 20 });
defineDoctests("lib/audit/src/engine", { minExamples: 10 });
defineDoctests("lib/audit/src/engine/explain", { minExamples: 5 });
defineDoctests("lib/audit/src/engine/explain/nl", { minExamples: 5 });
