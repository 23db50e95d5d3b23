import { nextDropoutMasks, type BatchDropout } from '../engine/dropoutMasks';
import type { TrainingSession } from '../engine/session';

/**
 * Which neurons the next mini-batch drops, for the page, in slow motion and step by step only
 * (at full speed a mask lasts less than a frame). Sent when it changes: undefined means the page
 * keeps what it has, null that there is nothing to show.
 */
export class DropoutFeed {
  private sentKey = '';

  /** `version` counts weight changes; `slow` is true while paused or in slow motion. */
  take(
    s: TrainingSession,
    version: number,
    slow: boolean,
  ): { masks: BatchDropout | null; transfer: ArrayBuffer[] } | undefined {
    const key = `${version}:${slow}`;
    if (key === this.sentKey) return undefined;
    this.sentKey = key;
    const masks = slow ? nextDropoutMasks(s) : null;
    const transfer = masks
      ? [
          masks.rows.buffer as ArrayBuffer,
          ...masks.layers.map((m) => m.multipliers.buffer as ArrayBuffer),
        ]
      : [];
    return { masks, transfer };
  }
}
