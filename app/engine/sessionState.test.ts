import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './configFields';
import { TrainingSession } from './session';
import { applyState, captureState, stateFits, type SessionState } from './sessionState';
import type { TrainingConfig } from './trainingConfig';

/** Train `epochs` epochs, keeping the state at each epoch's end. */
function run(cfg: TrainingConfig, epochs: number): { s: TrainingSession; states: SessionState[] } {
  const s = new TrainingSession(cfg);
  const states = [captureState(s)];
  for (let e = 0; e < epochs; e++) {
    s.stepEpoch();
    states.push(captureState(s));
  }
  return { s, states };
}

const CONFIGS: [string, TrainingConfig][] = [
  ['SGD', DEFAULT_CONFIG],
  [
    'Adam, dropout, batch norm, early stopping',
    {
      ...DEFAULT_CONFIG,
      optimizer: 'adam',
      learningRate: 0.01,
      dropout: 0.3,
      batchNorm: true,
      validation: 0.2,
      patience: 50,
      hidden: [6, 4],
      activations: ['relu', 'tanh'],
    },
  ],
  ['momentum', { ...DEFAULT_CONFIG, optimizer: 'momentum', dataset: 'spiral', hidden: [8, 8] }],
];

describe('rewind: restoring a kept epoch', () => {
  for (const [name, cfg] of CONFIGS) {
    it(`trains on bit for bit as the original run did (${name})`, () => {
      const original = run(cfg, 12);
      // A fresh session restored to epoch 4, trained on to 12, matches every later epoch.
      const again = new TrainingSession(cfg);
      expect(stateFits(original.states[4]!, again)).toBe(true);
      applyState(again, original.states[4]!);
      expect(again.epoch).toBe(4);
      for (let e = 5; e <= 12; e++) {
        again.stepEpoch();
        const want = original.states[e]!;
        expect(again.epoch).toBe(e);
        expect(again.step).toBe(want.step);
        expect(Array.from(captureState(again).values)).toEqual(Array.from(want.values));
      }
      expect(Array.from(again.net.params)).toEqual(Array.from(original.s.net.params));
      expect(again.train.loss).toBe(original.s.train.loss);
    }, 60_000);
  }

  it('resumes mid-epoch exactly (order and cursor kept)', () => {
    const a = new TrainingSession(DEFAULT_CONFIG);
    a.stepEpoch();
    for (let i = 0; i < 7; i++) a.stepBatch();
    const mid = captureState(a);
    expect(mid.order).not.toBeNull();
    for (let i = 0; i < 40; i++) a.stepBatch();
    const b = new TrainingSession(DEFAULT_CONFIG);
    applyState(b, mid);
    for (let i = 0; i < 40; i++) b.stepBatch();
    expect(Array.from(b.net.params)).toEqual(Array.from(a.net.params));
    expect(b.step).toBe(a.step);
  });

  it('shows the weights of that epoch, not of the latest', () => {
    const { s, states } = run(DEFAULT_CONFIG, 6);
    const latest = s.net.params.slice();
    applyState(s, states[2]!);
    expect(Array.from(s.net.params)).not.toEqual(Array.from(latest));
    const replay = run(DEFAULT_CONFIG, 2).s;
    expect(Array.from(s.net.params)).toEqual(Array.from(replay.net.params));
    expect(s.train.loss).toBe(replay.train.loss);
  });

  it('refuses a state of another network shape', () => {
    const { states } = run(DEFAULT_CONFIG, 1);
    const other = new TrainingSession({ ...DEFAULT_CONFIG, hidden: [5, 2] });
    expect(stateFits(states[1]!, other)).toBe(false);
  });
});
