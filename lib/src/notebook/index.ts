/**
 * Display helpers for the notebooks (tslab and Deno kernels).
 * @module notebook
 */
export * from "./display.js";
export * from "./show.js";
export * from "./frame.js";
