import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TrainingConfig } from '../engine/trainingConfig';
import { SNAPSHOT_TIMEOUT_MS } from './awaitedAnswers';
import { TrainingClient } from './client';
import type { GiveUpReport, RestartReport, WorkerLike } from './workerLink';
import { HEARTBEAT_MS, RESTART_DELAYS_MS, SILENT_DEATH_MS } from './watchdog';
import type { Command, Snapshot, WorkerEvent } from './protocol';

/** A stand-in worker that records commands and lets the test emit events. */
class FakeWorker implements WorkerLike {
  sent: Command[] = [];
  terminated = false;
  private messageListeners: ((e: MessageEvent<WorkerEvent>) => void)[] = [];
  private errorListeners: ((e: Event) => void)[] = [];

  postMessage(message: Command): void {
    this.sent.push(message);
  }
  addEventListener(type: 'message', listener: (e: MessageEvent<WorkerEvent>) => void): void;
  addEventListener(type: 'error', listener: (e: Event) => void): void;
  addEventListener(type: string, listener: (e: never) => void): void {
    if (type === 'message') this.messageListeners.push(listener as (e: MessageEvent) => void);
    else this.errorListeners.push(listener as (e: Event) => void);
  }
  terminate(): void {
    this.terminated = true;
  }
  emit(event: WorkerEvent): void {
    for (const l of this.messageListeners) l({ data: event } as MessageEvent<WorkerEvent>);
  }
  crash(message: string): void {
    for (const l of this.errorListeners) l({ message } as unknown as Event);
  }
}

function setup({ start = true } = {}) {
  const workers: FakeWorker[] = [];
  const client = new TrainingClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  if (start) client.start();
  return { client, workers, current: () => workers[workers.length - 1]! };
}

function snapshot(requestId: number, epoch = 0): Snapshot {
  const empty = new Float64Array(0);
  return {
    requestId,
    status: 'running',
    epoch,
    step: 0,
    trainLoss: 0.5,
    testLoss: 0.6,
    regLoss: 0,
    trainAccuracy: 0.8,
    testAccuracy: 0.7,
    learningRate: 0.03,
    examplesPerSecond: 0,
    history: {
      epoch: empty,
      trainLoss: empty,
      testLoss: empty,
      validationLoss: empty,
      trainAccuracy: empty,
      testAccuracy: empty,
    },
    historyReset: false,
    parameters: empty,
  };
}

const want = { grid: true, neurons: false, res: 48, neuronRes: 20 };
const config = { dataset: 'xor', seed: 7 } as unknown as TrainingConfig;

afterEach(() => vi.useRealTimers());

