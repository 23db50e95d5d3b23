import { describe, expect, it } from 'vitest';
import { BATCH, batchCost, batchTargets } from './lossExplorerMath';
import { houseCost, houseData, neuronOutput } from './singleNeuronMath';

describe('loss explorer math', () => {
  it('computes the batch cost as the mean of the engine’s losses', () => {
    expect(batchCost('mse', [1, 2, 4], [2, 2, 1], 0)).toBeCloseTo(5 / 3, 12);
    expect(batchCost('mae', [1, 2, 4], [2, 2, 1], 0)).toBeCloseTo(4 / 3, 12);
  });

  it('lets the outlier move MSE most and MAE least of the three the lesson asks about', () => {
    const growth = (l: 'mse' | 'mae' | 'huber', p: number) =>
      batchCost(l, BATCH.yhat, batchTargets(true), p) /
      batchCost(l, BATCH.yhat, batchTargets(false), p);
    expect(growth('mse', 0)).toBeGreaterThan(growth('huber', 1));
    expect(growth('huber', 1)).toBeGreaterThan(growth('mae', 0));
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
