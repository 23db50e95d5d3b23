import { isRecord, own } from './jsonText';

/** The teaching views a scene can open (the store's TeachingTab). */
export const SCENE_TABS = ['descent', 'surface', 'backprop', 'neuron', 'batchnorm'] as const;
export type SceneTab = (typeof SCENE_TABS)[number];

/**
 * How a scene shows its state: the open teaching view and what it follows (parameter,
 * example, neuron, surface pair, step-through phase), the training speed and presenter mode.
 * Plain data, so it round-trips through a deck file.
 */
export interface SceneView {
  tab: SceneTab | null;
  /** Index of the parameter in weight descent, or null. */
  selection: number | null;
  exampleRow: number | null;
  focusNeuron: { layer: number; unit: number } | null;
  surfacePair: [number, number] | null;
  backpropPhase: number;
  /** Position on the speed slider, or null for the playground's default. */
  speedIndex: number | null;
  presenter: boolean;
}

/** Largest index the reader accepts for a parameter, row, phase or unit (far above any network). */
const MAX_INDEX = 10_000_000;

const index = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_INDEX ? v : null;

/**
 * A scene's view as read from a deck file: every field checked, anything unreadable left at
 * its default (no view open, full speed), so an old or hand-edited deck still opens.
 * Example: readSceneView({ tab: 'backprop', exampleRow: 12, backpropPhase: 3 }) → the step-
 * through on row 12 at phase 3; readSceneView('x') → null.
 */
export function readSceneView(raw: unknown): SceneView | null {
  if (!isRecord(raw)) return null;
  const tab = own(raw, 'tab');
  const neuron = own(raw, 'focusNeuron');
  const pair = own(raw, 'surfacePair');
  const layer = isRecord(neuron) ? index(own(neuron, 'layer')) : null;
  const unit = isRecord(neuron) ? index(own(neuron, 'unit')) : null;
  const pairOk = Array.isArray(pair) && pair.length === 2 && pair.every((p) => index(p) !== null);
  return {
    tab: SCENE_TABS.find((t) => t === tab) ?? null,
    selection: index(own(raw, 'selection')),
    exampleRow: index(own(raw, 'exampleRow')),
    focusNeuron: layer !== null && unit !== null ? { layer, unit } : null,
    surfacePair: pairOk ? [pair[0] as number, pair[1] as number] : null,
    backpropPhase: index(own(raw, 'backpropPhase')) ?? 0,
    speedIndex: index(own(raw, 'speedIndex')),
    presenter: own(raw, 'presenter') === true,
  };
}
