import type { NumberValue } from 'd3-scale';
import { quantileSorted } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { line } from 'd3-shape';
import { axisBottom, axisLeft } from 'd3-axis';
import type { SliceProbe } from '../engine/sessionProbes';
import { distinctTickFormat, scaleMargin, tickCount } from './chartText';
import { timesTen } from '../engine/numberText';

/** A point in data units: x = parameter value, y = loss. */
export type XY = [number, number];

export interface DescentSize {
  width: number;
  height: number;
  /** Axis font size in px (default BASE_FONT): the margins grow with it. */
  fontSize?: number;
}

/** Everything the weight-descent chart draws, in pixels, ready for SVG. */
export interface DescentGeometry {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  /** Path strings; non-finite losses leave gaps (several 'M' commands). */
  trainPath: string;
  batchPath: string | null;
  /** The current value on the curve the step follows, and the tangents (data units). */
  point: XY;
  trainPoint: XY;
  trainTangent: [XY, XY];
  batchTangent: [XY, XY] | null;
  /** The step: from the point to (w − η·g, L(w − η·g)) on the same curve. */
  arrow: [XY, XY];
  /** Recent values of the parameter, oldest first, placed on the training curve. */
  trail: XY[];
}

export const DESCENT_MARGIN = { top: 18, right: 12, bottom: 30, left: 52 };

/**
 * A tick formatter that stays within the left margin: plain numbers to 3 significant digits,
 * a × 10ⁿ when the values are tiny or huge (0.00014 → "1.4×10⁻⁴").
 */
export function compactTick(domain: number[]): (v: NumberValue) => string {
  const big = Math.max(...domain.map((v) => Math.abs(v)));
  const exp = big !== 0 && (big < 0.01 || big >= 1e5);
  return (v) => {
    const n = Number(v);
    if (n === 0) return '0';
    return exp ? timesTen(n, 2) : String(Number(n.toPrecision(3))).replace('-', '−');
  };
}

/**
 * A y-range that shows the curve near the point: from the lowest finite loss to the 85th
 * percentile (or the points of interest, if higher), padded by 8%. One huge value therefore
 * does not flatten everything else. Example: [1, 1.1, 1.2, …, 1e6] → about [1, 1.3].
 */
export function clampedLossRange(losses: ArrayLike<number>, mustShow: number[]): [number, number] {
  const finite = Array.from(losses)
    .concat(mustShow)
    .filter((v) => Number.isFinite(v))
    .sort((a, b) => a - b);
  if (finite.length === 0) return [0, 1];
  const lo = finite[0]!;
  let hi = quantileSorted(finite, 0.85) ?? lo;
  for (const v of mustShow) if (Number.isFinite(v) && v > hi) hi = v;
  if (hi - lo < 1e-12) return [lo - 0.5, hi + 0.5];
  const pad = (hi - lo) * 0.08;
  return [lo - pad, hi + pad];
}

/** Linear interpolation of the sampled curve at v; NaN outside the samples or across a gap. */
export function lossAt(values: ArrayLike<number>, losses: ArrayLike<number>, v: number): number {
  const n = values.length;
  if (n === 0 || !(v >= values[0]! && v <= values[n - 1]!)) return NaN;
  for (let k = 1; k < n; k++) {
    const a = values[k - 1]!;
    const b = values[k]!;
    if (v <= b) {
      const t = b === a ? 0 : (v - a) / (b - a);
      return losses[k - 1]! + t * (losses[k]! - losses[k - 1]!);
    }
  }
  return NaN;
}

/**
 * A short tangent segment through p with slope g (data units), at most `halfWidth` either side
 * in x and at most `halfHeight` in y, so a steep slope still shows as a readable segment.
 */
export function tangentSegment(p: XY, g: number, halfWidth: number, halfHeight: number): [XY, XY] {
  const dx = Math.abs(g) * halfWidth > halfHeight ? halfHeight / Math.abs(g) : halfWidth;
  return [
    [p[0] - dx, p[1] - g * dx],
    [p[0] + dx, p[1] + g * dx],
  ];
}

