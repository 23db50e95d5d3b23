import { describe, expect, it } from 'vitest';
import { DATASET_NAMES } from './dataset';
import type { Dataset, DatasetName } from './dataset';
import { DATASET_INFO, generateDataset } from './datasets';
import { classesOf, problemOf } from './problemHeads';
import { EngineError } from './errors';

const CLASSIFICATION = DATASET_NAMES.filter((n) => DATASET_INFO[n].problem !== 'regression');
const GENERATED = DATASET_NAMES.filter((n) => n !== 'studyHours');

function minCrossClassDistance(d: Dataset): number {
  let best = Infinity;
  for (let i = 0; i < d.n; i++) {
    for (let j = i + 1; j < d.n; j++) {
      if (d.y[i] === d.y[j]) continue;
      const dx = d.x[2 * i]! - d.x[2 * j]!;
      const dy = d.x[2 * i + 1]! - d.x[2 * j + 1]!;
      best = Math.min(best, Math.hypot(dx, dy));
    }
  }
  return best;
}

describe('generateDataset', () => {
  it.each(GENERATED)('%s has the shape its info promises', (name) => {
    const d = generateDataset(name, { n: 300, noise: 0.3, seed: 5 });
    const info = DATASET_INFO[name];
    expect(d.n).toBe(300);
    expect(d.dims).toBe(info.dims);
    expect(d.x.length).toBe(300 * info.dims);
    expect(d.y.length).toBe(300);
    expect(d.problem).toBe(info.problem);
    expect(d.classes).toBe(info.classes);
    expect(d.inputNames).toHaveLength(info.dims);
    expect(d.domain).toHaveLength(info.dims);
    for (let i = 0; i < d.x.length; i++) {
      const [lo, hi] = d.domain[i % d.dims]!;
      expect(d.x[i]).toBeGreaterThanOrEqual(lo);
      expect(d.x[i]).toBeLessThanOrEqual(hi);
    }
    expect(d.y.every(Number.isFinite)).toBe(true);
    if (info.problem === 'regression') expect(d.targetDomain).toBeDefined();
  });

  it.each(CLASSIFICATION)('%s has integer labels in range and balanced classes', (name) => {
    const d = generateDataset(name, { n: 301, noise: 0.5, seed: 9 });
    const counts = new Array<number>(d.classes).fill(0);
    for (const label of d.y) {
      expect(Number.isInteger(label)).toBe(true);
      expect(label).toBeGreaterThanOrEqual(0);
      expect(label).toBeLessThan(d.classes);
      counts[label]!++;
    }
    for (const c of counts) expect(Math.abs(c - 301 / d.classes)).toBeLessThanOrEqual(1);
  });

  it.each(CLASSIFICATION)('%s is separable without noise and overlaps with full noise', (name) => {
    const clean = generateDataset(name, { n: 400, noise: 0, seed: 3 });
    const noisy = generateDataset(name, { n: 400, noise: 1, seed: 3 });
    expect(minCrossClassDistance(clean)).toBeGreaterThan(0.2);
    expect(minCrossClassDistance(noisy)).toBeLessThan(minCrossClassDistance(clean));
  });

  it.each(GENERATED)('%s is deterministic per seed', (name) => {
    const a = generateDataset(name, { n: 50, noise: 0.2, seed: 42 });
    const b = generateDataset(name, { n: 50, noise: 0.2, seed: 42 });
    const c = generateDataset(name, { n: 50, noise: 0.2, seed: 43 });
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    expect(Array.from(a.y)).toEqual(Array.from(b.y));
    expect(Array.from(a.x)).not.toEqual(Array.from(c.x));
  });

  it.each(GENERATED)('%s changes with noise but keeps its clean shape at noise 0', (name) => {
    const clean = generateDataset(name, { n: 80, noise: 0, seed: 1 });
    const noisy = generateDataset(name, { n: 80, noise: 0.5, seed: 1 });
    const all = [...clean.x, ...clean.y];
    expect(all).not.toEqual([...noisy.x, ...noisy.y]);
    if (clean.problem !== 'regression') {
      expect(Array.from(noisy.y)).toEqual(Array.from(clean.y));
    } else {
      expect(Array.from(noisy.x)).toEqual(Array.from(clean.x));
    }
  });

  it('places clean points where each shape says', () => {
    const circle = generateDataset('circle', { n: 200, noise: 0, seed: 2 });
    const xor = generateDataset('xor', { n: 200, noise: 0, seed: 2 });
    const gauss = generateDataset('gaussian', { n: 200, noise: 0, seed: 2 });
    for (let i = 0; i < 200; i++) {
      const r = Math.hypot(circle.x[2 * i]!, circle.x[2 * i + 1]!);
      if (circle.y[i] === 1) expect(r).toBeLessThanOrEqual(2.5);
      else expect(r).toBeGreaterThanOrEqual(3.5);
      const [a, b] = [xor.x[2 * i]!, xor.x[2 * i + 1]!];
      expect(Math.min(Math.abs(a), Math.abs(b))).toBeGreaterThanOrEqual(0.3);
      expect(xor.y[i]).toBe(a * b > 0 ? 1 : 0);
      expect(gauss.y[i]).toBe(gauss.x[2 * i]! + gauss.x[2 * i + 1]! > 0 ? 1 : 0);
    }
  });

  it('makes regression targets follow their formulas at noise 0', () => {
    const plane = generateDataset('plane', { n: 50, noise: 0, seed: 4 });
    const sine = generateDataset('sine', { n: 50, noise: 0, seed: 4 });
    for (let i = 0; i < 50; i++) {
      expect(plane.y[i]).toBeCloseTo(0.6 * plane.x[2 * i]! - 0.4 * plane.x[2 * i + 1]!, 12);
      expect(sine.y[i]).toBeCloseTo(Math.sin(sine.x[i]!), 12);
    }
  });

  it('gives house prices in thousands of euros proportional to floor area', () => {
    const clean = generateDataset('housePrices', { n: 200, noise: 0, seed: 8 });
    expect(clean.inputNames).toEqual(['floor area (m²)']);
    for (let i = 0; i < 200; i++) {
      expect(clean.x[i]).toBeGreaterThanOrEqual(30);
      expect(clean.x[i]).toBeLessThanOrEqual(250);
      expect(clean.y[i]! / clean.x[i]!).toBeCloseTo(3.2, 10);
    }
    const noisy = generateDataset('housePrices', { n: 200, noise: 1, seed: 8 });
    const ratios = Array.from(noisy.y, (p, i) => p / noisy.x[i]!);
    const spread = Math.max(...ratios) - Math.min(...ratios);
    expect(spread).toBeGreaterThan(1);
  });

  it('returns the lecture study-hours table exactly, ignoring n and noise', () => {
    const d = generateDataset('studyHours', { n: 500, noise: 1, seed: 77 });
    expect(d.n).toBe(8);
    expect(d.dims).toBe(3);
    expect(d.inputNames).toEqual(['study hours', 'sleep hours', 'quiz (%)']);
    const rows = Array.from({ length: 8 }, (_, i) => [...d.x.slice(3 * i, 3 * i + 3), d.y[i]]);
    expect(rows).toEqual([
      [12, 6, 78, 93],
      [22, 6.5, 24, 68],
      [115, 4, 100, 95],
      [31, 9, 67, 75],
      [0, 10, 58, 51],
      [5, 8, 78, 60],
      [92, 6, 82, 89],
      [57, 8, 91, 97],
    ]);
    expect(DATASET_INFO.studyHours.fixedSize).toBe(8);
  });

  it.each([
    ['n', { n: 0, noise: 0, seed: 1 }],
    ['n', { n: 20001, noise: 0, seed: 1 }],
    ['n', { n: 2.5, noise: 0, seed: 1 }],
    ['noise', { n: 10, noise: -0.1, seed: 1 }],
    ['noise', { n: 10, noise: 1.5, seed: 1 }],
    ['noise', { n: 10, noise: NaN, seed: 1 }],
    ['seed', { n: 10, noise: 0, seed: Infinity }],
  ])('rejects a bad %s with an EngineError naming it', (field, opts) => {
    expect(() => generateDataset('circle', opts)).toThrow(EngineError);
    expect(() => generateDataset('circle', opts)).toThrow(new RegExp(`^${field}:`));
  });

  it('rejects an unknown data set name', () => {
    const bad = 'triangle' as DatasetName;
    expect(() => generateDataset(bad, { n: 10, noise: 0, seed: 1 })).toThrow(/^dataset:/);
    expect(() => problemOf(bad)).toThrow(EngineError);
  });

  it('reports problem type and class count per name', () => {
    expect(problemOf('spiral')).toBe('binary');
    expect(problemOf('spiral3')).toBe('multiclass');
    expect(problemOf('bumps')).toBe('regression');
    expect(classesOf('blobs3')).toBe(3);
    expect(classesOf('moons')).toBe(2);
    expect(classesOf('sine')).toBe(0);
  });
});
