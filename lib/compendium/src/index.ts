/**
 * The compendium of Koffeman, Van de Kuilen & Snoek (2023): data loading and validation through
 * the codebook, privacy checks, the synthetic reconstruction, the article's analyses, views,
 * figures, the report and the notebooks' display helpers. The statistics are `@behoud/stats`,
 * the consistency checks `@behoud/audit`, notebook execution `@behoud/notebook-runner`.
 * @module @behoud/compendium
 */
export * from "./main-module.js";
export * from "./data/index.js";
export * from "./privacy/index.js";
export * from "./analysis/index.js";
export * from "./report/index.js";
export * from "./views/index.js";
export * from "./notebook/index.js";
