import type { TrainingClient } from '../worker/client';
import type { SnapshotRequest } from '../worker/protocol';
import type { AppStore } from './store';

/** Resolution of the main output picture (cells per side). */
export const GRID_RES = 56;
/** Resolution of each neuron's small picture. */
export const NEURON_RES = 20;

/**
 * What to ask the worker for: neuron pictures only while the diagram is on screen; the
 * output plane over the raw columns `axes` when the data has more than two.
 */
export function snapshotRequest(diagramVisible: boolean, axes?: [number, number]): SnapshotRequest {
  const want = { grid: true, neurons: diagramVisible, res: GRID_RES, neuronRes: NEURON_RES };
  return axes ? { ...want, axes } : want;
}

interface FrameScheduler {
  requestAnimationFrame(cb: () => void): number;
  cancelAnimationFrame(id: number): void;
}

/**
 * Once per animation frame, ask for a snapshot unless one is still on its way, and put the
 * answer in the store. Training pace and drawing pace stay independent. Returns `stop`.
 */
export function startSnapshotLoop(
  store: AppStore,
  client: TrainingClient,
  frames: FrameScheduler,
): () => void {
  let waiting = false;
  let stopped = false;
  let frame = 0;
  const tick = () => {
    if (stopped) return;
    frame = frames.requestAnimationFrame(tick);
    if (waiting) return;
    waiting = true;
    const { diagramVisible, boundaryAxes } = store.getState();
    void client.requestSnapshot(snapshotRequest(diagramVisible, boundaryAxes)).then((s) => {
      waiting = false;
      if (s && !stopped) store.getState().applySnapshot(s);
    });
  };
  frame = frames.requestAnimationFrame(tick);
  return () => {
    stopped = true;
    frames.cancelAnimationFrame(frame);
  };
}