describe('TrainingClient', () => {
  it('keeps one snapshot request in flight and resolves it with the matching answer', async () => {
    const { client, current } = setup();
    const first = client.requestSnapshot(want);
    const second = client.requestSnapshot(want);
    expect(second).toBe(first);
    const requests = current().sent.filter((c) => c.type === 'snapshot');
    expect(requests).toHaveLength(1);
    const id = (requests[0] as { requestId: number }).requestId;
    current().emit({ type: 'snapshot', snapshot: snapshot(id + 100) });
    current().emit({ type: 'snapshot', snapshot: snapshot(id, 12) });
    expect((await first)?.epoch).toBe(12);
    client.requestSnapshot(want);
    expect(current().sent.filter((c) => c.type === 'snapshot')).toHaveLength(2);
  });

  it('restarts a crashed worker with the last data, configuration and speed, after a wait', async () => {
    vi.useFakeTimers();
    const { client, workers, current } = setup();
    const restarts: RestartReport[] = [];
    client.onRestart((r) => restarts.push(r));
    client.configure(config);
    client.setSpeed(5);
    client.play();
    const pending = client.requestSnapshot(want);
    workers[0]!.crash('boom');
    expect(workers[0]!.terminated).toBe(true);
    expect(await pending).toBeNull();
    expect(workers).toHaveLength(1);
    vi.advanceTimersByTime(RESTART_DELAYS_MS[0]);
    expect(workers).toHaveLength(2);
    // Playing is the store's to replay (it owns "is it playing"), not the client's.
    expect(current().sent).toEqual([
      { type: 'configure', config },
      { type: 'speed', stepsPerSecond: 5 },
      { type: 'ping' },
    ]);
    // Announced only once the new worker answers.
    expect(restarts).toEqual([]);
    current().emit({ type: 'pong' });
    expect(restarts).toEqual([{ reason: 'boom', attempt: 1, kept: null }]);
    // Events from the dead worker are ignored.
    const ready = vi.fn();
    client.onReady(ready);
    workers[0]!.emit({ type: 'ready', info: {} as never });
    expect(ready).not.toHaveBeenCalled();
    current().emit({ type: 'ready', info: {} as never });
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('notices a worker that stops answering without an error (self.close)', () => {
    vi.useFakeTimers();
    const { client, workers } = setup();
    const restarts: RestartReport[] = [];
    client.onRestart((r) => restarts.push(r));
    client.configure(config);
    // Answers the first pings, then falls silent.
    for (let t = 0; t < 3; t++) {
      vi.advanceTimersByTime(HEARTBEAT_MS);
      workers[0]!.emit({ type: 'pong' });
    }
    expect(workers).toHaveLength(1);
    vi.advanceTimersByTime(SILENT_DEATH_MS + HEARTBEAT_MS);
    expect(workers[0]!.terminated).toBe(true);
    vi.advanceTimersByTime(RESTART_DELAYS_MS[0]);
    expect(workers).toHaveLength(2);
    workers[1]!.emit({ type: 'pong' });
    expect(restarts[0]?.reason).toBe('it stopped answering');
  });

  it('restores the last weights and optimiser state it saw into the new worker', async () => {
    vi.useFakeTimers();
    const { client, workers, current } = setup();
    const restarts: RestartReport[] = [];
    client.onRestart((r) => restarts.push(r));
    client.configure(config);
    const extras = { m: [0.1], s: [0.2], t: 9, runMean: [], runVar: [] };
    const state = { parameters: new Float64Array([1.5]), epoch: 12, step: 340, extras };
    // The client copies the training state every couple of heartbeats.
    vi.advanceTimersByTime(2 * HEARTBEAT_MS);
    const ask = workers[0]!.sent.find((c) => c.type === 'probe' && c.probe.kind === 'state');
    expect(ask).toBeDefined();
    const requestId = (ask as { requestId: number }).requestId;
    workers[0]!.emit({ type: 'probe', requestId, result: { kind: 'state', state } });
    await Promise.resolve();
    workers[0]!.crash('boom');
    vi.advanceTimersByTime(RESTART_DELAYS_MS[0]);
    expect(current().sent.slice(0, 2)).toEqual([
      { type: 'configure', config },
      { type: 'restore', ...state },
    ]);
    current().emit({ type: 'ready', info: {} as never });
    expect(restarts).toEqual([{ reason: 'boom', attempt: 1, kept: { epoch: 12, step: 340 } }]);
    // The restored state stays the one to restore until a newer copy comes.
    current().crash('again');
    vi.advanceTimersByTime(RESTART_DELAYS_MS[1]);
    expect(current().sent[1]).toEqual({ type: 'restore', ...state });
  });

  it('forgets the saved state when the network is rebuilt or reset', async () => {
    vi.useFakeTimers();
    const { client, workers, current } = setup();
    client.configure(config);
    vi.advanceTimersByTime(2 * HEARTBEAT_MS);
    const ask = workers[0]!.sent.find((c) => c.type === 'probe')!;
    const requestId = (ask as { requestId: number }).requestId;
    client.reset();
    const state = { parameters: new Float64Array([1]), epoch: 3, step: 3, extras: {} as never };
    workers[0]!.emit({ type: 'probe', requestId, result: { kind: 'state', state } });
    await Promise.resolve();
    workers[0]!.crash('boom');
    vi.advanceTimersByTime(RESTART_DELAYS_MS[0]);
    expect(current().sent.map((c) => c.type)).not.toContain('restore');
  });

  it('backs off between restarts and stops after a few, then Play tries again', () => {
    vi.useFakeTimers();
    const { client, workers } = setup();
    const gaveUp: GiveUpReport[] = [];
    client.onGiveUp((r) => gaveUp.push(r));
    client.configure(config);
    // A worker whose script never loads fails at once, every time.
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) {
      const before = workers.length;
      workers.at(-1)!.crash('');
      let waited = 0;
      while (workers.length === before && waited < 60_000) {
        vi.advanceTimersByTime(50);
        waited += 50;
      }
      if (workers.length > before) waits.push(waited);
    }
    expect(waits).toEqual([...RESTART_DELAYS_MS]);
    expect(workers).toHaveLength(1 + RESTART_DELAYS_MS.length);
    expect(gaveUp).toEqual([
      { reason: 'its script could not be loaded or run', attempts: RESTART_DELAYS_MS.length + 1 },
    ]);
    client.play();
    expect(workers).toHaveLength(2 + RESTART_DELAYS_MS.length);
    expect(workers.at(-1)!.sent.map((c) => c.type)).toEqual(['configure', 'ping', 'play']);
  });

  it('does not start a worker until it is needed', () => {
    const { client, workers } = setup({ start: false });
    expect(workers).toHaveLength(0);
    client.onReady(() => undefined);
    expect(workers).toHaveLength(0);
    client.start();
    expect(workers).toHaveLength(1);
  });

  it('gives up on an unanswered snapshot so the next one can be asked for', async () => {
    vi.useFakeTimers();
    const { client, current } = setup();
    const p = client.requestSnapshot(want);
    vi.advanceTimersByTime(SNAPSHOT_TIMEOUT_MS + 1);
    expect(await p).toBeNull();
    expect(client.requestSnapshot(want)).not.toBe(p);
    expect(current().sent.filter((c) => c.type === 'snapshot')).toHaveLength(2);
  });

  it('reports engine errors to listeners and stops after unsubscribe', () => {
    const { client, current } = setup();
    const seen: string[] = [];
    const off = client.onError((m) => seen.push(m));
    current().emit({ type: 'error', message: 'bad config' });
    off();
    current().emit({ type: 'error', message: 'again' });
    expect(seen).toEqual(['bad config']);
  });

  it('matches each probe answer to its request, whatever the order', async () => {
    const { client, current } = setup();
    const a = client.probe({ kind: 'trace', row: 1 });
    const b = client.probe({ kind: 'trace', row: 2 });
    const ids = current()
      .sent.filter((c) => c.type === 'probe')
      .map((c) => (c.type === 'probe' ? c.requestId : -1));
    current().emit({ type: 'probe', requestId: ids[1]!, result: { kind: 'error', message: 'B' } });
    current().emit({ type: 'probe', requestId: ids[0]!, result: { kind: 'error', message: 'A' } });
    expect(await a).toEqual({ kind: 'error', message: 'A' });
    expect(await b).toEqual({ kind: 'error', message: 'B' });
  });

  it('answers open probes with an error after a crash and watches again', async () => {
    vi.useFakeTimers();
    const { client, current } = setup();
    client.configure(config);
    client.watch([3, 4]);
    const p = client.probe({ kind: 'slice', index: 3 });
    current().crash('x');
    vi.advanceTimersByTime(RESTART_DELAYS_MS[0]);
    const result = await p;
    expect(result.kind).toBe('error');
    expect(current().sent).toContainEqual({ type: 'watch', indices: [3, 4] });
  });
});
