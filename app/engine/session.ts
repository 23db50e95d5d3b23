import { initializeParameters } from './init';
import { Network } from './network';
import { planModel } from './networkSpec';
import { specFromConfig } from './modelSpec';
import { Optimizer } from './optimizers';
import type { Dataset } from './dataset';
import { prepareData, type PreparedData } from './prepareData';
import { evaluateExamples, type Evaluation } from './evaluation';
import { applyPenalty } from './regularization';
import { createRng, shuffleInPlace, shuffleSeed, type Rng } from './rng';
import { scheduledRate } from './schedule';
import { earlyStopDue, earlyStopReason, stopReason } from './stopRules';
import { EpochHistory } from './epochHistory';
import { evaluateGrid } from './gridEvaluation';
import { describeRun } from './runInfo';
import { allFinite, divergenceReport, firstNonFiniteLayer } from './divergence';
import { applyExtras, captureExtras, extrasFit, type TrainingExtras } from './sessionExtras';
import { constantGuessLoss } from './lossTrouble';
import { changesTraining, TroubleWatch } from './troubleWatch';
import type {
  DivergenceReport,
  GridValues,
  HistoryChunk,
  NetworkInfo,
  RunStatus,
  TroubleReport,
} from './sessionTypes';
import type { TrainingConfig } from './trainingConfig';

/** A loss above this (or any non-finite value) counts as divergence. */
export const EXPLODED_LOSS = 1e8;

/**
 * One training run of the playground: data, network, optimiser and history, advanced a
 * mini-batch at a time. Same configuration ⇒ same run, bit for bit: the initial weights come
 * from `seed`, the data from a generator derived from `seed`, and the shuffles and dropout
 * masks from a third stream, all reset by `reset()`.
 */
export class TrainingSession {
  config: TrainingConfig;
  readonly data: PreparedData;
  readonly net: Network;
  optimizer: Optimizer;
  status: RunStatus = 'paused';
  epoch = 0;
  step = 0;
  /** Position of the next batch within the current epoch's order (sessionState.ts reads it). */
  cursor = 0;
  readonly order: Uint32Array;
  rng: Rng;
  /** The generator's state just before this epoch's shuffle: the order follows from it. */
  epochRngState = 0;
  private backup: Float64Array;
  lastBatchLoss = NaN;
  train: Evaluation = { loss: NaN, accuracy: NaN };
  test: Evaluation = { loss: NaN, accuracy: NaN };
  validation: Evaluation = { loss: NaN, accuracy: NaN };
  /** Early stopping: the epoch of the lowest validation loss so far, and its weights. */
  bestEpoch = 0;
  bestValidation = Infinity;
  readonly bestParams: Float64Array;
  regLoss = 0;
  divergence: DivergenceReport | null = null;
  private readonly troubleWatch = new TroubleWatch();
  /** The loss of always guessing the same answer on the training split (constantGuessLoss). */
  readonly guessLoss: number;
  doneReason = '';
  readonly history = new EpochHistory();

  /** Told the rows of each training batch after its forward and backward pass (masks in net). */
  onBatch: ((rows: Uint32Array) => void) | null = null;
  /** `custom` is the user's own data, required when `config.dataset` is a custom name. */
  constructor(config: TrainingConfig, custom?: Dataset) {
    this.config = config;
    this.data = prepareData(config, undefined, custom);
    const plan = planModel(specFromConfig(config, this.data));
    this.net = new Network(plan);
    this.net.ensureCapacity(Math.max(config.batchSize, 256));
    this.optimizer = this.makeOptimizer();
    this.order = new Uint32Array(this.data.train.n);
    this.backup = new Float64Array(plan.parameterCount);
    this.bestParams = new Float64Array(plan.parameterCount);
    this.rng = createRng(0);
    const train = this.data.train;
    this.guessLoss = constantGuessLoss(
      train.y,
      train.n,
      this.data.outputs,
      config.loss,
      config.lossParam,
    );
    this.reset();
  }

  /** Back to the initial weights of this seed, epoch 0, empty history. */
  reset(): void {
    const plan = this.net.plan;
    initializeParameters(plan, this.net.params, createRng(plan.seed));
    for (const b of this.net.buffers) {
      b.runMean.fill(0);
      b.runVar.fill(1);
    }
    this.optimizer.reset();
    this.rng = createRng(shuffleSeed(this.config.seed));
    this.epoch = 0;
    this.step = 0;
    this.cursor = 0;
    this.status = 'paused';
    this.divergence = null;
    this.troubleWatch.afresh(0);
    this.doneReason = '';
    this.history.clear();
    this.startEpoch();
    this.evaluateAll();
    this.recordHistory();
    this.keepBest(true);
  }

  /**
   * What training state holds besides the weights: the optimiser's moments and update count,
   * and each layer's batch-norm running statistics (empty arrays for layers without).
   */
  extras(): TrainingExtras {
    return captureExtras(this.net, this.optimizer);
  }

