import { describe, expect, it } from 'vitest';
import { readSceneView } from './sceneView';

describe('readSceneView', () => {
  it('reads back what a scene saved', () => {
    const view = {
      tab: 'backprop' as const,
      selection: 4,
      exampleRow: 12,
      focusNeuron: { layer: 1, unit: 0 },
      surfacePair: [0, 3] as [number, number],
      backpropPhase: 5,
      speedIndex: 0,
      presenter: true,
    };
    expect(readSceneView(JSON.parse(JSON.stringify(view)))).toEqual(view);
  });

  it('falls back field by field on anything unreadable', () => {
    expect(readSceneView('x')).toBeNull();
    expect(
      readSceneView({
        tab: 'nope',
        selection: -1,
        exampleRow: 1.5,
        focusNeuron: { layer: 'a', unit: 0 },
        surfacePair: [1],
        backpropPhase: '2',
        speedIndex: 1e12,
        presenter: 'yes',
        __proto__: { tab: 'descent' },
      }),
    ).toEqual({
      tab: null,
      selection: null,
      exampleRow: null,
      focusNeuron: null,
      surfacePair: null,
      backpropPhase: 0,
      speedIndex: null,
      presenter: false,
    });
  });
});
