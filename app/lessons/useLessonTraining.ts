import { useEffect } from 'react';
import { startSnapshotLoop } from '../store/snapshotLoop';
import { useAppStore } from '../store/store';
import type { AppState } from '../store/store';
import { getTrainer } from '../store/trainer';
import { diffConfig, sameConfig } from '../engine/configRules';
import type { TrainingConfig } from '../engine/trainingConfig';
import { indexOfSpeed } from '../store/speedScale';
import { useLessonStore } from './lessonStore';

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
 * the lesson's address stays a lesson link. Config changes go to the worker, its answers to
 * the store, and snapshots are drawn once per frame, for as long as the page is mounted.
 */
export function useLessonTraining(): void {
  useEffect(() => {
    const client = getTrainer();
    useAppStore.setState({ diagramVisible: false });
    // After a rebuild, run numbers count again only once the new network's 'ready' has been
    // followed by a snapshot (the worker answers in order, so that snapshot is the new one's).
    let readySeen = false;
    const unsubscribe = useAppStore.subscribe((state, prev) => {
      const lesson = useLessonStore.getState();
      if (state.config !== prev.config) {
        client.configure(state.config);
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
    const offReady = client.onReady((info) => useAppStore.getState().setInfo(info));
    const offError = client.onError((message) =>
      useAppStore
        .getState()
        .addNotice(`The engine could not use this configuration: ${message}`, 'warning'),
    );
    const stopLoop = startSnapshotLoop(useAppStore, client, window);
    return () => {
      stopLoop();
      offReady();
      offError();
      unsubscribe();
      client.pause();
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
  getTrainer().configure(config);
  app.reset();
  useLessonStore.getState().setActiveBlock(key);
}
