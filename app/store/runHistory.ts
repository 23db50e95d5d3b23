import type { HistoryChunk } from '../worker/protocol';
import { HISTORY_SERIES, type HistorySeries } from '../engine/sessionTypes';

/**
 * Per-epoch history of a run in growable Float64Arrays: entries [0, length) are filled.
 * Appending reuses the buffers while they have room and returns a new wrapper object, so a
 * store selector sees the change while no per-point objects are ever allocated.
 * Example: after two epochs, epoch = [1, 2, …spare], trainLoss = [0.69, 0.52, …], length = 2.
 */
export interface RunHistory {
  length: number;
  epoch: Float64Array;
  trainLoss: Float64Array;
  testLoss: Float64Array;
  /** NaN without a validation set. */
  validationLoss: Float64Array;
  /** NaN for regression. */
  trainAccuracy: Float64Array;
  testAccuracy: Float64Array;
}

/** An empty history with room for `capacity` points. */
export function emptyHistory(capacity = 256): RunHistory {
  return {
    length: 0,
    epoch: new Float64Array(capacity),
    trainLoss: new Float64Array(capacity),
    testLoss: new Float64Array(capacity),
    validationLoss: new Float64Array(capacity),
    trainAccuracy: new Float64Array(capacity),
    testAccuracy: new Float64Array(capacity),
  };
}

/**
 * The history after a snapshot's chunk: cleared first when `reset` (the worker restarted the
 * run), then the chunk's points appended, doubling the buffers when they run out of room.
 * Returns `prev` itself when nothing changed.
 */
export function appendHistory(prev: RunHistory, chunk: HistoryChunk, reset: boolean): RunHistory {
  const added = chunk.epoch.length;
  if (added === 0 && !reset) return prev;
  const start = reset ? 0 : prev.length;
  const needed = start + added;
  let capacity = prev.epoch.length;
  while (capacity < needed) capacity *= 2;
  const next: RunHistory = { ...prev, length: needed };
  for (const key of HISTORY_SERIES) {
    let buf = prev[key];
    if (capacity !== buf.length) {
      const grown = new Float64Array(capacity);
      grown.set(buf.subarray(0, start));
      buf = grown;
    }
    buf.set(chunk[key].subarray(0, added), start);
    next[key] = buf;
  }
  return next;
}

/** The filled part of one series (a view, valid until the next append). */
export function seriesOf(h: RunHistory, key: HistorySeries): Float64Array {
  return h[key].subarray(0, h.length);
}
