import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isValidConfig } from '../engine/configRules';
import { parseLesson } from './parseLesson';

const DIR = new URL('../../lessons/', import.meta.url);
const files = readdirSync(DIR)
  .filter((f) => /^\d\d-[a-z0-9-]+\.md$/.test(f))
  .sort();
const lessons = files.map((f) => ({
  file: f,
  lesson: parseLesson(readFileSync(new URL(f, DIR), 'utf8'), f),
}));

describe('built-in lessons', () => {
  it('are the thirteen of the curriculum and where to go next, with unique ids', () => {
    expect(files).toHaveLength(14);
    const ids = lessons.map((l) => l.lesson.meta.id);
    expect(new Set(ids).size).toBe(14);
  });

  it.each(lessons)(
    '$file parses without errors and lets the learner do something',
    ({ lesson }) => {
      expect(lesson.errors).toEqual([]);
      const blocks = lesson.segments.flatMap((s) => (s.kind === 'block' ? [s.block] : []));
      const live = blocks.filter((b) => b.kind !== 'checkpoint');
      const checkpoints = blocks.flatMap((b) => (b.kind === 'checkpoint' ? [b] : []));
      expect(live.length).toBeGreaterThan(0);
      expect(checkpoints.length).toBeGreaterThan(0);
      expect(lesson.meta.minutes).toBeGreaterThanOrEqual(5);
      expect(lesson.meta.minutes).toBeLessThanOrEqual(15);
      expect(lesson.meta.objectives.length).toBeGreaterThan(0);
      for (const b of blocks) {
        if (b.kind === 'playground') expect(isValidConfig(b.config)).toBe(true);
        if (b.kind === 'widget' && b.config) expect(isValidConfig(b.config)).toBe(true);
      }
      // A checkpoint that reads a widget names one that is in the lesson.
      const keys = new Set(blocks.map((b) => b.key));
      for (const c of checkpoints) {
        if (c.check.kind === 'widget') expect(keys).toContain(c.check.widget);
        if (c.check.kind === 'answer' && c.check.widget) expect(keys).toContain(c.check.widget);
        expect(c.hint.length + c.explanation.length).toBeGreaterThan(0);
      }
    },
  );
});
