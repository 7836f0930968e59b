/**
 * The compendium's library: statistics, data, reconstruction, audit and reporting.
 * @module @behoud/lib
 */
export * from "./errors.js";
export * from "./stats/index.js";
