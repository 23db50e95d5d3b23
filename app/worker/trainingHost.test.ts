import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../engine/configRules';
import type { TrainingConfig } from '../engine/trainingConfig';
import type { Command, Snapshot, WorkerEvent } from './protocol';
import { PICTURE_SHARE, pictureDue } from './pictureKeeper';
import { TrainingHost, type HostEnvironment } from './trainingHost';

/** A host driven by a fake clock and an explicit task queue, as a worker would drive it. */
function harness() {
  const events: WorkerEvent[] = [];
  const tasks: { at: number; fn: () => void }[] = [];
  let clock = 0;
  const env: HostEnvironment = {
    post: (e) => events.push(e),
    // Work takes time: every reading of the clock moves it on a little, as a real one would.
    now: () => (clock += 0.01),
    yieldThen: (fn) => tasks.push({ at: clock, fn }),
    after: (ms, fn) => tasks.push({ at: clock + ms, fn }),
  };
  const host = new TrainingHost(env);
  const send = (c: Command) => host.handle(c);
  /** Run queued tasks until `ms` of fake time has passed (each slice costs `cost` ms). */
  const advance = (ms: number, cost = 1) => {
    const end = clock + ms;
    while (tasks.length && clock < end) {
      tasks.sort((a, b) => a.at - b.at);
      const t = tasks.shift()!;
      clock = Math.max(clock, t.at) + cost;
      t.fn();
    }
    clock = Math.max(clock, end);
  };
  const snapshot = (id = 1): Snapshot => {
    send({
      type: 'snapshot',
      requestId: id,
      want: { grid: true, neurons: false, res: 16, neuronRes: 8 },
    });
    const e = events.filter((x) => x.type === 'snapshot').pop();
    if (!e || e.type !== 'snapshot') throw new Error('no snapshot');
    return e.snapshot;
  };
  /** Until the teaching probes have loaded and the commands held meanwhile are handled. */
  const probesLoaded = () => vi.waitUntil(() => !host.loadingProbes);
  return { events, send, advance, snapshot, probesLoaded };
}

const cfg = (over: Partial<TrainingConfig> = {}): TrainingConfig => ({
  ...DEFAULT_CONFIG,
  ...over,
});

