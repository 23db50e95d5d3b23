import { isWidgetScene } from '../../classroom/sceneKind';
import { portabilityProblem } from '../../classroom/weightsFile';
import { customDataset, isCustomDataset } from '../../engine/customData';
import { buildExportSource, type ExportSource } from '../../export/exportSource';
import { useAppStore } from '../../store/store';

/**
 * The network to export: the live one (as the worker holds it: weights, optimiser state,
 * batch-norm statistics, the user's own data) or a saved scene (its weights, or the initial
 * weights of its seed when it was saved without), by position in the deck (−1: the live one);
 * a message instead when it cannot be built. Pausing first, so the file holds what the page shows.
 */
export async function exportSourceFor(choice: number): Promise<ExportSource | string> {
  const s = useAppStore.getState();
  try {
    if (choice < 0) {
      s.pause();
      const state = await s.saveTraining();
      if (!state) return 'The network is not ready yet.';
      const own = isCustomDataset(s.config.dataset) && s.userData ? customDataset(s.userData) : undefined;
      return buildExportSource(s.config, state, own);
    }
    const scene = s.deck.scenes[choice];
    if (!scene) return 'That scene is no longer in the deck.';
    if (isWidgetScene(scene)) return `The scene "${scene.title}" shows a widget, not a network.`;
    const unportable = portabilityProblem(scene.config);
    if (unportable) return `The scene "${scene.title}" cannot be exported: ${unportable}`;
    return buildExportSource(scene.config, scene.weights ?? null);
  } catch (err) {
    return `The network cannot be built: ${err instanceof Error ? err.message : String(err)}`;
  }
}

