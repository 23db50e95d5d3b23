import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** Scrubbing the run's kept epochs (the worker keeps them; see worker/rewindKeeper.ts). */
export interface RewindSlice {
  /**
   * How many scrub commands the page has sent: the snapshot loop watches it to ask for the
   * epoch shown at once, rather than at the next frame.
   */
  scrubs: number;
  /** Show the kept epoch nearest to `epoch`: every picture and readout as it was then. */
  scrubTo(epoch: number): void;
  /** One kept epoch back (−1) or on (+1); on from the latest is back to live. */
  scrubStep(delta: -1 | 1): void;
  /** Back to the run as it was before scrubbing. */
  backToLive(): void;
  /** Continue from the epoch shown: the later history is dropped, a new branch starts. */
  continueFromHere(): void;
}

export const createRewindSlice: StateCreator<AppState, [], [], RewindSlice> = (set, get) => {
  const rewind = (request: Parameters<AppState['trainer']['rewind']>[0]) => {
    get().trainer.rewind(request);
    set((s) => ({ scrubs: s.scrubs + 1 }));
  };
  return {
    scrubs: 0,
    scrubTo(epoch) {
      if (!Number.isFinite(epoch)) return;
      if (get().status === 'running') get().pause();
      rewind({ action: 'show', epoch });
    },
    scrubStep(delta) {
      if (get().status === 'running') get().pause();
      rewind({ action: 'step', delta });
    },
    backToLive() {
      rewind({ action: 'live' });
    },
    continueFromHere() {
      rewind({ action: 'branch' });
    },
  };
};
