import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../engine/configRules';
import { TrainingSession } from '../engine/session';
import { MAX_SCENES, cleanTitle, readDeckFile, writeDeckFile } from './deckFile';
import { isWidgetScene } from './sceneKind';
import type { Deck, PlaygroundScene, WidgetScene } from './deckFile';

/** Property tests run many cases: sized for a loaded 2-core machine, not Vitest's 5 s. */
const PROPERTY_TIMEOUT_MS = 60_000;

/** A deck of playground scenes only (the widget scenes' tests add their own). */
function deck(): Deck & { scenes: PlaygroundScene[] } {
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

  it('carries widget scenes between playground scenes, and writes the same text again', () => {
    const d: Deck = deck();
    const activations: WidgetScene = {
      kind: 'widget',
      title: 'Activation functions',
      caption: 'What a neuron does with its sum: $a = f(z)$',
      widget: { id: 'activation-explorer', options: { initial: 'tanh' } },
    };
    const neuron: WidgetScene = {
      kind: 'widget',
      title: 'One neuron',
      widget: { id: 'single-neuron', options: {} },
    };
    d.scenes.splice(1, 0, activations);
    d.scenes.push(neuron);
    const text = writeDeckFile(d);
    const r = readDeckFile(text);
    expect(r.ok && r.value.deck).toEqual(d);
    expect(r.ok && r.value.deck.scenes.map(isWidgetScene)).toEqual([false, true, false, true]);
    expect(writeDeckFile(r.ok ? r.value.deck : d)).toBe(text);
    // A widget scene holds its widget and nothing of the playground.
    const written = (JSON.parse(text) as { scenes: Record<string, unknown>[] }).scenes[1]!;
    expect(Object.keys(written)).toEqual(['kind', 'title', 'caption', 'widget']);
    // A playground scene is written as before widget scenes, so older decks read the same.
    expect(writeDeckFile(deck())).not.toContain('"kind"');
  });

  it('refuses a widget scene with an unknown widget or bad options, naming the scene and the problem', () => {
    const withWidget = (scene: Record<string, unknown>) =>
      readDeckFile(
        JSON.stringify({
          format: 'gradient-lab/deck',
          version: 1,
          scenes: [
            { title: 'Circle', config: {} },
            { kind: 'widget', title: 'Act', ...scene },
          ],
        }),
      );
    const cases: [Record<string, unknown>, string][] = [
      [{}, 'Scene 2 (“Act”): a widget scene needs a "widget" with its "id".'],
      [
        { widget: 'activation-explorer' },
        'Scene 2 (“Act”): a widget scene needs a "widget" with its "id".',
      ],
      [
        { widget: { id: 'nope' } },
        'Scene 2 (“Act”): there is no widget “nope” (a scene can show single-neuron, activation-explorer, loss-explorer, classification-loss, forward-pass).',
      ],
      [
        { widget: { id: 'toString' } },
        'Scene 2 (“Act”): there is no widget “toString” (a scene can show single-neuron, activation-explorer, loss-explorer, classification-loss, forward-pass).',
      ],
      [
        { widget: { id: 'backprop', options: { config: {} } } },
        'Scene 2 (“Act”): the widget “backprop” trains the playground, so it cannot be a scene of its own (a scene can show single-neuron, activation-explorer, loss-explorer, classification-loss, forward-pass; a playground scene opens its teaching view instead).',
      ],
      [
        { widget: { id: 'activation-explorer', options: { initial: '<script>' } } },
        'Scene 2 (“Act”): option "initial" of widget "activation-explorer" must be one of linear, sigmoid, tanh, relu, leakyRelu, elu, threshold, maxout (not “<script>”).',
      ],
      [
        { widget: { id: 'single-neuron', options: { relu: 'yes' } } },
        'Scene 2 (“Act”): option "relu" of widget "single-neuron" must be boolean.',
      ],
      [
        { widget: { id: 'single-neuron', options: { weights: [1] } } },
        'Scene 2 (“Act”): widget "single-neuron" has no option "weights".',
      ],
      [
        { widget: { id: 'single-neuron', options: [true] } },
        'Scene 2 (“Act”): the widget’s "options" are not a list of name: value pairs.',
      ],
      [
        { kind: 'slides', widget: { id: 'single-neuron' } },
        'Scene 2 (“Act”): its kind “slides” is not one this app shows (a playground scene or "widget").',
      ],
      [
        { widget: { id: 'single-neuron' }, caption: '<img src=x>' },
        'Scene 2 (“Act”): the caption holds HTML (“<img src=x>”): write Markdown and $math$ instead.',
      ],
    ];
    for (const [scene, error] of cases)
      expect(withWidget(scene), error).toEqual({ ok: false, error });
    // An inherited name is not an option (JSON.parse makes "__proto__" an own key).
    const proto = readDeckFile(
      '{"format":"gradient-lab/deck","version":1,"scenes":[{"kind":"widget","widget":{"id":"forward-pass","options":{"__proto__":{"backward":true}}}}]}',
    );
    expect(proto).toEqual({
      ok: false,
      error: 'Scene 1 (“Scene 1”): widget "forward-pass" has no option "__proto__".',
    });
  });
});
