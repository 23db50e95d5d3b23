import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LayerLayout } from '../engine/sessionTypes';
import { MAX_HIDDEN_LAYERS, MAX_UNITS } from '../engine/configFields';
import {
  describeNetwork,
  edgeStrokeWidth,
  networkLayout,
  type NetworkGeometry,
} from './networkLayout';

/** Layer layouts as the engine packs them: W then b per layer, maxout rows u·k … u·k+k−1. */
function layouts(inputs: number, hidden: number[], outputs = 1, pieces = 1): LayerLayout[] {
  const sizes = [...hidden, outputs];
  let offset = 0;
  return sizes.map((units, i) => {
    const fanIn = i === 0 ? inputs : sizes[i - 1]!;
    const k = i < hidden.length ? pieces : 1;
    const wOffset = offset;
    const bOffset = wOffset + units * k * fanIn;
    offset = bOffset + units * k;
    const activation = i < hidden.length ? (k > 1 ? 'maxout' : 'tanh') : 'sigmoid';
    return {
      units,
      fanIn,
      pieces: k,
      wOffset,
      bOffset,
      gammaOffset: -1,
      betaOffset: -1,
      activation,
    };
  });
}

function layoutOf(
  inputs: number,
  hidden: number[],
  width = 640,
  height = 420,
  outputs = 1,
): NetworkGeometry {
  const featureNames = Array.from({ length: inputs }, (_, i) => `x${i + 1}`);
  return networkLayout({ featureNames, layers: layouts(inputs, hidden, outputs), width, height });
}

const button = (g: NetworkGeometry, id: string) => g.buttons.find((b) => b.id === id)!;

