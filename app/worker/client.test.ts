import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TrainingConfig } from '../engine/trainingConfig';
import { SNAPSHOT_TIMEOUT_MS, TrainingClient } from './client';
import type { WorkerLike } from './client';
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

function setup() {
  const workers: FakeWorker[] = [];
  const client = new TrainingClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
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

  it('restarts a crashed worker with the last configuration, speed and play state', async () => {
    const { client, workers, current } = setup();
    const restarts: string[] = [];
    client.onRestart((r) => restarts.push(r));
    client.configure(config);
    client.setSpeed(5);
    client.play();
    const pending = client.requestSnapshot(want);
    workers[0]!.crash('boom');
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    expect(current().sent).toEqual([
      { type: 'configure', config },
      { type: 'speed', stepsPerSecond: 5 },
      { type: 'play' },
    ]);
    expect(restarts).toEqual(['boom']);
    expect(await pending).toBeNull();
    // Events from the dead worker are ignored.
    const ready = vi.fn();
    client.onReady(ready);
    workers[0]!.emit({ type: 'ready', info: {} as never });
    expect(ready).not.toHaveBeenCalled();
    current().emit({ type: 'ready', info: {} as never });
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('does not resume playing after a restart when the run was paused', () => {
    const { client, current } = setup();
    client.configure(config);
    client.play();
    client.pause();
    current().crash('x');
    expect(current().sent.map((c) => c.type)).toEqual(['configure']);
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
    const { client, current } = setup();
    client.configure(config);
    client.watch([3, 4]);
    const p = client.probe({ kind: 'slice', index: 3 });
    current().crash('x');
    const result = await p;
    expect(result.kind).toBe('error');
    expect(current().sent).toContainEqual({ type: 'watch', indices: [3, 4] });
  });
});
