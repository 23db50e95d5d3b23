import { HISTORY_SERIES, type HistoryChunk, type HistorySeries } from '../engine/sessionTypes';
import { isRecord, own } from './jsonText';

/** Points a scene keeps of its loss history, at most (the chart's line, thinned evenly). */
export const MAX_SAVED_POINTS = 400;

type SeriesName = HistorySeries;

/**
 * A run's per-epoch history as a file keeps it: one list per series, all of one length, with
 * null where the series has no value (NaN: no validation set, accuracy of a regression).
 * Shape: { epoch: [0, 10, 20], trainLoss: [0.69, 0.41, 0.2], validationLoss: [null, null, null], … }.
 */
export type SavedHistory = Record<SeriesName, (number | null)[]> & { epoch: number[] };

/** The series of a history as typed arrays, up to `length` (the page's RunHistory fits). */
export interface HistoryColumns extends Record<SeriesName, ArrayLike<number>> {
  length: number;
}

/**
 * The history up to epoch `upTo` (a snapshot may have reached a little further than the saved
 * weights) as a file keeps it, thinned to at most `max` points: the first and last always, the
 * rest evenly by position, so the chart's shape survives.
 * Example: 10,000 epochs → 400 points, epoch 0 … 10,000.
 */
export function saveHistory(h: HistoryColumns, upTo: number, max = MAX_SAVED_POINTS): SavedHistory {
  let n = h.length;
  while (n > 0 && h.epoch[n - 1]! > upTo) n--;
  const picks: number[] = [];
  if (n <= max) for (let i = 0; i < n; i++) picks.push(i);
  else for (let k = 0; k < max; k++) picks.push(Math.round((k * (n - 1)) / (max - 1)));
  const column = (name: SeriesName) =>
    picks.map((i) => {
      const v = h[name][i]!;
      return Number.isFinite(v) ? v : null;
    });
  return {
    epoch: picks.map((i) => h.epoch[i]!),
    trainLoss: column('trainLoss'),
    testLoss: column('testLoss'),
    validationLoss: column('validationLoss'),
    trainAccuracy: column('trainAccuracy'),
    testAccuracy: column('testAccuracy'),
  };
}

/** The saved history as a chunk the engine and the page read (null back to NaN). */
export function historyChunk(saved: SavedHistory): HistoryChunk {
  const column = (name: SeriesName) => Float64Array.from(saved[name], (v) => v ?? NaN);
  return {
    epoch: Float64Array.from(saved.epoch),
    trainLoss: column('trainLoss'),
    testLoss: column('testLoss'),
    validationLoss: column('validationLoss'),
    trainAccuracy: column('trainAccuracy'),
    testAccuracy: column('testAccuracy'),
  };
}

/**
 * Check a saved history against the trained state it belongs to: every series a list of the
 * same length (at most MAX_SAVED_POINTS), epochs whole, increasing and not past `epoch`,
 * losses finite and ≥ 0 or null, accuracies from 0 to 1 or null. Returns the history or a
 * message saying what is wrong.
 * Example: readSavedHistory({ epoch: [0, 5], trainLoss: [0.7] … }, 5) → 'the loss history's
 * series have different lengths.'
 */
export function readSavedHistory(input: unknown, epoch: number): SavedHistory | string {
  if (!isRecord(input)) return 'the loss history is not an object.';
  const lists: Partial<Record<SeriesName, unknown[]>> = {};
  for (const name of HISTORY_SERIES) {
    const v = own(input, name);
    if (!Array.isArray(v)) return `the loss history has no list "${name}".`;
    lists[name] = v;
  }
  const length = lists.epoch!.length;
  if (HISTORY_SERIES.some((name) => lists[name]!.length !== length)) {
    return "the loss history's series have different lengths.";
  }
  if (length > MAX_SAVED_POINTS) {
    return `the loss history has ${length} points; at most ${MAX_SAVED_POINTS} are kept.`;
  }
  let last = -1;
  for (const e of lists.epoch!) {
    if (typeof e !== 'number' || !Number.isSafeInteger(e) || e <= last || e > epoch) {
      return `the loss history's epochs must be whole numbers that increase up to epoch ${epoch}.`;
    }
    last = e;
  }
  const inRange = (name: SeriesName, hi: number) =>
    lists[name]!.every(
      (v) => v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= hi),
    );
  if (!(['trainLoss', 'testLoss', 'validationLoss'] as const).every((n) => inRange(n, Infinity))) {
    return 'the loss history has a loss that is not a finite number ≥ 0.';
  }
  if (!inRange('trainAccuracy', 1) || !inRange('testAccuracy', 1)) {
    return 'the loss history has an accuracy outside 0 to 1.';
  }
  return lists as SavedHistory;
}
