import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const LESSONS = [
  'one-neuron',
  'activation-functions',
  'forward-propagation',
  'loss-and-cost',
  'gradient-descent',
  'batch-sizes',
  'backpropagation',
  'initialisation',
  'standardising-inputs',
  'hidden-layers',
  'classification-outputs',
  'overfitting',
  'hyperparameters',
  'where-next',
];

/** Console errors of a page, collected from now on. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

async function openLesson(page: Page, id: string) {
  await page.goto(`./?page=lesson&id=${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

function checkpoint(page: Page, goal: RegExp) {
  return page.getByRole('region', { name: goal });
}

test('the playground links to the lessons, and the index lists all fourteen', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  await page.goto('./');
  await page.getByRole('link', { name: 'Lessons', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Lessons: from one neuron/ })).toBeVisible();
  const items = page.locator('.lesson-list > li');
  await expect(items).toHaveCount(14);
  await expect(items.first()).toContainText('One neuron is a line');
  await expect(items.last()).toContainText('Where to go next');
  await page.getByRole('link', { name: /Gradient descent on one weight/ }).click();
  await expect(page).toHaveURL(/page=lesson&id=gradient-descent/);
  await expect(page.getByRole('link', { name: /Next: Batch, stochastic/ })).toBeVisible();
});

test('every lesson opens with its math typeset, a live part and no console error', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  void pageErrors;
  const errors = consoleErrors(page);
  for (const id of LESSONS) {
    await openLesson(page, id);
    await expect(page.locator('.katex').first()).toBeVisible();
    await expect(page.locator('.lesson-error')).toHaveCount(0);
    await expect(page.locator('.checkpoint').first()).toBeVisible();
    await expect(page.locator('.live-frame, .widget').first()).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('lesson prose math is typeset at TeX sizes: small scripts, fraction parts clear of the bar', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  // x₁² in lesson 10: both scripts are smaller than the x they belong to.
  await openLesson(page, 'hidden-layers');
  const scripts = await page.evaluate(() =>
    [...document.querySelectorAll('.lesson-main .katex .msupsub')].slice(0, 6).map((s) => {
      const base = parseFloat(getComputedStyle(s.previousElementSibling!).fontSize);
      const glyphs = [...s.querySelectorAll('span')].filter(
        (e) =>
          e.children.length === 0 && (e.textContent ?? '').replace(/\u200b/g, '').trim() !== '',
      );
      return { base, scripts: glyphs.map((e) => parseFloat(getComputedStyle(e).fontSize)) };
    }),
  );
  expect(scripts.length).toBeGreaterThan(2);
  for (const { base, scripts: sizes } of scripts) {
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toBeLessThan(base * 0.8);
  }
  // The softmax formula in lesson 11: the sum's limits (K, j = 1) stay below the fraction bar.
  await openLesson(page, 'classification-outputs');
  const frac = await page.evaluate(() => {
    const f = document.querySelector('.lesson-main .katex-display .mfrac')!;
    const bar = f.querySelector('.frac-line')!.getBoundingClientRect();
    const mid = (bar.top + bar.bottom) / 2;
    const glyphs = [...f.querySelectorAll('span')]
      .filter(
        (e) =>
          e.children.length === 0 && (e.textContent ?? '').replace(/\u200b/g, '').trim() !== '',
      )
      .map((e) => e.getBoundingClientRect());
    return {
      numeratorBottom: Math.max(...glyphs.filter((b) => b.bottom <= mid).map((b) => b.bottom)),
      denominatorTop: Math.min(...glyphs.filter((b) => b.bottom > mid).map((b) => b.top)),
      bar: { top: bar.top, bottom: bar.bottom },
    };
  });
  expect(frac.numeratorBottom).toBeLessThanOrEqual(frac.bar.top);
  expect(frac.denominatorTop).toBeGreaterThanOrEqual(frac.bar.bottom);
});

test('a section has a deep link', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('./?page=lesson&id=overfitting&section=the-remedies');
  const heading = page.getByRole('heading', { name: 'The remedies' });
  await expect(heading).toBeInViewport();
  await expect(
    page.getByRole('link', { name: 'Link to the section The remedies' }),
  ).toHaveAttribute('href', '?page=lesson&id=overfitting&section=the-remedies');
});

test('learners pass checkpoints by doing, and progress survives a reload', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  void pageErrors;
  await page.goto('./?page=lessons');
  await page.evaluate(() => localStorage.clear());

  // Lesson 1: fit the line by hand with the sliders.
  await openLesson(page, 'one-neuron');
  const byHand = checkpoint(page, /Bring the cost below 600/);
  await expect(byHand).toContainText('Not yet');
  await page.getByRole('slider', { name: /weight w/ }).fill('3.2');
  await expect(byHand).toContainText('Passed.');
  await expect(byHand).toContainText('A weight of about 3.2');

  // Lesson 2: choose an activation that bends, then train.
  await openLesson(page, 'activation-functions');
  await page.getByRole('combobox', { name: 'Hidden activation' }).selectOption('tanh');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(checkpoint(page, /test accuracy above 90% on XOR/)).toContainText('Passed.', {
    timeout: 60_000,
  });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();

  // Lesson 3: compute the output by hand.
  await openLesson(page, 'forward-propagation');
  const output = checkpoint(page, /What output ŷ/);
  await output.getByLabel('Your answer').fill('0.875');
  await output.getByRole('button', { name: 'Check' }).click();
  await expect(output).toContainText('Not yet');
  await expect(output).toContainText('ReLU turns a negative sum into 0');
  await output.getByLabel('Your answer').fill('0.75');
  await output.getByRole('button', { name: 'Check' }).click();
  await expect(output).toContainText('Passed.');

  // Lesson 4: the outlier, by looking at the explorer and choosing.
  await openLesson(page, 'loss-and-cost');
  await page.getByRole('checkbox', { name: /Make the last target an outlier/ }).check();
  const outlier = checkpoint(page, /move the cost the most/);
  await outlier.getByRole('radio', { name: 'Huber' }).check();
  await outlier.getByRole('button', { name: 'Check' }).click();
  // A wrong choice is told why, not just "no".
  await expect(outlier).toContainText('the same as the absolute error');
  await outlier.getByRole('radio', { name: 'Mean squared error' }).check();
  await outlier.getByRole('button', { name: 'Check' }).click();
  await expect(outlier).toContainText('Passed.');

  // Lesson 11: train the three-class network.
  await openLesson(page, 'classification-outputs');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(checkpoint(page, /three-class data/)).toContainText('Passed.', { timeout: 60_000 });
  const gradient = checkpoint(page, /What is ∂L\/∂z₁/);
  await gradient.getByLabel('Your answer').fill('0.665');
  await gradient.getByRole('button', { name: 'Check' }).click();
  await expect(gradient).toContainText('that is p₁ itself');
  await gradient.getByLabel('Your answer').fill('-0.335');
  await gradient.getByRole('button', { name: 'Check' }).click();
  await expect(gradient).toContainText('Passed.');

  // Progress is kept.
  await page.reload();
  await expect(checkpoint(page, /three-class data/)).toContainText('Passed.');
  await openLesson(page, 'one-neuron');
  await expect(checkpoint(page, /Bring the cost below 600/)).toContainText('Passed.');
  await page.goto('./?page=lessons');
  await expect(page.getByLabel(/One neuron is a line: 1 of 2 checkpoints passed/)).toBeVisible();
  // Lesson 3's one checkpoint and lesson 11's two are passed.
  await expect(page.getByText('2 of 14 lessons complete')).toBeVisible();
  await expect(page.locator('.lesson-card.complete')).toContainText([
    'Forward propagation',
    'Classification outputs',
  ]);
});

const HOSTILE = `---
id: hostile
title: A hostile lesson
summary: Tries everything.
minutes: 5
objectives:
  - nothing
---

Before <script>window.__pwned = 1</script> after.

<img src="x" onerror="window.__pwned = 2">

[click me](javascript:window.__pwned=3) and [a site](https://example.com/).

\`\`\`widget
id: no-such-widget
\`\`\`

Math that breaks: $\\frac{1}{$ here.

\`\`\`widget
id: single-neuron
\`\`\`

\`\`\`checkpoint
goal: Bring the cost below 600.
widget: single-neuron
metric: cost
below: 600
\`\`\`
`;

test('a teacher’s lesson file runs like a built-in one; a hostile one runs nothing', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  await page.goto('./?page=lessons');
  await page.getByLabel('Open a lesson file…').setInputFiles({
    name: 'hostile.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(HOSTILE),
  });
  await expect(page).toHaveURL(/page=lesson&id=custom/);
  await expect(page.getByRole('heading', { name: 'A hostile lesson', level: 1 })).toBeVisible();
  await expect(page.getByText('<script>window.__pwned = 1</script>')).toBeVisible();
  await expect(page.getByText('<img src="x" onerror="window.__pwned = 2">')).toBeVisible();
  expect(await page.locator('script:not([src]):not([type])').count()).toBe(0);
  await expect(page.locator('img')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /a site/ })).toHaveAttribute('rel', /noopener/);
  await expect(page.getByRole('link', { name: /a site/ })).toHaveAttribute('target', '_blank');
  await page.getByText('click me').click();
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();

  // Malformed parts are named with their line; the rest still works.
  await expect(page.getByRole('alert').filter({ hasText: 'Line 16' })).toContainText(
    'unknown widget "no-such-widget"',
  );
  await expect(page.getByRole('alert').filter({ hasText: 'Line 20' })).toContainText(
    'cannot be typeset',
  );
  await page.getByRole('slider', { name: /weight w/ }).fill('3.2');
  await expect(checkpoint(page, /Bring the cost below 600/)).toContainText('Passed.');

  // It is kept for a reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'A hostile lesson', level: 1 })).toBeVisible();
});

test('the glossary is linked from the lesson text', async ({ page, pageErrors }) => {
  void pageErrors;
  await openLesson(page, 'gradient-descent');
  await page.getByRole('link', { name: 'learning rate', exact: true }).first().click();
  await expect(page).toHaveURL(/page=glossary&term=learning-rate/);
  await expect(page.locator('#learning-rate')).toContainText('step = learning rate × slope');
});

test('the playground’s help links to the glossary', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('./');
  await page.getByRole('button', { name: 'What is Learning rate?' }).click();
  await page.getByRole('link', { name: 'In the glossary' }).first().click();
  await expect(page).toHaveURL(/page=glossary&term=learningRate/);
  await expect(page.locator('#learning-rate')).toHaveClass(/current/);
});

test('a lesson file dropped on the index opens', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.goto('./?page=lessons');
  const text = HOSTILE.replace('A hostile lesson', 'A dropped lesson');
  const dataTransfer = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'dropped.md', { type: 'text/markdown' }));
    return dt;
  }, text);
  await page.locator('.open-lesson').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('heading', { name: 'A dropped lesson', level: 1 })).toBeVisible();
});

test('a lesson’s playground continues in the full playground', async ({ page, pageErrors }) => {
  void pageErrors;
  await openLesson(page, 'activation-functions');
  await page.getByRole('combobox', { name: 'Hidden activation' }).selectOption('relu');
  await page.getByRole('link', { name: 'Open this in the playground' }).click();
  await expect(page).toHaveURL(
    /page=playground&lesson=activation-functions&block=xor-activation#v=1&data=xor/,
  );
  await expect(page).toHaveURL(/act=relu/);
  await expect(page.getByRole('group', { name: 'Run controls' })).toBeVisible();
  await expect(page.getByRole('link', { name: '← Back to the lesson' })).toBeVisible();
});
