import { readFile } from 'node:fs/promises';
import {
  clippedTexts,
  overflowingBoxes,
  presenterMinimum,
  renderedText,
  tooSmall,
} from './textMeasure';
import type { Locator } from '@playwright/test';
import { expect, readoutNumber, test } from './fixtures';

test.describe('pinned runs', () => {
  test('pin a run, change the learning rate, train: both curves, a legend, what differs', async ({
    playground,
    page,
  }) => {
    await playground.open('v=1&seed=3&lr=0.3');
    await playground.play();
    await playground.waitForEpoch(20);
    await playground.pause();
    await page.getByRole('button', { name: /^Pin run/ }).click();

    const legend = page.getByRole('list', { name: 'Runs on the chart' });
    await expect(legend).toContainText('Live run');
    await expect(legend).toContainText('Pin 1');
    const table = page.getByRole('table', { name: /live run beside the pinned runs/ });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row', { name: /Settings the same/ })).toBeVisible();
    // The pinned run's figures are the engine's at exactly the weights pinned; the readouts
    // show the same numbers.
    const testRow = table.getByRole('row', { name: /^Test loss/ });
    const pinnedTestLoss = await playground.number('Test loss');
    await expect(testRow.getByRole('cell').nth(1)).toHaveText(String(pinnedTestLoss));

    // A new setting for the live run, which trains on from where it was.
    const rate = page.getByRole('spinbutton', { name: 'Learning rate' });
    await rate.fill('0.03');
    await rate.blur();
    await playground.play();
    await playground.waitForEpoch(40);
    await playground.pause();

    const row = table.getByRole('row', { name: /^Learning rate/ });
    await expect(row.getByRole('cell')).toHaveText(['0.03', '0.3']);
    await expect(testRow.getByRole('cell').nth(1)).toHaveText(String(pinnedTestLoss));
    await expect(testRow.getByRole('cell').nth(0)).toHaveText(
      String(await playground.number('Test loss')),
    );

    // Both runs' curves on one chart: the live lines over the pinned run's faded ones.
    const chart = page.locator('#chart-loss svg');
    await expect(chart.locator('path.line-train')).toHaveAttribute('d', /^M/);
    await expect(chart.locator('path.ref-line.ref-train.ref-0')).toHaveAttribute('d', /^M.*L/);
    await expect(chart.locator('path.ref-line.ref-test.ref-0')).toHaveAttribute('d', /^M.*L/);
    // Where the pinned run's curves lie on the live ones (the epochs both share) they still
    // show: each in its own pattern (training dashed, test dotted), never solid like the live
    // lines, and the legend's swatches draw the same patterns.
    const dashes = (l: Locator) => l.evaluate((e) => getComputedStyle(e).strokeDasharray);
    const pinnedTrain = await dashes(chart.locator('path.ref-line.ref-train.ref-0'));
    const pinnedTest = await dashes(chart.locator('path.ref-line.ref-test.ref-0'));
    expect(await dashes(chart.locator('path.line-train'))).toBe('none');
    expect(await dashes(chart.locator('path.line-test'))).toBe('none');
    expect([pinnedTrain, pinnedTest]).not.toContain('none');
    expect(pinnedTrain).not.toBe(pinnedTest);
    expect(await dashes(legend.locator('.pin-swatch.ref-0 line'))).toBe(pinnedTrain);
    await expect(legend).toContainText('pinned: training test loss');
    // Its decision boundary is outlined over the live output.
    await expect(page.locator('#chart-output path.pin-outline.ref-0')).toHaveAttribute('d', /^M/);

    // K pins the live run too; Remove unpins one.
    await page.keyboard.press('k');
    await expect(legend).toContainText('Pin 2');
    await page.getByRole('button', { name: 'Remove Pin 2' }).click();
    await expect(legend).not.toContainText('Pin 2');

    // Make live: the pinned run's learning rate and weights come back, and it is unpinned.
    await page.getByRole('button', { name: 'Make Pin 1 live' }).click();
    await expect(rate).toHaveValue('0.3');
    await expect(table).toBeHidden();
    await expect.poll(() => playground.number('Test loss')).toBe(pinnedTestLoss);
  });

  test('a scene keeps its pinned runs, and a deck whose pins do not fit is refused', async ({
    playground,
    page,
  }) => {
    await playground.open('v=1&seed=3');
    await playground.button('Step epoch').click();
    await page.getByRole('button', { name: /^Pin run/ }).click();
    await expect(page.getByRole('list', { name: 'Runs on the chart' })).toContainText('Pin 1');
    await playground.button('Scenes').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Add current state as scene' }).click();
    const scenes = dialog.getByRole('list', { name: 'Scenes in the deck' }).getByRole('listitem');
    await expect(scenes).toHaveCount(1);
    await expect(scenes.first()).toContainText('1 pinned run');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export deck' }).click();
    const text = await readFile((await (await download).path())!, 'utf8');
    const deck = JSON.parse(text) as {
      scenes: { title: string; pins?: { weights: { parameters: number[] } }[] }[];
    };
    expect(deck.scenes[0]!.pins).toHaveLength(1);

    // The same deck with a pinned run's weights cut short: refused, naming scene and run.
    deck.scenes[0]!.pins![0]!.weights.parameters.pop();
    await dialog.getByLabel('Deck file to import').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(deck)),
    });
    await expect(dialog).toContainText(/Scene 1 \(“.*”\): pinned run 1: the weights do not fit/);
    // Nothing saved is lost: the deck still has its scene.
    await expect(scenes).toHaveCount(1);
  });
});

