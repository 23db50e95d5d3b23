import { stateBytes, type SessionState } from './sessionState';

/** Default memory a run's rewind history may hold: 24 MB. */
export const REWIND_BUDGET_BYTES = 24 * 1024 * 1024;

/**
 * Whether epoch `x` is still kept when the latest epoch is `latest`, with the last `dense`
 * epochs all kept. Older epochs thin out logarithmically: at an age between dense·2ᵏ and
 * dense·2ᵏ⁺¹ only multiples of 2ᵏ⁺¹ stay, so each doubling of age keeps about dense/2 of them
 * and the total is about dense·(1 + ½·log₂(latest/dense)). Epoch 0 is always kept.
 * The rule only ever drops more as `latest` grows or `dense` shrinks, so a dropped epoch is
 * never wanted back. Example: dense 4, latest 20 keeps 17–20, 16, 14, 12, 8, 0.
 */
export function keepsEpoch(x: number, latest: number, dense: number): boolean {
  const age = latest - x;
  if (age < dense) return true;
  const level = Math.floor(Math.log2(age / dense));
  const stride = 2 ** (level + 1);
  return x % stride === 0;
}

/**
 * Session states along a run within a byte budget: dense recent history, thinning older
 * history (keepsEpoch). When the kept states outgrow the budget the dense window halves, so
 * memory stays under the budget however long the run.
 */
export class RewindHistory {
  private states: SessionState[] = [];
  private bytes = 0;
  /** How many states there were after the last thinning. */
  private prunedAt = 0;
  /** How many recent epochs are all kept; halves when the budget runs out. */
  dense: number;

  constructor(
    readonly budgetBytes = REWIND_BUDGET_BYTES,
    readonly initialDense = 512,
  ) {
    this.dense = initialDense;
  }

  /** Kept states, oldest first. */
  get size(): number {
    return this.states.length;
  }

  /** Bytes the kept states hold. */
  get byteSize(): number {
    return this.bytes;
  }

  /** The kept epochs, oldest first. */
  epochs(): Float64Array {
    return Float64Array.from(this.states, (s) => s.epoch);
  }

  /** Forget everything (a reset or a new network). */
  clear(): void {
    this.states = [];
    this.bytes = 0;
    this.prunedAt = 0;
    this.dense = this.initialDense;
  }

  /**
   * Keep `state` as its epoch's (replacing one of the same epoch, dropping any later ones: they
   * belong to another branch), then thin the older ones.
   */
  add(state: SessionState): void {
    this.dropAfter(state.epoch - 1);
    this.states.push(state);
    this.bytes += stateBytes(state);
    this.thin();
  }

  /** Drop the states after `epoch` (a new branch starts there). */
  dropAfter(epoch: number): void {
    while (this.states.length > 0 && this.states[this.states.length - 1]!.epoch > epoch) {
      this.bytes -= stateBytes(this.states.pop()!);
    }
  }

  /** The kept state nearest to `epoch` (the earlier one on a tie), or null when empty. */
  nearest(epoch: number): SessionState | null {
    const a = this.states;
    if (a.length === 0) return null;
    let lo = 0;
    let hi = a.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (a[mid]!.epoch <= epoch) lo = mid;
      else hi = mid - 1;
    }
    const next = a[lo + 1];
    const here = a[lo]!;
    if (here.epoch > epoch) return here;
    return next && next.epoch - epoch < epoch - here.epoch ? next : here;
  }

  /** The kept state `delta` places from the one at (or nearest) `epoch`: −1 earlier, +1 later. */
  neighbour(epoch: number, delta: number): SessionState | null {
    const near = this.nearest(epoch);
    if (!near) return null;
    const i = this.states.indexOf(near) + delta;
    return this.states[Math.max(0, Math.min(this.states.length - 1, i))]!;
  }

  private thin(): void {
    // Thinning looks at every state: done once the count has grown by a sixteenth (or the
    // budget is reached), it costs O(1) per epoch on average.
    const due = this.states.length >= this.prunedAt + Math.max(1, this.prunedAt >> 4);
    if (!due && this.bytes <= this.budgetBytes) return;
    this.prune();
    while (this.bytes > this.budgetBytes && this.dense > 1) {
      this.dense = Math.max(1, Math.floor(this.dense / 2));
      this.prune();
    }
    // A budget smaller than two states: keep the first and the latest only.
    while (this.bytes > this.budgetBytes && this.states.length > 2) {
      this.bytes -= stateBytes(this.states.splice(1, 1)[0]!);
    }
  }

  private prune(): void {
    const latest = this.states[this.states.length - 1]?.epoch ?? 0;
    const dense = this.dense;
    const kept: SessionState[] = [];
    let bytes = 0;
    for (const s of this.states) {
      if (s.epoch === latest || keepsEpoch(s.epoch, latest, dense) || s === this.states[0]) {
        kept.push(s);
        bytes += stateBytes(s);
      }
    }
    this.states = kept;
    this.bytes = bytes;
    this.prunedAt = kept.length;
  }
}
