import type { StateCreator } from 'zustand';
import type { NetworkInfo, Snapshot, TroubleReport } from '../worker/protocol';
import { presetFor } from '../engine/presets';
import { initialRunData, snapshotPatch } from './runSnapshot';
import type { RunData } from './runSnapshot';
import type { AppState } from './store';

/** One trouble report's identity: the engine repeats it unchanged until it goes away. */
const troubleKey = (t: TroubleReport) => `${t.kind}@${t.fromEpoch}`;

/** The run as the worker reports it, and the commands that drive it. */
export interface RunSlice extends RunData {
  applySnapshot(s: Snapshot): void;
  /** A new network shape (after a rebuild): stale pictures and a stale selection are dropped. */
  setInfo(info: NetworkInfo): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  stepRun(unit: 'batch' | 'epoch'): void;
  /** Back to the initial weights of the current seed: the same run replays exactly. */
  reset(): void;
  /** A new random seed: new data and new initial weights. */
  newSeed(): void;
  /** After a divergence: divide the learning rate by ten and start over. */
  resetWithLowerRate(): void;
  /**
   * Put the training message away: the divergence report (training stays paused; R or a new
   * rate starts over) or else the oscillation or stall report (until another one shows).
   */
  dismissTrainingMessage(): void;
  /**
   * Apply the fix a trouble report offers: the learning rate ÷ 10 (a stall starts over),
   * standardised inputs, or the data set's suggested settings.
   */
  applyTroubleFix(): void;
  setParameter(index: number, value: number): void;
}

export const createRunSlice: StateCreator<AppState, [], [], RunSlice> = (set, get) => {
  // The messages put away by the user; later snapshots repeat them and must not reopen them.
  let dismissed: string | null = null;
  let dismissedTrouble: string | null = null;
  return {
    ...initialRunData(),
    applySnapshot(s) {
      const patch = snapshotPatch(get(), s);
      if (!patch) return;
      if (!patch.divergence) dismissed = null;
      else if (patch.divergence.message === dismissed) patch.divergence = null;
      // A restarted run (reset, new settings) may replay the same report: it is news again.
      if (!patch.trouble || s.historyReset) dismissedTrouble = null;
      else if (troubleKey(patch.trouble) === dismissedTrouble) patch.trouble = null;
      set(patch);
    },
    setInfo(info) {
      const prev = get().info;
      const sameShape = prev && JSON.stringify(prev.layers) === JSON.stringify(info.layers);
      // A scene being shown brings its own selection back once this network is in (read
      // before the set below, which hands the waiting view over): the user changed nothing.
      const restoring = get().pendingView !== null;
      set({ info, grid: null, parameters: null });
      if (!sameShape && get().selection) {
        get().select(null);
        if (!restoring) get().addNotice('Selection cleared: the network changed shape.', 'info');
      }
      if (!sameShape) set({ surfacePair: null, focusNeuron: null });
      // New data has other rows: an example chosen on the old data means nothing now, even
      // where both have as many rows (a lesson's network replacing the playground's).
      if (prev && !sameExamples(prev, info)) set({ exampleRow: null });
    },
    dismissTrainingMessage() {
      const { divergence, trouble } = get();
      if (divergence) {
        dismissed = divergence.message;
        set({ divergence: null });
      } else if (trouble) {
        dismissedTrouble = troubleKey(trouble);
        set({ trouble: null });
      }
    },
    applyTroubleFix() {
      const trouble = get().trouble;
      if (!trouble) return;
      // A live rate change keeps the run going; standardising needs the data anew (a restart).
      const config = get().config;
      if (trouble.fix === 'standardize') get().setConfig({ standardize: true });
      else if (trouble.fix === 'suggested')
        get().setConfig({ ...presetFor(config.dataset), seed: config.seed });
      else {
        get().setConfig({ learningRate: config.learningRate / 10 });
        // Saturated neurons stay saturated at a lower rate: a stall starts over.
        if (trouble.kind === 'stall') get().reset();
      }
      set({ trouble: null });
    },
    play() {
      const { status } = get();
      if (status === 'diverged' || status === 'done') return;
      get().trainer.play();
      set({ status: 'running' });
    },
    pause() {
      get().trainer.pause();
      set({ status: 'paused' });
    },
    togglePlay() {
      if (get().status === 'running') get().pause();
      else get().play();
    },
    stepRun(unit) {
      get().trainer.step(unit);
      set({ status: 'paused' });
    },
    reset() {
      get().trainer.reset();
      set({ status: 'paused', divergence: null, trouble: null, doneReason: null });
    },
    newSeed() {
      // The seed is the user's to pick; only the engine must be deterministic.
      get().setConfig({ seed: 1 + Math.floor(Math.random() * 99_999) });
    },
    resetWithLowerRate() {
      get().setConfig({ learningRate: get().config.learningRate / 10 });
      get().reset();
    },
    setParameter(index, value) {
      get().trainer.setParameter(index, value);
    },
  };
};

/** Whether two networks see the same examples: the same inputs, targets and split. */
function sameExamples(a: NetworkInfo, b: NetworkInfo): boolean {
  const same = (x: ArrayLike<number>, y: ArrayLike<number>) =>
    x.length === y.length && Array.prototype.every.call(x, (v: number, i: number) => v === y[i]);
  return same(a.isTrain, b.isTrain) && same(a.points, b.points) && same(a.targets, b.targets);
}
