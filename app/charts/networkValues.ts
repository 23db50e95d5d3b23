import { formatNumber } from '../engine/numberText';
import { edgeStrokeWidth, type NetworkGeometry } from './networkLayout';

/** What the per-frame value drawing keeps between frames (part of the diagram's state). */
export interface ValueLayer {
  geometry: NetworkGeometry | null;
  parameters?: Float64Array;
  edgeEls: SVGGElement[];
  biasEls: SVGGElement[];
  /** Signed stroke width drawn per edge (NaN = not drawn yet), so unchanged ones are skipped. */
  edgeValues: Float64Array;
  /** When the accessible names were last refreshed (−∞ forces a refresh). */
  labelTime: number;
  /** A trailing refresh of the names, so the last values before a pause are announced too. */
  labelTimer: ReturnType<typeof setTimeout> | null;
}

/** Accessible names carry live values but need not change 60 times a second. */
const LABEL_INTERVAL_MS = 400;

/**
 * The cheap per-frame part. An edge is restyled only when its sign or its width (in 0.25 px
 * steps) changes, since each change costs the browser a style and layout pass on that path.
 * Accessible names and the output bias text are refreshed a few times a second.
 */
export function drawValues(
  state: ValueLayer,
  g: NetworkGeometry,
  p: Float64Array | undefined,
): void {
  g.edges.forEach((e, i) => {
    const w = p?.[e.index] ?? 0;
    const el = state.edgeEls[i];
    if (!el) return;
    const width = Math.round(edgeStrokeWidth(w) * 4) / 4;
    const style = w < 0 ? -width : width;
    if (state.edgeValues[i] !== style) {
      state.edgeValues[i] = style;
      el.classList.toggle('is-negative', w < 0);
      el.lastElementChild?.setAttribute('stroke-width', String(width));
    }
  });
  g.biases.forEach((b, i) =>
    state.biasEls[i]?.classList.toggle('is-negative', (p?.[b.index] ?? 0) < 0),
  );
  const wait = state.labelTime + LABEL_INTERVAL_MS - performance.now();
  if (wait <= 0) drawLabels(state, g, p);
  else
    state.labelTimer ??= setTimeout(() => {
      state.labelTimer = null;
      // The latest geometry and values, whatever arrived since the timer was set.
      if (state.geometry) drawLabels(state, state.geometry, state.parameters);
    }, wait);
}

/** Accessible names with live values, and the output bias text. */
function drawLabels(state: ValueLayer, g: NetworkGeometry, p: Float64Array | undefined): void {
  state.labelTime = performance.now();
  const shown = (v: number) => (p ? formatNumber(v) : 'not trained yet');
  g.edges.forEach((e, i) =>
    state.edgeEls[i]?.setAttribute('aria-label', `${e.name}: ${shown(p?.[e.index] ?? 0)}`),
  );
  g.biases.forEach((b, i) => {
    const el = state.biasEls[i];
    if (!el) return;
    const v = p?.[b.index] ?? 0;
    const text = b.showValue ? el.querySelector('text') : null;
    // Before the first weights arrive the value is unknown, not 0.
    const visible = p ? `b = ${formatNumber(v)}` : 'b = …';
    if (text) text.textContent = visible;
    // A chip that shows its value is named by what it shows first (voice control says that).
    el.setAttribute(
      'aria-label',
      text ? `${visible}, ${b.name}${p ? '' : ' (not trained yet)'}` : `${b.name}: ${shown(v)}`,
    );
  });
}
