import { describe, expect, it } from 'vitest';
import type { TrainingClient } from '../worker/client';
import type { Snapshot, SnapshotRequest } from '../worker/protocol';
import { GRID_RES, NEURON_RES, snapshotRequest, startSnapshotLoop } from './snapshotLoop';
import type { AppStore } from './store';

function harness(diagramVisible: boolean) {
  const frames: (() => void)[] = [];
  const scheduler = {
    requestAnimationFrame: (cb: () => void) => frames.push(cb),
    cancelAnimationFrame: () => undefined,
  };
  const requests: SnapshotRequest[] = [];
  const answers: ((s: Snapshot | null) => void)[] = [];
  const client = {
    requestSnapshot: (want: SnapshotRequest) => {
      requests.push(want);
      return new Promise<Snapshot | null>((r) => answers.push(r));
    },
  } as unknown as TrainingClient;
  const applied: Snapshot[] = [];
  const store = {
    getState: () => ({ diagramVisible, applySnapshot: (s: Snapshot) => applied.push(s) }),
  } as unknown as AppStore;
  const stop = startSnapshotLoop(store, client, scheduler);
  const frame = () => frames.shift()?.();
  return { frame, requests, answers, applied, stop };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('snapshot loop', () => {
  it('asks once per frame but never while an answer is on its way', async () => {
    const h = harness(false);
    h.frame();
    h.frame();
    h.frame();
    expect(h.requests).toHaveLength(1);
    h.answers[0]!({ epoch: 5 } as Snapshot);
    await flush();
    expect(h.applied.map((s) => s.epoch)).toEqual([5]);
    h.frame();
    expect(h.requests).toHaveLength(2);
  });

  it('asks for neuron pictures only while the diagram is visible', () => {
    expect(snapshotRequest(true)).toEqual({
      grid: true,
      neurons: true,
      res: GRID_RES,
      neuronRes: NEURON_RES,
    });
    expect(snapshotRequest(false).neurons).toBe(false);
    const h = harness(true);
    h.frame();
    expect(h.requests[0]?.neurons).toBe(true);
  });

  it('ignores answers after it was stopped, and null answers', async () => {
    const h = harness(false);
    h.frame();
    h.answers[0]!(null);
    await flush();
    h.frame();
    h.stop();
    h.answers[1]!({ epoch: 1 } as Snapshot);
    await flush();
    expect(h.applied).toEqual([]);
  });
});
