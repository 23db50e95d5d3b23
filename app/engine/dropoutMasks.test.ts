import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './configFields';
import { droppedNeurons, nextDropoutMasks } from './dropoutMasks';
import { TrainingSession } from './session';
import { probeSlice, probeTrace } from './sessionProbes';
import type { TrainingConfig } from './trainingConfig';

const CFG: TrainingConfig = {
  ...DEFAULT_CONFIG,
  hidden: [6, 5, 3],
  activations: ['tanh', 'relu', 'tanh'],
  dropout: 0.4,
};

/** The multipliers the network really used for each batch, read right after its forward pass. */
function usedMasks(s: TrainingSession): Float64Array[][] {
  const seen: Float64Array[][] = [];
  s.onBatch = (rows) => {
    const B = rows.length;
    seen.push(
      s.net.plan.layers.slice(0, -1).map((l, i) => s.net.buffers[i]!.mask.slice(0, B * l.units)),
    );
  };
  return seen;
}

describe('nextDropoutMasks', () => {
  it('are the masks the next training step then uses, step after step, across epochs', () => {
    const s = new TrainingSession(CFG);
    const seen = usedMasks(s);
    for (let k = 0; k < 45; k++) {
      const predicted = nextDropoutMasks(s)!;
      const rowsBefore = Array.from(s.nextBatchRows(), (p) => s.data.train.rows[p]!);
      expect(predicted.step).toBe(s.step + 1);
      s.stepBatch();
      expect(Array.from(predicted.rows)).toEqual(rowsBefore);
      const used = seen[k]!;
      expect(predicted.layers.map((m) => m.layer)).toEqual([0, 1, 2]);
      predicted.layers.forEach((m) =>
        expect(Array.from(m.multipliers)).toEqual(Array.from(used[m.layer]!)),
      );
    }
    // Inverted dropout: a kept neuron is scaled by 1/(1 − p), a dropped one is 0.
    const values = new Set(nextDropoutMasks(s)!.layers.flatMap((m) => Array.from(m.multipliers)));
    expect([...values].sort()).toEqual([0, 1 / 0.6]);
  });

  it('is null without dropout, and does not disturb the run', () => {
    expect(nextDropoutMasks(new TrainingSession(DEFAULT_CONFIG))).toBeNull();
    const a = new TrainingSession(CFG);
    const b = new TrainingSession(CFG);
    for (let k = 0; k < 10; k++) {
      nextDropoutMasks(a);
      a.stepBatch();
      b.stepBatch();
    }
    expect(Array.from(a.net.params)).toEqual(Array.from(b.net.params));
  });

  it('the backprop trace of an example in the next batch shows its dropped neurons at zero', () => {
    const s = new TrainingSession(CFG);
    s.stepBatch();
    const next = nextDropoutMasks(s)!;
    // The first example of the batch with a neuron dropped in the first layer.
    const i = Array.from(next.rows).findIndex((_, k) =>
      droppedNeurons(next, k).some((n) => n.layer === 0),
    );
    expect(i).toBeGreaterThanOrEqual(0);
    const probe = probeTrace(s, next.rows[i]!)!;
    expect(probe.dropout?.position).toBe(i);
    const dropped = probe.dropout!.dropped;
    expect(dropped).toEqual(droppedNeurons(next, i));
    const first = s.net.plan.layers[0]!;
    for (const { layer, unit } of dropped) {
      const t = probe.trace.layers[layer]!;
      expect(Math.abs(t.a[unit]!)).toBe(0);
      expect(Math.abs(t.dZ[unit]!)).toBe(0);
      if (layer === 0) {
        // No gradient reaches the weights into a dropped neuron from this example.
        for (let j = 0; j < first.fanIn; j++) expect(Math.abs(t.dW[unit * first.fanIn + j]!)).toBe(0);
      }
    }
  });

  it('the batch slope of the weight-descent view is the gradient the next step uses', () => {
    const s = new TrainingSession({ ...CFG, learningRate: 0.5 });
    s.stepBatch();
    const index = 3;
    const slice = probeSlice(s, index, 5);
    const before = s.net.params[index]!;
    s.stepBatch();
    // Plain SGD with no penalty: the step taken is exactly η times the slope shown.
    expect(s.net.params[index]).toBe(before - 0.5 * slice.batch!.gradient);
    expect(slice.nextValue).toBe(s.net.params[index]);
  });
});
