import type { Download, Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { readWeightsFile, type WeightsFile } from '../app/classroom/weightsFile';
import { planModel } from '../app/engine/networkSpec';
import { prepareData } from '../app/engine/prepareData';
import { specFromConfig } from '../app/engine/modelSpec';
import { numbersInText } from '../app/engine/numberText';
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

const NET = 'v=1&data=spiral&layers=8,8&act=tanh,tanh&seed=3';
/** Large uniform initial weights (±2): without batch norm, a fifth of the second layer starts pinned at ±1. */
const SATURATING = `${NET}&init=uniform&is=2`;

/** The number a view prints, back to a number (the page's formatter's inverse). */
const num = (text: string | null) => numbersInText(text ?? '')[0] ?? NaN;

async function openView(page: Page): Promise<Locator> {
  const tab = page.getByRole('tab', { name: 'Batch norm', exact: true });
  // A new hash on the same page keeps the open view (a click would fold it away).
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  const view = page.getByRole('region', { name: /^Batch norm, hidden layer/ });
  await expect(view.getByRole('img', { name: /^Histograms of/ })).toBeVisible();
  return view;
}

/** The figure after a term in the view's numbers, e.g. figure(view, 'γ (learned scale)'). */
async function figure(view: Locator, term: string): Promise<number> {
  const row = view
    .locator('.bn-numbers > div')
    .filter({ has: view.page().getByText(term, { exact: true }) });
  return num(await row.locator('dd').textContent());
}

async function weights(page: Page): Promise<WeightsFile> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog');
  const dl: Promise<Download> = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download configuration and weights' }).click();
  const read = readWeightsFile(await readFile((await (await dl).path())!, 'utf8'));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  if (!read.ok) throw new Error(read.error);
  return read.value;
}

/** γ, β and the running statistics of one neuron, as the saved weights file holds them. */
function saved(file: WeightsFile, layer: number, unit: number) {
  const plan = planModel(specFromConfig(file.config, prepareData(file.config)));
  const l = plan.layers[layer]!;
  const p = file.state.parameters;
  return {
    gamma: p[l.gammaOffset + unit]!,
    beta: p[l.betaOffset + unit]!,
    runMean: file.state.extras!.runMean[layer]![unit]!,
    runVar: file.state.extras!.runVar[layer]![unit]!,
  };
}

/** Within the last printed digit of a 4-significant-digit figure. */
const close = (shown: number, exact: number) =>
  expect(Math.abs(shown - exact)).toBeLessThanOrEqual(Math.abs(exact) * 6e-4 + 1e-12);

