import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../engine/configRules';
import { TrainingSession } from '../engine/session';
import { MAX_SCENES, cleanTitle, readDeckFile, writeDeckFile } from './deckFile';
import type { Deck } from './deckFile';

/** Property tests run many cases: sized for a loaded 2-core machine, not Vitest's 5 s. */
const PROPERTY_TIMEOUT_MS = 60_000;

function deck(): Deck {
  const s = new TrainingSession({ ...DEFAULT_CONFIG, dataset: 'xor', seed: 3 });
  s.stepEpoch();
  return {
    title: 'Lecture 3',
    scenes: [
      { title: 'Circle', config: DEFAULT_CONFIG },
      {
        title: 'XOR, trained',
        caption: '**Two lines** cannot split XOR:\n\n$$z = w_1 x_1 + w_2 x_2 + b$$',
        config: s.config,
        weights: {
          epoch: s.epoch,
          step: s.step,
          parameters: [...s.net.params],
          history: {
            epoch: [0, 1],
            trainLoss: [0.71, 0.69],
            testLoss: [0.72, 0.7],
            validationLoss: [null, null],
            trainAccuracy: [0.5, 0.55],
            testAccuracy: [0.48, 0.5],
          },
        },
      },
    ],
  };
}

describe('deck files', () => {
  it('exported and read back is identical, and writes the same text again', () => {
    const d = deck();
    const text = writeDeckFile(d);
    const r = readDeckFile(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.deck).toEqual(d);
    expect(writeDeckFile(r.value.deck)).toBe(text);
  });

  it('reads decks saved before scenes kept their loss history, and refuses a broken history', () => {
    const d = deck();
    delete d.scenes[1]!.weights!.history;
    const old = readDeckFile(writeDeckFile(d));
    expect(old.ok && old.value.deck).toEqual(d);
    const doc = JSON.parse(writeDeckFile(deck())) as {
      scenes: { weights?: { history: { epoch: number[] } } }[];
    };
    doc.scenes[1]!.weights!.history.epoch = [0, 7];
    expect(readDeckFile(JSON.stringify(doc))).toEqual({
      ok: false,
      error:
        "Scene 2: the weights do not fit: the loss history's epochs must be whole numbers that increase up to epoch 1.",
    });
  });

  it('carries captions, reads decks from before captions, and refuses a bad caption by scene', () => {
    const old = deck();
    delete old.scenes[1]!.caption;
    const read = readDeckFile(writeDeckFile(old));
    expect(read.ok && read.value.deck).toEqual(old);
    expect(writeDeckFile(old)).not.toContain('"caption"');
    const withCaption = (caption: unknown) => {
      const doc = JSON.parse(writeDeckFile(deck())) as { scenes: { caption?: unknown }[] };
      doc.scenes[1]!.caption = caption;
      return readDeckFile(JSON.stringify(doc));
    };
    expect(withCaption('<script>alert(1)</script>')).toEqual({
      ok: false,
      error:
        'Scene 2 (“XOR, trained”): the caption holds HTML (“<script>”): write Markdown and $math$ instead.',
    });
    expect(withCaption('x'.repeat(5000))).toEqual({
      ok: false,
      error:
        'Scene 2 (“XOR, trained”): the caption has 5,000 characters; a title card holds at most 400.',
    });
    expect(withCaption({ text: 'x' })).toEqual({
      ok: false,
      error: 'Scene 2 (“XOR, trained”): the caption is not text.',
    });
    // A blank caption is no caption; Windows line endings are read as plain ones.
    const blank = withCaption('   ');
    expect(blank.ok && blank.value.deck.scenes[1]!.caption).toBeUndefined();
    const crlf = withCaption('One\r\ntwo');
    expect(crlf.ok && crlf.value.deck.scenes[1]!.caption).toBe('One\ntwo');
  });

  it('keeps any title readable', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (t) => {
        const c = cleanTitle(t, 'x');
        expect(c.length).toBeGreaterThan(0);
        expect(c.length).toBeLessThanOrEqual(120);
        expect(/\p{Cc}/u.test(c)).toBe(false);
      }),
    );
  });

  it(
    'never throws on arbitrary JSON',
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (v) => {
          const r = readDeckFile(
            JSON.stringify({ format: 'gradient-lab/deck', version: 1, scenes: v }),
          );
          expect(typeof r.ok).toBe('boolean');
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('refuses a malformed or hostile deck with a message naming the problem', () => {
    const base = JSON.parse(writeDeckFile(deck())) as Record<string, unknown>;
    const cases: [unknown, RegExp][] = [
      [{ ...base, format: 'x' }, /not a Gradient Lab deck/],
      [{ ...base, version: 2 }, /version "2"/],
      [{ ...base, scenes: 5 }, /no list of scenes/],
      [{ ...base, scenes: [] }, /no scenes/],
      [{ ...base, scenes: new Array(MAX_SCENES + 1).fill({}) }, /at most 200/],
      [{ ...base, scenes: [null] }, /Scene 1: not an object/],
      [{ ...base, scenes: [{ title: 7, config: {} }] }, /Scene 1: the title is not text/],
      [{ ...base, scenes: [{ title: 'a' }] }, /Scene 1: the configuration is missing/],
      [
        {
          ...base,
          scenes: [{ title: 'a', config: { ...DEFAULT_CONFIG, dataset: 'customBinary' } }],
        },
        /Scene 1: it uses your own data/,
      ],
      [
        {
          ...base,
          scenes: [
            { title: 'a', config: DEFAULT_CONFIG, weights: { epoch: 0, step: 0, parameters: [1] } },
          ],
        },
        /Scene 1: the weights do not fit/,
      ],
    ];
    for (const [doc, message] of cases) {
      const r = readDeckFile(JSON.stringify(doc));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(message);
    }
    const broken = readDeckFile('{"scenes": [');
    expect(broken.ok).toBe(false);
  });

  it('cleans titles and fills missing ones', () => {
    const r = readDeckFile(
      JSON.stringify({
        format: 'gradient-lab/deck',
        version: 1,
        scenes: [{ title: '  a\u0000b\n c ', config: {} }, { config: {} }],
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.deck.title).toBe('Untitled deck');
    expect(r.value.deck.scenes.map((s) => s.title)).toEqual(['a b c', 'Scene 2']);
  });
});
