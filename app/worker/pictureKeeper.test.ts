import { describe, expect, it } from 'vitest';
import type { TrainingSession } from '../engine/session';
import type { GridValues } from '../engine/sessionTypes';
import { PictureKeeper } from './pictureKeeper';
import type { SnapshotRequest } from './protocol';

/** A session whose pictures record the weights version they were made at. */
function fakeSession() {
  const made: number[] = [];
  let version = 0;
  const session = {
    data: { dataset: { dims: 2 } },
    grid: (res: number): GridValues => {
      made.push(version);
      return { res, output: new Float32Array([version]), outputs: 1, neuronCount: 0 };
    },
  } as unknown as TrainingSession;
  return { session, made, setVersion: (v: number) => (version = v) };
}

const want: SnapshotRequest = { grid: true, neurons: false, res: 16, neuronRes: 8 };

describe('PictureKeeper', () => {
  it('while training, makes the next picture between slices, so a snapshot answers at once', () => {
    let clock = 0;
    const keeper = new PictureKeeper(() => clock);
    const { session, made, setVersion } = fakeSession();
    // The first snapshot of a run has nothing made ahead: its picture is made on the spot.
    expect(keeper.forSnapshot(session, want, 1, true)?.output[0]).toBe(0);
    setVersion(2);
    clock += 16;
    keeper.prepare(session, 2);
    expect(made).toEqual([0, 2]);
    // Training moves on to version 3; the snapshot carries the picture made at version 2.
    setVersion(3);
    clock += 5;
    expect(keeper.forSnapshot(session, want, 3, true)?.output[0]).toBe(2);
    expect(made).toEqual([0, 2]);
  });

  it('makes nothing ahead unless the page is looking, the weights moved and the last was sent', () => {
    let clock = 0;
    const keeper = new PictureKeeper(() => clock);
    const { session, made } = fakeSession();
    keeper.prepare(session, 1);
    expect(made).toEqual([]);
    keeper.forSnapshot(session, want, 1, true);
    clock += 16;
    keeper.prepare(session, 1);
    expect(made).toEqual([0]);
    keeper.prepare(session, 2);
    keeper.prepare(session, 3);
    expect(made).toEqual([0, 0]);
    // Nobody asked for a second: the tab is hidden, say.
    keeper.forSnapshot(session, want, 3, true);
    clock += 1000;
    keeper.prepare(session, 4);
    expect(made).toEqual([0, 0]);
  });

  it('paused, or after the weights changed otherwise, pictures are of the weights sent', () => {
    let clock = 0;
    const keeper = new PictureKeeper(() => clock);
    const { session, setVersion } = fakeSession();
    keeper.forSnapshot(session, want, 1, true);
    setVersion(2);
    clock += 16;
    keeper.prepare(session, 2);
    setVersion(3);
    // Paused at version 3: the picture made ahead at 2 is not used.
    expect(keeper.forSnapshot(session, want, 3, false)?.output[0]).toBe(3);
    // Unchanged weights, unchanged picture: none sent.
    expect(keeper.forSnapshot(session, want, 3, false)).toBeUndefined();
    keeper.forSnapshot(session, want, 3, true);
    setVersion(4);
    clock += 16;
    keeper.prepare(session, 4);
    keeper.drop(); // an edit of a weight, say
    setVersion(5);
    expect(keeper.forSnapshot(session, want, 5, true)?.output[0]).toBe(5);
  });

  it('a request for another resolution gets its own picture at once', () => {
    let clock = 0;
    const keeper = new PictureKeeper(() => clock);
    const { session, setVersion } = fakeSession();
    keeper.forSnapshot(session, want, 1, true);
    setVersion(2);
    clock += 16;
    keeper.prepare(session, 2);
    const bigger = keeper.forSnapshot(session, { ...want, res: 32 }, 2, true);
    expect(bigger?.res).toBe(32);
  });
});
