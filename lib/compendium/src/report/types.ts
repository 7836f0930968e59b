/**
 * Types of the plotly.js figure specifications the report module produces: the subset of
 * plotly.js' schema (traces `scatter` and `bar`, layout, shapes, annotations, config) that the
 * figures use, typed precisely, as plain readonly JSON-compatible objects.
 *
 * The figures are checked against plotly.js' own generated declarations (`Data`, `Layout`,
 * `Config` of `plotly.js-dist-min`, the full bundle's package, kept as a devDependency for its
 * types) in test/compendium/report/plotly-types.test.ts, so a misspelt attribute
 * or a wrong enum value fails the type check.
 *
 * Functions that only pass figures on (bundles, the HTML report) accept the looser
 * {@link PlotlyFigureLike}, so figures built elsewhere can be shown too.
 *
 * @module report/types
 */

/** A CSS colour string (`#0072B2`, `rgba(0,0,0,0.2)`). */
export type PlotlyColor = string;

/** A value on a data axis; `null` leaves a gap. */
export type PlotlyDatum = number | string | null;

/** Font attributes. */
export interface PlotlyFont {
  readonly family?: string;
  readonly size?: number;
  readonly color?: PlotlyColor;
  readonly weight?: number | "normal" | "bold";
  readonly style?: "normal" | "italic";
}

/** A title with an optional subtitle (plotly.js ≥ 2.33). */
export interface PlotlyTitle {
  readonly text: string;
  readonly font?: PlotlyFont;
  readonly x?: number;
  readonly xanchor?: "auto" | "left" | "center" | "right";
  readonly xref?: "container" | "paper";
  readonly y?: number;
  readonly yanchor?: "auto" | "top" | "middle" | "bottom";
  readonly yref?: "container" | "paper";
  readonly pad?: { readonly t?: number; readonly r?: number; readonly b?: number; readonly l?: number };
  readonly automargin?: boolean;
  readonly subtitle?: { readonly text: string; readonly font?: PlotlyFont };
}

/** An axis title. */
export interface PlotlyAxisTitle {
  readonly text: string;
  readonly font?: PlotlyFont;
  readonly standoff?: number;
}

/** Line style of a trace, shape or error bar. */
export interface PlotlyLine {
  readonly color?: PlotlyColor;
  readonly width?: number;
  readonly dash?: "solid" | "dot" | "dash" | "longdash" | "dashdot" | "longdashdot";
}

/** Marker style of a scatter trace. */
export interface PlotlyMarker {
  readonly color?: PlotlyColor | readonly PlotlyColor[];
  readonly size?: number | readonly number[];
  readonly symbol?: "circle" | "circle-open" | "diamond" | "diamond-open" | "square" | "triangle-down" | "line-ns-open";
  readonly opacity?: number;
  readonly line?: { readonly color?: PlotlyColor; readonly width?: number };
}

/** An error bar given by explicit distances from the value (asymmetric allowed). */
export interface PlotlyErrorBar {
  readonly type: "data";
  readonly symmetric: boolean;
  readonly array: readonly (number | null)[];
  readonly arrayminus?: readonly (number | null)[];
  readonly color?: PlotlyColor;
  readonly thickness?: number;
  readonly width?: number;
  readonly visible?: boolean;
}

/** Hover label style. */
export interface PlotlyHoverLabel {
  readonly bgcolor?: PlotlyColor;
  readonly bordercolor?: PlotlyColor;
  readonly font?: PlotlyFont;
  readonly align?: "left" | "right" | "auto";
}

/** Attributes shared by the trace types used here. */
interface PlotlyTraceBase {
  readonly name?: string;
  readonly x: readonly PlotlyDatum[];
  readonly y: readonly PlotlyDatum[];
  readonly text?: string | readonly string[];
  readonly hovertext?: string | readonly string[];
  readonly hoverinfo?: "text" | "skip" | "none" | "name" | "x" | "y" | "x+y" | "text+name" | "all";
  readonly hovertemplate?: string | readonly string[];
  readonly hoverlabel?: PlotlyHoverLabel;
  readonly showlegend?: boolean;
  readonly legendgroup?: string;
  readonly legendrank?: number;
  readonly opacity?: number;
  readonly uid?: string;
  readonly meta?: string | number | readonly (string | number)[];
  /** The x axis the trace is drawn on (`x2` for a second panel); default `x`. */
  readonly xaxis?: "x" | "x2";
  /** The y axis the trace is drawn on; default `y`. */
  readonly yaxis?: "y";
}

