import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../engine/configRules';
import { TrainingSession } from '../engine/session';
import type { Trainer } from './trainer';
import type { Sweeper } from './sweepSlice';
import type { SweepListener, SweepSpec } from '../worker/sweepClient';
import { SweepHost } from '../worker/sweepHost';
import type { SweepEvent } from '../worker/sweepProtocol';

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

/** A sweeper that runs the real sweep host in this thread, to the end, when started. */
function inlineSweeper(): Sweeper {
  let host: SweepHost | null = null;
  let answer: ((e: SweepEvent) => void) | null = null;
  return {
    start(spec: SweepSpec, listener: SweepListener) {
      const tasks: (() => void)[] = [];
      let clock = 0;
      host = new SweepHost({
        post: (e) => {
          if (e.type === 'progress') listener.report(e.runs, e.finished);
          else if (e.type === 'error') listener.error(e.message);
          else answer?.(e);
        },
        now: () => (clock += 0.05),
        yieldThen: (fn) => tasks.push(fn),
        after: (_ms, fn) => tasks.push(fn),
      });
      host.handle({ type: 'start', id: 1, indices: spec.values.map((_, i) => i), ...spec });
      queueMicrotask(() => {
        while (tasks.length) tasks.shift()!();
      });
      return 1;
    },
    state(index: number) {
      return new Promise((resolve) => {
        answer = (e) =>
          resolve(
            e.type === 'state' && e.state && e.evaluation
              ? { state: e.state, evaluation: e.evaluation }
              : null,
          );
        host?.handle({ type: 'state', requestId: 1, index });
      });
    },
    stop() {},
  };
}

const { createAppStore } = await import('./store');

describe('sweep slice', () => {
  it('shows each run as it trains; any run can be made live or pinned', async () => {
    const store = createAppStore({ trainer, sweeper: inlineSweeper() });
    const live = new TrainingSession(DEFAULT_CONFIG);
    store.setState({ info: live.info() });
    store.getState().startSweep('learningRate', [0.01, 0.1, 0.3], 4);
    expect(store.getState().sweep?.runs.map((r) => r.label)).toEqual([
      'lr 0.01',
      'lr 0.1',
      'lr 0.3',
    ]);
    await new Promise((r) => setTimeout(r, 0));
    const sweep = store.getState().sweep!;
    expect(sweep.finished).toBe(true);
    for (const run of sweep.runs) {
      expect(run.epoch).toBe(4);
      expect(run.history.length).toBe(5);
      expect(run.grid?.res).toBe(40);
    }
    calls.length = 0;
    expect(await store.getState().makeSweepRunLive(2)).toBe(true);
    expect(store.getState().config.learningRate).toBe(0.3);
    const restore = calls.find((c) => c[0] === 'restore');
    expect(restore?.[2]).toBe(4);
    expect(await store.getState().pinSweepRun(0)).toBe(true);
    const pin = store.getState().pins[0]!;
    expect(pin).toMatchObject({
      name: 'lr 0.01',
      figures: { epoch: 4, testLoss: sweep.runs[0]!.figures.testLoss },
    });
    expect(pin.outline?.kind).toBe('level');
  });
});
