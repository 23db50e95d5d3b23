import { axisBottom, axisLeft, axisRight } from 'd3-axis';
import { scaleLinear, scaleLog, type ScaleContinuousNumeric, type ScaleLinear } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { line } from 'd3-shape';
import { BASE_FONT, epochTicks, tickCount } from './chartText';
import { plotFrame, type PlotFrame } from './decisionBoundary';
import {
  GAP,
  LEGEND_ROW,
  SWATCH,
  legendLayout,
  type LegendItem,
  type LossLine,
} from './lossLegend';
import { hoverReadout, nearestIndex } from './lossReadout';
import {
  drawReferences,
  referenceExtent,
  referencePaths,
  type ReferencePaths,
  type ReferenceRun,
} from './lossReferences';

/** Per-epoch history, aligned arrays (as in HistoryChunk). Accuracies are fractions 0..1. */
export interface LossSeries {
  epochs: ArrayLike<number>;
  train: ArrayLike<number>;
  test: ArrayLike<number>;
  /** Validation loss (NaN or absent without a validation set). */
  validation?: ArrayLike<number>;
  trainAccuracy?: ArrayLike<number>;
  testAccuracy?: ArrayLike<number>;
}

/** Size and scale choices of the loss chart. */
export interface LossCurveOptions {
  width: number;
  height: number;
  logScale: boolean;
  /** Epoch at which the run diverged: drawn as a labelled dashed rule. */
  divergedAt?: number;
  /** Axis font size in px (default BASE_FONT): the margins and the legend grow with it. */
  fontSize?: number;
  /** Other runs drawn faded under this one, on the same axes (pinned runs, a sweep). */
  references?: readonly ReferenceRun[];
}

/** Everything the renderer draws, as plain data. Paths are '' when there is nothing to draw. */
export interface LossCurveGeometry {
  frame: PlotFrame;
  x: ScaleLinear<number, number>;
  y: ScaleContinuousNumeric<number, number>;
  /** Accuracy 0..1 onto the plot height; only when accuracy values exist. */
  accuracy?: ScaleLinear<number, number>;
  paths: Record<LossLine, string>;
  /** One entry per line with data, laid out in rows above the plot. */
  legend: LegendItem[];
  /** x position of the divergence rule in px, or null. */
  divergedX: number | null;
  /**
   * With only one recorded epoch (epoch 0: the loss before training) a line has no length,
   * so each value is a dot; empty once the curve has two epochs.
   */
  dots: { line: LossLine; x: number; y: number }[];
  /** What the plot says while there is no curve yet (one line per entry); empty after. */
  note: string[];
  /** The reference runs' lines. */
  references: ReferencePaths[];
}

/** The plot's words beside the epoch-0 dots, before there is a curve to draw. */
export const BEFORE_TRAINING_NOTE = ['Before training:', 'press Play'];
/** The plot's words before the first evaluation has arrived. */
export const NO_EPOCHS_NOTE = ['No epochs yet.'];

/** Smallest value the log scale shows when the data has no positive loss to go by. */
const LOG_FLOOR = 1e-6;

/**
 * A value as the log scale sees it: non-positive values are clamped to `floor`
 * (log of 0 would be −∞); NaN and ±∞ stay non-finite so the line shows a gap.
 * Example: clampForLog(0, 1e-3) → 1e-3, clampForLog(0.2, 1e-3) → 0.2.
 */
export function clampForLog(v: number, floor: number): number {
  if (!Number.isFinite(v)) return NaN;
  return v > floor ? v : floor;
}

/**
 * Indices to draw so that at most about two points per pixel column remain: in each of
 * `columns` columns over [x0, x1] keep the minimum and the maximum of ys (in index order)
 * and the first non-finite value (so gaps survive). With n ≤ 2·columns every index is kept.
 * Example: a spike of 1e6 among 100,000 ones over 300 columns is still in the result.
 */
export function downsampleMinMax(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  x0: number,
  x1: number,
  columns: number,
): number[] {
  const n = Math.min(xs.length, ys.length);
  if (n <= 2 * columns) return Array.from({ length: n }, (_, i) => i);
  const scale = columns / (x1 - x0 || 1);
  const kept: number[] = [];
  let col = -1;
  let lo = -1;
  let hi = -1;
  let gap = -1;
  const flush = () => {
    const picks = [lo, hi, gap].filter((i, k, a) => i >= 0 && a.indexOf(i) === k);
    kept.push(...picks.sort((a, b) => a - b));
  };
  for (let i = 0; i < n; i++) {
    const c = Math.min(columns - 1, Math.max(0, Math.floor((xs[i]! - x0) * scale)));
    if (c !== col) {
      if (col >= 0) flush();
      col = c;
      lo = hi = gap = -1;
    }
    const v = ys[i]!;
    if (!Number.isFinite(v)) {
      if (gap < 0) gap = i;
    } else {
      if (lo < 0 || v < ys[lo]!) lo = i;
      if (hi < 0 || v > ys[hi]!) hi = i;
    }
  }
  if (col >= 0) flush();
  return kept;
}

