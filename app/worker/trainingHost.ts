import { diffConfig } from '../engine/configRules';
import { customDataset, isCustomDataset } from '../engine/customData';
import type { CustomData } from '../engine/customData';
import type { Dataset } from '../engine/dataset';
import { TrainingSession } from '../engine/session';
import type { TrainingExtras } from '../engine/sessionExtras';
import type { TrainingConfig } from '../engine/trainingConfig';
import { answerState } from './stateAnswer';
import { isTeachingProbe, loadTeachingProbes, type TeachingProbes } from './teachingProbes';
import type {
  Command,
  HistoryChunk,
  ProbeRequest,
  ProbeResult,
  Snapshot,
  SnapshotRequest,
  WorkerEvent,
} from './protocol';
import { PictureKeeper } from './pictureKeeper';
import { TrailRecorder } from './trailRecorder';
import { RewindKeeper } from './rewindKeeper';
import { DropoutFeed } from './dropoutFeed';

/** How long one burst of training may hold the worker before it yields to messages. */
export const SLICE_MS = 5;

export interface HostEnvironment {
  post(event: WorkerEvent, transfer: Transferable[]): void;
  now(): number;
  /** Run `fn` soon, after pending messages (a MessageChannel hop in a worker). */
  yieldThen(fn: () => void): void;
  /** Run `fn` after `ms` milliseconds. */
  after(ms: number, fn: () => void): void;
}

/**
 * The worker's logic, free of worker globals so it can be driven in Node: it owns the training
 * session, trains in short time slices while playing, and answers snapshot requests.
 */
export class TrainingHost {
  private session: TrainingSession | null = null;
  private config: TrainingConfig | null = null;
  /** The user's own data, for configurations that name a custom data set. */
  private custom: Dataset | null = null;
  private playing = false;
  /** Steps per second; null = as fast as the engine goes. */
  private speed: number | null = null;
  private loopScheduled = false;
  /** Wall-clock start and step count of the current slow-motion run, to keep its pace. */
  private paceStart = 0;
  private paceSteps = 0;
  /** Examples trained, and when, for the examples-per-second readout. */
  private rateWindow: { t: number; examples: number }[] = [];
  private examplesTrained = 0;
  /** Bumped whenever the parameters change, so a picture is only recomputed when needed. */
  private version = 0;
  private readonly pictures: PictureKeeper;

  private readonly trail = new TrailRecorder();
  /** Kept states along the run (and the epoch shown while scrubbing); next batch's masks. */
  private readonly rewind = new RewindKeeper();
  private readonly dropout = new DropoutFeed();
  /** The teaching views' probes, once loaded (on the first question). */
  private teaching: TeachingProbes | null = null;
  /** Commands that came while they load, handled in order afterwards (training waits too). */
  private held: Command[] | null = null;

  constructor(private readonly env: HostEnvironment) {
    this.pictures = new PictureKeeper(() => env.now());
  }

  /** True while the teaching probes load (commands wait in order meanwhile). */
  get loadingProbes(): boolean {
    return this.held !== null;
  }

  handle(cmd: Command): void {
    if (this.held) {
      // A ping still answers at once: the page's watch must not take the wait for a crash.
      if (cmd.type === 'ping') this.env.post({ type: 'pong' }, []);
      else this.held.push(cmd);
      return;
    }
    switch (cmd.type) {
      case 'configure':
        return this.configure(cmd.config);
      case 'data':
        return this.setData(cmd.data);
      case 'play':
        if (!this.session) return;
        if (this.rewind.leave(this.session)) this.weightsChanged();
        if (this.session.status === 'diverged' || this.session.status === 'done') return;
        this.playing = true;
        this.session.status = 'running';
        this.restartPace();
        return this.schedule();
      case 'pause':
        return this.pause();
      case 'step':
        if (!this.session) return;
        this.pause();
        this.rewind.leave(this.session);
        if (cmd.unit === 'epoch') this.session.stepEpoch();
        // One step at a time, the readouts follow every step (not only each epoch's end).
        else if (this.session.stepBatch()) this.session.evaluateAll();
        this.afterStep(this.session);
        this.weightsChanged();
        return;
      case 'reset':
        if (!this.session) return;
        this.playing = false;
        this.session.reset();
        this.rewind.restart(this.session);
        this.trail.clear(this.session);
        this.weightsChanged();
        return;
      case 'speed':
        this.speed =
          cmd.stepsPerSecond !== null && cmd.stepsPerSecond > 0 ? cmd.stepsPerSecond : null;
        this.restartPace();
        return;
      case 'setParameter':
        // An edit to a past epoch's weights goes on from there.
        if (this.session) this.rewind.branch(this.session);
        this.session?.setParameter(cmd.index, cmd.value);
        this.weightsChanged();
        return;
      case 'restore':
        return this.restore(cmd.parameters, cmd.epoch, cmd.step, cmd.extras, cmd.history);
      case 'snapshot':
        return this.sendSnapshot(cmd.requestId, cmd.want);
      case 'rewind':
        if (!this.session) return;
        this.pause();
        if (this.rewind.handle(this.session, cmd.request)) this.trail.clear(this.session);
        this.weightsChanged();
        return;
      case 'watch':
        this.trail.watch(cmd.indices, this.session);
        return;
      case 'ping':
        return this.env.post({ type: 'pong' }, []);
      case 'probe':
        return this.answer(cmd.requestId, cmd.probe);
    }
  }

