import type { NetworkInfo } from '../worker/protocol';

/** Defaults shared by the teaching panel and its lazily loaded views. */
export const teachingDefaults = {
  /** The first two weights of the first layer: a sensible loss surface before the user picks. */
  pair(info: NetworkInfo): [number, number] | null {
    return info.parameterCount >= 2 ? [0, 1] : null;
  },
};
