import { describe, expect, it } from 'vitest';
import type { Trainer } from './trainer';
import type { Snapshot, TroubleReport } from '../worker/protocol';

// The slice drives its store's trainer; here a recorder stands in for the worker.
const calls: unknown[][] = [];
const trainer = new Proxy(
  {},
  {
    get:
      (_t, name: string) =>
      (...args: unknown[]) =>
        void calls.push([name, ...args]),
  },
) as Trainer;
const { createAppStore } = await import('./store');

const trouble: TroubleReport = {
  kind: 'oscillation',
  fromEpoch: 0,
  toEpoch: 19,
  low: 0.7,
  high: 4.8,
  guessLoss: 0.69,
  learningRate: 10,
  saturated: 0,
  units: 0,
  standardized: false,
  widestInput: null,
  dataset: 'circle',
  fix: 'lowerRate',
};

let step = 0;
function snap(over: Partial<Snapshot> = {}): Snapshot {
  const none = new Float64Array(0);
  return {
    requestId: 1,
    status: 'running',
    epoch: 20,
    step: ++step,
    trainLoss: 2,
    testLoss: 2,
    regLoss: 0,
    trainAccuracy: 0.5,
    testAccuracy: 0.5,
    learningRate: 10,
    examplesPerSecond: 1000,
    history: {
      epoch: none,
      trainLoss: none,
      testLoss: none,
      validationLoss: none,
      trainAccuracy: none,
      testAccuracy: none,
    },
    historyReset: false,
    parameters: Float64Array.of(0.1),
    ...over,
  };
}

describe('the training messages', () => {
  it('a dismissed report stays away while the engine repeats it, and is news again after a restart', () => {
    const store = createAppStore({ trainer });
    store.getState().applySnapshot(snap({ trouble }));
    expect(store.getState().trouble).toEqual(trouble);
    store.getState().dismissTrainingMessage();
    store.getState().applySnapshot(snap({ trouble }));
    expect(store.getState().trouble).toBeNull();
    // The same run replayed from a reset reports the same thing: it shows again.
    store.getState().applySnapshot(snap({ trouble, historyReset: true }));
    expect(store.getState().trouble).toEqual(trouble);
  });

  it('the fix lowers the rate ten times and keeps the run; a stall also starts over', () => {
    const store = createAppStore({ trainer });
    store.getState().setConfig({ learningRate: 10 });
    store.getState().applySnapshot(snap({ trouble }));
    calls.length = 0;
    store.getState().applyTroubleFix();
    expect(store.getState().config.learningRate).toBe(1);
    expect(store.getState().trouble).toBeNull();
    expect(calls.some((c) => c[0] === 'reset')).toBe(false);
    store.getState().applySnapshot(snap({ trouble: { ...trouble, kind: 'stall', fromEpoch: 3 } }));
    store.getState().applyTroubleFix();
    expect(store.getState().config.learningRate).toBe(0.1);
    expect(calls.some((c) => c[0] === 'reset')).toBe(true);
  });

  it('a stall on raw inputs standardises them, or takes the data set’s suggested settings', () => {
    const store = createAppStore({ trainer });
    store.getState().setConfig({ dataset: 'housePrices' });
    store.getState().setConfig({ standardize: false, hidden: [4, 2], seed: 7 });
    store
      .getState()
      .applySnapshot(snap({ trouble: { ...trouble, kind: 'stall', fix: 'suggested' } }));
    store.getState().applyTroubleFix();
    expect(store.getState().config).toMatchObject({ standardize: true, hidden: [], seed: 7 });
    store.getState().setConfig({ standardize: false });
    store
      .getState()
      .applySnapshot(
        snap({ trouble: { ...trouble, kind: 'stall', fix: 'standardize', fromEpoch: 9 } }),
      );
    store.getState().applyTroubleFix();
    expect(store.getState().config.standardize).toBe(true);
  });
});
