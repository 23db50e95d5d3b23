import { describe, expect, it } from 'vitest';
import { readWidget } from '../lessons/blocks';
import { SCENE_WIDGETS, WIDGET_SPECS, drivesPlayground } from '../lessons/widgetSpecs';
import type { WidgetId } from '../lessons/widgetSpecs';
import { defaultSceneWidget, readSceneWidget } from './sceneWidget';

describe('scene widgets', () => {
  it('are the widgets that do not train the playground', () => {
    const all = Object.keys(WIDGET_SPECS) as WidgetId[];
    expect(SCENE_WIDGETS).toEqual(all.filter((id) => !('config' in WIDGET_SPECS[id].options)));
    expect(SCENE_WIDGETS).toContain('activation-explorer');
    expect(SCENE_WIDGETS.some(drivesPlayground)).toBe(false);
  });

  it('start from defaults that their own check accepts, each choice at the widget’s default', () => {
    for (const id of SCENE_WIDGETS) {
      const widget = defaultSceneWidget(id);
      expect(readSceneWidget(widget), id).toEqual({ ok: true, value: widget });
    }
    expect(defaultSceneWidget('activation-explorer').options).toEqual({ initial: 'sigmoid' });
    expect(defaultSceneWidget('forward-pass').options).toEqual({ backward: false });
  });

  it('accept and refuse exactly the options a lesson’s widget block does', () => {
    const tries: Record<string, unknown>[] = [
      { initial: 'tanh' },
      { initial: 'nope' },
      { initial: 3 },
      { relu: true },
      { backward: 'yes' },
      { nonsense: 1 },
      {},
    ];
    for (const id of SCENE_WIDGETS)
      for (const options of tries) {
        let lesson: string | null = null;
        try {
          readWidget({ id, options }, id);
        } catch (e) {
          lesson = (e as Error).message;
        }
        const deck = readSceneWidget({ id, options });
        expect(deck.ok ? null : deck.error, `${id} ${JSON.stringify(options)}`).toBe(
          lesson === null ? null : `${lesson}.`,
        );
      }
  });
});
