/**
 * The speed slider's stops: slow motion for narrating, up to the engine's full speed.
 * Index 0 is one step a second; the last stop (null) trains as fast as the engine goes.
 */
export const SPEED_STOPS: readonly (number | null)[] = [1, 2, 5, 10, 30, 100, null];

/** The stop the playground opens on: full speed. */
export const DEFAULT_SPEED_INDEX = SPEED_STOPS.length - 1;

/** Slow motion for narrating one step at a time (the S key's other end): 1 step a second. */
export const SLOW_MOTION_INDEX = 0;

/**
 * Steps per second at slider position `index` (rounded and clamped to the stops), null for
 * full speed. Example: speedAt(2) → 5, speedAt(99) → null.
 */
export function speedAt(index: number): number | null {
  const i = Number.isFinite(index) ? Math.round(index) : DEFAULT_SPEED_INDEX;
  const clamped = Math.max(0, Math.min(SPEED_STOPS.length - 1, i));
  return SPEED_STOPS[clamped] ?? null;
}

/**
 * The slider position nearest to `stepsPerSecond` (on a log scale); null gives full speed.
 * Example: indexOfSpeed(8) → 3 (10 steps/s), indexOfSpeed(null) → 6.
 */
export function indexOfSpeed(stepsPerSecond: number | null): number {
  if (stepsPerSecond === null || !(stepsPerSecond > 0)) return DEFAULT_SPEED_INDEX;
  let best = 0;
  let bestDistance = Infinity;
  SPEED_STOPS.forEach((s, i) => {
    if (s === null) return;
    const d = Math.abs(Math.log(s) - Math.log(stepsPerSecond));
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}

/** What the slider says: '1 step/s', '30 steps/s' or 'full speed'. */
export function speedLabel(stepsPerSecond: number | null): string {
  if (stepsPerSecond === null) return 'full speed';
  return `${stepsPerSecond} step${stepsPerSecond === 1 ? '' : 's'}/s`;
}
