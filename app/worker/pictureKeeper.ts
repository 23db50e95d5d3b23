import { evaluateGrid, gridAxes } from '../engine/gridEvaluation';
import { Network } from '../engine/network';
import type { TrainingSession } from '../engine/session';
import { weightsInto, type SessionState } from '../engine/sessionState';
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
 *
 * While scrubbing, the next kept state's pictures can be made ahead (makeAhead), on a network
 * of their own, while the page draws the last ones: when that state is shown, its snapshot
 * goes at once with them.
 */
export class PictureKeeper {
  /** Weights version and request key of the last picture sent. */
  private sentVersion = -1;
  private sentKey = '';
  /** When the last picture was finished and how long it took (ms). */
  private doneAt = -Infinity;
  private costMs = 0;
  /** A network for pictures made ahead, and the last picture made so (for one kept state). */
  private aheadNet: Network | null = null;
  private madeAhead: { state: SessionState; key: string; grid: GridValues } | null = null;

  /** `now` is the worker's clock (ms). */
  constructor(private readonly now: () => number) {}

  /**
   * The picture for a snapshot of `s` at weights `version`, or undefined when the page's
   * picture is still right or, while training, the next one is not due yet. `shown` is the
   * kept state the session shows while scrubbing: its picture made ahead is used if there is one.
   */
  forSnapshot(
    s: TrainingSession,
    request: SnapshotRequest,
    version: number,
    playing: boolean,
    shown: SessionState | null = null,
  ): GridValues | undefined {
    if (!request.grid) return undefined;
    const want = checked(s, request);
    const start = this.now();
    const changed = this.sentVersion !== version || this.sentKey !== want.key;
    const due =
      !playing || this.sentKey !== want.key || pictureDue(start, this.doneAt, this.costMs);
    if (!changed || !due) return undefined;
    const ahead = this.madeAhead;
    this.madeAhead = null;
    if (ahead && shown && ahead.state === shown && ahead.key === want.key) {
      this.sentVersion = version;
      this.sentKey = want.key;
      return ahead.grid;
    }
    const grid = s.grid(want.res, want.neuronRes > 0, want.neuronRes, want.axes);
    this.doneAt = this.now();
    this.costMs = this.doneAt - start;
    this.sentVersion = version;
    this.sentKey = want.key;
    return grid;
  }

  /**
   * Make the pictures of kept state `state` of session `s` as `request` asks, for a snapshot
   * of it to come (forSnapshot with that state shown); the session itself is not touched.
   */
  makeAhead(s: TrainingSession, state: SessionState, request: SnapshotRequest): void {
    if (!request.grid) return;
    const want = checked(s, request);
    if (this.madeAhead?.state === state && this.madeAhead.key === want.key) return;
    if (this.aheadNet?.plan !== s.net.plan) this.aheadNet = new Network(s.net.plan);
    weightsInto(state, this.aheadNet);
    const grid = evaluateGrid(this.aheadNet, s.data, want.res, want.neuronRes, want.axes);
    this.madeAhead = { state, key: want.key, grid };
  }
}

function checked(s: TrainingSession, request: SnapshotRequest): PictureWant {
  const res = clampInt(request.res, 4, 200);
  const neuronRes = request.neurons ? clampInt(request.neuronRes, 4, 64) : 0;
  const axes = gridAxes(s.data.dataset.dims, request.axes);
  return { res, neuronRes, axes, key: `${res}:${neuronRes}:${axes.join(',')}` };
}
