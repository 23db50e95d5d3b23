import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../engine/configRules';
import { TrainingSession } from '../engine/session';
import { sweepConfig } from '../engine/sweepPlan';
import { SweepHost, type SweepEnvironment } from './sweepHost';
import type { SweepEvent, SweepRunReport } from './sweepProtocol';
import { sweepWorkerCount } from './sweepClient';

/** A sweep host on a fake clock that moves on a little at every reading, run to the end. */
function runSweep(values: number[], epochs: number, indices = values.map((_, i) => i)) {
  const events: SweepEvent[] = [];
  const tasks: (() => void)[] = [];
  let clock = 0;
  const env: SweepEnvironment = {
    post: (e) => events.push(e),
    now: () => (clock += 0.05),
    yieldThen: (fn) => tasks.push(fn),
    after: (_ms, fn) => tasks.push(fn),
  };
  const host = new SweepHost(env);
  host.handle({
    type: 'start',
    id: 7,
    base: DEFAULT_CONFIG,
    param: 'learningRate',
    values,
    indices,
    epochs,
    data: null,
    res: 12,
  });
  for (let n = 0; tasks.length && n < 100_000; n++) tasks.shift()!();
  return { events, host };
}

describe('SweepHost', () => {
  it('trains each value on the same data and seed, exactly as a run of its own would', () => {
    const values = [0.01, 0.1, 1];
    const { events } = runSweep(values, 5);
    const progress = events.filter((e) => e.type === 'progress');
    expect(progress.at(-1)?.type === 'progress' && progress.at(-1)?.finished).toBe(true);
    // Every report's new history points, joined, are each run's whole history.
    const byRun = new Map<number, number[]>();
    let last: SweepRunReport[] = [];
    for (const e of progress) {
      if (e.type !== 'progress') continue;
      last = e.runs;
      for (const r of e.runs)
        byRun.set(r.index, [...(byRun.get(r.index) ?? []), ...r.history.testLoss]);
    }
    values.forEach((lr, i) => {
      const solo = new TrainingSession(sweepConfig(DEFAULT_CONFIG, 'learningRate', lr));
      for (let k = 0; k < 5; k++) solo.stepEpoch();
      const run = last.find((r) => r.index === i)!;
      expect(run.epoch).toBe(5);
      expect(run.figures.testLoss).toBe(solo.test.loss);
      expect(byRun.get(i)).toEqual([...solo.takeHistory().chunk.testLoss]);
      expect(run.grid?.res).toBe(12);
      expect(run.examplesPerSecond).toBeGreaterThan(0);
    });
  });

  it('trains only the runs given to it, and answers for a run’s training state', () => {
    const { events, host } = runSweep([0.01, 0.1, 1, 3], 2, [1, 3]);
    const last = events.filter((e) => e.type === 'progress').at(-1);
    expect(last?.type === 'progress' && last.runs.map((r) => r.index)).toEqual([1, 3]);
    host.handle({ type: 'state', requestId: 5, index: 3 });
    host.handle({ type: 'state', requestId: 6, index: 0 });
    const answers = events.filter((e) => e.type === 'state');
    expect(answers[0]?.type === 'state' && answers[0].state?.epoch).toBe(2);
    expect(answers[1]?.type === 'state' && answers[1].state).toBeNull();
  });

  it('names a value it cannot use', () => {
    const { events } = runSweep([0.1, 0.2, 0.3], 1, [0, 5]);
    expect(events[0]).toMatchObject({ type: 'error', id: 7, message: 'The sweep has no value 6.' });
  });

  it('shares the runs among the spare cores, one worker at least', () => {
    expect(sweepWorkerCount(5, 8)).toBe(5);
    expect(sweepWorkerCount(5, 4)).toBe(3);
    expect(sweepWorkerCount(3, 2)).toBe(1);
    expect(sweepWorkerCount(6, 1)).toBe(1);
  });
});
