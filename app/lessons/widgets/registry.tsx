import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import type { TrainingConfig } from '../../engine/trainingConfig';
import { WIDGET_SPECS } from '../widgetSpecs';
import type { WidgetId, WidgetOptions } from '../widgetSpecs';

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

type Specs = typeof WIDGET_SPECS;
/** What a spec's loader resolves to. */
type Loaded<Id extends WidgetId> = Awaited<ReturnType<Specs[Id]['load']>>;
/** The ids whose loader gives a component that takes that widget's props. */
type Fitting = {
  [Id in WidgetId]: Loaded<Id> extends ComponentType<WidgetProps<Id>> ? Id : never;
}[WidgetId];
type MustBeTrue<T extends true> = T;
/**
 * A compile-time check: typecheck fails here when a spec's loader gives a component that does
 * not take its widget's props (`Exclude<WidgetId, Fitting>` in an editor names which).
 */
export type EveryLoaderFits = MustBeTrue<
  [Exclude<WidgetId, Fitting>] extends [never] ? true : false
>;

/**
 * The widget registry, derived from the specs: id → component, each loaded when a lesson
 * first shows it (widgetSpecs.ts holds the loaders beside the options the parser checks).
 */
export const WIDGETS = Object.fromEntries(
  (Object.keys(WIDGET_SPECS) as WidgetId[]).map((id) => [
    id,
    lazy(() =>
      WIDGET_SPECS[id].load().then((component) => ({
        default: component as ComponentType<WidgetProps>,
      })),
    ),
  ]),
) as unknown as { [Id in WidgetId]: Widget<Id> };
