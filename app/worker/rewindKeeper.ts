import { RewindHistory } from '../engine/rewindHistory';
import type { TrainingSession } from '../engine/session';
import {
  applyState,
  captureState,
  cutHistoryAfter,
  type SessionState,
} from '../engine/sessionState';

/** What the page may ask of the rewind history. */
export type RewindRequest =
  /** Show the kept epoch nearest to `epoch` (training pauses; the live state is kept aside). */
  | { action: 'show'; epoch: number }
  /** Show the kept epoch before (−1) or after (+1) the one shown (or the latest). */
  | { action: 'step'; delta: -1 | 1 }
  /** Back to where the run was before scrubbing. */
  | { action: 'live' }
  /** Continue from the epoch shown: the later history is dropped and training goes on from it. */
  | { action: 'branch' };

/** The rewind history as the page draws it (sent in a snapshot when it changed). */
export interface RewindInfo {
  /** The kept epochs, oldest first. */
  epochs: Float64Array;
  /** The epoch shown while scrubbing, or null when the run is live. */
  viewing: number | null;
  /** The live run's epoch (the one "Back to live" returns to). */
  liveEpoch: number;
  /** Bytes the kept states hold in the worker. */
  bytes: number;
}

/**
 * The worker's rewind: records the session's state at the end of every epoch into a
 * RewindHistory (within its byte budget), and while scrubbing swaps a kept state into the
 * session, so every picture, readout and probe shows that epoch with the engine's own
 * numbers. The live state is put aside first and comes back unchanged.
 */
export class RewindKeeper {
  readonly history: RewindHistory;
  private lastEpoch = -1;
  private live: SessionState | null = null;
  /** How the live run stood (a stopped or diverged run stays so after scrubbing). */
  private liveEnd: Pick<TrainingSession, 'status' | 'divergence' | 'doneReason'> | null = null;
  private viewing: number | null = null;
  /** The kept state shown while scrubbing, and the way the last [ or ] went (0: a jump). */
  private shownState: SessionState | null = null;
  private direction: -1 | 0 | 1 = 0;
  private version = 0;
  private sentVersion = -1;

  constructor(history = new RewindHistory()) {
    this.history = history;
  }

  /** True while a past epoch is shown. */
  get scrubbing(): boolean {
    return this.viewing !== null;
  }

  /** The kept state shown while scrubbing, or null when the run is live. */
  get shown(): SessionState | null {
    return this.viewing === null ? null : this.shownState;
  }

  /**
   * The kept state the next [ or ] would show, going on the way the last one went: null while
   * live, after a jump (a click or drag on the chart), or at either end of the kept epochs.
   */
  ahead(): SessionState | null {
    if (this.viewing === null || this.direction === 0) return null;
    const next = this.history.neighbour(this.viewing, this.direction);
    return next && next !== this.shownState ? next : null;
  }

  /** A new run or a reset: forget everything and keep the state it starts from. */
  restart(s: TrainingSession): void {
    this.history.clear();
    this.live = null;
    this.liveEnd = null;
    this.viewing = null;
    this.shownState = null;
    this.lastEpoch = -1;
    this.record(s);
  }

  /** After a training step: keep the state when an epoch has just ended. */
  record(s: TrainingSession): void {
    if (this.viewing !== null || s.epoch === this.lastEpoch) return;
    this.lastEpoch = s.epoch;
    this.history.add(captureState(s));
    this.version++;
  }

  /** Carry out a request; returns true when the session's weights changed. */
  handle(s: TrainingSession, req: RewindRequest): boolean {
    switch (req.action) {
      case 'show':
        this.direction = 0;
        return this.show(s, this.history.nearest(req.epoch));
      case 'step':
        this.direction = req.delta;
        return this.stepBy(s, req.delta);
      case 'live':
        return this.leave(s);
      case 'branch':
        this.branch(s);
        return false;
    }
  }

  /** Back to the live state if a past epoch is shown (before play, step or a rebuild). */
  leave(s: TrainingSession): boolean {
    if (this.viewing === null) return false;
    if (this.live) applyState(s, this.live);
    if (this.liveEnd) Object.assign(s, this.liveEnd);
    this.live = null;
    this.liveEnd = null;
    this.viewing = null;
    this.shownState = null;
    this.version++;
    return true;
  }

  /** Make the epoch shown the live one: later kept states and history points are dropped. */
  branch(s: TrainingSession): void {
    if (this.viewing === null) return;
    const epoch = this.viewing;
    this.viewing = null;
    this.shownState = null;
    this.live = null;
    this.liveEnd = null;
    this.history.dropAfter(epoch);
    cutHistoryAfter(s, epoch);
    this.lastEpoch = epoch;
    this.version++;
  }

  /** The history for the page, or undefined when nothing changed since the last call. */
  take(s: TrainingSession): RewindInfo | undefined {
    if (this.sentVersion === this.version) return undefined;
    this.sentVersion = this.version;
    return {
      epochs: this.history.epochs(),
      viewing: this.viewing,
      liveEpoch: this.live?.epoch ?? s.epoch,
      bytes: this.history.byteSize,
    };
  }

  /** One kept epoch back or on; on from the latest kept epoch (or onto the live one) is live. */
  private stepBy(s: TrainingSession, delta: -1 | 1): boolean {
    const h = this.history;
    if (this.viewing === null) {
      if (delta > 0) return false;
      // Mid-epoch, the epoch's own start is one step back; at its end, the one before.
      const here = h.nearest(s.epoch);
      const atBoundary = here?.epoch === s.epoch && s.cursor === 0;
      return this.show(s, atBoundary ? h.neighbour(s.epoch, -1) : here);
    }
    const next = h.neighbour(this.viewing, delta);
    // On past the last kept epoch, or onto the very moment the live run stands at: live.
    const live = this.live;
    const isLive = live !== null && live.cursor === 0 && next?.epoch === live.epoch;
    if (delta > 0 && (next?.epoch === this.viewing || isLive)) return this.leave(s);
    return this.show(s, next);
  }

  private show(s: TrainingSession, state: SessionState | null): boolean {
    if (!state) return false;
    if (this.viewing === state.epoch) return false;
    if (this.viewing === null) {
      this.live = captureState(s);
      this.liveEnd = { status: s.status, divergence: s.divergence, doneReason: s.doneReason };
    }
    applyState(s, state);
    this.viewing = state.epoch;
    this.shownState = state;
    this.version++;
    return true;
  }
}