  private answer(requestId: number, probe: ProbeRequest): void {
    const post = (result: ProbeResult) => this.env.post({ type: 'probe', requestId, result }, []);
    if (!isTeachingProbe(probe)) return post(answerState(this.session, probe.evaluate));
    const teaching = this.teaching;
    if (!teaching) return this.loadTeaching({ type: 'probe', requestId, probe });
    if (probe.kind === 'surface') return teaching.surfaces.start(requestId, probe);
    post(teaching.answer(this.session, probe));
  }

  /**
   * Load the teaching probes, holding `first` and every command after it (and training)
   * until they are here, so each question is answered about the weights it was asked at.
   */
  private loadTeaching(first: Command): void {
    this.held = [first];
    let failure = '';
    loadTeachingProbes(this.env, () => this.session, SLICE_MS / 2)
      .then(
        (teaching) => (this.teaching = teaching),
        (err) => (failure = `The teaching views could not load (${messageOf(err)}); ask again.`),
      )
      .finally(() => {
        const held = this.held ?? [];
        this.held = null;
        for (const cmd of held) {
          if (failure && cmd.type === 'probe' && isTeachingProbe(cmd.probe)) {
            const result: ProbeResult = { kind: 'error', message: failure };
            this.env.post({ type: 'probe', requestId: cmd.requestId, result }, []);
          } else this.handle(cmd);
        }
        this.schedule();
      });
  }

  /** New user data: kept for custom configurations, and the run rebuilt if it uses it. */
  private setData(data: CustomData | null): void {
    try {
      this.custom = data ? customDataset(data) : null;
    } catch (err) {
      this.custom = null;
      this.env.post({ type: 'error', message: messageOf(err) }, []);
      return;
    }
    const cfg = this.config;
    if (cfg && isCustomDataset(cfg.dataset)) this.configure(cfg, true);
  }

  private configure(next: TrainingConfig, force = false): void {
    const prev = this.config;
    const needs = prev ? diffConfig(prev, next).needs : 'data';
    try {
      if (!force && this.session && needs === 'live') {
        this.session.updateHyperparameters(next);
      } else if (force || !this.session || needs !== 'none') {
        const wasPlaying = this.playing;
        this.config = next;
        this.teaching?.surfaces.cancel('The network was rebuilt; ask again.');
        this.session = new TrainingSession(next, this.custom ?? undefined);
        this.rewind.restart(this.session);
        this.trail.watch([], this.session);
        this.weightsChanged();
        this.env.post({ type: 'ready', info: this.session.info() }, []);
        this.playing = wasPlaying;
        if (wasPlaying) this.session.status = 'running';
      }
      this.config = next;
      this.restartPace();
      if (this.playing) this.schedule();
    } catch (err) {
      this.playing = false;
      this.env.post({ type: 'error', message: messageOf(err) }, []);
    }
  }

  private pause(): void {
    this.playing = false;
    if (this.session && this.session.status === 'running') this.session.status = 'paused';
  }

  /** Continue from saved weights; an error event (nothing changed) when they do not fit. */
  private restore(
    parameters: Float64Array,
    epoch: number,
    step: number,
    extras?: TrainingExtras,
    history?: HistoryChunk,
  ): void {
    const s = this.session;
    if (!s) return;
    this.pause();
    if (!s.restore(parameters, epoch, step, extras, history)) {
      const message = `The saved weights (${parameters.length} values) do not fit this network (${s.net.params.length} parameters).`;
      this.env.post({ type: 'error', message }, []);
      return;
    }
    this.rewind.restart(s);
    this.trail.clear(s);
    this.weightsChanged();
  }

  /** The weights changed other than by training (a rebuild, reset, edit, rewind). */
  private weightsChanged(): void {
    this.version++;
  }

  /** After every training step: the trail and the rewind history follow. */
  private afterStep(s: TrainingSession): void {
    this.trail.record(s);
    this.rewind.record(s);
  }

