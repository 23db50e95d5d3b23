import type { Dataset, DatasetName, DatasetOptions } from './dataset';
import { datasetInfo } from './datasetInfo';
import { EngineError } from './errors';
import { createRng } from './rng';
import type { Rng } from './rng';

export { DATASET_INFO, type DatasetInfo } from './datasetInfo';

/** The lecture's table: study hours, sleep hours, quiz %, exam %. */
export const STUDY_HOURS_ROWS: readonly (readonly [number, number, number, number])[] = [
  [12, 6, 78, 93],
  [22, 6.5, 24, 68],
  [115, 4, 100, 95],
  [31, 9, 67, 75],
  [0, 10, 58, 51],
  [5, 8, 78, 60],
  [92, 6, 82, 89],
  [57, 8, 91, 97],
];

/** Half-width of the planar sets' plotting square: every planar set is plotted on [-6, 6]². */
const R = 6;
const PLANE: [number, number][] = [
  [-R, R],
  [-R, R],
];

/**
 * Generate a built-in data set, deterministic for a given `opts.seed`.
 * Each set draws a clean shape, then adds gaussian jitter of standard deviation
 * `noise · scale` (scale per set), so noise 0 is clean and, for classification, separable.
 * The jitter draws happen at every noise level, so changing only the noise moves the same
 * points further from their clean place instead of drawing new ones.
 * Example: `generateDataset('xor', { n: 4, noise: 0, seed: 1 })` → dims 2, x of length 8,
 * y of 4 labels in {0, 1}.
 */
export function generateDataset(name: DatasetName, opts: DatasetOptions): Dataset {
  const info = datasetInfo(name);
  if (!Number.isInteger(opts.n) || opts.n < 1 || opts.n > 20000) {
    throw new EngineError('n', opts.n, 'an integer from 1 to 20000');
  }
  if (!Number.isFinite(opts.noise) || opts.noise < 0 || opts.noise > 1) {
    throw new EngineError('noise', opts.noise, 'a number from 0 to 1');
  }
  if (!Number.isFinite(opts.seed)) {
    throw new EngineError('seed', opts.seed, 'a finite number');
  }
  if (name === 'studyHours') return studyHours();
  if (info.custom) {
    throw new EngineError(
      'dataset',
      name,
      'a generated data set; the user’s own data comes with it',
    );
  }
  const n = opts.n;
  const rng = createRng(opts.seed);
  const x = new Float64Array(n * info.dims);
  const y = new Float64Array(n);
  const base: Dataset = {
    name,
    problem: info.problem,
    dims: info.dims,
    inputNames: info.dims === 2 ? ['x₁', 'x₂'] : ['x'],
    targetName: info.problem === 'regression' ? 'y' : 'class',
    classes: info.classes,
    n,
    x,
    y,
    domain: info.dims === 2 ? PLANE.map((d) => [d[0], d[1]]) : [[-R, R]],
  };
  const noise = opts.noise;
  switch (name) {
    case 'circle':
      return fillPlanar(base, rng, noise * 0.6, (i, out) => {
        // Class 1: disc of radius 2.5; class 0: ring from 3.5 to 5.
        const label = i % 2 === 0 ? 1 : 0;
        const r = label === 1 ? 2.5 * Math.sqrt(rng.next()) : 3.5 + 1.5 * rng.next();
        const t = 2 * Math.PI * rng.next();
        out[0] = r * Math.cos(t);
        out[1] = r * Math.sin(t);
        return label;
      });
    case 'xor':
      return fillPlanar(base, rng, noise * 0.8, (i, out) => {
        // Label 1 where x₁x₂ > 0; a 0.3 margin keeps clean points off the axes.
        const label = i % 2;
        const s1 = rng.next() < 0.5 ? -1 : 1;
        const s2 = label === 1 ? s1 : -s1;
        out[0] = s1 * (0.3 + 4.7 * rng.next());
        out[1] = s2 * (0.3 + 4.7 * rng.next());
        return label;
      });
    case 'gaussian':
      return fillPlanar(base, rng, noise * 1.5, (i, out) => {
        const label = i % 2;
        const c = label === 1 ? 2 : -2;
        out[0] = c + 0.6 * truncatedNormal(rng);
        out[1] = c + 0.6 * truncatedNormal(rng);
        return label;
      });
    case 'spiral':
      return fillPlanar(base, rng, noise * 0.5, (i, out) => spiralArm(i, 2, rng, out));
    case 'moons':
      return fillPlanar(base, rng, noise * 0.8, (i, out) => {
        // The unit moons (cos t, sin t) and (1 − cos t, ½ − sin t), centred and scaled by 3.5.
        const label = i % 2;
        const t = Math.PI * rng.next();
        const u = label === 0 ? Math.cos(t) : 1 - Math.cos(t);
        const v = label === 0 ? Math.sin(t) : 0.5 - Math.sin(t);
        out[0] = 3.5 * (u - 0.5);
        out[1] = 3.5 * (v - 0.25);
        return label;
      });
    case 'blobs3':
      return fillPlanar(base, rng, noise * 1.5, (i, out) => {
        // Centres on a circle of radius 3.5 at 90°, 210° and 330°.
        const label = i % 3;
        const a = Math.PI / 2 + (label * 2 * Math.PI) / 3;
        out[0] = 3.5 * Math.cos(a) + 0.6 * truncatedNormal(rng);
        out[1] = 3.5 * Math.sin(a) + 0.6 * truncatedNormal(rng);
        return label;
      });
    case 'spiral3':
      return fillPlanar(base, rng, noise * 0.35, (i, out) => spiralArm(i, 3, rng, out));
    case 'plane':
      // y = 0.6·x₁ − 0.4·x₂, within ±6 on the plotting square.
      return fillRegression(base, rng, noise * 1.5, [-8, 8], (p) => 0.6 * p[0]! - 0.4 * p[1]!);
    case 'bumps':
      return fillRegression(base, rng, noise * 0.8, [-4, 4], bumpsAt);
    case 'sine':
      return fillRegression(base, rng, noise * 0.4, [-2, 2], (p) => Math.sin(p[0]!));
    case 'housePrices':
      return housePrices(base, rng, noise);
    default:
      return base;
  }
}

