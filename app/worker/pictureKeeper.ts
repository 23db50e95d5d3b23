import { gridAxes } from '../engine/gridEvaluation';
import type { TrainingSession } from '../engine/session';
import type { GridValues } from '../engine/sessionTypes';
import { clampInt } from './clampInt';
import type { SnapshotRequest } from './protocol';

/** While training, the most of the worker's time the output picture may take. */
export const PICTURE_SHARE = 0.6;

/**
 * Whether a new picture is due while training: one that took `costMs` waits until training
 * has had its share since the last one finished at `doneAt`, so a large network's pictures
 * never starve its training (on a small one they are due every frame).
 * Example: costMs 15, share 0.6 → due 10 ms after the last.
 */
export function pictureDue(now: number, doneAt: number, costMs: number, share = PICTURE_SHARE) {
  return now - doneAt >= (costMs * (1 - share)) / share;
}

/** A picture request, checked: cells per side, neuron cells per side (0: none), the plane. */
interface PictureWant {
  res: number;
  neuronRes: number;
  axes: [number, number];
  key: string;
}

/**
 * The output and neuron pictures sent with snapshots. Unchanged weights give an unchanged
 * picture, so none is sent (the page keeps its own). While training, pictures are paced to
 * their share of the worker, so a large network's pictures never starve its training. Each
 * picture is of the weights the snapshot carries.
 */
export class PictureKeeper {
  /** Weights version and request key of the last picture sent. */
  private sentVersion = -1;
  private sentKey = '';
  /** When the last picture was finished and how long it took (ms). */
  private doneAt = -Infinity;
  private costMs = 0;

  /** `now` is the worker's clock (ms). */
  constructor(private readonly now: () => number) {}

  /**
   * The picture for a snapshot of `s` at weights `version`, or undefined when the page's
   * picture is still right or, while training, the next one is not due yet.
   */
  forSnapshot(
    s: TrainingSession,
    request: SnapshotRequest,
    version: number,
    playing: boolean,
  ): GridValues | undefined {
    if (!request.grid) return undefined;
    const want = checked(s, request);
    const start = this.now();
    const changed = this.sentVersion !== version || this.sentKey !== want.key;
    const due =
      !playing || this.sentKey !== want.key || pictureDue(start, this.doneAt, this.costMs);
    if (!changed || !due) return undefined;
    const grid = s.grid(want.res, want.neuronRes > 0, want.neuronRes, want.axes);
    this.doneAt = this.now();
    this.costMs = this.doneAt - start;
    this.sentVersion = version;
    this.sentKey = want.key;
    return grid;
  }
}

function checked(s: TrainingSession, request: SnapshotRequest): PictureWant {
  const res = clampInt(request.res, 4, 200);
  const neuronRes = request.neurons ? clampInt(request.neuronRes, 4, 64) : 0;
  const axes = gridAxes(s.data.dataset.dims, request.axes);
  return { res, neuronRes, axes, key: `${res}:${neuronRes}:${axes.join(',')}` };
}
