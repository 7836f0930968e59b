/**
 * Tables, figures, data quality and colophon built from the analyses, shared by the notebooks and the report.
 * @module views
 */
export * from "./tables.js";
export * from "./figures.js";
export * from "./balance-model.js";
export * from "./table2-figure.js";
export * from "./quality.js";
export * from "./colophon.js";
export * from "./findings.js";
export * from "./sentences.js";
export * from "./sentences-nl.js";
export * from "./lang.js";
export * from "./ensemble.js";
