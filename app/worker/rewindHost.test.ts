import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../engine/configRules';
import type { Command, Snapshot, WorkerEvent } from './protocol';
import { TrainingHost, type HostEnvironment } from './trainingHost';

/**
 * A host on a fake clock. Its task queue runs only when asked (`idle`): everything here is step
 * by step, and what the worker does between messages (pictures made ahead) is seen to happen.
 */
function harness() {
  const events: WorkerEvent[] = [];
  let clock = 0;
  const tasks: (() => void)[] = [];
  const env: HostEnvironment = {
    post: (e) => events.push(e),
    now: () => (clock += 0.01),
    yieldThen: (fn) => tasks.push(fn),
    after: () => {},
  };
  const host = new TrainingHost(env);
  const send = (c: Command) => host.handle(c);
  let id = 0;
  // The rewind history comes only when it changed: the page keeps the last, and so does this.
  let rewind: Snapshot['rewind'];
  const snapshot = (): Snapshot => {
    send({
      type: 'snapshot',
      requestId: ++id,
      want: { grid: true, neurons: true, res: 8, neuronRes: 4 },
    });
    const e = events.filter((x) => x.type === 'snapshot').pop();
    if (!e || e.type !== 'snapshot') throw new Error('no snapshot');
    rewind = e.snapshot.rewind ?? rewind;
    return { ...e.snapshot, rewind };
  };
  /** The worker between messages: run what it queued. */
  const idle = () => tasks.splice(0).forEach((fn) => fn());
  return { send, snapshot, idle };
}

describe('TrainingHost rewind', () => {
  it('shows a kept epoch exactly, goes back to live, and branches from it', () => {
    const h = harness();
    h.send({ type: 'configure', config: DEFAULT_CONFIG });
    const byEpoch: Snapshot[] = [h.snapshot()];
    for (let e = 1; e <= 6; e++) {
      h.send({ type: 'step', unit: 'epoch' });
      byEpoch.push(h.snapshot());
    }
    h.send({ type: 'step', unit: 'batch' });
    const live = h.snapshot();
    expect(live.rewind?.epochs && Array.from(live.rewind.epochs)).toEqual([0, 1, 2, 3, 4, 5, 6]);

    h.send({ type: 'rewind', request: { action: 'show', epoch: 2 } });
    const shown = h.snapshot();
    expect(shown.rewind?.viewing).toBe(2);
    expect(shown.epoch).toBe(2);
    expect(Array.from(shown.parameters)).toEqual(Array.from(byEpoch[2]!.parameters));
    expect(shown.trainLoss).toBe(byEpoch[2]!.trainLoss);
    expect(Array.from(shown.grid!.output)).toEqual(Array.from(byEpoch[2]!.grid!.output));
    expect(Array.from(shown.grid!.neurons!)).toEqual(Array.from(byEpoch[2]!.grid!.neurons!));

    // [ from live mid-epoch shows the epoch's start; ] past the last kept epoch is live again.
    h.send({ type: 'rewind', request: { action: 'live' } });
    const back = h.snapshot();
    expect(back.rewind?.viewing).toBeNull();
    expect(Array.from(back.parameters)).toEqual(Array.from(live.parameters));
    expect(back.step).toBe(live.step);
    h.send({ type: 'rewind', request: { action: 'step', delta: -1 } });
    expect(h.snapshot().epoch).toBe(6);
    h.send({ type: 'rewind', request: { action: 'step', delta: -1 } });
    expect(h.snapshot().epoch).toBe(5);
    h.send({ type: 'rewind', request: { action: 'step', delta: 1 } });
    h.send({ type: 'rewind', request: { action: 'step', delta: 1 } });
    expect(h.snapshot().step).toBe(live.step);

    // Continue from epoch 3: the history is cut there and training goes on from it.
    h.send({ type: 'rewind', request: { action: 'show', epoch: 3 } });
    h.snapshot();
    h.send({ type: 'rewind', request: { action: 'branch' } });
    const branched = h.snapshot();
    expect(branched.historyReset).toBe(true);
    expect(Array.from(branched.history.epoch)).toEqual([0, 1, 2, 3]);
    expect(Array.from(branched.rewind!.epochs)).toEqual([0, 1, 2, 3]);
    h.send({ type: 'step', unit: 'epoch' });
    const four = h.snapshot();
    expect(four.epoch).toBe(4);
    // Same settings, same data order: the branch replays the original epoch 4 bit for bit.
    expect(Array.from(four.parameters)).toEqual(Array.from(byEpoch[4]!.parameters));
  });

  it('Play while a past epoch is shown goes back to live first (nothing is lost)', () => {
    const h = harness();
    h.send({ type: 'configure', config: DEFAULT_CONFIG });
    for (let e = 0; e < 3; e++) h.send({ type: 'step', unit: 'epoch' });
    h.send({ type: 'rewind', request: { action: 'show', epoch: 1 } });
    expect(h.snapshot().epoch).toBe(1);
    h.send({ type: 'play' });
    h.send({ type: 'pause' });
    const s = h.snapshot();
    expect(s.epoch).toBe(3);
    expect(s.rewind?.viewing).toBeNull();
  });

  it('[ and ] show each kept epoch with its own pictures, the next made while the page draws', () => {
    const h = harness();
    h.send({
      type: 'configure',
      config: { ...DEFAULT_CONFIG, batchNorm: true, optimizer: 'adam' },
    });
    const byEpoch: Snapshot[] = [h.snapshot()];
    for (let e = 1; e <= 5; e++) {
      h.send({ type: 'step', unit: 'epoch' });
      byEpoch.push(h.snapshot());
    }
    const seen: number[] = [];
    const walk = (delta: -1 | 1) => {
      h.send({ type: 'rewind', request: { action: 'step', delta } });
      const shown = h.snapshot();
      seen.push(shown.epoch);
      const own = byEpoch[shown.epoch]!;
      expect(Array.from(shown.grid!.output)).toEqual(Array.from(own.grid!.output));
      expect(Array.from(shown.grid!.neurons!)).toEqual(Array.from(own.grid!.neurons!));
      h.idle();
    };
    for (let i = 0; i < 4; i++) walk(-1);
    walk(1);
    walk(1);
    expect(seen).toEqual([4, 3, 2, 1, 2, 3]);
  });
});
