import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { line } from 'd3-shape';
import { axisBottom, axisLeft } from 'd3-axis';
import { ACTIVATIONS } from '../engine/activations';
import { scaleMargin, tickCount } from './chartText';

export interface CurveSize {
  width: number;
  height: number;
  /** Axis font size in px (default BASE_FONT): the margins grow with it. */
  fontSize?: number;
}

export interface ActivationCurveGeometry {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  /** The curve a = f(z) as an SVG path. */
  path: string;
  /** The current (z, f(z)), or null when no z is given or it is not finite. */
  marker: [number, number] | null;
}

const MARGIN = { top: 8, right: 8, bottom: 22, left: 32 };

/** True when `name` is an element-wise activation this chart can draw. */
export function isPlottableActivation(name: string): name is keyof typeof ACTIVATIONS {
  return Object.hasOwn(ACTIVATIONS, name);
}

/**
 * The activation function over z ∈ [−s, s] with s = max(4, 1.2|z|), so the current z is
 * always on the chart; the y-range is the function's over that interval, padded.
 * Returns null for activations that are not element-wise (maxout, softmax).
 * With `derivative`, the curve is f′(z) instead (lessons draw both).
 * Example: activationCurveGeometry('tanh', 0.5, …).marker → [0.5, 0.4621].
 */
export function activationCurveGeometry(
  name: string,
  z: number | null,
  size: CurveSize,
  param?: number,
  samples = 121,
  derivative = false,
): ActivationCurveGeometry | null {
  if (!isPlottableActivation(name)) return null;
  const act = ACTIVATIONS[name];
  const p = param ?? act.defaultParam;
  const g = derivative ? (v: number) => act.df(v, act.f(v, p), p) : (v: number) => act.f(v, p);
  return functionCurveGeometry(g, z, size, samples);
}

/**
 * Any function of one variable drawn like an activation: over [−s, s] with
 * s = max(4, 1.2|z|), y-range padded, the point at z marked. Lessons use it for losses as a
 * function of the error. Example: functionCurveGeometry((e) => e * e, 1, size).marker → [1, 1].
 */
export function functionCurveGeometry(
  g: (v: number) => number,
  z: number | null,
  size: CurveSize,
  samples = 121,
): ActivationCurveGeometry {
  const zf = z !== null && Number.isFinite(z) ? z : null;
  const s = Math.max(4, zf === null ? 0 : 1.2 * Math.abs(zf));
  const zs = Array.from({ length: samples }, (_, k) => -s + (2 * s * k) / (samples - 1));
  const as = zs.map(g);
  let lo = Math.min(...as);
  let hi = Math.max(...as);
  const pad = Math.max(0.05, (hi - lo) * 0.08);
  lo -= pad;
  hi += pad;
  const m = scaleMargin(MARGIN, size.fontSize);
  const x = scaleLinear()
    .domain([-s, s])
    .range([m.left, size.width - m.right]);
  const y = scaleLinear()
    .domain([lo, hi])
    .range([size.height - m.bottom, m.top]);
  const path =
    line<number>()
      .x((k) => x(zs[k]!))
      .y((k) => y(as[k]!))(zs.map((_, k) => k)) ?? '';
  return { x, y, path, marker: zf === null ? null : [zf, g(zf)] };
}

/** Draw the curve with axes and, when given, the current z marked by a dot and a guide line. */
export function drawActivationCurve(
  svgEl: SVGSVGElement,
  g: ActivationCurveGeometry,
  size: CurveSize,
): void {
  const svg = select(svgEl).attr('viewBox', `0 0 ${size.width} ${size.height}`);
  svg.selectAll('*').remove();
  const m = scaleMargin(MARGIN, size.fontSize);
  const font = size.fontSize ?? 11;
  svg
    .append('g')
    .attr('class', 'ac-axis')
    .attr('transform', `translate(0,${size.height - m.bottom})`)
    .call(axisBottom(g.x).ticks(tickCount(size.width - m.left - m.right, font)));
  svg
    .append('g')
    .attr('class', 'ac-axis')
    .attr('transform', `translate(${m.left},0)`)
    .call(axisLeft(g.y).ticks(tickCount(size.height - m.top - m.bottom, font / 2, 4)));
  svg.append('path').attr('class', 'ac-curve').attr('d', g.path);
  if (!g.marker) return;
  const [mx, my] = [g.x(g.marker[0]), g.y(g.marker[1])];
  svg
    .append('line')
    .attr('class', 'ac-guide')
    .attr('x1', mx)
    .attr('x2', mx)
    .attr('y1', size.height - m.bottom)
    .attr('y2', my);
  svg.append('circle').attr('class', 'ac-marker').attr('cx', mx).attr('cy', my).attr('r', 4);
}
