import { describe, expect, it } from 'vitest';
import { networkLayout } from '../../charts/networkLayout';
import { notedNeurons } from '../../charts/networkNotes';
import { hiddenSlot, neuronExists, neuronKey, parseNeuronKey } from '../../engine/neuronRef';
import { TrainingSession } from '../../engine/session';
import { probeTrace } from '../../engine/sessionProbes';
import { DEFAULT_CONFIG } from '../../engine/configFields';
import { neuronOptions } from './neuronIds';
import { phaseNotes, tracePhases } from './traceLedger';

// Three hidden layers of different sizes, so a note written one layer off cannot land on a
// column of the same height by chance.
const session = new TrainingSession({
  ...DEFAULT_CONFIG,
  hidden: [3, 2, 4],
  activations: ['tanh', 'relu', 'tanh'],
  points: 40,
  seed: 5,
});
const info = session.info();
const inputs = info.layers[0]!.fanIn;
const geometry = networkLayout({
  featureNames: info.featureNames,
  layers: info.layers,
  width: 640,
  height: 420,
});
const probe = probeTrace(session, session.data.train.rows[0]!)!;

describe('neuron references: layout, keys, views and notes agree', () => {
  it('every drawn neuron is a reference the network has, and its key parses back to it', () => {
    expect(geometry.nodes).toHaveLength(inputs + 3 + 2 + 4 + 1);
    for (const node of geometry.nodes) {
      const ref = { layer: node.layer, unit: node.unit };
      expect(parseNeuronKey(neuronKey(ref))).toEqual(ref);
      expect(neuronExists(ref, inputs, info.layers)).toBe(true);
      if (node.kind === 'hidden') expect(hiddenSlot(ref, info.layers)).toBe(node.slot);
    }
    expect(parseNeuronKey('h1-0')).toBeNull();
    expect(neuronExists({ layer: 4, unit: 0 }, inputs, info.layers)).toBe(false);
  });

  it("the neuron picker lists exactly the diagram's hidden and output neurons, in order", () => {
    const drawn = geometry.nodes
      .filter((n) => n.kind !== 'input')
      .map((n) => ({ layer: n.layer, unit: n.unit }));
    expect(neuronOptions(info.layers).map(({ layer, unit }) => ({ layer, unit }))).toEqual(drawn);
  });

  it("each step-through phase writes on every neuron of its own layer's column, and no other", () => {
    const columnX = (layer: number) => geometry.nodes.find((n) => n.layer === layer)!.x;
    for (const phase of tracePhases(info.layers.length)) {
      const notes = phaseNotes(probe, info, phase);
      const noted = [...notedNeurons(geometry, notes).keys()];
      expect(noted.length).toBe(notes?.length ?? 0);
      if (phase.kind === 'update') continue;
      const layer = phase.kind === 'loss' ? info.layers.length - 1 : phase.layer;
      const expected = phase.kind === 'loss' ? 1 : info.layers[layer]!.units;
      expect(noted).toHaveLength(expected);
      for (const node of noted) {
        expect(node.layer).toBe(layer);
        expect(node.x).toBe(columnX(layer));
      }
    }
  });
});
