import { useEffect } from 'react';
import { connectTraining } from '../store/connectTraining';
import { useAppStore } from '../store/store';
import type { AppState } from '../store/store';
import { diffConfig, sameConfig } from '../engine/configRules';
import type { TrainingConfig } from '../engine/trainingConfig';
import { indexOfSpeed } from '../store/speedScale';
import { useLessonStore } from './lessonStore';
import { rememberNetwork } from './lastNetwork';

/** At most one save of the lesson's network per this many milliseconds while it trains. */
const REMEMBER_EVERY_MS = 2000;

/** Keep the live block's network for later lessons: with the worker's full state when paused. */
function remember(state: AppState, full: boolean): void {
  if (!state.parameters || useLessonStore.getState().activeBlock === null) return;
  const storage = globalThis.localStorage ?? null;
  const config = state.config;
  if (!full) {
    rememberNetwork(storage, {
      config,
      state: { epoch: state.epoch, step: state.step, parameters: Array.from(state.parameters) },
    });
    return;
  }
  void state.saveTraining().then((saved) => {
    if (saved) rememberNetwork(storage, { config, state: saved });
  });
}

/** Whether a store change carries a new snapshot's numbers. */
function snapshotApplied(state: AppState, prev: AppState): boolean {
  return (
    state.history !== prev.history ||
    state.step !== prev.step ||
    state.epoch !== prev.epoch ||
    !Object.is(state.trainLoss, prev.trainLoss) ||
    state.parameters !== prev.parameters
  );
}

/**
 * Connect the playground store to the training worker for a lesson page, without the URL:
 * the lesson's address stays a lesson link. The wiring is the playground's (connectTraining,
 * restart notices included); on top, the lesson tracks whether the run numbers belong to the
 * current network, so checkpoints never pass on a network that was replaced.
 */
export function useLessonTraining(): void {
  useEffect(() => {
    useAppStore.setState({ diagramVisible: false });
    // After a rebuild, run numbers count again only once the new network's 'ready' has been
    // followed by a snapshot (the worker answers in order, so that snapshot is the new one's).
    let readySeen = false;
    let rememberedAt = 0;
    const unsubscribe = useAppStore.subscribe((state, prev) => {
      if (state.status === 'paused' && prev.status === 'running') remember(state, true);
      else if (state.epoch !== prev.epoch && Date.now() - rememberedAt > REMEMBER_EVERY_MS) {
        rememberedAt = Date.now();
        remember(state, false);
      }
      const lesson = useLessonStore.getState();
      if (state.config !== prev.config) {
        const { needs } = diffConfig(prev.config, state.config);
        if (needs === 'data' || needs === 'model') {
          lesson.setRunValid(false);
          readySeen = false;
        }
      }
      if (state.info !== prev.info && state.info) readySeen = true;
      else if (readySeen && !lesson.runValid && snapshotApplied(state, prev)) {
        lesson.setRunValid(true);
        readySeen = false;
      }
    });
    const disconnect = connectTraining(useAppStore, window);
    // Leaving the page (a link to the next lesson): keep the last snapshot's weights.
    // (A paused run was saved in full when it paused.)
    const onHide = () => {
      const state = useAppStore.getState();
      if (state.status === 'running') remember(state, false);
    };
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      disconnect();
      unsubscribe();
      useAppStore.getState().pause();
      useLessonStore.getState().setActiveBlock(null);
    };
  }, []);
}

/**
 * Make a lesson block the live one: pause, load its configuration into the playground store
 * at the block's starting speed (steps per second; null is full speed) and start from fresh
 * weights. Only one block drives the playground at a time.
 */
export function activateBlock(
  key: string,
  config: TrainingConfig,
  speed: number | null = null,
): void {
  const app = useAppStore.getState();
  // The first block of a page has no run yet; a different configuration gets a new network.
  if (app.info === null || !sameConfig(app.config, config))
    useLessonStore.getState().setRunValid(false);
  app.pause();
  app.setSpeedIndex(indexOfSpeed(speed));
  app.select(null);
  app.loadConfig(config);
  // The same configuration sends nothing through the store; the worker still rebuilds.
  app.trainer.configure(config);
  app.reset();
  useLessonStore.getState().setActiveBlock(key);
}
