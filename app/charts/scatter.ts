import { scaleLinear } from 'd3-scale';
import { classCss, regressionCss } from './colors';
import { plotFrame } from './decisionBoundary';
import type { PlotFrame } from './decisionBoundary';

/** One dot of a scatter plot, in px. */
export interface ScatterDot {
  row: number;
  x: number;
  y: number;
  fill: string;
  train: boolean;
}

/** Scales' tick values and positions, and the dots, of a scatter plot. */
export interface ScatterGeometry {
  frame: PlotFrame;
  dots: ScatterDot[];
  xTicks: { value: number; at: number }[];
  yTicks: { value: number; at: number }[];
}

/** Input of a scatter: two columns of values, and per row a class (or value) and split. */
export interface ScatterData {
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  /** Class index (classification) or value (regression) of each row. */
  targets: ArrayLike<number>;
  isTrain: ArrayLike<number>;
  regression: boolean;
}

/** The [min, max] of a column, widened by 5 % (±1 around a constant column). */
function extent(v: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < v.length; i++) {
    if (v[i]! < lo) lo = v[i]!;
    if (v[i]! > hi) hi = v[i]!;
  }
  if (!(hi >= lo)) return [0, 1];
  const pad = hi > lo ? 0.05 * (hi - lo) : 1;
  return [lo - pad, hi + pad];
}

/**
 * Dots of two columns against each other in a width × height chart, at most `maxDots` of them
 * (an even sample of the rows beyond that), coloured by class or by value.
 * Example: xs [0, 1], ys [0, 1] → the first dot bottom-left, the second top-right.
 */
export function scatterGeometry(
  data: ScatterData,
  width: number,
  height: number,
  maxDots = 2000,
): ScatterGeometry {
  const frame = plotFrame(width, height);
  const { plot } = frame;
  const x = scaleLinear()
    .domain(extent(data.xs))
    .range([plot.x, plot.x + plot.width]);
  const y = scaleLinear()
    .domain(extent(data.ys))
    .range([plot.y + plot.height, plot.y]);
  const [t0, t1] = data.regression ? extent(data.targets) : [0, 1];
  const n = data.xs.length;
  const step = n > maxDots ? n / maxDots : 1;
  const dots: ScatterDot[] = [];
  for (let k = 0; k < Math.min(n, maxDots); k++) {
    const i = Math.floor(k * step);
    const t = data.targets[i]!;
    dots.push({
      row: i,
      x: x(data.xs[i]!),
      y: y(data.ys[i]!),
      fill: data.regression ? regressionCss((t - t0) / (t1 - t0 || 1)) : classCss(t),
      train: data.isTrain[i] === 1,
    });
  }
  return {
    frame,
    dots,
    xTicks: x.ticks(5).map((value) => ({ value, at: x(value) })),
    yTicks: y.ticks(5).map((value) => ({ value, at: y(value) })),
  };
}