describe('networkLayout', () => {
  it('places one node per input, hidden neuron and output, in columns left to right', () => {
    const g = layoutOf(2, [4, 3]);
    expect(g.nodes.map((n) => n.kind).join(',')).toBe(
      'input,input,hidden,hidden,hidden,hidden,hidden,hidden,hidden,output',
    );
    const xs = [-1, 0, 1, 2].map(
      (layer) => g.nodes.find((n) => n.layer === layer && n.unit === 0)!.x,
    );
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(g.nodes.filter((n) => n.kind === 'hidden').map((n) => n.slot)).toEqual([
      0, 1, 2, 3, 4, 5, 6,
    ]);
    expect(g.nodes[0]!.name).toBe('x1');
  });

  it('keeps neurons inside the box and apart for every size from 0×1 to 8×16', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.array(fc.integer({ min: 1, max: MAX_UNITS }), { maxLength: MAX_HIDDEN_LAYERS }),
        fc.integer({ min: 320, max: 1400 }),
        fc.integer({ min: 300, max: 900 }),
        (inputs, hidden, width, height) => {
          const g = layoutOf(inputs, hidden, width, height);
          for (const n of g.nodes) {
            expect(n.x - n.size / 2).toBeGreaterThanOrEqual(0);
            expect(n.x + n.size / 2).toBeLessThanOrEqual(width);
            expect(n.y - n.size / 2).toBeGreaterThanOrEqual(0);
            expect(n.y + n.size / 2).toBeLessThanOrEqual(height);
          }
          for (let i = 0; i < g.nodes.length; i++)
            for (let j = i + 1; j < g.nodes.length; j++) {
              const a = g.nodes[i]!;
              const b = g.nodes[j]!;
              const apart = Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y));
              expect(apart).toBeGreaterThan(a.size);
            }
        },
      ),
      { numRuns: 60 },
    );
    // A property over many layouts: on a busy 2-core machine it can take several seconds.
  }, 30_000);

  it('shrinks neurons to fit 16 per layer but keeps 40 px squares when there is room', () => {
    expect(layoutOf(2, [2], 900, 600).neuronSize).toBe(40);
    const crowded = layoutOf(2, [16, 16], 900, 600).neuronSize;
    expect(crowded).toBeLessThan(40);
    expect(crowded).toBeGreaterThanOrEqual(14);
  });

  it('draws one edge per weight and one bias per hidden and output neuron', () => {
    const g = layoutOf(3, [5, 2]);
    expect(g.edges).toHaveLength(3 * 5 + 5 * 2 + 2 * 1);
    expect(g.biases).toHaveLength(5 + 2 + 1);
    expect(new Set(g.edges.map((e) => e.index)).size).toBe(g.edges.length);
    expect(g.edges.every((e) => e.path.startsWith('M'))).toBe(true);
    expect(g.biases.filter((b) => b.showValue).map((b) => b.id)).toEqual(['b2-0']);
  });

  it('maps each edge and bias to its place in the flat parameter vector', () => {
    const layers = layouts(2, [3]);
    const g = networkLayout({ featureNames: ['x₁', 'x₂'], layers, width: 600, height: 400 });
    // Layer 0: W is 3×2 at 0..5, b at 6..8; layer 1: W is 1×3 at 9..11, b at 12.
    const w = g.edges.find((e) => e.layer === 0 && e.to === 2 && e.from === 1)!;
    expect(w.index).toBe(2 * 2 + 1);
    expect(w.name).toBe('weight from x₂ to neuron 3 of layer 1');
    const out = g.edges.find((e) => e.layer === 1 && e.from === 2)!;
    expect(out.index).toBe(11);
    expect(out.name).toBe('weight from neuron 3 of layer 1 to the output');
    expect(g.biases.map((b) => b.index)).toEqual([6, 7, 8, 12]);
  });

  it('selects piece 0 of a maxout neuron', () => {
    const layers = layouts(2, [3], 1, 2);
    const g = networkLayout({ featureNames: ['a', 'b'], layers, width: 600, height: 400 });
    // W has rows u·2 + piece: neuron 1's piece 0 is row 2, so weight from input 1 is 2·2 + 1.
    expect(g.edges.find((e) => e.layer === 0 && e.to === 1 && e.from === 1)!.index).toBe(5);
    expect(g.biases.find((b) => b.layer === 0 && b.unit === 2)!.index).toBe(12 + 4);
    expect(g.edges).toHaveLength(2 * 3 + 3);
  });

  it('offers +/− per hidden layer and for the layer count, with the resulting topology', () => {
    const g = layoutOf(2, [4, 3]);
    expect(button(g, 'add-1').hidden).toEqual([4, 4]);
    expect(button(g, 'remove-0').hidden).toEqual([3, 3]);
    expect(button(g, 'addLayer').hidden).toEqual([4, 3, 3]);
    expect(button(g, 'removeLayer').hidden).toEqual([4]);
    expect(button(g, 'add-1').ariaLabel).toBe('Add a neuron to hidden layer 2');
    expect(button(g, 'removeLayer').ariaLabel).toBe('Remove hidden layer');
    expect(g.buttons.every((b) => !b.disabled)).toBe(true);
    expect(g.labels.find((l) => l.id === 'layers')!.text).toBe('2 hidden layers');
  });

  it('adds a 2-neuron layer to a network without hidden layers', () => {
    const g = layoutOf(2, []);
    expect(button(g, 'addLayer').hidden).toEqual([2]);
    expect(button(g, 'removeLayer').disabled).toBe(true);
    expect(g.buttons).toHaveLength(2);
  });

  it('disables the buttons at the limits', () => {
    const full = layoutOf(2, [16, 1, 8, 8, 8, 8, 8, 8]);
    expect(button(full, 'addLayer').disabled).toBe(true);
    expect(button(full, 'add-0').disabled).toBe(true);
    expect(button(full, 'remove-1').disabled).toBe(true);
    expect(button(full, 'remove-0').disabled).toBe(false);
    expect(button(full, 'add-0').hidden).toEqual([16, 1, 8, 8, 8, 8, 8, 8]);
  });

  it('keeps the buttons of neighbouring columns from overlapping', () => {
    const g = layoutOf(7, [16, 16, 16, 16, 16, 16, 16, 16], 390, 420);
    const row = g.buttons.filter((b) => b.layer >= 0).sort((a, b) => a.x - b.x);
    for (let i = 1; i < row.length; i++) {
      const a = row[i - 1]!;
      const b = row[i]!;
      expect(b.x - a.x).toBeGreaterThanOrEqual((a.size + b.size) / 2);
    }
  });

  it('without topology controls gives their band to the neurons and keeps the unit counts', () => {
    const input = {
      featureNames: ['x1', 'x2'],
      layers: layouts(2, [4, 2]),
      width: 560,
      height: 260,
      fontSize: 24,
    };
    const full = networkLayout(input);
    const bare = networkLayout({ ...input, topologyControls: false });
    expect(bare.buttons).toEqual([]);
    expect(bare.labels.some((l) => l.kind === 'layers')).toBe(false);
    expect(bare.labels.filter((l) => l.kind === 'units').map((l) => l.text)).toEqual(
      full.labels.filter((l) => l.kind === 'units').map((l) => l.text),
    );
    expect(bare.neuronSize).toBeGreaterThan(full.neuronSize);
    // The unit counts stay above the top neuron of their column.
    const top = Math.min(...bare.nodes.map((n) => n.y - n.size / 2));
    for (const l of bare.labels.filter((l) => l.kind === 'units')) expect(l.y).toBeLessThan(top);
  });

  it('labels the activation under each column', () => {
    const g = layoutOf(2, [3]);
    const acts = g.labels.filter((l) => l.kind === 'activation').map((l) => l.text);
    expect(acts).toEqual(['tanh', 'sigmoid']);
  });
});

describe('edgeStrokeWidth', () => {
  it('grows with |w| and stays within 0.5..6 px', () => {
    expect(edgeStrokeWidth(0)).toBe(0.5);
    expect(edgeStrokeWidth(-1)).toBe(edgeStrokeWidth(1));
    expect(edgeStrokeWidth(1)).toBeGreaterThan(edgeStrokeWidth(0.5));
    expect(edgeStrokeWidth(100)).toBe(6);
    expect(edgeStrokeWidth(Number.NaN)).toBe(0.5);
  });
});

describe('describeNetwork', () => {
  it('summarises the inputs, hidden layer sizes and outputs', () => {
    expect(describeNetwork(layoutOf(2, [4, 2]))).toBe('2 inputs, hidden layers 4 and 2, 1 output');
    expect(describeNetwork(layoutOf(3, [8, 4, 2], 600, 400, 3))).toBe(
      '3 inputs, hidden layers 8, 4 and 2, 3 outputs',
    );
    expect(describeNetwork(layoutOf(1, [5]))).toBe('1 input, 1 hidden layer of 5, 1 output');
    expect(describeNetwork(layoutOf(2, []))).toBe('2 inputs, no hidden layers, 1 output');
  });
});
