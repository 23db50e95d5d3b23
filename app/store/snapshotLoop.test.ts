import { describe, expect, it } from 'vitest';
import type { TrainingClient } from '../worker/client';
import type { Snapshot, SnapshotRequest } from '../worker/protocol';
import {
  MAX_GRID_RES,
  MIN_GRID_RES,
  NEURON_RES,
  outputGridRes,
  snapshotRequest,
  startSnapshotLoop,
} from './snapshotLoop';
import type { AppStore } from './store';

function harness(diagramVisible: boolean, outputPixels = 0, parameterCount = 25) {
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
  let state = {
    diagramVisible,
    outputPixels,
    info: { parameterCount },
    scrubs: 0,
    applySnapshot: (s: Snapshot) => applied.push(s),
  };
  const listeners: ((now: typeof state, before: typeof state) => void)[] = [];
  const store = {
    getState: () => state,
    subscribe: (fn: (typeof listeners)[number]) => {
      listeners.push(fn);
      return () => listeners.splice(listeners.indexOf(fn), 1);
    },
  } as unknown as AppStore;
  const stop = startSnapshotLoop(store, client, scheduler);
  const frame = () => frames.shift()?.();
  /** The page sends a scrub command (the store counts it). */
  const scrub = () => {
    const before = state;
    state = { ...state, scrubs: state.scrubs + 1 };
    for (const l of [...listeners]) l(state, before);
  };
  return { frame, requests, answers, applied, stop, scrub };
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
    h.frame();
    expect(h.requests).toHaveLength(2);
  });

  it('shows an answer at the next frame, after asking for the next one', async () => {
    const h = harness(false);
    h.frame();
    h.answers[0]!({ epoch: 5 } as Snapshot);
    await flush();
    expect(h.applied).toEqual([]);
    h.frame();
    expect(h.applied.map((s) => s.epoch)).toEqual([5]);
    expect(h.requests).toHaveLength(2);
    // Nothing new arrived: the next frame shows nothing again.
    h.frame();
    expect(h.applied).toHaveLength(1);
  });

  it('asks at once for a scrubbed epoch and shows it on arrival, not at the next frame', async () => {
    const h = harness(false);
    h.frame();
    h.answers[0]!({ epoch: 5 } as Snapshot);
    await flush();
    // Nothing on its way: a scrub asks now, and its answer is shown as it lands.
    h.scrub();
    expect(h.requests).toHaveLength(2);
    h.answers[1]!({ epoch: 3 } as Snapshot);
    await flush();
    // The answer waiting for the frame is shown first: each carries its own history points.
    expect(h.applied.map((s) => s.epoch)).toEqual([5, 3]);
    // An answer asked before a scrub is shown as it lands, and the loop asks again at once.
    h.frame();
    expect(h.requests).toHaveLength(3);
    h.scrub();
    expect(h.requests).toHaveLength(3);
    h.answers[2]!({ epoch: 3 } as Snapshot);
    await flush();
    expect(h.requests).toHaveLength(4);
    h.answers[3]!({ epoch: 2 } as Snapshot);
    await flush();
    expect(h.applied.map((s) => s.epoch)).toEqual([5, 3, 3, 2]);
    // Once stopped, scrubs ask for nothing.
    h.stop();
    h.scrub();
    expect(h.requests).toHaveLength(4);
  });

  it('sizes the output picture to the plot, within bounds and the work budget', () => {
    expect(outputGridRes(0, 25)).toBe(MIN_GRID_RES);
    expect(outputGridRes(290, 25)).toBe(MAX_GRID_RES);
    expect(outputGridRes(108, 25)).toBe(112);
    // The heavy network (433 parameters) stays at the floor, however large the plot.
    expect(outputGridRes(2000, 433)).toBe(MIN_GRID_RES);
    // In between, cells × parameters stays within one budget.
    const mid = outputGridRes(2000, 360);
    expect(mid).toBeGreaterThan(MIN_GRID_RES);
    expect(mid).toBeLessThan(MAX_GRID_RES);
    expect(mid % 8).toBe(0);
    const h = harness(false, 108, 25);
    h.frame();
    expect(h.requests[0]?.res).toBe(112);
  });

  it('asks for neuron pictures only while the diagram is visible', () => {
    expect(snapshotRequest(true)).toEqual({
      grid: true,
      neurons: true,
      res: MIN_GRID_RES,
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

describe('snapshot loop and run commands', () => {
  it('keeps the status the page set when the answer was asked for before the last command', async () => {
    const frames: (() => void)[] = [];
    const scheduler = {
      requestAnimationFrame: (cb: () => void) => frames.push(cb),
      cancelAnimationFrame: () => undefined,
    };
    const answers: ((s: Snapshot | null) => void)[] = [];
    let current = false;
    const client = {
      requestSnapshot: () => new Promise<Snapshot | null>((r) => answers.push(r)),
      isCurrent: () => current,
    } as unknown as TrainingClient;
    const applied: Snapshot[] = [];
    const store = {
      getState: () => ({
        status: 'paused',
        diagramVisible: false,
        outputPixels: 0,
        info: null,
        applySnapshot: (s: Snapshot) => applied.push(s),
      }),
      subscribe: () => () => undefined,
    } as unknown as AppStore;
    startSnapshotLoop(store, client, scheduler);
    frames.shift()!();
    // Asked while running; the page has since reset (paused): the stale "running" is ignored.
    answers[0]!({ epoch: 5, status: 'running' } as Snapshot);
    await flush();
    frames.shift()!();
    expect(applied[0]).toMatchObject({ epoch: 5, status: 'paused' });
    current = true;
    answers[1]!({ epoch: 0, status: 'running' } as Snapshot);
    await flush();
    frames.shift()!();
    expect(applied[1]).toMatchObject({ epoch: 0, status: 'running' });
  });
});
