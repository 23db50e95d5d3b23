import type { Network } from './network';
import { rngFromState } from './rng';
import type { TrainingSession } from './session';

/**
 * Everything a training session needs to go on exactly as it would have from one moment:
 * weights, optimiser moments and update count, batch-norm running statistics, counters, the
 * shuffle/dropout generator and where in the epoch's example order it stands. Kept in one
 * Float64Array (`values`, laid out as `layout` says) so a rewind history can count its bytes.
 *
 * At an epoch boundary (`cursor` 0) the example order is not stored: it is the shuffle of
 * `rngState`, redone on apply. Mid-epoch (a paused step-by-step run) `order` holds it.
 */
export interface SessionState {
  epoch: number;
  step: number;
  /** Adam's update count. */
  t: number;
  /** The generator's state before this epoch's shuffle (cursor 0), or its state now. */
  rngState: number;
  cursor: number;
  /** The example order, only when cursor > 0. */
  order: Uint32Array | null;
  bestEpoch: number;
  bestValidation: number;
  /** params | m (if any is non-zero) | s (if any) | runMean, runVar per batch-norm layer | best. */
  values: Float64Array;
  layout: { m: boolean; s: boolean; best: boolean };
}

/** Bytes one state holds (its arrays, plus a small allowance for the object itself). */
export function stateBytes(x: SessionState): number {
  return x.values.byteLength + (x.order?.byteLength ?? 0) + 160;
}

function anyNonZero(a: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== 0) return true;
  return false;
}

/**
 * The session's state now. Optimiser moments that are all zero (plain SGD) are left out, and the
 * early-stopping best weights are kept only while early stopping is on.
 */
export function captureState(s: TrainingSession): SessionState {
  const net = s.net;
  const opt = s.optimizer;
  const P = net.params.length;
  const layout = {
    m: anyNonZero(opt.m),
    s: anyNonZero(opt.s),
    best: s.config.patience > 0 && s.data.validation.n > 0,
  };
  let size = P * (1 + (layout.m ? 1 : 0) + (layout.s ? 1 : 0) + (layout.best ? 1 : 0));
  for (const b of net.buffers) size += b.runMean.length * 2;
  const values = new Float64Array(size);
  let at = 0;
  const put = (a: Float64Array) => {
    values.set(a, at);
    at += a.length;
  };
  put(net.params);
  if (layout.m) put(opt.m);
  if (layout.s) put(opt.s);
  for (const b of net.buffers) {
    put(b.runMean);
    put(b.runVar);
  }
  if (layout.best) put(s.bestParams);
  const boundary = s.cursor === 0;
  return {
    epoch: s.epoch,
    step: s.step,
    t: opt.t,
    rngState: boundary ? s.epochRngState : s.rng.state,
    cursor: s.cursor,
    order: boundary ? null : s.order.slice(),
    bestEpoch: s.bestEpoch,
    bestValidation: s.bestValidation,
    values,
    layout,
  };
}

/**
 * True when `x` was captured from a session of this shape (same parameter count, same
 * batch-norm layers, same training-set size).
 */
export function stateFits(x: SessionState, s: TrainingSession): boolean {
  const P = s.net.params.length;
  const { layout } = x;
  let size = P * (1 + (layout.m ? 1 : 0) + (layout.s ? 1 : 0) + (layout.best ? 1 : 0));
  for (const b of s.net.buffers) size += b.runMean.length * 2;
  return (
    x.values.length === size &&
    x.cursor >= 0 &&
    x.cursor <= s.order.length &&
    (x.order === null ? x.cursor === 0 : x.order.length === s.order.length)
  );
}

/**
 * Put the session back into state `x` (checked with stateFits): afterwards it trains on exactly
 * as it did from there, bit for bit. The history is left alone; evaluations are redone.
 */
export function applyState(s: TrainingSession, x: SessionState): void {
  const net = s.net;
  const opt = s.optimizer;
  const P = net.params.length;
  let at = 0;
  const take = (into: Float64Array) => {
    into.set(x.values.subarray(at, at + into.length));
    at += into.length;
  };
  take(net.params);
  if (x.layout.m) take(opt.m);
  else opt.m.fill(0);
  if (x.layout.s) take(opt.s);
  else opt.s.fill(0);
  for (const b of net.buffers) {
    take(b.runMean);
    take(b.runVar);
  }
  if (x.layout.best) take(s.bestParams);
  else s.bestParams.set(x.values.subarray(0, P));
  opt.t = x.t;
  s.epoch = x.epoch;
  s.step = x.step;
  s.bestEpoch = x.bestEpoch;
  s.bestValidation = x.bestValidation;
  s.rng = rngFromState(x.rngState);
  if (x.order === null) s.startEpoch();
  else {
    s.order.set(x.order);
    s.cursor = x.cursor;
  }
  s.status = 'paused';
  s.divergence = null;
  s.doneReason = '';
  s.evaluateAll();
}

/**
 * Load what an evaluation-mode forward pass of state `x` reads (the parameters and each layer's
 * batch-norm running statistics) into `net`, a network of the state's shape that is not the
 * session's: its pictures then are the ones the session would draw after applyState(x).
 */
export function weightsInto(x: SessionState, net: Network): void {
  const P = net.params.length;
  net.params.set(x.values.subarray(0, P));
  let at = P * (1 + (x.layout.m ? 1 : 0) + (x.layout.s ? 1 : 0));
  for (const b of net.buffers) {
    b.runMean.set(x.values.subarray(at, at + b.runMean.length));
    at += b.runMean.length;
    b.runVar.set(x.values.subarray(at, at + b.runVar.length));
    at += b.runVar.length;
  }
}

/**
 * Drop the session's history after `epoch` (a new branch starts there); the page is sent the
 * rest afresh with the next snapshot.
 */
export function cutHistoryAfter(s: TrainingSession, epoch: number): void {
  const e = s.history.epoch;
  let n = e.length;
  while (n > 0 && e.at(n - 1) > epoch) n--;
  s.history.truncate(n);
  // The branch is judged from where it starts, not by the epochs cut away.
  s.lookForTroubleAfresh();
}
