import { gridInputs } from './gridInputs';
import type { Network } from './network';
import type { PreparedData } from './prepareData';
import type { GridValues } from './sessionTypes';

/** Grid inputs depend only on the data and the resolution, so they are built once each. */
const cache = new WeakMap<PreparedData, Map<number, Float64Array>>();

function inputsFor(data: PreparedData, res: number): Float64Array {
  let byRes = cache.get(data);
  if (!byRes) {
    byRes = new Map();
    cache.set(data, byRes);
  }
  let x = byRes.get(res);
  if (!x) {
    x = gridInputs(data, res);
    byRes.set(res, x);
  }
  return x;
}

/** Points on the grid: res·res over a plane, or res along the line of a 1-D data set. */
export function gridPointCount(data: PreparedData, res: number): number {
  return data.dataset.dims === 1 ? res : res * res;
}

/**
 * Evaluate the network (evaluation mode) on a res × res grid over the input plane
 * (a res-point line for 1-D data). With neuronRes > 0 it also records every hidden neuron's
 * activation and every input feature on a neuronRes grid, for the diagram's small pictures.
 */
export function evaluateGrid(
  net: Network,
  data: PreparedData,
  res: number,
  neuronRes: number,
): GridValues {
  const k = net.outputs;
  const points = gridPointCount(data, res);
  const output = new Float32Array(points * k);
  forEachChunk(net, inputsFor(data, res), points, (s, c) => {
    const h = net.outputsOnBatch();
    for (let i = 0; i < c * k; i++) output[s * k + i] = h[i]!;
  });
  const hiddenLayers = net.plan.layers.slice(0, -1);
  const neuronCount = hiddenLayers.reduce((n, l) => n + l.units, 0);
  const grid: GridValues = { res, output, outputs: k, neuronCount };
  if (neuronRes > 0) {
    const np = gridPointCount(data, neuronRes);
    const x = inputsFor(data, neuronRes);
    const neurons = new Float32Array(np * neuronCount);
    forEachChunk(net, x, np, (s, c) => {
      let col = 0;
      hiddenLayers.forEach((l, li) => {
        const h = net.buffers[li]!.h;
        for (let u = 0; u < l.units; u++) {
          const base = (col + u) * np + s;
          for (let i = 0; i < c; i++) neurons[base + i] = h[i * l.units + u]!;
        }
        col += l.units;
      });
    });
    const w = data.width;
    const features = new Float32Array(np * w);
    for (let f = 0; f < w; f++) for (let i = 0; i < np; i++) features[f * np + i] = x[i * w + f]!;
    grid.neurons = neurons;
    grid.features = features;
  }
  return grid;
}

function forEachChunk(
  net: Network,
  x: Float64Array,
  n: number,
  read: (start: number, count: number) => void,
): void {
  const chunk = 256;
  for (let s = 0; s < n; s += chunk) {
    const c = Math.min(chunk, n - s);
    net.loadInputs(x, null, s, c);
    net.forwardHidden({ training: false });
    net.outputsOnBatch();
    read(s, c);
  }
}
