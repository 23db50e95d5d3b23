import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LESSON_BYTES } from './customLesson';
import { LESSON_LIMITS, paragraphProblem } from './lessonBudget';
import { LessonMarkdown } from './LessonMarkdown';
import { parseLesson } from './parseLesson';

const HEAD = '---\nid: t\ntitle: T\nsummary: S\nminutes: 5\nobjectives:\n  - o\n---\n\n';
const href = (slug: string) => `?s=${slug}`;

/** Parse a lesson and render every Markdown part, as the page does (server-side here). */
function renderLesson(body: string): { errors: { line: number; message: string }[] } {
  const lesson = parseLesson(HEAD + body, 't');
  for (const s of lesson.segments) {
    if (s.kind === 'markdown')
      renderToStaticMarkup(createElement(LessonMarkdown, { text: s.text, sectionHref: href }));
  }
  return lesson;
}

describe('lesson limits', () => {
  it('turn each file that once froze or crashed the page into a line-numbered error', () => {
    const cases: [string, RegExp][] = [
      [`${'*_'.repeat(20_000)}x${'_*'.repeat(20_000)}`, /characters long/],
      [`${'*_'.repeat(2_000)}x${'_*'.repeat(2_000)}`, /8,000 emphasis marks/],
      ['$x_i$\n\n'.repeat(20_000), /more than 200 formulas/],
      [`$$\n${Array.from({ length: 3000 }, (_, i) => `x_{${i}}`).join(' + ')}\n$$`, /characters/],
      ['word and $x$ math. '.repeat(26_000), /characters long/],
      [Array.from({ length: 25_000 }, (_, i) => `## H${i}\n`).join('\n'), /more than 100 headings/],
      [`${'>'.repeat(5_000)} x`, /nested 5,000 deep/],
      [`${'- '.repeat(50)}x`, /nested 50 deep/],
    ];
    for (const [body, message] of cases) {
      const { errors } = renderLesson(`Intro.\n\n${body}\n`);
      expect(errors.length, String(message)).toBeGreaterThan(0);
      expect(errors.at(-1)!.message).toMatch(message);
      expect(errors.at(-1)!.line).toBeGreaterThanOrEqual(12);
    }
  }, 60_000);

  it('leave a real lesson alone', () => {
    expect(paragraphProblem('A **bold** and _light_ claim with $x_i^2$ in it.', 3)).toBeNull();
    expect(paragraphProblem('> a quote\n> > nested twice\n- a list', 1)).toBeNull();
  });

  // The renderer's time budget: any file made of hostile pieces parses and renders in well
  // under a second per case, and never throws. Sized to finish in a few seconds on a loaded
  // two-core machine; the explicit timeout is the budget for all runs together.
  it('parses and renders any mix of hostile pieces quickly, never throwing', () => {
    const piece = fc.oneof(
      fc.constantFrom('*', '_', '**', '__', '*_', '_*', '>', '> ', '- ', '1. ', '[', ']', '(', ')'),
      fc.constantFrom('$', '$$', '\\', '`', '```', '~~~', '#', '## ', '|', '---', '\n', '\n\n'),
      fc.constantFrom('<script>', '&amp;', '$x_i$', '$$x^2$$', '\\frac{a}{b}', '{', '}', ' '),
      fc.string({ maxLength: 8 }),
    );
    const repeated = fc
      .tuple(piece, fc.integer({ min: 1, max: 4000 }))
      .map(([p, n]) => p.repeat(n));
    const body = fc.array(fc.oneof(piece, repeated), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(body, (text) => {
        const lines = (HEAD + text).split('\n').length;
        for (const e of renderLesson(text).errors) {
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.line).toBeLessThanOrEqual(lines);
        }
      }),
      { numRuns: 60, seed: 13 },
    );
  }, 40_000);
});

describe("lessons/README.md's limits table", () => {
  // Teachers read the guide, not the code: its table must state the limits the app enforces.
  const guide = readFileSync(new URL('../../lessons/README.md', import.meta.url), 'utf8');
  const section = guide.slice(guide.indexOf('## Limits'), guide.indexOf('## An example'));
  const rows = new Map(
    [...section.matchAll(/^\| (.+?) \| ([\d,]+)( KB)? \|$/gm)].map((m) => [
      m[1]!,
      m[2]!.replace(/,/g, ''),
    ]),
  );
  const labels: Record<keyof typeof LESSON_LIMITS, string> = {
    paragraphChars: 'Characters in one paragraph (text between blank lines)',
    emphasisMarks: 'Emphasis marks (`*`, `_`) in one paragraph, outside math',
    nesting: 'Quotes and list items nested in one another',
    formulaChars: 'Characters of TeX in one formula',
    formulas: 'Formulas in the whole lesson',
    headings: 'Headings in the whole lesson',
    parts: 'Paragraphs, tables and blocks in the whole lesson',
  };

  it('lists every limit with the number the app enforces, and the file size', () => {
    for (const [key, label] of Object.entries(labels)) {
      expect(rows.get(label), label).toBe(String(LESSON_LIMITS[key as keyof typeof LESSON_LIMITS]));
    }
    expect(rows.get('Size of the file')).toBe(String(MAX_LESSON_BYTES / 1024));
    expect(rows.size).toBe(Object.keys(labels).length + 1);
  });
});
