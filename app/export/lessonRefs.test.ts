import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LESSON_REFS } from './lessonRefs';

const LESSONS = join(dirname(fileURLToPath(import.meta.url)), '../../lessons');

/** id → title of every built-in lesson, read from the files' front matter. */
function builtinLessons(): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(LESSONS).filter((n) => /^\d\d-.*\.md$/.test(n))) {
    const text = readFileSync(join(LESSONS, f), 'utf8');
    const id = /^id:\s*(.+)$/m.exec(text)?.[1]?.trim();
    const title = /^title:\s*(.+)$/m.exec(text)?.[1]?.trim();
    if (id && title) out.set(id, title);
  }
  return out;
}

describe('lesson references in exported scripts', () => {
  it('point to built-in lessons by their current id and title', () => {
    const lessons = builtinLessons();
    for (const ref of Object.values(LESSON_REFS)) expect(lessons.get(ref.id), ref.id).toBe(ref.title);
  });
});
