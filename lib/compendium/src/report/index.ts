/**
 * Reporting: the article's figures as plotly.js specifications, Jupyter MIME bundles for
 * figures and tables, number formatting (APA, decimal comma, exact rounding), the
 * self-contained HTML report, and headless-Chromium PNG export and page checks.
 *
 * @module report
 */
export { ReportError } from "./errors.js";
export type { ReportErrorCode } from "./errors.js";
export type {
  DecimalSeparator,
  PlotlyAnnotation,
  PlotlyAxis,
  PlotlyAxisTitle,
  PlotlyBarTrace,
  PlotlyColor,
  PlotlyConfig,
  PlotlyDatum,
  PlotlyErrorBar,
  PlotlyFigure,
  PlotlyFigureLike,
  PlotlyFont,
  PlotlyHoverLabel,
  PlotlyLayout,
  PlotlyLegend,
  PlotlyLine,
  PlotlyMarker,
  PlotlyScatterTrace,
  PlotlyShape,
  PlotlyTitle,
  PlotlyTrace,
  PlotlyXRef,
  PlotlyYRef,
} from "./types.js";
export { scriptJson } from "./format.js";
export { CHANGE_COLOURS, FIGURE_COLOURS, OKABE_ITO, likertColours, textColourOn } from "./palette.js";
export {
  baseLayout,
  config as figureConfig,
  BOTTOM_LEGEND,
  checkNonEmpty,
  wrapLabel,
  figureTitle,
  forestCaptionFacts,
  forestFigure,
  likertCaptionFacts,
  likertFigure,
  prePostCaptionFacts,
  prePostFigure,
  scatterCaptionFacts,
  scatterFigure,
  LIKERT_TEXT,
  PRE_POST_TEXT,
  figureStyle,
} from "./figures.js";
export { FIGURE_TEXT_EN, FIGURE_TEXT_NL, figureText } from "./figure-text.js";
export type {
  BalanceModelText,
  FigureLang,
  FigureText,
  ForestText,
  LikertText,
  PrePostText,
  ScatterText,
  Table2Text,
} from "./figure-text.js";
export type {
  CountShare,
  FigureOptions,
  ForestFacts,
  ForestOptions,
  ForestRow,
  LikertFacts,
  LikertItem,
  LikertScale,
  MeanWithCi,
  PrePostFacts,
  PrePostOptions,
  PrePostRow,
  ScaleRange,
  ScatterFacts,
  ScatterInput,
  ScatterOptions,
  Threshold,
} from "./figures.js";
export { PLOTLY_MIME, figureBundle, figureHtml, tableBundle } from "./bundle.js";
export type {
  FigureBundle,
  FigureBundleOptions,
  FigureHtmlOptions,
  TableBundle,
  TableCell,
  TableColumn,
  TableOptions,
  TableRow,
} from "./bundle.js";
export { SCORECARD_STATUSES, renderReport } from "./html.js";
export type {
  ReportFigure,
  ReportInput,
  ReportLabels,
  ReportScorecard,
  ReportSection,
  ReportTable,
  ScorecardEntry,
  ScorecardStatus,
} from "./html.js";
export { APPENDIX_IDS, PDF_DATE, exportReportPdf, normalizePdf, pdfPageCount } from "./pdf.js";
export type { ExportPdfOptions, ExportPdfResult } from "./pdf.js";
export { readPlotlySource } from "./plotly-source.js";
export type { PlotlySource } from "./plotly-source.js";
export { PLOTLY_LOADER_ATTRIBUTE, installedPlotlyLoader, plotlyLoader } from "./plotly-loader.js";
export type { PlotlyLoader } from "./plotly-loader.js";
export { CHROMIUM_ARGS, browserAvailability, checkReportInBrowser, exportFigures, startFigureRenderer } from "./png.js";
export type {
  BrowserAvailability,
  BrowserUse,
  BrowserCheck,
  BrowserOptions,
  CheckReportOptions,
  ExportFiguresOptions,
  ExportFiguresResult,
  FigureExport,
  FigureRenderer,
  FigureRendererStart,
  PngSize,
  Viewport,
} from "./png.js";
