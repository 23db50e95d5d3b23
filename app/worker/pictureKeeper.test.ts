import { describe, expect, it } from 'vitest';
import type { TrainingSession } from '../engine/session';
import type { GridValues } from '../engine/sessionTypes';
import { PictureKeeper } from './pictureKeeper';
import type { SnapshotRequest } from './protocol';

/** A session whose pictures count how often they are made; each costs `cost` ms of `clock`. */
function fakeSession(clock: { t: number }, cost: number) {
  let made = 0;
  const session = {
    data: { dataset: { dims: 2 } },
    grid: (res: number): GridValues => {
      made++;
      clock.t += cost;
      return { res, output: new Float32Array(1), outputs: 1, neuronCount: 0 };
    },
  } as unknown as TrainingSession;
  return { session, made: () => made };
}

const want: SnapshotRequest = { grid: true, neurons: false, res: 16, neuronRes: 8 };

describe('PictureKeeper', () => {
  it('sends a picture only when the weights changed, and while training only when due', () => {
    const clock = { t: 0 };
    const keeper = new PictureKeeper(() => clock.t);
    const { session, made } = fakeSession(clock, 15);
    expect(keeper.forSnapshot(session, want, 1, true)).toBeDefined();
    // Unchanged weights: nothing to send.
    expect(keeper.forSnapshot(session, want, 1, true)).toBeUndefined();
    // New weights 5 ms later: not due yet while training (10 ms after a 15 ms picture).
    clock.t += 5;
    expect(keeper.forSnapshot(session, want, 2, true)).toBeUndefined();
    clock.t += 5;
    expect(keeper.forSnapshot(session, want, 2, true)).toBeDefined();
    // Paused, a change is drawn at once; another resolution too.
    expect(keeper.forSnapshot(session, want, 3, false)).toBeDefined();
    expect(keeper.forSnapshot(session, { ...want, res: 32 }, 3, true)?.res).toBe(32);
    expect(made()).toBe(4);
  });
});
