import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  clippedTexts,
  coveredTexts,
  overflowingBoxes,
  overlappingTexts,
  presenterMinimum,
  renderedText,
  sidewaysOverflow,
  tooSmall,
} from './textMeasure';

/** A deck file's text, as the Scenes dialog exports one. */
const deckText = (scenes: unknown[]) =>
  JSON.stringify({ format: 'gradient-lab/deck', version: 1, title: 'Neurons', scenes });

/** A lecture: two playground scenes with every widget a scene can show between and after them. */
const LECTURE = [
  { title: 'A circle to split', config: { dataset: 'circle', seed: 5 } },
  {
    kind: 'widget',
    title: 'Activation functions',
    caption: 'What a neuron does with its sum: $a = f(z)$.',
    widget: { id: 'activation-explorer', options: { initial: 'tanh' } },
  },
  { title: 'XOR', config: { dataset: 'xor', seed: 9 } },
  { kind: 'widget', title: 'One neuron', widget: { id: 'single-neuron', options: { relu: true } } },
  { kind: 'widget', title: 'Regression losses', widget: { id: 'loss-explorer' } },
  {
    kind: 'widget',
    title: 'Classification losses',
    widget: { id: 'classification-loss', options: { initial: 'softmax-ce' } },
  },
  {
    kind: 'widget',
    title: 'A forward pass by hand',
    widget: { id: 'forward-pass', options: { backward: true } },
  },
];

