import { describe, expect, it } from 'vitest';
import { networkLayout } from './networkLayout';
import { silencedEdges } from './networkDropout';
import type { LayerLayout } from '../engine/sessionTypes';

const layer = (units: number, fanIn: number): LayerLayout => ({
  units,
  fanIn,
  pieces: 1,
  wOffset: 0,
  bOffset: 0,
  gammaOffset: -1,
  betaOffset: -1,
  activation: 'tanh',
});

describe('silencedEdges', () => {
  it('greys every edge into and out of a dropped neuron, and no other', () => {
    const g = networkLayout({
      featureNames: ['x1', 'x2'],
      hidden: [3, 2],
      layers: [layer(3, 2), layer(2, 3), layer(1, 2)],
      width: 500,
      height: 300,
      fontSize: 11,
    });
    const edges = silencedEdges(g, [{ layer: 0, unit: 1 }]);
    // Into h₁,₂ from both inputs, out of it to both neurons of layer 2.
    const ids = [...edges].map((e) => `${e.layer}:${e.from}>${e.to}`).sort();
    expect(ids).toEqual(['0:0>1', '0:1>1', '1:1>0', '1:1>1']);
    expect(silencedEdges(g, []).size).toBe(0);
  });
});