/** The chart's geometry for one slice probe and (optionally) the parameter's recent values. */
export function descentGeometry(
  slice: SliceProbe,
  size: DescentSize,
  trailValues: number[] = [],
): DescentGeometry {
  const { train, batch, nextValue } = slice;
  const m = scaleMargin(DESCENT_MARGIN, size.fontSize);
  const values = train.values;
  const lo = values[0] ?? train.value - 1;
  const hi = values[values.length - 1] ?? train.value + 1;
  const stepCurve = batch ?? train;
  const nextLoss = lossAt(stepCurve.values, stepCurve.losses, nextValue);
  const landing: XY = [nextValue, Number.isFinite(nextLoss) ? nextLoss : stepCurve.loss];
  const yDomain = clampedLossRange(batch ? [...train.losses, ...batch.losses] : train.losses, [
    train.loss,
    stepCurve.loss,
    landing[1],
  ]);
  const x = scaleLinear()
    .domain([lo, hi])
    .range([m.left, size.width - m.right]);
  const y = scaleLinear()
    .domain(yDomain)
    .range([size.height - m.bottom, m.top]);
  const path = (vs: Float64Array, ls: Float64Array) =>
    line<number>()
      .defined((k) => Number.isFinite(ls[k]!))
      .x((k) => x(vs[k]!))
      .y((k) => y(ls[k]!))(Array.from(vs, (_, k) => k)) ?? '';
  const halfW = (hi - lo) * 0.15;
  const halfH = (yDomain[1] - yDomain[0]) * 0.3;
  const trainPoint: XY = [train.value, train.loss];
  const point: XY = [stepCurve.value, stepCurve.loss];
  const trail: XY[] = trailValues
    .filter((v) => v >= lo && v <= hi)
    .map((v) => [v, lossAt(values, train.losses, v)] as XY)
    .filter((p) => Number.isFinite(p[1]));
  return {
    x,
    y,
    trainPath: path(train.values, train.losses),
    batchPath: batch ? path(batch.values, batch.losses) : null,
    point,
    trainPoint,
    trainTangent: tangentSegment(trainPoint, train.gradient, halfW, halfH),
    batchTangent: batch ? tangentSegment(point, batch.gradient, halfW, halfH) : null,
    arrow: [point, landing],
    trail,
  };
}

let clipCounter = 0;

export interface DrawDescentOptions {
  /** Slide the point along the arrow from this value (ms duration), for a single slow step. */
  animateFrom?: XY;
  durationMs?: number;
}

/**
 * Draw the weight-descent chart into an SVG (which it owns): axes, the training curve (solid),
 * the batch curve (dashed), tangents, the step arrow, the trail and the current point.
 * Returns a function that cancels a running animation.
 */
