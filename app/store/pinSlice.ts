import type { StateCreator } from 'zustand';
import { freeSlot, thinHistory, MAX_PINS } from '../classroom/pinnedRun';
import type { PinnedRun, RunFigures } from '../classroom/pinnedRun';
import { gridAxes } from '../engine/gridEvaluation';
import { trainedStateOf } from './classroomSlice';
import type { AppState } from './store';

/** Runs kept as references beside the live one (see PinnedRun), and what can be done with them. */
export interface PinSlice {
  pins: PinnedRun[];
  /**
   * Pin the live run as it stands: its configuration, figures, loss curves, boundary and trained
   * state. The live run trains on untouched. With MAX_PINS pinned already, a notice says so.
   */
  pinRun(): Promise<PinnedRun | null>;
  /** Pin a run that was made elsewhere (a sweep's result); null when every slot is taken. */
  addPin(pin: Omit<PinnedRun, 'slot' | 'name'> & { name?: string }): PinnedRun | null;
  /** Unpin the run in `slot`. */
  removePin(slot: number): void;
  /** Make the run in `slot` the live one again: its configuration and trained weights. */
  makePinLive(slot: number): void;
  /** Replace every pinned run (a scene shown). */
  setPins(pins: PinnedRun[]): void;
}

/** The live run's closing figures, as the readouts show them. */
export function liveFigures(s: AppState): RunFigures {
  const h = s.history;
  return {
    epoch: s.epoch,
    trainLoss: s.trainLoss,
    validationLoss: h.length > 0 ? h.validationLoss[h.length - 1]! : NaN,
    testLoss: s.testLoss,
    trainAccuracy: s.trainAccuracy,
    testAccuracy: s.testAccuracy,
  };
}

export const createPinSlice: StateCreator<AppState, [], [], PinSlice> = (set, get) => ({
  pins: [],
  async pinRun() {
    if (freeSlot(get().pins) === null) {
      get().addNotice(
        `At most ${MAX_PINS} runs can be pinned: remove one to pin this run.`,
        'warning',
      );
      return null;
    }
    // Loaded on first use: tracing an outline is not needed to draw the first screen.
    const { outlineFromGrid } = await import('../engine/boundaryOutline');
    const s = get();
    const { config, info, grid, history } = s;
    const figures = liveFigures(s);
    const outline =
      info && grid && info.dims >= 2
        ? outlineFromGrid(
            grid,
            {
              problem: info.problem,
              domain: info.domain,
              targetDomain: info.targetDomain,
              signedOutput: config.loss === 'hinge',
            },
            gridAxes(info.dims, s.boundaryAxes),
          )
        : null;
    const thinned = thinHistory(history);
    // The figures at exactly the weights pinned (a paused run may stand mid-epoch).
    const answer = await s.trainer.probe({ kind: 'state', evaluate: true });
    if (answer?.kind !== 'state') {
      const weights = await get().saveTraining();
      return get().addPin({ config, figures, history: thinned, outline, weights });
    }
    const { state, evaluation } = answer;
    // The worker's readouts are now these too; a paused run sends no new snapshot to say so.
    if (evaluation && get().step === state.step) {
      const { trainLoss, testLoss, trainAccuracy, testAccuracy } = evaluation;
      set({ trainLoss, testLoss, trainAccuracy, testAccuracy });
    }
    return get().addPin({
      config,
      figures: { ...figures, ...evaluation, epoch: state.epoch },
      history: thinned,
      outline,
      weights: trainedStateOf(state),
    });
  },
  addPin(run) {
    const pins = get().pins;
    const slot = freeSlot(pins);
    if (slot === null) {
      get().addNotice(`At most ${MAX_PINS} runs can be pinned: remove one first.`, 'warning');
      return null;
    }
    const pin: PinnedRun = { ...run, slot, name: run.name ?? `Pin ${slot + 1}` };
    set({ pins: [...pins, pin] });
    return pin;
  },
  removePin(slot) {
    set({ pins: get().pins.filter((p) => p.slot !== slot) });
  },
  makePinLive(slot) {
    const pin = get().pins.find((p) => p.slot === slot);
    if (!pin) return;
    get().removePin(slot);
    if (pin.weights) get().loadTrained(pin.config, pin.weights);
    else {
      get().pause();
      set({ config: pin.config, configSource: 'user' });
      get().reset();
    }
  },
  setPins(pins) {
    set({ pins });
  },
});
