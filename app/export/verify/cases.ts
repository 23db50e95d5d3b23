import { sanitizeConfig } from '../../engine/configRules';
import { presetFor } from '../../engine/presets';
import type { DatasetName } from '../../engine/dataset';
import { TrainingSession } from '../../engine/session';
import type { TrainingConfig } from '../../engine/trainingConfig';
import type { ExportState } from '../exportSource';

/** A network the export tests check: a configuration, trained for a few epochs first. */
export interface ExportCase {
  name: string;
  config: TrainingConfig;
  /** Epochs trained before the export (0: the initial weights of the seed). */
  before: number;
}

/** A data set's preset with changes, never stopping on its own; throws if anything is repaired. */
export function caseConfig(dataset: DatasetName, changes: Partial<TrainingConfig>): TrainingConfig {
  const { config, notices } = sanitizeConfig({
    ...presetFor(dataset),
    stopEpochs: 0,
    targetLoss: 0,
    ...changes,
  });
  if (notices.length > 0) throw new Error(notices.map((n) => n.message).join('; '));
  return config;
}

/** Train a session for the case's epochs and save its state the way the app's export does. */
export function trainedState(c: ExportCase): { session: TrainingSession; state: ExportState } {
  const session = new TrainingSession(c.config);
  for (let e = 0; e < c.before; e++) session.stepEpoch();
  const state: ExportState = {
    epoch: session.epoch,
    step: session.step,
    parameters: session.net.params.slice(),
    extras: session.extras(),
  };
  return { session, state };
}

/** A fresh session continuing from a saved state, as the app continues after an import. */
export function restoredSession(c: ExportCase, state: ExportState): TrainingSession {
  const session = new TrainingSession(c.config);
  if (!session.restore(state.parameters, state.epoch, state.step, state.extras)) {
    throw new Error(`${c.name}: the state does not fit`);
  }
  return session;
}
