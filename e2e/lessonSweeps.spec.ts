import { expect, readoutNumber, test } from './fixtures';
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

test('lesson 13: the width sweep is judged on the validation set; the choice made live shows its test loss', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(180_000);
  void pageErrors;
  const block = await sweepBlock(page, 'hyperparameters', /judged on the validation set/);
  await runSweep(block);
  const cards = block.getByRole('list', { name: 'Sweep runs side by side' }).getByRole('listitem');
  await expect(cards).toHaveCount(5);
  // Each card gives the training and validation losses, and no test figure: the runs are
  // compared on the validation set, as the lesson says.
  const figures = new Map<string, { train: number; validation: number }>();
  for (const width of [2, 4, 8, 12, 16]) {
    const text =
      (await block.getByRole('listitem', { name: `width ${width}` }).textContent()) ?? '';
    expect(text).not.toContain('test loss');
    const [, train, validation] = /training loss (\S+) · validation loss (\S+)/.exec(text) ?? [];
    figures.set(`width ${width}`, {
      train: readoutNumber(train ?? ''),
      validation: readoutNumber(validation ?? ''),
    });
  }
  const byValidation = [...figures].sort((a, b) => a[1].validation - b[1].validation);
  expect(byValidation[0]![0]).toBe('width 4');
  expect(figures.get('width 16')!.train).toBeLessThan(figures.get('width 4')!.train);
  // The overlaid chart draws every run's training and validation curves.
  const overlay = block.getByRole('region', { name: 'All runs’ loss curves' });
  await expect(overlay).toContainText('dashed: validation loss');
  await expect(overlay.locator('path.ref-line[d^="M"]')).toHaveCount(10);
  // The choice made live: its weights, at its epoch, with the test loss now in the readouts;
  // it is lower than the widest network's, the run the training loss would have chosen.
  const testLossOf = async (width: number) => {
    await block.getByRole('button', { name: `Make width ${width} live` }).click();
    await expect(block.getByLabel('Epoch', { exact: true })).toHaveText('400');
    // The live run is that run: the readouts give its card's training loss.
    await expect
      .poll(async () =>
        readoutNumber(await block.getByLabel('Training loss', { exact: true }).textContent()),
      )
      .toBe(figures.get(`width ${width}`)!.train);
    return readoutNumber(await block.getByLabel('Test loss', { exact: true }).textContent());
  };
  const chosen = await testLossOf(4);
  expect(chosen).toBeLessThan(await testLossOf(16));
});
