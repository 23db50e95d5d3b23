import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { widgetGuideTable } from './widgetGuide';
import { WIDGET_SPECS } from './widgetSpecs';
import type { WidgetId } from './widgetSpecs';

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
