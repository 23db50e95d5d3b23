import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { axisBottom } from 'd3-axis';
import { BASE_FONT, distinctTickFormat, tickCount } from './chartText';

/** One distribution to draw: its values, an optional fixed x-range and flat zones to shade. */
export interface HistogramPanelData {
  title: string;
  values: ArrayLike<number>;
  /** A fixed x-range (an activation's bounded range); else the values' own, padded. */
  domain?: [number, number];
  /** Zones of the x-axis to shade (where an activation saturates). */
  bands?: [number, number][];
}

/** One histogram bin: [x0, x1) (the last one closed) and how many values fell in it. */
export interface Bin {
  x0: number;
  x1: number;
  count: number;
}

export interface HistogramPanel {
  title: string;
  /** Top of the panel's title line and of its plot area, and the plot's bottom (the axis). */
  titleY: number;
  plotTop: number;
  plotBottom: number;
  x: ScaleLinear<number, number>;
  bins: Bin[];
  /** Bars in px: one per non-empty bin. */
  bars: { x: number; y: number; width: number; height: number }[];
  /** x of the values' mean (dashed line), or null with no finite values. */
  meanX: number | null;
  bands: { x: number; width: number }[];
  /** x of every value (a rug under the bars, so each example of a small batch shows); empty past RUG_LIMIT. */
  rug: number[];
}

/** Past this many values the rug is left out (the bars say it all, and the SVG stays light). */
export const RUG_LIMIT = 400;

export interface HistogramSize {
  width: number;
  height: number;
  fontSize?: number;
}

/**
 * Count values into `count` equal bins over [lo, hi]; values outside (or not finite) are left
 * out. Example: histogramBins([0, 0.1, 0.9, 1], [0, 1], 2) → counts [2, 2].
 */
export function histogramBins(
  values: ArrayLike<number>,
  [lo, hi]: [number, number],
  count: number,
): Bin[] {
  const w = (hi - lo) / count;
  const bins: Bin[] = Array.from({ length: count }, (_, k) => ({
    x0: lo + k * w,
    x1: k === count - 1 ? hi : lo + (k + 1) * w,
    count: 0,
  }));
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(v >= lo && v <= hi)) continue;
    bins[Math.min(count - 1, Math.floor((v - lo) / w))]!.count++;
  }
  return bins;
}

/**
 * The x-range for a panel: its fixed domain, else the values' range padded by 5 % (±1 around a
 * single value, so a batch of one still has an axis), then rounded outwards to nice ticks.
 */
export function panelDomain(values: ArrayLike<number>, fixed?: [number, number]): [number, number] {
  if (fixed) return fixed;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (!(hi >= lo)) return [-1, 1];
  const pad = hi - lo < 1e-9 * Math.max(1, Math.abs(lo)) ? 1 : 0.05 * (hi - lo);
  const d = scaleLinear()
    .domain([lo - pad, hi + pad])
    .nice()
    .domain();
  return [d[0]!, d[1]!];
}

/** Bins for n values: about 1.5·√n, from 6 to 24, so a batch of 10 and one of 2,000 both read. */
export function binCount(n: number): number {
  return Math.max(6, Math.min(24, Math.ceil(1.5 * Math.sqrt(Math.max(1, n)))));
}

/** Side by side once the box is this much wider than tall (a projector's short, wide room). */
export const SIDE_BY_SIDE_RATIO = 2.2;

/**
 * Panels, each a title line, its bars and an x-axis, sharing the box evenly: stacked top to
 * bottom, or side by side in a box more than SIDE_BY_SIDE_RATIO times wider than tall. Every
 * panel's bars are scaled to its own tallest bin.
 */
