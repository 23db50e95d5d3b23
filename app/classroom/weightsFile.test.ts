import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../engine/configRules';
import { TrainingSession } from '../engine/session';
import { parameterCountOf, readWeightsFile, writeWeightsFile } from './weightsFile';
import type { WeightsFile } from './weightsFile';

function trained(): WeightsFile {
  const session = new TrainingSession(DEFAULT_CONFIG);
  for (let i = 0; i < 30; i++) session.stepBatch();
  return {
    config: DEFAULT_CONFIG,
    state: { epoch: session.epoch, step: session.step, parameters: [...session.net.params] },
  };
}

const doc = (patch: Record<string, unknown>) =>
  JSON.stringify({ ...(JSON.parse(writeWeightsFile(trained())) as object), ...patch });

describe('weights files', () => {
  it('round-trips exactly', () => {
    const file = trained();
    const back = readWeightsFile(writeWeightsFile(file));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.config).toEqual(file.config);
    expect(back.value.state).toEqual(file.state);
    expect(back.value.notices).toEqual([]);
  });

  it('round-trips the optimiser state and batch-norm statistics, and checks their shape', () => {
    const config = { ...DEFAULT_CONFIG, optimizer: 'adam' as const, batchNorm: true };
    const session = new TrainingSession(config);
    session.stepEpoch();
    const x = session.extras();
    const extras = {
      m: Array.from(x.m),
      s: Array.from(x.s),
      t: x.t,
      runMean: x.runMean.map((a) => Array.from(a)),
      runVar: x.runVar.map((a) => Array.from(a)),
    };
    const file = {
      config,
      state: { epoch: 1, step: session.step, parameters: [...session.net.params], extras },
    };
    const back = readWeightsFile(writeWeightsFile(file));
    expect(back.ok && back.value.state).toEqual(file.state);
    const broken = (patch: object) =>
      readWeightsFile(
        writeWeightsFile({ ...file, state: { ...file.state, extras: { ...extras, ...patch } } }),
      );
    const cases: [object, RegExp][] = [
      [{ m: [1] }, /finite numbers in "m" and in "s"/],
      [{ t: -2 }, /update count "-2"/],
      [{ runMean: [] }, /batch-norm statistics do not match/],
    ];
    for (const [patch, message] of cases) {
      const r = broken(patch);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(message);
    }
  });

  it('counts parameters as the engine builds them', () => {
    const session = new TrainingSession(DEFAULT_CONFIG);
    expect(parameterCountOf(DEFAULT_CONFIG)).toBe(session.net.params.length);
  });

  it.each([
    ['', /empty/],
    ['{"format":', /not valid JSON/],
    ['[1,2]', /not a Gradient Lab weights file/],
    ['{"format":"gradient-lab/deck","version":1}', /not a Gradient Lab weights file/],
  ])('refuses %j', (text, message) => {
    const r = readWeightsFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('names what is wrong in a hostile file', () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ version: 99 }, /version "99"/],
      [{ config: 'x' }, /configuration is missing/],
      [{ config: { ...DEFAULT_CONFIG, dataset: 'customBinary' } }, /your own data/],
      [{ state: null }, /trained state is missing/],
      [{ state: { epoch: -1, step: 0, parameters: [] } }, /epoch "-1"/],
      [{ state: { epoch: 1, step: 1.5, parameters: [] } }, /step "1.5"/],
      [{ state: { epoch: 1, step: 1, parameters: 'abc' } }, /not a list/],
      [{ state: { epoch: 1, step: 1, parameters: [1, 'x'] } }, /parameter 1 is "x"/],
      [{ state: { epoch: 1, step: 1, parameters: [1, 2] } }, /2 parameters, but the network/],
      [{ state: { epoch: 1, step: 1, parameters: new Array(200_000).fill(0) } }, /more than/],
    ];
    for (const [patch, message] of cases) {
      const r = readWeightsFile(doc(patch));
      expect(r.ok, JSON.stringify(patch).slice(0, 60)).toBe(false);
      if (!r.ok) expect(r.error).toMatch(message);
    }
  });

  it('repairs odd configuration fields and says so, ignoring prototype keys', () => {
    const file = trained();
    const text = JSON.stringify({
      format: 'gradient-lab/weights',
      version: 1,
      config: { ...file.config, momentum: 'lots', ['__proto__']: { polluted: true } },
      state: file.state,
    });
    const r = readWeightsFile(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.notices.join(' ')).toMatch(/Momentum/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  // A hostile or damaged file: any field of a real one replaced by any JSON value, at any depth
  // of the state. The reader answers with a value or a message, never throws, and what it
  // accepts fits the configuration it comes with.
  it('never throws on a real file with any field replaced, and what it accepts fits its network', () => {
    const base = JSON.parse(writeWeightsFile(trained())) as Record<string, unknown>;
    const paths = [
      ['format'],
      ['version'],
      ['config'],
      ['state'],
      ['state', 'epoch'],
      ['state', 'parameters'],
      ['config', 'layers'],
      ['config', 'activations'],
      ['config', 'dataset'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const doc = structuredClone(base);
        let at = doc;
        for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
        at[path[path.length - 1]!] = value;
        const r = readWeightsFile(JSON.stringify(doc));
        if (!r.ok) {
          expect(r.error.length).toBeGreaterThan(0);
          return;
        }
        expect(r.value.state.parameters).toHaveLength(parameterCountOf(r.value.config));
        expect(r.value.state.parameters.every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expect(typeof readWeightsFile(text).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
