import { describe, expect, it } from 'vitest';
import { LOSSES } from '../../engine/losses';
import { sigmoid } from '../../engine/activations';
import { along, headAt } from './classificationLossMath';
import type { ClassificationHead } from './classificationLossMath';

const softmax = (z: number[]) => {
  const e = z.map(Math.exp);
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
};

describe("the classification-loss widget's numbers are the engine's", () => {
  it('sigmoid + BCE from the logit equals the probability form of the loss, and ∂L/∂z = σ(z) − y', () => {
    for (const z of [-6, -2.5, -0.3, 0, 0.7, 3, 6])
      for (const y of [0, 1]) {
        const r = headAt('sigmoid-bce', [z], y);
        expect(r.outputs[0]).toBeCloseTo(sigmoid(z), 12);
        expect(r.loss).toBeCloseTo(LOSSES.bce.f(sigmoid(z), y, 0), 9);
        expect(r.gradient[0]).toBeCloseTo(sigmoid(z) - y, 12);
      }
  });

  it('hinge on a raw score is the engine loss max(0, 1 − y·s) with its slope', () => {
    for (const s of [-3, -1, -0.5, 0, 0.5, 0.99, 1, 2.5])
      for (const y of [-1, 1]) {
        const r = headAt('hinge', [s], y);
        expect(r.outputs[0]).toBe(s);
        expect(r.loss).toBe(LOSSES.hinge.f(s, y, 0));
        expect(r.gradient[0]).toBe(LOSSES.hinge.df(s, y, 0));
      }
  });

  it('softmax + cross-entropy is −log p_c, with ∂L/∂z_k = p_k − [k = c]', () => {
    const z = [2, 1, 0];
    const p = softmax(z);
    for (const c of [0, 1, 2]) {
      const r = headAt('softmax-ce', z, c);
      r.outputs.forEach((v, k) => expect(v).toBeCloseTo(p[k]!, 12));
      expect(r.loss).toBeCloseTo(-Math.log(p[c]!), 12);
      r.gradient.forEach((g, k) => expect(g).toBeCloseTo(p[k]! - (k === c ? 1 : 0), 12));
    }
  });

  it.each<[ClassificationHead, number[], number]>([
    ['sigmoid-bce', [0.8], 1],
    ['sigmoid-bce', [-1.7], 0],
    ['softmax-ce', [0.3, -1.2, 2.1], 0],
    ['softmax-ce', [0.3, -1.2, 2.1], 2],
    ['hinge', [0.4], 1],
    ['hinge', [0.4], -1],
  ])('%s at %j, label %d: every ∂L/∂z matches a central finite difference', (head, z, label) => {
    const h = 1e-6;
    const g = headAt(head, z, label).gradient;
    z.forEach((_, k) => {
      const f = along(head, z, label, k).loss;
      expect(g[k]).toBeCloseTo((f(z[k]! + h) - f(z[k]! - h)) / (2 * h), 6);
    });
  });
});

describe('lessons 4 and 11: what the prose says about these losses', () => {
  it('"for y = 1 it is −log p: small when p is near 1 and huge when the network is confidently wrong"', () => {
    expect(headAt('sigmoid-bce', [4], 1).loss).toBeLessThan(0.02);
    expect(headAt('sigmoid-bce', [-4], 1).loss).toBeGreaterThan(4);
    expect(headAt('sigmoid-bce', [-8], 1).loss).toBeGreaterThan(
      2 * headAt('sigmoid-bce', [-4], 1).loss - 0.1,
    );
  });

  it('"the hinge stops caring once an example is on the right side with a margin": loss and slope 0 for y·s ≥ 1', () => {
    for (const [s, y] of [
      [1, 1],
      [2.5, 1],
      [-1, -1],
      [-4, -1],
    ] as const) {
      expect(headAt('hinge', [s], y).loss).toBe(0);
      expect(Math.abs(headAt('hinge', [s], y).gradient[0]!)).toBe(0);
    }
    // Cross-entropy, by contrast, never stops pushing a right answer further.
    expect(headAt('sigmoid-bce', [5], 1).gradient[0]).toBeLessThan(-1e-3);
    // On the right side but inside the margin it still pushes: loss 0.5, slope −y.
    expect(headAt('hinge', [0.5], 1)).toMatchObject({ loss: 0.5, gradient: [-1] });
  });

  it('"a confident right answer costs almost nothing; a confident wrong one costs a lot" (softmax)', () => {
    expect(headAt('softmax-ce', [5, 0, 0], 0).loss).toBeLessThan(0.02);
    expect(headAt('softmax-ce', [5, 0, 0], 1).loss).toBeGreaterThan(4.5);
  });

  it('lesson 11: raising the correct logit drives loss and slope to 0; raising a wrong one makes the loss climb with slope near 1', () => {
    const right = [0, 2, 4, 6].map((v) => headAt('softmax-ce', [v, 1, 0], 0));
    for (let i = 1; i < right.length; i++) {
      expect(right[i]!.loss).toBeLessThan(right[i - 1]!.loss);
      expect(Math.abs(right[i]!.gradient[0]!)).toBeLessThan(Math.abs(right[i - 1]!.gradient[0]!));
    }
    expect(right.at(-1)!.loss).toBeLessThan(0.01);
    const wrong = headAt('softmax-ce', [0, 6, 0], 0);
    expect(wrong.loss).toBeGreaterThan(5.9);
    expect(wrong.gradient[1]).toBeGreaterThan(0.99);
  });

  it('the checkpoints: BCE of logit 0 with y = 1 is ln 2; hinge of score −0.5 with y = −1 is 0.5; ∂L/∂z₁ at (2, 1, 0), class 1, is p₁ − 1', () => {
    expect(headAt('sigmoid-bce', [0], 1).loss).toBeCloseTo(Math.LN2, 12);
    expect(headAt('hinge', [-0.5], -1).loss).toBe(0.5);
    expect(headAt('softmax-ce', [2, 1, 0], 0).gradient[0]).toBeCloseTo(
      softmax([2, 1, 0])[0]! - 1,
      12,
    );
    expect(headAt('softmax-ce', [2, 1, 0], 0).gradient[0]).toBeCloseTo(-0.3348, 4);
  });
});
