import { describe, expect, it } from 'vitest';
import type { GridValues, Snapshot } from '../worker/protocol';
import { initialRunData, snapshotPatch } from './runSnapshot';
import type { RunData } from './runSnapshot';
import { seriesOf } from './runHistory';

function snap(over: Partial<Snapshot> & { epochs?: number[] } = {}): Snapshot {
  const epochs = Float64Array.from(over.epochs ?? []);
  return {
    requestId: 1,
    status: 'running',
    epoch: 3,
    step: 30,
    trainLoss: 0.4,
    testLoss: 0.5,
    regLoss: 0,
    trainAccuracy: 0.9,
    testAccuracy: 0.85,
    learningRate: 0.03,
    examplesPerSecond: 1000,
    history: {
      epoch: epochs,
      trainLoss: epochs.map((e) => 1 / e),
      testLoss: epochs.map((e) => 2 / e),
      validationLoss: epochs.map((e) => 3 / e),
      trainAccuracy: epochs.map(() => 0.5),
      testAccuracy: epochs.map(() => 0.5),
    },
    historyReset: false,
    parameters: Float64Array.of(0.1, -0.2),
    ...over,
  };
}

const grid = { res: 2, output: new Float32Array(4), outputs: 1, neuronCount: 0 } as GridValues;

function apply(prev: RunData, s: Snapshot): RunData {
  return { ...prev, ...snapshotPatch(prev, s) };
}

describe('snapshotPatch', () => {
  it('copies the readouts and appends the history chunk', () => {
    let run = apply(initialRunData(), snap({ epochs: [1, 2] }));
    run = apply(run, snap({ epochs: [3], step: 31 }));
    expect(run.epoch).toBe(3);
    expect(run.testLoss).toBe(0.5);
    expect(Array.from(seriesOf(run.history, 'epoch'))).toEqual([1, 2, 3]);
    expect(seriesOf(run.history, 'testLoss')[0]).toBe(2);
  });

  it('drops the old history when the worker restarted the run', () => {
    let run = apply(initialRunData(), snap({ epochs: [1, 2, 3] }));
    run = apply(run, snap({ epochs: [], historyReset: true, epoch: 0, step: 0 }));
    expect(run.history.length).toBe(0);
  });

  it('keeps the last grid when a snapshot brings none', () => {
    let run = apply(initialRunData(), snap({ grid }));
    run = apply(run, snap({ step: 31 }));
    expect(run.grid).toBe(grid);
  });

  it('reports nothing to change for an identical paused snapshot', () => {
    const run = apply(initialRunData(), snap({ status: 'paused', examplesPerSecond: 0 }));
    expect(snapshotPatch(run, snap({ status: 'paused', examplesPerSecond: 0 }))).toBeNull();
    const edited = snap({
      status: 'paused',
      examplesPerSecond: 0,
      parameters: Float64Array.of(0.1, 5),
    });
    expect(snapshotPatch(run, edited)?.parameters?.[1]).toBe(5);
  });

  it('records and clears the divergence report', () => {
    const divergence = {
      step: 12,
      epoch: 1,
      what: 'loss' as const,
      layer: -1,
      lastFiniteLoss: 3,
      trainLoss: 4,
      message: 'The loss became infinite.',
    };
    let run = apply(initialRunData(), snap({ status: 'diverged', divergence }));
    expect(run.divergence?.step).toBe(12);
    run = apply(run, snap({ status: 'paused', historyReset: true }));
    expect(run.divergence).toBeNull();
  });
});
