import { describe, expect, it } from 'vitest';
import type { LossName } from '../../engine/trainingConfig';
import { BATCH, batchCost, batchTargets } from './lossExplorerMath';
import { houseCost, houseData, neuronOutput } from './singleNeuronMath';

describe('loss explorer math', () => {
  it('computes the batch cost as the mean of the engine’s losses', () => {
    expect(batchCost('mse', [1, 2, 4], [2, 2, 1], 0)).toBeCloseTo(5 / 3, 12);
    expect(batchCost('mae', [1, 2, 4], [2, 2, 1], 0)).toBeCloseTo(4 / 3, 12);
  });

  const before = (l: LossName, p: number) => batchCost(l, BATCH.yhat, batchTargets(false), p);
  const after = (l: LossName, p: number) => batchCost(l, BATCH.yhat, batchTargets(true), p);

  it('lesson 4: the outlier moves the MSE cost most of the three, however growth is measured', () => {
    for (const other of [
      ['huber', 1],
      ['mae', 0],
    ] as const) {
      expect(after('mse', 0) - before('mse', 0)).toBeGreaterThan(
        5 * (after(other[0], other[1]) - before(other[0], other[1])),
      );
      expect(after('mse', 0) / before('mse', 0)).toBeGreaterThan(
        3 * (after(other[0], other[1]) / before(other[0], other[1])),
      );
    }
  });

  it('lesson 4: beyond δ Huber grows like MAE (both by about 2.5 here); a smaller δ grows less', () => {
    const huber = (d: number) => after('huber', d) - before('huber', d);
    expect(Math.abs(huber(1) - (after('mae', 0) - before('mae', 0)))).toBeLessThan(0.1);
    expect(huber(0.3)).toBeLessThan(huber(1) / 2);
  });

  it('lesson 4: quantile τ charges an under-estimate like the outlier more as τ grows', () => {
    expect(after('quantile', 0.9)).toBeGreaterThan(4 * after('quantile', 0.1));
  });

  it('lesson 4: ε-insensitive errors smaller than ε are free', () => {
    expect(batchCost('epsilonInsensitive', [1, 2], [1.2, 1.7], 0.5)).toBe(0);
  });
});

describe('single neuron math', () => {
  it('cuts the line at zero with ReLU and averages ½(ŷ − y)²', () => {
    expect(neuronOutput(3, -100, 20, true)).toBe(0);
    expect(neuronOutput(3, -100, 20, false)).toBe(-40);
    expect(houseCost(0, 10, [1], [12], false)).toBe(2);
  });

  it('has a good line near 3.2 k€/m² that the lesson’s threshold accepts', () => {
    const d = houseData();
    expect(houseCost(3.2, 0, d.area, d.price, false)).toBeLessThan(600);
    expect(houseCost(1, 0, d.area, d.price, false)).toBeGreaterThan(600);
  });
});
