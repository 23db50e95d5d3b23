import { useEffect } from 'react';
import { connectStore } from './connectStore';
import { startSnapshotLoop } from './snapshotLoop';
import { useAppStore } from './store';
import { getTrainer } from './trainer';

/**
 * Connect the store to the worker and the URL, and run the snapshot loop, for as long as the
 * calling component is mounted (the playground).
 */
export function useTrainingConnection(): void {
  useEffect(() => {
    const client = getTrainer();
    const disconnect = connectStore(useAppStore, client, window);
    const stopLoop = startSnapshotLoop(useAppStore, client, window);
    return () => {
      stopLoop();
      disconnect();
    };
  }, []);
}
