import { describe, expect, it } from 'vitest';
import type { GridValues } from '../engine/sessionTypes';
import { binaryColor } from './colors';
import type { NeuronGeometry } from './networkLayout';
import {
  fillPicturePixels,
  neuronPictures,
  pictureDims,
  pictureScale,
  type PictureSource,
} from './neuronThumbnails';

const source = (values: number[], activation: string, stride = 1): PictureSource => ({
  values: Float32Array.from(values),
  start: 0,
  count: Math.ceil(values.length / stride),
  stride,
  activation,
});

function node(kind: NeuronGeometry['kind'], slot: number, activation = 'tanh'): NeuronGeometry {
  return {
    kind,
    layer: 0,
    unit: slot,
    slot,
    x: 0,
    y: 0,
    size: 20,
    name: '',
    activation,
  };
}

describe('pictureScale', () => {
  it('keeps the natural range of bounded activations', () => {
    expect(pictureScale(source([0.1, 0.2], 'tanh'))).toEqual({ center: 0, halfRange: 1 });
    expect(pictureScale(source([0.1, 0.2], 'sigmoid'))).toEqual({ center: 0.5, halfRange: 0.5 });
  });

  it('normalises unbounded activations by the largest |v| of the picture, ignoring NaN', () => {
    expect(pictureScale(source([0, 3, -5, Number.NaN], 'relu')).halfRange).toBe(5);
    expect(pictureScale(source([0, 0], 'linear')).halfRange).toBe(1);
    // Stride 2 reads only every other value: 1 and -2, not the 9.
    expect(pictureScale(source([1, 9, -2, 9], 'linear', 2)).halfRange).toBe(2);
  });
});

describe('pictureDims', () => {
  it('draws res·res values as a square and a 1-D line as a strip', () => {
    expect(pictureDims(400)).toEqual({ width: 20, height: 20 });
    expect(pictureDims(30)).toEqual({ width: 30, height: 1 });
  });
});

describe('fillPicturePixels', () => {
  it('colours negative orange, zero near-white and positive blue, opaque', () => {
    const out = new Uint8ClampedArray(16);
    fillPicturePixels(source([-1, 0, 1, Number.NaN], 'tanh'), { center: 0, halfRange: 1 }, out);
    expect([...out.slice(0, 3)]).toEqual(binaryColor(0));
    expect([...out.slice(8, 11)]).toEqual(binaryColor(1));
    const mid = binaryColor(0.5);
    out.slice(4, 7).forEach((c, i) => expect(Math.abs(c - mid[i]!)).toBeLessThanOrEqual(3));
    expect([...out.slice(12, 15)]).toEqual([160, 160, 160]);
    expect(out[3]).toBe(255);
    expect(out[15]).toBe(255);
  });

  it('clamps values beyond the scale', () => {
    const out = new Uint8ClampedArray(4);
    fillPicturePixels(source([50], 'tanh'), { center: 0, halfRange: 1 }, out);
    expect([...out.slice(0, 3)]).toEqual(binaryColor(1));
  });
});

describe('neuronPictures', () => {
  const grid: GridValues = {
    res: 2,
    // 4 pixels × 2 outputs, pixel-major.
    output: Float32Array.from([0, 1, 2, 3, 4, 5, 6, 7]),
    outputs: 2,
    neuronCount: 2,
    neurons: Float32Array.from([10, 11, 12, 13, 20, 21, 22, 23]),
    features: Float32Array.from([-1, -2, -3, -4]),
  };

  it('finds each hidden neuron, input and output picture where the grid holds it', () => {
    const nodes = [
      node('input', 0),
      node('hidden', 0),
      node('hidden', 1),
      node('output', 1, 'softmax'),
    ];
    const pics = neuronPictures(nodes, grid);
    const read = (i: number) => {
      const s = pics[i]!.source;
      return Array.from({ length: s.count }, (_, k) => s.values[s.start + k * s.stride]);
    };
    expect(pics).toHaveLength(4);
    expect(read(0)).toEqual([-1, -2, -3, -4]);
    expect(read(2)).toEqual([20, 21, 22, 23]);
    expect(read(3)).toEqual([1, 3, 5, 7]);
    expect(pics[3]!.source.activation).toBe('softmax');
  });

  it('prefers the given input pictures and skips neurons without data', () => {
    const only = { ...grid, neurons: undefined, features: undefined };
    const own = Float32Array.from([7, 7, 7, 7]);
    const pics = neuronPictures([node('input', 0), node('hidden', 0)], only, own);
    expect(pics).toHaveLength(1);
    expect(pics[0]!.source.values).toBe(own);
    expect(neuronPictures([node('input', 0)], undefined)).toEqual([]);
  });
});
