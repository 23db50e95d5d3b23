import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../engine/configRules';
import { SweepClient, type SweepWorkerLike } from './sweepClient';
import type { SweepCommand } from './sweepProtocol';

/** Fake workers that record what they were asked to train. */
function fakeWorkers() {
  const started: number[][] = [];
  const factory = (): SweepWorkerLike => ({
    postMessage: (m: SweepCommand) => {
      if (m.type === 'start') started.push(m.indices);
    },
    addEventListener: () => {},
    terminate: () => {},
  });
  return { started, factory };
}

const spec = {
  base: DEFAULT_CONFIG,
  param: 'learningRate' as const,
  values: [0.003, 0.01, 0.03, 0.1, 0.3],
  epochs: 100,
  data: null,
  res: 40,
};
const listener = { report: () => {}, error: () => {} };

describe('SweepClient', () => {
  it('on two cores trains five runs in one worker beside the live run, in two while it is paused', () => {
    const { started, factory } = fakeWorkers();
    const client = new SweepClient(factory, () => 2);
    client.start(spec, listener, true);
    expect(started).toEqual([[0, 1, 2, 3, 4]]);
    started.length = 0;
    client.start(spec, listener, false);
    expect(started).toEqual([
      [0, 2, 4],
      [1, 3],
    ]);
  });
});
