import { DEFAULT_CONFIG } from '../engine/configRules';
import { isCustomDataset } from '../engine/customData';
import type { CustomData } from '../engine/customData';
import type { TrainingConfig } from '../engine/trainingConfig';
import { decodeLinkData, encodeLinkData } from '../data/userDataCodec';
import type { AppState } from './store';
import { isTrainable } from './userDataSlice';
import { grouped } from '../engine/numberText';

/**
 * The link value of the user's data for a state: only while the configuration trains on it
 * and it is small enough for a link (undefined otherwise).
 */
export function linkDataOf(s: Pick<AppState, 'config' | 'userData'>): string | undefined {
  if (!isCustomDataset(s.config.dataset) || !s.userData) return undefined;
  return encodeLinkData(s.userData) ?? undefined;
}

/** What a link's data means for the page (see resolveLinkData). */
export interface LinkDataOutcome {
  /** The data to train on in this tab, or null to keep the page's. */
  data: CustomData | null;
  config: TrainingConfig;
  notice?: string;
  /**
   * The link's data differs from the data saved in this browser: it is used in this tab only,
   * and the saved data stays saved until the user chooses (never replaced without asking).
   */
  besideSaved?: boolean;
}

/**
 * What a link's data means for the page. The data saved in this browser is never replaced by
 * a link: a link that trains on a built-in set leaves its data out; a link whose data differs
 * from the saved data opens it beside the saved data (`besideSaved`); a link that trains on
 * data it does not carry uses the saved data, or opens the default playground when none fits.
 *
 *   resolveLinkData(circleConfig, '<4 rows>', saved500) → { data: null, config: circleConfig, notice }
 *   resolveLinkData(customConfig, '<4 rows>', saved500) → { data: link4, besideSaved: true, … }
 */
export function resolveLinkData(
  config: TrainingConfig,
  linkData: string | undefined,
  saved: CustomData | null,
): LinkDataOutcome {
  let data: CustomData | null = null;
  let notice: string | undefined;
  if (linkData !== undefined) {
    const decoded = decodeLinkData(linkData);
    data = decoded.data;
    notice = decoded.error;
  }
  if (!isCustomDataset(config.dataset)) {
    if (!data) return { data: null, config, notice };
    return {
      data: null,
      config,
      notice: `This link also carried ${rows(data)} of data that it does not train on; they were left out${saved ? ', and the data saved in this browser is untouched' : ''}.`,
    };
  }
  const fromLink = isTrainable(data) && data.problem === problemOf(config) ? data : null;
  if (fromLink) {
    if (!saved || saved.y.length === 0 || sameData(saved, fromLink)) {
      return { data: saved && sameData(saved, fromLink) ? saved : fromLink, config, notice };
    }
    return { data: fromLink, config, notice, besideSaved: true };
  }
  if (isTrainable(saved) && saved.problem === problemOf(config))
    return { data: saved, config, notice };
  return {
    data: null,
    config: { ...DEFAULT_CONFIG, seed: config.seed },
    notice:
      'This link trains on data of its own that did not come with it (too large for a link, or from another browser); the default playground opened instead.',
  };
}

/** What the page says when a link's data opens beside the data saved in this browser. */
export function besideSavedNotice(link: CustomData, saved: CustomData): string {
  return `This link brings its own data (“${link.name}”, ${rows(link)}), used in this tab only. The data saved in this browser (“${saved.name}”, ${rows(saved)}) is kept and not changed unless you choose.`;
}

/** Whether two data sets are the same as far as a link can tell (its encoding). */
export function sameData(a: CustomData, b: CustomData): boolean {
  if (a === b) return true;
  const ea = encodeLinkData(a);
  return ea !== null && ea === encodeLinkData(b);
}

/** "4 rows" / "1 row", with thousands separated. */
export function rows(data: CustomData): string {
  const n = data.y.length;
  return `${grouped(n)} ${n === 1 ? 'row' : 'rows'}`;
}

function problemOf(config: TrainingConfig): CustomData['problem'] {
  return config.dataset === 'customValues'
    ? 'regression'
    : config.dataset === 'customClasses'
      ? 'multiclass'
      : 'binary';
}
