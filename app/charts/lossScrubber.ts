import { select, type Selection } from 'd3-selection';
import type { LossCurveGeometry } from './lossCurveGeometry';
import { grouped } from '../engine/numberText';

/** What the scrubber draws: the kept epochs and the one shown (null while live). */
export interface ScrubState {
  epochs: ArrayLike<number>;
  viewing: number | null;
}

/** Pointer handlers: `scrub` on press and drag with the epoch under the pointer. */
export interface ScrubHandlers {
  scrub(epoch: number): void;
}

/**
 * One path of short ticks along the bottom of the plot, one per kept epoch (merged when two
 * fall in the same pixel column), so the density of what can be restored shows at a glance.
 * Example: epochs [0, 5, 10] on x: 0→50 px, 10→150 px, bottom 120, length 6 →
 * 'M50,120v-6M100,120v-6M150,120v-6'.
 */
export function keptTicksPath(
  epochs: ArrayLike<number>,
  x: (epoch: number) => number,
  bottom: number,
  length: number,
): string {
  let d = '';
  let lastColumn = Number.NaN;
  for (let i = 0; i < epochs.length; i++) {
    const px = Math.round(x(epochs[i]!));
    if (px === lastColumn || !Number.isFinite(px)) continue;
    lastColumn = px;
    d += `M${px},${bottom}v-${length}`;
  }
  return d;
}

/** A drawn line as px points, x ascending (the part of it near the scrubber's label). */
export type LinePoints = readonly (readonly [number, number])[];

/** Where the scrubber's label goes: its text anchor point and anchoring. */
export interface LabelSpot {
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

/**
 * The line's y at px x by linear interpolation on the first segment that spans x, or NaN
 * outside it. The points are x-ascending, so that segment is found by bisection: scrubbing
 * asks this for every point near the rule, on lines of thousands of epochs.
 */
function lineYAt(line: LinePoints, x: number): number {
  // The first i ≥ 1 with line[i].x ≥ x; line[i − 1].x < x then, unless i is 1.
  let lo = 1;
  let hi = line.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (line[mid]![0] < x) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= line.length) return Number.NaN;
  const [x0, y0] = line[lo - 1]!;
  const [x1, y1] = line[lo]!;
  if (x < x0) return Number.NaN;
  return x1 === x0 ? Math.min(y0, y1) : y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
}

/** How far (px, vertically) a line passes from a box over [x0, x1]; 0 where it crosses it. */
function clearance(line: LinePoints, x0: number, x1: number, top: number, bottom: number): number {
  const xs = [x0, x1, ...line.filter(([x]) => x > x0 && x < x1).map(([x]) => x)];
  let best = Infinity;
  for (const x of xs) {
    const y = lineYAt(line, x);
    if (!Number.isFinite(y)) continue;
    best = Math.min(best, y < top ? top - y : y > bottom ? y - bottom : 0);
  }
  return best;
}

/**
 * Where to write "epoch N" beside the rule at `vx`: at the top or the bottom of the plot, to
 * the rule's right or left, wherever the drawn lines pass farthest from the text (so the
 * label never sits on the test-loss line); on a tie the top on the side with more room.
 * Example: a line along the plot's top → the label goes to the bottom.
 */
export function scrubLabelSpot(
  vx: number,
  plot: { x: number; y: number; width: number; height: number },
  fontSize: number,
  labelWidth: number,
  lines: readonly LinePoints[],
): LabelSpot {
  const bottom = plot.y + plot.height;
  const rightHalf = vx > plot.x + plot.width / 2;
  const sides: ('start' | 'end')[] = rightHalf ? ['end', 'start'] : ['start', 'end'];
  // Baselines: under the top edge, and above the kept-epoch ticks at the bottom.
  const rows = [plot.y + fontSize * 1.1, bottom - Math.max(4, fontSize * 0.35) - fontSize * 0.4];
  let best: LabelSpot | null = null;
  let bestScore = -Infinity;
  for (const y of rows)
    for (const anchor of sides) {
      const x = anchor === 'end' ? vx - 6 : vx + 6;
      const [x0, x1] = anchor === 'end' ? [x - labelWidth, x] : [x, x + labelWidth];
      // A label that would leave the plot sideways is a last resort.
      const inside = x0 >= plot.x - 1 && x1 <= plot.x + plot.width + 1;
      const score =
        Math.min(
          12,
          ...lines.map((l) => clearance(l, x0, x1, y - fontSize * 0.9, y + fontSize * 0.3)),
        ) - (inside ? 0 : 100);
      if (score > bestScore + 0.5) {
        bestScore = score;
        best = { x, y, anchor };
      }
    }
  return best!;
}

/**
 * The px points of each series within [x0, x1] (with one point either side, so the segments
 * crossing the window's edges are kept), for scrubLabelSpot. Non-finite values split nothing
 * here: they are left out.
 */
export function linesNear(
  epochs: ArrayLike<number>,
  series: readonly { values: ArrayLike<number>; y: (v: number) => number }[],
  x: (epoch: number) => number,
  x0: number,
  x1: number,
): LinePoints[] {
  const n = epochs.length;
  let lo = 0;
  while (lo < n - 1 && x(epochs[lo + 1]!) < x0) lo++;
  let hi = lo;
  while (hi < n - 1 && x(epochs[hi]!) <= x1) hi++;
  return series.map(({ values, y }) => {
    const pts: [number, number][] = [];
    for (let i = lo; i <= hi && i < values.length; i++) {
      const py = y(values[i]!);
      if (Number.isFinite(values[i]) && Number.isFinite(py)) pts.push([x(epochs[i]!), py]);
    }
    return pts;
  });
}