/** Standard normal cut at ±2.5, so clean clouds stay clear of each other. */
function truncatedNormal(rng: Rng): number {
  for (;;) {
    const z = rng.normal();
    if (Math.abs(z) <= 2.5) return z;
  }
}

/**
 * Point i of a spiral with `arms` arms, one class per arm: radius grows from 0.3 to 5
 * while the angle turns 1.75 times round, each arm rotated by 2π/arms.
 */
function spiralArm(i: number, arms: number, rng: Rng, out: Float64Array): number {
  const label = i % arms;
  const s = rng.next();
  const r = 0.3 + 4.7 * s;
  const t = 1.75 * 2 * Math.PI * s + (label * 2 * Math.PI) / arms;
  out[0] = r * Math.sin(t);
  out[1] = r * Math.cos(t);
  return label;
}

/** Fill a planar classification set: clean point from `draw`, then jitter, clamped to ±6. */
function fillPlanar(
  d: Dataset,
  rng: Rng,
  sigma: number,
  draw: (i: number, out: Float64Array) => number,
): Dataset {
  const p = new Float64Array(2);
  for (let i = 0; i < d.n; i++) {
    d.y[i] = draw(i, p);
    d.x[2 * i] = clamp(p[0]! + sigma * rng.normal(), -R, R);
    d.x[2 * i + 1] = clamp(p[1]! + sigma * rng.normal(), -R, R);
  }
  return d;
}

/** Fill a regression set with inputs uniform over the domain and jitter on the target. */
function fillRegression(
  d: Dataset,
  rng: Rng,
  sigma: number,
  clean: [number, number],
  f: (p: Float64Array) => number,
): Dataset {
  const p = new Float64Array(d.dims);
  for (let i = 0; i < d.n; i++) {
    for (let j = 0; j < d.dims; j++) {
      const [lo, hi] = d.domain[j]!;
      p[j] = lo + (hi - lo) * rng.next();
      d.x[i * d.dims + j] = p[j]!;
    }
    d.y[i] = f(p) + sigma * rng.normal();
  }
  d.targetDomain = [clean[0] - 2 * sigma, clean[1] + 2 * sigma];
  return d;
}

/** Two hills and two hollows: y = Σ aₖ·exp(−|x − cₖ|² / (2·1.5²)). */
function bumpsAt(p: Float64Array): number {
  const x1 = p[0]!;
  const x2 = p[1]!;
  const bump = (c1: number, c2: number, a: number): number =>
    a * Math.exp(-((x1 - c1) ** 2 + (x2 - c2) ** 2) / 4.5);
  return bump(-3, 2, 3) + bump(2.5, 3, -2.5) + bump(2, -2.5, 3) + bump(-2.5, -3, -2);
}

/**
 * Floor area uniform over 30–250 m² (whole metres); price = 3.2 k€/m² · area, with a
 * multiplicative scatter of standard deviation 25 %·noise, so the trend passes through the
 * origin and a single ReLU neuron fits it.
 */
function housePrices(d: Dataset, rng: Rng, noise: number): Dataset {
  for (let i = 0; i < d.n; i++) {
    const area = Math.round(30 + 220 * rng.next());
    d.x[i] = area;
    d.y[i] = Math.max(10, 3.2 * area * (1 + 0.25 * noise * rng.normal()));
  }
  d.inputNames = ['floor area (m²)'];
  d.targetName = 'price (k€)';
  d.domain = [[0, 260]];
  d.targetDomain = [0, 1000];
  return d;
}

function studyHours(): Dataset {
  const n = STUDY_HOURS_ROWS.length;
  const x = new Float64Array(n * 3);
  const y = new Float64Array(n);
  STUDY_HOURS_ROWS.forEach((row, i) => {
    x[3 * i] = row[0];
    x[3 * i + 1] = row[1];
    x[3 * i + 2] = row[2];
    y[i] = row[3];
  });
  return {
    name: 'studyHours',
    problem: 'regression',
    dims: 3,
    inputNames: ['study hours', 'sleep hours', 'quiz (%)'],
    targetName: 'exam (%)',
    classes: 0,
    n,
    x,
    y,
    domain: [
      [0, 120],
      [0, 12],
      [0, 100],
    ],
    targetDomain: [0, 100],
  };
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
