import { numbersInText } from '../app/engine/numberText';
import { expect, readoutNumber, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

// The course shows what its prose says, in the browser, the way a learner would do it.

async function openLesson(page: Page, id: string) {
  await page.goto(`./?page=lesson&id=${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

const readout = (page: Page, name: string) => page.getByLabel(name, { exact: true });
const number = async (page: Page, name: string) =>
  readoutNumber(await readout(page, name).textContent());

/** Reset, Play until at least `epochs` epochs (or the run ends itself), Pause; the test loss. */
async function trainFor(page: Page, epochs: number): Promise<{ epoch: number; testLoss: number }> {
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(readout(page, 'Epoch')).toHaveText('0');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect
    .poll(
      async () =>
        (await readout(page, 'Status').textContent()) === 'Done' ||
        (await number(page, 'Epoch')) >= epochs,
      { timeout: 60_000, intervals: [50] },
    )
    .toBe(true);
  const pause = page.getByRole('button', { name: 'Pause', exact: true });
  if (await pause.isVisible()) await pause.click();
  return { epoch: await number(page, 'Epoch'), testLoss: await number(page, 'Test loss') };
}

async function setNumber(box: Locator, value: string) {
  await box.fill(value);
  await box.press('Enter');
}

test('the overfitting lab: each remedy beats no remedy, in the UI', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(240_000);
  void pageErrors;
  await openLesson(page, 'overfitting');
  const lab = page.getByRole('region', { name: 'Overfitting lab' });
  await expect(lab.getByText('Live')).toBeVisible();
  const baseline = await trainFor(page, 300);
  expect(baseline.testLoss).toBeGreaterThan(0.6);

  const box = (name: string) => lab.getByRole('spinbutton', { name, exact: true });
  const remedies: [string, () => Promise<void>, () => Promise<void>][] = [
    [
      '500 examples',
      () => setNumber(box('Examples'), '500'),
      () => setNumber(box('Examples'), '120'),
    ],
    [
      'one layer of 4',
      () => setNumber(lab.getByRole('textbox', { name: 'Neurons per hidden layer' }), '4'),
      () => setNumber(lab.getByRole('textbox', { name: 'Neurons per hidden layer' }), '16, 16'),
    ],
    [
      'L2 0.03',
      async () => {
        await lab.getByRole('combobox', { name: 'Regularisation' }).selectOption('l2');
        await setNumber(box('Regularisation rate'), '0.03');
      },
      async () => {
        await lab.getByRole('combobox', { name: 'Regularisation' }).selectOption('none');
      },
    ],
    [
      'L1 0.01',
      async () => {
        await lab.getByRole('combobox', { name: 'Regularisation' }).selectOption('l1');
        await setNumber(box('Regularisation rate'), '0.01');
      },
      async () => {
        await lab.getByRole('combobox', { name: 'Regularisation' }).selectOption('none');
      },
    ],
    ['dropout 0.2', () => setNumber(box('Dropout'), '0.2'), () => setNumber(box('Dropout'), '0')],
    ['dropout 0.5', () => setNumber(box('Dropout'), '0.5'), () => setNumber(box('Dropout'), '0')],
    [
      'batch normalisation',
      () => lab.getByRole('checkbox', { name: 'Batch normalisation' }).check(),
      () => lab.getByRole('checkbox', { name: 'Batch normalisation' }).uncheck(),
    ],
    [
      'early stopping',
      () => setNumber(box('Early-stopping patience'), '20'),
      () => setNumber(box('Early-stopping patience'), '0'),
    ],
  ];
  const results: string[] = [];
  for (const [name, apply, undo] of remedies) {
    await apply();
    const r = await trainFor(page, 300);
    results.push(`${name}: ${r.testLoss} at epoch ${r.epoch}`);
    // The lesson's claims ask for 0.2 at exactly 300 epochs (lessonClaims.test.ts runs them);
    // Play runs a few epochs past 300 before Pause lands, and the test loss climbs meanwhile,
    // so the browser's margin is smaller (L1 gave 0.609 against 0.808 once).
    expect(r.testLoss, `${name} (no remedy: ${baseline.testLoss})`).toBeLessThan(
      baseline.testLoss - 0.15,
    );
    if (name === 'early stopping') {
      expect(r.epoch).toBeLessThan(300);
      await expect(page.getByRole('region', { name: /Turn on early stopping/ })).toContainText(
        'Passed.',
      );
    }
    await undo();
  }
  // The legend names the three loss curves of the lab.
  const legend = lab.locator('.loss-chart .legend-label');
  await expect(legend.filter({ hasText: 'validation loss' })).toBeVisible();
  await expect(legend.filter({ hasText: 'test loss' })).toBeVisible();
  await expect(legend.filter({ hasText: 'training loss' })).toBeVisible();
  test.info().annotations.push({ type: 'remedies', description: results.join('; ') });
});

test('an epoch-budget checkpoint passed during a long Play stays passed', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  await page.goto('./?page=lessons');
  await page.evaluate(() => localStorage.clear());
  await openLesson(page, 'batch-sizes');
  const goal = page.getByRole('region', { name: /within a single epoch/ });
  await expect(goal).toContainText('Not yet');
  const slider = page.getByRole('slider', { name: 'Batch size slider' });
  await slider.fill('1');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  // Full speed, so Play runs on far past the one-epoch budget.
  await page.getByRole('slider', { name: /speed/i }).fill('6');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => number(page, 'Epoch'), { timeout: 30_000 }).toBeGreaterThan(5);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(goal).toContainText('Passed.');
  await expect(goal).not.toContainText('too late');
});

test('the race of batch sizes has three distinct lanes, compared per epoch', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  await openLesson(page, 'batch-sizes');
  await page.getByRole('button', { name: 'Race batch sizes' }).click();
  const legend = page.getByRole('list', { name: /Race of batch sizes, 2 epochs each/ });
  await expect(legend.getByRole('listitem')).toHaveCount(3);
  await expect(legend).toContainText('batch 1: 400 steps');
  await expect(legend).toContainText('batch 10: 40 steps');
  await expect(legend).toContainText('full batch (200): 2 steps');
});

test('a lesson about dynamics starts at a pace one can watch', async ({ page, pageErrors }) => {
  void pageErrors;
  await openLesson(page, 'gradient-descent');
  await expect(page.getByRole('slider', { name: /speed/i })).toHaveAttribute(
    'aria-valuetext',
    /5 steps\/s/,
  );
  // One Step moves the training-loss readout (not only each epoch's end).
  const before = await number(page, 'Training loss');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(() => number(page, 'Training loss')).not.toBe(before);
});

test('on a phone the lesson page never scrolls sideways', async ({ page, pageErrors }) => {
  void pageErrors;
  await page.setViewportSize({ width: 390, height: 844 });
  for (const id of ['overfitting', 'batch-sizes']) {
    await openLesson(page, id);
    await expect(page.getByRole('button', { name: /Present/ })).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  }
});

test('lesson 3 steps through the forward pass only, with one ReLU on and one clipped', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  await openLesson(page, 'forward-propagation');
  const steps = page.getByRole('region', { name: 'Forward pass, step by step' });
  await expect(steps.getByText('Forward: layer 1 of 2 (1 / 2)')).toBeVisible();
  // The traced example is the lesson network's first training row (bumps, seed 6), not a row
  // of whatever network the page held before the block loaded.
  await expect(steps).toContainText('input −0.3691, 1.352');
  const ledger = steps.getByRole('table');
  // The first example: neuron 1's z is positive and kept, neuron 2's negative and clipped.
  // The ledger writes minus signs as "−" (and tiny values as a × 10ⁿ).
  const value = async (row: RegExp) =>
    numbersInText(
      (await ledger.getByRole('row', { name: row }).locator('td.num').textContent()) ?? '',
    )[0] ?? NaN;
  const z1 = await value(/^z of h₁,₁/);
  const z2 = await value(/^z of h₁,₂/);
  expect(z1).toBeGreaterThan(0);
  expect(z2).toBeLessThan(0);
  await expect(ledger.getByRole('row', { name: /^a of h₁,₂/ }).locator('td.num')).toHaveText('0');
  await steps.getByRole('button', { name: 'Next', exact: true }).click();
  // The output is ŷ, not a second "a₁"; and the forward pass is the end (no loss yet).
  await expect(steps.getByText('Forward: layer 2 of 2 (2 / 2)')).toBeVisible();
  await expect(steps.locator('.katex-mathml annotation').last()).toHaveText(
    /^\\hat y = z\^\{\[2\]\}/,
  );
  await expect(steps.getByRole('button', { name: 'Next', exact: true })).toBeDisabled();
});

test('the loss chart before training shows the starting loss, not an empty axis', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  await openLesson(page, 'hidden-layers');
  const chart = page.locator('#chart-loss');
  await expect(chart.locator('circle.dot-train')).toHaveCount(1);
  await expect(chart.locator('circle.dot-test')).toHaveCount(1);
  await expect(chart.locator('.plot-note')).toContainText('Before training');
  // No negative epochs on the axis.
  await expect(chart.locator('.axis-x .tick text').first()).toHaveText('0');
  await page.getByRole('button', { name: 'Step epoch', exact: true }).click();
  await expect(chart.locator('circle.dot')).toHaveCount(0);
  await expect(chart.locator('.plot-note')).toHaveText('');
  await expect(chart.locator('path.line-train')).toHaveAttribute('d', /L/);
});

test('from a lesson block to the playground and back to the same block', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  await openLesson(page, 'hidden-layers');
  // The second block, the spiral: load it, then open it in the playground.
  await page.getByRole('button', { name: 'Load The spiral' }).click();
  const spiral = page.getByRole('region', { name: 'The spiral', exact: true });
  await expect(spiral.getByText('Live')).toBeVisible();
  await spiral.getByRole('link', { name: 'Open this in the playground' }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  // A change in the playground adds history entries; the link still goes straight back.
  await page.getByRole('button', { name: 'New seed', exact: true }).click();
  await page.getByRole('link', { name: '← Back to the lesson' }).click();
  await expect(page).toHaveURL(/page=lesson&id=hidden-layers&block=spiral-net/);
  await expect(spiral.getByText('Live')).toBeVisible();
  await expect(spiral).toBeInViewport();
});

test('a threshold network says why it stalls, and it does', async ({ page, pageErrors }) => {
  void pageErrors;
  await openLesson(page, 'activation-functions');
  await page.getByRole('combobox', { name: 'Hidden activation' }).selectOption('threshold');
  const note = page.getByRole('note').filter({ hasText: 'threshold (step)' });
  await expect(note).toContainText('no gradient reaches layer 1');
  const { testLoss } = await trainFor(page, 100);
  expect(testLoss).toBeGreaterThan(0.5);
});
