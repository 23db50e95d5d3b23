import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  clippedTexts,
  coveredTexts,
  overlappingTexts,
  overflowingBoxes,
  presenterMinimum,
  renderedText,
  tooSmall,
} from './textMeasure';

/** Open a dialog by its top-bar button (preparation only: the lecture itself uses keys). */
async function addScene(page: Page, title: string, withWeights: boolean, count: number) {
  await page.getByRole('button', { name: 'Scenes', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('New scene title').fill(title);
  await dialog.getByLabel('Include trained weights').setChecked(withWeights);
  await dialog.getByRole('button', { name: 'Add current state as scene' }).click();
  await expect(
    dialog.getByRole('list', { name: 'Scenes in the deck' }).getByRole('listitem'),
  ).toHaveCount(count);
  await expect(dialog.getByLabel(`Title of scene ${count}`)).toHaveValue(title);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

async function openTab(page: Page, name: string) {
  const tab = page.getByRole('tab', { name, exact: true });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await expect(page.getByRole('tabpanel')).toBeVisible();
}

/** Everything on screen reads at the presenter size and nothing is cut off or scrolled. */
async function expectLegible(page: Page, width: number, scene: string) {
  const body = page.locator('body');
  const texts = await renderedText(body);
  // What the audience saw, kept with the test's output to be looked at.
  await page.screenshot({ path: test.info().outputPath(`${width}-${scene}.png`) });
  expect(texts.length, scene).toBeGreaterThan(20);
  expect(tooSmall(texts, presenterMinimum(width)), `${scene}: text too small`).toEqual([]);
  expect(clippedTexts(texts), `${scene}: text cut off`).toEqual([]);
  expect(coveredTexts(texts), `${scene}: text drawn over`).toEqual([]);
  expect(overlappingTexts(texts), `${scene}: texts on top of each other`).toEqual([]);
  expect(await overflowingBoxes(body), `${scene}: boxes that scroll`).toEqual([]);
}

/** The number after `name ` in a view's text alternative, e.g. 'new value −0.5371'. */
function valueIn(label: string | null, name: string): string {
  return new RegExp(`(?:: |, )${name} (\\S+?)(?:,|$)`).exec(label ?? '')?.[1] ?? '';
}

const phaseOf = async (page: Page) =>
  Number(/\((\d+) \/ \d+\)/.exec((await page.locator('.view-phase').textContent()) ?? '')?.[1]);

test.describe('a lecture from the clicker', () => {
  test('an eight-scene deck runs in presenter mode by PageDown, PageUp and shortcut keys at three sizes', async ({
    playground,
    page,
  }) => {
    test.setTimeout(200_000);
    // Preparing the lecture at the desk (the mouse is allowed here).
    await playground.open('v=1&data=circle&seed=5');
    await playground.button('Step epoch').click();
    await openTab(page, 'Neuron');
    await page.getByRole('tab', { name: 'Backprop' }).click();
    await page.getByRole('button', { name: 'Pick a random training example' }).click();
    await expect(page.locator('.view-phase')).toBeVisible();
    await openTab(page, 'Neuron');
    await addScene(page, 'A neuron: z = Σ w·a + b', false, 1);
    await page
      .getByRole('tabpanel')
      .getByRole('combobox', { name: 'Neuron' })
      .selectOption({ index: 2 });
    await addScene(page, 'Activation', false, 2);
    await page.getByRole('button', { name: 'Close the teaching view' }).click();
    for (let k = 0; k < 3; k++) await playground.button('Step epoch').click();
    await expect.poll(() => playground.number('Epoch')).toBe(4);
    await addScene(page, 'How networks learn', true, 3);
    await openTab(page, 'Weight descent');
    await page
      .getByRole('tabpanel')
      .getByRole('combobox', { name: 'Parameter' })
      .selectOption({ index: 1 });
    await addScene(page, 'Gradient descent', true, 4);
    await openTab(page, 'Loss surface');
    await addScene(page, 'The loss surface', true, 5);
    await openTab(page, 'Weight descent');
    await page.keyboard.press('s');
    await addScene(page, 'Stochastic gradient descent, one step a second', true, 6);
    await page.keyboard.press('s');
    await openTab(page, 'Backprop');
    await addScene(page, 'Backpropagation: forward', true, 7);
    for (let k = 0; k < 4; k++) await page.keyboard.press(']');
    await expect.poll(() => phaseOf(page)).toBe(5);
    await addScene(page, 'Backpropagation: backward', true, 8);

    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
      [1024, 768],
    ] as const) {
      // The lecture: the deck is kept in the browser; from here on only keys.
      // A fresh page load each time, as on the lecture-room machine.
      await page.goto('about:blank');
      await page.setViewportSize({ width, height });
      await playground.open('v=1&data=xor&seed=9');
      await page.keyboard.press('p');
      await expect(page.locator('html')).toHaveClass(/presenter/);
      const current = page.getByLabel('Current scene');

      await page.keyboard.press('PageDown');
      await expect(current).toHaveText('1/8 A neuron: z = Σ w·a + b');
      await expect(page.getByRole('region', { name: /^Neuron / })).toBeVisible();
      await expectLegible(page, width, 'scene 1');

      await page.keyboard.press('PageDown');
      await expect(current).toHaveText('2/8 Activation');
      await expect(page.getByRole('region', { name: /^Neuron / })).toBeVisible();
      const neuron = page.getByRole('tabpanel').getByRole('combobox', { name: 'Neuron' });
      const shown = await neuron.inputValue();
      await page.keyboard.press(']');
      await expect(neuron).not.toHaveValue(shown);
      await expectLegible(page, width, 'scene 2');

      await page.keyboard.press('PageDown');
      await expect(current).toHaveText('3/8 How networks learn');
      await expect.poll(() => playground.number('Epoch')).toBe(4);
      await expect(page.getByRole('tabpanel')).toHaveCount(0);
      await expectLegible(page, width, 'scene 3');

      await page.keyboard.press('PageDown');
      await expect(current).toHaveText('4/8 Gradient descent');
      const parameter = page.getByRole('tabpanel').getByRole('combobox', { name: 'Parameter' });
      await expect(parameter).toHaveValue(/\d+/);
      const before = await parameter.inputValue();
      await page.keyboard.press(']');
      await expect(parameter).not.toHaveValue(before);
      const descent = page.getByRole('img', { name: /^Loss along .*new value/ });
      await expect(descent).toBeVisible();
      await expectLegible(page, width, 'scene 4');
      // One step by key moves the weight to where the view said it would go.
      const said = valueIn(await descent.getAttribute('aria-label'), 'new value');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => playground.number('Step')).toBe(81);
      await expect
        .poll(async () => valueIn(await descent.getAttribute('aria-label'), 'value'))
        .toBe(said);
      // + raises the learning rate, and the view's arithmetic uses the new one at once.
      await page.keyboard.press('+');
      await expect(page.locator('dd[aria-label="Learning rate"]')).toHaveText('0.1');
      await expect(page.getByRole('tabpanel').getByText('η = 0.1', { exact: true })).toBeVisible();
      await page.keyboard.press('-');
      await expect(page.getByRole('tabpanel').getByText('η = 0.03', { exact: true })).toBeVisible();

      await page.keyboard.press('PageDown');
      await expect(current).toHaveText('5/8 The loss surface');
      // Measured once the map is drawn (it is computed a few cells at a time).
      await expect(
        page.getByRole('img', { name: /^Contour map.*the current point is/ }),
      ).toBeVisible();
      await expectLegible(page, width, 'scene 5');

      await page.keyboard.press('PageDown');
      await expect(current).toHaveText('6/8 Stochastic gradient descent, one step a second');
      await page.keyboard.press(' ');
      await expect(playground.readout('Status')).toHaveText('Training');
      await page.keyboard.press(' ');
      await expect(playground.readout('Status')).toHaveText('Paused');
      await expectLegible(page, width, 'scene 6');

      await page.keyboard.press('PageDown');
      await expect(current).toHaveText('7/8 Backpropagation: forward');
      await expect.poll(() => phaseOf(page)).toBe(1);
      await expectLegible(page, width, 'scene 7');
      await page.keyboard.press(']');
      await expect.poll(() => phaseOf(page)).toBeGreaterThanOrEqual(1);

      await page.keyboard.press('PageDown');
      await expect(current).toHaveText('8/8 Backpropagation: backward');
      await expect.poll(() => phaseOf(page)).toBe(5);
      await expectLegible(page, width, 'scene 8');
      // Through every phase and page to the update, by key alone.
      for (let k = 0; k < 20; k++) await page.keyboard.press(']');
      await expect.poll(() => phaseOf(page)).toBe(8);
      await expectLegible(page, width, 'scene 8, the update');

      await page.keyboard.press('PageUp');
      await expect(current).toHaveText('7/8 Backpropagation: forward');
      await page.screenshot({ path: test.info().outputPath(`lecture-${width}.png`) });
    }
  });
});
