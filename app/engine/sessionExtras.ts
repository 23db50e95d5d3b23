import type { Network } from './network';
import type { Optimizer } from './optimizers';

/** Training state besides the weights; see TrainingSession.extras(). */
export interface TrainingExtras {
  m: ArrayLike<number>;
  s: ArrayLike<number>;
  t: number;
  runMean: ArrayLike<number>[];
  runVar: ArrayLike<number>[];
}

/** True when every array of `x` has the session's shape and only finite values. */
export function extrasFit(x: TrainingExtras, net: Network): boolean {
  const n = net.params.length;
  const bufs = net.buffers;
  const finite = (a: ArrayLike<number>, len: number) =>
    a.length === len && Array.prototype.every.call(a, (v: number) => Number.isFinite(v));
  return (
    Number.isFinite(x.t) &&
    finite(x.m, n) &&
    finite(x.s, n) &&
    x.runMean.length === bufs.length &&
    x.runVar.length === bufs.length &&
    bufs.every(
      (b, i) => finite(x.runMean[i]!, b.runMean.length) && finite(x.runVar[i]!, b.runVar.length),
    )
  );
}

/** The optimiser's moments and update count, and each layer's batch-norm running statistics. */
export function captureExtras(net: Network, optimizer: Optimizer): TrainingExtras {
  return {
    m: optimizer.m.slice(),
    s: optimizer.s.slice(),
    t: optimizer.t,
    runMean: net.buffers.map((b) => b.runMean.slice()),
    runVar: net.buffers.map((b) => b.runVar.slice()),
  };
}

/** Put saved extras back (the caller has checked them with extrasFit). */
export function applyExtras(net: Network, optimizer: Optimizer, x: TrainingExtras): void {
  optimizer.m.set(x.m);
  optimizer.s.set(x.s);
  optimizer.t = Math.max(0, Math.floor(x.t));
  net.buffers.forEach((b, i) => {
    b.runMean.set(x.runMean[i]!);
    b.runVar.set(x.runVar[i]!);
  });
}
