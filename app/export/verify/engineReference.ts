import { mapFeaturesInto } from '../../engine/features';
import type { PreparedData } from '../../engine/prepareData';
import type { TrainingSession } from '../../engine/session';
import { applyStandardizer } from '../../engine/standardize';

/**
 * The engine's own outputs for raw input rows: the feature map and standardisation of the
 * session's data, then the network in evaluation mode. What exports are compared against.
 */
export function enginePredict(session: TrainingSession, raw: number[][]): number[][] {
  const { data, net } = session;
  const dims = data.dataset.dims;
  const x = new Float64Array(raw.length * data.width);
  raw.forEach((r, i) => mapFeaturesInto(r, 0, dims, data.features, x, i * data.width));
  if (data.standardizer) applyStandardizer(x, data.width, data.standardizer);
  const k = net.outputs;
  const out: number[][] = [];
  for (let s = 0; s < raw.length; s += 256) {
    const c = Math.min(256, raw.length - s);
    net.loadInputs(x, null, s, c);
    net.forwardHidden({ training: false });
    const h = net.outputsOnBatch();
    for (let i = 0; i < c; i++) out.push(Array.from(h.subarray(i * k, i * k + k)));
  }
  return out;
}

/** Training loss after each of `epochs` epochs, continuing the session (it must not stop early). */
export function engineTrajectory(session: TrainingSession, epochs: number): number[] {
  const losses: number[] = [];
  for (let e = 0; e < epochs; e++) {
    session.stepEpoch();
    losses.push(session.train.loss);
  }
  return losses;
}

/**
 * Raw points on a res × res grid over the data set's plotting domain (first two columns;
 * others at their first training row's value), or res points along it for 1-D data.
 */
export function gridPoints(data: PreparedData, res: number): number[][] {
  const { dataset } = data;
  const [x0, x1] = dataset.domain[0]!;
  const at = (lo: number, hi: number, i: number) => lo + ((hi - lo) * i) / (res - 1);
  if (dataset.dims === 1) return Array.from({ length: res }, (_, i) => [at(x0, x1, i)]);
  const [y0, y1] = dataset.domain[1]!;
  const rest = Array.from(dataset.x.subarray(2, dataset.dims));
  const out: number[][] = [];
  for (let r = 0; r < res; r++) {
    for (let c = 0; c < res; c++) out.push([at(x0, x1, c), at(y0, y1, r), ...rest]);
  }
  return out;
}

/** Largest absolute difference between two equally shaped tables (Infinity if shapes differ). */
export function maxDifference(a: ArrayLike<number>[], b: ArrayLike<number>[]): number {
  if (a.length !== b.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.length !== y.length) return Infinity;
    for (let j = 0; j < x.length; j++) {
      const d = Math.abs(x[j]! - y[j]!);
      if (!(d <= worst)) worst = Number.isNaN(d) ? Infinity : d;
    }
  }
  return worst;
}
