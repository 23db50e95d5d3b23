import type { Snapshot, SnapshotRequest } from '../worker/protocol';
import type { AppStore } from './store';
import type { Trainer } from './trainer';

/** Fewest cells per side of the main output picture (also before the plot has a size). */
export const MIN_GRID_RES = 100;
/** Most cells per side: beyond this a cell is smaller than the eye can tell at any plot size. */
export const MAX_GRID_RES = 128;
/** Resolution of each neuron's small picture. */
export const NEURON_RES = 20;
/**
 * Work one output picture may cost, in cells × parameters (about the multiply-adds of its
 * forward pass): a large network gets fewer cells (never under MIN_GRID_RES), so its picture
 * still keeps up with the display while it trains.
 */
const GRID_WORK = MIN_GRID_RES * MIN_GRID_RES * 450;

/**
 * Cells per side of the output picture: one per device pixel of the plot, rounded up to a
 * multiple of 8 (a resize does not change it every pixel), within [MIN_GRID_RES, MAX_GRID_RES]
 * and the work budget. Example: a 290 px plot, 25 parameters → 128; 433 parameters → 100.
 */
export function outputGridRes(devicePixels: number, parameterCount: number): number {
  const wanted = Math.ceil(Math.max(0, devicePixels) / 8) * 8;
  const affordable = Math.floor(Math.sqrt(GRID_WORK / Math.max(1, parameterCount)) / 8) * 8;
  return Math.max(MIN_GRID_RES, Math.min(MAX_GRID_RES, wanted, affordable));
}

/**
 * What to ask the worker for: neuron pictures only while the diagram is on screen; the
 * output plane over the raw columns `axes` when the data has more than two.
 */
export function snapshotRequest(
  diagramVisible: boolean,
  axes?: [number, number],
  res: number = MIN_GRID_RES,
): SnapshotRequest {
  const want = { grid: true, neurons: diagramVisible, res, neuronRes: NEURON_RES };
  return axes ? { ...want, axes } : want;
}

/** The page's frame clock (a window). */
export interface FrameScheduler {
  requestAnimationFrame(cb: () => void): number;
  cancelAnimationFrame(id: number): void;
}

/**
 * Once per animation frame: show the snapshot that arrived since the last frame, then ask
 * for the next one unless one is still on its way. Answers are shown at the next frame, not
 * on arrival, so the worker has a whole frame to answer while the page draws, and pictures
 * change at the display's rate. Training pace and drawing pace stay independent.
 *
 * Scrubbing is the exception (the store's `scrubs` count goes up): the epoch asked for is
 * wanted now, so the loop asks at once (or, with an answer still on its way from before the
 * scrub, as soon as it arrives) and shows that answer on arrival. Every answer is shown, in
 * order: each carries the history points added since the one before.
 * Returns `stop`.
 */
export function startSnapshotLoop(
  store: AppStore,
  client: Pick<Trainer, 'requestSnapshot'> & Partial<Pick<Trainer, 'isCurrent'>>,
  frames: FrameScheduler,
): () => void {
  let waiting = false;
  let stopped = false;
  let frame = 0;
  let arrived: Snapshot | null = null;
  /** A scrub came while an answer from before it was on its way: ask again when it lands. */
  let scrubbed = false;
  const show = (s: Snapshot) => {
    // Asked before the last Play, Pause or Reset: its numbers count, its status is stale
    // (R then Space at once would otherwise read "running" and pause instead of play).
    const stale = client.isCurrent?.(s) === false;
    store.getState().applySnapshot(stale ? { ...s, status: store.getState().status } : s);
  };
  const ask = (now: boolean) => {
    waiting = true;
    const { diagramVisible, boundaryAxes, outputPixels, info } = store.getState();
    const res = outputGridRes(outputPixels, info?.parameterCount ?? 0);
    void client.requestSnapshot(snapshotRequest(diagramVisible, boundaryAxes, res)).then((s) => {
      waiting = false;
      if (stopped) return;
      if (s && (now || scrubbed)) {
        if (arrived) show(arrived);
        arrived = null;
        show(s);
      } else if (s) arrived = s;
      if (scrubbed) {
        scrubbed = false;
        ask(true);
      }
    });
  };
  const tick = () => {
    if (stopped) return;
    frame = frames.requestAnimationFrame(tick);
    if (!waiting) ask(false);
    if (arrived) {
      const s = arrived;
      arrived = null;
      show(s);
    }
  };
  const unsubscribe = store.subscribe((now, before) => {
    if (now.scrubs === before.scrubs || stopped) return;
    if (waiting) scrubbed = true;
    else ask(true);
  });
  frame = frames.requestAnimationFrame(tick);
  return () => {
    stopped = true;
    unsubscribe();
    frames.cancelAnimationFrame(frame);
  };
}
