import { beforeEach, describe, expect, it } from 'vitest';
import type { Trainer } from './trainer';
import { addPoint, emptyDrawing } from '../data/drawing';
import { MAX_LINK_ROWS } from '../data/userDataCodec';

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

// A browser's local storage, in memory.
const saved = new Map<string, string>();
Object.defineProperty(globalThis, 'localStorage', {
  configurable: true,
  value: {
    getItem: (k: string) => saved.get(k) ?? null,
    setItem: (k: string, v: string) => void saved.set(k, v),
    removeItem: (k: string) => void saved.delete(k),
  },
});

const { createAppStore } = await import('./store');
const { connectTraining } = await import('./connectTraining');

const two = addPoint(addPoint(emptyDrawing('binary'), -2, 1, 0), 3, 3, 1);

describe('user data slice', () => {
  beforeEach(() => {
    calls.length = 0;
    saved.clear();
  });

  it('a drawing is sent and trained on once it has two classes, not before', () => {
    const store = createAppStore({ trainer });
    connectTraining(store, { requestAnimationFrame: () => 0, cancelAnimationFrame: () => 0 });
    const sentData = () => calls.filter((c) => c[0] === 'setData');
    const one = addPoint(emptyDrawing('binary'), 0, 0, 0);
    store.getState().setUserData(one, { undoable: true });
    expect(sentData()).toEqual([]);
    expect(store.getState().config.dataset).toBe('circle');
    store.getState().setUserData(two, { undoable: true });
    expect(sentData()).toEqual([['setData', two]]);
    // The data reaches the worker before the configuration that trains on it.
    const order = calls.map((c) => c[0]).filter((n) => n === 'setData' || n === 'configure');
    expect(order.slice(-2)).toEqual(['setData', 'configure']);
    const cfg = store.getState().config;
    expect(cfg.dataset).toBe('customBinary');
    expect(cfg.batchSize).toBeLessThanOrEqual(Math.round(cfg.points * cfg.trainRatio));
    expect(store.getState().notices.map((n) => n.message)).toEqual([]);
  });

  it('undo steps back through the edits', () => {
    const store = createAppStore({ trainer });
    store.getState().setUserData(two, { undoable: true });
    const three = addPoint(two, 1, 1, 1);
    store.getState().setUserData(three, { undoable: true });
    store.getState().undoUserData();
    expect(store.getState().userData).toEqual(two);
    store.getState().undoUserData();
    expect(store.getState().userData).toBeNull();
    expect(store.getState().userDataUndo).toEqual([]);
  });

  it('starting to draw makes an empty drawing of the chosen kind', () => {
    const store = createAppStore({ trainer });
    store.getState().setDrawing(true, 'regression');
    expect(store.getState()).toMatchObject({ drawing: true, drawTarget: 1 });
    expect(store.getState().userData).toMatchObject({ problem: 'regression', y: [] });
    store.getState().setDrawing(false);
    expect(store.getState().drawing).toBe(false);
  });

  it('says once that large data does not fit in a link', () => {
    const store = createAppStore({ trainer });
    let big = emptyDrawing('regression');
    for (let i = 0; i <= MAX_LINK_ROWS; i++) big = addPoint(big, (i % 12) - 6, 0, i);
    store.getState().setUserData(big);
    store.getState().setUserData(addPoint(big, 1, 1, 1), { undoable: true });
    const said = store.getState().notices.filter((n) => /share link/.test(n.message));
    expect(said).toHaveLength(1);
    expect(store.getState().config.dataset).toBe('customValues');
  });

  it('is saved in local storage and read back by the next page', () => {
    createAppStore({ trainer }).getState().setUserData(two);
    expect(createAppStore({ trainer }).getState().userData).toEqual(two);
    saved.set([...saved.keys()][0]!, '{"not":"data"}');
    expect(createAppStore({ trainer }).getState().userData).toBeNull();
  });
});

describe('a drawing in progress', () => {
  it('is kept across a reload even before it can train', () => {
    saved.clear();
    const one = addPoint(emptyDrawing('binary'), 0, 0, 0);
    createAppStore({ trainer }).getState().setUserData(one, { undoable: true });
    expect(createAppStore({ trainer }).getState().userData).toEqual(one);
  });
});
