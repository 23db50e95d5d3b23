/**
 * Engine throughput, printed as a table (run with `npm run bench`; never a timed test).
 *
 * (a) 2 → 4 → 2 → 1, tanh, batch 10, 250 examples (the classic playground default)
 * (b) 7 → 8 ×6 → 1, tanh, batch 10, 250 examples (every feature, six hidden layers)
 *
 * For each: training examples per second of the engine, of a minimal hand-written
 * Float64Array loop doing the same arithmetic (the yardstick), their ratio, and full
 * 100 × 100 input-grid evaluations per second (output and every neuron). Then the rewind
 * figures (bench/rewind.bench.ts).
 */
import { createModel } from '../app/engine/model';
import { createRng, shuffleInPlace } from '../app/engine/rng';
import { Optimizer } from '../app/engine/optimizers';

interface Case {
  name: string;
  sizes: number[];
}

const CASES: Case[] = [
  { name: '(a) 2-4-2-1', sizes: [2, 4, 2, 1] },
  { name: '(b) 7-8x6-1', sizes: [7, 8, 8, 8, 8, 8, 8, 1] },
];
const N = 250;
const BATCH = 10;
const LR = 0.03;

function makeData(d: number, seed: number) {
  const rng = createRng(seed);
  const x = new Float64Array(N * d);
  const y = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) {
      const v = rng.normal();
      x[i * d + j] = v;
      s += v * (j % 2 ? 1 : -1);
    }
    y[i] = s > 0 ? 1 : -1;
  }
  return { x, y };
}

/** Seconds per call of fn, measured over at least `minMs` after a warm-up. */
function measure(fn: () => void, minMs = 1500): number {
  for (let i = 0; i < 3; i++) fn();
  let runs = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < minMs) {
    fn();
    runs++;
    t = performance.now();
  }
  return (t - t0) / 1000 / runs;
}

/** The yardstick: per-layer weight arrays, tanh inlined, one example at a time. */
function yardstick(sizes: number[], x: Float64Array, y: Float64Array) {
  const L = sizes.length - 1;
  const rng = createRng(1);
  const W = sizes
    .slice(1)
    .map((n, l) => Float64Array.from({ length: n * sizes[l]! }, () => rng.normal() * 0.5));
  const b = sizes.slice(1).map((n) => new Float64Array(n));
  const gW = W.map((w) => new Float64Array(w.length));
  const gb = b.map((v) => new Float64Array(v.length));
  const a = sizes.map((n) => new Float64Array(n));
  const delta = sizes.map((n) => new Float64Array(n));
  const order = new Uint32Array(N).map((_, i) => i);
  const d0 = sizes[0]!;
  return () => {
    shuffleInPlace(order, rng);
    for (let s = 0; s < N; s += BATCH) {
      for (let l = 0; l < L; l++) {
        gW[l]!.fill(0);
        gb[l]!.fill(0);
      }
      for (let e = s; e < s + BATCH; e++) {
        const row = order[e]!;
        const a0 = a[0]!;
        for (let j = 0; j < d0; j++) a0[j] = x[row * d0 + j]!;
        for (let l = 0; l < L; l++) {
          const inp = a[l]!;
          const out = a[l + 1]!;
          const w = W[l]!;
          const bias = b[l]!;
          const fi = sizes[l]!;
          for (let r = 0; r < out.length; r++) {
            let z = bias[r]!;
            for (let j = 0; j < fi; j++) z += w[r * fi + j]! * inp[j]!;
            out[r] = Math.tanh(z);
          }
        }
        const o = a[L]![0]!;
        delta[L]![0] = ((o - y[row]!) * (1 - o * o)) / BATCH;
        for (let l = L - 1; l >= 0; l--) {
          const inp = a[l]!;
          const dOut = delta[l + 1]!;
          const dIn = delta[l]!;
          const w = W[l]!;
          const g = gW[l]!;
          const gbl = gb[l]!;
          const fi = sizes[l]!;
          dIn.fill(0);
          for (let r = 0; r < dOut.length; r++) {
            const d = dOut[r]!;
            gbl[r] = gbl[r]! + d;
            for (let j = 0; j < fi; j++) g[r * fi + j] = g[r * fi + j]! + d * inp[j]!;
            // The input layer needs no delta.
            if (l > 0) for (let j = 0; j < fi; j++) dIn[j] = dIn[j]! + d * w[r * fi + j]!;
          }
          if (l > 0) for (let j = 0; j < fi; j++) dIn[j] = dIn[j]! * (1 - inp[j]! * inp[j]!);
        }
      }
      for (let l = 0; l < L; l++) {
        const w = W[l]!;
        const g = gW[l]!;
        for (let i = 0; i < w.length; i++) w[i] = w[i]! - LR * g[i]!;
        const bias = b[l]!;
        const g2 = gb[l]!;
        for (let i = 0; i < bias.length; i++) bias[i] = bias[i]! - LR * g2[i]!;
      }
    }
  };
}

