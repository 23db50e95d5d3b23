import { describe, expect, it } from 'vitest';
import { outlineFromGrid } from '../engine/boundaryOutline';
import { DEFAULT_CONFIG } from '../engine/configFields';
import { TrainingSession } from '../engine/session';
import { readDeckFile, writeDeckFile, type Deck } from './deckFile';
import {
  MAX_PIN_POINTS,
  freeSlot,
  pinIndices,
  thinHistory,
  type PinnedRun,
} from './pinnedRun';
import { readPinnedRuns } from './pinnedRunFile';

/** A pinned run as the page makes one: a short real run with its outline and weights. */
function pinOf(slot: number, learningRate: number): PinnedRun {
  const config = { ...DEFAULT_CONFIG, learningRate };
  const s = new TrainingSession(config);
  s.stepEpoch();
  s.stepEpoch();
  const info = s.info();
  const outline = outlineFromGrid(
    s.grid(20, false, 0),
    { problem: info.problem, domain: info.domain, signedOutput: false },
    [0, 1],
  );
  return {
    slot,
    name: `Pin ${slot + 1}`,
    config,
    figures: {
      epoch: s.epoch,
      trainLoss: s.train.loss,
      validationLoss: NaN,
      testLoss: s.test.loss,
      trainAccuracy: s.train.accuracy,
      testAccuracy: s.test.accuracy,
    },
    history: {
      epoch: [1, 2],
      trainLoss: [0.6, 0.5],
      testLoss: [0.7, 0.6],
      validationLoss: [NaN, NaN],
    },
    outline,
    weights: { epoch: s.epoch, step: s.step, parameters: [...s.net.params] },
  };
}

function deckWith(pins: unknown): string {
  const text = writeDeckFile({
    title: 'Rates',
    scenes: [{ title: 'Two rates', config: DEFAULT_CONFIG }],
  });
  const doc = JSON.parse(text) as { scenes: Record<string, unknown>[] };
  doc.scenes[0]!.pins = pins;
  return JSON.stringify(doc);
}

describe('pinned runs in a deck', () => {
  it('are written with a scene and read back identical (NaN figures included)', () => {
    const deck: Deck = {
      title: 'Rates',
      scenes: [
        { title: 'Two rates', config: DEFAULT_CONFIG, pins: [pinOf(0, 0.3), pinOf(1, 0.03)] },
      ],
    };
    const r = readDeckFile(writeDeckFile(deck));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.deck).toEqual(deck);
  });

  it('refuses weights of another network, naming the scene and the run; nothing is read', () => {
    const pin = JSON.parse(JSON.stringify(pinOf(0, 0.3))) as { weights: { parameters: number[] } };
    pin.weights.parameters.pop();
    const r = readDeckFile(deckWith([pin]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(
      /^Scene 1 \(“Two rates”\): pinned run 1: the weights do not fit: it has 24 parameters, but the network it describes has 25\./,
    );
  });

  it('refuses more than four runs, too long a history and a misshapen outline', () => {
    const pin = JSON.parse(JSON.stringify(pinOf(0, 0.3))) as Record<string, unknown>;
    const five = readDeckFile(deckWith([pin, pin, pin, pin, pin]));
    expect(!five.ok && five.error).toMatch(/it pins 5 runs; at most 4/);
    const n = MAX_PIN_POINTS + 1;
    const long = {
      ...pin,
      history: {
        epoch: Array.from({ length: n }, (_, i) => i),
        trainLoss: Array(n).fill(1),
        testLoss: Array(n).fill(1),
        validationLoss: Array(n).fill(null),
      },
    };
    const r2 = readDeckFile(deckWith([long]));
    expect(!r2.ok && r2.error).toMatch(
      /pinned run 1: its loss history has 601 points; at most 600/,
    );
    const outline = { ...(pin.outline as object), values: [1, 2, 3] };
    const r3 = readDeckFile(deckWith([{ ...pin, outline }]));
    expect(!r3.ok && r3.error).toMatch(/its boundary outline needs 400 values for 20 × 20 points/);
    const huge = { ...(pin.outline as object), res: 500 };
    const r4 = readDeckFile(deckWith([{ ...pin, outline: huge }]));
    expect(!r4.ok && r4.error).toMatch(/500 points a side; it must be 2 to 41/);
  });

  it('never throws on arbitrary input', () => {
    for (const v of [null, 3, 'x', [null], [{}], [{ config: {} }], [{ config: {}, figures: {} }]])
      expect(typeof readPinnedRuns(v, 'Scene 1: ').ok).toBe('boolean');
  });
});

describe('pin bookkeeping', () => {
  it('gives the lowest free slot, none past four', () => {
    const p = (slot: number) => ({ slot }) as PinnedRun;
    expect(freeSlot([])).toBe(0);
    expect(freeSlot([p(0), p(2)])).toBe(1);
    expect(freeSlot([p(0), p(1), p(2), p(3)])).toBeNull();
  });

  it('thins a long history evenly, keeping the first and last epochs', () => {
    expect(pinIndices(3)).toEqual([0, 1, 2]);
    const idx = pinIndices(10_000);
    expect(idx).toHaveLength(MAX_PIN_POINTS);
    expect(idx[0]).toBe(0);
    expect(idx.at(-1)).toBe(9_999);
    const n = 1000;
    const a = Float64Array.from({ length: n }, (_, i) => i + 1);
    const h = thinHistory({ length: n, epoch: a, trainLoss: a, testLoss: a, validationLoss: a });
    expect(h.epoch.at(-1)).toBe(1000);
    expect(h.trainLoss).toHaveLength(MAX_PIN_POINTS);
  });
});
