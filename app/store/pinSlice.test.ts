import { beforeEach, describe, expect, it } from 'vitest';
import type { Trainer } from './trainer';
import { DEFAULT_CONFIG } from '../engine/configRules';
import { TrainingSession } from '../engine/session';
import { appendHistory, emptyHistory } from './runHistory';

// The slice drives its store's trainer; here a recorder stands in for the worker, and answers
// the training-state probe from a real session as the worker does.
const calls: unknown[][] = [];
let session: TrainingSession | null = null;
const trainer = new Proxy(
  {},
  {
    get:
      (_t, name: string) =>
      (...args: unknown[]) => {
        calls.push([name, ...args]);
        if (name !== 'probe' || !session) return undefined;
        const s = session;
        s.evaluateAll();
        return Promise.resolve({
          kind: 'state',
          state: {
            parameters: s.net.params.slice(),
            epoch: s.epoch,
            step: s.step,
            extras: s.extras(),
          },
          evaluation: {
            trainLoss: s.train.loss,
            validationLoss: s.validation.loss,
            testLoss: s.test.loss,
            trainAccuracy: s.train.accuracy,
            testAccuracy: s.test.accuracy,
          },
        });
      },
  },
) as Trainer;

const { createAppStore } = await import('./store');

/** A store showing a short real run: its info, grid, history, figures and weights. */
function storeWithRun(learningRate = 0.3) {
  const store = createAppStore({ trainer });
  const config = { ...DEFAULT_CONFIG, learningRate };
  const s = new TrainingSession(config);
  s.stepEpoch();
  s.stepEpoch();
  // Five steps into the third epoch: the readouts are the second epoch's, the weights newer.
  for (let k = 0; k < 5; k++) s.stepBatch();
  session = s;
  const { chunk } = s.takeHistory();
  store.setState({
    config,
    info: s.info(),
    grid: s.grid(30, false, 0),
    history: appendHistory(emptyHistory(), chunk, true),
    parameters: s.net.params.slice(),
    epoch: s.epoch,
    step: s.step,
    trainLoss: s.train.loss,
    testLoss: s.test.loss,
    trainAccuracy: s.train.accuracy,
    testAccuracy: s.test.accuracy,
  });
  return store;
}

describe('pin slice', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('pins the live run with its figures, curves, outline and weights; the run goes on', async () => {
    const store = storeWithRun();
    const pin = await store.getState().pinRun();
    const exact = session!;
    expect(pin).not.toBeNull();
    const s = store.getState();
    expect(s.pins).toHaveLength(1);
    expect(pin).toMatchObject({ slot: 0, name: 'Pin 1', config: s.config });
    // The figures are those of the weights pinned, evaluated by the engine at exactly them.
    expect(pin!.figures).toMatchObject({
      epoch: exact.epoch,
      trainLoss: exact.train.loss,
      testLoss: exact.test.loss,
      testAccuracy: exact.test.accuracy,
    });
    expect(pin!.history.epoch).toEqual([0, 1, 2]);
    expect(pin!.outline?.kind).toBe('level');
    expect(pin!.weights?.parameters).toEqual([...exact.net.params]);
    // Pinning sends nothing that would change the live run.
    expect(calls.map((c) => c[0])).toEqual(['probe']);
  });

  it('keeps four at most, with a notice, and frees a slot on removal', async () => {
    const store = storeWithRun();
    for (let k = 0; k < 5; k++) await store.getState().pinRun();
    expect(store.getState().pins.map((p) => p.slot)).toEqual([0, 1, 2, 3]);
    expect(store.getState().notices.at(-1)?.message).toMatch(/At most 4 runs can be pinned/);
    store.getState().removePin(1);
    const again = await store.getState().pinRun();
    expect(again?.slot).toBe(1);
    expect(again?.name).toBe('Pin 2');
  });

  it('makes a pinned run live again: its configuration and its weights, unpinned', async () => {
    const store = storeWithRun(0.3);
    const pin = (await store.getState().pinRun())!;
    store.getState().setConfig({ learningRate: 0.03 });
    calls.length = 0;
    store.getState().makePinLive(pin.slot);
    const s = store.getState();
    expect(s.config.learningRate).toBe(0.3);
    expect(s.pins).toEqual([]);
    const restore = calls.find((c) => c[0] === 'restore');
    expect(restore?.[1]).toEqual(Float64Array.from(pin.weights!.parameters));
  });

  it('keeps pinned runs in a scene and brings them back with it', async () => {
    const store = storeWithRun();
    await store.getState().pinRun();
    const scene = await store.getState().captureScene('with a pin', false);
    expect(scene.pins).toHaveLength(1);
    store
      .getState()
      .setDeck({ title: 'd', scenes: [{ title: 'none', config: DEFAULT_CONFIG }, scene] });
    store.getState().goToScene(0);
    expect(store.getState().pins).toEqual([]);
    store.getState().goToScene(1);
    expect(store.getState().pins).toEqual(scene.pins);
  });
});
