import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** Scrubbing the run's kept epochs (the worker keeps them; see worker/rewindKeeper.ts). */
export interface RewindSlice {
  /** Show the kept epoch nearest to `epoch`: every picture and readout as it was then. */
  scrubTo(epoch: number): void;
  /** One kept epoch back (−1) or on (+1); on from the latest is back to live. */
  scrubStep(delta: -1 | 1): void;
  /** Back to the run as it was before scrubbing. */
  backToLive(): void;
  /** Continue from the epoch shown: the later history is dropped, a new branch starts. */
  continueFromHere(): void;
}

export const createRewindSlice: StateCreator<AppState, [], [], RewindSlice> = (_set, get) => ({
  scrubTo(epoch) {
    if (!Number.isFinite(epoch)) return;
    if (get().status === 'running') get().pause();
    get().trainer.rewind({ action: 'show', epoch });
  },
  scrubStep(delta) {
    if (get().status === 'running') get().pause();
    get().trainer.rewind({ action: 'step', delta });
  },
  backToLive() {
    get().trainer.rewind({ action: 'live' });
  },
  continueFromHere() {
    get().trainer.rewind({ action: 'branch' });
  },
});
