import { describe, expect, it } from 'vitest';
import { customDataset } from './customData';
import { gridAxes } from './gridEvaluation';
import { presetFor } from './presets';
import { TrainingSession } from './session';
import { STUDY_HOURS_ROWS } from './datasets';

describe('gridAxes', () => {
  it('keeps a valid pair and falls back to the first two otherwise', () => {
    expect(gridAxes(3, [2, 0])).toEqual([2, 0]);
    expect(gridAxes(3, [1, 1])).toEqual([0, 1]);
    expect(gridAxes(3, [0, 3])).toEqual([0, 1]);
    expect(gridAxes(2, [1.5, 0])).toEqual([0, 1]);
    expect(gridAxes(3)).toEqual([0, 1]);
  });

  it('a grid over another pair of columns differs, and holds the third at its mean', () => {
    const data = customDataset({
      name: 'study',
      problem: 'regression',
      dims: 3,
      inputNames: ['hours', 'sleep', 'quiz'],
      targetName: 'exam',
      classNames: [],
      x: STUDY_HOURS_ROWS.flatMap((r) => [r[0], r[1], r[2]]),
      y: STUDY_HOURS_ROWS.map((r) => r[3]),
    });
    const s = new TrainingSession(presetFor('customValues'), data);
    const a = s.grid(8, false, 0);
    const b = s.grid(8, false, 0, [2, 1]);
    expect(a.output.length).toBe(64);
    expect(b.output.length).toBe(64);
    expect([...a.output]).not.toEqual([...b.output]);
    expect([...s.grid(8, false, 0, [0, 1]).output]).toEqual([...a.output]);
  });
});
