import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './configFields';
import { BN_EPSILON, BN_MOMENTUM } from './network';
import { probeLayerStatistics } from './layerStatistics';
import { TrainingSession } from './session';
import type { TrainingConfig } from './trainingConfig';

const BN: TrainingConfig = {
  ...DEFAULT_CONFIG,
  hidden: [5, 4, 3],
  activations: ['tanh', 'sigmoid', 'relu'],
  batchNorm: true,
  batchSize: 16,
  learningRate: 0.1,
};

/**
 * An independent forward pass written from the formulas, not the engine's loops: per layer
 * z = W·a + b, then with batch norm μ = mean z, σ² = mean (z − μ)², ẑ = (z − μ)/√(σ² + ε),
 * y = γ·ẑ + β, and a = f(y). Returns every layer's z, ẑ, y and a for the given data rows.
 */
function referenceForward(s: TrainingSession, positions: ArrayLike<number>) {
  const plan = s.net.plan;
  const p = s.net.params;
  const f: Record<string, (v: number) => number> = {
    tanh: Math.tanh,
    sigmoid: (v) => 1 / (1 + Math.exp(-v)),
    relu: (v) => Math.max(0, v),
  };
  let a: number[][] = Array.from(positions, (row) =>
    Array.from({ length: plan.inputs }, (_, j) => s.data.train.x[row * plan.inputs + j]!),
  );
  const out: { z: number[][]; xhat: number[][]; y: number[][]; a: number[][] }[] = [];
  for (const l of plan.layers.slice(0, -1)) {
    const z = a.map((ex) =>
      Array.from({ length: l.rows }, (_, r) => {
        let sum = p[l.bOffset + r]!;
        ex.forEach((v, j) => (sum += p[l.wOffset + r * l.fanIn + j]! * v));
        return sum;
      }),
    );
    const B = z.length;
    const mu = Array.from({ length: l.rows }, (_, r) => z.reduce((t, ex) => t + ex[r]!, 0) / B);
    const v = mu.map((m, r) => z.reduce((t, ex) => t + (ex[r]! - m) ** 2, 0) / B);
    const xhat = z.map((ex) => ex.map((zr, r) => (zr - mu[r]!) / Math.sqrt(v[r]! + BN_EPSILON)));
    const y = l.batchNorm
      ? xhat.map((ex) => ex.map((x, r) => p[l.gammaOffset + r]! * x + p[l.betaOffset + r]!))
      : z;
    a = y.map((ex) => ex.map((v) => f[l.act]!(v)));
    out.push({ z, xhat, y, a });
  }
  return out;
}

const column = (m: Float64Array, rows: number, r: number) =>
  Array.from({ length: m.length / rows }, (_, i) => m[i * rows + r]!);
const mean = (xs: number[]) => xs.reduce((t, v) => t + v, 0) / xs.length;
const sd = (xs: number[]) => Math.sqrt(mean(xs.map((v) => (v - mean(xs)) ** 2)));