/** The epoch under a pointer at `px` (plot x in px), rounded to a whole epoch. */
export function epochAtPixel(geometry: LossCurveGeometry, px: number): number {
  return Math.round(geometry.x.invert(px));
}

/** Measured label widths per chart, by font size and the label's shape (see labelWidth). */
const labelWidths = new WeakMap<SVGSVGElement, Map<string, number>>();

/**
 * The rendered width of the scrubber's label. Measuring makes the browser lay out the page,
 * which on every scrub position costs more than drawing it: labels of one shape (the same
 * digits count and commas, "epoch 1,234" as "epoch 5,678") are measured once per font size.
 */
function labelWidth(
  svg: SVGSVGElement,
  label: Selection<SVGTextElement, unknown, null, undefined>,
  fontSize: number,
): number {
  const text = label.text();
  const key = `${fontSize}|${text.replace(/[0-9]/g, '0')}`;
  let widths = labelWidths.get(svg);
  if (!widths) labelWidths.set(svg, (widths = new Map()));
  const known = widths.get(key);
  if (known !== undefined) return known;
  const measured = label.node()?.getComputedTextLength?.() ?? 0;
  if (measured > 0) widths.set(key, measured);
  return measured > 0 ? measured : text.length * fontSize * 0.62;
}

/** Latest drawing per chart, read by the pointer handlers (bound once per chart). */
const scrubbers = new WeakMap<
  SVGSVGElement,
  { geometry: LossCurveGeometry; state: ScrubState; handlers: ScrubHandlers; dragging: boolean }
>();

/**
 * Draw the rewind scrubber over a drawn loss chart: ticks of the kept epochs, and while a past
 * epoch is shown a rule and a label at it. Pressing or dragging on the plot (mouse, pen or
 * touch, through pointer events with capture) calls `handlers.scrub`; the chart's hover
 * readout keeps working beside it.
 */
export function drawScrubber(
  svg: SVGSVGElement,
  geometry: LossCurveGeometry,
  state: ScrubState,
  handlers: ScrubHandlers,
  /** The drawn lines near the shown epoch (linesNear), which the label keeps clear of. */
  avoid: (x0: number, x1: number) => readonly LinePoints[] = () => [],
): void {
  const { plot, fontSize } = geometry.frame;
  const root = select(svg);
  let g = root.select<SVGGElement>(':scope > g.scrubber');
  if (g.empty()) {
    g = root.insert<SVGGElement>('g', 'rect.hover-target').attr('class', 'scrubber');
    g.append('path').attr('class', 'scrub-kept');
    g.append('line').attr('class', 'scrub-rule');
    g.append('text').attr('class', 'scrub-label');
  }
  const bottom = plot.y + plot.height;
  g.select('path.scrub-kept').attr(
    'd',
    keptTicksPath(state.epochs, (e) => geometry.x(e), bottom, Math.max(4, fontSize * 0.35)) || null,
  );
  const v = state.viewing;
  const shown = v !== null && Number.isFinite(v);
  const vx = shown ? Math.min(plot.x + plot.width, Math.max(plot.x, geometry.x(v))) : 0;
  g.select('line.scrub-rule')
    .attr('display', shown ? null : 'none')
    .attr('x1', vx)
    .attr('x2', vx)
    .attr('y1', plot.y)
    .attr('y2', bottom);
  const label = g
    .select<SVGTextElement>('text.scrub-label')
    .attr('display', shown ? null : 'none')
    .text(shown ? `epoch ${grouped(v)}` : '');
  if (shown) {
    const width = labelWidth(svg, label, fontSize);
    const spot = scrubLabelSpot(vx, plot, fontSize, width, avoid(vx - width - 8, vx + width + 8));
    label.attr('x', spot.x).attr('y', spot.y).attr('text-anchor', spot.anchor);
  }
  const latest = scrubbers.get(svg);
  scrubbers.set(svg, { geometry, state, handlers, dragging: latest?.dragging ?? false });
  const target = root.select<SVGRectElement>(':scope > rect.hover-target');
  target.classed('scrubbable', state.epochs.length > 1);
  if (latest) return;
  // Bound once; they read the latest geometry, so a redraw mid-drag keeps the drag going.
  const at = (event: PointerEvent) => {
    const now = scrubbers.get(svg);
    if (!now) return;
    const rect = svg.getBoundingClientRect();
    now.handlers.scrub(epochAtPixel(now.geometry, event.clientX - rect.left));
  };
  target
    .on('pointerdown.scrub', (event: PointerEvent) => {
      const now = scrubbers.get(svg);
      if (!now || now.state.epochs.length < 2 || event.button > 0) return;
      now.dragging = true;
      (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
      at(event);
    })
    .on('pointermove.scrub', (event: PointerEvent) => {
      if (scrubbers.get(svg)?.dragging) at(event);
    })
    .on('pointerup.scrub pointercancel.scrub', () => {
      const now = scrubbers.get(svg);
      if (now) now.dragging = false;
    });
}
