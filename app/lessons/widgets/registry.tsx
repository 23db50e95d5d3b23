import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import type { TrainingConfig } from '../../engine/trainingConfig';
import type { WidgetId, WidgetOptions } from '../widgetSpecs';
import { ExportPreview } from './ExportPreview';

/** What a widget receives: its block key (it publishes numbers under it) and its options. */
export interface WidgetProps<Id extends WidgetId = WidgetId> {
  blockKey: string;
  /** As declared in the widget's spec; the lesson parser has checked each one's kind. */
  options: WidgetOptions<Id>;
  /** The resolved configuration, for widgets that drive the live playground. */
  config: TrainingConfig | null;
  /** The block's starting speed in steps per second; null (or absent) is full speed. */
  speed?: number | null;
}

/** A widget component, loaded on first use. */
export type Widget<Id extends WidgetId = WidgetId> = LazyExoticComponent<
  ComponentType<WidgetProps<Id>>
>;

const named = <K extends string, P>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

/**
 * The widget registry: id → component, each loaded when a lesson first shows it.
 * The ids and their options are declared in widgetSpecs.ts (checked by the parser).
 */
export const WIDGETS: { [Id in WidgetId]: Widget<Id> } = {
  'single-neuron': named(() => import('./SingleNeuron'), 'SingleNeuron'),
  'activation-explorer': named(() => import('./ActivationExplorer'), 'ActivationExplorer'),
  'loss-explorer': named(() => import('./LossExplorer'), 'LossExplorer'),
  'forward-pass': named(() => import('./ForwardPass'), 'ForwardPass'),
  'weight-descent': named(() => import('./LiveWidgets'), 'WeightDescentWidget'),
  'batch-size': named(() => import('./LiveWidgets'), 'BatchSizeWidget'),
  backprop: named(() => import('./LiveWidgets'), 'BackpropWidget'),
  'init-compare': named(() => import('./InitCompare'), 'InitCompare'),
  'standardize-compare': named(() => import('./StandardizeCompare'), 'StandardizeCompare'),
  'overfit-lab': named(() => import('./LiveWidgets'), 'OverfitLab'),
  'hyper-challenge': named(() => import('./LiveWidgets'), 'HyperChallenge'),
  // Bundled with the lesson pages: as a chunk of its own it split the page's chart chunk in two.
  'export-preview': lazy(() => Promise.resolve({ default: ExportPreview })),
};
