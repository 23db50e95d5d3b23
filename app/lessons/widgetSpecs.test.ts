import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '../engine/activations';
import { widgetGuideTable } from './widgetGuide';
import { CLASSIFICATION_HEADS } from './widgets/classificationLossMath';
import { REGRESSION_LOSSES } from './widgets/lossExplorerMath';
import { WIDGET_SPECS } from './widgetSpecs';
import type { WidgetId, WidgetSpec } from './widgetSpecs';

// The guide is what lesson writers read: its widget table is written from the specs (every
// widget, every option, exactly the numbers each publishes), so it cannot drift from them.
const guide = readFileSync(new URL('../../lessons/README.md', import.meta.url), 'utf8');
const table = /^\| id \| what it is \| options \|\n(?:\|.*\|\n?)+/m.exec(guide)?.[0].trimEnd();

describe("lessons/README.md's widget table", () => {
  it('is the table written from the widget specs', () => {
    // On a failure, paste the expected table into the guide's "Widget blocks" section.
    expect(table).toBe(widgetGuideTable());
  });

  it('has one row per widget, each naming every option and what it publishes', () => {
    const ids = Object.keys(WIDGET_SPECS) as WidgetId[];
    const rows = widgetGuideTable().split('\n').slice(2);
    expect(rows.map((r) => /^\| `([a-z-]+)` \|/.exec(r)?.[1])).toEqual(ids);
    ids.forEach((id, i) => {
      for (const name of [...WIDGET_SPECS[id].metrics, ...Object.keys(WIDGET_SPECS[id].options)])
        expect(rows[i]).toContain(`\`${name}\``);
    });
  });

  it('every widget has a loader that gives a component', async () => {
    // Loading runs the widgets' modules (their imports included) in Node: a misnamed export
    // or a broken module fails here, not in a learner's browser.
    for (const id of Object.keys(WIDGET_SPECS) as WidgetId[])
      expect(typeof (await WIDGET_SPECS[id].load()), id).toBe('function');
  }, 60_000);
});

describe("a widget's choices", () => {
  it('are what its component offers, with the default it shows first', () => {
    // The lesson parser and the deck reader refuse any other value; the widget would show its
    // default instead, so the lists must not drift apart.
    expect(WIDGET_SPECS['activation-explorer'].options.initial.choices).toEqual([
      ...Object.keys(ACTIVATIONS),
      'maxout',
    ]);
    expect(WIDGET_SPECS['loss-explorer'].options.initial.choices).toEqual(REGRESSION_LOSSES);
    expect(WIDGET_SPECS['classification-loss'].options.initial.choices).toEqual(
      Object.keys(CLASSIFICATION_HEADS),
    );
    for (const spec of Object.values(WIDGET_SPECS) as WidgetSpec[])
      for (const o of Object.values(spec.options))
        if (o.choices) expect(o.choices).toContain(o.default);
  });
});