test.describe('sweeps', () => {
  test('a learning-rate sweep, side by side and overlaid; one run is pinned, one made live', async ({
    playground,
    page,
  }) => {
    await playground.open('v=1&seed=3');
    await page.getByRole('button', { name: 'Sweep…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sweep' });
    await expect(dialog.getByLabel('Hyperparameter')).toHaveValue('learningRate');
    await expect(dialog.getByLabel('Values (3 to 6)')).toHaveValue('0.003, 0.01, 0.03, 0.09, 0.3');
    // A bad list is refused with a message, and nothing runs.
    await dialog.getByLabel('Values (3 to 6)').fill('0.1, 0.2');
    await dialog.getByRole('button', { name: 'Run sweep' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('A sweep needs 3 to 6 values; 2 given.');
    await dialog.getByLabel('Values (3 to 6)').fill('0.01, 0.1, 0.3');
    await dialog.getByLabel('Epochs each').fill('30');
    await dialog.getByRole('button', { name: 'Run sweep' }).click();
    await expect(dialog.getByText(/^Sweep finished: 3 runs/)).toBeVisible({ timeout: 45_000 });

    const cards = dialog
      .getByRole('list', { name: 'Sweep runs side by side' })
      .getByRole('listitem');
    await expect(cards).toHaveCount(3);
    for (const label of ['lr 0.01', 'lr 0.1', 'lr 0.3']) {
      const card = cards.filter({ has: page.getByRole('heading', { name: label }) });
      await expect(card.getByText(/^Epoch 30 · test loss/)).toBeVisible();
      await expect(card.locator('canvas')).toBeVisible();
      await expect(card.locator('path.line-train')).toHaveAttribute('d', /^M.*L/);
    }
    // All three runs' curves on one chart.
    const overlay = dialog.getByRole('region', { name: 'All runs’ loss curves' });
    await expect(overlay.locator('path.ref-line[d^="M"]')).toHaveCount(6);

    // Pin one run: it joins the pinned runs beside the live one.
    await dialog.getByRole('button', { name: 'Pin lr 0.01' }).click();
    await expect(page.getByRole('list', { name: 'Runs on the chart' })).toContainText('lr 0.01');

    // Make another live: its settings and its trained weights, at its epoch.
    const card = cards.filter({ has: page.getByRole('heading', { name: 'lr 0.3' }) });
    const figures = (await card.getByText(/^Epoch 30 · test loss/).textContent()) ?? '';
    const testLoss = readoutNumber(/test loss (\S+)/.exec(figures)?.[1] ?? '');
    await dialog.getByRole('button', { name: 'Make lr 0.3 live' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('spinbutton', { name: 'Learning rate' })).toHaveValue('0.3');
    await expect.poll(() => playground.number('Epoch')).toBe(30);
    await expect.poll(() => playground.number('Test loss')).toBe(testLoss);
  });
});

test.describe('pinned runs and sweeps on a projector', () => {
  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
    [1024, 768],
  ] as const) {
    test(`presenter mode at ${width}×${height}: every label of the pins and the sweep is legible`, async ({
      playground,
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await playground.open('v=1&seed=3&lr=0.3');
      await playground.button('Step epoch').click();
      await page.keyboard.press('k');
      // The pin is taken from the worker's state: measure once it is on the chart's list.
      await expect(page.getByRole('list', { name: 'Runs on the chart' })).toContainText('Pin 1');
      await playground.button('Present').click();
      await expect(page.locator('html')).toHaveClass(/presenter/);
      const min = presenterMinimum(width);
      for (const part of [
        page.locator('.pin-bar'),
        page.getByRole('region', { name: 'Pinned runs' }),
      ]) {
        const texts = await renderedText(part);
        expect(texts.length).toBeGreaterThan(3);
        expect(tooSmall(texts, min)).toEqual([]);
        expect(clippedTexts(texts)).toEqual([]);
        expect(await overflowingBoxes(part)).toEqual([]);
      }
      await page.getByRole('button', { name: 'Sweep…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Sweep' });
      // Six runs, the most a sweep has: all of them fit on the screen.
      await dialog.getByLabel('Values (3 to 6)').fill('0.001, 0.003, 0.01, 0.03, 0.1, 0.3');
      await dialog.getByLabel('Epochs each').fill('5');
      await dialog.getByRole('button', { name: 'Run sweep' }).click();
      await expect(dialog.getByText(/^Sweep finished/)).toBeVisible({ timeout: 45_000 });
      const cards = dialog
        .getByRole('list', { name: 'Sweep runs side by side' })
        .getByRole('listitem');
      await expect(cards).toHaveCount(6);
      // Every label in the dialog is at the presenter size, nothing is cut off by the screen or
      // a box, and nothing scrolls inside the dialog: a projector's audience sees all six runs,
      // each with its picture and its actions, and the overlaid curves.
      const texts = await renderedText(dialog);
      expect(texts.length).toBeGreaterThan(20);
      expect(tooSmall(texts, min)).toEqual([]);
      expect(clippedTexts(texts)).toEqual([]);
      expect(await overflowingBoxes(dialog)).toEqual([]);
      const box = (await dialog.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      for (const card of await cards.all()) {
        await expect(card.getByRole('button', { name: /^Make .* live$/ })).toBeInViewport({
          ratio: 1,
        });
        // The picture is a real share of the card, not a thumbnail squeezed out by its text.
        const picture = (await card.locator('.boundary-chart').boundingBox())!;
        expect(picture.width).toBeGreaterThan(height / 7);
      }
      const overlay = dialog.getByRole('region', { name: 'All runs’ loss curves' });
      await expect(overlay.locator('path.ref-line[d^="M"]')).toHaveCount(12);
      expect((await overlay.locator('svg').boundingBox())!.height).toBeGreaterThan(height / 6);
    });
  }
});
