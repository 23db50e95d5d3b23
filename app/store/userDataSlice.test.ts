import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addPoint, emptyDrawing } from '../data/drawing';
import { MAX_LINK_ROWS } from '../data/userDataCodec';

// The slice sends data to the page's trainer; a recorder stands in for the worker.
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

const two = addPoint(addPoint(emptyDrawing('binary'), -2, 1, 0), 3, 3, 1);

describe('user data slice', () => {
  beforeEach(() => {
    calls.length = 0;
    saved.clear();
  });

  it('a drawing is sent and trained on once it has two classes, not before', () => {
    const store = createAppStore();
    const one = addPoint(emptyDrawing('binary'), 0, 0, 0);
    store.getState().setUserData(one, { undoable: true });
    expect(calls).toEqual([]);
    expect(store.getState().config.dataset).toBe('circle');
    store.getState().setUserData(two, { undoable: true });
    expect(calls).toEqual([['setData', two]]);
    const cfg = store.getState().config;
    expect(cfg.dataset).toBe('customBinary');
    expect(cfg.batchSize).toBeLessThanOrEqual(Math.round(cfg.points * cfg.trainRatio));
    expect(store.getState().notices.map((n) => n.text)).toEqual([]);
  });

  it('undo steps back through the edits', () => {
    const store = createAppStore();
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
    const store = createAppStore();
    store.getState().setDrawing(true, 'regression');
    expect(store.getState()).toMatchObject({ drawing: true, drawTarget: 1 });
    expect(store.getState().userData).toMatchObject({ problem: 'regression', y: [] });
    store.getState().setDrawing(false);
    expect(store.getState().drawing).toBe(false);
  });

  it('says once that large data does not fit in a link', () => {
    const store = createAppStore();
    let big = emptyDrawing('regression');
    for (let i = 0; i <= MAX_LINK_ROWS; i++) big = addPoint(big, (i % 12) - 6, 0, i);
    store.getState().setUserData(big);
    store.getState().setUserData(addPoint(big, 1, 1, 1), { undoable: true });
    const said = store.getState().notices.filter((n) => /share link/.test(n.text));
    expect(said).toHaveLength(1);
    expect(store.getState().config.dataset).toBe('customValues');
  });

  it('is saved in local storage and read back by the next page', () => {
    createAppStore().getState().setUserData(two);
    expect(createAppStore().getState().userData).toEqual(two);
    saved.set([...saved.keys()][0]!, '{"not":"data"}');
    expect(createAppStore().getState().userData).toBeNull();
  });
});

describe('a drawing in progress', () => {
  it('is kept across a reload even before it can train', () => {
    saved.clear();
    const one = addPoint(emptyDrawing('binary'), 0, 0, 0);
    createAppStore().getState().setUserData(one, { undoable: true });
    expect(createAppStore().getState().userData).toEqual(one);
  });
});
