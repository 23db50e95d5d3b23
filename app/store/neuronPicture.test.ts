import { describe, expect, it } from 'vitest';
import type { GridValues, NetworkInfo } from '../worker/protocol';
import { neuronGrid } from './neuronPicture';

// Two hidden layers of 2 and 3 neurons, pictures 2×2: neuron k holds the values k*10 + cell.
const info = { layers: [{ units: 2 }, { units: 3 }, { units: 1 }] } as NetworkInfo;
const grid: GridValues = {
  res: 4,
  output: new Float32Array(16),
  outputs: 1,
  neuronCount: 5,
  neurons: Float32Array.from({ length: 20 }, (_, i) => Math.floor(i / 4) * 10 + (i % 4)),
};

describe('neuronGrid', () => {
  it("cuts out the hovered neuron's picture, counting neurons in layer order", () => {
    const n = neuronGrid(info, grid, { layer: 1, unit: 2 });
    expect(n?.picture.res).toBe(2);
    expect(Array.from(n!.picture.output)).toEqual([40, 41, 42, 43]);
    expect(n?.label).toBe('neuron 3 of hidden layer 2');
    expect(Array.from(neuronGrid(info, grid, { layer: 0, unit: 0 })!.picture.output)).toEqual([
      0, 1, 2, 3,
    ]);
  });

  it('gives nothing for inputs, outputs, unknown neurons or a grid without pictures', () => {
    expect(neuronGrid(info, grid, { layer: -1, unit: 0 })).toBeNull();
    expect(neuronGrid(info, grid, { layer: 2, unit: 0 })).toBeNull();
    expect(neuronGrid(info, grid, { layer: 1, unit: 9 })).toBeNull();
    expect(neuronGrid(info, grid, null)).toBeNull();
    expect(
      neuronGrid(info, { ...grid, neurons: undefined, neuronCount: 0 }, { layer: 0, unit: 0 }),
    ).toBeNull();
  });
});