async function importDeck(page: Page, text: string) {
  await page.getByRole('button', { name: 'Scenes', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenes' });
  await dialog.getByLabel('Deck file to import').setInputFiles({
    name: 'lecture.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  return dialog;
}

/**
 * Everything on the stage reads at the presenter size, and nothing is cut off, drawn over or
 * scrolled (the stage fills the screen: the playground under it is out of sight).
 */
async function expectLegible(page: Page, width: number, scene: string) {
  const stage = page.locator('.widget-stage');
  const box = await stage.boundingBox();
  expect(box, scene).toEqual({ x: 0, y: 0, width, height: page.viewportSize()!.height });
  const texts = await renderedText(stage);
  await page.screenshot({ path: test.info().outputPath(`${width}-${scene}.png`) });
  expect(texts.length, scene).toBeGreaterThan(10);
  expect(tooSmall(texts, presenterMinimum(width)), `${scene}: text too small`).toEqual([]);
  expect(clippedTexts(texts), `${scene}: text cut off`).toEqual([]);
  expect(coveredTexts(texts), `${scene}: text drawn over`).toEqual([]);
  expect(overlappingTexts(texts), `${scene}: texts on top of each other`).toEqual([]);
  expect(await overflowingBoxes(stage), `${scene}: boxes that scroll`).toEqual([]);
  expect(await sidewaysOverflow(page), `${scene}: the page scrolls sideways`).toEqual([]);
}

const SIZES = [
  [1920, 1080],
  [1280, 720],
  [1024, 768],
] as const;

/** A field of the configuration in the page's address (the playground mirrors it there). */
const hashValue = (page: Page, key: string) =>
  new URLSearchParams(new URL(page.url()).hash.slice(1)).get(key);

/**
 * The playground's epoch once it has stopped moving (two looks 300 ms apart agree): "Paused"
 * shows at once, and a loaded worker may finish its slice after it.
 */
async function settledEpoch(page: Page): Promise<string> {
  const epoch = page.locator('dd[aria-label="Epoch"]');
  let last = '';
  await expect
    .poll(
      async () => {
        const now = (await epoch.textContent()) ?? '';
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [300], timeout: 20_000 },
    )
    .toBe(true);
  return last;
}

test.describe('a lecture with widget scenes, from the clicker', () => {
  for (const [width, height] of SIZES)
    test(`lesson widgets between playground scenes, by PageDown, PageUp and shortcut keys at ${width}×${height}`, async ({
      playground,
      page,
    }) => {
      // Seven scenes, five widgets measured as rendered: about a minute on a quiet machine.
      test.setTimeout(300_000);
      await page.setViewportSize({ width, height });
      await playground.open('v=1&data=spiral&seed=2');
      // Preparing at the desk (the mouse is allowed here): the deck file is imported.
      const dialog = await importDeck(page, deckText(LECTURE));
      await expect(dialog.getByRole('status')).toHaveText('Imported “Neurons”: 7 scenes.');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();

      // The lecture: keys only from here on.
      await page.keyboard.press('p');
      await expect(page.locator('html')).toHaveClass(/presenter/);
      const current = page.getByLabel('Current scene');
      const status = page.locator('dd[aria-label="Status"]');
      await page.keyboard.press('PageDown');
      await expect(current).toHaveText('1/7 A circle to split');
      await expect.poll(() => hashValue(page, 'data')).toBe('circle');
      await page.keyboard.press(' ');
      await expect(status).toHaveText('Training');

      // The widget scene's title card, then the widget on the stage; the playground stopped.
      await page.keyboard.press('PageDown');
      const card = page.getByRole('dialog', { name: 'Activation functions' });
      await expect(card).toBeVisible();
      await expect(card.locator('.katex')).toHaveCount(1);
      await page.keyboard.press('PageDown');
      await expect(card).toBeHidden();
      const stage = page.getByRole('region', { name: 'Scene 2 of 7: Activation functions' });
      await expect(stage).toBeVisible();
      await expect(status).toHaveText('Paused');
      const epochThen = await settledEpoch(page);
      const activation = stage.getByRole('combobox', { name: 'Activation' });
      await expect(activation).toHaveValue('tanh');
      await expect(
        stage.getByRole('img', { name: /^Tanh over z, with z = 1 marked/ }),
      ).toBeVisible();
      await expectLegible(page, width, 'activation explorer');

      // With the widget's slider focused, its arrows are its own and the clicker's keys still act.
      const z = stage.getByRole('slider', { name: 'z =', exact: true });
      await z.focus();
      await page.keyboard.press('ArrowRight');
      await expect(z).toHaveValue('1.1');
      // Space would train the hidden playground: on a widget scene it does nothing.
      await page.keyboard.press(' ');
      await expect(status).toHaveText('Paused');
      await page.keyboard.press('?');
      const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expect(sheet).toBeVisible();
      await page.keyboard.press('?');
      await expect(sheet).toBeHidden();
      await expect(z).toBeFocused();
      // All the while the playground under the widget has not trained on.
      await expect(page.locator('dd[aria-label="Epoch"]')).toHaveText(epochThen);
      // A focused select hands PageDown on too, and keeps its value.
      await activation.focus();
      await page.keyboard.press('PageDown');
      await expect(stage).toBeHidden();
      await expect(current).toHaveText('3/7 XOR');
      await expect.poll(() => hashValue(page, 'data')).toBe('xor');
      // The next playground scene is its own: a fresh start on its data, nothing trained unseen.
      await expect(status).toHaveText('Paused');
      await expect(page.locator('dd[aria-label="Epoch"]')).toHaveText('0');

      // Back: the widget (a scene is left forward, so no card), its card, the scene before.
      await page.keyboard.press('PageUp');
      await expect(stage).toBeVisible();
      await expect(activation).toHaveValue('tanh');
      await page.keyboard.press('PageUp');
      await expect(card).toBeVisible();
      await page.keyboard.press('PageUp');
      await expect(card).toBeHidden();
      await expect(current).toHaveText('1/7 A circle to split');
      await expect.poll(() => hashValue(page, 'data')).toBe('circle');
      await expect(page.locator('dd[aria-label="Epoch"]')).toHaveText('0');

      // On through every other widget a scene can show.
      for (let k = 0; k < 3; k++) await page.keyboard.press('PageDown');
      await expect(current).toHaveText('3/7 XOR');
      await page.keyboard.press('PageDown');
      const neuron = page.getByRole('region', { name: 'Scene 4 of 7: One neuron' });
      await expect(neuron.getByRole('checkbox', { name: /Pass z through ReLU/ })).toBeVisible();
      await expectLegible(page, width, 'one neuron');
      await page.keyboard.press('PageDown');
      const losses = page.getByRole('region', { name: 'Scene 5 of 7: Regression losses' });
      await expect(losses.getByRole('combobox', { name: 'Loss' })).toHaveValue('mse');
      await expectLegible(page, width, 'regression losses');
      await page.keyboard.press('PageDown');
      const heads = page.getByRole('region', { name: 'Scene 6 of 7: Classification losses' });
      await expect(heads.getByRole('combobox', { name: 'Output and loss' })).toHaveValue(
        'softmax-ce',
      );
      await expectLegible(page, width, 'classification losses');
      await page.keyboard.press('PageDown');
      const pass = page.getByRole('region', { name: 'Scene 7 of 7: A forward pass by hand' });
      await expect(pass.getByText('Backward pass for the target y = 1')).toBeVisible();
      await expectLegible(page, width, 'forward pass');
      await expect(status).toHaveText('Paused');
    });
});

async function downloadText(download: Download): Promise<string> {
  return readFile((await download.path())!, 'utf8');
}

test.describe('widget scenes at the desk', () => {
  test('added from the Scenes dialog with their options, renamed, moved, exported and read back; a hostile widget scene is refused', async ({
    playground,
    page,
  }) => {
    test.setTimeout(180_000);
    await playground.open('v=1&data=circle&seed=5');
    await page.getByRole('button', { name: 'Scenes', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Scenes' });
    await dialog.getByLabel('New scene title').fill('Circle');
    await dialog.getByRole('button', { name: 'Add current state as scene' }).click();
    const items = dialog.getByRole('list', { name: 'Scenes in the deck' }).getByRole('listitem');
    await expect(items).toHaveCount(1);

    // "Add widget scene…": a widget by name, its options, a title and a caption.
    await dialog.getByText('Add widget scene…').click();
    const widget = dialog.getByLabel('Widget', { exact: true });
    await expect(widget).toHaveValue('single-neuron');
    await expect(dialog.getByLabel('Offer the ReLU switch')).not.toBeChecked();
    await widget.selectOption({ label: 'Activation explorer' });
    const shownFirst = dialog.getByLabel('Activation shown first');
    await expect(shownFirst).toHaveValue('sigmoid');
    await shownFirst.selectOption('relu');
    await dialog.getByLabel('Title of the widget scene').fill('Activations');
    const caption = dialog.getByLabel('Caption of the widget scene (optional)');
    await caption.fill('<b>ReLU</b>');
    await dialog.getByRole('button', { name: 'Add widget scene' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Not added: The caption holds HTML');
    await expect(items).toHaveCount(1);
    await caption.fill('**ReLU** passes what is positive: $\\max(0, z)$');
    await dialog.getByRole('button', { name: 'Add widget scene' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Added “Activations” as scene 2.');
    await expect(items).toHaveCount(2);
    await expect(items.nth(1)).toContainText('widget: Activation explorer · initial relu');
    // A second one with its defaults: the title is the widget's name.
    await widget.selectOption({ label: 'Forward pass by hand' });
    await dialog.getByLabel('Also the backward pass').check();
    await dialog.getByRole('button', { name: 'Add widget scene' }).click();
    await expect(items).toHaveCount(3);
    await expect(dialog.getByLabel('Title of scene 3')).toHaveValue('Forward pass by hand');
    await expect(items.nth(2)).toContainText('widget: Forward pass by hand · backward true');

    // Renamed, moved up, shown like any other scene.
    await dialog.getByLabel('Title of scene 2').fill('ReLU and friends');
    await dialog.getByLabel('Title of scene 2').blur();
    await dialog.getByRole('button', { name: 'Move scene 2 up' }).click();
    await expect(dialog.getByLabel('Title of scene 1')).toHaveValue('ReLU and friends');
    await expect(dialog.getByLabel('Title of scene 2')).toHaveValue('Circle');
    const first = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export deck' }).click();
    const exported = await downloadText(await first);
    const scenes = (JSON.parse(exported) as { scenes: Record<string, unknown>[] }).scenes;
    expect(scenes[0]).toEqual({
      kind: 'widget',
      title: 'ReLU and friends',
      caption: '**ReLU** passes what is positive: $\\max(0, z)$',
      widget: { id: 'activation-explorer', options: { initial: 'relu' } },
    });
    expect(scenes[2]).toMatchObject({ kind: 'widget', widget: { id: 'forward-pass' } });

    // Hostile or mistaken widget scenes are refused by scene, and the deck stays as it was.
    const refused: [unknown, string][] = [
      [
        { kind: 'widget', title: 'Mystery', widget: { id: 'mind-reader' } },
        'Not imported: Scene 2 (“Mystery”): there is no widget “mind-reader”',
      ],
      [
        {
          kind: 'widget',
          title: 'Sneaky',
          widget: {
            id: 'activation-explorer',
            options: { initial: '<img src=x onerror=alert(1)>' },
          },
        },
        'Not imported: Scene 2 (“Sneaky”): option "initial" of widget "activation-explorer" must be one of linear, sigmoid,',
      ],
      [
        { kind: 'widget', title: 'Live', widget: { id: 'backprop', options: { config: {} } } },
        'Not imported: Scene 2 (“Live”): the widget “backprop” trains the playground',
      ],
    ];
    for (const [bad, message] of refused) {
      await dialog.getByLabel('Deck file to import').setInputFiles({
        name: 'bad.json',
        mimeType: 'application/json',
        buffer: Buffer.from(deckText([scenes[1], bad])),
      });
      await expect(dialog.getByRole('alert')).toContainText(message);
      await expect(items).toHaveCount(3);
      await expect(dialog.getByLabel('Title of scene 1')).toHaveValue('ReLU and friends');
    }
    // The exported deck reads back to the same file.
    page.once('dialog', (d) => void d.accept());
    await dialog.getByLabel('Deck file to import').setInputFiles({
      name: 'deck.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect(dialog.getByRole('status')).toContainText('3 scenes');
    const second = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export deck' }).click();
    expect(await downloadText(await second)).toBe(exported);

    // Shown from the list: its card, then the widget on the stage, at the desk's own type size.
    await dialog.getByRole('button', { name: 'Show scene 1' }).click();
    const card = page.getByRole('dialog', { name: 'ReLU and friends' });
    await expect(card).toBeVisible();
    await page.keyboard.press('PageDown');
    const stage = page.getByRole('region', { name: 'Scene 1 of 3: ReLU and friends' });
    await expect(stage.getByRole('combobox', { name: 'Activation' })).toHaveValue('relu');
    await page.screenshot({ path: test.info().outputPath('desk-1280.png') });
    expect(await overflowingBoxes(page.locator('.widget-stage'))).toEqual([]);
    // On a phone the stage is one column, read by scrolling down, never sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(stage.getByRole('img', { name: /^ReLU over z/ })).toBeVisible();
    expect(await sidewaysOverflow(page)).toEqual([]);
    const phoneTexts = await renderedText(page.locator('.widget-stage'), { scrollingPage: true });
    // Only the stage's scrolling hides text (below the fold); no box cuts any sideways.
    const stageBody = page.locator('.widget-stage-body');
    expect(await stageBody.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    expect(
      clippedTexts(phoneTexts.filter((t) => !t.clippedBy.startsWith('div.widget-stage-body'))),
    ).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('phone-390.png') });
    // The stage's own buttons: the next scene, and the Scenes dialog.
    await page.setViewportSize({ width: 1280, height: 720 });
    await stage.getByRole('button', { name: 'Next scene' }).click();
    await expect(stage).toBeHidden();
    await expect(page.getByLabel('Current scene')).toHaveText('2/3 Circle');
    await page.keyboard.press('PageDown');
    const pass = page.getByRole('region', { name: 'Scene 3 of 3: Forward pass by hand' });
    await pass.getByRole('button', { name: 'Scenes' }).click();
    await expect(page.getByRole('dialog', { name: 'Scenes' })).toBeVisible();
    await expect(
      page.getByRole('dialog', { name: 'Scenes' }).getByRole('listitem').nth(2),
    ).toHaveAttribute('aria-current', 'step');
  });
});
