import { create } from 'zustand';
import { createClassroomSlice } from './classroomSlice';
import type { ClassroomSlice } from './classroomSlice';
import { createConfigSlice } from './configSlice';
import type { ConfigSlice } from './configSlice';
import { createPinSlice } from './pinSlice';
import type { PinSlice } from './pinSlice';
import { createRunSlice } from './runSlice';
import { createSweepSlice } from './sweepSlice';
import type { Sweeper, SweepSlice } from './sweepSlice';
import { SweepClient } from '../worker/sweepClient';
import type { RunSlice } from './runSlice';
import { createRewindSlice } from './rewindSlice';
import type { RewindSlice } from './rewindSlice';
import { createUserDataSlice } from './userDataSlice';
import type { UserDataSlice } from './userDataSlice';
import { getTrainer } from './trainer';
import type { Trainer } from './trainer';
import { createViewSlice } from './viewSlice';
import type { ViewSlice } from './viewSlice';

/** What a store is built with. */
export interface StoreDeps {
  /** The training worker's client: the slices' only way to the worker. */
  trainer: Trainer;
  /** The sweep workers' client (made on first use of a sweep when not given). */
  sweeper?: Sweeper;
}

/**
 * The whole page state: configuration, run, view, classroom, the user's data and the pinned
 * runs, one slice each.
 */
export type AppState = ConfigSlice &
  RunSlice &
  RewindSlice &
  ViewSlice &
  ClassroomSlice &
  UserDataSlice &
  PinSlice &
  SweepSlice &
  Required<StoreDeps>;

/** A fresh store driving `trainer` (the page uses one; tests make their own with a fake). */
export function createAppStore({ trainer, sweeper = new SweepClient() }: StoreDeps) {
  return create<AppState>()((...a) => ({
    trainer,
    sweeper,
    ...createConfigSlice(...a),
    ...createRunSlice(...a),
    ...createRewindSlice(...a),
    ...createViewSlice(...a),
    ...createClassroomSlice(...a),
    ...createUserDataSlice(...a),
    ...createPinSlice(...a),
    ...createSweepSlice(...a),
  }));
}

/**
 * The page's one store. Components select single values so a snapshot re-renders only what draws
 * it: `const epoch = useAppStore((s) => s.epoch)`.
 */
export const useAppStore = createAppStore({ trainer: getTrainer() });

/** The store's type as a value (for code that takes the store as a parameter). */
export type AppStore = typeof useAppStore;
