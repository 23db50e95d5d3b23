import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, lossesFor, outputsFor, problemOf } from '../engine/configRules';
import { presetFor } from '../engine/presets';
import type { TrainingConfig } from '../engine/trainingConfig';
import { applyConfigPatch } from './configPatch';

const base: TrainingConfig = { ...DEFAULT_CONFIG, seed: 4242 };

function validHead(c: TrainingConfig): boolean {
  const problem = problemOf(c.dataset);
  return (
    outputsFor(problem).includes(c.outputActivation) &&
    lossesFor(problem, c.outputActivation).includes(c.loss)
  );
}

describe('applyConfigPatch', () => {
  it("starts a new data set from its preset and keeps the user's seed", () => {
    const other = base.dataset === 'spiral' ? 'moons' : 'spiral';
    const { config } = applyConfigPatch(base, { dataset: other });
    const preset = presetFor(other);
    expect(config.dataset).toBe(other);
    expect(config.hidden).toEqual(preset.hidden);
    expect(config.learningRate).toBe(preset.learningRate);
    expect(config.seed).toBe(4242);
  });

  it('lets the rest of the patch override the preset', () => {
    const { config } = applyConfigPatch(base, { dataset: 'sine', learningRate: 0.5 });
    expect(config.dataset).toBe('sine');
    expect(config.learningRate).toBe(0.5);
  });

  it('keeps a valid output/loss pair for every data set switch', () => {
    for (const dataset of ['xor', 'blobs3', 'housePrices', 'circle'] as const) {
      const { config } = applyConfigPatch(base, { dataset });
      expect(validHead(config)).toBe(true);
    }
  });

  it('repairs a loss that does not pair with the output', () => {
    const reg = applyConfigPatch(base, { dataset: 'sine' }).config;
    const { config } = applyConfigPatch(reg, { loss: 'crossEntropy' });
    expect(validHead(config)).toBe(true);
    expect(config.loss).not.toBe('crossEntropy');
  });

  it('follows a new output activation with a loss that suits it', () => {
    const problem = problemOf(base.dataset);
    for (const output of outputsFor(problem)) {
      const { config } = applyConfigPatch(base, { outputActivation: output });
      expect(config.outputActivation).toBe(output);
      expect(validHead(config)).toBe(true);
    }
  });

  it('gives every hidden layer an activation when layers are added or removed', () => {
    const three = applyConfigPatch(base, { hidden: [3, 3, 3], activations: ['relu'] }).config;
    expect(three.activations).toEqual(['relu', 'relu', 'relu']);
    const none = applyConfigPatch(three, { hidden: [] }).config;
    expect(none.activations).toEqual([]);
  });

  it('clamps out-of-range values and says so', () => {
    const { config, notices } = applyConfigPatch(base, { learningRate: 1e6 });
    expect(config.learningRate).toBeLessThanOrEqual(10);
    expect(notices.length).toBeGreaterThan(0);
    expect(typeof notices[0]?.message).toBe('string');
  });
});
