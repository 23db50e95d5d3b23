/**
 * The viridis colour map (dark purple → yellow, perceptually uniform and colour-blind safe) as
 * 17 evenly spaced anchors, linearly interpolated: within 6/255 of the full 256-colour table
 * (checked in the test), without shipping a whole colour-scheme library to the page.
 */
const ANCHORS = [
  '#440154',
  '#48186a',
  '#472d7b',
  '#424086',
  '#3b528b',
  '#33638d',
  '#2c728e',
  '#26828e',
  '#21918c',
  '#1fa088',
  '#28ae80',
  '#3fbc73',
  '#5ec962',
  '#84d44b',
  '#addc30',
  '#d8e219',
  '#fde725',
].map((h) => [1, 3, 5].map((k) => parseInt(h.slice(k, k + 2), 16)) as [number, number, number]);

/** Viridis at t in [0, 1] (clamped; NaN gives the dark end) as '#rrggbb'. */
export function viridis(t: number): string {
  const x = (Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0) * (ANCHORS.length - 1);
  const k = Math.min(ANCHORS.length - 2, Math.floor(x));
  const f = x - k;
  const a = ANCHORS[k]!;
  const b = ANCHORS[k + 1]!;
  let hex = '#';
  for (let j = 0; j < 3; j++) {
    const v = Math.round(a[j]! + (b[j]! - a[j]!) * f);
    hex += v.toString(16).padStart(2, '0');
  }
  return hex;
}
