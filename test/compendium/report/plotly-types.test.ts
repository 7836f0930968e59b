/**
 * The figures conform to plotly.js' own declarations (`Data`, `Layout`, `Config` shipped with
 * plotly.js-dist-min, a devDependency for these types only: the partial bundle the report draws
 * with, plotly.js-basic-dist-min of the same release, ships none): this file is checked by `npm run typecheck`, so an attribute name that
 * plotly does not know, a wrong value type or a wrong enum value in lib/compendium/src/report/types.ts fails
 * the type check. At run time it only confirms the figures are plain JSON.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Annotation, BarData, Config, Data, Layout, LayoutAxis, Legend, ScatterData, Shape } from "plotly.js-dist-min";
import type {
  PlotlyAnnotation,
  PlotlyAxis,
  PlotlyBarTrace,
  PlotlyConfig,
  PlotlyErrorBar,
  PlotlyLayout,
  PlotlyLegend,
  PlotlyMarker,
  PlotlyScatterTrace,
  PlotlyShape,
  PlotlyTitle,
  PlotlyTrace,
} from "../../../lib/compendium/src/report/index.js";
import { allFigures } from "./fixtures.js";

/** Removes `readonly` (plotly's declarations use mutable arrays); tuples stay tuples. */
type DeepMutable<T> = T extends readonly [infer A, infer B]
  ? [DeepMutable<A>, DeepMutable<B>]
  : T extends readonly (infer U)[]
    ? DeepMutable<U>[]
    : T extends object
      ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
      : T;

function mutable<T>(value: T): DeepMutable<T> {
  return value as DeepMutable<T>;
}

// Compile-time conformance: these assignments are checked against plotly's schema types.
export function conformsTrace(trace: PlotlyTrace): Data {
  return mutable(trace);
}
export function conformsLayout(layout: PlotlyLayout): Partial<Layout> {
  return mutable(layout);
}
export function conformsConfig(config: PlotlyConfig): Partial<Config> {
  return mutable(config);
}

// Compile-time: no attribute name that plotly's schema lacks (structural typing alone would
// accept unknown keys). Each constant only type-checks when the set of unknown keys is empty.
type Unknown<Ours, Theirs> = Exclude<keyof Ours, keyof Theirs>;
type None<K> = [K] extends [never] ? true : K;
export const namesKnown: readonly true[] = [
  true satisfies None<Unknown<PlotlyScatterTrace, ScatterData>>,
  true satisfies None<Unknown<PlotlyBarTrace, BarData>>,
  true satisfies None<Unknown<PlotlyMarker, NonNullable<ScatterData["marker"]>>>,
  true satisfies None<Unknown<PlotlyErrorBar, NonNullable<ScatterData["error_x"]>>>,
  true satisfies None<Unknown<PlotlyLayout, Layout>>,
  true satisfies None<Unknown<PlotlyTitle, NonNullable<Layout["title"]>>>,
  true satisfies None<Unknown<PlotlyAxis, LayoutAxis>>,
  true satisfies None<Unknown<PlotlyShape, Shape>>,
  true satisfies None<Unknown<PlotlyAnnotation, Annotation>>,
  true satisfies None<Unknown<PlotlyLegend, Legend>>,
  true satisfies None<Unknown<PlotlyConfig, Config>>,
];

test("every figure is plain JSON (survives a JSON round trip unchanged)", () => {
  for (const [name, figure] of Object.entries(allFigures())) {
    assert.deepEqual(JSON.parse(JSON.stringify(figure)), figure, name);
  }
});