export function histogramGeometry(
  data: HistogramPanelData[],
  size: HistogramSize,
): HistogramPanel[] {
  const font = size.fontSize ?? BASE_FONT;
  const count = Math.max(1, data.length);
  const across = size.width > SIDE_BY_SIDE_RATIO * size.height;
  const slotW = across ? size.width / count : size.width;
  const slotH = across ? size.height : size.height / count;
  return data.map((d, k) => {
    const domain = panelDomain(d.values, d.domain);
    const x0 = across ? k * slotW : 0;
    const y0 = across ? 0 : k * slotH;
    const left = x0 + font;
    const right = x0 + slotW - font * 1.5;
    const titleY = y0 + font * 0.3;
    const plotTop = titleY + font * 1.6;
    const plotBottom = y0 + slotH - font * 2.2;
    const x = scaleLinear().domain(domain).range([left, right]);
    const bins = histogramBins(d.values, domain, binCount(d.values.length));
    const most = Math.max(1, ...bins.map((b) => b.count));
    const h = Math.max(0, plotBottom - plotTop);
    const bars = bins
      .filter((b) => b.count > 0)
      .map((b) => {
        const bh = (b.count / most) * h;
        return {
          x: x(b.x0) + 0.5,
          y: plotBottom - bh,
          width: Math.max(1, x(b.x1) - x(b.x0) - 1),
          height: bh,
        };
      });
    let sum = 0;
    let n = 0;
    for (let i = 0; i < d.values.length; i++)
      if (Number.isFinite(d.values[i])) {
        sum += d.values[i]!;
        n++;
      }
    const bands = (d.bands ?? []).map(([a, b]) => {
      const x0 = x(Math.max(domain[0], a));
      const x1 = x(Math.min(domain[1], b));
      // At least a few pixels, so a zone of 0.01 stays visible on a range of 2.
      const width = Math.max(4, x1 - x0);
      return { x: x0 > (left + right) / 2 ? x1 - width : x0, width };
    });
    const rug: number[] = [];
    if (d.values.length <= RUG_LIMIT)
      for (let i = 0; i < d.values.length; i++) {
        const v = d.values[i]!;
        if (v >= domain[0] && v <= domain[1]) rug.push(x(v));
      }
    return {
      title: d.title,
      titleY,
      plotTop,
      plotBottom,
      x,
      bins,
      bars,
      meanX: n ? x(sum / n) : null,
      bands,
      rug,
    };
  });
}

/** Draw the panels: shaded flat zones, bars, a dashed mean line, the axis and the title. */
export function drawHistograms(
  svgEl: SVGSVGElement,
  panels: HistogramPanel[],
  size: HistogramSize,
): void {
  const font = size.fontSize ?? BASE_FONT;
  const svg = select(svgEl).attr('viewBox', `0 0 ${size.width} ${size.height}`);
  svg.selectAll('*').remove();
  for (const p of panels) {
    const g = svg.append('g').attr('class', 'lh-panel');
    for (const b of p.bands)
      g.append('rect')
        .attr('class', 'lh-band')
        .attr('x', b.x)
        .attr('y', p.plotTop)
        .attr('width', b.width)
        .attr('height', Math.max(0, p.plotBottom - p.plotTop));
    for (const b of p.bars)
      g.append('rect')
        .attr('class', 'lh-bar')
        .attr('x', b.x)
        .attr('y', b.y)
        .attr('width', b.width)
        .attr('height', b.height);
    const tick = Math.min(font * 0.6, (p.plotBottom - p.plotTop) / 4);
    for (const x of p.rug)
      g.append('line')
        .attr('class', 'lh-rug')
        .attr('x1', x)
        .attr('x2', x)
        .attr('y1', p.plotBottom)
        .attr('y2', p.plotBottom - tick);
    if (p.meanX !== null)
      g.append('line')
        .attr('class', 'lh-mean')
        .attr('x1', p.meanX)
        .attr('x2', p.meanX)
        .attr('y1', p.plotTop)
        .attr('y2', p.plotBottom);
    const ticks = p.x.ticks(tickCount(p.x.range()[1]! - p.x.range()[0]!, font, 6));
    g.append('g')
      .attr('class', 'lh-axis')
      .attr('transform', `translate(0,${p.plotBottom})`)
      .call(
        axisBottom(p.x).tickValues(ticks).tickFormat(distinctTickFormat(ticks)).tickSizeOuter(0),
      );
    g.append('text')
      .attr('class', 'lh-title')
      .attr('x', p.x.range()[0]!)
      .attr('y', p.titleY)
      .attr('dy', '0.9em')
      .text(p.title);
  }
}