function finiteExtent(arrays: ArrayLike<number>[], positiveOnly: boolean): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of arrays) {
    for (let i = 0; i < a.length; i++) {
      const v = a[i]!;
      if (!Number.isFinite(v) || (positiveOnly && v <= 0)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

function hasFinite(a: ArrayLike<number> | undefined): a is ArrayLike<number> {
  if (!a) return false;
  for (let i = 0; i < a.length; i++) if (Number.isFinite(a[i]!)) return true;
  return false;
}

/**
 * Scales and path strings of the loss chart. x: epochs (first..last; ±1 around a single
 * point; 0..1 when empty). y: linear from min(0, lowest loss) to the highest finite loss, or
 * log over the positive losses with non-positive values clamped to the lowest one.
 * Accuracy (when any value is finite) uses a right axis 0..1. Paths are downsampled to the
 * plot width (min/max per pixel column); NaN/±∞ break the line.
 */
export function lossCurveGeometry(
  series: LossSeries,
  options: LossCurveOptions,
): LossCurveGeometry {
  const withAccuracy = hasFinite(series.trainAccuracy) || hasFinite(series.testAccuracy);
  const shown: LossLine[] = ['train', 'test'];
  if (hasFinite(series.validation)) shown.push('validation');
  if (withAccuracy) shown.push('trainAccuracy', 'testAccuracy');
  const font = options.fontSize ?? BASE_FONT;
  const legend = legendLayout(shown, options.width, font);
  const rows = new Set(legend.map((l) => l.y)).size;
  // Margins are given at the base font size; plotFrame scales them with the font.
  const margin = {
    top: Math.ceil(10 + rows * BASE_FONT * LEGEND_ROW),
    right: withAccuracy ? 44 : 12,
    bottom: 34,
    left: 50,
  };
  const frame = plotFrame(options.width, options.height, margin, options.fontSize);
  const { plot } = frame;
  const { epochs } = series;
  const n = epochs.length;
  const refs = referenceExtent(options.references ?? []);
  const re = refs.epochs;
  const first = n > 0 ? Math.min(epochs[0]!, re?.[0] ?? Infinity) : (re?.[0] ?? 0);
  const last = n > 0 ? Math.max(epochs[n - 1]!, re?.[1] ?? -Infinity) : (re?.[1] ?? 1);
  // One epoch (the loss before training) spans to the next; never to negative epochs.
  const xDomain: [number, number] =
    first < last ? [first, last] : [Math.max(0, first - 1), first + 1];
  const x = scaleLinear()
    .domain(xDomain)
    .range([plot.x, plot.x + plot.width]);
  const yRange = [plot.y + plot.height, plot.y];
  const losses = [series.train, series.test, series.validation ?? [], ...refs.losses];
  let y: ScaleContinuousNumeric<number, number>;
  let value: (v: number) => number;
  if (options.logScale) {
    const ext = finiteExtent(losses, true) ?? [LOG_FLOOR, 1];
    const floor = ext[0];
    y = scaleLog()
      .domain(ext[0] < ext[1] ? ext : [ext[0] / 10, ext[0] * 10])
      .range(yRange)
      .nice();
    value = (v) => clampForLog(v, floor);
  } else {
    const ext = finiteExtent(losses, false) ?? [0, 1];
    const lo = Math.min(0, ext[0]);
    y = scaleLinear()
      .domain([lo, ext[1] > lo ? ext[1] : lo + 1])
      .range(yRange)
      .nice();
    value = (v) => (Number.isFinite(v) ? v : NaN);
  }
  const accuracy = withAccuracy ? scaleLinear().domain([0, 1]).range(yRange) : undefined;
  const columns = Math.max(1, Math.round(plot.width));
  const path = (ys: ArrayLike<number> | undefined, scale: (v: number) => number, f = value) => {
    if (!ys || n === 0) return '';
    const idx = downsampleMinMax(epochs, ys, xDomain[0], xDomain[1], columns);
    const gen = line<number>()
      .defined((i) => Number.isFinite(f(ys[i]!)) && Number.isFinite(epochs[i]!))
      .x((i) => x(epochs[i]!))
      .y((i) => scale(f(ys[i]!)))
      .digits(1);
    return gen(idx) ?? '';
  };
  const raw = (v: number) => v;
  const d = options.divergedAt;
  const dots: LossCurveGeometry['dots'] = [];
  if (n === 1) {
    const at = x(epochs[0]!);
    const dot = (
      line: LossLine,
      ys: ArrayLike<number> | undefined,
      scale: (v: number) => number,
      f = value,
    ) => {
      const v = ys ? f(ys[0]!) : NaN;
      if (Number.isFinite(v)) dots.push({ line, x: at, y: scale(v) });
    };
    dot('train', series.train, y);
    dot('test', series.test, y);
    dot('validation', series.validation, y);
    if (accuracy) {
      dot('trainAccuracy', series.trainAccuracy, accuracy, raw);
      dot('testAccuracy', series.testAccuracy, accuracy, raw);
    }
  }
  return {
    frame,
    x,
    y,
    accuracy,
    paths: {
      train: path(series.train, y),
      test: path(series.test, y),
      validation: path(series.validation, y),
      trainAccuracy: accuracy ? path(series.trainAccuracy, accuracy, raw) : '',
      testAccuracy: accuracy ? path(series.testAccuracy, accuracy, raw) : '',
    },
    legend,
    references: referencePaths(options.references ?? [], x, y, value),
    divergedX:
      d !== undefined && Number.isFinite(d)
        ? Math.min(plot.x + plot.width, Math.max(plot.x, x(d)))
        : null,
    dots,
    note: n === 0 ? NO_EPOCHS_NOTE : n === 1 ? BEFORE_TRAINING_NOTE : [],
  };
}

type Sel<E extends Element = SVGElement> = Selection<E, unknown, null, undefined>;

/** The child `tag.cls` of parent, created on first use (with `init`) and reused after. */
function ensure<P extends Element, T extends 'g' | 'line' | 'text' | 'rect'>(
  parent: Sel<P>,
  tag: T,
  cls: string,
  init?: (created: Sel<SVGElementTagNameMap[T]>) => void,
): Sel<SVGElementTagNameMap[T]> {
  type E = SVGElementTagNameMap[T];
  const existing = parent.select<E>(`:scope > ${tag}.${cls.split(' ').join('.')}`);
  if (!existing.empty()) return existing;
  const created = parent.append<E>(tag).attr('class', cls);
  init?.(created);
  return created;
}

/** Latest data per chart, read by the pointer handlers so they never see stale series. */
const latest = new WeakMap<SVGSVGElement, { series: LossSeries; geometry: LossCurveGeometry }>();

/**
 * Draw or update the loss chart in `svg`: axes, train/test loss lines, accuracy lines on a
 * right axis, the divergence rule and a hover readout. Elements are created once and reused.
 */
export function drawLossCurve(
  svg: SVGSVGElement,
  series: LossSeries,
  options: LossCurveOptions,
): LossCurveGeometry {
  const geometry = lossCurveGeometry(series, options);
  latest.set(svg, { series, geometry });
  const { frame, x, y, accuracy, paths } = geometry;
  const { plot, fontSize: font } = frame;
  const root = select<SVGSVGElement, unknown>(svg)
    .attr('width', frame.width)
    .attr('height', frame.height);
  // Epochs are whole numbers: ticks only at whole epochs, so no two labels read the same.
  const xTicks = epochTicks(x.domain() as [number, number], tickCount(plot.width, font * 1.4, 8));
  ensure(root, 'g', 'axis axis-x')
    .attr('transform', `translate(0,${plot.y + plot.height})`)
    .call(axisBottom(x).tickValues(xTicks).tickFormat(epochLabel).tickSizeOuter(0));
  ensure(root, 'g', 'axis axis-y')
    .attr('transform', `translate(${plot.x},0)`)
    .call(
      axisLeft(y)
        .ticks(tickCount(plot.height, font / 2, 4), '~g')
        .tickSizeOuter(0),
    );
  const accAxis = ensure(root, 'g', 'axis axis-accuracy');
  accAxis.attr('display', accuracy ? null : 'none');
  if (accuracy) {
    accAxis.attr('transform', `translate(${plot.x + plot.width},0)`).call(
      axisRight(accuracy)
        .ticks(tickCount(plot.height, font / 2, 4), '.0%')
        .tickSizeOuter(0),
    );
  }
  const entry = ensure(root, 'g', 'legend')
    .selectAll<SVGGElement, LegendItem>(':scope > g.legend-item')
    .data(geometry.legend, (d) => d.line)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'legend-item');
      g.append('line').attr('class', (d) => `line line-${d.line}`);
      g.append('text').attr('class', 'legend-label');
      return g;
    })
    .attr('transform', (d) => `translate(${d.x},${d.y})`);
  entry
    .select('line')
    .attr('x1', 0)
    .attr('x2', SWATCH * font)
    .attr('y1', -font * 0.35)
    .attr('y2', -font * 0.35);
  entry
    .select('text')
    .attr('x', (SWATCH + GAP) * font)
    .text((d) => d.label);
  // Created before the live lines, so the references lie under them.
  drawReferences(ensure(root, 'g', 'references'), geometry.references);
  const lines = ensure(root, 'g', 'lines');
  lines
    .selectAll<SVGPathElement, [string, string]>('path')
    .data(Object.entries(paths), (d) => d[0])
    .join('path')
    .attr('class', ([key]) => `line line-${key}`)
    .attr('d', ([, d]) => d || null);
  ensure(root, 'g', 'dots')
    .selectAll<SVGCircleElement, LossCurveGeometry['dots'][number]>('circle')
    .data(geometry.dots, (d) => d.line)
    .join('circle')
    .attr('class', (d) => `dot dot-${d.line}`)
    .attr('cx', (d) => d.x)
    .attr('cy', (d) => d.y)
    .attr('r', Math.max(3.5, font * 0.35));
  // Low in the plot and right of the epoch-0 dots (on the left edge): the losses sit high and
  // a first accuracy is rarely below 20 %, so the words cover neither.
  const noteX = plot.x + 1.5 * font;
  ensure(root, 'text', 'plot-note')
    .attr('x', noteX)
    .attr('y', plot.y + plot.height * 0.8)
    .selectAll<SVGTSpanElement, string>('tspan')
    .data(geometry.note)
    .join('tspan')
    .attr('x', noteX)
    .attr('dy', (_d, k) => (k === 0 ? `${-1.2 * (geometry.note.length - 1)}em` : '1.2em'))
    .text((d) => d);
  const div = ensure(root, 'g', 'divergence').attr(
    'display',
    geometry.divergedX === null ? 'none' : null,
  );
  if (geometry.divergedX !== null) {
    const dx = geometry.divergedX;
    ensure(div, 'line', 'divergence-rule')
      .attr('x1', dx)
      .attr('x2', dx)
      .attr('y1', plot.y)
      .attr('y2', plot.y + plot.height);
    ensure(div, 'text', 'divergence-label')
      .attr('x', dx - 4)
      .attr('y', plot.y + plot.height / 2)
      .attr('text-anchor', 'end')
      .text('diverged');
  }
  const titles = ensure(root, 'g', 'titles');
  ensure(titles, 'text', 'axis-title title-x')
    .attr('x', plot.x + plot.width / 2)
    .attr('y', frame.height - font * 0.3)
    .attr('text-anchor', 'middle')
    .text('epoch');
  ensure(titles, 'text', 'axis-title title-y')
    .attr('transform', `translate(${font},${plot.y + plot.height / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text(options.logScale ? 'loss (log)' : 'loss');
  drawHover(svg, root);
  return geometry;
}

const epochLabel = (v: number | { valueOf(): number }) => Number(v).toLocaleString('en');

function drawHover(svg: SVGSVGElement, root: Sel<SVGSVGElement>): void {
  const state = latest.get(svg);
  if (!state) return;
  const { plot } = state.geometry.frame;
  const hover = ensure(root, 'g', 'hover', (g) => g.attr('display', 'none'));
  const rule = ensure(hover, 'line', 'hover-rule');
  const box = ensure(hover, 'g', 'hover-box');
  const overlay = ensure(root, 'rect', 'hover-target')
    .attr('x', plot.x)
    .attr('y', plot.y)
    .attr('width', plot.width)
    .attr('height', plot.height);
  const hide = () => hover.attr('display', 'none');
  const show = (event: PointerEvent) => {
    const now = latest.get(svg);
    if (!now) return;
    const { series, geometry } = now;
    const p = geometry.frame.plot;
    const rect = svg.getBoundingClientRect();
    const i = nearestIndex(series.epochs, geometry.x.invert(event.clientX - rect.left));
    if (i < 0) return hide();
    const px = geometry.x(series.epochs[i]!);
    hover.attr('display', null);
    rule
      .attr('x1', px)
      .attr('x2', px)
      .attr('y1', p.y)
      .attr('y2', p.y + p.height);
    const bg = ensure(box, 'rect', 'hover-bg');
    const lines = ensure(box, 'g', 'hover-lines');
    // Line height in em so a larger presenter font keeps the lines apart.
    lines
      .selectAll<SVGTextElement, string>('text')
      .data(hoverReadout(series, i))
      .join('text')
      .attr('x', 5)
      .attr('y', (_d, k) => `${1.2 + k * 1.25}em`)
      .text((d) => d);
    const bounds = lines.node()?.getBBox();
    const w = (bounds?.width ?? 110) + 10;
    const h = (bounds ? bounds.y + bounds.height : 56) + 6;
    bg.attr('width', w).attr('height', h);
    const left = px + w + 8 > p.x + p.width ? px - w - 6 : px + 6;
    box.attr('transform', `translate(${left},${p.y + 4})`);
  };
  overlay.on('pointermove', show).on('pointerleave', hide);
}
