import { describe, expect, it } from 'vitest';
import type { CustomData } from '../engine/customData';
import { presetFor } from '../engine/presets';
import type { WorkerEvent } from './protocol';
import { TrainingHost } from './trainingHost';

function host() {
  const events: WorkerEvent[] = [];
  let clock = 0;
  const h = new TrainingHost({
    post: (e) => events.push(e),
    now: () => (clock += 0.01),
    yieldThen: () => {},
    after: () => {},
  });
  const readies = () => events.flatMap((e) => (e.type === 'ready' ? [e.info] : []));
  const errors = () => events.flatMap((e) => (e.type === 'error' ? [e.message] : []));
  return { h, readies, errors };
}

const data = (n: number): CustomData => ({
  name: 'Drawn points',
  problem: 'binary',
  dims: 2,
  inputNames: ['x₁', 'x₂'],
  targetName: 'class',
  classNames: ['A', 'B'],
  x: Array.from({ length: 2 * n }, (_, i) => (i % 7) - 3),
  y: Array.from({ length: n }, (_, i) => i % 2),
});

describe('TrainingHost with the user’s data', () => {
  it('builds a custom run from data sent before the configuration', () => {
    const { h, readies, errors } = host();
    h.handle({ type: 'data', data: data(6) });
    h.handle({ type: 'configure', config: presetFor('customBinary') });
    expect(errors()).toEqual([]);
    expect(readies().at(-1)!.points.length).toBe(12);
  });

  it('a configuration that arrives first waits for the data, then builds', () => {
    const { h, readies, errors } = host();
    h.handle({ type: 'configure', config: presetFor('customBinary') });
    expect(errors()[0]).toMatch(/user’s data/);
    h.handle({ type: 'data', data: data(8) });
    expect(readies().at(-1)!.points.length).toBe(16);
  });

  it('new data rebuilds a custom run; built-in runs ignore it', () => {
    const { h, readies } = host();
    h.handle({ type: 'data', data: data(6) });
    h.handle({ type: 'configure', config: presetFor('customBinary') });
    h.handle({ type: 'data', data: data(10) });
    expect(readies().at(-1)!.targets.length).toBe(10);
    h.handle({ type: 'configure', config: presetFor('xor') });
    const count = readies().length;
    h.handle({ type: 'data', data: data(4) });
    expect(readies().length).toBe(count);
  });

  it('malformed data is an error message, not a crash', () => {
    const { h, errors } = host();
    h.handle({ type: 'data', data: { ...data(4), y: [0, 0, 0, 0] } });
    expect(errors()[0]).toMatch(/same class/);
  });
});

describe('TrainingHost output plane', () => {
  it('answers a new pair of columns with a new picture, even with unchanged weights', () => {
    const events: WorkerEvent[] = [];
    const h2 = new TrainingHost({
      post: (e) => events.push(e),
      now: () => 0,
      yieldThen: () => {},
      after: () => {},
    });
    h2.handle({
      type: 'data',
      data: {
        ...data(6),
        dims: 3,
        inputNames: ['a', 'b', 'c'],
        x: Array.from({ length: 18 }, (_, i) => i % 5),
      },
    });
    h2.handle({ type: 'configure', config: presetFor('customBinary') });
    const grids = () =>
      events.flatMap((e) => (e.type === 'snapshot' && e.snapshot.grid ? [e.snapshot.grid] : []));
    const want = { grid: true, neurons: false, res: 8, neuronRes: 8 };
    h2.handle({ type: 'snapshot', requestId: 1, want });
    h2.handle({ type: 'snapshot', requestId: 2, want });
    expect(grids()).toHaveLength(1);
    h2.handle({ type: 'snapshot', requestId: 3, want: { ...want, axes: [2, 0] } });
    expect(grids()).toHaveLength(2);
  });
});
