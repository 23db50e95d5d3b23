import type { Selection } from 'd3-selection';
import type { ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { downsampleMinMax } from './downsample';

/**
 * Other runs' loss curves drawn on the loss chart's axes (pinned runs, a sweep's runs): each
 * run's training loss solid and its test loss dashed, in the run's own colour slot.
 */
export interface ReferenceRun {
  /** Stable key of the run (its pin slot, its sweep index). */
  key: string;
  /** Colour slot 0..7 (CSS class `ref-k`). */
  slot: number;
  epochs: ArrayLike<number>;
  train: ArrayLike<number>;
  /** The dashed line: the test loss (a sweep judged on the validation set passes that). */
  test: ArrayLike<number>;
}

/** A reference run's two lines as SVG path strings ('' when nothing to draw). */
export interface ReferencePaths {
  key: string;
  slot: number;
  train: string;
  test: string;
}

/** Epoch range and loss values of the reference runs, to widen the chart's axes with. */
export function referenceExtent(refs: readonly ReferenceRun[]): {
  epochs: [number, number] | null;
  losses: ArrayLike<number>[];
} {
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of refs) {
    const n = r.epochs.length;
    if (n === 0) continue;
    lo = Math.min(lo, r.epochs[0]!);
    hi = Math.max(hi, r.epochs[n - 1]!);
  }
  return { epochs: lo <= hi ? [lo, hi] : null, losses: refs.flatMap((r) => [r.train, r.test]) };
}

/**
 * Path strings of each reference run on the chart's scales; `value` maps a loss as the chart's
 * y scale sees it (clamped for a log scale, NaN for a gap). Like the live lines, each keeps at
 * most its minimum and maximum per pixel column of the `columns` across x's domain (see
 * downsampleMinMax), so a run of 100,000 epochs costs a frame no more than one of 1,000.
 */
export function referencePaths(
  refs: readonly ReferenceRun[],
  x: ScaleLinear<number, number>,
  y: (loss: number) => number,
  value: (v: number) => number,
  columns: number,
): ReferencePaths[] {
  const [x0, x1] = x.domain() as [number, number];
  return refs.map((r) => {
    const path = (ys: ArrayLike<number>) => {
      const n = Math.min(r.epochs.length, ys.length);
      if (n === 0) return '';
      const gen = line<number>()
        .defined((i) => Number.isFinite(value(ys[i]!)) && Number.isFinite(r.epochs[i]!))
        .x((i) => x(r.epochs[i]!))
        .y((i) => y(value(ys[i]!)))
        .digits(1);
      return gen(downsampleMinMax(r.epochs, ys, x0, x1, columns)) ?? '';
    };
    return { key: r.key, slot: r.slot, train: path(r.train), test: path(r.test) };
  });
}

/** Draw the reference runs' lines into `group` (created under the live lines). */
export function drawReferences(
  group: Selection<SVGGElement, unknown, null, undefined>,
  paths: readonly ReferencePaths[],
): void {
  const lines = paths.flatMap((p) => [
    { id: `${p.key}-train`, cls: `ref-line ref-train ref-${p.slot}`, d: p.train },
    { id: `${p.key}-test`, cls: `ref-line ref-test ref-${p.slot}`, d: p.test },
  ]);
  group
    .selectAll<SVGPathElement, (typeof lines)[number]>('path')
    .data(lines, (d) => d.id)
    .join('path')
    .attr('class', (d) => d.cls)
    .attr('d', (d) => d.d || null);
}
