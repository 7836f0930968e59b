/**
 * What the browser tests need and why they would be skipped: headless Chromium (through
 * playwright-core) and the plotly.js source the pages embed.
 */
import { browserAvailability, readPlotlySource } from "../../lib/compendium/src/report/index.js";

export const availability = await browserAvailability();
export const plotly = readPlotlySource();

/** The reason to skip a test that opens a report in the browser, or false when everything is there. */
export const browserSkip: string | false = !availability.available
  ? `headless browser unavailable: ${availability.reason}`
  : plotly === null
    ? "plotly.js-basic-dist-min is not installed"
    : false;
