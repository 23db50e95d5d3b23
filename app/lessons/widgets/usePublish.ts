import { useCallback } from 'react';
import { useLessonStore } from '../lessonStore';
import type { WidgetId, WidgetMetric } from '../widgetSpecs';

/** One number for every name the widget's spec says it publishes, and no other. */
export type Published<Id extends WidgetId> = { [M in WidgetMetric<Id>]: number };

/**
 * A widget's way to publish its numbers for checkpoints, under its block key (the name a
 * lesson's checkpoint reads). Typed by the widget's spec, so a widget cannot publish a name
 * the lesson parser would not accept in a checkpoint, or leave one out.
 * Example: usePublish('loss-explorer', blockKey)({ cost: 3.2, outlier: 1 }).
 */
export function usePublish<Id extends WidgetId>(
  _id: Id,
  blockKey: string,
): (values: Published<Id>) => void {
  const publish = useLessonStore((s) => s.publish);
  return useCallback(
    (values: Published<Id>) => publish(blockKey, values as Record<string, number>),
    [publish, blockKey],
  );
}
