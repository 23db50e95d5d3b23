import { useEffect } from 'react';
import { connectStore } from './connectStore';
import { connectTraining } from './connectTraining';
import { useAppStore } from './store';

/**
 * For as long as the calling component (the playground) is mounted: the store mirrored to the
 * URL, then connected to its trainer (so the worker's first configuration is the link's).
 */
export function useTrainingConnection(): void {
  useEffect(() => {
    const disconnectUrl = connectStore(useAppStore, window);
    const disconnectTraining = connectTraining(useAppStore, window);
    return () => {
      disconnectTraining();
      disconnectUrl();
    };
  }, []);
}
