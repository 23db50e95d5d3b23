import type { StateCreator } from 'zustand';
import { DEFAULT_CONFIG } from '../engine/configRules';
import type { TrainingConfig } from '../engine/trainingConfig';
import { applyConfigPatch } from './configPatch';
import type { AppState } from './store';

/** The playground's configuration: serialisable, mirrored to the URL, sent to the worker. */
export interface ConfigSlice {
  config: TrainingConfig;
  /** Where the last change came from: the URL (not mirrored back) or the user. */
  configSource: 'user' | 'url';
  /**
   * Apply a user's change, repaired (preset on a new data set, valid output/loss pair,
   * clamped fields). Fields the app had to change are reported as notices.
   */
  setConfig(patch: Partial<TrainingConfig>): void;
  /** Adopt a configuration read from the URL (already validated); not pushed to history. */
  loadConfig(config: TrainingConfig): void;
}

export const createConfigSlice: StateCreator<AppState, [], [], ConfigSlice> = (set, get) => ({
  config: DEFAULT_CONFIG,
  configSource: 'url',
  setConfig(patch) {
    const { config, notices } = applyConfigPatch(get().config, patch);
    set({ config, configSource: 'user' });
    for (const n of notices) get().addNotice(n.message, 'warning');
  },
  loadConfig(config) {
    set({ config, configSource: 'url' });
  },
});
