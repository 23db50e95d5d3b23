import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
import type { NetworkInfo } from '../engine/sessionTypes';
import { BASE_FONT, scaleMargin, tickCount } from './chartText';
import { classCss, regressionCss } from './colors';
import { drawTracedExample, tracedMark, type TracedMark } from './tracedExample';

/** Space around the plot area for axes, in px. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The outer size of a chart and the plot rectangle inside it (px). */
export interface PlotFrame {
  width: number;
  height: number;
  margin: Margin;
  /** Axis font size in px: margins, tick counts and titles follow it. */
  fontSize: number;
  /** Plot area: x, y of its top-left corner, and its size. */
  plot: { x: number; y: number; width: number; height: number };
}

/** Most points the plot draws; larger data (an imported table) shows an even sample. */
export const MAX_PLOT_POINTS = 2000;

/** Default margins: room for tick labels and an axis title on the left and the bottom. */
export const PLOT_MARGIN: Margin = { top: 8, right: 8, bottom: 34, left: 42 };
/** No margin: a small multiple drawn without axes (its axes are those of a chart beside it). */
export const NO_MARGIN: Margin = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The plot rectangle of a width × height chart whose axis text is `fontSize` px (the margin
 * grows with larger text).
 * Example: plotFrame(300, 300) → plot { x: 42, y: 8, width: 250, height: 258 }.
 */
export function plotFrame(
  width: number,
  height: number,
  base: Margin = PLOT_MARGIN,
  fontSize = BASE_FONT,
): PlotFrame {
  const margin = scaleMargin(base, fontSize);
  return {
    width,
    height,
    margin,
    fontSize,
    plot: {
      x: margin.left,
      y: margin.top,
      width: Math.max(1, width - margin.left - margin.right),
      height: Math.max(1, height - margin.top - margin.bottom),
    },
  };
}

/** Shape names, in class order; colour is never the only carrier of the class. */
export const CLASS_SYMBOLS = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'cross',
  'star',
  'wye',
] as const;
export type SymbolName = (typeof CLASS_SYMBOLS)[number];

const SYMBOL_TYPES: Record<SymbolName, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  cross: symbolCross,
  star: symbolStar,
  wye: symbolWye,
};

/** Shape of class k: 0 circle, 1 square, 2 triangle, …; regression (k < 0) uses circles. */
export function symbolFor(k: number): SymbolName {
  return k < 0 ? 'circle' : CLASS_SYMBOLS[k % CLASS_SYMBOLS.length]!;
}

/** SVG path of a symbol centred on (0, 0) with the given area in px². */
export function symbolPath(name: SymbolName, area: number): string {
  return symbol(SYMBOL_TYPES[name], area)() ?? '';
}

/** One data point as drawn. */
export interface PointMark {
  /** Row index in NetworkInfo.points. */
  index: number;
  x: number;
  y: number;
  /** Class index, or −1 for regression. */
  cls: number;
  train: boolean;
  symbol: SymbolName;
  /** CSS fill: a theme variable for classes, a sequential colour for regression targets. */
  fill: string;
}

/** Scales and marks of a scatter over the input plane. */
export interface BoundaryGeometry {
  frame: PlotFrame;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  points: PointMark[];
}

/**
 * Point positions over the plane of raw columns `axes` (default 0 across and 1 up), in px
 * of a size × size chart: x maps domain[axes[0]] onto the plot's width, y maps
 * domain[axes[1]] onto its height with larger values higher. Test points are left out unless
 * showTest (but for row `keep`). Regression points are coloured by target over targetDomain. Beyond
 * MAX_PLOT_POINTS shown rows, every k-th one is drawn (k the smallest whole step that fits),
 * and always row `keep` (the example being traced), if it is shown at all.
 * Example: domain [[-6, 6], [-6, 6]], point (0, 0) → the centre of the plot area.
 */
export function boundaryGeometry(
  info: NetworkInfo,
  size: number,
  showTest: boolean,
  axes: readonly [number, number] = [0, 1],
  keep?: number,
  fontSize = BASE_FONT,
  margin: Margin = PLOT_MARGIN,
): BoundaryGeometry {
  const frame = plotFrame(size, size, margin, fontSize);
  const { plot } = frame;
  const [ax, ay] = axes;
  const [dx, dy] = [info.domain[ax] ?? [-1, 1], info.domain[ay] ?? [-1, 1]];
  const x = scaleLinear()
    .domain(dx)
    .range([plot.x, plot.x + plot.width]);
  const y = scaleLinear()
    .domain(dy)
    .range([plot.y + plot.height, plot.y]);
  const [t0, t1] = info.targetDomain ?? [0, 1];
  const regression = info.problem === 'regression';
  const points: PointMark[] = [];
  const n = info.targets.length;
  const shown = showTest ? n : info.trainCount;
  const every = Math.max(1, Math.ceil(shown / MAX_PLOT_POINTS));
  let seen = 0;
  for (let i = 0; i < n; i++) {
    const train = info.isTrain[i] === 1;
    // The traced example is drawn even where its kind of point is hidden.
    if (!train && !showTest && i !== keep) continue;
    const sampled = seen++ % every === 0;
    if (!sampled && i !== keep) continue;
    const px = info.points[i * info.dims + ax]!;
    const py = info.dims > 1 ? info.points[i * info.dims + ay]! : 0;
    const target = info.targets[i]!;
    const cls = regression ? -1 : target;
    points.push({
      index: i,
      x: x(px),
      y: y(py),
      cls,
      train,
      symbol: symbolFor(cls),
      fill: regression ? regressionCss((target - t0) / (t1 - t0 || 1)) : classCss(cls),
    });
  }
  return { frame, x, y, points };
}

