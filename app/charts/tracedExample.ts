import { select } from 'd3-selection';
import { exampleNumber } from '../engine/exampleNumber';
import type { PlotFrame, PointMark } from './decisionBoundary';

/**
 * The example the teaching views trace (the backprop step-through, the Neuron view), marked on
 * the output plot so it reads from the back of a hall: its symbol at twice the area, inside a
 * dark ring on a white halo (it stands out on either class colour and on the shaded plane), and
 * a short bold label ("example 3", the step-through's own name for it) beside it, all drawn
 * above every other point.
 */
export interface TracedMark {
  /** Data-set row (0-based; shown as exampleNumber(row), as in the step-through's "Example 3"). */
  row: number;
  /** Centre of the point in the chart's px (the same place as its dot). */
  x: number;
  y: number;
  /** Radius of the ring in px: clear of the enlarged symbol. */
  ring: number;
  /** The label: its text, anchor point (baseline) and which side of the point it is on. */
  label: { text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end' };
}

/** Width of a bold label of `chars` characters at `fontSize` px, a little generous. */
function labelWidth(chars: number, fontSize: number): number {
  return chars * fontSize * 0.62;
}

/**
 * Where the ring and label of traced point `mark` go in `frame`, for points of `area` px²
 * (the traced one is drawn at twice that). The label sits up and to the right of the point,
 * or on whichever side keeps it inside the plot (left near the right edge, below near the top);
 * where neither side has room (a small plot in large type), it is centred over the ring,
 * moved along to stay inside the plot.
 * Example: row 2 at the plot's centre, font 11 → label 'example 3' starting right of the ring,
 * its baseline above the point.
 */
export function tracedMark(
  mark: Pick<PointMark, 'index' | 'x' | 'y'>,
  frame: PlotFrame,
  area: number,
): TracedMark {
  const { plot, fontSize } = frame;
  const symbolRadius = Math.sqrt((2 * area) / Math.PI);
  const ring = symbolRadius + Math.max(4, fontSize * 0.3);
  const gap = ring + fontSize * 0.25;
  const text = `example ${exampleNumber(mark.index)}`;
  const width = labelWidth(text.length, fontSize);
  const right = plot.x + plot.width - (mark.x + gap);
  const left = mark.x - gap - plot.x;
  const beside = right >= width || left >= width;
  if (beside) {
    const anchor = right >= width ? 'start' : 'end';
    const x = anchor === 'start' ? mark.x + gap : mark.x - gap;
    // Baseline above the point where a line of text fits there, else below it.
    const above = mark.y - gap * 0.7 - fontSize * 0.8 >= plot.y;
    const y = above ? mark.y - gap * 0.7 : mark.y + gap * 0.7 + fontSize * 0.8;
    return { row: mark.index, x: mark.x, y: mark.y, ring, label: { text, x, y, anchor } };
  }
  const half = Math.min(width, plot.width) / 2;
  const x = Math.min(plot.x + plot.width - half, Math.max(plot.x + half, mark.x));
  const above = mark.y - ring - fontSize * 1.1 >= plot.y;
  const y = above ? mark.y - ring - fontSize * 0.3 : mark.y + ring + fontSize * 0.95;
  return { row: mark.index, x: mark.x, y: mark.y, ring, label: { text, x, y, anchor: 'middle' } };
}

/**
 * Draw (or remove, with null) the traced example's mark in its own layer on top of `svg`:
 * halo, ring, the point's symbol path `symbol` in its `fill`, and the label. The layer lets
 * clicks through to the points under it.
 */
export function drawTracedExample(
  svg: SVGSVGElement,
  traced: { mark: TracedMark; symbol: string; fill: string } | null,
): void {
  const root = select(svg);
  const layer = root.selectAll<SVGGElement, null>('g.traced-layer').data([null]);
  const g = layer.enter().append('g').attr('class', 'traced-layer').merge(layer);
  g.raise();
  const marks = g
    .selectAll<SVGGElement, TracedMark>('g.traced')
    .data(traced ? [traced.mark] : [], (d) => d.row)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'traced');
      e.append('circle').attr('class', 'traced-halo');
      e.append('circle').attr('class', 'traced-ring');
      e.append('path').attr('class', 'traced-point');
      e.append('text').attr('class', 'traced-label');
      return e;
    });
  if (!traced) return;
  const { mark } = traced;
  marks.attr('data-row', mark.row);
  marks
    .selectAll<SVGCircleElement, TracedMark>('circle')
    .attr('cx', mark.x.toFixed(1))
    .attr('cy', mark.y.toFixed(1))
    .attr('r', mark.ring.toFixed(1));
  marks
    .select('path.traced-point')
    .attr('transform', `translate(${mark.x.toFixed(1)},${mark.y.toFixed(1)})`)
    .attr('d', traced.symbol)
    .style('fill', traced.fill);
  marks
    .select('text.traced-label')
    .attr('x', mark.label.x.toFixed(1))
    .attr('y', mark.label.y.toFixed(1))
    .attr('text-anchor', mark.label.anchor)
    .text(mark.label.text);
}
