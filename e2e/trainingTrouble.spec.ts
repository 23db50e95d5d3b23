import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  clippedTexts,
  coveredTexts,
  overflowingBoxes,
  overlappingTexts,
  presenterMinimum,
  renderedText,
  tooSmall,
} from './textMeasure';

const banner = (page: Page) => page.getByRole('alert');

test.describe('training that goes wrong is explained, with its fix', () => {
  test('learning rate 10 on two classes: the loss thrashes and the banner says so; Esc puts it away; one click lowers the rate', async ({
    playground,
    page,
  }) => {
    await playground.open('v=1&lr=10&seed=1');
    await page.keyboard.press(' ');
    const alert = banner(page);
    await expect(alert).toContainText('The loss is jumping up and down instead of going down.', {
      timeout: 20_000,
    });
    await expect(alert).toContainText(
      /between \d\.\d+ and \d\.\d+: each step jumps over the valley/,
    );
    // Training goes on: this is advice, not a stop.
    await expect(playground.readout('Status')).toHaveText('Training');
    await page.keyboard.press('Escape');
    await expect(alert).toBeHidden();
    await expect(playground.readout('Status')).toHaveText('Training');

    await page.keyboard.press('r');
    await page.keyboard.press(' ');
    await expect(alert).toBeVisible({ timeout: 20_000 });
    await page.keyboard.press(' ');
    await expect(playground.readout('Status')).toHaveText('Paused');
    // The readout may still catch up with epochs trained before the pause reached the worker.
    const epoch = await playground.number('Epoch');
    await alert.getByText('Why, and what to do').click();
    await expect(alert).toContainText('Lower the learning rate (now 10)');
    await alert.getByRole('button', { name: 'Lower the learning rate to 1' }).click();
    await expect(alert).toBeHidden();
    await expect.poll(() => new URL(page.url()).hash).toContain('lr=1&');
    // A live change: the run keeps its epoch (starting over would bring it back to 0).
    expect(await playground.number('Epoch')).toBeGreaterThanOrEqual(epoch);
    await expect(playground.readout('Status')).toHaveText('Paused');
  });

  test('House prices at the default settings stalls on raw inputs; one click standardises them and it learns', async ({
    playground,
    page,
  }) => {
    // 300 epochs took 20 s at load 25 on two cores.
    test.setTimeout(150_000);
    await playground.open('v=1&data=housePrices&seed=1');
    await page.keyboard.press(' ');
    const alert = banner(page);
    await expect(alert).toContainText('Training has stalled: the network is not learning.', {
      timeout: 20_000,
    });
    await expect(alert).toContainText('no better than always guessing the same answer');
    await expect(alert).toContainText('6 of its 6 hidden neurons are saturated');
    await alert.getByText('Why, and what to do').click();
    await expect(alert).toContainText(/Standardise the inputs: floor area \(m²\) reaches 2\d\d/);
    await alert.getByRole('button', { name: 'Standardise: use the House prices settings' }).click();
    await expect(alert).toBeHidden();
    await expect.poll(() => new URL(page.url()).hash).toContain('std=1');
    await page.keyboard.press(' ');
    await playground.waitForEpoch(300, 90_000);
    await expect.poll(() => playground.number('Training loss')).toBeLessThan(1000);
    await expect(alert).toHaveCount(0);
  });

  test('a healthy default run trains 300 epochs without a word', async ({ playground, page }) => {
    test.setTimeout(150_000);
    await playground.open('v=1&seed=1');
    await page.keyboard.press(' ');
    await playground.waitForEpoch(300, 90_000);
    await page.keyboard.press(' ');
    await expect(playground.readout('Status')).toHaveText('Paused');
    await expect(banner(page)).toHaveCount(0);
  });
});

const SIZES = [
  [1920, 1080],
  [1280, 720],
  [1024, 768],
] as const;

test.describe('the banner on a projector', () => {
  for (const [width, height] of SIZES)
    test(`at ${width}×${height} it reads at presenter size, covers nothing and leaves the plots their height`, async ({
      playground,
      page,
    }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height });
      await playground.open('v=1&data=sine&lr=3&seed=1');
      await page.keyboard.press('p');
      await expect(page.locator('html')).toHaveClass(/presenter/);
      const output = page.getByRole('region', { name: /^Output/ });
      const plotHeight = async () => (await output.boundingBox())!.height;
      const before = await plotHeight();
      await page.keyboard.press(' ');
      const alert = banner(page);
      await expect(alert).toContainText('Training diverged and has paused.');
      // Its loss is named, and the top bar's figure is the one it says the top bar shows.
      const top = await page.locator('dd[aria-label="Training loss"]').textContent();
      await expect(alert).toContainText(
        `With the last finite weights, kept, the training loss is ${top} (as in the top bar)`,
      );
      await expect(alert).toContainText(/mini-batch of 10 examples grew to/);
      const box = (await alert.boundingBox())!;
      expect(box.height, 'banner height').toBeLessThan(0.22 * height);
      // The output plot keeps most of its height (the banner takes a line or two above it).
      expect(await plotHeight()).toBeGreaterThan(0.75 * before);
      const body = page.locator('body');
      const texts = await renderedText(body);
      await page.screenshot({ path: test.info().outputPath(`diverged-${width}.png`) });
      expect(tooSmall(texts, presenterMinimum(width)), 'text too small').toEqual([]);
      expect(clippedTexts(texts), 'text cut off').toEqual([]);
      expect(coveredTexts(texts), 'text drawn over').toEqual([]);
      expect(overlappingTexts(texts), 'texts on top of each other').toEqual([]);
      expect(await overflowingBoxes(body), 'boxes that scroll').toEqual([]);
      // The clicker's Esc puts it away; the run stays paused until R.
      await page.keyboard.press('Escape');
      await expect(alert).toBeHidden();
      await expect(playground.readout('Status')).toHaveText('Diverged');
    });
});
