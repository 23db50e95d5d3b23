import { describe, expect, it } from 'vitest';
import { EngineError } from './errors';
import { createModel } from './model';
import type { ModelSpec } from './networkSpec';

const XOR_X = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];
const XOR_Y = [[0], [1], [1], [0]];

const spec = (over: Partial<ModelSpec> = {}): ModelSpec => ({
  inputs: 2,
  layers: [
    { units: 4, activation: 'tanh' },
    { units: 1, activation: 'sigmoid' },
  ],
  loss: 'bce',
  seed: 3,
  ...over,
});

describe('createModel facade', () => {
  it('lays out parameters as W (units × fan-in, row-major) then b, per layer', () => {
    const m = createModel(spec());
    expect(m.parameters().length).toBe(4 * 2 + 4 + 1 * 4 + 1);
    const p = new Float64Array(17);
    // Only W1[row 2, col 1] = 1, b1[2] = 0.5, W2[0, 2] = 2: output = σ(2·tanh(x₂ + 0.5))
    p[2 * 2 + 1] = 1;
    p[8 + 2] = 0.5;
    p[12 + 2] = 2;
    m.setParameters(p);
    const [out] = m.predict([[0.3, 0.7]]);
    expect(out![0]).toBeCloseTo(1 / (1 + Math.exp(-2 * Math.tanh(0.7 + 0.5))), 15);
  });

  it('parameters() is a copy', () => {
    const m = createModel(spec());
    const p = m.parameters();
    p[0] = 123;
    expect(m.parameters()[0]).not.toBe(123);
  });

  it('same seed → same parameters and the same trajectory bit for bit; another seed differs', () => {
    const a = createModel(spec());
    const b = createModel(spec());
    expect(Array.from(a.parameters())).toEqual(Array.from(b.parameters()));
    const ra = a.fit(XOR_X, XOR_Y, { epochs: 50, batchSize: 2, learningRate: 0.5 });
    const rb = b.fit(XOR_X, XOR_Y, { epochs: 50, batchSize: 2, learningRate: 0.5 });
    expect(ra.loss).toBe(rb.loss);
    expect(Array.from(a.parameters())).toEqual(Array.from(b.parameters()));
    const c = createModel(spec({ seed: 4 }));
    expect(Array.from(c.parameters())).not.toEqual(Array.from(createModel(spec()).parameters()));
  });

  it('learns XOR with a 2-4-1 network', () => {
    const m = createModel(spec({ seed: 1 }));
    const before = m.lossAndGradient(XOR_X, XOR_Y).loss;
    const { loss } = m.fit(XOR_X, XOR_Y, { epochs: 2000, batchSize: 4, learningRate: 1 });
    expect(loss).toBeLessThan(0.05);
    expect(loss).toBeLessThan(before / 10);
    const out = m.predict(XOR_X).map((r) => (r[0]! > 0.5 ? 1 : 0));
    expect(out).toEqual([0, 1, 1, 0]);
  });

  it('all-zero initialisation keeps every hidden neuron identical through training', () => {
    const withInit = (init: string): ModelSpec => ({
      inputs: 2,
      layers: [
        { units: 3, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
      loss: 'bce',
      init,
    });
    const m = createModel(withInit('zeros'));
    // Zero weights everywhere: hidden outputs are equal, so their gradients are equal too.
    m.fit(XOR_X, XOR_Y, { epochs: 200, batchSize: 4, learningRate: 0.5, shuffle: false });
    const p = m.parameters();
    const row = (u: number) => [p[u * 2], p[u * 2 + 1], p[6 + u], p[9 + u]];
    expect(row(1)).toEqual(row(0));
    expect(row(2)).toEqual(row(0));
    // ... whereas small random weights break the symmetry
    const r = createModel(withInit('smallRandom'));
    r.fit(XOR_X, XOR_Y, { epochs: 200, batchSize: 4, learningRate: 0.5, shuffle: false });
    const q = r.parameters();
    expect(q[0]).not.toBe(q[2]);
  });

  it('fit without shuffling takes batches in order (matches a hand loop of SGD steps)', () => {
    const a = createModel(spec());
    const b = createModel(spec());
    a.fit(XOR_X, XOR_Y, { epochs: 1, batchSize: 2, learningRate: 0.1, shuffle: false });
    for (const s of [0, 2]) {
      const { gradient } = b.lossAndGradient(XOR_X.slice(s, s + 2), XOR_Y.slice(s, s + 2));
      b.setParameters(b.parameters().map((v, i) => v - 0.1 * gradient[i]!));
    }
    const pa = a.parameters();
    const pb = b.parameters();
    pa.forEach((v, i) => expect(v).toBeCloseTo(pb[i]!, 14));
  });

  it('batch norm and maxout add their documented parameters', () => {
    const m = createModel({
      inputs: 2,
      layers: [
        { units: 3, activation: 'maxout', pieces: 2 },
        { units: 2, activation: 'relu', batchNorm: true },
        { units: 1, activation: 'linear' },
      ],
      loss: 'mse',
    });
    // maxout: W (3·2 × 2) + b (6); bn layer: W (2 × 3) + b (2) + γ (2) + β (2); output: W 2 + b 1
    expect(m.parameters().length).toBe(12 + 6 + 6 + 2 + 2 + 2 + 2 + 1);
    expect(m.plan.layers[1]!.gammaOffset).toBe(26);
    expect(Array.from(m.parameters().subarray(26, 28))).toEqual([1, 1]);
  });
});

describe('bad input throws an EngineError naming the field', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['no layers', () => createModel(spec({ layers: [] })), /^layers: /],
    [
      'zero units',
      () =>
        createModel(
          spec({
            layers: [
              { units: 0, activation: 'tanh' },
              { units: 1, activation: 'sigmoid' },
            ],
          }),
        ),
      /layers\[0\]\.units: got 0/,
    ],
    [
      'unknown activation',
      () =>
        createModel(
          spec({
            layers: [
              { units: 2, activation: 'swish' },
              { units: 1, activation: 'sigmoid' },
            ],
          }),
        ),
      /layers\[0\]\.activation: got "swish"/,
    ],
    ['unknown loss', () => createModel(spec({ loss: 'focal' })), /^loss: got "focal"/],
    [
      'softmax not last',
      () =>
        createModel(
          spec({
            layers: [
              { units: 2, activation: 'softmax' },
              { units: 1, activation: 'sigmoid' },
            ],
          }),
        ),
      /softmax only on the last layer/,
    ],
    [
      'crossEntropy without softmax',
      () => createModel(spec({ loss: 'crossEntropy' })),
      /crossEntropy with a softmax/,
    ],
    ['bad inputs count', () => createModel(spec({ inputs: 0 })), /^inputs: /],
  ];
  for (const [name, fn, msg] of cases) {
    it(name, () => {
      expect(fn).toThrow(EngineError);
      expect(fn).toThrow(msg);
    });
  }

  const m = createModel(spec());
  it('targets of the wrong width', () => {
    expect(() =>
      m.lossAndGradient(XOR_X, [
        [0, 1],
        [1, 0],
        [1, 0],
        [0, 1],
      ]),
    ).toThrow(/targets\[0\]: .*a row of 1 numbers/);
  });
  it('non-finite inputs', () => {
    expect(() => m.predict([[0, NaN]])).toThrow(
      /inputs\[0\]\[1\]: got NaN; expected a finite number/,
    );
    expect(() =>
      m.fit([[Infinity, 0]], [[1]], { epochs: 1, batchSize: 1, learningRate: 0.1 }),
    ).toThrow(EngineError);
  });
  it('learning rate not a positive finite number; batch size below 1', () => {
    expect(() => m.fit(XOR_X, XOR_Y, { epochs: 1, batchSize: 1, learningRate: -1 })).toThrow(
      /learningRate: got -1/,
    );
    expect(() => m.fit(XOR_X, XOR_Y, { epochs: 1, batchSize: 1, learningRate: NaN })).toThrow(
      /learningRate/,
    );
    expect(() => m.fit(XOR_X, XOR_Y, { epochs: 1, batchSize: 0, learningRate: 0.1 })).toThrow(
      /batchSize: got 0/,
    );
  });
  it('setParameters with the wrong length or a non-finite value', () => {
    expect(() => m.setParameters([1, 2])).toThrow(/parameters: got 2; expected exactly 17 numbers/);
    expect(() => m.setParameters(new Array(17).fill(NaN))).toThrow(/parameters\[0\]/);
  });
});
