// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../engine/configFields';
import { neuronKey } from '../engine/neuronRef';
import { TrainingSession } from '../engine/session';
import { destroyNetworkDiagram, renderNetworkDiagram } from './networkDiagram';
import type { DiagramSelection, NetworkDiagramCallbacks } from './networkDiagram';
import { networkLayout } from './networkLayout';

// The renderer in a DOM: what it draws for a real network's layout and parameters, and what
// a click or a key reports back. (jsdom has no canvas, so the neuron pictures are not painted.)
const session = new TrainingSession({
  ...DEFAULT_CONFIG,
  hidden: [3, 2],
  activations: ['tanh', 'relu'],
  points: 40,
  seed: 3,
});
const info = session.info();
const geometry = networkLayout({
  featureNames: info.featureNames,
  layers: info.layers,
  width: 600,
  height: 400,
});

function mount() {
  const element = document.createElement('div');
  document.body.append(element);
  const selected: DiagramSelection[] = [];
  const picked: unknown[] = [];
  const topologies: number[][] = [];
  const callbacks: NetworkDiagramCallbacks = {
    onSelect: (s) => selected.push(s),
    onTopology: (t) => topologies.push(t.hidden),
    onPickNeuron: (n) => picked.push(n),
  };
  return { element, callbacks, selected, picked, topologies };
}

const key = (el: Element, k: string) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

afterEach(() => {
  document.body.replaceChildren();
});

describe('renderNetworkDiagram in a DOM', () => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);

  it('draws one element per neuron, edge and bias of the layout, keyed by neuron reference', () => {
    const { element, callbacks } = mount();
    const parameters = Float64Array.from(session.net.params);
    renderNetworkDiagram(element, { geometry, parameters }, callbacks);
    const neurons = [...element.querySelectorAll('rect.neuron')];
    expect(neurons.map((n) => n.getAttribute('data-neuron'))).toEqual(
      geometry.nodes.map(neuronKey),
    );
    expect(element.querySelectorAll('g.edge')).toHaveLength(geometry.edges.length);
    expect(element.querySelectorAll('g.bias')).toHaveLength(geometry.biases.length);
    // 2 inputs → 3 → 2 → 1: 6 + 6 + 2 weights, 3 + 2 + 1 biases.
    expect(geometry.edges).toHaveLength(14);
    expect(geometry.biases).toHaveLength(6);
    // Inputs are not buttons; every computing neuron is, and says what it opens.
    for (const [i, node] of geometry.nodes.entries()) {
      expect(neurons[i]!.getAttribute('role')).toBe(node.kind === 'input' ? null : 'button');
    }
  });

  it("styles each edge by its weight's sign and size, and names it with its value", () => {
    const { element, callbacks } = mount();
    const parameters = new Float64Array(session.net.params.length);
    const [first, second] = geometry.edges;
    parameters[first!.index] = -2;
    parameters[second!.index] = 0.5;
    renderNetworkDiagram(element, { geometry, parameters }, callbacks);
    const edges = [...element.querySelectorAll('g.edge')];
    expect(edges[0]!.classList.contains('is-negative')).toBe(true);
    expect(edges[1]!.classList.contains('is-negative')).toBe(false);
    const width = (el: Element) =>
      Number(el.querySelector('path.edge__line')!.getAttribute('stroke-width'));
    expect(width(edges[0]!)).toBeGreaterThan(width(edges[1]!));
    expect(edges[0]!.getAttribute('aria-label')).toBe(`${first!.name}: −2`);
  });

  it('reports the parameter a clicked edge or bias stands for, and the neuron Enter opens', () => {
    const { element, callbacks, selected, picked } = mount();
    renderNetworkDiagram(
      element,
      { geometry, parameters: Float64Array.from(session.net.params) },
      callbacks,
    );
    const edge = geometry.edges[7]!;
    element
      .querySelectorAll('g.edge')[7]!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(selected).toEqual([
      { kind: 'weight', layer: edge.layer, to: edge.to, from: edge.from, index: edge.index },
    ]);
    // The edge's parameter really is that weight of that layer.
    const layer = info.layers[edge.layer]!;
    expect(edge.index).toBe(layer.wOffset + edge.to * layer.fanIn + edge.from);

    const bias = geometry.biases[4]!;
    key(element.querySelectorAll('g.bias')[4]!, 'Enter');
    expect(selected[1]).toEqual({
      kind: 'bias',
      layer: bias.layer,
      unit: bias.unit,
      index: bias.index,
    });

    const hidden = geometry.nodes.find((n) => n.layer === 0 && n.unit === 2)!;
    key(element.querySelector(`[data-neuron="${neuronKey(hidden)}"]`)!, 'Enter');
    const input = geometry.nodes.find((n) => n.kind === 'input')!;
    element
      .querySelector(`[data-neuron="${neuronKey(input)}"]`)!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(picked).toEqual([{ layer: 0, unit: 2 }]);
  });

  it('marks the selected parameter, and a parameter-only update keeps every element', () => {
    const { element, callbacks } = mount();
    const parameters = Float64Array.from(session.net.params);
    const edge = geometry.edges[3]!;
    renderNetworkDiagram(element, { geometry, parameters, selectedIndex: edge.index }, callbacks);
    const before = [...element.querySelectorAll('g.edge, rect.neuron, g.bias')];
    expect(element.querySelectorAll('.is-selected')).toHaveLength(1);
    expect(element.querySelectorAll('g.edge')[3]!.classList.contains('is-selected')).toBe(true);
    const next = parameters.map((w) => -w);
    renderNetworkDiagram(
      element,
      { geometry, parameters: next, selectedIndex: edge.index },
      callbacks,
    );
    const after = [...element.querySelectorAll('g.edge, rect.neuron, g.bias')];
    expect(after).toHaveLength(before.length);
    after.forEach((el, i) => expect(el).toBe(before[i]));
    const i = geometry.edges.findIndex((e) => next[e.index]! < 0);
    expect(element.querySelectorAll('g.edge')[i]!.classList.contains('is-negative')).toBe(true);
  });

  it('writes step-through notes beside the neurons they name, and the +/− buttons change the layers', () => {
    const { element, callbacks, topologies } = mount();
    const notes = [
      { neuron: { layer: 1, unit: 0 }, text: 'a = 0.5' },
      { neuron: { layer: 1, unit: 1 }, text: 'a = −0.25' },
    ];
    renderNetworkDiagram(
      element,
      { geometry, parameters: Float64Array.from(session.net.params), notes },
      callbacks,
    );
    const texts = [...element.querySelectorAll('g.notes text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['a = 0.5', 'a = −0.25']));
    const lit = [...element.querySelectorAll('rect.neuron.is-noted')].map((n) =>
      n.getAttribute('data-neuron'),
    );
    expect(lit.sort()).toEqual(notes.map((n) => neuronKey(n.neuron)).sort());

    const add = [...element.querySelectorAll('button')].find(
      (b) => /add a neuron/i.test(b.getAttribute('aria-label') ?? '') && !b.disabled,
    )!;
    add.click();
    expect(topologies).toHaveLength(1);
    expect(topologies[0]!.reduce((a, b) => a + b, 0)).toBe(6);

    destroyNetworkDiagram(element);
    expect(element.children).toHaveLength(0);
  });
});