  private restartPace(): void {
    this.paceStart = this.env.now();
    this.paceSteps = 0;
  }

  private schedule(): void {
    if (this.loopScheduled || !this.playing) return;
    this.loopScheduled = true;
    const run = () => {
      this.loopScheduled = false;
      this.trainSlice();
    };
    if (this.speed === null) this.env.yieldThen(run);
    else {
      // Wait until the next step is due at the chosen pace.
      const due = this.paceStart + ((this.paceSteps + 1) * 1000) / this.speed;
      this.env.after(Math.max(0, due - this.env.now()), run);
    }
  }

  /** Train for one time slice (or the steps now due in slow motion), then yield. */
  private trainSlice(): void {
    const s = this.session;
    if (!s || !this.playing || this.held) return;
    const start = this.env.now();
    const before = s.step;
    let ok = true;
    if (this.speed === null) {
      do {
        ok = s.stepBatch();
        this.afterStep(s);
      } while (ok && this.env.now() - start < SLICE_MS);
    } else {
      const due = Math.floor(((start - this.paceStart) * this.speed) / 1000);
      let n = Math.max(1, due - this.paceSteps);
      while (ok && n-- > 0 && this.env.now() - start < SLICE_MS) {
        ok = s.stepBatch();
        this.afterStep(s);
        this.paceSteps++;
      }
      // In slow motion a few steps pass per slice: the loss readouts follow each one.
      if (ok && s.step > before) s.evaluateAll();
    }
    const steps = s.step - before;
    if (steps > 0) {
      this.version++;
      this.examplesTrained += steps * s.batchSize;
    }
    if (!ok) this.playing = false;
    else this.schedule();
  }

  private examplesPerSecond(): number {
    const now = this.env.now();
    const w = this.rateWindow;
    w.push({ t: now, examples: this.examplesTrained });
    while (w.length > 2 && now - w[0]!.t > 1000) w.shift();
    const first = w[0]!;
    const dt = (now - first.t) / 1000;
    return dt > 0.05 ? (this.examplesTrained - first.examples) / dt : 0;
  }

  private sendSnapshot(requestId: number, want: SnapshotRequest): void {
    const s = this.session;
    if (!s) return;
    const { chunk, reset } = s.takeHistory();
    const parameters = s.net.params.slice();
    const transfer: Transferable[] = [
      parameters.buffer,
      chunk.epoch.buffer,
      chunk.trainLoss.buffer,
      chunk.testLoss.buffer,
      chunk.validationLoss.buffer,
      chunk.trainAccuracy.buffer,
      chunk.testAccuracy.buffer,
    ];
    const grid = this.pictures.forSnapshot(s, want, this.version, this.playing, this.rewind.shown);
    if (grid) {
      transfer.push(grid.output.buffer);
      if (grid.neurons) transfer.push(grid.neurons.buffer);
      if (grid.features) transfer.push(grid.features.buffer);
    }
    const snapshot: Snapshot = {
      requestId,
      status: s.status === 'running' && !this.playing ? 'paused' : s.status,
      epoch: s.epoch,
      step: s.step,
      trainLoss: s.train.loss,
      testLoss: s.test.loss,
      regLoss: s.regLoss,
      trainAccuracy: s.train.accuracy,
      testAccuracy: s.test.accuracy,
      learningRate: s.learningRate,
      examplesPerSecond: this.playing ? this.examplesPerSecond() : 0,
      history: chunk,
      historyReset: reset,
      parameters,
      grid,
      divergence: s.divergence ?? undefined,
      trouble: s.trouble ?? undefined,
      doneReason: s.status === 'done' ? s.doneReason : undefined,
      trail: this.trail.take(),
      rewind: this.rewind.take(s),
    };
    const dropout = this.dropout.take(s, this.version, this.speed !== null || !this.playing);
    if (dropout) {
      snapshot.dropout = dropout.masks;
      transfer.push(...dropout.transfer);
    }
    if (snapshot.trail) transfer.push(snapshot.trail.values.buffer, snapshot.trail.steps.buffer);
    if (snapshot.rewind) transfer.push(snapshot.rewind.epochs.buffer);
    this.env.post({ type: 'snapshot', snapshot }, transfer);
    // Scrubbing with [ or ]: the next epoch's pictures are made while the page draws these.
    if (grid && this.rewind.scrubbing) this.env.yieldThen(() => this.pictureAhead(want));
  }

  /** The pictures of the kept epoch the next [ or ] will show, made before it is asked. */
  private pictureAhead(want: SnapshotRequest): void {
    const s = this.session;
    const next = this.rewind.ahead();
    if (!s || !next || this.playing || this.held) return;
    this.pictures.makeAhead(s, next, want);
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
