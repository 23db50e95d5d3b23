import { beforeEach, describe, expect, it } from 'vitest';
import type { Trainer } from './trainer';
import { DEFAULT_CONFIG } from '../engine/configRules';

// The slice drives its store's trainer; here a recorder stands in for the worker.
const calls: unknown[][] = [];
const trainer = new Proxy(
  {},
  {
    get:
      (_t, name: string) =>
      (...args: unknown[]) =>
        void calls.push([name, ...args]),
  },
) as Trainer;

const { createAppStore } = await import('./store');

describe('classroom slice', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it("captures the current state as a scene, with weights only when asked (the last snapshot's when the worker cannot answer)", async () => {
    const store = createAppStore({ trainer });
    store.setState({ parameters: new Float64Array([1, 2, 3]), epoch: 4, step: 40 });
    const plain = await store.getState().captureScene('A', false);
    expect(plain).toMatchObject({ title: 'A', config: DEFAULT_CONFIG });
    expect(plain.view).toMatchObject({ tab: null, selection: null, presenter: false });
    const trained = await store.getState().captureScene('B', true);
    expect(trained.weights).toEqual({ epoch: 4, step: 40, parameters: [1, 2, 3] });
  });

  it('a scene with weights keeps what the worker reports: weights, counters, optimiser state and batch-norm statistics', async () => {
    // The worker's answer, not the page's last snapshot (which lags behind and has no optimiser state).
    const state = {
      epoch: 9,
      step: 90,
      parameters: new Float64Array([0.5, -1.25]),
      extras: {
        m: new Float64Array([0.1, 0.2]),
        s: new Float64Array([0.01, 0.02]),
        t: 90,
        runMean: [new Float64Array([0.3])],
        runVar: [new Float64Array([1.5])],
      },
    };
    const answering = new Proxy(
      {},
      {
        get: (_t, name: string) =>
          name === 'probe'
            ? (request: unknown) => {
                calls.push(['probe', request]);
                return Promise.resolve({ kind: 'state', state });
              }
            : () => undefined,
      },
    ) as Trainer;
    const store = createAppStore({ trainer: answering });
    store.setState({ parameters: new Float64Array([7, 7]), epoch: 4, step: 40 });
    const scene = await store.getState().captureScene('trained', true);
    expect(calls).toContainEqual(['probe', { kind: 'state' }]);
    expect(scene.weights).toEqual({
      epoch: 9,
      step: 90,
      parameters: [0.5, -1.25],
      extras: { m: [0.1, 0.2], s: [0.01, 0.02], t: 90, runMean: [[0.3]], runVar: [[1.5]] },
    });
  });

  it('a scene keeps its view: the teaching view, what it follows, the phase and the speed', async () => {
    const store = createAppStore({ trainer });
    store.setState({
      teachingTab: 'backprop',
      exampleRow: 17,
      backpropPhase: 4,
      selection: { index: 3 },
      speedIndex: 0,
      presenter: true,
    });
    const scene = await store.getState().captureScene('traced', false);
    store.setState({ teachingTab: null, exampleRow: null, backpropPhase: 0, selection: null });
    store.getState().setSpeedIndex(6);
    store.getState().setPresenter(false);
    store
      .getState()
      .setDeck({ title: 'd', scenes: [scene, { title: 'plain', config: DEFAULT_CONFIG }] });
    store.getState().goToScene(0);
    const s = store.getState();
    expect([s.teachingTab, s.exampleRow, s.backpropPhase, s.selection?.index]).toEqual([
      'backprop',
      17,
      4,
      3,
    ]);
    // The speed reaches the worker through connectTraining, which follows speedIndex.
    expect([s.speedIndex, s.presenter]).toEqual([0, true]);
    // A scene without a view closes the teaching view (and leaves presenter mode as it is).
    store.getState().goToScene(1);
    expect(store.getState().teachingTab).toBeNull();
    expect(store.getState().presenter).toBe(true);
  });

  it('shows a scene: its configuration, then a fresh start or its weights', () => {
    const store = createAppStore({ trainer });
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
    // Epoch, step, no optimiser state and no loss history (the scene kept neither).
    expect(restore?.slice(2)).toEqual([2, 9, undefined, undefined]);
    expect([...(restore?.[1] as Float64Array)]).toEqual([5]);
    store.getState().goToScene(2);
    expect(store.getState().sceneIndex).toBe(1);
  });

  it('walks a deck with title cards forward and back as a clicker does, each step the reverse of the other', () => {
    const store = createAppStore({ trainer });
    const plain = { title: 'plain', config: DEFAULT_CONFIG };
    const captioned = { ...plain, title: 'card', caption: 'The **loss** $L$' };
    store.getState().setDeck({ title: 'd', scenes: [captioned, plain, captioned] });
    const where = () =>
      `${store.getState().sceneIndex}${store.getState().titleCard ? ' card' : ''}`;
    const walk = (direction: 1 | -1, steps: number) =>
      Array.from({ length: steps }, () => {
        store.getState().stepScene(direction);
        return where();
      });
    // Forward: scene 1's card, scene 1, scene 2 (no caption), scene 3's card, scene 3, and no further.
    expect(walk(1, 6)).toEqual(['0 card', '0', '1', '2 card', '2', '2']);
    // Backward retraces the same stops; before the first card there is nothing.
    expect(walk(-1, 6)).toEqual(['2 card', '1', '0', '0 card', '0 card', '0 card']);
    // Going back to a scene shows it as it was left: its network is not loaded again.
    calls.length = 0;
    store.getState().stepScene(1);
    expect(calls).toEqual([]);
    // Esc (or a click) puts a card away; a scene shown from the deck list opens on its card.
    store.getState().goToScene(2);
    expect(where()).toBe('2 card');
    store.getState().dismissTitleCard();
    expect(where()).toBe('2');
    // A card whose caption is removed goes away with it.
    store.getState().goToScene(0);
    store.getState().setDeck({ title: 'd', scenes: [plain, plain, captioned] });
    expect(where()).toBe('0');
  });

  it('a widget scene stops the playground under it and leaves its state alone; the next playground scene brings its own', () => {
    const store = createAppStore({ trainer });
    const xor = { ...DEFAULT_CONFIG, dataset: 'xor' as const };
    const widget = {
      kind: 'widget' as const,
      title: 'Activations',
      caption: 'What a neuron does with $z$',
      widget: { id: 'activation-explorer' as const, options: { initial: 'tanh' } },
    };
    store.getState().setDeck({
      title: 'd',
      scenes: [
        {
          title: 'circle',
          config: DEFAULT_CONFIG,
          view: { ...store.getState().sceneView(), tab: 'neuron' },
        },
        widget,
        { title: 'xor', config: xor },
      ],
    });
    store.getState().goToScene(0);
    store.setState({ status: 'running' });
    calls.length = 0;
    const where = () =>
      `${store.getState().sceneIndex}${store.getState().titleCard ? ' card' : ''}`;
    store.getState().stepScene(1);
    expect(where()).toBe('1 card');
    // Paused, and nothing else asked of the worker: no configuration, no reset, no weights.
    expect(calls.map((c) => c[0])).toEqual(['pause']);
    expect(store.getState().status).toBe('paused');
    expect(store.getState().config).toEqual(DEFAULT_CONFIG);
    // The playground scene's view stays as it was under the widget, with no view waiting.
    expect(store.getState().teachingTab).toBe('neuron');
    expect(store.getState().pendingView).toBeNull();
    store.getState().stepScene(1);
    expect(where()).toBe('1');
    store.getState().stepScene(1);
    expect(where()).toBe('2');
    expect(store.getState().config).toEqual(xor);
    expect(calls.map((c) => c[0])).toContain('reset');
    // Back through the widget (no card on the way back) and its card to the first scene,
    // shown again from the deck.
    expect([1, 2, 3].map(() => (store.getState().stepScene(-1), where()))).toEqual([
      '1',
      '1 card',
      '0',
    ]);
    expect(store.getState().config).toEqual(DEFAULT_CONFIG);
    expect(store.getState().teachingTab).toBe('neuron');
  });

  it('keeps the position inside a shorter deck', () => {
    const store = createAppStore({ trainer });
    const scene = { title: 's', config: DEFAULT_CONFIG };
    store.getState().setDeck({ title: 'd', scenes: [scene, scene, scene] });
    store.setState({ sceneIndex: 2 });
    store.getState().setDeck({ title: 'd', scenes: [scene] });
    expect(store.getState().sceneIndex).toBe(0);
  });

  it('steps the learning rate along the rate steps', () => {
    const store = createAppStore({ trainer });
    store.getState().stepLearningRate(1);
    expect(store.getState().config.learningRate).toBe(0.1);
    store.getState().stepLearningRate(-1);
    store.getState().stepLearningRate(-1);
    expect(store.getState().config.learningRate).toBe(0.01);
  });
});
