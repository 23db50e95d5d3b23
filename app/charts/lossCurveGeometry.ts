import { scaleLinear, scaleLog, type ScaleContinuousNumeric, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { BASE_FONT } from './chartText';
import { downsampleMinMax } from './downsample';
import { plotFrame, type PlotFrame } from './decisionBoundary';
import { LEGEND_ROW, legendLayout, type LegendItem, type LossLine } from './lossLegend';
import {
  referenceEpochs,
  referenceLossExtent,
  referencePaths,
  referenceShift,
  referencesKept,
  type ReferenceBasis,
  type ReferencePaths,
  type ReferenceRun,
} from './lossReferences';
import { grouped } from '../engine/numberText';

export { downsampleMinMax } from './downsample';

/*
 * The loss chart as plain data: scales, paths, legend and notes for a history and a size
 * (pure, tested in Node); lossCurve.ts draws it.
 */

/** Per-epoch history, aligned arrays (as in HistoryChunk). Accuracies are fractions 0..1. */
export interface LossSeries {
  epochs: ArrayLike<number>;
  train: ArrayLike<number>;
  test: ArrayLike<number>;
  /** Validation loss (NaN or absent without a validation set). */
  validation?: ArrayLike<number>;
  trainAccuracy?: ArrayLike<number>;
  testAccuracy?: ArrayLike<number>;
}

/** Size and scale choices of the loss chart. */
export interface LossCurveOptions {
  width: number;
  height: number;
  logScale: boolean;
  /** Epoch at which the run diverged: drawn as a labelled dashed rule. */
  divergedAt?: number;
  /** Axis font size in px (default BASE_FONT): the margins and the legend grow with it. */
  fontSize?: number;
  /** Other runs drawn faded under this one, on the same axes (pinned runs, a sweep). */
  references?: readonly ReferenceRun[];
}

/** Everything the renderer draws, as plain data. Paths are '' when there is nothing to draw. */
export interface LossCurveGeometry {
  frame: PlotFrame;
  x: ScaleLinear<number, number>;
  y: ScaleContinuousNumeric<number, number>;
  /** Accuracy 0..1 onto the plot height; only when accuracy values exist. */
  accuracy?: ScaleLinear<number, number>;
  paths: Record<LossLine, string>;
  /** One entry per line with data, laid out in rows above the plot. */
  legend: LegendItem[];
  /** x position of the divergence rule in px, or null. */
  divergedX: number | null;
  /**
   * With only one recorded epoch (epoch 0: the loss before training) a line has no length,
   * so each value is a dot; empty once the curve has two epochs.
   */
  dots: { line: LossLine; x: number; y: number }[];
  /** What the plot says while there is no curve yet (one line per entry); empty after. */
  note: string[];
  /** The reference runs' lines, as drawn on `referenceBasis`. */
  references: ReferencePaths[];
  referenceBasis: ReferenceBasis;
  /** SVG transform placing them on this chart's x axis ('' when drawn on it). */
  referenceTransform: string;
}

/** The plot's words beside the epoch-0 dots, before there is a curve to draw. */
export const BEFORE_TRAINING_NOTE = ['Before training:', 'press Play'];
/**
 * The plot's words beside a trained run's one dot (weights restored without their history):
 * the curve goes on from that epoch. Example: restoredNote(165507) → ['Trained to epoch
 * 165,507:', 'the curve goes on from here'].
 */
export function restoredNote(epoch: number): string[] {
  return [`Trained to epoch ${grouped(epoch)}:`, 'the curve goes on from here'];
}

/** The plot's words before the first evaluation has arrived. */
export const NO_EPOCHS_NOTE = ['No epochs yet.'];

const NO_REFERENCES: readonly ReferenceRun[] = [];

/** Smallest value the log scale shows when the data has no positive loss to go by. */
const LOG_FLOOR = 1e-6;

/**
 * A value as the log scale sees it: non-positive values are clamped to `floor`
 * (log of 0 would be −∞); NaN and ±∞ stay non-finite so the line shows a gap.
 * Example: clampForLog(0, 1e-3) → 1e-3, clampForLog(0.2, 1e-3) → 0.2.
 */
export function clampForLog(v: number, floor: number): number {
  if (!Number.isFinite(v)) return NaN;
  return v > floor ? v : floor;
}

function finiteExtent(arrays: ArrayLike<number>[], positiveOnly: boolean): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of arrays) {
    for (let i = 0; i < a.length; i++) {
      const v = a[i]!;
      if (!Number.isFinite(v) || (positiveOnly && v <= 0)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

function hasFinite(a: ArrayLike<number> | undefined): a is ArrayLike<number> {
  if (!a) return false;
  for (let i = 0; i < a.length; i++) if (Number.isFinite(a[i]!)) return true;
  return false;
}

/**
 * Scales and path strings of the loss chart. x: epochs (first..last; ±1 around a single
 * point; 0..1 when empty). y: linear from min(0, lowest loss) to the highest finite loss, or
 * log over the positive losses with non-positive values clamped to the lowest one.
 * Accuracy (when any value is finite) uses a right axis 0..1. Paths are downsampled to the
 * plot width (min/max per pixel column); NaN/±∞ break the line.
 */
export function lossCurveGeometry(
  series: LossSeries,
  options: LossCurveOptions,
  /** The chart's last geometry: its reference lines are kept when they still fit (referencesKept). */
  previous?: LossCurveGeometry,
): LossCurveGeometry {
  const withAccuracy = hasFinite(series.trainAccuracy) || hasFinite(series.testAccuracy);
  // A chart of training and validation loss alone (runs judged on the validation set) does not
  // name a test line it does not draw.
  const withValidation = hasFinite(series.validation);
  const shown: LossLine[] =
    withValidation && series.test.length === 0 ? ['train', 'validation'] : ['train', 'test'];
  if (withValidation && !shown.includes('validation')) shown.push('validation');
  if (withAccuracy) shown.push('trainAccuracy', 'testAccuracy');
  const font = options.fontSize ?? BASE_FONT;
  const legend = legendLayout(shown, options.width, font);
  const rows = new Set(legend.map((l) => l.y)).size;
  // Margins are given at the base font size; plotFrame scales them with the font.
  const margin = {
    top: Math.ceil(10 + rows * BASE_FONT * LEGEND_ROW),
    right: withAccuracy ? 44 : 12,
    bottom: 34,
    left: 50,
  };
  const frame = plotFrame(options.width, options.height, margin, options.fontSize);
  const { plot } = frame;
  const { epochs } = series;
  const n = epochs.length;
  const refRuns = options.references ?? NO_REFERENCES;
  const re = referenceEpochs(refRuns);
  const first = n > 0 ? Math.min(epochs[0]!, re?.[0] ?? Infinity) : (re?.[0] ?? 0);
  const last = n > 0 ? Math.max(epochs[n - 1]!, re?.[1] ?? -Infinity) : (re?.[1] ?? 1);
  // One epoch (the loss before training) spans to the next; never to negative epochs.
  const xDomain: [number, number] =
    first < last ? [first, last] : [Math.max(0, first - 1), first + 1];
  const x = scaleLinear()
    .domain(xDomain)
    .range([plot.x, plot.x + plot.width]);
  const yRange = [plot.y + plot.height, plot.y];
  const losses = [series.train, series.test, series.validation ?? []];
  const withRefs = (ext: [number, number] | null, positiveOnly: boolean) => {
    const r = referenceLossExtent(refRuns, positiveOnly);
    if (!r) return ext;
    return ext ? ([Math.min(ext[0], r[0]), Math.max(ext[1], r[1])] as [number, number]) : r;
  };
  let y: ScaleContinuousNumeric<number, number>;
  let value: (v: number) => number;
  if (options.logScale) {
    const ext = withRefs(finiteExtent(losses, true), true) ?? [LOG_FLOOR, 1];
    const floor = ext[0];
    y = scaleLog()
      .domain(ext[0] < ext[1] ? ext : [ext[0] / 10, ext[0] * 10])
      .range(yRange)
      .nice();
    value = (v) => clampForLog(v, floor);
  } else {
    const ext = withRefs(finiteExtent(losses, false), false) ?? [0, 1];
    const lo = Math.min(0, ext[0]);
    y = scaleLinear()
      .domain([lo, ext[1] > lo ? ext[1] : lo + 1])
      .range(yRange)
      .nice();
    value = (v) => (Number.isFinite(v) ? v : NaN);
  }
  const accuracy = withAccuracy ? scaleLinear().domain([0, 1]).range(yRange) : undefined;
  const columns = Math.max(1, Math.round(plot.width));
  const path = (ys: ArrayLike<number> | undefined, scale: (v: number) => number, f = value) => {
    if (!ys || n === 0) return '';
    const idx = downsampleMinMax(epochs, ys, xDomain[0], xDomain[1], columns);
    const gen = line<number>()
      .defined((i) => Number.isFinite(f(ys[i]!)) && Number.isFinite(epochs[i]!))
      .x((i) => x(epochs[i]!))
      .y((i) => scale(f(ys[i]!)))
      .digits(1);
    return gen(idx) ?? '';
  };
  const raw = (v: number) => v;
  const basis: ReferenceBasis = {
    runs: refRuns,
    xDomain,
    yDomain: y.domain(),
    plot,
    log: options.logScale,
  };
  const kept = referencesKept(previous?.referenceBasis, basis);
  const shift = kept
    ? referenceShift(previous!.referenceBasis.xDomain, xDomain, plot.x, plot.width)
    : null;
  const d = options.divergedAt;
  const dots: LossCurveGeometry['dots'] = [];
  if (n === 1) {
    const at = x(epochs[0]!);
    const dot = (
      line: LossLine,
      ys: ArrayLike<number> | undefined,
      scale: (v: number) => number,
      f = value,
    ) => {
      const v = ys ? f(ys[0]!) : NaN;
      if (Number.isFinite(v)) dots.push({ line, x: at, y: scale(v) });
    };
    dot('train', series.train, y);
    dot('test', series.test, y);
    dot('validation', series.validation, y);
    if (accuracy) {
      dot('trainAccuracy', series.trainAccuracy, accuracy, raw);
      dot('testAccuracy', series.testAccuracy, accuracy, raw);
    }
  }
  return {
    frame,
    x,
    y,
    accuracy,
    paths: {
      train: path(series.train, y),
      test: path(series.test, y),
      validation: path(series.validation, y),
      trainAccuracy: accuracy ? path(series.trainAccuracy, accuracy, raw) : '',
      testAccuracy: accuracy ? path(series.testAccuracy, accuracy, raw) : '',
    },
    legend,
    references: kept ? previous!.references : referencePaths(refRuns, x, y, value, columns),
    referenceBasis: kept ? previous!.referenceBasis : basis,
    referenceTransform:
      shift && (shift.k !== 1 || shift.t !== 0) ? `matrix(${shift.k},0,0,1,${shift.t},0)` : '',
    divergedX:
      d !== undefined && Number.isFinite(d)
        ? Math.min(plot.x + plot.width, Math.max(plot.x, x(d)))
        : null,
    dots,
    // A chart of other runs only (the sweep's overlay) has curves without epochs of its own;
    // a run that diverged has trained (its rule says so): no "press Play" beside the rule.
    note:
      d !== undefined
        ? []
        : n === 0
          ? re
            ? []
            : NO_EPOCHS_NOTE
          : n === 1
            ? epochs[0]! > 0
              ? restoredNote(epochs[0]!)
              : BEFORE_TRAINING_NOTE
            : [],
  };
}
