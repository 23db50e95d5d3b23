import { WEIGHTS_KEY, encodeConfig } from './url';
import { linkDataOf } from './userDataLink';
import type { AppState } from './store';
import { viewParams, type SharedView } from './viewParams';
import { DEFAULT_SPEED_INDEX } from './speedScale';

/**
 * The longest link a share QR code holds: 2,331 bytes is what a QR code (version 40) carries
 * at the medium error correction the share dialog draws with.
 */
export const MAX_SHARE_LINK = 2331;

/** The view a page opens with; a share link leaves out the view keys that match it. */
const DEFAULT_VIEW: SharedView = {
  logScale: false,
  showTest: false,
  discretize: false,
  speedIndex: DEFAULT_SPEED_INDEX,
};

/** A share link and what became of the trained weights asked to go in it. */
export interface ShareLink {
  link: string;
  /** 'included', 'none' (none were asked for) or 'too-long' (left out to fit a QR code). */
  weights: 'included' | 'none' | 'too-long';
  /** Length the link would have had with the weights (for the message), when left out. */
  lengthWithWeights?: number;
}

/**
 * The link to share: `base` (the page's address without its hash), then only the settings
 * that differ from the defaults (so the QR code is sparse), the user's data while it is
 * small, and the trained weights (`weights`, a linkWeights value) while the whole link fits
 * a QR code; past MAX_SHARE_LINK the weights are left out and the link says so.
 * Example: shareLink('https://x.org/', state at the defaults with lr 0.1, null)
 * → { link: 'https://x.org/#v=1&lr=0.1', weights: 'none' }.
 */
export function shareLink(
  base: string,
  s: Pick<AppState, 'config' | 'userData'> & SharedView,
  weights: string | null,
): ShareLink {
  const view = viewParams(s);
  const defaults = viewParams(DEFAULT_VIEW);
  const changed = Object.fromEntries(Object.entries(view).filter(([k, v]) => defaults[k] !== v));
  const link = `${base}#${encodeConfig(s.config, changed, linkDataOf(s), true)}`;
  if (weights === null) return { link, weights: 'none' };
  const withWeights = `${link}&${WEIGHTS_KEY}=${weights}`;
  return withWeights.length <= MAX_SHARE_LINK
    ? { link: withWeights, weights: 'included' }
    : { link, weights: 'too-long', lengthWithWeights: withWeights.length };
}