/**
 * Draw (or update) the bottom and left axes of a plot, with titles, into `svg`.
 * Reuses the axis groups between calls.
 */
export function drawPlotAxes(
  svg: SVGSVGElement,
  frame: PlotFrame,
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
  labels: { x: string; y: string },
): void {
  const root = select(svg);
  const { plot } = frame;
  const group = (cls: string) => {
    // 'axis axis-x' → 'g.axis.axis-x': both classes on one group, so a redraw finds it.
    const g = root.selectAll<SVGGElement, null>(`g.${cls.split(' ').join('.')}`).data([null]);
    return g.enter().append('g').attr('class', cls).merge(g);
  };
  const font = frame.fontSize;
  const xTicks = x.ticks(tickCount(plot.width, font));
  // Where both axes have a tick at the shared corner their labels would touch: the x axis
  // keeps it.
  const corner = xTicks[0] === x.domain()[0];
  const yTicks = y
    .ticks(tickCount(plot.height, font))
    .filter((v, i) => !(corner && i === 0 && v === y.domain()[0]));
  group('axis axis-x')
    .attr('transform', `translate(0,${plot.y + plot.height})`)
    .call(axisBottom(x).tickValues(xTicks).tickSizeOuter(0));
  group('axis axis-y')
    .attr('transform', `translate(${plot.x},0)`)
    .call(axisLeft(y).tickValues(yTicks).tickSizeOuter(0));
  const title = (cls: string, text: string, tx: number, ty: number, rotate: boolean) => {
    const t = root.selectAll<SVGTextElement, null>(`text.${cls}`).data([null]);
    t.enter()
      .append('text')
      .attr('class', `axis-title ${cls}`)
      .merge(t)
      .attr('text-anchor', 'middle')
      .attr('transform', `translate(${tx},${ty})${rotate ? ' rotate(-90)' : ''}`)
      .text(text);
  };
  // Titles sit at the outer edge, a text height clear of the tick labels.
  title('title-x', labels.x, plot.x + plot.width / 2, frame.height - font * 0.3, false);
  title('title-y', labels.y, font, plot.y + plot.height / 2, true);
}

/** Interaction and emphasis for the point layer. */
export interface PointLayerOptions {
  selectedExample?: number;
  onPointClick?: (index: number) => void;
  /** Symbol area in px². */
  area?: number;
}

/**
 * Join point marks onto `g.points` inside `svg` (elements are keyed by example index and
 * reused). Train points get class `train`, test points `test`, the selected one `selected`.
 */
export function drawPoints(
  svg: SVGSVGElement,
  points: readonly PointMark[],
  options: PointLayerOptions,
): void {
  const root = select(svg);
  const layer = root.selectAll<SVGGElement, null>('g.points').data([null]);
  const g = layer.enter().append('g').attr('class', 'points').merge(layer);
  const area = options.area ?? 36;
  const click = options.onPointClick;
  g.selectAll<SVGPathElement, PointMark>('path.point')
    .data(points, (d) => d.index)
    .join('path')
    .attr('class', (d) =>
      [
        'point',
        d.train ? 'train' : 'test',
        d.cls >= 0 ? `class-${d.cls}` : 'value',
        d.index === options.selectedExample ? 'selected' : '',
        click ? 'clickable' : '',
      ].join(' '),
    )
    .attr('transform', (d) => `translate(${d.x.toFixed(1)},${d.y.toFixed(1)})`)
    .attr('d', (d) => symbolPath(d.symbol, d.index === options.selectedExample ? area * 2 : area))
    .style('fill', (d) => d.fill)
    .on('click', (_event: PointerEvent, d: PointMark) => click?.(d.index));
}

/**
 * The mark of traced example `row` among `points` (drawn at `area` px²), with its symbol and
 * colour, or null when it is not drawn (none traced, or a test point while those are hidden).
 */
export function tracedPoint(
  points: readonly PointMark[],
  frame: PlotFrame,
  row: number | undefined,
  area: number,
): { mark: TracedMark; symbol: string; fill: string } | null {
  const p = row === undefined ? undefined : points.find((d) => d.index === row);
  if (!p) return null;
  return { mark: tracedMark(p, frame, area), symbol: symbolPath(p.symbol, area * 2), fill: p.fill };
}

/**
 * Axes and points of the decision-boundary chart (the heatmap is a canvas below the SVG,
 * painted separately by paintHeatmap). Returns the geometry, whose `frame.plot` tells the
 * caller where to place the canvas.
 */
export function drawDecisionBoundary(
  svg: SVGSVGElement,
  info: NetworkInfo,
  options: PointLayerOptions & {
    size: number;
    showTest: boolean;
    /** The two raw columns across and up (default the first two). */
    axes?: readonly [number, number];
    /** Axis font size in px (default BASE_FONT). */
    fontSize?: number;
    /** No axes: the plot fills the chart (a small multiple beside a chart with axes). */
    bare?: boolean;
  },
): BoundaryGeometry {
  const axes = options.axes ?? [0, 1];
  const geometry = boundaryGeometry(
    info,
    options.size,
    options.showTest,
    axes,
    options.selectedExample,
    options.fontSize,
    options.bare ? NO_MARGIN : PLOT_MARGIN,
  );
  select(svg).attr('width', options.size).attr('height', options.size);
  if (!options.bare)
    drawPlotAxes(svg, geometry.frame, geometry.x, geometry.y, {
      x: info.inputNames[axes[0]] ?? 'x₁',
      y: info.inputNames[axes[1]] ?? 'x₂',
    });
  drawPoints(svg, geometry.points, options);
  drawTracedExample(
    svg,
    tracedPoint(geometry.points, geometry.frame, options.selectedExample, options.area ?? 36),
  );
  return geometry;
}
