import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import type { ProblemType } from '../engine/dataset';
import { classCss, regressionCss } from './colors';

/** A data set in raw units, as the picker has it. */
export interface ThumbnailData {
  /** n × dims, row-major. */
  points: Float64Array;
  targets: Float64Array;
  dims: number;
  domain: [number, number][];
  problem: ProblemType;
  classes: number;
  targetDomain?: [number, number];
}

/** One dot of the thumbnail. */
export interface ThumbnailDot {
  x: number;
  y: number;
  fill: string;
}

/** At most this many dots, so a picker full of thumbnails stays light. */
export const THUMBNAIL_MAX_DOTS = 400;

/** Steps of a planar regression's colour scale (a 48 px picture shows no finer shades). */
const SHADES = 16;

/** The dots of one fill as a single SVG path of circles. */
export interface ThumbnailPath {
  fill: string;
  d: string;
}

/**
 * Dots of a size × size thumbnail with a 2 px inset. Planar data (dims ≥ 2): columns 0 and 1,
 * coloured by class (or by target for regression). 1-D data: (x, target). Rows are thinned by
 * an even stride to THUMBNAIL_MAX_DOTS; non-finite rows are skipped.
 * Example: domain [[-1, 1], [-1, 1]], size 48, point (−1, 1) → dot at (2, 2).
 */
export function thumbnailDots(data: ThumbnailData, size: number): ThumbnailDot[] {
  const n = data.targets.length;
  const inset = 2;
  const [tLo, tHi] = data.targetDomain ?? extent(data.targets);
  const planar = data.dims >= 2;
  const xDomain = data.domain[0] ?? [0, 1];
  const yDomain = planar ? (data.domain[1] ?? [0, 1]) : [tLo, tHi];
  const x = scaleLinear()
    .domain(xDomain)
    .range([inset, size - inset]);
  const y = scaleLinear()
    .domain(yDomain)
    .range([size - inset, inset]);
  const stride = Math.max(1, Math.ceil(n / THUMBNAIL_MAX_DOTS));
  const dots: ThumbnailDot[] = [];
  for (let i = 0; i < n; i += stride) {
    const t = data.targets[i]!;
    const px = data.points[i * data.dims]!;
    const py = planar ? data.points[i * data.dims + 1]! : t;
    if (!Number.isFinite(px) || !Number.isFinite(py) || !Number.isFinite(t)) continue;
    const fill =
      data.problem === 'regression'
        ? planar
          ? regressionCss(Math.round(((t - tLo) / (tHi - tLo || 1)) * SHADES) / SHADES)
          : 'var(--regression-point, #555)'
        : classCss(t);
    dots.push({ x: x(px), y: y(py), fill });
  }
  return dots;
}

function extent(values: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return lo <= hi ? [lo, hi] : [0, 1];
}

/**
 * The dots grouped by fill, each group one path of circles of `radius`, in order of first
 * appearance: a picker of twelve thumbnails is then some thirty elements to lay out and paint,
 * not nine hundred circles (which cost the first screen a noticeable share of its start-up).
 * Example: two dots of one fill at (4, 4) and (8, 4), radius 1 → one path "M3,4a1,1 0 1,0 2,0
 * a1,1 0 1,0 -2,0M7,4…".
 */
export function thumbnailPaths(dots: ThumbnailDot[], radius: number): ThumbnailPath[] {
  const byFill = new Map<string, string[]>();
  const r = +radius.toFixed(2);
  for (const dot of dots) {
    const parts = byFill.get(dot.fill) ?? [];
    if (!parts.length) byFill.set(dot.fill, parts);
    parts.push(
      `M${(dot.x - r).toFixed(1)},${dot.y.toFixed(1)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`,
    );
  }
  return [...byFill].map(([fill, parts]) => ({ fill, d: parts.join('') }));
}

/** Draw (or update) the thumbnail's dots into a size × size SVG, one path per colour. */
export function drawDatasetThumbnail(svg: SVGSVGElement, data: ThumbnailData, size: number): void {
  const radius = Math.max(0.8, size / 40);
  select(svg)
    .attr('width', size)
    .attr('height', size)
    .attr('viewBox', `0 0 ${size} ${size}`)
    .selectAll<SVGPathElement, ThumbnailPath>('path')
    .data(thumbnailPaths(thumbnailDots(data, size), radius))
    .join('path')
    .attr('d', (p) => p.d)
    .style('fill', (p) => p.fill);
}
