import { bisectCenter } from 'd3-array';
import { formatNumber } from '../engine/numberText';
import type { LossSeries } from './lossCurveGeometry';

/**
 * Index of the history point nearest to an epoch (−1 when empty).
 * Example: epochs [1, 2, 3], epoch 2.4 → 1.
 */
export function nearestIndex(epochs: ArrayLike<number>, epoch: number): number {
  if (epochs.length === 0) return -1;
  return Math.min(epochs.length - 1, Math.max(0, bisectCenter(epochs, epoch)));
}

/**
 * The hover text box lines for history point i.
 * Example: ['epoch 120', 'train 0.213', 'test 0.251', 'accuracy 93% / 91%'].
 */
export function hoverReadout(series: LossSeries, i: number): string[] {
  const lines = [
    `epoch ${series.epochs[i] ?? '—'}`,
    `train ${formatNumber(series.train[i] ?? NaN)}`,
    `test ${formatNumber(series.test[i] ?? NaN)}`,
  ];
  const v = series.validation?.[i];
  if (v !== undefined && Number.isFinite(v)) lines.push(`validation ${formatNumber(v)}`);
  const pct = (v: number | undefined) =>
    v !== undefined && Number.isFinite(v) ? `${Math.round(v * 100)}%` : '—';
  const ta = series.trainAccuracy?.[i];
  const va = series.testAccuracy?.[i];
  if (Number.isFinite(ta ?? NaN) || Number.isFinite(va ?? NaN)) {
    lines.push(`accuracy ${pct(ta)} / ${pct(va)}`);
  }
  return lines;
}