  /**
   * Continue from saved weights: the parameters, epoch and step are restored, and with
   * `extras` the optimiser's moments and batch-norm statistics too (extras of another shape
   * are ignored). Shuffles start afresh from there, and the history with the points of
   * `history` before `epoch` (a saved run's loss curve), then this epoch's. Returns false,
   * changing nothing, when the vector has the wrong length or a non-finite value.
   */
  restore(
    parameters: ArrayLike<number>,
    epoch: number,
    step: number,
    extras?: TrainingExtras,
    history?: HistoryChunk,
  ): boolean {
    const params = this.net.params;
    if (parameters.length !== params.length) return false;
    for (let i = 0; i < parameters.length; i++) if (!Number.isFinite(parameters[i])) return false;
    this.reset();
    for (let i = 0; i < parameters.length; i++) params[i] = parameters[i]!;
    this.epoch = Math.max(0, Math.floor(epoch));
    this.step = Math.max(0, Math.floor(step));
    if (extras && extrasFit(extras, this.net)) applyExtras(this.net, this.optimizer, extras);
    this.history.clear();
    if (history) this.history.seed(history, this.epoch);
    this.evaluateAll();
    this.recordHistory();
    this.keepBest(true);
    return true;
  }

  /** Apply hyperparameters that do not need new data or a new network (keeps the weights). */
  updateHyperparameters(next: TrainingConfig): void {
    const prev = this.config;
    this.config = next;
    if (prev.optimizer !== next.optimizer) this.optimizer = this.makeOptimizer();
    else {
      this.optimizer.momentum = next.momentum;
      this.optimizer.beta2 = next.beta2;
    }
    this.net.ensureCapacity(next.batchSize);
    if (changesTraining(prev, next)) this.lookForTroubleAfresh();
    this.regLoss = applyPenalty(
      this.net.plan,
      this.net.params,
      next.regularization,
      next.regRate,
      null,
    );
    if (this.status === 'done' && !this.shouldStop()) this.status = 'paused';
  }

  get learningRate(): number {
    const c = this.config;
    return scheduledRate(c.learningRate, c.schedule, this.epoch, c.decayRate, c.decayEvery);
  }

  get batchSize(): number {
    return Math.max(1, Math.min(this.config.batchSize, this.data.train.n));
  }

  /**
   * One optimiser step on the next mini-batch. Returns false (and sets status) when the run
   * diverged or reached a stop condition; the parameters then stay at their last finite values.
   */
  stepBatch(): boolean {
    if (this.status === 'diverged' || this.status === 'done') return false;
    const net = this.net;
    const train = this.data.train;
    const count = Math.min(this.batchSize, train.n - this.cursor);
    this.backup.set(net.params);
    net.loadInputs(train.x, this.order, this.cursor, count);
    net.forwardHidden({ training: true, rng: this.rng, updateRunning: true });
    const loss = net.lossOnBatch(train.y, this.order, this.cursor, true);
    this.onBatch?.(this.order.subarray(this.cursor, this.cursor + count));
    const c = this.config;
    this.regLoss = applyPenalty(net.plan, net.params, c.regularization, c.regRate, net.grad);
    this.optimizer.step(net.params, net.grad, this.learningRate);
    this.step++;
    this.lastBatchLoss = loss;
    if (!Number.isFinite(loss) || loss > EXPLODED_LOSS || !allFinite(net.params)) {
      this.diverge(loss, count);
      return false;
    }
    this.cursor += count;
    if (this.cursor >= train.n) {
      this.epoch++;
      this.startEpoch();
      this.evaluateAll();
      this.recordHistory();
      if (!Number.isFinite(this.train.loss) || this.train.loss > EXPLODED_LOSS) {
        this.diverge(this.train.loss, 0);
        return false;
      }
      this.keepBest();
      this.troubleWatch.check(this);
      if (this.shouldStop()) {
        this.status = 'done';
        return false;
      }
      if (this.stopEarly()) {
        this.status = 'done';
        return false;
      }
    }
    return true;
  }

  /** Train until the epoch counter moves on (or the run stops). */
  stepEpoch(): void {
    const e = this.epoch;
    while (this.epoch === e && this.stepBatch());
  }

  /** Rows (positions in the training split) of the mini-batch the next step will use. */
  nextBatchRows(): Uint32Array {
    const n = this.data.train.n;
    const start = this.cursor >= n ? 0 : this.cursor;
    return this.order.subarray(start, Math.min(n, start + this.batchSize));
  }

  /** The weights this seed starts from (what reset() restores). */
  initialParameters(): Float64Array {
    const p = new Float64Array(this.net.plan.parameterCount);
    initializeParameters(this.net.plan, p, createRng(this.net.plan.seed));
    return p;
  }

  /** Set one parameter by hand (the diagram's value editor); the curves follow. */
  setParameter(index: number, value: number): void {
    if (
      !Number.isInteger(index) ||
      index < 0 ||
      index >= this.net.params.length ||
      !Number.isFinite(value)
    )
      return;
    this.net.params[index] = value;
    this.evaluateAll();
  }

