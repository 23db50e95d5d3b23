import { isCustomDataset } from './customData';
import { featureColumns, selectFeatures } from './features';
import { specFromConfig } from './modelSpec';
import { planModel } from './networkSpec';
import { classesOf, dimsOf, problemOf } from './problemHeads';
import { layerLayouts } from './runInfo';
import type { NetworkInfo } from './sessionTypes';
import { encodedWidth } from './targets';
import type { TrainingConfig } from './trainingConfig';

/** The part of NetworkInfo that the diagram's geometry needs. */
export type NetworkShape = Pick<NetworkInfo, 'featureNames' | 'layers' | 'parameterCount'>;

/**
 * The network a configuration builds, without generating its data or its weights: the same
 * feature names, layer layout and parameter count the worker's session reports, so the page
 * can draw the diagram before the worker answers. Null when only the data can tell (the
 * user's own data, or more than two raw inputs, whose names come with the data) or when the
 * configuration is one the engine would reject.
 * Example: the default configuration → features x₁, x₂; layers of 4, 2 and 1; 25 parameters.
 */
export function networkShape(cfg: TrainingConfig): NetworkShape | null {
  if (isCustomDataset(cfg.dataset)) return null;
  const dims = dimsOf(cfg.dataset);
  if (dims > 2) return null;
  try {
    const columns = featureColumns(dims, selectFeatures(dims, cfg.features));
    const head = { problem: problemOf(cfg.dataset), classes: classesOf(cfg.dataset) };
    const outputs = encodedWidth(head, cfg);
    const plan = planModel(specFromConfig(cfg, { width: columns.width, outputs }));
    return {
      featureNames: columns.names,
      layers: layerLayouts(plan),
      parameterCount: plan.parameterCount,
    };
  } catch {
    return null;
  }
}
