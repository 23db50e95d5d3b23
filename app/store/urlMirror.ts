/** The last change mirrored to the URL: which fields, and when (ms). */
export interface MirroredChange {
  fields: string;
  at: number;
}

/** How a configuration change reaches the browser history. */
export type HistoryAction = 'push' | 'replace' | 'none';

/** Changes to the same field closer together than this are one gesture (a slider drag). */
export const GESTURE_MS = 1000;

/**
 * The rule: every change gets its own history entry (pushState), so Back undoes it, except
 * that a change to the same single field as the previous change, within GESTURE_MS of it,
 * replaces that entry (replaceState). A slider drag or typing a number therefore costs one
 * Back press, not one per pixel or keystroke. No changed field: nothing to do.
 * Example: historyAction(['noise'], { fields: 'noise', at: 0 }, 300) → 'replace'.
 */
export function historyAction(
  changed: readonly string[],
  last: MirroredChange | null,
  now: number,
): HistoryAction {
  if (changed.length === 0) return 'none';
  const fields = changed.join(',');
  if (changed.length === 1 && last && last.fields === fields && now - last.at < GESTURE_MS) {
    return 'replace';
  }
  return 'push';
}
