import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { line } from 'd3-shape';
import { drawTracedExample } from './tracedExample';
import type { GridValues, NetworkInfo } from '../engine/sessionTypes';
import {
  drawPlotAxes,
  drawPoints,
  plotFrame,
  tracedPoint,
  type PlotFrame,
  type PointMark,
} from './decisionBoundary';

/** Scales, points and the network's curve for a 1-D regression. */
export interface RegressionGeometry {
  frame: PlotFrame;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  points: PointMark[];
  /** SVG path of the prediction over the input domain; '' without a grid. */
  curve: string;
}

/**
 * Geometry of a 1-D regression chart of width × height px: x over domain[0], y over the
 * target domain (or the targets' extent). Points are (x, target); the curve joins
 * grid.output[c] at x = x0 + c·(x1 − x0)/(res − 1), left → right, with gaps at non-finite
 * values. Example: res 3 over [0, 2] puts the curve's vertices at x = 0, 1, 2.
 */
export function regressionGeometry(
  info: NetworkInfo,
  grid: GridValues | undefined,
  width: number,
  height: number,
  showTest: boolean,
  fontSize?: number,
  /** A row drawn even where its kind of point is hidden (the traced example). */
  keep?: number,
): RegressionGeometry {
  const frame = plotFrame(width, height, undefined, fontSize);
  const { plot } = frame;
  const [x0, x1] = info.domain[0] ?? [0, 1];
  const x = scaleLinear()
    .domain([x0, x1])
    .range([plot.x, plot.x + plot.width]);
  const y = scaleLinear()
    .domain(info.targetDomain ?? targetExtent(info.targets))
    .range([plot.y + plot.height, plot.y]);
  const points: PointMark[] = [];
  for (let i = 0; i < info.targets.length; i++) {
    const train = info.isTrain[i] === 1;
    if (!train && !showTest && i !== keep) continue;
    points.push({
      index: i,
      x: x(info.points[i * info.dims]!),
      y: y(info.targets[i]!),
      cls: -1,
      train,
      symbol: 'circle',
      fill: 'var(--regression-point, #555)',
    });
  }
  let curve = '';
  if (grid && grid.res > 1) {
    const { res, output, outputs } = grid;
    const step = (x1 - x0) / (res - 1);
    const gen = line<number>()
      .defined((c) => Number.isFinite(output[c * outputs]!))
      .x((c) => x(x0 + c * step))
      .y((c) => y(output[c * outputs]!))
      .digits(1);
    curve = gen(Array.from({ length: res }, (_, c) => c)) ?? '';
  }
  return { frame, x, y, points, curve };
}

function targetExtent(t: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of t) {
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (lo > hi) return [0, 1];
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

let clipIds = 0;

/**
 * Draw or update a 1-D regression chart in `svg`: axes titled with the input and target
 * names, the data as points and the network's prediction as a curve clipped to the plot.
 */
export function drawRegressionCurve(
  svg: SVGSVGElement,
  info: NetworkInfo,
  grid: GridValues | undefined,
  options: {
    width: number;
    height: number;
    showTest: boolean;
    selectedExample?: number;
    /** Axis font size in px (default BASE_FONT). */
    fontSize?: number;
  },
): RegressionGeometry {
  const g = regressionGeometry(
    info,
    grid,
    options.width,
    options.height,
    options.showTest,
    options.fontSize,
    options.selectedExample,
  );
  const root = select(svg).attr('width', options.width).attr('height', options.height);
  drawPlotAxes(svg, g.frame, g.x, g.y, { x: info.inputNames[0] ?? 'x', y: info.targetName });
  let clip = root.select<SVGClipPathElement>('clipPath.plot-clip');
  if (clip.empty()) {
    clip = root
      .append('clipPath')
      .attr('class', 'plot-clip')
      .attr('id', `regression-clip-${++clipIds}`);
    clip.append('rect');
  }
  const { plot } = g.frame;
  clip
    .select('rect')
    .attr('x', plot.x)
    .attr('y', plot.y)
    .attr('width', plot.width)
    .attr('height', plot.height);
  drawPoints(svg, g.points, { selectedExample: options.selectedExample, area: 30 });
  let path = root.select<SVGPathElement>('path.regression-curve');
  if (path.empty()) {
    path = root
      .append('path')
      .attr('class', 'regression-curve')
      .attr('clip-path', `url(#${clip.attr('id')})`);
  }
  path.attr('d', g.curve || null);
  // Above the curve too.
  drawTracedExample(svg, tracedPoint(g.points, g.frame, options.selectedExample, 30));
  return g;
}
