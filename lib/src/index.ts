/**
 * The compendium's library: statistics, data, reconstruction, audit and reporting.
 * @module @behoud/lib
 */
export * from "./errors.js";
export * from "./stats/index.js";
export * from "./notebook/display.js";
export * from "./data/index.js";
export * from "./privacy/index.js";
export * from "./audit/index.js";
