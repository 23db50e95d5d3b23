/**
 * Rewind figures, printed as tables (part of `npm run bench`; never a timed test).
 *
 * 1. Memory of the rewind history over 100,000 epochs of the heavy network (spiral, all seven
 *    features, six hidden layers of 8, tanh, Adam so both optimiser moments are kept: the
 *    largest state). The first epochs are trained for real; past them the session's real state
 *    is recorded with the epoch counter moved on, because memory depends on how many states are
 *    kept and their size, not on their values. Reported: states kept, bytes the history counts,
 *    and the ArrayBuffer memory the process holds for them after garbage collection.
 * 2. What recording costs while training: epochs per second with and without it.
 * 3. One scrub position in the worker: restore a kept epoch, re-evaluate, and compute the
 *    output picture (100 × 100) with every neuron's picture (20 × 20).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DEFAULT_CONFIG } from '../app/engine/configFields';
import { RewindHistory, REWIND_BUDGET_BYTES } from '../app/engine/rewindHistory';
import { TrainingSession } from '../app/engine/session';
import { applyState, captureState } from '../app/engine/sessionState';
import type { TrainingConfig } from '../app/engine/trainingConfig';

const HEAVY: TrainingConfig = {
  ...DEFAULT_CONFIG,
  dataset: 'spiral',
  features: ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'],
  hidden: [8, 8, 8, 8, 8, 8],
  activations: ['tanh', 'tanh', 'tanh', 'tanh', 'tanh', 'tanh'],
  optimizer: 'adam',
  learningRate: 0.01,
};
const DEFAULT_NET: TrainingConfig = { ...DEFAULT_CONFIG, dataset: 'spiral' };
const EPOCHS = 100_000;
const TRAINED = 300;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const MB = 1024 * 1024;

function arrayBufferBytes(): number {
  gc();
  gc();
  return process.memoryUsage().arrayBuffers;
}

function memoryTable(): string[][] {
  const s = new TrainingSession(HEAVY);
  const history = new RewindHistory();
  const before = arrayBufferBytes();
  let ms = 0;
  history.add(captureState(s));
  for (let e = 1; e <= EPOCHS; e++) {
    if (e <= TRAINED) s.stepEpoch();
    else s.epoch = e;
    const t0 = performance.now();
    history.add(captureState(s));
    ms += performance.now() - t0;
  }
  const held = arrayBufferBytes() - before;
  const epochs = history.epochs();
  const gaps = epochs.slice(1).map((v, i) => v - epochs[i]!);
  return [
    ['parameters', String(s.net.params.length)],
    ['bytes per kept state', fmt(captureState(s).values.byteLength + 160)],
    ['epochs recorded', fmt(EPOCHS)],
    ['states kept', fmt(history.size)],
    ['every epoch kept over the last', `${fmt(history.dense)} epochs`],
    ['largest gap (oldest history)', `${fmt(Math.max(...gaps))} epochs`],
    ['budget', `${(REWIND_BUDGET_BYTES / MB).toFixed(1)} MB`],
    ['bytes counted by the history', `${(history.byteSize / MB).toFixed(2)} MB`],
    ['ArrayBuffer memory held (after GC)', `${(held / MB).toFixed(2)} MB`],
    ['target', '≤ 32 MB'],
    ['mean record time per epoch', `${((ms * 1000) / EPOCHS).toFixed(1)} µs`],
  ];
}

function epochsPerSecond(cfg: TrainingConfig, record: boolean, seconds = 2): number {
  const s = new TrainingSession(cfg);
  const history = new RewindHistory();
  const t0 = performance.now();
  let epochs = 0;
  while (performance.now() - t0 < seconds * 1000) {
    s.stepEpoch();
    if (record) history.add(captureState(s));
    epochs++;
  }
  return epochs / ((performance.now() - t0) / 1000);
}

function scrubTable(): string[][] {
  const s = new TrainingSession(HEAVY);
  const history = new RewindHistory();
  for (let e = 0; e < 200; e++) {
    s.stepEpoch();
    history.add(captureState(s));
  }
  const epochs = history.epochs();
  let restoreMs = 0;
  let gridMs = 0;
  const n = 60;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    applyState(s, history.nearest(epochs[(i * 37) % epochs.length]!)!);
    const t1 = performance.now();
    s.grid(100, true, 20);
    gridMs += performance.now() - t1;
    restoreMs += t1 - t0;
  }
  const per = (restoreMs + gridMs) / n;
  return [
    ['restore + evaluate', `${(restoreMs / n).toFixed(2)} ms`],
    ['pictures (output 100², 48 neurons 20²)', `${(gridMs / n).toFixed(2)} ms`],
    ['scrub positions/s the worker can serve', (1000 / per).toFixed(0)],
  ];
}

function print(title: string, rows: string[][]): void {
  const w0 = Math.max(...rows.map((r) => r[0]!.length));
  const w1 = Math.max(...rows.map((r) => r[1]!.length));
  console.log(`\n${title}`);
  console.log(`| ${'figure'.padEnd(w0)} | ${'value'.padStart(w1)} |`);
  console.log(`|${'-'.repeat(w0 + 2)}|${'-'.repeat(w1 + 2)}|`);
  for (const [a, b] of rows) console.log(`| ${a!.padEnd(w0)} | ${b!.padStart(w1)} |`);
}

function fmt(v: number): string {
  return v.toLocaleString('en');
}

print('Rewind memory: 100,000 epochs of the heavy network (Adam)', memoryTable());
const rates: string[][] = [];
for (const [name, cfg] of [
  ['default network', DEFAULT_NET],
  ['heavy network', HEAVY],
] as const) {
  const off = epochsPerSecond(cfg, false);
  const on = epochsPerSecond(cfg, true);
  rates.push([
    `${name}: epochs/s without / with recording`,
    `${off.toFixed(0)} / ${on.toFixed(0)}`,
  ]);
}
print('Rewind recording while training', rates);
print('One scrub position in the worker (heavy network)', scrubTable());
