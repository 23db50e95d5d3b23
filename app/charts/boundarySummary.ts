import type { GridValues, NetworkInfo } from '../engine/sessionTypes';
import { exampleNumber } from '../engine/exampleNumber';
import { formatNumber } from '../engine/numberText';

/** How classes 0 and 1 look on the chart: colour and point shape, so text never relies on colour. */
const CLASS_WORDS = ['orange circles (class 0)', 'blue squares (class 1)'];

function classWords(k: number): string {
  return CLASS_WORDS[k] ?? `class ${k}`;
}

function percent(f: number): string {
  return `${Math.round(f * 100)}%`;
}

/** Where a point of the unit square lies, in words. Example: (0.1, 0.1) → 'top left'. */
export function placeWords(cx: number, cy: number): string {
  const col = cx < 1 / 3 ? 'left' : cx > 2 / 3 ? 'right' : '';
  const row = cy < 1 / 3 ? 'top' : cy > 2 / 3 ? 'bottom' : '';
  if (!col && !row) return 'centre';
  return [row, col].filter(Boolean).join(' ');
}

/**
 * One sentence about the network's prediction over the input plane, for the chart's text
 * alternative. Two classes: the share of the plane given to class 1, where it lies and whether
 * it is a closed region; more classes: each class's share; regression: the range of outputs.
 * Example: 'Blue squares (class 1) fill a closed region in the centre, 31% of the plane;
 * orange circles (class 0) the rest.'
 */
export function describeBoundary(
  info: Pick<NetworkInfo, 'problem' | 'classes' | 'dims'>,
  grid: GridValues | null | undefined,
  signedOutput = false,
): string {
  if (!grid || grid.res < 2) return 'The network’s prediction is not drawn yet.';
  const { res, output, outputs } = grid;
  const cells = res * res;
  if (info.problem === 'regression') {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < cells; i++) {
      const v = output[i * outputs]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const f = (v: number) => formatNumber(v);
    return info.dims >= 2
      ? `The network’s prediction ranges from ${f(lo)} to ${f(hi)} over the plane.`
      : `The network’s curve ranges from ${f(lo)} to ${f(hi)}.`;
  }
  if (outputs > 1) {
    const counts = new Array<number>(outputs).fill(0);
    for (let i = 0; i < cells; i++) {
      let best = 0;
      for (let k = 1; k < outputs; k++) {
        if (output[i * outputs + k]! > output[i * outputs + best]!) best = k;
      }
      counts[best]!++;
    }
    const parts = counts.map((c, k) => `${classWords(k)} ${percent(c / cells)}`);
    return `The plane is split among ${outputs} classes: ${parts.join(', ')}.`;
  }
  const threshold = signedOutput ? 0 : 0.5;
  let n = 0;
  let sx = 0;
  let sy = 0;
  let touchesEdge = false;
  for (let r = 0; r < res; r++) {
    for (let c = 0; c < res; c++) {
      if (!(output[r * res + c]! > threshold)) continue;
      n++;
      sx += c;
      sy += r;
      if (r === 0 || c === 0 || r === res - 1 || c === res - 1) touchesEdge = true;
    }
  }
  const share = n / cells;
  if (share < 0.01) return `The network predicts ${classWords(0)} over the whole plane.`;
  if (share > 0.99) return `The network predicts ${classWords(1)} over the whole plane.`;
  const where = placeWords(sx / n / (res - 1), sy / n / (res - 1));
  const shape = touchesEdge
    ? `cover ${percent(share)} of the plane, mostly towards the ${where}`
    : `fill a closed region in the ${where}, ${percent(share)} of the plane`;
  const first = classWords(1);
  return `${first[0]!.toUpperCase()}${first.slice(1)} ${shape}; ${classWords(0)} the rest.`;
}

/**
 * The traced example in words, for the output plot's text alternative: its number (row 2 is
 * example 3, as in the data table), where it lies on the plot's axes (raw columns `axes`) and
 * its class or target. '' when none is traced.
 * Example (row 2): 'Example 3, traced by the teaching views, is ringed on the plot: x₁ 1.5,
 * x₂ −0.25, blue squares (class 1), a training example.'
 */
export function describeTraced(
  info: Pick<
    NetworkInfo,
    'problem' | 'dims' | 'points' | 'targets' | 'isTrain' | 'inputNames' | 'targetName'
  >,
  row: number | null | undefined,
  axes: readonly [number, number] = [0, 1],
): string {
  if (row === null || row === undefined || !(row >= 0 && row < info.targets.length)) return '';
  const column = (c: number) =>
    `${info.inputNames[c] ?? `x${c + 1}`} ${formatNumber(info.points[row * info.dims + c]!)}`;
  const place = info.dims >= 2 ? `${column(axes[0])}, ${column(axes[1])}` : column(0);
  const t = info.targets[row]!;
  const target =
    info.problem === 'regression' ? `${info.targetName} ${formatNumber(t)}` : classWords(t);
  const kind = info.isTrain[row] === 1 ? 'training' : 'test';
  return `Example ${exampleNumber(row)}, traced by the teaching views, is ringed on the plot: ${place}, ${target}, a ${kind} example.`;
}
