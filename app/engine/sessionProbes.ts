import { Network } from './network';
import { Optimizer } from './optimizers';
import {
  backpropTrace,
  lossAlongParameter,
  lossSurfaceCells,
  type BackpropTrace,
  type ParameterSlice,
  type ProbeData,
} from './probes';
import { createRng, shuffleInPlace } from './rng';
import { droppedNeurons, exampleMasks, masksByLayer, nextDropoutMasks } from './dropoutMasks';
import { inputOrigins, type InputOrigin } from './inputOrigins';
import type { NeuronRef } from './neuronRef';
import type { TrainingSession } from './session';
import type { LossName, OptimizerName } from './trainingConfig';

/** The slope view of one parameter: the loss over the whole training set and over the next batch. */
export interface SliceProbe {
  index: number;
  learningRate: number;
  /** Over the whole training set. */
  train: ParameterSlice;
  /** Over the mini-batch the next Step will use, with its dropout masks (absent for full-batch descent without dropout). */
  batch?: ParameterSlice;
  /** Plain gradient descent on the next batch: value − η·∂L_batch/∂θ (what Step does with SGD). */
  nextValue: number;
}

/**
 * A range around v wide enough to show the step and the curve's shape: at least ±0.5, ±1.5|v|
 * and three steps' worth, so very flat and very steep curves both stay readable.
 */
export function adaptiveSpan(value: number, step: number): number {
  const s = Math.max(0.5, 1.5 * Math.abs(value), 3 * Math.abs(step));
  return Number.isFinite(s) ? Math.min(s, 1e6) : 0.5;
}

function linspace(center: number, span: number, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = center - span + (2 * span * i) / (n - 1);
  return out;
}

function trainData(s: TrainingSession): ProbeData {
  return { x: s.data.train.x, y: s.data.train.y, rows: null, n: s.data.train.n };
}

/** Loss along parameter `index` over the training set and the next mini-batch. */
export function probeSlice(s: TrainingSession, index: number, points = 81): SliceProbe {
  const net = s.net;
  const lr = s.learningRate;
  const batchRows = s.nextBatchRows();
  const fullBatch = batchRows.length >= s.data.train.n;
  // The next step's own dropout masks: its tangent is the gradient that step will use.
  const dropout = nextDropoutMasks(s);
  const batchData: ProbeData = {
    x: s.data.train.x,
    y: s.data.train.y,
    rows: batchRows,
    n: batchRows.length,
    masks: dropout ? masksByLayer(dropout, net.plan.layers.length) : undefined,
  };
  // The batch gradient sets the step; the range follows from it.
  const atValue = lossAlongParameter(
    net,
    fullBatch && !dropout ? trainData(s) : batchData,
    index,
    [],
  );
  const span = adaptiveSpan(atValue.value, lr * atValue.gradient);
  const values = linspace(atValue.value, span, points);
  const train = lossAlongParameter(net, trainData(s), index, values);
  const batch =
    fullBatch && !dropout ? undefined : lossAlongParameter(net, batchData, index, values);
  return {
    index,
    learningRate: lr,
    train,
    batch,
    nextValue: atValue.value - lr * atValue.gradient,
  };
}

export interface SurfaceProbe {
  i: number;
  j: number;
  us: Float64Array;
  vs: Float64Array;
  /** losses[r·us.length + c] at (us[c], vs[r]); NaN where not finite. */
  losses: Float64Array;
  current: [number, number];
}

/**
 * A loss surface computed a few cells at a time, against the weights it was asked at: between
 * calls to `advance` the session may train on, and each call puts the frozen weights back in
 * for its rows and restores the live ones after, so the picture is of one moment.
 */
export class SurfaceJob {
  readonly result: SurfaceProbe;
  private readonly frozen: Float64Array;
  private cell = 0;

  constructor(s: TrainingSession, i: number, j: number, res = 41, span?: number) {
    const p = s.net.params;
    const si = span ?? adaptiveSpan(p[i]!, 0) * 1.5;
    const sj = span ?? adaptiveSpan(p[j]!, 0) * 1.5;
    const us = linspace(p[i]!, si, res);
    const vs = linspace(p[j]!, sj, res);
    this.frozen = p.slice();
    this.result = { i, j, us, vs, losses: new Float64Array(res * res), current: [p[i]!, p[j]!] };
  }

  get done(): boolean {
    return this.cell >= this.result.losses.length;
  }

  /** Compute `budget` more cells (at least one), or what is left of the surface. */
  advance(s: TrainingSession, budget: number): void {
    const live = s.net.params;
    if (live.length !== this.frozen.length) throw new Error('The network changed shape.');
    const saved = live.slice();
    live.set(this.frozen);
    try {
      const { i, j, us, vs, losses } = this.result;
      const end = Math.min(losses.length, this.cell + Math.max(1, budget));
      lossSurfaceCells(s.net, trainData(s), i, j, us, vs, losses, this.cell, end);
      this.cell = end;
    } finally {
      live.set(saved);
    }
  }
}