describe('probeLayerStatistics', () => {
  it('matches an independent forward pass over the next mini-batch, layer by layer, with batch norm', () => {
    const s = new TrainingSession(BN);
    for (let k = 0; k < 37; k++) s.stepBatch();
    const rows = s.nextBatchRows().slice();
    const ref = referenceForward(s, rows);
    for (let layer = 0; layer < 3; layer++) {
      const st = probeLayerStatistics(s, layer);
      const r = ref[layer]!;
      expect(st.batchNorm).toBe(true);
      expect(st.step).toBe(s.step + 1);
      expect(Array.from(st.dataRows)).toEqual(Array.from(rows, (p) => s.data.train.rows[p]!));
      expect(st.z.length).toBe(16 * st.rows);
      st.z.forEach((v, k) => expect(v).toBeCloseTo(r.z.flat()[k]!, 12));
      st.normalised.forEach((v, k) => expect(v).toBeCloseTo(r.xhat.flat()[k]!, 10));
      st.scaled.forEach((v, k) => expect(v).toBeCloseTo(r.y.flat()[k]!, 10));
      st.activations.forEach((v, k) => expect(v).toBeCloseTo(r.a.flat()[k]!, 10));
      const l = s.net.plan.layers[layer]!;
      for (let u = 0; u < st.rows; u++) {
        const zs = r.z.map((ex) => ex[u]!);
        expect(st.mean[u]).toBeCloseTo(mean(zs), 12);
        expect(st.variance[u]).toBeCloseTo(sd(zs) ** 2, 12);
        // After normalising, y's batch mean is β and its spread |γ|·σ/√(σ²+ε) (≈ |γ|).
        const gamma = s.net.params[l.gammaOffset + u]!;
        const beta = s.net.params[l.betaOffset + u]!;
        expect(st.gamma[u]).toBe(gamma);
        expect(st.beta[u]).toBe(beta);
        expect(st.scaledMean[u]).toBeCloseTo(beta, 10);
        const v = sd(zs) ** 2;
        expect(st.scaledSd[u]).toBeCloseTo(
          (Math.abs(gamma) * Math.sqrt(v)) / Math.sqrt(v + BN_EPSILON),
          10,
        );
        expect(st.runningMean[u]).toBe(s.net.buffers[layer]!.runMean[u]);
        expect(st.runningVariance[u]).toBe(s.net.buffers[layer]!.runVar[u]);
      }
    }
  });

  it('is the batch the next step trains on: its statistics are what that step folds into the running averages', () => {
    const s = new TrainingSession({ ...BN, dropout: 0.3 });
    for (let k = 0; k < 23; k++) s.stepBatch();
    const before = probeLayerStatistics(s, 1);
    const runMean = before.runningMean.slice();
    const runVar = before.runningVariance.slice();
    let used: Float64Array | null = null;
    s.onBatch = (rows) => (used = s.net.buffers[1]!.z.slice(0, rows.length * 4));
    s.stepBatch();
    // Bit for bit the sums the step computed (dropout masks before the layer included).
    expect(Array.from(used!)).toEqual(Array.from(before.z));
    const after = s.net.buffers[1]!;
    for (let u = 0; u < 4; u++) {
      expect(after.runMean[u]).toBeCloseTo(
        BN_MOMENTUM * runMean[u]! + (1 - BN_MOMENTUM) * before.mean[u]!,
        14,
      );
      expect(after.runVar[u]).toBeCloseTo(
        BN_MOMENTUM * runVar[u]! + (1 - BN_MOMENTUM) * before.variance[u]!,
        14,
      );
    }
  });

  it('leaves the run untouched: probing between steps gives the same run bit for bit', () => {
    const a = new TrainingSession(BN);
    const b = new TrainingSession(BN);
    for (let k = 0; k < 30; k++) {
      probeLayerStatistics(a, k % 3);
      a.stepBatch();
      b.stepBatch();
    }
    expect(Array.from(a.net.params)).toEqual(Array.from(b.net.params));
    expect(Array.from(a.net.buffers[0]!.runVar)).toEqual(Array.from(b.net.buffers[0]!.runVar));
  });

  it('without batch norm shows z and a, and counts the saturated tanh and sigmoid activations', () => {
    const s = new TrainingSession({ ...BN, batchNorm: false, initScale: 4, init: 'uniform' });
    const rows = s.nextBatchRows().slice();
    const ref = referenceForward(s, rows);
    const st = probeLayerStatistics(s, 0);
    expect(st.batchNorm).toBe(false);
    expect(st.gamma.length + st.scaled.length + st.runningMean.length).toBe(0);
    const a = ref[0]!.a.flat();
    const saturated = a.filter((v) => Math.abs(v) >= 0.99).length;
    expect(saturated).toBeGreaterThan(0);
    expect(st.saturation!.rule).toBe('within 0.01 of −1 or 1');
    expect(st.saturation!.layerShare).toBeCloseTo(saturated / a.length, 12);
    for (let u = 0; u < 5; u++) {
      const col = column(st.activations, 5, u);
      expect(st.activationMean[u]).toBeCloseTo(mean(ref[0]!.a.map((ex) => ex[u]!)), 12);
      expect(st.activationSd[u]).toBeCloseTo(sd(ref[0]!.a.map((ex) => ex[u]!)), 12);
      expect(st.saturation!.unitShare[u]).toBeCloseTo(
        col.filter((v) => Math.abs(v) >= 0.99).length / col.length,
        12,
      );
    }
    const sig = probeLayerStatistics(s, 1);
    expect(sig.saturation!.rule).toBe('within 0.01 of 0 or 1');
    const relu = probeLayerStatistics(s, 2);
    expect(relu.saturation!.rule).toMatch(/^at 0/);
    expect(relu.saturation!.layerShare).toBeCloseTo(
      ref[2]!.a.flat().filter((v) => v === 0).length / (3 * 16),
      12,
    );
  });

  it('refuses a layer the network does not have as a hidden layer', () => {
    const s = new TrainingSession(BN);
    expect(() => probeLayerStatistics(s, 3)).toThrow(/no hidden layer 4/);
    expect(() => probeLayerStatistics(s, -1)).toThrow(RangeError);
  });

  it('with full-batch descent uses the whole training set and says so', () => {
    const s = new TrainingSession({ ...BN, batchSize: 2000 });
    const st = probeLayerStatistics(s, 0);
    expect(st.wholeTrainingSet).toBe(true);
    expect(st.dataRows.length).toBe(s.data.train.n);
  });
});
