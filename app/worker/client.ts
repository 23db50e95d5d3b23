import type { CustomData } from '../engine/customData';
import type { TrainingExtras } from '../engine/session';
import type { TrainingConfig } from '../engine/trainingConfig';
import type {
  Command,
  NetworkInfo,
  ProbeRequest,
  ProbeResult,
  Snapshot,
  SnapshotRequest,
  WorkerEvent,
} from './protocol';

/** The part of a Worker the client uses; a fake with the same shape drives it in tests. */
export interface WorkerLike {
  postMessage(message: Command, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<WorkerEvent>) => void): void;
  addEventListener(type: 'error', listener: (e: Event) => void): void;
  terminate(): void;
}

/** Makes a fresh worker (called again after a crash). */
export type WorkerFactory = () => WorkerLike;

/** How long a snapshot request may stay unanswered before the client stops waiting for it. */
export const SNAPSHOT_TIMEOUT_MS = 2000;

interface Pending {
  id: number;
  promise: Promise<Snapshot | null>;
  resolve: (s: Snapshot | null) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** The real module worker that runs the training engine. */
export const createTrainingWorker: WorkerFactory = () =>
  new Worker(new URL('./training.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;

/**
 * A typed facade over the training worker.
 *
 *   const client = new TrainingClient();
 *   client.onReady((info) => …); client.configure(cfg); client.play();
 *   const snap = await client.requestSnapshot({ grid: true, neurons: false, res: 48, neuronRes: 20 });
 *
 * At most one snapshot request is in flight: calling `requestSnapshot` while one is pending
 * returns the pending promise. A request resolves null when the worker could not answer (it
 * crashed, was replaced, or stayed silent for SNAPSHOT_TIMEOUT_MS, e.g. before any config).
 * When the worker crashes it is replaced and sent the last configuration, speed and run state;
 * `onRestart` listeners are told so the page can say so.
 */
export class TrainingClient {
  private worker: WorkerLike;
  private lastConfig: TrainingConfig | null = null;
  private lastData: CustomData | null = null;
  private speed: number | null = null;
  private playing = false;
  private nextId = 1;
  private pending: Pending | null = null;
  /** Probe answers awaited, by request id. */
  private readonly probes = new Map<number, (result: ProbeResult) => void>();
  private watched: number[] = [];
  private readonly readyListeners = new Set<(info: NetworkInfo) => void>();
  private readonly errorListeners = new Set<(message: string) => void>();
  private readonly restartListeners = new Set<(reason: string) => void>();
  private disposed = false;

  constructor(private readonly factory: WorkerFactory = createTrainingWorker) {
    this.worker = this.spawn();
  }

  /** Send a whole configuration; the worker rebuilds or updates its session as needed. */
  /**
   * The user's own data, used by configurations that name a custom data set. Send it before
   * such a configuration; sending new data rebuilds a run that uses it.
   */
  setData(data: CustomData | null): void {
    this.lastData = data;
    this.send({ type: 'data', data });
  }

  configure(config: TrainingConfig): void {
    this.lastConfig = config;
    this.send({ type: 'configure', config });
  }

  play(): void {
    this.playing = true;
    this.send({ type: 'play' });
  }

  pause(): void {
    this.playing = false;
    this.send({ type: 'pause' });
  }

  /** One batch or one epoch, then paused. */
  step(unit: 'batch' | 'epoch'): void {
    this.playing = false;
    this.send({ type: 'step', unit });
  }

  /** Back to the initial weights of the current seed. */
  reset(): void {
    this.playing = false;
    this.send({ type: 'reset' });
  }

  /** Steps per second, or null for as fast as the engine goes. */
  setSpeed(stepsPerSecond: number | null): void {
    this.speed = stepsPerSecond;
    this.send({ type: 'speed', stepsPerSecond });
  }

  /**
   * Continue from saved weights at the given epoch and step (the network shape must match),
   * with the optimiser state and batch-norm statistics when given.
   */
  restore(parameters: Float64Array, epoch: number, step: number, extras?: TrainingExtras): void {
    this.playing = false;
    this.send({ type: 'restore', parameters, epoch, step, extras });
  }

  /** Overwrite one entry of the flat parameter vector. */
  setParameter(index: number, value: number): void {
    this.send({ type: 'setParameter', index, value });
  }

  /** Ask for a snapshot; while one request is pending the same promise is returned. */
  requestSnapshot(want: SnapshotRequest): Promise<Snapshot | null> {
    if (this.pending) return this.pending.promise;
    const id = this.nextId++;
    let resolve!: (s: Snapshot | null) => void;
    const promise = new Promise<Snapshot | null>((r) => (resolve = r));
    const timer = setTimeout(() => this.settle(id, null), SNAPSHOT_TIMEOUT_MS);
    this.pending = { id, promise, resolve, timer };
    this.send({ type: 'snapshot', requestId: id, want });
    return promise;
  }

  /**
   * Ask the engine a question about the current weights (loss along a parameter, surface,
   * race, backprop trace). A crash or restart answers every open probe with an error.
   */
  probe(probe: ProbeRequest): Promise<ProbeResult> {
    if (this.disposed) return Promise.resolve({ kind: 'error', message: 'The trainer stopped.' });
    const requestId = this.nextId++;
    const answer = new Promise<ProbeResult>((resolve) => this.probes.set(requestId, resolve));
    this.send({ type: 'probe', requestId, probe });
    return answer;
  }

  /** Record these parameters after every step, for trails (kept across worker restarts). */
  watch(indices: number[]): void {
    this.watched = indices.slice();
    this.send({ type: 'watch', indices: this.watched });
  }

  /** Called with the network's shape after every rebuild. Returns an unsubscribe function. */
  onReady(cb: (info: NetworkInfo) => void): () => void {
    return listen(this.readyListeners, cb);
  }

  /** Called with the engine's message when it rejects a configuration. */
  onError(cb: (message: string) => void): () => void {
    return listen(this.errorListeners, cb);
  }

  /** Called after a crashed worker was replaced and re-sent the last configuration. */
  onRestart(cb: (reason: string) => void): () => void {
    return listen(this.restartListeners, cb);
  }

  /** Stop the worker for good. */
  dispose(): void {
    this.disposed = true;
    this.settlePending(null);
    this.failProbes('The trainer stopped.');
    this.worker.terminate();
  }

  private spawn(): WorkerLike {
    const w = this.factory();
    w.addEventListener('message', (e: MessageEvent<WorkerEvent>) => {
      if (w === this.worker) this.receive(e.data);
    });
    w.addEventListener('error', (e: Event) => {
      if (w === this.worker) this.restart(e);
    });
    return w;
  }

  private receive(event: WorkerEvent): void {
    switch (event.type) {
      case 'ready':
        for (const cb of this.readyListeners) cb(event.info);
        return;
      case 'snapshot':
        this.settle(event.snapshot.requestId, event.snapshot);
        return;
      case 'error':
        for (const cb of this.errorListeners) cb(event.message);
        return;
      case 'probe': {
        const resolve = this.probes.get(event.requestId);
        this.probes.delete(event.requestId);
        resolve?.(event.result);
        return;
      }
    }
  }

  private restart(e: Event): void {
    if (this.disposed) return;
    // The crashed worker never answers; release the caller waiting on it.
    this.settlePending(null);
    this.failProbes('The trainer restarted; ask again.');
    this.worker.terminate();
    this.worker = this.spawn();
    if (this.lastData) this.send({ type: 'data', data: this.lastData });
    if (this.lastConfig) this.send({ type: 'configure', config: this.lastConfig });
    if (this.watched.length) this.send({ type: 'watch', indices: this.watched });
    if (this.speed !== null) this.send({ type: 'speed', stepsPerSecond: this.speed });
    if (this.playing) this.send({ type: 'play' });
    const message = 'message' in e && typeof e.message === 'string' ? e.message : '';
    for (const cb of this.restartListeners) cb(message || 'the training worker stopped');
  }

  private failProbes(message: string): void {
    const waiting = [...this.probes.values()];
    this.probes.clear();
    for (const resolve of waiting) resolve({ kind: 'error', message });
  }

  private settle(id: number, snapshot: Snapshot | null): void {
    if (this.pending?.id === id) this.settlePending(snapshot);
  }

  private settlePending(snapshot: Snapshot | null): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    clearTimeout(p.timer);
    p.resolve(snapshot);
  }

  private send(cmd: Command): void {
    if (!this.disposed) this.worker.postMessage(cmd);
  }
}

function listen<T>(set: Set<(v: T) => void>, cb: (v: T) => void): () => void {
  set.add(cb);
  return () => set.delete(cb);
}