describe('TrainingHost (the worker’s message handler)', () => {
  it('configure answers ready with the network and data', () => {
    const h = harness();
    h.send({ type: 'configure', config: cfg() });
    const ready = h.events.find((e) => e.type === 'ready');
    expect(ready && ready.type === 'ready' && ready.info.layers.length).toBe(
      DEFAULT_CONFIG.hidden.length + 1,
    );
  });

  it('step trains one batch; step epoch one epoch; reset returns to the same start', () => {
    const h = harness();
    h.send({ type: 'configure', config: cfg() });
    const s0 = h.snapshot();
    h.send({ type: 'step', unit: 'batch' });
    expect(h.snapshot().step).toBe(1);
    h.send({ type: 'step', unit: 'epoch' });
    const s2 = h.snapshot();
    expect(s2.epoch).toBe(1);
    h.send({ type: 'reset' });
    const s3 = h.snapshot();
    expect(s3.step).toBe(0);
    expect(s3.historyReset).toBe(true);
    expect(Array.from(s3.parameters)).toEqual(Array.from(s0.parameters));
  });

  it('play trains in slices until paused; a grid is sent only when the weights changed', () => {
    const h = harness();
    h.send({ type: 'configure', config: cfg() });
    expect(h.snapshot(1).grid).toBeDefined();
    expect(h.snapshot(2).grid).toBeUndefined();
    h.send({ type: 'play' });
    h.advance(50);
    const s = h.snapshot(3);
    expect(s.status).toBe('running');
    expect(s.step).toBeGreaterThan(0);
    expect(s.grid).toBeDefined();
    h.send({ type: 'pause' });
    const stepAtPause = h.snapshot(4).step;
    h.advance(50);
    const after = h.snapshot(5);
    expect(after.status).toBe('paused');
    expect(after.step).toBe(stepAtPause);
  });

  it('slow motion takes about one step a second', () => {
    const h = harness();
    h.send({ type: 'configure', config: cfg() });
    h.send({ type: 'speed', stepsPerSecond: 1 });
    h.send({ type: 'play' });
    h.advance(3500);
    const steps = h.snapshot().step;
    expect(steps).toBeGreaterThanOrEqual(3);
    expect(steps).toBeLessThanOrEqual(4);
  });

  it('a learning-rate change keeps the weights; a topology change rebuilds', () => {
    const h = harness();
    h.send({ type: 'configure', config: cfg() });
    h.send({ type: 'step', unit: 'epoch' });
    h.send({ type: 'configure', config: cfg({ learningRate: 0.1 }) });
    const s = h.snapshot();
    expect(s.epoch).toBe(1);
    expect(s.learningRate).toBe(0.1);
    h.send({
      type: 'configure',
      config: cfg({ learningRate: 0.1, hidden: [3], activations: ['tanh'] }),
    });
    expect(h.snapshot().epoch).toBe(0);
    expect(h.events.filter((e) => e.type === 'ready').length).toBe(2);
  });

  it('divergence pauses the run and reports it', () => {
    const h = harness();
    h.send({
      type: 'configure',
      config: cfg({
        dataset: 'housePrices',
        features: ['x1'],
        hidden: [3],
        activations: ['relu'],
        outputActivation: 'linear',
        loss: 'mse',
        learningRate: 10,
      }),
    });
    h.send({ type: 'play' });
    h.advance(2000);
    const s = h.snapshot();
    expect(s.status).toBe('diverged');
    expect(s.divergence?.message).toMatch(/step/);
    expect(s.parameters.every((v) => Number.isFinite(v))).toBe(true);
  });

  it('an invalid configuration is answered with an error event, not a crash', () => {
    const h = harness();
    h.send({ type: 'configure', config: cfg({ hidden: [0] }) });
    const err = h.events.find((e) => e.type === 'error');
    expect(err && err.type === 'error' && err.message).toMatch(/units/);
  });

  it('computes a loss surface in slices while training goes on, at the weights it was asked at', async () => {
    const h = harness();
    h.send({ type: 'configure', config: cfg() });
    h.send({ type: 'step', unit: 'epoch' });
    const asked = h.snapshot(1).parameters;
    h.send({ type: 'play' });
    h.send({ type: 'probe', requestId: 7, probe: { kind: 'surface', i: 0, j: 1, res: 41 } });
    await h.probesLoaded();
    const answer = () => h.events.find((e) => e.type === 'probe' && e.requestId === 7);
    let slices = 0;
    while (!answer() && slices < 10_000) {
      h.advance(1);
      slices++;
    }
    const e = answer();
    expect(e && e.type === 'probe' && e.result.kind).toBe('surface');
    if (!e || e.type !== 'probe' || e.result.kind !== 'surface') return;
    // It took more than one slice, and training went on meanwhile.
    expect(slices).toBeGreaterThan(1);
    expect(h.snapshot(2).step).toBeGreaterThan(0);
    // The picture is of the weights at the time of asking: its centre is their loss.
    const { surface } = e.result;
    expect(surface.current).toEqual([asked[0], asked[1]]);
    expect(surface.losses.every((v) => Number.isFinite(v))).toBe(true);
  });

  it('answers a surface whose network was rebuilt with an error', async () => {
    const h = harness();
    h.send({ type: 'configure', config: cfg() });
    h.send({ type: 'probe', requestId: 3, probe: { kind: 'surface', i: 0, j: 1 } });
    h.send({ type: 'configure', config: cfg({ hidden: [3], activations: ['tanh'] }) });
    await h.probesLoaded();
    const e = h.events.find((x) => x.type === 'probe' && x.requestId === 3);
    expect(e && e.type === 'probe' && e.result.kind).toBe('error');
  });

  it('holds commands while the teaching probes load, so a question is answered about the weights it was asked at', async () => {
    const h = harness();
    h.send({ type: 'configure', config: cfg() });
    const before = h.snapshot(1).parameters;
    h.send({ type: 'probe', requestId: 5, probe: { kind: 'slice', index: 0, points: 5 } });
    expect(h.events.some((e) => e.type === 'probe')).toBe(false);
    // A step and a ping arrive while the probes load: the ping is answered, the step waits.
    h.send({ type: 'step', unit: 'epoch' });
    const pongs = h.events.filter((e) => e.type === 'pong').length;
    h.send({ type: 'ping' });
    expect(h.events.filter((e) => e.type === 'pong').length).toBe(pongs + 1);
    await h.probesLoaded();
    const e = h.events.find((x) => x.type === 'probe' && x.requestId === 5);
    if (!e || e.type !== 'probe' || e.result.kind !== 'slice') throw new Error('no slice answer');
    // The slice passes through the weight as it was before the step.
    expect(e.result.slice.train.value).toBe(before[0]);
    expect(h.snapshot(2).epoch).toBe(1);
    // Later questions are answered at once.
    h.send({ type: 'probe', requestId: 6, probe: { kind: 'trace', row: 0 } });
    expect(h.events.some((x) => x.type === 'probe' && x.requestId === 6)).toBe(true);
  });

  it('paces pictures while training so they take at most their share of the worker', () => {
    // A 15 ms picture: the next is due once training has had 10 ms (share 0.6).
    expect(PICTURE_SHARE).toBe(0.6);
    expect(pictureDue(109, 100, 15)).toBe(false);
    expect(pictureDue(110, 100, 15)).toBe(true);
    // A cheap picture is due again at once; the first one always is.
    expect(pictureDue(100.1, 100, 0.1)).toBe(true);
    expect(pictureDue(0, -Infinity, 1000)).toBe(true);
  });
});
