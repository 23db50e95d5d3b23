import { describe, expect, it } from 'vitest';
import { inputOrigins } from './inputOrigins';
import { STUDY_HOURS_ROWS } from './datasets';
import { prepareData } from './prepareData';
import { DEFAULT_CONFIG } from './configFields';
import type { TrainingConfig } from './trainingConfig';

const config = (patch: Partial<TrainingConfig>): TrainingConfig => ({
  ...DEFAULT_CONFIG,
  ...patch,
});

/** The network input the engine built for data-set row `row`, from whichever split holds it. */
function engineInput(data: ReturnType<typeof prepareData>, row: number): number[] {
  for (const split of [data.train, data.validation, data.test]) {
    const at = split.rows.indexOf(row);
    if (at >= 0) return Array.from(split.x.subarray(at * data.width, (at + 1) * data.width));
  }
  throw new Error(`row ${row} is in no split`);
}

describe('inputOrigins', () => {
  it("gives the data table's value and the mean and sd that make the network's input", () => {
    const data = prepareData(config({ dataset: 'studyHours', standardize: true }));
    for (let row = 0; row < data.dataset.n; row++) {
      const origins = inputOrigins(data, row);
      const input = engineInput(data, row);
      expect(origins).toHaveLength(3);
      origins.forEach((o, j) => {
        expect(o.original).toBe(data.dataset.x[row * 3 + j]);
        // The same arithmetic the engine did, so the same number to the last bit.
        expect((o.original - o.mean!) / o.std!).toBe(input[j]);
      });
    }
    // The lecture's third student: 115 h of study, 4 h of sleep, 100 % in the quiz.
    expect(inputOrigins(data, 2).map((o) => o.original)).toEqual([115, 4, 100]);
    expect(STUDY_HOURS_ROWS[2]!.slice(0, 3)).toEqual([115, 4, 100]);
  });

  it('maps features before standardising, so a squared input comes from x₁²', () => {
    const data = prepareData(
      config({ dataset: 'circle', features: ['x1', 'x1sq'], standardize: true, points: 60 }),
    );
    const row = data.test.rows[0]!;
    const [x1, sq] = inputOrigins(data, row);
    const raw = data.dataset.x[row * 2]!;
    expect(x1!.original).toBe(raw);
    expect(sq!.original).toBe(raw * raw);
    const input = engineInput(data, row);
    expect((sq!.original - sq!.mean!) / sq!.std!).toBe(input[1]);
  });

  it('has no mean or sd when the inputs are not standardised', () => {
    const data = prepareData(config({ dataset: 'studyHours', standardize: false }));
    expect(inputOrigins(data, 2)).toEqual(engineInput(data, 2).map((original) => ({ original })));
  });
});
