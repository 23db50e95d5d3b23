import { diffConfig } from '../engine/configRules';
import type { CustomData } from '../engine/customData';
import type { TrainingExtras } from '../engine/sessionExtras';
import type { TrainingConfig } from '../engine/trainingConfig';
import type {
  Command,
  HistoryChunk,
  NetworkInfo,
  ProbeRequest,
  ProbeResult,
  RewindRequest,
  SavedTraining,
  Snapshot,
  SnapshotRequest,
  WorkerEvent,
} from './protocol';
import { AwaitedAnswers, probeFailure } from './awaitedAnswers';
import { HEALTHY_AFTER_MS, HEARTBEAT_MS, isSilentlyDead, restartDelay } from './watchdog';
import {
  createTrainingWorker,
  type GiveUpReport,
  type RestartReport,
  type WorkerFactory,
  type WorkerLike,
} from './workerLink';

/** Heartbeats between two saved copies of the training state (weights, optimiser). */
const CHECKPOINT_EVERY = 2;

/**
 * A typed, watched facade over the training worker.
 *
 *   const client = new TrainingClient();
 *   client.onReady((info) => …); client.configure(cfg); client.play();
 *   const snap = await client.requestSnapshot({ grid: true, neurons: false, res: 48, neuronRes: 20 });
 *
 * The worker starts on the first command (or `start()`), so making a client starts nothing.
 * At most one snapshot request is in flight: calling `requestSnapshot` while one is pending
 * returns the pending promise, which resolves null when the worker could not answer.
 *
 * The client pings the worker every HEARTBEAT_MS; an error event or a ping left unanswered
 * (see watchdog.ts) replaces the worker after a growing wait, re-sending the last data,
 * configuration, speed and watch list and the last training state it saw (weights, counters,
 * optimiser state, copied every few seconds). `onRestart` hears once the new worker answers;
 * after RESTART_DELAYS_MS are used up the client stops and `onGiveUp` hears why. Whether the
 * run plays is not kept here: the store owns it and replays it on restart.
 */
export class TrainingClient {
  private worker: WorkerLike | null = null;
  private state: 'idle' | 'live' | 'waiting' | 'failed' | 'disposed' = 'idle';
  private lastConfig: TrainingConfig | null = null;
  private lastData: CustomData | null = null;
  private speed: number | null = null;
  private readonly answers = new AwaitedAnswers();
  private watched: number[] = [];
  private readonly readyListeners = new Set<(info: NetworkInfo) => void>();
  private readonly errorListeners = new Set<(message: string) => void>();
  private readonly restartListeners = new Set<(report: RestartReport) => void>();
  private readonly giveUpListeners = new Set<(report: GiveUpReport) => void>();
  // The watch: heartbeat timing, failures in a row, the restart being announced.
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pingSentAt: number | null = null;
  private lastHeardAt = 0;
  private lastTickAt = 0;
  private ticks = 0;
  private spawnedAt = 0;
  private failures = 0;
  private announce: RestartReport | null = null;
  // The last training state seen, and a counter that voids answers asked before a change.
  private checkpoint: SavedTraining | null = null;
  private restoring: SavedTraining | null = null;
  private generation = 0;
  private checkpointAsked = false;

  constructor(private readonly factory: WorkerFactory = createTrainingWorker) {}

  /** Start the worker now rather than on the first command (e.g. while the page paints). */
  start(): void {
    if (this.state === 'idle') this.spawn();
  }

  /**
   * The user's own data, used by configurations that name a custom data set. Send it before
   * such a configuration; sending new data rebuilds a run that uses it.
   */
  setData(data: CustomData | null): void {
    this.lastData = data;
    this.send({ type: 'data', data });
  }

  /** Send a whole configuration; the worker rebuilds or updates its session as needed. */
  configure(config: TrainingConfig): void {
    const prev = this.lastConfig;
    const kind = prev ? diffConfig(prev, config).needs : 'model';
    if (kind === 'data' || kind === 'model') this.forget();
    this.lastConfig = config;
    this.send({ type: 'configure', config });
  }

  play(): void {
    // Play after the client gave up is the user asking to try again.
    if (this.state === 'failed') this.retry();
    this.runCommand({ type: 'play' });
  }

