import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../engine/configFields';
import { STUDY_HOURS_ROWS } from '../../engine/datasets';
import { TrainingSession } from '../../engine/session';
import { probeTrace } from '../../engine/sessionProbes';
import { sig } from './formatNumber';
import { inputsPhrase, standardisedInputs } from './inputOriginText';

function traced(standardize: boolean, row: number) {
  const s = new TrainingSession({
    ...DEFAULT_CONFIG,
    dataset: 'studyHours',
    standardize,
    hidden: [2],
    seed: 3,
  });
  const probe = probeTrace(s, row)!;
  return { info: s.info(), probe };
}

describe('standardised inputs in the teaching views', () => {
  it("show the data table's value of the traced row beside the engine's input", () => {
    const row = 2;
    const { info, probe } = traced(true, row);
    const shown = standardisedInputs(probe, info)!;
    expect(shown.map((s) => s.name)).toEqual(['study hours', 'sleep hours', 'quiz (%)']);
    // The original is what the data table shows for this row: info.points, the table's source.
    expect(shown.map((s) => s.original)).toEqual(
      Array.from(info.points.subarray(row * 3, row * 3 + 3), (v) => sig(v)),
    );
    expect(shown.map((s) => s.original)).toEqual(STUDY_HOURS_ROWS[row]!.slice(0, 3).map(String));
    // The standardised number is the input the engine's trace used.
    expect(shown.map((s) => s.value)).toEqual(probe.trace.input.map((v) => sig(v)));
    // The working uses the engine's own mean and sd, and evaluates to the shown input.
    const o = probe.origins[0]!;
    expect(shown[0]!.working).toBe(`(115 − ${sig(o.mean!)}) / ${sig(o.std!)}`);
    expect(sig((115 - o.mean!) / o.std!)).toBe(shown[0]!.value);
    expect(inputsPhrase(probe, info)).toBe(
      shown.map((s) => `${s.value} (standardised from ${s.original})`).join(', '),
    );
    expect(inputsPhrase(probe, info)).toMatch(
      /^\S+ \(standardised from 115\), \S+ \(standardised from 4\), /,
    );
  });

  it('say nothing of standardisation when the network reads the raw values', () => {
    const { info, probe } = traced(false, 2);
    expect(standardisedInputs(probe, info)).toBeNull();
    expect(inputsPhrase(probe, info)).toBe('115, 4, 100');
  });
});
