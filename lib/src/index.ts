/**
 * The compendium's library: statistics, data, reconstruction, audit and reporting.
 * @module @behoud/lib
 */
export * from "./errors.js";
export * from "./stats/index.js";
export * from "./data/index.js";
export * from "./privacy/index.js";
export * from "./audit/index.js";
export * from "./analysis/index.js";
export * from "./report/index.js";
export * from "./views/index.js";
export * from "./notebook/index.js";
export * from "./scale/index.js";