/** A `scatter` trace (markers, lines, text). */
export interface PlotlyScatterTrace extends PlotlyTraceBase {
  readonly type: "scatter";
  readonly mode: "markers" | "lines" | "lines+markers" | "text" | "markers+text" | "none";
  readonly marker?: PlotlyMarker;
  readonly line?: PlotlyLine;
  readonly error_x?: PlotlyErrorBar;
  readonly error_y?: PlotlyErrorBar;
  readonly connectgaps?: boolean;
  readonly cliponaxis?: boolean;
  readonly textposition?: "top center" | "bottom center" | "middle left" | "middle right" | "middle center";
  readonly textfont?: PlotlyFont;
}

/** A `bar` trace. */
export interface PlotlyBarTrace extends PlotlyTraceBase {
  readonly type: "bar";
  readonly orientation: "h" | "v";
  readonly marker?: {
    readonly color?: PlotlyColor | readonly PlotlyColor[];
    readonly line?: { readonly color?: PlotlyColor; readonly width?: number };
  };
  readonly textposition?: "inside" | "outside" | "auto" | "none";
  readonly insidetextanchor?: "start" | "middle" | "end";
  readonly textfont?: PlotlyFont;
  /** Angle of the text in the bars; 0 keeps it horizontal (plotly turns it to fit by default). */
  readonly textangle?: number;
  readonly constraintext?: "inside" | "outside" | "both" | "none";
  readonly cliponaxis?: boolean;
  readonly offsetgroup?: string;
  readonly width?: number;
}

/** The traces the report's figures use. */
export type PlotlyTrace = PlotlyScatterTrace | PlotlyBarTrace;

/** A cartesian axis. */
export interface PlotlyAxis {
  readonly title?: PlotlyAxisTitle;
  readonly range?: readonly [number, number];
  readonly autorange?: boolean | "reversed";
  readonly visible?: boolean;
  readonly showgrid?: boolean;
  readonly gridcolor?: PlotlyColor;
  readonly zeroline?: boolean;
  readonly zerolinecolor?: PlotlyColor;
  readonly zerolinewidth?: number;
  readonly showline?: boolean;
  readonly showticklabels?: boolean;
  readonly ticks?: "outside" | "inside" | "";
  readonly tickmode?: "auto" | "linear" | "array";
  readonly tickvals?: readonly number[];
  readonly ticktext?: readonly string[];
  readonly dtick?: number;
  readonly tick0?: number;
  readonly tickfont?: PlotlyFont;
  readonly type?: "linear" | "category";
  readonly categoryorder?: "trace" | "array";
  readonly categoryarray?: readonly string[];
  readonly fixedrange?: boolean;
  readonly automargin?: boolean;
  readonly scaleanchor?: "x" | "y";
  readonly scaleratio?: number;
  readonly constrain?: "range" | "domain";
  /** Part of the plotting area the axis spans (0..1), for side-by-side panels. */
  readonly domain?: readonly [number, number];
  /** The axis it crosses, for a second panel's x axis (`y`). */
  readonly anchor?: "x" | "y";
}

/** Reference of a shape or annotation coordinate: data axis, or the plotting area (0..1). */
export type PlotlyXRef = "x" | "x2" | "paper";
/** See {@link PlotlyXRef}. */
export type PlotlyYRef = "y" | "paper";

/** A layout shape: line, rectangle, circle or SVG path. */
export interface PlotlyShape {
  readonly type: "line" | "rect" | "circle" | "path";
  readonly xref: PlotlyXRef;
  readonly yref: PlotlyYRef;
  readonly x0?: number;
  readonly x1?: number;
  readonly y0?: number;
  readonly y1?: number;
  /** SVG path in data coordinates (`type: "path"`). */
  readonly path?: string;
  readonly line?: PlotlyLine;
  readonly fillcolor?: PlotlyColor;
  readonly opacity?: number;
  readonly layer?: "below" | "above";
  readonly name?: string;
}

