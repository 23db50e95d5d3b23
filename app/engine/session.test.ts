import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './configFields';
import { TrainingSession } from './session';
import type { TrainingConfig } from './trainingConfig';

const base: TrainingConfig = {
  // Every field is set below; the defaults only fill fields added later.
  ...DEFAULT_CONFIG,
  dataset: 'circle',
  noise: 0.1,
  trainRatio: 0.5,
  points: 200,
  features: ['x1', 'x2'],
  standardize: false,
  hidden: [4, 2],
  activations: ['tanh', 'tanh'],
  outputActivation: 'sigmoid',
  loss: 'bce',
  lossParam: 1,
  init: 'xavier',
  initScale: 0.1,
  optimizer: 'sgd',
  learningRate: 0.03,
  momentum: 0.9,
  beta2: 0.999,
  schedule: 'constant',
  decayRate: 0.5,
  decayEvery: 100,
  batchSize: 10,
  regularization: 'none',
  regRate: 0.001,
  dropout: 0,
  batchNorm: false,
  validation: 0,
  patience: 0,
  stopEpochs: 0,
  targetLoss: 0,
  seed: 1,
};
const cfg = (over: Partial<TrainingConfig> = {}): TrainingConfig => ({ ...base, ...over });

describe('TrainingSession', () => {
  it('learns the circle: training and test loss fall, accuracy rises', () => {
    const s = new TrainingSession(cfg({ optimizer: 'adam', learningRate: 0.03 }));
    const start = s.test.loss;
    for (let e = 0; e < 60; e++) s.stepEpoch();
    expect(s.epoch).toBe(60);
    expect(s.test.loss).toBeLessThan(start / 3);
    expect(s.test.accuracy).toBeGreaterThan(0.9);
    expect(s.history.epoch.length).toBe(61);
  });

  it('one epoch is ⌈train size / batch size⌉ steps', () => {
    const s = new TrainingSession(cfg({ batchSize: 30 }));
    s.stepEpoch();
    expect(s.data.train.n).toBe(100);
    expect(s.step).toBe(4);
  });

  it('reset replays the same run bit for bit', () => {
    const s = new TrainingSession(cfg({ dropout: 0.2 }));
    const initial = s.net.params.slice();
    for (let i = 0; i < 37; i++) s.stepBatch();
    const after = s.net.params.slice();
    const loss = s.train.loss;
    s.reset();
    expect(Array.from(s.net.params)).toEqual(Array.from(initial));
    for (let i = 0; i < 37; i++) s.stepBatch();
    expect(Array.from(s.net.params)).toEqual(Array.from(after));
    expect(s.train.loss).toBe(loss);
    const other = new TrainingSession(cfg({ dropout: 0.2, seed: 2 }));
    expect(Array.from(other.net.params)).not.toEqual(Array.from(initial));
  });

  it('a learning rate of 10 on raw house prices diverges, reports where, and keeps finite weights', () => {
    const s = new TrainingSession(
      cfg({
        dataset: 'housePrices',
        features: ['x1'],
        hidden: [3],
        activations: ['relu'],
        outputActivation: 'linear',
        loss: 'mse',
        learningRate: 10,
      }),
    );
    let steps = 0;
    while (s.stepBatch() && steps++ < 10000);
    expect(s.status).toBe('diverged');
    const d = s.divergence!;
    expect(d.step).toBeGreaterThan(0);
    expect(d.message).toMatch(/step \d+ \(epoch \d+\)/);
    expect(s.net.params.every((v) => Number.isFinite(v))).toBe(true);
    expect(s.stepBatch()).toBe(false);
  });

  it('stops after N epochs and at a target loss', () => {
    const a = new TrainingSession(cfg({ stopEpochs: 3 }));
    while (a.stepBatch());
    expect(a.status).toBe('done');
    expect(a.epoch).toBe(3);
    const b = new TrainingSession(cfg({ optimizer: 'adam', targetLoss: 0.3 }));
    let guard = 0;
    while (b.stepBatch() && guard++ < 100000);
    expect(b.status).toBe('done');
    expect(b.train.loss).toBeLessThanOrEqual(0.3);
    expect(b.doneReason).toMatch(/target/);
  });

  it('hands out history in chunks, flagging a restart once', () => {
    const s = new TrainingSession(cfg());
    const first = s.takeHistory();
    expect(first.reset).toBe(true);
    expect(Array.from(first.chunk.epoch)).toEqual([0]);
    s.stepEpoch();
    s.stepEpoch();
    const next = s.takeHistory();
    expect(next.reset).toBe(false);
    expect(Array.from(next.chunk.epoch)).toEqual([1, 2]);
    expect(next.chunk.trainLoss.length).toBe(2);
  });

  it('hyperparameter changes keep the trained weights', () => {
    const s = new TrainingSession(cfg());
    s.stepEpoch();
    const w = s.net.params.slice();
    s.updateHyperparameters(cfg({ learningRate: 0.1, optimizer: 'momentum', batchSize: 5 }));
    expect(Array.from(s.net.params)).toEqual(Array.from(w));
    expect(s.learningRate).toBe(0.1);
    expect(s.batchSize).toBe(5);
  });

  it('the grid covers the output and every hidden neuron', () => {
    const s = new TrainingSession(cfg());
    const g = s.grid(20, true, 10);
    expect(g.output.length).toBe(400);
    expect(g.neuronCount).toBe(6);
    expect(g.neurons!.length).toBe(600);
    expect(g.features!.length).toBe(200);
    for (const v of g.output) expect(v).toBeGreaterThanOrEqual(0);
    const multi = new TrainingSession(
      cfg({ dataset: 'blobs3', outputActivation: 'softmax', loss: 'crossEntropy' }),
    );
    expect(multi.grid(10, false, 0).output.length).toBe(300);
    expect(multi.info().classes).toBe(3);
  });
});