test.describe('batch norm made visible', () => {
  test('with batch norm on: the layer before and after normalising, γ, β and the running statistics are the engine’s', async ({
    playground,
    page,
  }) => {
    test.setTimeout(90_000);
    await playground.open(`${NET}&bn=1`);
    for (let k = 0; k < 2; k++) await playground.button('Step epoch').click();
    await expect.poll(() => playground.number('Epoch')).toBe(2);
    const view = await openView(page);
    // The layer picker is keyboard reachable: focus it and move on with the arrow key.
    const layer = view.getByRole('combobox', { name: 'Layer' });
    await layer.focus();
    await page.keyboard.press('ArrowDown');
    await expect(layer).toHaveValue('1');
    await expect(page.getByRole('region', { name: 'Batch norm, hidden layer 2' })).toBeVisible();
    await view.getByRole('combobox', { name: 'Neuron' }).selectOption('3');
    await expect(
      view.getByRole('img', {
        name: /^Histograms of h₂,₄ over the batch: Before: z = W·a \+ b and After: y = γ·ẑ \+ β/,
      }),
    ).toBeVisible();
    await expect(
      view.getByText('Over the 10 examples of the mini-batch step 41 trains on.'),
    ).toBeVisible();

    const mu = await figure(view, 'batch mean μ of z');
    const variance = await figure(view, 'batch variance σ²');
    const gamma = await figure(view, 'γ (learned scale)');
    const beta = await figure(view, 'β (learned shift)');
    // After normalising, the batch's mean is β and its spread |γ| (ε aside).
    close(await figure(view, 'mean of y (= β)'), beta);
    close(
      await figure(view, 'sd of y (≈ |γ|)'),
      Math.abs(gamma) * Math.sqrt(variance / (variance + 1e-5)),
    );
    const runMean = await figure(view, 'running mean');
    const runVar = await figure(view, 'running variance');

    // The weights file holds the same γ, β and running statistics.
    const before = saved(await weights(page), 1, 3);
    close(gamma, before.gamma);
    close(beta, before.beta);
    close(runMean, before.runMean);
    close(runVar, before.runVar);
    // The table lists every neuron of the layer with the same figures.
    const row = view.getByRole('row', { name: /^h₂,₄ / });
    await expect(row.getByRole('cell').nth(0)).toHaveText(
      await view.locator('.bn-numbers dd').nth(2).innerText(),
    );

    // The batch shown is the one the next step trains on: that step moves the running
    // averages 10 % of the way to the μ and σ² the view showed.
    await playground.button('Step').click();
    await expect.poll(() => playground.number('Step')).toBe(41);
    const after = saved(await weights(page), 1, 3);
    close(after.runMean, 0.9 * before.runMean + 0.1 * mu);
    expect(Math.abs(after.runVar - (0.9 * before.runVar + 0.1 * variance))).toBeLessThan(
      0.1 * Math.abs(variance) * 6e-4 + 1e-9,
    );
    await expect(
      view.getByText('Over the 10 examples of the mini-batch step 42 trains on.'),
    ).toBeVisible();
  });

  test('with batch norm off: z and the activations, and the saturated share of tanh units, which batch norm brings down', async ({
    playground,
    page,
  }) => {
    test.setTimeout(90_000);
    await playground.open(SATURATING);
    let view = await openView(page);
    await view.getByRole('combobox', { name: 'Layer' }).selectOption('1');
    await expect(
      view.getByText('Batch norm is off: the activation reads z as it is.', { exact: false }),
    ).toBeVisible();
    await expect(view.getByRole('img', { name: /z = W·a \+ b and a = tanh\(z\)$/ })).toBeVisible();
    await expect(view.getByText('γ (learned scale)')).toHaveCount(0);
    const share = async () => {
      const text = await view.locator('.bn-saturation').textContent();
      const m = /^([\d.]+) % of this layer’s activations are within 0\.01 of −1 or 1/.exec(
        text ?? '',
      );
      expect(m, text ?? '').not.toBeNull();
      return Number(m![1]);
    };
    const off = await share();
    expect(off).toBeGreaterThan(15);
    // The table's per-neuron shares average to the layer's share.
    const cells = await view
      .getByRole('row')
      .filter({ hasText: /^h₂,/ })
      .locator('td:last-child')
      .allTextContents();
    expect(cells).toHaveLength(8);
    const mean = cells.map((c) => Number(c.replace(' %', ''))).reduce((t, v) => t + v, 0) / 8;
    expect(Math.abs(mean - off)).toBeLessThan(0.1);

    // The same network with batch norm: the sums are normalised before tanh sees them.
    await playground.open(`${SATURATING}&bn=1`);
    view = await openView(page);
    // A network of another shape starts the view again at the first neuron.
    await view.getByRole('combobox', { name: 'Layer' }).selectOption('1');
    await expect(
      view.getByRole('img', { name: /Before: z = W·a \+ b and After: y = γ·ẑ \+ β$/ }),
    ).toBeVisible();
    expect(await share()).toBeLessThan(off / 2);
  });

  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
    [1024, 768],
  ] as const)
    test(`reads from the back of the room in presenter mode at ${width}×${height}, on and off`, async ({
      playground,
      page,
    }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height });
      for (const bn of ['&bn=1', '']) {
        await playground.open(`${NET}${bn}`);
        await playground.button('Step epoch').click();
        await expect.poll(() => playground.number('Epoch')).toBe(1);
        const view = await openView(page);
        await page.keyboard.press('p');
        await expect(page.locator('html')).toHaveClass(/presenter/);
        // The clicker's next goes to the next neuron.
        await page.keyboard.press('}');
        await expect(view.getByRole('combobox', { name: 'Neuron' })).toHaveValue('1');
        await expect(view.getByRole('img', { name: /^Histograms of h₁,₂/ })).toBeVisible();
        const body = page.locator('body');
        const texts = await renderedText(body);
        await page.screenshot({
          path: test.info().outputPath(`batch-norm${bn ? '-on' : '-off'}-${width}.png`),
        });
        expect(tooSmall(texts, presenterMinimum(width)), 'text too small').toEqual([]);
        expect(clippedTexts(texts), 'text cut off').toEqual([]);
        expect(coveredTexts(texts), 'text drawn over').toEqual([]);
        expect(overlappingTexts(texts), 'texts on top of each other').toEqual([]);
        expect(await overflowingBoxes(body), 'boxes that scroll').toEqual([]);
        await page.keyboard.press('p');
      }
    });

  test('fits a phone', async ({ browser }) => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await phone.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`./#${NET}&bn=1`);
    await page.getByRole('tab', { name: 'Batch norm', exact: true }).tap();
    const view = page.getByRole('region', { name: 'Batch norm, hidden layer 1' });
    const chart = view.getByRole('img', { name: /^Histograms of h₁,₁/ });
    await expect(chart).toBeVisible();
    expect((await chart.boundingBox())!.width).toBeGreaterThan(300);
    await expect(view.getByText('running variance', { exact: true })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(await overflowingBoxes(view)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('batch-norm-phone.png'), fullPage: true });
    expect(errors).toEqual([]);
    await phone.close();
  });
});
