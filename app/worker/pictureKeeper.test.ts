import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../engine/configRules';
import { TrainingSession } from '../engine/session';
import { applyState, captureState } from '../engine/sessionState';
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

describe('PictureKeeper pictures made ahead', () => {
  const real: SnapshotRequest = { grid: true, neurons: true, res: 12, neuronRes: 6 };

  /** A run with batch norm and Adam (moments and running statistics in every kept state). */
  function trained() {
    const s = new TrainingSession({
      ...DEFAULT_CONFIG,
      batchNorm: true,
      optimizer: 'adam',
      learningRate: 0.05,
    });
    s.status = 'running';
    const states = [captureState(s)];
    for (let e = 0; e < 3; e++) {
      s.stepEpoch();
      states.push(captureState(s));
    }
    return { s, states };
  }

  it('sends the picture of a kept state made ahead, the same as the session draws once shown', () => {
    const { s, states } = trained();
    const keeper = new PictureKeeper(() => 0);
    const early = states[1]!;
    keeper.makeAhead(s, early, real);
    applyState(s, early);
    const drawn = s.grid(12, true, 6);
    const grid = vi.spyOn(s, 'grid');
    const sent = keeper.forSnapshot(s, real, 1, false, early);
    expect(grid).not.toHaveBeenCalled();
    expect(Array.from(sent!.output)).toEqual(Array.from(drawn.output));
    expect(Array.from(sent!.neurons!)).toEqual(Array.from(drawn.neurons!));
  });

  it('draws afresh when another state is shown or another size is asked for', () => {
    const { s, states } = trained();
    const keeper = new PictureKeeper(() => 0);
    keeper.makeAhead(s, states[2]!, real);
    applyState(s, states[1]!);
    const grid = vi.spyOn(s, 'grid');
    const sent = keeper.forSnapshot(s, real, 1, false, states[1]!);
    expect(grid).toHaveBeenCalledTimes(1);
    expect(Array.from(sent!.output)).toEqual(Array.from(s.grid(12, true, 6).output));
    keeper.makeAhead(s, states[1]!, real);
    keeper.forSnapshot(s, { ...real, res: 16 }, 2, false, states[1]!);
    expect(grid).toHaveBeenCalledTimes(3);
  });
});
