import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

// The lessons' comparisons are the playground's sweeps: run in the lesson, same data and seed,
// with what the prose says they show.

async function sweepBlock(page: Page, lesson: string, title: RegExp): Promise<Locator> {
  await page.goto(`./?page=lesson&id=${lesson}`);
  const block = page.getByRole('region', { name: title });
  await expect(block).toBeVisible();
  const load = block.getByRole('button', { name: /^Load / });
  if (await load.isVisible()) await load.click();
  await expect(block.getByText('Live', { exact: true })).toBeVisible();
  return block;
}

async function runSweep(block: Locator) {
  await block.getByRole('button', { name: /^Run the sweep/ }).click();
  await expect(block.getByText(/^Sweep finished/)).toBeVisible({ timeout: 90_000 });
}

test('lesson 8: the initialisation sweep keeps zero and constant starts as twins, and Xavier solves XOR', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  void pageErrors;
  const block = await sweepBlock(page, 'initialisation', /Zero, constant and random/);
  await runSweep(block);
  const cards = block.getByRole('list', { name: 'Sweep runs side by side' }).getByRole('listitem');
  await expect(cards).toHaveCount(3);
  await expect(block.getByText('4 of 4 hidden neurons are identical.')).toHaveCount(2);
  await expect(block.getByText('all 4 hidden neurons differ.')).toHaveCount(1);
  const xavier = block.getByRole('listitem', { name: 'init xavier' });
  const accuracy = Number(/· ([\d.]+)%/.exec((await xavier.textContent()) ?? '')?.[1]);
  expect(accuracy).toBeGreaterThan(92);
  // Any run can become the live run (its settings and trained weights), to train on from there.
  await block.getByRole('button', { name: 'Make init xavier live' }).click();
  await expect(block.getByLabel('Epoch', { exact: true })).toHaveText('300');
  await expect(block.getByLabel('Test accuracy', { exact: true })).toHaveText(`${accuracy}%`);
});

test('lesson 9: raw inputs diverge at every rate of the sweep; standardised, none does', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  void pageErrors;
  const block = await sweepBlock(page, 'standardising-inputs', /Raw or standardised inputs/);
  await runSweep(block);
  const figures = block.locator('.sweep-figures');
  await expect(figures).toHaveCount(4);
  await expect(figures).toHaveText(Array(4).fill(/^Diverged at epoch \d+$/));
  await block.getByRole('checkbox', { name: /Standardise/ }).check();
  await runSweep(block);
  await expect(figures).toHaveText(Array(4).fill(/^Epoch 100 · test loss/));
});
