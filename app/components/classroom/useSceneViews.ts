import { useEffect } from 'react';
import { useAppStore } from '../../store/store';

/** How long a scene's view waits for its network to be rebuilt before it is dropped. */
const PENDING_MS = 5000;

/**
 * Show a scene's view once more when the scene's network arrives: a new network shape clears
 * the selection, the neuron and the surface pair, so the view is applied after it (in a
 * microtask, once the store has finished taking the new network).
 */
export function useSceneViews(): void {
  useEffect(
    () =>
      useAppStore.subscribe((s, prev) => {
        if (s.info === prev.info || !s.pendingView) return;
        const { view, at } = s.pendingView;
        useAppStore.setState({ pendingView: null });
        if (Date.now() - at > PENDING_MS) return;
        queueMicrotask(() => useAppStore.getState().applySceneView(view));
      }),
    [],
  );
}
