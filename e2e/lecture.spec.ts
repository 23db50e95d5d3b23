import type { Locator, Page } from '@playwright/test';
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
async function addScene(
  page: Page,
  title: string,
  withWeights: boolean,
  count: number,
  caption = '',
) {
  await page.getByRole('button', { name: 'Scenes', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('New scene title').fill(title);
  await dialog.getByLabel('Caption (optional)').fill(caption);
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

/** A dialog's text reads at `minPx` or more, and nothing in it is cut off, covered or scrolled. */
async function expectDialogFits(dialog: Locator, what: string, minPx: number) {
  const texts = await renderedText(dialog);
  expect(texts.length, what).toBeGreaterThan(5);
  expect(tooSmall(texts, minPx), `${what}: text too small`).toEqual([]);
  expect(clippedTexts(texts), `${what}: text cut off`).toEqual([]);
  expect(coveredTexts(texts), `${what}: text drawn over`).toEqual([]);
  expect(overlappingTexts(texts), `${what}: texts on top of each other`).toEqual([]);
  expect(await overflowingBoxes(dialog), `${what}: boxes that scroll`).toEqual([]);
}

/** The number after `name ` in a view's text alternative, e.g. 'new value −0.5371'. */
function valueIn(label: string | null, name: string): string {
  return new RegExp(`(?:: |, )${name} (\\S+?)(?:,|$)`).exec(label ?? '')?.[1] ?? '';
}

const phaseOf = async (page: Page) =>
  Number(/\((\d+) \/ \d+\)/.exec((await page.locator('.view-phase').textContent()) ?? '')?.[1]);

const SIZES = [
  [1920, 1080],
  [1280, 720],
  [1024, 768],
] as const;

test.describe('a lecture from the clicker', () => {
  for (const [width, height] of SIZES)
    test(`an eight-scene deck runs in presenter mode by PageDown, PageUp and shortcut keys at ${width}×${height}`, async ({
      playground,
      page,
    }) => {
      // A deck prepared, then delivered scene by scene: 45–70 s on a quiet machine, 2.3 min at
      // load 20 and over 3 min at load 45 on two cores; the budget is sized for the loaded case.
      test.setTimeout(420_000);
      // Preparing the lecture at the desk (the mouse is allowed here).
      await playground.open('v=1&data=circle&seed=5');
      await playground.button('Step epoch').click();
      await openTab(page, 'Neuron');
      await page.getByRole('tab', { name: 'Backprop' }).click();
      await page.getByRole('button', { name: 'Pick a random training example' }).click();
      await expect(page.locator('.view-phase')).toBeVisible();
      await openTab(page, 'Neuron');
      await addScene(
        page,
        'A neuron: z = Σ w·a + b',
        false,
        1,
        'Each neuron adds up its **weighted inputs** and a bias: $z = \\sum_i w_i a_i + b$.',
      );
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
      await addScene(
        page,
        'Gradient descent',
        true,
        4,
        'Every weight takes a small step **downhill** on the loss:\n\n$$\nw \\leftarrow w - \\eta\\,\\frac{\\partial L}{\\partial w}\n$$\n\nThe step size $\\eta$ is the learning rate.',
      );
      await openTab(page, 'Loss surface');
      await addScene(page, 'The loss surface', true, 5);
      await openTab(page, 'Weight descent');
      await page.keyboard.press('s');
      await addScene(page, 'Stochastic gradient descent, one step a second', true, 6);
      await page.keyboard.press('s');
      await openTab(page, 'Backprop');
      await addScene(page, 'Backpropagation: forward', true, 7);
      for (let k = 0; k < 4; k++) await page.keyboard.press('}');
      await expect.poll(() => phaseOf(page)).toBe(5);
      await addScene(page, 'Backpropagation: backward', true, 8);

      // The lecture, in a fresh page load as on the lecture-room machine: the deck is kept
      // in the browser, and from here on only keys.
      await page.goto('about:blank');
      await page.setViewportSize({ width, height });
      await playground.open('v=1&data=xor&seed=9');
      await page.keyboard.press('p');
      await expect(page.locator('html')).toHaveClass(/presenter/);
      const current = page.getByLabel('Current scene');

      // The first scene opens on its title card; Esc shows the scene.
      await page.keyboard.press('PageDown');
      await expect(current).toHaveText('1/8 A neuron: z = Σ w·a + b');
      const firstCard = page.getByRole('dialog', { name: 'A neuron: z = Σ w·a + b' });
      await expectDialogFits(firstCard, 'title card 1', presenterMinimum(width));
      await page.keyboard.press('Escape');
      await expect(firstCard).toBeHidden();
      await expect(page.getByRole('region', { name: /^Neuron / })).toBeVisible();
      await expectLegible(page, width, 'scene 1');

      await page.keyboard.press('PageDown');
      await expect(current).toHaveText('2/8 Activation');
      await expect(page.getByRole('region', { name: /^Neuron / })).toBeVisible();
      const neuron = page.getByRole('tabpanel').getByRole('combobox', { name: 'Neuron' });
      const shown = await neuron.inputValue();
      await page.keyboard.press('}');
      await expect(neuron).not.toHaveValue(shown);
      await expectLegible(page, width, 'scene 2');

      await page.keyboard.press('PageDown');
      await expect(current).toHaveText('3/8 How networks learn');
      await expect.poll(() => playground.number('Epoch')).toBe(4);
      // The scene brought its loss history: the curve runs from epoch 0, not from 4 alone.
      await expect(page.getByRole('img', { name: /^Loss curve: epochs 0 to 4, / })).toBeVisible();
      await expect(page.getByRole('tabpanel')).toHaveCount(0);
      await expectLegible(page, width, 'scene 3');

      // Scene 4's title card: PageUp goes back to scene 3, PageDown comes to the card again,
      // and PageDown once more shows the scene.
      await page.keyboard.press('PageDown');
      await expect(current).toHaveText('4/8 Gradient descent');
      const card = page.getByRole('dialog', { name: 'Gradient descent' });
      await expect(card.locator('.katex-display')).toBeVisible();
      await expectDialogFits(card, 'title card 4', presenterMinimum(width));
      await page.screenshot({ path: test.info().outputPath(`${width}-title-card.png`) });
      await page.keyboard.press('PageUp');
      await expect(card).toBeHidden();
      await expect(current).toHaveText('3/8 How networks learn');
      await page.keyboard.press('PageDown');
      await expect(card).toBeVisible();
      await page.keyboard.press('PageDown');
      await expect(card).toBeHidden();
      await expect(current).toHaveText('4/8 Gradient descent');
      const parameter = page.getByRole('tabpanel').getByRole('combobox', { name: 'Parameter' });
      await expect(parameter).toHaveValue(/\d+/);
      const before = await parameter.inputValue();
      await page.keyboard.press('}');
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
      await page.keyboard.press('}');
      await expect.poll(() => phaseOf(page)).toBeGreaterThanOrEqual(1);

      await page.keyboard.press('PageDown');
      await expect(current).toHaveText('8/8 Backpropagation: backward');
      await expect.poll(() => phaseOf(page)).toBe(5);
      await expectLegible(page, width, 'scene 8');
      // Through every phase and page to the update, by key alone.
      for (let k = 0; k < 20; k++) await page.keyboard.press('}');
      await expect.poll(() => phaseOf(page)).toBe(8);
      await expectLegible(page, width, 'scene 8, the update');

      await page.keyboard.press('PageUp');
      await expect(current).toHaveText('7/8 Backpropagation: forward');
      await page.screenshot({ path: test.info().outputPath(`lecture-${width}.png`) });
    });
});

test.describe("a student's phone", () => {
  test("opens a scene's share link at the projector's epoch and accuracy; the share dialog fits at every size", async ({
    playground,
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    await playground.open('v=1&data=xor&seed=9&lr=0.1');
    for (let k = 0; k < 3; k++) await playground.button('Step epoch').click();
    await expect.poll(() => playground.number('Epoch')).toBe(3);
    await addScene(page, 'Trained for three epochs', true, 1);
    // The lecture: a fresh load, presenter mode, the scene by the clicker.
    await page.goto('about:blank');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await playground.open('v=1&data=circle&seed=1');
    await page.keyboard.press('p');
    await page.keyboard.press('PageDown');
    await expect(page.getByLabel('Current scene')).toHaveText('1/1 Trained for three epochs');
    await expect.poll(() => playground.number('Epoch')).toBe(3);
    const accuracy = await page.locator('dd[aria-label="Test accuracy"]').textContent();
    const loss = await page.locator('dd[aria-label="Test loss"]').textContent();

    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this playground' });
    await expect(dialog.getByText(/carries the trained weights.*epoch 3\./)).toBeVisible();
    const link = await dialog.getByLabel('Link to this exact configuration').inputValue();
    // Only what differs from the defaults, then the weights.
    const hash = new URLSearchParams(new URL(link).hash.slice(1));
    expect([...hash.keys()]).toEqual(['v', 'data', 'lr', 'seed', 'w']);
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await expect(dialog.getByRole('img', { name: /QR code of the link/ })).toBeVisible();
      await expectDialogFits(dialog, `share dialog at ${width}`, presenterMinimum(width));
      await page.screenshot({ path: test.info().outputPath(`share-${width}.png`) });
    }

    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const student = await phone.newPage();
    const errors: string[] = [];
    student.on('pageerror', (e) => errors.push(e.message));
    await student.goto(link);
    await expect(student.getByLabel('Epoch', { exact: true })).toHaveText('3');
    await expect(student.locator('dd[aria-label="Test accuracy"]')).toHaveText(accuracy!);
    await expect(student.locator('dd[aria-label="Test loss"]')).toHaveText(loss!);
    // The phone can share on in turn, and its dialog fits the phone.
    await student.getByRole('button', { name: 'Share', exact: true }).tap();
    const small = student.getByRole('dialog', { name: 'Share this playground' });
    await expect(small.getByRole('img', { name: /QR code of the link/ })).toBeVisible();
    // The phone page's own smallest type (not a projector's) is the floor here.
    await expectDialogFits(small, 'share dialog on a phone', 11);
    await student.screenshot({ path: test.info().outputPath('share-phone.png') });
    expect(await student.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(errors).toEqual([]);
    await phone.close();
  });
});