  /** Loss and accuracy on both splits with the current weights. */
  evaluateAll(): void {
    this.train = this.evaluate(this.data.train.x, this.data.train.y, this.data.train.n);
    this.test = this.evaluate(this.data.test.x, this.data.test.y, this.data.test.n);
    const v = this.data.validation;
    this.validation = this.evaluate(v.x, v.y, v.n);
    const c = this.config;
    this.regLoss = applyPenalty(this.net.plan, this.net.params, c.regularization, c.regRate, null);
  }

  /** Loss and accuracy over n examples in evaluation mode (see evaluateExamples). */
  evaluate(x: Float64Array, y: Float64Array, n: number): Evaluation {
    return evaluateExamples(this.net, this.data.dataset.problem, this.config.loss, x, y, n);
  }

  /** History points recorded since the last call (the worker sends them in a snapshot). */
  takeHistory(): { chunk: HistoryChunk; reset: boolean } {
    return this.history.take();
  }

  /**
   * The output (and optionally every neuron and input feature) over a res × res grid of the
   * plane of raw columns `axes` (default the first two; other columns at their mean).
   */
  grid(res: number, neurons: boolean, neuronRes: number, axes?: readonly number[]): GridValues {
    return evaluateGrid(this.net, this.data, res, neurons ? neuronRes : 0, axes);
  }

  /** The network's shape and the data, for the page (sent once per rebuild). */
  info(): NetworkInfo {
    return describeRun(this.data, this.net);
  }

  private shouldStop(): boolean {
    const reason = stopReason(this.config, this.epoch, this.train.loss);
    if (reason) this.doneReason = reason;
    return reason !== '';
  }

  /** Remember the weights when the validation loss is the lowest so far (or from scratch). */
  private keepBest(fresh = false): void {
    if (fresh) this.bestValidation = Infinity;
    if (!(this.validation.loss < this.bestValidation)) return;
    this.bestValidation = this.validation.loss;
    this.bestEpoch = this.epoch;
    this.bestParams.set(this.net.params);
  }

  /**
   * Early stopping, checked after each epoch: with a validation set and a patience, stop once
   * the validation loss has not improved for `patience` epochs, and go back to the weights of
   * its best epoch (batch-norm running statistics stay as they are). The history gets one
   * more point at this epoch with the restored weights' losses, so the curves end where the
   * readouts are.
   */
  private stopEarly(): boolean {
    if (!earlyStopDue(this.config, this.data.validation.n, this.epoch, this.bestEpoch))
      return false;
    this.net.params.set(this.bestParams);
    this.evaluateAll();
    this.recordHistory();
    this.doneReason = earlyStopReason(this.config.patience, this.bestEpoch);
    return true;
  }

  /** Cursor to 0 and a fresh shuffle of the example order from the session's generator. */
  startEpoch(): void {
    this.epochRngState = this.rng.state;
    this.cursor = 0;
    for (let i = 0; i < this.order.length; i++) this.order[i] = i;
    shuffleInPlace(this.order, this.rng);
  }

  private recordHistory(): void {
    this.history.record(this.epoch, this.train, this.test, this.validation);
  }

  /** An oscillation or stall seen in the training loss (training goes on), or null. */
  get trouble(): TroubleReport | null {
    return this.troubleWatch.report;
  }

  /** History index from which the current settings have trained (trouble looks only there). */
  get troubleStart(): number {
    return this.troubleWatch.start;
  }

  /** Forget any trouble seen: the epochs from now on are judged alone (new settings, a cut). */
  lookForTroubleAfresh(): void {
    this.troubleWatch.afresh(this.history.length - 1);
  }

  /** `batchSize` examples gave `loss` (0: the whole training set at an epoch's end). */
  private diverge(loss: number, batchSize: number): void {
    const layer = firstNonFiniteLayer(this.net);
    const what = allFinite(this.net.params) ? 'loss' : 'parameters';
    const lastFiniteLoss = this.lastFiniteLoss();
    // Keep the last finite weights, so the pictures stay readable and Reset is not the only way on.
    this.net.params.set(this.backup);
    this.status = 'diverged';
    this.evaluateAll();
    this.divergence = divergenceReport({
      step: this.step,
      epoch: this.epoch,
      loss,
      batchSize,
      what,
      layer,
      layerCount: this.net.plan.layers.length,
      lastFiniteLoss,
      trainLoss: this.train.loss,
    });
  }

  private lastFiniteLoss(): number {
    const h = this.history.trainLoss;
    for (let i = h.length - 1; i >= 0; i--) if (Number.isFinite(h.at(i))) return h.at(i);
    return NaN;
  }

  private makeOptimizer(): Optimizer {
    const c = this.config;
    return new Optimizer(this.net.plan.parameterCount, {
      name: c.optimizer,
      momentum: c.momentum,
      beta2: c.beta2,
    });
  }
}
