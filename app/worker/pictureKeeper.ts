import { gridAxes } from '../engine/gridEvaluation';
import type { TrainingSession } from '../engine/session';
import type { GridValues } from '../engine/sessionTypes';
import { clampInt } from './clampInt';
import type { SnapshotRequest } from './protocol';

/** While training, the most of the worker's time the output picture may take. */
export const PICTURE_SHARE = 0.6;

/** Pictures are made ahead only while the page asked for one this recently (ms). */
const LOOKING_MS = 250;

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
 * their share of the worker, and each one is made ahead, between training slices, with the
 * weights of that moment: the next snapshot then answers at once instead of waiting for a
 * picture to be computed, so a large network's picture keeps up with the display. Paused,
 * stepped or scrubbed, a picture is always of the weights the snapshot carries.
 */
export class PictureKeeper {
  /** Weights version and request key of the last picture sent. */
  private sentVersion = -1;
  private sentKey = '';
  /** When the last picture was finished and how long it took (ms). */
  private doneAt = -Infinity;
  private costMs = 0;
  private ahead: { grid: GridValues; version: number; key: string } | null = null;
  /** What the page last asked for while training, and when. */
  private asked: { want: PictureWant; at: number } | null = null;

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
    const now = this.now();
    const want = checked(s, request);
    if (playing) this.asked = { want, at: now };
    const ahead = this.ahead;
    if (playing && ahead && ahead.key === want.key && ahead.version !== this.sentVersion) {
      this.ahead = null;
      this.sentVersion = ahead.version;
      this.sentKey = ahead.key;
      return ahead.grid;
    }
    const changed = this.sentVersion !== version || this.sentKey !== want.key;
    const due = !playing || this.sentKey !== want.key || pictureDue(now, this.doneAt, this.costMs);
    if (!changed || !due) return undefined;
    this.ahead = null;
    const grid = this.make(s, want, now);
    this.sentVersion = version;
    this.sentKey = want.key;
    return grid;
  }

  /**
   * Between training slices: make the next picture now, with the weights at `version`, when
   * the page is looking, the last one was sent, the weights moved on and a picture is due.
   */
  prepare(s: TrainingSession, version: number): void {
    const now = this.now();
    const asked = this.asked;
    if (!asked || now - asked.at > LOOKING_MS || this.ahead) return;
    if (version === this.sentVersion || !pictureDue(now, this.doneAt, this.costMs)) return;
    this.ahead = { grid: this.make(s, asked.want, now), version, key: asked.want.key };
  }

  /** The weights changed other than by training (a rebuild, reset, edit, rewind): nothing made ahead counts. */
  drop(): void {
    this.ahead = null;
    this.asked = null;
  }

  /** Forget what the page has, so the next snapshot carries a picture. */
  forget(): void {
    this.drop();
    this.sentVersion = -1;
    this.sentKey = '';
  }

  private make(s: TrainingSession, want: PictureWant, start: number): GridValues {
    const grid = s.grid(want.res, want.neuronRes > 0, want.neuronRes, want.axes);
    this.doneAt = this.now();
    this.costMs = this.doneAt - start;
    return grid;
  }
}

function checked(s: TrainingSession, request: SnapshotRequest): PictureWant {
  const res = clampInt(request.res, 4, 200);
  const neuronRes = request.neurons ? clampInt(request.neuronRes, 4, 64) : 0;
  const axes = gridAxes(s.data.dataset.dims, request.axes);
  return { res, neuronRes, axes, key: `${res}:${neuronRes}:${axes.join(',')}` };
}
