import { readWeightsFile, writeWeightsFile, type WeightsFile } from '../classroom/weightsFile';

/** Where the network last trained in a lesson is kept, so the next lesson page can pick it up. */
export const LAST_NETWORK_KEY = 'gradient-lab:last-lesson-network';

/** The little of local storage this needs (a Map-backed stand-in in tests). */
export interface NetworkStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * Keep a lesson's trained network (configuration and weights, in the weights-file format) for
 * the lessons that build on it, such as "Where to go next". A full storage is not an error:
 * the network is then simply not remembered.
 */
export function rememberNetwork(storage: NetworkStorage | null, file: WeightsFile): void {
  try {
    storage?.setItem(LAST_NETWORK_KEY, writeWeightsFile(file));
  } catch {
    // Quota exceeded or storage disabled: nothing to remember with.
  }
}

/** The remembered network, checked like an imported weights file; null when none or broken. */
export function recallNetwork(storage: NetworkStorage | null): WeightsFile | null {
  const text = storage?.getItem(LAST_NETWORK_KEY);
  if (!text) return null;
  const read = readWeightsFile(text);
  return read.ok ? { config: read.value.config, state: read.value.state } : null;
}
