import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkClaim } from './claimCheck';
import { readClaims } from './claims';
import { parseLesson } from './parseLesson';

// Every lesson file in lessons/ (the built-in ones and any a teacher adds there): each claim
// block is a test that trains the block's exact configuration and checks the sentence.
const DIR = new URL('../../lessons/', import.meta.url);
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .sort();
const lessons = files.map((file) => {
  const source = readFileSync(new URL(file, DIR), 'utf8');
  const lesson = parseLesson(source, file);
  const trains = lesson.segments.some(
    (s) =>
      s.kind === 'block' &&
      (s.block.kind === 'playground' || (s.block.kind === 'widget' && s.block.config !== null)),
  );
  return { file, trains, ...readClaims(source, lesson, file) };
});

// Lessons whose demonstrations are hand-computed widgets rather than training runs: their
// claims are tested beside the widget's arithmetic (listed in lessons/README.md).
const WIDGET_MATH_CLAIMS: Record<string, string> = {
  '03-forward-propagation.md': 'widgets/forwardPassMath.test.ts',
  '04-loss-and-cost.md': 'widgets/widgetMath.test.ts',
  '07-backpropagation.md': 'widgets/forwardPassMath.test.ts',
  // Its claims are about the exported files: PyTorch reproduces the app's numbers.
  '14-where-next.md': '../export/pytorchScript.test.ts',
};

// Runs are a few hundred epochs on tens of examples; sized for a loaded two-core machine.
const CLAIM_TIMEOUT = 60_000;

describe.each(lessons)('the claims of $file', ({ file, trains, claims, problems }) => {
  it('can all be read', () => {
    expect(problems.map((p) => `${p.lesson} line ${p.line}: ${p.message}`)).toEqual([]);
  });

  it.each(claims.map((c) => ({ says: c.says, claim: c })))(
    '$says',
    ({ claim }) => {
      const verdict = checkClaim(claim);
      expect(verdict.passed, verdict.report).toBe(true);
    },
    CLAIM_TIMEOUT,
  );

  if (/^\d\d-/.test(file))
    it('has its claims tested (a built-in lesson demonstrates what it says)', () => {
      const elsewhere = WIDGET_MATH_CLAIMS[file];
      if (elsewhere) expect(existsSync(new URL(elsewhere, import.meta.url))).toBe(true);
      // A lesson that trains something in front of the learner says what it will show.
      else if (trains) expect(claims.length).toBeGreaterThan(0);
    });
});

describe('lessons/README.md', () => {
  const guide = readFileSync(new URL('README.md', DIR), 'utf8');
  it('lists every built-in claim (claim → test)', () => {
    const builtIn = lessons.filter((l) => /^\d\d-/.test(l.file)).flatMap((l) => l.claims);
    expect(builtIn.length).toBeGreaterThan(30);
    for (const c of builtIn) expect(guide, `not listed: ${c.says}`).toContain(c.says);
  });
});
