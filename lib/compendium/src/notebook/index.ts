/**
 * Display helpers for the notebooks (tslab and Deno kernels).
 * @module notebook
 */
export * from "./show.js";
export * from "./frame.js";
export * from "./scorecard.js";
export * from "./errors.js";
export * from "./lessons.js";
export * from "./interpret.js";
export * from "./localize.js";
