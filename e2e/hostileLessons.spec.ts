import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** A real lesson, to which each case appends something hostile (as the files were found). */
const LESSON = readFileSync(new URL('../lessons/01-one-neuron.md', import.meta.url), 'utf8');
const TITLE = 'One neuron is a line';

const terms = (n: number) => Array.from({ length: n }, (_, i) => `x_{${i}}`).join(' + ');

/** Each file once froze or crashed the lesson page (sizes as found). */
const CASES: { name: string; tail: string; error: RegExp; inPlace?: false }[] = [
  {
    name: 'nested emphasis (*_ ×20,000, x, _* ×20,000)',
    tail: `${'*_'.repeat(20_000)}x${'_*'.repeat(20_000)}`,
    error: /characters long|emphasis marks/,
  },
  {
    name: 'a short run of nested emphasis (*_ ×2,000, x, _* ×2,000)',
    tail: `${'*_'.repeat(2_000)}x${'_*'.repeat(2_000)}`,
    error: /8,000 emphasis marks/,
  },
  {
    name: '20,000 inline formulas',
    tail: '$x_i$\n\n'.repeat(20_000),
    error: /more than 200 formulas/,
    // Its error box ends 200 typeset parts; the note at the top says it at once.
    inPlace: false,
  },
  {
    name: 'one $$ block of 3,000 terms',
    tail: `$$\n${terms(3_000)}\n$$`,
    error: /characters long|longer than 1,000 characters of TeX/,
  },
  {
    name: 'a $$ block of 150 terms',
    tail: `$$\n${terms(150)}\n$$`,
    error: /longer than 1,000 characters of TeX/,
  },
  {
    name: '26,000 × "word and $x$ math." (498 KB)',
    tail: 'word and $x$ math. '.repeat(26_000),
    error: /characters long/,
  },
  {
    name: '25,000 headings',
    tail: Array.from({ length: 25_000 }, (_, i) => `## Part ${i}\n`).join('\n'),
    error: /more than 100 headings/,
  },
  { name: '> ×20,000', tail: `${'>'.repeat(20_000)} deep`, error: /characters long|nested/ },
  { name: '> ×5,000', tail: `${'>'.repeat(5_000)} deep`, error: /nested 5,000 deep/ },
];

/** Open a lesson file the way a teacher does: from the lesson index's file picker. */
async function openFromIndex(page: Page, name: string, text: string) {
  await page.goto('./?page=lessons');
  await page.getByLabel('Open a lesson file…').setInputFiles({
    name,
    mimeType: 'text/markdown',
    buffer: Buffer.from(text),
  });
  await expect(page).toHaveURL(/id=custom/);
}

/** The lesson shows its title, the error in place and the lesson before it, without a stall. */
async function expectShownWithError(page: Page, error: RegExp) {
  // At once: the title, the lesson's own text and a note that names the problem and its line.
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const note = page.getByRole('note').filter({ hasText: /problem.*first on line \d+/ });
  await expect(note).toContainText(error);
  await expect(page.getByText('Loading the lesson…')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /ReLU/ }).first()).toBeVisible();
  // The rest arrives a few parts per frame while the page stays responsive to the pointer.
  await page.getByRole('link', { name: 'Glossary', exact: true }).hover();
}

/** The error box in place, once the lesson is all shown (longer on a loaded machine). */
async function expectErrorInPlace(page: Page, error: RegExp) {
  const alert = page.getByRole('alert').filter({ hasText: error }).first();
  await expect(alert).toBeVisible({ timeout: 20_000 });
  await expect(alert).toContainText(/Line \d+/);
  await expect(page.locator('.lesson-body')).toHaveAttribute('aria-busy', 'false');
}

test.describe('hostile lesson files', () => {
  for (const c of CASES) {
    test(`${c.name}: shown with a line-numbered error, not a frozen page`, async ({
      page,
      pageErrors,
    }) => {
      void pageErrors;
      const text = `${LESSON}\n\n${c.tail}\n`;
      expect(text.length).toBeLessThan(512 * 1024);
      await openFromIndex(page, 'hostile.md', text);
      await expectShownWithError(page, c.error);
      if (c.inPlace !== false) await expectErrorInPlace(page, c.error);
    });
  }

  test('a saved hostile file opens again after a reload, and can be removed from the index', async ({
    page,
    pageErrors,
  }) => {
    void pageErrors;
    await openFromIndex(
      page,
      'emphasis.md',
      `${LESSON}\n\n${'*_'.repeat(20_000)}x${'_*'.repeat(20_000)}\n`,
    );
    await expectShownWithError(page, /characters long/);
    await page.reload();
    await expectShownWithError(page, /characters long/);
    await page.goto('./?page=lessons');
    await expect(page.getByText('Kept in this browser:')).toContainText('emphasis.md');
    await page.getByRole('button', { name: 'Remove it' }).click();
    await expect(page.getByText('Kept in this browser:')).toHaveCount(0);
    await page.goto('./?page=lesson&id=custom');
    await expect(page.getByRole('heading', { name: 'No such lesson' })).toBeVisible();
  });
});
