import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, sanitizeConfig } from './configRules';
import type { DatasetName } from './dataset';
import { PRESETS, presetFor } from './presets';
import { countSaturated } from './saturation';
import { TrainingSession } from './session';
import type { TrainingConfig } from './trainingConfig';
import { troubleWords } from './troubleReport';

const config = (c: Partial<TrainingConfig>) => sanitizeConfig({ ...DEFAULT_CONFIG, ...c }).config;
const format = (v: number) => String(Number(v.toPrecision(3)));

/** Train up to `epochs` epochs, stopping at the first trouble report. */
function trainUntilTrouble(s: TrainingSession, epochs: number) {
  while (s.epoch < epochs && !s.trouble && s.status === 'paused') s.stepEpoch();
  return s.trouble;
}

describe('training that runs without learning', () => {
  it('learning rate 10 on the default classification set thrashes, and says so', () => {
    const s = new TrainingSession(config({ learningRate: 10 }));
    const trouble = trainUntilTrouble(s, 200);
    expect(s.status).toBe('paused');
    expect(trouble).toMatchObject({ kind: 'oscillation', fix: 'lowerRate', learningRate: 10 });
    // The range it names is the history's own.
    const losses = s.history.trainLoss.slice(trouble!.fromEpoch, trouble!.toEpoch + 1);
    expect(trouble!.low).toBe(Math.min(...losses));
    expect(trouble!.high).toBe(Math.max(...losses));
    expect(trouble!.high - trouble!.low).toBeGreaterThan(0.3);
    const words = troubleWords(trouble!, format);
    expect(words.title).toBe('The loss is jumping up and down instead of going down.');
    expect(words.advice).toContain('Lower the learning rate (now 10)');
    // The report stays while the thrashing goes on, and a new rate judges afresh.
    for (let k = 0; k < 20; k++) s.stepEpoch();
    expect(s.trouble).toBe(trouble);
    s.updateHyperparameters({ ...s.config, learningRate: 1 });
    expect(s.trouble).toBeNull();
  });

  it('House prices at the default settings stalls on saturated neurons; its suggested settings are the fix', () => {
    const s = new TrainingSession(config({ dataset: 'housePrices' }));
    const trouble = trainUntilTrouble(s, 300);
    expect(trouble).toMatchObject({
      kind: 'stall',
      fix: 'suggested',
      saturated: 6,
      units: 6,
      standardized: false,
      widestInput: { name: 'floor area (m²)' },
    });
    expect(trouble!.widestInput!.maxAbs).toBeGreaterThan(200);
    // Stuck at the loss of always guessing the mean price (about 450 k€).
    expect(trouble!.low / trouble!.guessLoss).toBeGreaterThan(0.95);
    expect(trouble!.guessLoss).toBeGreaterThan(15_000);
    const words = troubleWords(trouble!, format);
    expect(words.message).toContain('no better than always guessing the same answer');
    expect(words.message).toContain('6 of its 6 hidden neurons are saturated');
    expect(words.advice).toMatch(/^Standardise the inputs: floor area \(m²\) reaches 2\d\d/);
    expect(words.advice).toContain('The suggested settings for House prices do that');
    expect(countSaturated(s.net, s.data.train.x, s.data.train.n)).toEqual({
      saturated: 6,
      units: 6,
    });
    // Standardising alone is not enough for this network (the prices in the hundreds saturate
    // its neurons too), so the fix is the suggested settings, which learn without a word.
    const half = new TrainingSession(config({ dataset: 'housePrices', standardize: true }));
    expect(trainUntilTrouble(half, 300)).toMatchObject({ kind: 'stall', fix: 'suggested' });
    expect(troubleWords(half.trouble!, format).advice).toBe(
      'Try the suggested settings for House prices: a network and learning rate that learn this data.',
    );
    const fixed = new TrainingSession({ ...presetFor('housePrices'), seed: s.config.seed });
    expect(trainUntilTrouble(fixed, 300)).toBeNull();
    expect(fixed.train.loss).toBeLessThan(0.1 * trouble!.low);
    expect(countSaturated(fixed.net, fixed.data.train.x, fixed.data.train.n).saturated).toBe(0);
  });

  it('a rewind cut and a reset forget the report', () => {
    const s = new TrainingSession(config({ learningRate: 10 }));
    expect(trainUntilTrouble(s, 200)).not.toBeNull();
    s.lookForTroubleAfresh();
    expect(s.trouble).toBeNull();
    expect(s.troubleStart).toBe(s.history.trainLoss.length - 1);
    s.reset();
    expect([s.trouble, s.troubleStart]).toEqual([null, 0]);
  });

  it(
    'no false alarm: the default and every data set’s preset train 400 epochs without a word',
    () => {
      const names = Object.keys(PRESETS).filter((d) => !d.startsWith('custom')) as DatasetName[];
      const configs = [
        DEFAULT_CONFIG,
        config({ optimizer: 'adam' }),
        config({ batchSize: 1 }),
        ...names.map(presetFor),
      ];
      for (const c of configs) {
        const s = new TrainingSession(c);
        for (let e = 0; e < 400 && s.status === 'paused'; e++) {
          s.stepEpoch();
          expect(s.trouble, `${c.dataset} at epoch ${s.epoch}`).toBeNull();
        }
      }
    },
    // Sized for a loaded 2-core machine (about 5 s alone).
    120_000,
  );
});
