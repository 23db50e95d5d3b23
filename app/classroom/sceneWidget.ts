import {
  SCENE_WIDGETS,
  WIDGET_SPECS,
  drivesPlayground,
  isWidgetId,
  widgetOptionsProblem,
} from '../lessons/widgetSpecs';
import type { WidgetId } from '../lessons/widgetSpecs';
import { isRecord, own, quoteText } from './jsonText';

/** The widget a widget scene shows: an id from the registry and its options, as in a lesson. */
export interface SceneWidget {
  id: WidgetId;
  options: Record<string, unknown>;
}

/**
 * A widget scene's widget as read from a deck file: `{ id, options? }`, the id one of
 * SCENE_WIDGETS and the options checked by the lesson parser's own widgetOptionsProblem, or
 * what is wrong, in words for the teacher who opened the file.
 * Example: readSceneWidget({ id: 'activation-explorer', options: { initial: 'tanh' } }) → ok;
 * readSceneWidget({ id: 'backprop' }) → { ok: false, error: 'the widget "backprop" trains … }.
 */
export function readSceneWidget(
  raw: unknown,
): { ok: true; value: SceneWidget } | { ok: false; error: string } {
  if (!isRecord(raw)) return { ok: false, error: 'a widget scene needs a "widget" with its "id".' };
  const id = own(raw, 'id');
  const known = SCENE_WIDGETS.join(', ');
  if (!isWidgetId(id)) {
    return {
      ok: false,
      error:
        id === undefined
          ? 'a widget scene needs a "widget" with its "id".'
          : `there is no widget “${quoteText(id)}” (a scene can show ${known}).`,
    };
  }
  if (drivesPlayground(id)) {
    return {
      ok: false,
      error: `the widget “${id}” trains the playground, so it cannot be a scene of its own (a scene can show ${known}; a playground scene opens its teaching view instead).`,
    };
  }
  const options = own(raw, 'options') ?? {};
  if (!isRecord(options))
    return { ok: false, error: 'the widget’s "options" are not a list of name: value pairs.' };
  const problem = widgetOptionsProblem(id, options);
  if (problem) return { ok: false, error: `${problem}.` };
  return { ok: true, value: { id, options: { ...options } } };
}

/**
 * A widget as a new scene starts it, as a lesson shows it when its block names no options:
 * each choice at its default and each switch off, written out so the file says what is shown.
 * Example: defaultSceneWidget('forward-pass') → { id: 'forward-pass', options: { backward: false } }.
 */
export function defaultSceneWidget(id: WidgetId): SceneWidget {
  const options: Record<string, unknown> = {};
  for (const [name, o] of Object.entries(WIDGET_SPECS[id].options) as [
    string,
    { kind: string; default?: string },
  ][]) {
    if (o.kind === 'boolean') options[name] = false;
    else if (o.default !== undefined) options[name] = o.default;
  }
  return { id, options };
}