export function drawWeightDescent(
  svgEl: SVGSVGElement,
  g: DescentGeometry,
  size: DescentSize,
  options: DrawDescentOptions = {},
): () => void {
  const svg = select(svgEl).attr('viewBox', `0 0 ${size.width} ${size.height}`);
  const px = (p: XY): XY => [g.x(p[0]), g.y(p[1])];
  const m = scaleMargin(DESCENT_MARGIN, size.fontSize);
  const font = size.fontSize ?? 11;
  const plotW = size.width - m.left - m.right;
  const plotH = size.height - m.top - m.bottom;
  const xTicks = g.x.ticks(tickCount(plotW, font * 1.2));
  const yTicks = g.y.ticks(tickCount(plotH, font / 2, 4));
  // Each chart needs its own clip id: ids are global to the page.
  const clipId = (svgEl.dataset.clipId ??= `wd-clip-${++clipCounter}`);
  let root = svg.select<SVGGElement>('g.wd-root');
  if (root.empty()) {
    svg
      .append('defs')
      .html(
        `<clipPath id="${clipId}"><rect/></clipPath>` +
          '<marker id="wd-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" class="wd-arrowhead"/></marker>',
      );
    root = svg.append('g').attr('class', 'wd-root');
    root.append('g').attr('class', 'wd-axis wd-axis-x');
    root.append('g').attr('class', 'wd-axis wd-axis-y');
    root
      .append('text')
      .attr('class', 'wd-title wd-title-x')
      .attr('text-anchor', 'end')
      .text('parameter value');
    root.append('text').attr('class', 'wd-title wd-title-y').text('loss');
    const plot = root.append('g').attr('class', 'wd-plot').attr('clip-path', `url(#${clipId})`);
    for (const c of [
      'wd-train',
      'wd-batch',
      'wd-tangent wd-tangent-train',
      'wd-tangent wd-tangent-batch',
      'wd-step',
    ])
      plot.append('path').attr('class', c);
    plot.append('g').attr('class', 'wd-trail');
    plot.append('circle').attr('class', 'wd-train-point').attr('r', 3.5);
    plot.append('circle').attr('class', 'wd-point').attr('r', 5);
  }
  svg
    .select(`#${clipId} rect`)
    .attr('x', m.left)
    .attr('y', m.top)
    .attr('width', Math.max(0, size.width - m.left - m.right))
    .attr('height', Math.max(0, size.height - m.top - m.bottom));
  root
    .select<SVGGElement>('.wd-axis-x')
    .attr('transform', `translate(0,${size.height - m.bottom})`)
    .call(axisBottom(g.x).tickValues(xTicks).tickFormat(distinctTickFormat(xTicks)));
  root
    .select<SVGGElement>('.wd-axis-y')
    .attr('transform', `translate(${m.left},0)`)
    .call(axisLeft(g.y).tickValues(yTicks).tickFormat(distinctTickFormat(yTicks)));
  root
    .select('.wd-title-x')
    .attr('x', size.width - m.right)
    .attr('y', size.height - font * 0.2);
  root.select('.wd-title-y').attr('x', 2).attr('y', font);
  const seg = (s: [XY, XY] | null) => {
    if (!s) return null;
    const [a, b] = [px(s[0]), px(s[1])];
    return `M${a[0]},${a[1]}L${b[0]},${b[1]}`;
  };
  root.select('.wd-train').attr('d', g.trainPath);
  root.select('.wd-batch').attr('d', g.batchPath);
  root.select('.wd-tangent-train').attr('d', seg(g.trainTangent));
  root.select('.wd-tangent-batch').attr('d', seg(g.batchTangent));
  root.select('.wd-step').attr('d', seg(g.arrow)).attr('marker-end', 'url(#wd-arrow)');
  root
    .select('.wd-train-point')
    .attr('cx', px(g.trainPoint)[0])
    .attr('cy', px(g.trainPoint)[1])
    .attr('display', g.batchPath ? null : 'none');
  const n = g.trail.length;
  const trailPath = g.trail.map((p, k) => `${k ? 'L' : 'M'}${px(p)[0]},${px(p)[1]}`).join('');
  const trail = root.select('.wd-trail');
  trail
    .selectAll<SVGPathElement, string>('path')
    .data(n > 1 ? [trailPath] : [])
    .join('path')
    .attr('d', (d) => d);
  trail
    .selectAll<SVGCircleElement, XY>('circle')
    .data(g.trail)
    .join('circle')
    .attr('r', 2.5)
    .attr('cx', (p) => px(p)[0])
    .attr('cy', (p) => px(p)[1])
    .attr('opacity', (_p, k) => 0.2 + (0.7 * (k + 1)) / n);
  const dot = root.select<SVGCircleElement>('.wd-point');
  const [tx, ty] = px(g.point);
  if (!options.animateFrom) {
    dot.attr('cx', tx).attr('cy', ty);
    return () => {};
  }
  // A single slow step: slide the point from where it was to where it is now.
  const [fx, fy] = px(options.animateFrom);
  const duration = options.durationMs ?? 400;
  const start = performance.now();
  let frame = 0;
  const tick = (now: number) => {
    const t = Math.min(1, (now - start) / duration);
    const e = t * t * (3 - 2 * t);
    dot.attr('cx', fx + (tx - fx) * e).attr('cy', fy + (ty - fy) * e);
    if (t < 1) frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(frame);
}
