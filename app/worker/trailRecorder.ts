import type { TrainingSession } from '../engine/session';
import type { Trail } from './protocol';

/** Steps of history kept per watched parameter. */
export const TRAIL_LENGTH = 400;

/**
 * Remembers the watched parameters' values after each step (a ring of the last TRAIL_LENGTH
 * steps), so the descent and surface views can draw the path the optimiser took.
 */
export class TrailRecorder {
  private indices: number[] = [];
  private values = new Float64Array(0);
  private steps = new Float64Array(TRAIL_LENGTH);
  private count = 0;
  private head = 0;
  private lastStep = -1;

  /** Start recording `indices` (dropping any that the network lacks), from the current values. */
  watch(indices: number[], s: TrainingSession | null): void {
    const n = s?.net.params.length ?? 0;
    this.indices = indices.filter((i) => Number.isInteger(i) && i >= 0 && i < n).slice(0, 8);
    this.values = new Float64Array(TRAIL_LENGTH * this.indices.length);
    this.clear(s);
  }

  clear(s: TrainingSession | null): void {
    this.count = 0;
    this.head = 0;
    this.lastStep = -1;
    if (s) this.record(s);
  }

  /** Record the current values if the session has taken a step since the last record. */
  record(s: TrainingSession): void {
    const k = this.indices.length;
    if (k === 0 || s.step === this.lastStep) return;
    this.lastStep = s.step;
    const slot = this.head;
    for (let j = 0; j < k; j++) this.values[slot * k + j] = s.net.params[this.indices[j]!]!;
    this.steps[slot] = s.step;
    this.head = (this.head + 1) % TRAIL_LENGTH;
    this.count = Math.min(this.count + 1, TRAIL_LENGTH);
  }

  /** The recorded rows, oldest first (undefined when nothing is watched). */
  take(): Trail | undefined {
    const k = this.indices.length;
    if (k === 0) return undefined;
    const values = new Float64Array(this.count * k);
    const steps = new Float64Array(this.count);
    const start = (this.head - this.count + TRAIL_LENGTH) % TRAIL_LENGTH;
    for (let r = 0; r < this.count; r++) {
      const slot = (start + r) % TRAIL_LENGTH;
      steps[r] = this.steps[slot]!;
      for (let j = 0; j < k; j++) values[r * k + j] = this.values[slot * k + j]!;
    }
    return { indices: this.indices.slice(), values, steps };
  }
}
