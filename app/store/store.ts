import { create } from 'zustand';
import { createConfigSlice } from './configSlice';
import type { ConfigSlice } from './configSlice';
import { createRunSlice } from './runSlice';
import type { RunSlice } from './runSlice';
import { createViewSlice } from './viewSlice';
import type { ViewSlice } from './viewSlice';

/** The whole page state: configuration, run and view, one slice each. */
export type AppState = ConfigSlice & RunSlice & ViewSlice;

/**
 * The one store. Components select single values so a snapshot re-renders only what draws
 * it: `const epoch = useAppStore((s) => s.epoch)`.
 */
export const useAppStore = create<AppState>()((...a) => ({
  ...createConfigSlice(...a),
  ...createRunSlice(...a),
  ...createViewSlice(...a),
}));

/** The store's type as a value (for code that takes the store as a parameter). */
export type AppStore = typeof useAppStore;
