import type { Margin } from './decisionBoundary';
import { SHORT, timesTen } from '../engine/numberText';

/** The axis font size (px) every chart's margins were drawn for; larger text grows them. */
export const BASE_FONT = 11;

/**
 * A margin grown in proportion to the axis font, so tick labels and axis titles keep their
 * room when presenter mode enlarges the text (never shrunk below the base).
 * Example: scaleMargin({ top: 8, right: 8, bottom: 34, left: 42 }, 22) → { 16, 16, 68, 84 }.
 */
export function scaleMargin(margin: Margin, fontSize = BASE_FONT): Margin {
  const k = Math.max(1, fontSize / BASE_FONT);
  return {
    top: margin.top * k,
    right: margin.right * k,
    bottom: margin.bottom * k,
    left: margin.left * k,
  };
}

/**
 * How many ticks an axis of `length` px can carry without its labels touching, at most `max`:
 * one tick per about five characters of text.
 * Example: tickCount(250, 11) → 4; tickCount(250, 24) → 2.
 */
export function tickCount(length: number, fontSize = BASE_FONT, max = 5): number {
  return Math.max(2, Math.min(max, Math.floor(length / (fontSize * 5))));
}

/**
 * The ticks of `ticks` whose labels keep at least `gap` px between them along the axis drawn
 * by `scale` (a scale may return more ticks than asked for): every second, third… one is kept,
 * the first always. Example: spacedTicks([0, 0.1, 0.2], y, 36) on a 60 px axis → [0, 0.2].
 */
export function spacedTicks(
  ticks: readonly number[],
  scale: (v: number) => number,
  gap: number,
): number[] {
  if (ticks.length < 2) return [...ticks];
  const step = Math.abs(scale(ticks[1]!) - scale(ticks[0]!));
  const every = step > 0 ? Math.max(1, Math.ceil(gap / step)) : ticks.length;
  return ticks.filter((_t, i) => i % every === 0);
}

/**
 * Whole-number tick values over [lo, hi] (an epoch axis), at most about `count` of them, at a
 * round step (1, 2, 5 × 10ⁿ); never two ticks that would print the same label.
 * Example: epochTicks([165507, 165509], 5) → [165507, 165508, 165509]; epochTicks([0, 1000], 5)
 * → [0, 200, 400, 600, 800, 1000].
 */
export function epochTicks([lo, hi]: [number, number], count: number): number[] {
  if (!(hi >= lo) || !Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  const raw = Math.max(1, (hi - lo) / Math.max(1, count));
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? 10 * p;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(Math.round(v));
  return out;
}

/**
 * A tick formatter for these tick values whose labels never repeat: the fewest significant
 * digits (up to 6) at which all labels differ, with a real minus sign, and a × 10ⁿ form when
 * the values are tiny or huge, so every label stays short.
 * Example: distinctTickFormat([105000, 106000, 107000]) prints 1.05×10⁵, 1.06×10⁵, 1.07×10⁵
 * where a 2-digit exponent would have printed 1.1e5 three times.
 */
export function distinctTickFormat(ticks: readonly number[]): (v: { valueOf(): number }) => string {
  const big = Math.max(0, ...ticks.map((v) => Math.abs(v)));
  // The page's one rule for where plain notation ends (SHORT), applied to the largest tick.
  const exp = big !== 0 && (big < SHORT.small || big >= SHORT.large);
  const label = (n: number, digits: number) =>
    n === 0
      ? '0'
      : exp
        ? timesTen(n, digits)
        : String(Number(n.toPrecision(digits))).replace('-', '−');
  let digits = 2;
  while (digits < 6 && new Set(ticks.map((t) => label(t, digits))).size < ticks.length) digits++;
  return (v) => label(Number(v), digits);
}