/** A layout annotation: text, optionally with an arrow. */
export interface PlotlyAnnotation {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly xref: PlotlyXRef;
  readonly yref: PlotlyYRef;
  readonly showarrow: boolean;
  readonly ax?: number;
  readonly ay?: number;
  readonly axref?: "x" | "pixel";
  readonly ayref?: "y" | "pixel";
  readonly arrowhead?: number;
  readonly arrowsize?: number;
  readonly arrowwidth?: number;
  readonly arrowcolor?: PlotlyColor;
  readonly standoff?: number;
  readonly startstandoff?: number;
  readonly xanchor?: "auto" | "left" | "center" | "right";
  readonly yanchor?: "auto" | "top" | "middle" | "bottom";
  readonly xshift?: number;
  readonly yshift?: number;
  readonly align?: "left" | "center" | "right";
  readonly valign?: "top" | "middle" | "bottom";
  readonly font?: PlotlyFont;
  readonly bgcolor?: PlotlyColor;
  readonly bordercolor?: PlotlyColor;
  readonly borderwidth?: number;
  readonly borderpad?: number;
  readonly width?: number;
  readonly textangle?: number;
  readonly hovertext?: string;
  readonly captureevents?: boolean;
  readonly name?: string;
}

/** The legend. */
export interface PlotlyLegend {
  readonly orientation?: "h" | "v";
  readonly x?: number;
  readonly y?: number;
  readonly xanchor?: "auto" | "left" | "center" | "right";
  readonly yanchor?: "auto" | "top" | "middle" | "bottom";
  readonly xref?: "container" | "paper";
  readonly yref?: "container" | "paper";
  readonly traceorder?: "normal" | "reversed" | "grouped" | "reversed+grouped";
  readonly font?: PlotlyFont;
  readonly title?: { readonly text: string; readonly font?: PlotlyFont };
}

/** The layout. */
export interface PlotlyLayout {
  readonly title: PlotlyTitle;
  readonly xaxis?: PlotlyAxis;
  /** The x axis of a second panel beside the first (see {@link PlotlyAxis.domain}). */
  readonly xaxis2?: PlotlyAxis;
  readonly yaxis?: PlotlyAxis;
  readonly shapes?: readonly PlotlyShape[];
  readonly annotations?: readonly PlotlyAnnotation[];
  readonly legend?: PlotlyLegend;
  readonly showlegend?: boolean;
  readonly margin?: { readonly l?: number; readonly r?: number; readonly t?: number; readonly b?: number; readonly pad?: number };
  readonly height?: number;
  readonly width?: number;
  readonly autosize?: boolean;
  readonly font?: PlotlyFont;
  readonly barmode?: "group" | "stack" | "relative" | "overlay";
  readonly bargap?: number;
  readonly bargroupgap?: number;
  readonly hovermode?: "closest" | "x" | "y" | "x unified" | "y unified" | false;
  readonly hoverlabel?: PlotlyHoverLabel;
  /** Decimal and thousands separators for plotly's own number formatting, e.g. `", "`. */
  readonly separators?: string;
  readonly paper_bgcolor?: PlotlyColor;
  readonly plot_bgcolor?: PlotlyColor;
  readonly dragmode?: "zoom" | "pan" | false;
}

/** Plotly configuration (behaviour of the interactive figure). */
export interface PlotlyConfig {
  readonly responsive?: boolean;
  readonly displaylogo?: boolean;
  readonly displayModeBar?: boolean | "hover";
  readonly staticPlot?: boolean;
  readonly scrollZoom?: boolean;
  readonly locale?: string;
  /** Translations of plotly's own texts (mode bar), by locale, given with the figure instead of registered globally. */
  readonly locales?: Readonly<Record<string, { readonly dictionary: Readonly<Record<string, string>> }>>;
  /** The mode bar's "Share chart..." button, which uploads the figure's data to Plotly Cloud (plotly.js 4 shows it by default). */
  readonly showSendToCloud?: boolean;
  readonly toImageButtonOptions?: {
    readonly format?: "png" | "svg" | "jpeg" | "webp";
    readonly filename?: string;
    readonly width?: number;
    readonly height?: number;
    readonly scale?: number;
  };
}

/** A complete figure as produced by the figure functions of this module. */
export interface PlotlyFigure {
  readonly data: readonly PlotlyTrace[];
  readonly layout: PlotlyLayout;
  readonly config?: PlotlyConfig;
}

/**
 * Any plotly figure (from this module or elsewhere): what bundles and the HTML report accept.
 * It must be JSON-serialisable.
 */
export interface PlotlyFigureLike {
  readonly data: readonly object[];
  readonly layout: object;
  readonly config?: object;
}

export type { DecimalSeparator } from "@behoud/stats";
