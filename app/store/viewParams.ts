import { DEFAULT_SPEED_INDEX, SPEED_STOPS, indexOfSpeed, speedAt } from './speedScale';

/** The view settings that travel in a link beside the configuration. */
export interface SharedView {
  logScale: boolean;
  showTest: boolean;
  discretize: boolean;
  speedIndex: number;
}

/**
 * The hash's view keys for a view: log, test, disc as 1/0 and speed in steps per second
 * ('max' for full speed). Example: { log: true, test: false, disc: false, speed: 'max' }.
 */
export function viewParams(v: SharedView): Record<string, string | boolean> {
  const speed = speedAt(v.speedIndex);
  return {
    log: v.logScale,
    test: v.showTest,
    disc: v.discretize,
    speed: speed === null ? 'max' : String(speed),
  };
}

/**
 * The view settings a link's view keys ask for; missing or unreadable keys are left out, so
 * the page keeps its own. Example: { log: '1', speed: '5' } → { logScale: true, speedIndex: 2 }.
 */
export function viewFromParams(params: Record<string, string>): Partial<SharedView> {
  const out: Partial<SharedView> = {};
  const flag = (s: string | undefined) => (s === '1' ? true : s === '0' ? false : undefined);
  const log = flag(params.log);
  const test = flag(params.test);
  const disc = flag(params.disc);
  if (log !== undefined) out.logScale = log;
  if (test !== undefined) out.showTest = test;
  if (disc !== undefined) out.discretize = disc;
  if (params.speed === 'max') out.speedIndex = DEFAULT_SPEED_INDEX;
  else if (params.speed !== undefined) {
    const n = Number(params.speed);
    if (Number.isFinite(n) && n > 0) out.speedIndex = indexOfSpeed(n);
  }
  return out;
}

/** True when the two views share the same link keys. */
export function sameSharedView(a: SharedView, b: SharedView): boolean {
  return (
    a.logScale === b.logScale &&
    a.showTest === b.showTest &&
    a.discretize === b.discretize &&
    Math.min(a.speedIndex, SPEED_STOPS.length - 1) ===
      Math.min(b.speedIndex, SPEED_STOPS.length - 1)
  );
}
