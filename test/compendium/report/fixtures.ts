/** Small inputs for every figure type, shared by the report tests. */
import {
  forestFigure,
  likertFigure,
  prePostFigure,
  scatterFigure,
  type PlotlyFigure,
  type PrePostRow,
} from "../../../lib/compendium/src/report/index.js";
import { hattieThresholds } from "../../../lib/compendium/src/views/figures.js";
import { table2Figure } from "../../../lib/compendium/src/views/table2-figure.js";
import { balanceModelFigure } from "../../../lib/compendium/src/views/balance-model.js";

export const PRE_POST_ROWS: readonly PrePostRow[] = [
  {
    construct: "werkplezier",
    label: "Werkplezier",
    pre: { mean: 4.02, lower: 3.85, upper: 4.19, n: 51 },
    post: { mean: 4.49, lower: 4.33, upper: 4.65, n: 51 },
    individuals: { pre: [4, 3.5, 5, 4], post: [5, 4, 5, 4.5] },
  },
  {
    construct: "werkdruk",
    label: "Werkdruk",
    pre: { mean: 3.8, lower: 3.6, upper: 4.0, n: 51 },
    post: { mean: 3.7, lower: 3.5, upper: 3.9, n: 51 },
  },
  {
    construct: "autonomie",
    label: "Autonomie",
    pre: { mean: 3.6, lower: 3.38, upper: 3.82, n: 51 },
    post: { mean: 3.9, lower: 3.7, upper: 4.1, n: 51 },
  },
];

export const FOREST_ROWS = [
  { label: "Werkplezier", estimate: 0.63, lower: 0.33, upper: 0.93, published: 0.61 },
  { label: "Werkdruk", estimate: -0.1, lower: -0.38, upper: 0.18, published: null },
  { label: "Self-efficacy", estimate: 0.55, lower: 0.25, upper: 0.85, published: 0.53 },
] as const;

export const SCATTER_X: readonly number[] = Array.from({ length: 51 }, (_, i) => 1 + ((i * 7) % 5));
export const SCATTER_Y: readonly number[] = SCATTER_X.map((v, i) => Math.min(5, Math.max(1, v + ((i % 3) - 1))));

export const TABLE2_ROWS = [
  { label: "loopbaanontwikkeling/ groeimogelijkheden", self: 14, teachers: 12 },
  { label: "minder werkdruk", self: 4, teachers: 14 },
  { label: "meer ondersteuning", self: 0, teachers: 8 },
] as const;

export const LIKERT_ITEMS = [
  { label: "Ik ervaar plezier in mijn werk", counts: [0, 2, 6, 20, 23] },
  { label: "Ik ervaar werkdruk", counts: [2, 5, 10, 20, 14] },
] as const;

export const LIKERT_SCALE = { labels: { "1": "helemaal niet", "5": "helemaal wel" } } as const;

/** One figure of every type. */
export interface AllFigures {
  readonly prePost: PlotlyFigure;
  readonly forest: PlotlyFigure;
  readonly scatter: PlotlyFigure;
  readonly table2: PlotlyFigure;
  readonly likert: PlotlyFigure;
  readonly balance: PlotlyFigure;
}

/** One figure of every type, in Dutch (the kit's default language). */
export function allFigures(): AllFigures {
  return {
    prePost: prePostFigure(PRE_POST_ROWS),
    forest: forestFigure(FOREST_ROWS, { variant: "d_av", thresholds: hattieThresholds("nl") }),
    scatter: scatterFigure({ x: SCATTER_X, y: SCATTER_Y, xLabel: "Autonomie", yLabel: "Werkplezier", r: 0.57, n: 51, seed: 20230401 }),
    table2: table2Figure(TABLE2_ROWS, { n: 51 }),
    likert: likertFigure(LIKERT_ITEMS, LIKERT_SCALE),
    balance: balanceModelFigure(),
  };
}
