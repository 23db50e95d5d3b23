import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../engine/configRules';
import { TrainingSession } from '../engine/session';
import { createAppStore } from './store';
import type { Trainer } from './trainer';

// Nothing here trains: a trainer that records nothing is enough for setInfo.
const trainer = new Proxy({}, { get: () => () => undefined }) as Trainer;

const infoOf = (config: Partial<typeof DEFAULT_CONFIG>) =>
  new TrainingSession({ ...DEFAULT_CONFIG, ...config }).info();

describe('the traced example when the network changes', () => {
  it('is kept while the examples are the same (a new network on the same data)', () => {
    const store = createAppStore({ trainer });
    store.getState().setInfo(infoOf({}));
    store.getState().pickExample(7);
    store.getState().setInfo(infoOf({ hidden: [3] }));
    expect(store.getState().exampleRow).toBe(7);
  });

  it('is dropped when the data changes, even with as many rows (a lesson replacing the playground)', () => {
    const a = infoOf({ dataset: 'circle', points: 200 });
    const b = infoOf({ dataset: 'xor', points: 200 });
    expect(b.isTrain.length).toBe(a.isTrain.length);
    const store = createAppStore({ trainer });
    store.getState().setInfo(a);
    store.getState().pickExample(a.isTrain.indexOf(1));
    store.getState().setInfo(b);
    expect(store.getState().exampleRow).toBeNull();
  });
});

describe('the selection when the network changes shape', () => {
  it('is cleared with a notice when the user changes the network', () => {
    const store = createAppStore({ trainer });
    store.getState().setInfo(infoOf({}));
    store.getState().select({ index: 2 });
    store.getState().setInfo(infoOf({ hidden: [3] }));
    expect(store.getState().selection).toBeNull();
    expect(store.getState().notices.map((n) => n.message)).toContain(
      'Selection cleared: the network changed shape.',
    );
  });

  it('comes back without a notice when a scene of another shape is shown', () => {
    const store = createAppStore({ trainer });
    store.getState().setInfo(infoOf({}));
    store.getState().select({ index: 2 });
    const wide = { ...DEFAULT_CONFIG, hidden: [3] };
    store.getState().setDeck({
      title: 'd',
      scenes: [
        {
          title: 'wide',
          config: wide,
          view: {
            tab: 'descent',
            selection: 5,
            exampleRow: null,
            focusNeuron: null,
            surfacePair: null,
            backpropPhase: 0,
            speedIndex: null,
            presenter: false,
          },
        },
      ],
    });
    store.getState().goToScene(0);
    store.getState().setInfo(infoOf(wide));
    expect(store.getState().notices).toEqual([]);
  });
});
