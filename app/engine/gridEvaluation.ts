import { gridInputs } from './gridInputs';
import type { Network } from './network';
import type { PreparedData } from './prepareData';
import type { GridValues } from './sessionTypes';

/** Grid inputs depend only on the data, the resolution and the axes, so they are built once each. */
const cache = new WeakMap<PreparedData, Map<string, Float64Array>>();

function inputsFor(data: PreparedData, res: number, axes: [number, number]): Float64Array {
  let byKey = cache.get(data);
  if (!byKey) {
    byKey = new Map();
    cache.set(data, byKey);
  }
  const key = `${res}:${axes[0]},${axes[1]}`;
  let x = byKey.get(key);
  if (!x) {
    x = gridInputs(data, res, axes);
    byKey.set(key, x);
  }
  return x;
}

/**
 * The pair of raw columns a grid spans: `axes` when they are two different columns of the
 * data, otherwise the first two (1-D data ignores them). Example: dims 3, [2, 0] → [2, 0].
 */
export function gridAxes(dims: number, axes?: readonly number[]): [number, number] {
  const [a, b] = axes ?? [];
  const ok = (v: number | undefined): v is number => Number.isInteger(v) && v! >= 0 && v! < dims;
  return dims >= 2 && ok(a) && ok(b) && a !== b ? [a, b] : [0, 1];
}

/** Points on the grid: res·res over a plane, or res along the line of a 1-D data set. */
export function gridPointCount(data: PreparedData, res: number): number {
  return data.dataset.dims === 1 ? res : res * res;
}

/**
 * Evaluate the network (evaluation mode) on a res × res grid over the input plane
 * (a res-point line for 1-D data). With neuronRes > 0 it also records every hidden neuron's
 * activation and every input feature on a neuronRes grid, for the diagram's small pictures.
 * `axes` picks the two raw columns the plane spans (others held at their training mean).
 */
export function evaluateGrid(
  net: Network,
  data: PreparedData,
  res: number,
  neuronRes: number,
  axes?: readonly number[],
): GridValues {
  const pair = gridAxes(data.dataset.dims, axes);
  const k = net.outputs;
  const points = gridPointCount(data, res);
  const output = new Float32Array(points * k);
  forEachChunk(net, inputsFor(data, res, pair), points, (s, c) => {
    const h = net.outputsOnBatch();
    for (let i = 0; i < c * k; i++) output[s * k + i] = h[i]!;
  });
  const hiddenLayers = net.plan.layers.slice(0, -1);
  const neuronCount = hiddenLayers.reduce((n, l) => n + l.units, 0);
  const grid: GridValues = { res, output, outputs: k, neuronCount };
  if (neuronRes > 0) {
    const np = gridPointCount(data, neuronRes);
    const x = inputsFor(data, neuronRes, pair);
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
