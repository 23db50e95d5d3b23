import { select } from 'd3-selection';
import type { LossCurveGeometry } from './lossCurveGeometry';

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

/** The epoch under a pointer at `px` (plot x in px), rounded to a whole epoch. */
export function epochAtPixel(geometry: LossCurveGeometry, px: number): number {
  return Math.round(geometry.x.invert(px));
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
  const rightHalf = vx > plot.x + plot.width / 2;
  g.select('text.scrub-label')
    .attr('display', shown ? null : 'none')
    .attr('x', rightHalf ? vx - 6 : vx + 6)
    .attr('y', plot.y + fontSize * 1.1)
    .attr('text-anchor', rightHalf ? 'end' : 'start')
    .text(shown ? `epoch ${v.toLocaleString('en')}` : '');
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
