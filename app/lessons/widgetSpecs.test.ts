import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIDGET_SPECS } from './widgetSpecs';
import type { WidgetId } from './widgetSpecs';

// The guide is what lesson writers read: its widget table must name every widget, every
// option and exactly the numbers each widget publishes (what a checkpoint may read).
const guide = readFileSync(new URL('../../lessons/README.md', import.meta.url), 'utf8');
const rows = new Map(
  [...guide.matchAll(/^\| `([a-z-]+)` \| (.+) \| (.+) \|$/gm)].map((m) => [
    m[1]!,
    { what: m[2]!, options: m[3]! },
  ]),
);

describe("lessons/README.md's widget table", () => {
  const ids = Object.keys(WIDGET_SPECS) as WidgetId[];

  it('has one row per widget', () => {
    expect([...rows.keys()].filter((id) => id in WIDGET_SPECS).sort()).toEqual([...ids].sort());
  });

  it.each(ids)('%s: lists exactly the numbers it publishes, and every option', (id) => {
    const row = rows.get(id)!;
    const listed = /publishes (.+)$/.exec(row.what)?.[1] ?? '';
    const names = [...listed.matchAll(/`(\w+)`/g)].map((m) => m[1]);
    expect(names).toEqual([...WIDGET_SPECS[id].metrics]);
    for (const option of Object.keys(WIDGET_SPECS[id].options))
      expect(row.options).toContain(`\`${option}\``);
  });
});
