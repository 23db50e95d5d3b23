import { axisBottom, axisLeft, axisRight } from 'd3-axis';
import { select, type Selection } from 'd3-selection';
import { distinctTickFormat, epochTicks, spacedTicks, tickCount } from './chartText';
import { GAP, SWATCH, type LegendItem } from './lossLegend';
import {
  lossCurveGeometry,
  type LossCurveGeometry,
  type LossCurveOptions,
  type LossSeries,
} from './lossCurveGeometry';
import { hoverReadout, nearestIndex } from './lossReadout';
import { drawReferences } from './lossReferences';
import { grouped } from '../engine/numberText';

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
  const geometry = lossCurveGeometry(series, options, latest.get(svg)?.geometry);
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
  // Loss ticks in the page's number style (a × 10ⁿ, never "1e+5"); a log axis keeps d3's
  // choice of which ticks carry a label.
  const yCount = tickCount(plot.height, font / 2, 4);
  // On a short chart a scale returns more ticks than asked for: labels keep a line apart.
  const yTicks = spacedTicks(y.ticks(yCount), y, font * 1.5);
  const yLabel = distinctTickFormat(yTicks);
  const labelled = 'base' in y ? y.tickFormat(yCount, '~g') : null;
  ensure(root, 'g', 'axis axis-y')
    .attr('transform', `translate(${plot.x},0)`)
    .call(
      axisLeft(y)
        .tickValues(yTicks)
        .tickFormat((v) => (labelled && labelled(v) === '' ? '' : yLabel(v)))
        .tickSizeOuter(0),
    );
  const accAxis = ensure(root, 'g', 'axis axis-accuracy');
  accAxis.attr('display', accuracy ? null : 'none');
  if (accuracy) {
    accAxis.attr('transform', `translate(${plot.x + plot.width},0)`).call(
      axisRight(accuracy)
        .tickValues(spacedTicks(accuracy.ticks(yCount), accuracy, font * 1.5))
        .tickFormat(accuracy.tickFormat(yCount, '.0%'))
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
  drawReferences(ensure(root, 'g', 'references'), geometry.references, geometry.referenceTransform);
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
    // Inside the plot, on the side of the rule with room, at the top: never over the axis
    // title or the tick labels left of the plot.
    const right = dx < plot.x + plot.width / 2;
    ensure(div, 'text', 'divergence-label')
      .attr('x', right ? dx + 8 : dx - 8)
      .attr('y', plot.y)
      .attr('dy', '1em')
      .attr('text-anchor', right ? 'start' : 'end')
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

const epochLabel = (v: number | { valueOf(): number }) => grouped(Number(v));

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
