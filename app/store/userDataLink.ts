import { DEFAULT_CONFIG } from '../engine/configRules';
import { isCustomDataset } from '../engine/customData';
import type { CustomData } from '../engine/customData';
import type { TrainingConfig } from '../engine/trainingConfig';
import { decodeLinkData, encodeLinkData } from '../data/userDataCodec';
import type { AppState } from './store';
import { isTrainable } from './userDataSlice';

/**
 * The link value of the user's data for a state: only while the configuration trains on it
 * and it is small enough for a link (undefined otherwise).
 */
export function linkDataOf(s: Pick<AppState, 'config' | 'userData'>): string | undefined {
  if (!isCustomDataset(s.config.dataset) || !s.userData) return undefined;
  return encodeLinkData(s.userData) ?? undefined;
}

/**
 * What a link's data means for the page: the data to adopt (from the link, else the data saved
 * in this browser), the configuration to use and a notice. A link that trains on the user's
 * data but brings none, when none is saved either, opens the default playground instead.
 */
export function resolveLinkData(
  config: TrainingConfig,
  linkData: string | undefined,
  saved: CustomData | null,
): { data: CustomData | null; config: TrainingConfig; notice?: string } {
  let data: CustomData | null = null;
  let notice: string | undefined;
  if (linkData !== undefined) {
    const decoded = decodeLinkData(linkData);
    data = decoded.data;
    notice = decoded.error;
  }
  if (!isCustomDataset(config.dataset)) return { data, config, notice };
  const usable = [data, saved].find((d) => isTrainable(d) && d.problem === problemOf(config));
  if (usable) return { data: usable, config, notice };
  return {
    data,
    config: { ...DEFAULT_CONFIG, seed: config.seed },
    notice:
      'This link trains on data of its own that did not come with it (too large for a link, or from another browser); the default playground opened instead.',
  };
}

function problemOf(config: TrainingConfig): CustomData['problem'] {
  return config.dataset === 'customValues'
    ? 'regression'
    : config.dataset === 'customClasses'
      ? 'multiclass'
      : 'binary';
}
