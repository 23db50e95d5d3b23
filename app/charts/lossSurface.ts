import { quantileSorted } from 'd3-array';
import { contours, type ContourMultiPolygon } from 'd3-contour';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { viridis } from './viridis';
import { select } from 'd3-selection';
import { axisBottom, axisLeft } from 'd3-axis';
import { distinctTickFormat, scaleMargin, tickCount } from './chartText';
import type { SurfaceProbe } from '../engine/sessionProbes';

export interface SurfaceSize {
  width: number;
  height: number;
  /** Axis font size in px (default BASE_FONT): the margins grow with it. */
  fontSize?: number;
}

export const SURFACE_MARGIN = { top: 8, right: 10, bottom: 32, left: 44 };
/** The surface's margins for its axis font size (default BASE_FONT). */
const surfaceMargin = (size: SurfaceSize) => scaleMargin(SURFACE_MARGIN, size.fontSize);

/**
 * Contour levels at evenly spaced quantiles of the finite losses (deduplicated), so a deep
 * narrow valley gets as many lines as the plateau around it. Example: 12 levels for 41×41.
 */
export function surfaceThresholds(losses: ArrayLike<number>, levels = 12): number[] {
  const finite = Array.from(losses)
    .filter((v) => Number.isFinite(v))
    .sort((a, b) => a - b);
  if (finite.length === 0) return [];
  const out: number[] = [];
  for (let k = 1; k <= levels; k++) {
    const q = quantileSorted(finite, k / (levels + 1))!;
    if (out.length === 0 || q > out[out.length - 1]!) out.push(q);
  }
  return out;
}

export interface SurfaceContours {
  thresholds: number[];
  /** One multipolygon per threshold, in grid units: cell (c, r) is centred at (c + ½, r + ½). */
  bands: ContourMultiPolygon[];
  /** Cells whose loss is not finite, as [column, row]: drawn as gaps, not as values. */
  gaps: [number, number][];
}

/**
 * Contours of the loss grid. Non-finite cells are replaced by a value above every finite loss
 * (so d3-contour sees a plateau, never NaN) and reported in `gaps` for masking.
 */
export function surfaceContours(surface: SurfaceProbe, levels = 12): SurfaceContours {
  const nu = surface.us.length;
  const nv = surface.vs.length;
  const thresholds = surfaceThresholds(surface.losses, levels);
  const top = thresholds.length ? thresholds[thresholds.length - 1]! : 0;
  const gaps: [number, number][] = [];
  const values = Array.from(surface.losses, (v, k) => {
    if (Number.isFinite(v)) return v;
    gaps.push([k % nu, Math.floor(k / nu)]);
    return top + 1 + Math.abs(top);
  });
  const bands = thresholds.length ? contours().size([nu, nv]).thresholds(thresholds)(values) : [];
  return { thresholds, bands, gaps };
}

/** Scales from parameter units to pixels: θi along x, θj up the y axis. */
export function surfaceScales(
  surface: SurfaceProbe,
  size: SurfaceSize,
): { x: ScaleLinear<number, number>; y: ScaleLinear<number, number> } {
  const m = surfaceMargin(size);
  const u0 = surface.us[0] ?? 0;
  const u1 = surface.us[surface.us.length - 1] ?? 1;
  const v0 = surface.vs[0] ?? 0;
  const v1 = surface.vs[surface.vs.length - 1] ?? 1;
  return {
    x: scaleLinear()
      .domain([u0, u1])
      .range([m.left, size.width - m.right]),
    y: scaleLinear()
      .domain([v0, v1])
      .range([size.height - m.bottom, m.top]),
  };
}

/** Grid coordinate g (cell centres at k + ½) → parameter value on an evenly spaced axis. */
function gridToValue(axis: Float64Array, g: number): number {
  const n = axis.length;
  const d = n > 1 ? (axis[n - 1]! - axis[0]!) / (n - 1) : 1;
  return axis[0]! + (g - 0.5) * d;
}

/** SVG path of one contour band in pixels. */
export function contourPathString(
  band: ContourMultiPolygon,
  surface: SurfaceProbe,
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
): string {
  let d = '';
  for (const polygon of band.coordinates)
    for (const ring of polygon) {
      ring.forEach(([gx, gy], k) => {
        const px = x(gridToValue(surface.us, gx!));
        const py = y(gridToValue(surface.vs, gy!));
        d += `${k ? 'L' : 'M'}${px.toFixed(1)},${py.toFixed(1)}`;
      });
      d += 'Z';
    }
  return d;
}

/**
 * A path of (θi, θj) pairs (flat: [u0, v0, u1, v1, …]) in pixels, up to `count` points.
 * Non-finite points break the line.
 */
