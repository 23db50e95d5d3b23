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

/** Epoch range of the reference runs, to widen the chart's x axis with (null: none). */
export function referenceEpochs(refs: readonly ReferenceRun[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of refs) {
    const n = r.epochs.length;
    if (n === 0) continue;
    lo = Math.min(lo, r.epochs[0]!);
    hi = Math.max(hi, r.epochs[n - 1]!);
  }
  return lo <= hi ? [lo, hi] : null;
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

/** What reference lines were drawn on: the runs, both axes' domains, the plot box, the scale. */
export interface ReferenceBasis {
  runs: readonly ReferenceRun[];
  xDomain: readonly number[];
  yDomain: readonly number[];
  plot: { x: number; y: number; width: number; height: number };
  log: boolean;
}

/**
 * Lines drawn on x domain [a0, b0] placed on [a1, b1] (the same px range from `left`, `width`
 * wide) by px′ = k·px + t. Example: [0, 100] → [0, 200], left 0 → k ½, t 0.
 */
export function referenceShift(
  from: readonly number[],
  to: readonly number[],
  left: number,
  width: number,
): { k: number; t: number } {
  const [a0, b0] = from as [number, number];
  const [a1, b1] = to as [number, number];
  const k = (b0 - a0) / (b1 - a1);
  return { k, t: left * (1 - k) + ((a0 - a1) * width) / (b1 - a1) };
}

/** How far the epoch axis may grow (or shrink) before kept reference lines are drawn afresh. */
const KEEP_SHIFT = 0.8;

/**
 * Whether lines drawn on `prev` can stay, moved onto `now`'s x axis by referenceShift: the
 * same runs (the same array: pinned runs do not change while the live run trains), plot box,
 * y scale and domain, and an x axis that has grown by under a quarter, so the kept lines still
 * have about two points per pixel column. The live run's epochs grow every frame; this keeps
 * the faded lines from being rebuilt (and re-parsed by the browser) each time.
 */
export function referencesKept(prev: ReferenceBasis | undefined, now: ReferenceBasis): boolean {
  if (!prev || prev.runs !== now.runs || prev.log !== now.log) return false;
  const p = prev.plot;
  const q = now.plot;
  if (p.x !== q.x || p.y !== q.y || p.width !== q.width || p.height !== q.height) return false;
  if (prev.yDomain.some((v, i) => v !== now.yDomain[i])) return false;
  const { k } = referenceShift(prev.xDomain, now.xDomain, q.x, q.width);
  return Number.isFinite(k) && k >= KEEP_SHIFT && k <= 1 / KEEP_SHIFT;
}

/** Finite loss extents of reference runs, by the runs array (pinned runs do not change). */
const extents = new WeakMap<readonly ReferenceRun[], Map<boolean, [number, number] | null>>();

/**
 * Lowest and highest finite loss (positive only for a log scale) of the reference runs, or
 * null when they have none; worked out once per runs array.
 */
export function referenceLossExtent(
  refs: readonly ReferenceRun[],
  positiveOnly: boolean,
): [number, number] | null {
  let byKind = extents.get(refs);
  if (!byKind) extents.set(refs, (byKind = new Map()));
  if (byKind.has(positiveOnly)) return byKind.get(positiveOnly)!;
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of refs)
    for (const a of [r.train, r.test])
      for (let i = 0; i < a.length; i++) {
        const v = a[i]!;
        if (!Number.isFinite(v) || (positiveOnly && v <= 0)) continue;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
  const ext: [number, number] | null = lo <= hi ? [lo, hi] : null;
  byKind.set(positiveOnly, ext);
  return ext;
}

/** The paths last drawn into each references group. */
const drawn = new WeakMap<SVGGElement, readonly ReferencePaths[]>();

/**
 * Draw the reference runs' lines into `group` (created under the live lines), placed by
 * `transform` (see referencesKept); paths already drawn there are left as they are.
 */
export function drawReferences(
  group: Selection<SVGGElement, unknown, null, undefined>,
  paths: readonly ReferencePaths[],
  transform = '',
): void {
  group.attr('transform', transform || null);
  const node = group.node();
  if (node && drawn.get(node) === paths) return;
  if (node) drawn.set(node, paths);
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
