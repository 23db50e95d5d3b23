import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../engine/configRules';
import { DATASET_NAMES } from '../engine/dataset';
import { TrainingClient } from '../worker/client';
import type { WorkerLike } from '../worker/workerLink';
import type { Command } from '../worker/protocol';
import { connectStore } from './connectStore';
import { connectTraining } from './connectTraining';
import type { BrowserLike } from './connectStore';
import { createAppStore } from './store';
import { decodeHash, encodeConfig } from './url';

/** A worker that records commands, can crash on demand and can answer a heartbeat. */
function fakeWorkers() {
  const sent: Command[][] = [];
  const crashers: (() => void)[] = [];
  const answerers: (() => void)[] = [];
  const factory = (): WorkerLike => {
    const log: Command[] = [];
    sent.push(log);
    return {
      postMessage: (m: Command) => log.push(m),
      addEventListener: (type: string, l: (e: never) => void) => {
        if (type === 'error') crashers.push(() => l({ message: 'crash' } as never));
        else answerers.push(() => l({ data: { type: 'pong' } } as never));
      },
      terminate: () => undefined,
    } as WorkerLike;
  };
  return {
    factory,
    sent,
    crash: () => crashers[crashers.length - 1]?.(),
    answer: () => answerers[answerers.length - 1]?.(),
  };
}

/** A frame clock that never ticks (snapshots are not under test here). */
const noFrames = { requestAnimationFrame: () => 0, cancelAnimationFrame: () => undefined };

/** A window with a hash, a history stack and a controllable clock. */
function fakeWindow(hash: string) {
  const listeners = new Map<string, Set<() => void>>();
  const calls: ('push' | 'replace')[] = [];
  const win = {
    now: 0,
    location: { hash },
    history: {
      pushState: (_d: unknown, _u: string, url: string) => {
        calls.push('push');
        win.location.hash = url;
      },
      replaceState: (_d: unknown, _u: string, url: string) => {
        calls.push('replace');
        win.location.hash = url;
      },
    },
    addEventListener: (t: string, l: () => void) => {
      if (!listeners.has(t)) listeners.set(t, new Set());
      listeners.get(t)!.add(l);
    },
    removeEventListener: (t: string, l: () => void) => listeners.get(t)?.delete(l),
    performance: { now: () => win.now },
    /** Simulate Back: the browser sets the hash, then fires popstate. */
    back(to: string) {
      win.location.hash = to;
      for (const l of listeners.get('popstate') ?? []) l();
    },
    calls,
  };
  return win;
}

function setup(hash = '') {
  const workers = fakeWorkers();
  const store = createAppStore({ trainer: new TrainingClient(workers.factory) });
  const win = fakeWindow(hash);
  const offUrl = connectStore(store, win as BrowserLike);
  const offTraining = connectTraining(store, noFrames);
  const disconnect = () => {
    offTraining();
    offUrl();
  };
  return { store, workers, win, disconnect };
}

afterEach(() => vi.useRealTimers());

describe('connectStore', () => {
  it('opens the configuration a link carries and sends it to the worker', () => {
    const shared = { ...DEFAULT_CONFIG, dataset: 'xor' as const, seed: 99 };
    const { store, workers } = setup(`#${encodeConfig(shared)}`);
    expect(store.getState().config.dataset).toBe('xor');
    expect(store.getState().config.seed).toBe(99);
    const configures = workers.sent[0]!.filter((c) => c.type === 'configure');
    expect(configures).toEqual([{ type: 'configure', config: store.getState().config }]);
  });

  it('opens the defaults without a notice when there is no hash', () => {
    const { store, win } = setup('');
    expect(store.getState().config).toEqual(DEFAULT_CONFIG);
    expect(store.getState().notices).toEqual([]);
    expect(decodeHash(win.location.hash).config).toEqual(DEFAULT_CONFIG);
  });

  it('opens a working configuration from a hostile link and names what it ignored', () => {
    const { store, win } = setup('#v=1&lr=-1&layers=99999&data=<script>');
    const { config, notices } = store.getState();
    expect(DATASET_NAMES).toContain(config.dataset);
    expect(config.learningRate).toBeGreaterThan(0);
    expect(notices.length).toBeGreaterThan(0);
    // The address bar is rewritten to a complete, valid link.
    expect(decodeHash(win.location.hash).config).toEqual(config);
  });

  it('pushes a history entry per change, and one per slider drag', () => {
    const { store, win } = setup();
    store.getState().setConfig({ noise: 0.2 });
    win.now = 100;
    store.getState().setConfig({ noise: 0.25 });
    win.now = 200;
    store.getState().setConfig({ noise: 0.3 });
    win.now = 300;
    store.getState().setConfig({ batchNorm: !store.getState().config.batchNorm });
    expect(win.calls).toEqual(['replace', 'push', 'replace', 'replace', 'push']);
    expect(decodeHash(win.location.hash).config).toEqual(store.getState().config);
  });

  it('restores the earlier configuration on Back without writing history', () => {
    const { store, win, workers } = setup();
    const before = win.location.hash;
    const beforeConfig = store.getState().config;
    store.getState().setConfig({ noise: 0.35 });
    const writes = win.calls.length;
    win.back(before);
    expect(store.getState().config).toEqual(beforeConfig);
    expect(win.calls.length).toBe(writes);
    const last = workers.sent[0]!.at(-1);
    expect(last).toEqual({ type: 'configure', config: beforeConfig });
  });

  it('tells the user once the restarted worker answers, and plays on if it was playing', () => {
    vi.useFakeTimers();
    const { store, workers } = setup();
    store.getState().play();
    workers.crash();
    vi.advanceTimersByTime(1000);
    expect(workers.sent[1]?.map((c) => c.type)).toContain('configure');
    expect(store.getState().notices).toEqual([]);
    workers.answer();
    const said = store.getState().notices.map((n) => n.message);
    expect(said.join(' ')).toMatch(/restarted\. Kept: your configuration/);
    expect(workers.sent[1]!.at(-1)).toEqual({ type: 'play' });
  });

  it('stops after a few failed restarts, pauses the run and says so', () => {
    vi.useFakeTimers();
    const { store, workers } = setup();
    store.getState().play();
    for (let i = 0; i < 10; i++) {
      workers.crash();
      vi.advanceTimersByTime(10_000);
    }
    // The first worker and four restarts; then the client stops asking for the script.
    expect(workers.sent).toHaveLength(5);
    expect(store.getState().status).toBe('paused');
    const last = store.getState().notices.at(-1)!;
    expect(last.tone).toBe('error');
    expect(last.message).toMatch(/Training stopped: the training worker failed 5 times/);
  });

  it('stops mirroring after disconnect', () => {
    const { store, win, disconnect } = setup();
    disconnect();
    store.getState().setConfig({ noise: 0.4 });
    expect(win.calls).toEqual(['replace']);
  });
});

describe('connectStore view settings', () => {
  it('reads view settings from the link and keeps them in the hash', () => {
    const { store, win, workers } = setup(
      `#${encodeConfig(DEFAULT_CONFIG, { log: true, speed: '5' })}`,
    );
    expect(store.getState().logScale).toBe(true);
    expect(workers.sent[0]).toContainEqual({ type: 'speed', stepsPerSecond: 5 });
    expect(workers.sent[0]!.filter((c) => c.type === 'speed')).toHaveLength(1);
    const writes = win.calls.length;
    store.getState().setDisplay({ showTest: true });
    expect(win.calls.slice(writes)).toEqual(['replace']);
    expect(decodeHash(win.location.hash).view).toMatchObject({ log: '1', test: '1', speed: '5' });
  });
});
