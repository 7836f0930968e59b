/**
 * The article's own Fig. 1, the balance model, redrawn with the figure kit of report/figures.
 * It shows no data: it is the article's model, so it lives with the article's views, not with
 * the general figure kinds.
 * @module views/balance-model
 */
import { baseLayout, config, figureStyle } from "../report/figures.js";
import { FIGURE_COLOURS, OKABE_ITO } from "../report/palette.js";
import type { FigureOptions } from "../report/figures.js";
import type { PlotlyAnnotation, PlotlyAxis, PlotlyFigure, PlotlyLayout, PlotlyScatterTrace, PlotlyShape } from "../report/types.js";

interface Box {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly fill: string;
  readonly border: string;
  /** The box's text as the article's model has it (Dutch in both languages). */
  readonly text: string;
}

/**
 * The article's Fig. 1, "het werkplezier-balansmodel", redrawn with plotly shapes and
 * annotations (no axes). A beam rests on a fulcrum. On the left pan: the reasons to become and
 * stay a teacher, intrinsic (plezier in de vakinhoud en in het onderwijzen daarvan) and
 * altruistic (betekenisvol willen zijn, ertoe doen). On the right pan: the threats that match
 * them, (1) ervaren werkdruk, quantitative and qualitative, threatening the intrinsic reasons,
 * and (2) the growing complexity of the profession and of the pupils, through which
 * self-efficacy and agency decline, threatening the altruistic reasons. Under the beam: the two
 * moderators, autonomie (a buffer against werkdruk) and waardering (feeds self-efficacy); when
 * they grow the fulcrum moves to the right (drawn as a dashed fulcrum and an arrow), so the
 * balance tips towards staying. The boxes keep the article's Dutch in both languages; the title,
 * the headers, the arrows' and moderators' labels, the source line and the hover text of each box
 * (a fuller sentence, in English a translation) are in the figure's language (report/figure-text).
 *
 * Koffeman, A., Van de Kuilen, H., & Snoek, M. (2023). Professionele ontwikkeling als strategie
 * om leraren te behouden. *Tijdschrift voor Lerarenopleiders, 44*(4).
 *
 * @param options Language (default Dutch), title, subtitle, height (the decimal separator is not used).
 * @returns A plotly figure.
 * @example balanceModelFigure().layout.shapes?.length // 12 (2 pans, beam, fulcrum and its shifted outline, ground, 6 boxes)
 * @example balanceModelFigure({ lang: "en" }).layout.title.text // "Fig. 1: the Werkplezier balance model"
 */
