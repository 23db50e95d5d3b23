import type { StateCreator } from 'zustand';
import { CUSTOM_DATASETS, customDataProblem, isCustomDataset } from '../engine/customData';
import type { CustomData } from '../engine/customData';
import type { ProblemType } from '../engine/dataset';
import { presetFor } from '../engine/presets';
import { emptyDrawing } from '../data/drawing';
import { MAX_LINK_ROWS } from '../data/userDataCodec';
import type { AppState } from './store';
import { isFailing, saveOutcome } from './saveFailures';
import { rows } from './userDataLink';
import { loadSavedUserData, saveUserData } from './userDataStorage';
import { grouped } from '../engine/numberText';

/** Undo steps kept for drawing. */
const MAX_UNDO = 100;

/** The user's own data, the draw tool and the data dialogs. */
export interface UserDataSlice {
  /** The user's data (a drawing may not be trainable yet: see customDataProblem). */
  userData: CustomData | null;
  /** Earlier versions of userData, newest last, for undo. */
  userDataUndo: (CustomData | null)[];
  /** The draw tool is on: clicks on the output plot add, move or erase points. */
  drawing: boolean;
  /** The class index (classification) or value (regression) new points get. */
  drawTarget: number;
  /** Clicks erase instead of adding. */
  eraser: boolean;
  /** Which data dialog is open. */
  dataDialog: 'import' | 'table' | null;
  /** The raw columns the output plot spans (across, up), for data with more than two. */
  boundaryAxes: [number, number];
  setBoundaryAxes(axes: [number, number]): void;
  /**
   * Adopt new user data: saved, sent to the worker and, when trainable, trained on (the
   * configuration moves to the matching custom data set, from its preset, if it is not on it).
   * `undoable` keeps the previous data for undo (drawing edits).
   */
  setUserData(data: CustomData | null, options?: { undoable?: boolean }): void;
  undoUserData(): void;
  /** Turn the draw tool on or off; turning it on starts a drawing of `problem` if needed. */
  setDrawing(on: boolean, problem?: ProblemType): void;
  setDrawTarget(target: number): void;
  setEraser(on: boolean): void;
  openDataDialog(dialog: 'import' | 'table' | null): void;
  /**
   * The data in use came from a link and differs from the data saved in this browser, which
   * stays saved (edits of the link's data are not saved over it) until the user chooses.
   */
  userDataBesideSaved: boolean;
  /** Train on the saved user data again (after a built-in set, or a link's data). */
  useSavedData(): void;
  /** Make the link's data in use the data saved in this browser (the user chose it). */
  keepLinkData(): void;
}

/** Whether the data can be trained on (a drawing with enough points of enough classes). */
export function isTrainable(data: CustomData | null): data is CustomData {
  return data !== null && customDataProblem(data) === null;
}

export const createUserDataSlice: StateCreator<AppState, [], [], UserDataSlice> = (set, get) => ({
  userData: loadSavedUserData(),
  userDataUndo: [],
  drawing: false,
  drawTarget: 0,
  eraser: false,
  dataDialog: null,
  boundaryAxes: [0, 1],
  userDataBesideSaved: false,
  setBoundaryAxes(axes) {
    set({ boundaryAxes: axes });
  },
  setUserData(data, options = {}) {
    const prev = get().userData;
    const undo = options.undoable ? [...get().userDataUndo, prev].slice(-MAX_UNDO) : [];
    // Editing a link's data keeps the saved data; any other new data is the user's to keep.
    const besideSaved = get().userDataBesideSaved && options.undoable === true;
    set({ userData: data, userDataUndo: undo, userDataBesideSaved: besideSaved });
    const saved = besideSaved || saveUserData(data) || !data || data.y.length === 0;
    const failure = saveOutcome('data', saved);
    if (failure) get().addNotice(failure, 'error');
    // connectTraining sends trainable data to the worker as it changes.
    if (!isTrainable(data)) return;
    // Said once per data set: when it first grows past what a link can carry.
    const large = (d: CustomData | null) => d !== null && d.y.length > MAX_LINK_ROWS;
    if (large(data) && (!large(prev) || prev?.name !== data.name)) {
      get().addNotice(
        `Your data has ${grouped(data.y.length)} rows, too many for a share link (at most ${MAX_LINK_ROWS}); links carry the settings only. ${isFailing('data') ? 'Export CSV gives a file to keep and share.' : 'It is saved in this browser, and Export CSV gives a file to share.'}`,
      );
    }
    const target = CUSTOM_DATASETS[data.problem];
    const switching = get().config.dataset !== target;
    // A new data set (not an edit of the drawing) also sets the size the controls go by.
    if (switching || prev?.name !== data.name) {
      // The batch is cut to the training rows, so switching brings no batch notice.
      const points = Math.min(2000, Math.max(10, data.y.length));
      const base = switching ? presetFor(target) : get().config;
      const train = Math.max(1, Math.round(points * base.trainRatio));
      get().setConfig({ dataset: target, points, batchSize: Math.min(base.batchSize, train) });
    }
  },
  undoUserData() {
    const stack = get().userDataUndo;
    if (stack.length === 0) return;
    const prev = stack[stack.length - 1] ?? null;
    get().setUserData(prev);
    set({ userDataUndo: stack.slice(0, -1) });
  },
  setDrawing(on, problem) {
    if (!on) {
      set({ drawing: false, eraser: false });
      return;
    }
    const current = get().userData;
    const kind = problem ?? (current?.dims === 2 ? current.problem : 'binary');
    if (!current || current.dims !== 2 || current.problem !== kind) {
      get().setUserData(emptyDrawing(kind), { undoable: current !== null });
    } else if (isTrainable(current) && !isCustomDataset(get().config.dataset)) {
      get().setUserData(current);
    }
    set({ drawing: true, drawTarget: kind === 'regression' ? 1 : 0, eraser: false });
  },
  setDrawTarget(target) {
    set({ drawTarget: target, eraser: false });
  },
  setEraser(on) {
    set({ eraser: on });
  },
  openDataDialog(dialog) {
    set({ dataDialog: dialog });
  },
  useSavedData() {
    const d = get().userDataBesideSaved ? loadSavedUserData() : get().userData;
    set({ userDataBesideSaved: false });
    if (d) get().setUserData(d);
  },
  keepLinkData() {
    const d = get().userData;
    set({ userDataBesideSaved: false });
    const failure = saveOutcome('data', saveUserData(d));
    if (failure) get().addNotice(failure, 'error');
    else if (d)
      get().addNotice(`The link’s data (${rows(d)}) is now the data saved in this browser.`);
  },
});
