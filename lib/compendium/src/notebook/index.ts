/**
 * Display helpers for the notebooks (tslab and Deno kernels).
 * @module notebook
 */
export * from "./show.js";
export * from "./frame.js";