export function balanceModelFigure(options: FigureOptions = {}): PlotlyFigure {
  const T = figureStyle(options).T.balanceModel;
  const left = { fill: "#DCEBF5", border: OKABE_ITO.blue };
  const right = { fill: "#FBE6C4", border: OKABE_ITO.vermillion };
  const moderator = { fill: "#D5EFE6", border: OKABE_ITO.bluishGreen };
  const boxes: readonly Box[] = [
    {
      x0: 0.5,
      x1: 5.2,
      y0: 5.95,
      y1: 7.35,
      ...left,
      text: "<b>Intrinsieke redenen</b><br>plezier in de vakinhoud<br>en in het onderwijzen daarvan",
    },
    {
      x0: 0.5,
      x1: 5.2,
      y0: 4.3,
      y1: 5.7,
      ...left,
      text: "<b>Altruïstische redenen</b><br>betekenisvol willen zijn:<br>ertoe doen, het verschil maken",
    },
    {
      x0: 6.8,
      x1: 11.5,
      y0: 5.95,
      y1: 7.35,
      ...right,
      text: "<b>(1) Ervaren werkdruk</b><br>kwantitatief: veel uren,<br>veel leerlingen;<br>kwalitatief: een brede agenda",
    },
    {
      x0: 6.8,
      x1: 11.5,
      y0: 4.3,
      y1: 5.7,
      ...right,
      text: "<b>(2) Complexiteit van beroep<br>en doelgroep</b><br>niet (meer) toegerust om<br>het verschil te maken:<br>afnemende self-efficacy / agency",
    },
    {
      x0: 1.3,
      x1: 5.7,
      y0: 0.25,
      y1: 1.55,
      ...moderator,
      text: "<b>Autonomie</b><br>invloed kunnen uitoefenen<br>op het eigen werk:<br>buffer tegen werkdruk (1)",
    },
    {
      x0: 6.3,
      x1: 10.7,
      y0: 0.25,
      y1: 1.55,
      ...moderator,
      text: "<b>Waardering</b><br>zich gewaardeerd voelen voedt<br>de self-efficacy: het gevoel<br>ertoe te (kunnen) doen (2)",
    },
  ];
  const beamY = 3.75;
  const fulcrumX = 6.0;
  const shiftedX = 6.8;
  const triangle = (cx: number): string => `M ${cx - 0.55} 2.7 L ${cx + 0.55} 2.7 L ${cx} ${beamY - 0.08} Z`;
  const shapes: PlotlyShape[] = [
    // pans: trays under each stack of reasons
    {
      type: "path",
      xref: "x",
      yref: "y",
      path: "M 0.3 4.05 L 0.6 3.85 L 5.1 3.85 L 5.4 4.05 Z",
      fillcolor: "#CCCCCC",
      line: { color: "#777777", width: 1 },
      name: "linkerschaal",
    },
    {
      type: "path",
      xref: "x",
      yref: "y",
      path: "M 6.6 4.05 L 6.9 3.85 L 11.4 3.85 L 11.7 4.05 Z",
      fillcolor: "#CCCCCC",
      line: { color: "#777777", width: 1 },
      name: "rechterschaal",
    },
    // beam
    { type: "line", xref: "x", yref: "y", x0: 0.2, x1: 11.8, y0: beamY, y1: beamY, line: { color: "#444444", width: 7 }, name: "balk" },
    // fulcrum and where it moves
    {
      type: "path",
      xref: "x",
      yref: "y",
      path: triangle(shiftedX),
      fillcolor: "rgba(0,158,115,0.10)",
      line: { color: OKABE_ITO.bluishGreen, width: 1.5, dash: "dash" },
      name: "verschoven scharnierpunt",
    },
    {
      type: "path",
      xref: "x",
      yref: "y",
      path: triangle(fulcrumX),
      fillcolor: "#666666",
      line: { color: "#444444", width: 1 },
      name: "scharnierpunt",
    },
    // ground
    { type: "line", xref: "x", yref: "y", x0: 4.4, x1: 8.6, y0: 2.7, y1: 2.7, line: { color: "#444444", width: 2 }, name: "grond" },
    ...boxes.map(
      (b): PlotlyShape => ({
        type: "rect",
        xref: "x",
        yref: "y",
        x0: b.x0,
        x1: b.x1,
        y0: b.y0,
        y1: b.y1,
        fillcolor: b.fill,
        line: { color: b.border, width: 1.5 },
        layer: "below",
      }),
    ),
  ];
  const arrow = (fromX: number, fromY: number, toX: number, toY: number, colour: string): PlotlyAnnotation => ({
    text: "",
    x: toX,
    y: toY,
    ax: fromX,
    ay: fromY,
    xref: "x",
    yref: "y",
    axref: "x",
    ayref: "y",
    showarrow: true,
    arrowhead: 2,
    arrowsize: 1.2,
    arrowwidth: 2,
    arrowcolor: colour,
  });
  const label = (text: string, x: number, y: number, extra: Partial<PlotlyAnnotation> = {}): PlotlyAnnotation => ({
    text,
    x,
    y,
    xref: "x",
    yref: "y",
    showarrow: false,
    font: { size: 12, color: FIGURE_COLOURS.ink },
    ...extra,
  });
  const annotations: PlotlyAnnotation[] = [
    label(T.reasonsHeader, 2.85, 7.75, { font: { size: 12, color: OKABE_ITO.blue } }),
    label(T.threatsHeader, 9.15, 7.75, { font: { size: 12, color: OKABE_ITO.vermillion } }),
    ...boxes.map((b) =>
      label(b.text, (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2, { align: "center", font: { size: 11, color: FIGURE_COLOURS.ink } }),
    ),
    arrow(6.75, 6.65, 5.25, 6.65, OKABE_ITO.vermillion),
    label(T.threatens(1), 6.0, 6.65, { yshift: 11, font: { size: 11, color: OKABE_ITO.vermillion } }),
    arrow(6.75, 5.0, 5.25, 5.0, OKABE_ITO.vermillion),
    label(T.threatens(2), 6.0, 5.0, { yshift: 11, font: { size: 11, color: OKABE_ITO.vermillion } }),
    arrow(fulcrumX, 2.35, shiftedX + 0.05, 2.35, OKABE_ITO.bluishGreen),
    label(T.fulcrumNote, 7.05, 2.25, {
      xanchor: "left",
      align: "left",
      font: { size: 11, color: "#1B6E55" },
    }),
    label(T.moderators, 6.0, 1.95, { font: { size: 12, color: "#1B6E55" }, xanchor: "right", xshift: -12 }),
    label(T.source, 11.9, 0.0, {
      xanchor: "right",
      yanchor: "bottom",
      font: { size: 10, color: "#777777" },
    }),
  ];
  // Invisible markers at the box centres carry the hover text (and make plotly draw the axes).
  const hover: PlotlyScatterTrace = {
    type: "scatter",
    mode: "markers",
    name: "",
    showlegend: false,
    x: boxes.map((b) => (b.x0 + b.x1) / 2),
    y: boxes.map((b) => (b.y0 + b.y1) / 2),
    marker: { size: 40, opacity: 0, color: "#FFFFFF" },
    hovertext: [...T.boxHover],
    hoverinfo: "text",
  };
  const hidden: PlotlyAxis = { visible: false, showgrid: false, zeroline: false, fixedrange: true };
  const layout: PlotlyLayout = {
    ...baseLayout(T.title, T.subtitle, options, 640),
    xaxis: { ...hidden, range: [0, 12] },
    yaxis: { ...hidden, range: [-0.1, 8.1] },
    shapes,
    annotations,
    showlegend: false,
    margin: { l: 10, r: 10, t: 90, b: 10 },
    hovermode: "closest",
    dragmode: false,
  };
  return { data: [hover], layout, config: { ...config(T.filename, figureStyle(options).lang), displayModeBar: false } };
}
