import type { BoundaryOutline } from '../engine/boundaryOutline';
import type { TrainingConfig } from '../engine/trainingConfig';
import type { TrainedState } from './weightsFile';

/** Pinned runs kept at once (the live run's chart stays readable with four beside it). */
export const MAX_PINS = 4;
/** Points of loss history a pinned run keeps (longer runs are thinned evenly). */
export const MAX_PIN_POINTS = 600;
/** Characters of a pinned run's name, at most. */
export const MAX_PIN_NAME = 40;

/** A run's closing figures: losses, and accuracies (NaN for regression or when not measured). */
export interface RunFigures {
  epoch: number;
  trainLoss: number;
  /** NaN without a validation set. */
  validationLoss: number;
  testLoss: number;
  trainAccuracy: number;
  testAccuracy: number;
}

/** A pinned run's loss per epoch, thinned to at most MAX_PIN_POINTS (NaN where undefined). */
export interface PinnedHistory {
  epoch: number[];
  trainLoss: number[];
  testLoss: number[];
  validationLoss: number[];
}

/**
 * A run kept as a reference while the live run goes on: its configuration, closing figures,
 * loss curves, decision boundary and (to make it live again) its trained state.
 * `slot` (0..MAX_PINS−1) picks its colour and number ("Pin 2") and stays while it is pinned.
 */
export interface PinnedRun {
  slot: number;
  name: string;
  config: TrainingConfig;
  figures: RunFigures;
  history: PinnedHistory;
  /** Null for 1-D data, or when no picture had been drawn yet. */
  outline: BoundaryOutline | null;
  weights: TrainedState | null;
}

/** The lowest slot no pinned run uses, or null when all MAX_PINS are taken. */
export function freeSlot(pins: readonly PinnedRun[]): number | null {
  for (let s = 0; s < MAX_PINS; s++) if (!pins.some((p) => p.slot === s)) return s;
  return null;
}

/**
 * Every index of a series of length n when it is short, else MAX_PIN_POINTS evenly spread ones
 * that keep the first and the last. Example: pinIndices(3) → [0, 1, 2].
 */
export function pinIndices(n: number, max = MAX_PIN_POINTS): number[] {
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: max }, (_, k) => Math.round((k * (n - 1)) / (max - 1)));
}

/** A history thinned for pinning: the chosen points of each series, as plain lists. */
export function thinHistory(h: {
  length: number;
  epoch: ArrayLike<number>;
  trainLoss: ArrayLike<number>;
  testLoss: ArrayLike<number>;
  validationLoss: ArrayLike<number>;
}): PinnedHistory {
  const idx = pinIndices(h.length);
  const pick = (a: ArrayLike<number>) => idx.map((i) => a[i]!);
  return {
    epoch: pick(h.epoch),
    trainLoss: pick(h.trainLoss),
    testLoss: pick(h.testLoss),
    validationLoss: pick(h.validationLoss),
  };
}