export interface RaceLane {
  label: string;
  /**
   * (θi, θj) starting from the shared initial weights: 2·(steps+1) values, one pair after each
   * step, or, for a lane with an epoch budget, at `steps` even fractions of that budget.
   */
  path: Float64Array;
  /** Optimiser steps the lane took. */
  stepsTaken: number;
  finalLoss: number;
}

/** One lane of a race: an optimiser and batch size, and optionally a budget in epochs. */
export interface RaceLaneSpec {
  label: string;
  optimizer: OptimizerName;
  batchSize: number;
  /**
   * Train for this many epochs (⌈n / batch⌉ steps each) instead of `steps` steps, so lanes
   * of different batch sizes see the same examples; the path is sampled by epoch progress.
   */
  epochs?: number;
}

/**
 * The same network, data and initial weights trained by several optimisers or batch sizes, for
 * `steps` steps each, recording the path of parameters i and j (for the loss-surface race).
 */
export function probeRace(
  s: TrainingSession,
  i: number,
  j: number,
  lanes: RaceLaneSpec[],
  steps: number,
): RaceLane[] {
  const initial = s.initialParameters();
  const n = s.data.train.n;
  return lanes.map((lane) => {
    const net = new Network(s.net.plan);
    net.params.set(initial);
    const opt = new Optimizer(net.params.length, {
      name: lane.optimizer,
      momentum: s.config.momentum,
      beta2: s.config.beta2,
    });
    const rng = createRng(s.config.seed * 31 + 17);
    const order = new Uint32Array(n).map((_, k) => k);
    const bs = Math.max(1, Math.min(lane.batchSize, n));
    const path = new Float64Array(2 * (steps + 1));
    path[0] = net.params[i]!;
    path[1] = net.params[j]!;
    const total =
      lane.epochs !== undefined ? Math.min(20000, lane.epochs * Math.ceil(n / bs)) : steps;
    // Path point k holds the weights after round(k·total/steps) steps.
    let k = 1;
    const record = (t: number) => {
      while (k <= steps && Math.round((k * total) / steps) <= t) {
        path[2 * k] = net.params[i]!;
        path[2 * k + 1] = net.params[j]!;
        k++;
      }
    };
    record(0);
    let cursor = n;
    for (let t = 1; t <= total; t++) {
      if (cursor >= n) {
        shuffleInPlace(order, rng);
        cursor = 0;
      }
      const c = Math.min(bs, n - cursor);
      net.loadInputs(s.data.train.x, order, cursor, c);
      net.forwardHidden({ training: true, rng, updateRunning: true });
      net.lossOnBatch(s.data.train.y, order, cursor, true);
      opt.step(net.params, net.grad, s.config.learningRate);
      cursor += c;
      record(t);
    }
    net.loadInputs(s.data.train.x, null, 0, n);
    net.forwardHidden({ training: true });
    const finalLoss = net.lossOnBatch(s.data.train.y, null, 0, false);
    return { label: lane.label, path, stepsTaken: total, finalLoss };
  });
}

export interface TraceProbe {
  /** Data set row of the example, and whether it is a training example. */
  row: number;
  isTrain: boolean;
  trace: BackpropTrace;
  learningRate: number;
  /** The loss the trace used, and its parameter (Huber δ, quantile τ, ε). */
  loss: LossName;
  lossParam: number;
  /** Parameters now (the "old" values of the update). */
  parameters: Float64Array;
  /** Where each network input came from: its value before standardisation, and the mean and sd used. */
  origins: InputOrigin[];
  /**
   * When the example is in the next mini-batch and the network has dropout: its place in the
   * batch and the neurons dropped for it (the trace is computed with its real masks).
   */
  dropout?: {
    position: number;
    batchSize: number;
    dropped: NeuronRef[];
    /** Per layer, this example's multipliers (0 dropped, 1/(1−p) kept); null without dropout. */
    multipliers: (number[] | null)[];
  };
}

/** Forward and backward pass of one example (a data set row), with everything it computes. */
export function probeTrace(s: TrainingSession, row: number): TraceProbe | null {
  for (const [split, isTrain] of [
    [s.data.train, true],
    [s.data.test, false],
  ] as const) {
    const pos = split.rows.indexOf(row);
    if (pos >= 0) {
      const next = isTrain ? nextDropoutMasks(s) : null;
      const position = next ? next.rows.indexOf(row) : -1;
      const layers = s.net.plan.layers.length;
      const masks = next && position >= 0 ? exampleMasks(next, position, layers) : undefined;
      const trace = backpropTrace(s.net, split.x, split.y, pos, masks);
      const probe: TraceProbe = {
        row,
        isTrain,
        trace,
        learningRate: s.learningRate,
        loss: s.config.loss,
        lossParam: s.config.lossParam,
        parameters: s.net.params.slice(),
        origins: inputOrigins(s.data, row),
      };
      if (next && position >= 0)
        probe.dropout = {
          position,
          batchSize: next.rows.length,
          dropped: droppedNeurons(next, position),
          multipliers: masks!.map((m) => (m ? Array.from(m) : null)),
        };
      return probe;
    }
  }
  return null;
}