  pause(): void {
    this.runCommand({ type: 'pause' });
  }

  /** One batch or one epoch, then paused. */
  step(unit: 'batch' | 'epoch'): void {
    this.runCommand({ type: 'step', unit });
  }

  /** Back to the initial weights of the current seed. */
  reset(): void {
    this.forget();
    this.runCommand({ type: 'reset' });
  }

  /**
   * Whether a snapshot was asked for after the last command that starts, stops or resets the
   * run. An older one still says how the run stood before (running, say, after Pause), so the
   * page keeps the status it set itself until a current one arrives.
   */
  isCurrent(snapshot: Snapshot): boolean {
    return this.answers.isCurrent(snapshot.requestId);
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
  restore(
    parameters: Float64Array,
    epoch: number,
    step: number,
    extras?: TrainingExtras,
    history?: HistoryChunk,
  ): void {
    this.forget();
    this.runCommand({ type: 'restore', parameters, epoch, step, extras, history });
  }

  /** Scrub the kept epochs, go back to live, or continue from the epoch shown. */
  rewind(request: RewindRequest): void {
    this.send({ type: 'rewind', request });
  }

  /** Overwrite one entry of the flat parameter vector. */
  setParameter(index: number, value: number): void {
    this.generation++;
    this.send({ type: 'setParameter', index, value });
  }

  /** Ask for a snapshot; while one request is pending the same promise is returned. */
  requestSnapshot(want: SnapshotRequest): Promise<Snapshot | null> {
    if (!this.canSend()) return Promise.resolve(null);
    return this.answers.snapshot((requestId) => this.send({ type: 'snapshot', requestId, want }));
  }

  /**
   * Ask the engine a question about the current weights (loss along a parameter, surface,
   * race, backprop trace). A crash or restart answers every open probe with an error.
   */
  probe(probe: ProbeRequest): Promise<ProbeResult> {
    if (this.state === 'disposed') return Promise.resolve(probeFailure('The trainer stopped.'));
    if (!this.canSend())
      return Promise.resolve(probeFailure('The trainer is restarting; ask again.'));
    return this.answers.probe((requestId) => this.send({ type: 'probe', requestId, probe }));
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

  /** Called once a replaced worker answers, with what it was given back. */
  onRestart(cb: (report: RestartReport) => void): () => void {
    return listen(this.restartListeners, cb);
  }

  /** Called when the client stopped replacing a worker that keeps failing. */
  onGiveUp(cb: (report: GiveUpReport) => void): () => void {
    return listen(this.giveUpListeners, cb);
  }

  /** Stop the worker for good. */
  dispose(): void {
    this.state = 'disposed';
    this.stopTimer();
    this.release('The trainer stopped.');
    this.worker?.terminate();
    this.worker = null;
  }

  private spawn(): void {
    const w = this.factory();
    this.worker = w;
    this.state = 'live';
    this.spawnedAt = this.lastHeardAt = this.lastTickAt = Date.now();
    this.pingSentAt = null;
    w.addEventListener('message', (e: MessageEvent<WorkerEvent>) => {
      if (w === this.worker) this.receive(e.data);
    });
    w.addEventListener('error', (e: Event) => {
      if (w !== this.worker) return;
      const message = 'message' in e && typeof e.message === 'string' ? e.message : '';
      this.fail(message || 'its script could not be loaded or run');
    });
    this.schedule(HEARTBEAT_MS);
  }

  private receive(event: WorkerEvent): void {
    this.heard();
    switch (event.type) {
      case 'pong':
        return;
      case 'ready':
        // A new session: earlier state belongs to another network, unless it is being restored.
        this.generation++;
        this.checkpoint = this.restoring;
        this.restoring = null;
        for (const cb of this.readyListeners) cb(event.info);
        return;
      case 'snapshot':
        this.answers.settleSnapshot(event.snapshot.requestId, event.snapshot);
        return;
      case 'error':
        for (const cb of this.errorListeners) cb(event.message);
        return;
      case 'probe':
        this.answers.answerProbe(event.requestId, event.result);
        return;
    }
  }

  /** Any word from the worker: it lives; a replaced one is announced on its first word. */
  private heard(): void {
    const now = Date.now();
    this.lastHeardAt = now;
    if (now - this.spawnedAt >= HEALTHY_AFTER_MS) this.failures = 0;
    const report = this.announce;
    if (!report) return;
    this.announce = null;
    for (const cb of this.restartListeners) cb(report);
  }

  private schedule(ms: number): void {
    this.stopTimer();
    this.timer = setTimeout(() => this.tick(), ms);
  }

  private stopTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** One heartbeat: judge the last ping, send the next, now and then save the state. */
  private tick(): void {
    if (this.state !== 'live') return;
    const now = Date.now();
    // A late tick means this page was blocked; the answer may be waiting behind it.
    const pageWasBlocked = now - this.lastTickAt > 2 * HEARTBEAT_MS;
    this.lastTickAt = now;
    if (!pageWasBlocked && isSilentlyDead(this.pingSentAt, this.lastHeardAt, now)) {
      this.fail('it stopped answering');
      return;
    }
    if (pageWasBlocked || this.pingSentAt === null || this.lastHeardAt >= this.pingSentAt) {
      this.pingSentAt = now;
      this.send({ type: 'ping' });
    }
    if (++this.ticks % CHECKPOINT_EVERY === 0) this.askCheckpoint();
    this.schedule(HEARTBEAT_MS);
  }

  private askCheckpoint(): void {
    if (!this.lastConfig || this.checkpointAsked) return;
    const generation = this.generation;
    this.checkpointAsked = true;
    void this.probe({ kind: 'state' }).then((answer) => {
      this.checkpointAsked = false;
      if (answer.kind === 'state' && generation === this.generation) this.checkpoint = answer.state;
    });
  }

  /** Send a command that changes whether the run trains: answers asked before it are stale. */
  private runCommand(cmd: Command): void {
    this.answers.markRunChanged();
    this.send(cmd);
  }

  /** Drop the saved state: the run starts again from other weights. */
  private forget(): void {
    this.generation++;
    this.checkpoint = null;
    this.restoring = null;
  }

  private fail(reason: string): void {
    if (this.state !== 'live') return;
    this.failures++;
    this.stopTimer();
    this.worker?.terminate();
    this.worker = null;
    this.announce = null;
    this.release('The trainer restarted; ask again.');
    const delay = restartDelay(this.failures);
    if (delay === null) {
      this.state = 'failed';
      const report = { reason, attempts: this.failures };
      for (const cb of this.giveUpListeners) cb(report);
      return;
    }
    this.state = 'waiting';
    this.timer = setTimeout(() => this.respawn(reason), delay);
  }

  private retry(): void {
    this.failures = 0;
    this.respawn('you asked to try again');
  }

  /** A new worker given everything the last one had; announced once it answers. */
  private respawn(reason: string): void {
    const saved = this.checkpoint;
    this.spawn();
    if (this.lastData) this.send({ type: 'data', data: this.lastData });
    if (this.lastConfig) this.send({ type: 'configure', config: this.lastConfig });
    if (saved && this.lastConfig) {
      this.restoring = saved;
      const { parameters, epoch, step, extras } = saved;
      this.send({ type: 'restore', parameters, epoch, step, extras });
    }
    if (this.watched.length) this.send({ type: 'watch', indices: this.watched });
    if (this.speed !== null) this.send({ type: 'speed', stepsPerSecond: this.speed });
    this.pingSentAt = Date.now();
    this.send({ type: 'ping' });
    const kept = saved && this.lastConfig ? { epoch: saved.epoch, step: saved.step } : null;
    this.announce = { reason, attempt: this.failures, kept };
  }

  /** Answer everyone waiting on a worker that will not answer. */
  private release(message: string): void {
    this.checkpointAsked = false;
    this.answers.releaseAll(message);
  }

  private canSend(): boolean {
    return this.state === 'idle' || this.state === 'live';
  }

  private send(cmd: Command): void {
    if (this.state === 'idle') this.spawn();
    if (this.state === 'live') this.worker?.postMessage(cmd);
  }
}

function listen<T>(set: Set<(v: T) => void>, cb: (v: T) => void): () => void {
  set.add(cb);
  return () => set.delete(cb);
}