export function projectPath(
  pairs: ArrayLike<number>,
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
  count = Infinity,
): string {
  let d = '';
  let pen = false;
  const n = Math.min(Math.floor(pairs.length / 2), count);
  for (let k = 0; k < n; k++) {
    const u = pairs[2 * k]!;
    const v = pairs[2 * k + 1]!;
    if (!Number.isFinite(u) || !Number.isFinite(v)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${x(u).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  }
  return d;
}

/** True when some finite point of the paths lies outside the surface's parameter box. */
export function pathsLeaveSurface(paths: ArrayLike<number>[], surface: SurfaceProbe): boolean {
  const [u0, u1] = [surface.us[0]!, surface.us[surface.us.length - 1]!];
  const [v0, v1] = [surface.vs[0]!, surface.vs[surface.vs.length - 1]!];
  return paths.some((p) => {
    for (let k = 0; k + 1 < p.length; k += 2) {
      const u = p[k]!;
      const v = p[k + 1]!;
      if (Number.isFinite(u) && Number.isFinite(v) && (u < u0 || u > u1 || v < v0 || v > v1))
        return true;
    }
    return false;
  });
}

/** A path drawn over the surface, told apart by colour, dash pattern and end marker. */
export interface SurfacePath {
  label: string;
  pairs: ArrayLike<number>;
  color: string;
  dash: string | null;
}

let clipCounter = 0;

/**
 * Draw the contour map (viridis: dark = low loss), hatched gaps where the loss is not finite,
 * axes in parameter units with titles, the given paths (first `count` points each) and the current point.
 */
export function drawLossSurface(
  svgEl: SVGSVGElement,
  surface: SurfaceProbe,
  size: SurfaceSize,
  paths: SurfacePath[],
  count = Infinity,
  axisTitles: [string, string] = ['θi', 'θj'],
): void {
  const m = surfaceMargin(size);
  const { x, y } = surfaceScales(surface, size);
  const font = size.fontSize ?? 11;
  const xTicks = x.ticks(tickCount(size.width - m.left - m.right, font * 1.2));
  const yTicks = y.ticks(tickCount(size.height - m.top - m.bottom, font / 2));
  const { thresholds, bands, gaps } = surfaceContours(surface);
  const color = (k: number) => viridis(thresholds.length > 1 ? k / (thresholds.length - 1) : 0);
  const svg = select(svgEl).attr('viewBox', `0 0 ${size.width} ${size.height}`);
  const clipId = (svgEl.dataset.clipId ??= `ls-clip-${++clipCounter}`);
  svg.selectAll('*').remove();
  svg
    .append('clipPath')
    .attr('id', clipId)
    .append('rect')
    .attr('x', m.left)
    .attr('y', m.top)
    .attr('width', size.width - m.left - m.right)
    .attr('height', size.height - m.top - m.bottom);
  const plot = svg.append('g').attr('clip-path', `url(#${clipId})`);
  plot
    .append('rect')
    .attr('class', 'ls-floor')
    .attr('x', m.left)
    .attr('y', m.top)
    .attr('width', size.width - m.left - m.right)
    .attr('height', size.height - m.top - m.bottom)
    .attr('fill', viridis(0));
  plot
    .selectAll('path.ls-band')
    .data(bands)
    .join('path')
    .attr('class', 'ls-band')
    .attr('d', (b) => contourPathString(b, surface, x, y))
    .attr('fill', (_b, k) => color(k));
  const du = Math.abs(x(surface.us[1] ?? 1) - x(surface.us[0] ?? 0));
  const dv = Math.abs(y(surface.vs[1] ?? 1) - y(surface.vs[0] ?? 0));
  plot
    .selectAll('rect.ls-gap')
    .data(gaps)
    .join('rect')
    .attr('class', 'ls-gap')
    .attr('x', ([c]) => x(surface.us[c]!) - du / 2)
    .attr('y', ([, r]) => y(surface.vs[r]!) - dv / 2)
    .attr('width', du)
    .attr('height', dv);
  for (const p of paths) {
    const d = projectPath(p.pairs, x, y, count);
    plot.append('path').attr('class', 'ls-path-halo').attr('d', d);
    plot
      .append('path')
      .attr('class', 'ls-path')
      .attr('d', d)
      .attr('stroke', p.color)
      .attr('stroke-dasharray', p.dash);
  }
  const [cu, cv] = surface.current;
  plot
    .append('circle')
    .attr('class', 'ls-current')
    .attr('cx', x(cu))
    .attr('cy', y(cv))
    .attr('r', 5);
  svg
    .append('g')
    .attr('class', 'ls-axis')
    .attr('transform', `translate(0,${size.height - m.bottom})`)
    .call(axisBottom(x).tickValues(xTicks).tickFormat(distinctTickFormat(xTicks)));
  svg
    .append('g')
    .attr('class', 'ls-axis')
    .attr('transform', `translate(${m.left},0)`)
    .call(axisLeft(y).tickValues(yTicks).tickFormat(distinctTickFormat(yTicks)));
  svg
    .append('text')
    .attr('class', 'ls-title')
    .attr('x', size.width - m.right)
    .attr('y', size.height - font * 0.2)
    .attr('text-anchor', 'end')
    .text(`${axisTitles[0]} →`);
  svg
    .append('text')
    .attr('class', 'ls-title ls-title-inside')
    .attr('x', m.left + 4)
    .attr('y', m.top + font * 1.1)
    .text(`↑ ${axisTitles[1]}`);
}
