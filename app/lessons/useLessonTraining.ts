import { useEffect } from 'react';
import { startSnapshotLoop } from '../store/snapshotLoop';
import { useAppStore } from '../store/store';
import { getTrainer } from '../store/trainer';
import type { TrainingConfig } from '../engine/trainingConfig';
import { useLessonStore } from './lessonStore';

/**
 * Connect the playground store to the training worker for a lesson page, without the URL:
 * the lesson's address stays a lesson link. Config changes go to the worker, its answers to
 * the store, and snapshots are drawn once per frame, for as long as the page is mounted.
 */
export function useLessonTraining(): void {
  useEffect(() => {
    const client = getTrainer();
    useAppStore.setState({ diagramVisible: false });
    const unsubscribe = useAppStore.subscribe((state, prev) => {
      if (state.config !== prev.config) client.configure(state.config);
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
 * and start from fresh weights. Only one block drives the playground at a time.
 */
export function activateBlock(key: string, config: TrainingConfig): void {
  const app = useAppStore.getState();
  app.pause();
  app.select(null);
  app.loadConfig(config);
  getTrainer().configure(config);
  app.reset();
  useLessonStore.getState().setActiveBlock(key);
}