/** The engine: the same network through Network's batched forward/backward and the SGD optimiser. */
function engine(sizes: number[], x: Float64Array, y: Float64Array) {
  const model = createModel({
    inputs: sizes[0]!,
    layers: sizes.slice(1).map((units) => ({ units, activation: 'tanh' })),
    loss: 'mse',
    init: 'xavier',
    seed: 1,
  });
  const net = model.network;
  const opt = new Optimizer(net.params.length, { name: 'sgd' });
  const rng = createRng(1);
  const order = new Uint32Array(N).map((_, i) => i);
  return () => {
    shuffleInPlace(order, rng);
    for (let s = 0; s < N; s += BATCH) {
      net.loadInputs(x, order, s, BATCH);
      net.forwardHidden({ training: true, rng });
      net.lossOnBatch(y, order, s, true);
      opt.step(net.params, net.grad, LR);
    }
  };
}

/** Evaluate the output and every neuron over a 100 × 100 grid, in chunks like the worker. */
function gridEval(sizes: number[]) {
  const model = createModel({
    inputs: sizes[0]!,
    layers: sizes.slice(1).map((units) => ({ units, activation: 'tanh' })),
    loss: 'mse',
    seed: 1,
  });
  const net = model.network;
  const d = sizes[0]!;
  const res = 100;
  const grid = new Float64Array(res * res * d);
  for (let i = 0; i < res * res; i++)
    for (let j = 0; j < d; j++) grid[i * d + j] = ((i % res) / res) * 12 - 6 + j;
  const neurons = sizes.slice(1).reduce((s, n) => s + n, 0);
  const out = new Float32Array(res * res * neurons);
  const chunk = 256;
  return () => {
    for (let s = 0; s < res * res; s += chunk) {
      const c = Math.min(chunk, res * res - s);
      net.loadInputs(grid, null, s, c);
      net.forwardHidden({ training: false });
      net.outputsOnBatch();
      let col = 0;
      for (let l = 0; l < net.buffers.length; l++) {
        const h = net.buffers[l]!.h;
        const u = sizes[l + 1]!;
        for (let k = 0; k < u; k++) {
          const base = (col + k) * res * res + s;
          for (let i = 0; i < c; i++) out[base + i] = h[i * u + k]!;
        }
        col += u;
      }
    }
  };
}

const rows: string[][] = [];
for (const c of CASES) {
  const { x, y } = makeData(c.sizes[0]!, 7);
  const tYard = measure(yardstick(c.sizes, x, y));
  const tEng = measure(engine(c.sizes, x, y));
  const tGrid = measure(gridEval(c.sizes), 1000);
  rows.push([
    c.name,
    fmt(N / tEng),
    fmt(1 / tEng),
    fmt(N / tYard),
    (tEng / tYard).toFixed(2) + '×',
    fmt(1 / tGrid),
  ]);
}

const head = [
  'network',
  'engine ex/s',
  'engine epochs/s',
  'yardstick ex/s',
  'engine time ÷ yardstick',
  'grid 100² evals/s',
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => '| ' + r.map((v, i) => v.padStart(widths[i]!)).join(' | ') + ' |';
console.log(line(head));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const r of rows) console.log(line(r));
console.log(
  '\nTarget: engine time ÷ yardstick ≤ 1.30. Reference on this kind of machine: the classic',
);
console.log('TensorFlow Playground engine ≈ 2,500 epochs/s on (a) and ≈ 250 on (b).');

// Rewind: snapshot memory over 100,000 epochs, recording cost, one scrub position.
await import('./rewind.bench');
// CSV import: rows per second through the user's-data path.
await import('./csv.bench');

function fmt(v: number): string {
  return Math.round(v).toLocaleString('en-US');
}
