import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../engine/configRules';

// The slice drives the page's trainer; here a recorder stands in for the worker.
const calls: unknown[][] = [];
vi.mock('./trainer', () => ({
  getTrainer: () =>
    new Proxy(
      {},
      {
        get:
          (_t, name: string) =>
          (...args: unknown[]) =>
            void calls.push([name, ...args]),
      },
    ),
}));

const { createAppStore } = await import('./store');

describe('classroom slice', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('captures the current state as a scene, with weights only when asked', async () => {
    const store = createAppStore();
    store.setState({ parameters: new Float64Array([1, 2, 3]), epoch: 4, step: 40 });
    const plain = await store.getState().captureScene('A', false);
    expect(plain).toEqual({ title: 'A', config: DEFAULT_CONFIG });
    const trained = await store.getState().captureScene('B', true);
    expect(trained.weights).toEqual({ epoch: 4, step: 40, parameters: [1, 2, 3] });
  });

  it('shows a scene: its configuration, then a fresh start or its weights', () => {
    const store = createAppStore();
    const xor = { ...DEFAULT_CONFIG, dataset: 'xor' as const, learningRate: 0.1 };
    store.getState().setDeck({
      title: 'd',
      scenes: [
        { title: 'one', config: xor },
        { title: 'two', config: DEFAULT_CONFIG, weights: { epoch: 2, step: 9, parameters: [5] } },
      ],
    });
    store.getState().goToScene(0);
    expect(store.getState().config).toEqual(xor);
    expect(store.getState().sceneIndex).toBe(0);
    expect(calls.map((c) => c[0])).toContain('reset');
    calls.length = 0;
    store.getState().goToScene(1);
    expect(store.getState().config).toEqual(DEFAULT_CONFIG);
    const restore = calls.find((c) => c[0] === 'restore');
    expect(restore?.slice(2)).toEqual([2, 9, undefined]);
    expect([...(restore?.[1] as Float64Array)]).toEqual([5]);
    store.getState().goToScene(2);
    expect(store.getState().sceneIndex).toBe(1);
  });

  it('keeps the position inside a shorter deck', () => {
    const store = createAppStore();
    const scene = { title: 's', config: DEFAULT_CONFIG };
    store.getState().setDeck({ title: 'd', scenes: [scene, scene, scene] });
    store.setState({ sceneIndex: 2 });
    store.getState().setDeck({ title: 'd', scenes: [scene] });
    expect(store.getState().sceneIndex).toBe(0);
  });

  it('steps the learning rate along the rate steps', () => {
    const store = createAppStore();
    store.getState().stepLearningRate(1);
    expect(store.getState().config.learningRate).toBe(0.1);
    store.getState().stepLearningRate(-1);
    store.getState().stepLearningRate(-1);
    expect(store.getState().config.learningRate).toBe(0.01);
  });
});
