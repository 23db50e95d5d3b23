import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { pngDimensions } from '../app/classroom/svgText';
import { expect, test } from './fixtures';
import { pictureInk } from './pictureInk';
import { decodeQr, modulesFromSvg } from './qrDecode';
import {
  clippedTexts,
  overflowingBoxes,
  presenterMinimum,
  renderedText,
  tooSmall,
} from './textMeasure';

/** The value of one key of the configuration in the page's hash, e.g. hashValue(page, 'lr'). */
function hashValue(page: Page, key: string): string | null {
  return new URLSearchParams(new URL(page.url()).hash.slice(1)).get(key);
}

async function downloadText(download: Download): Promise<string> {
  return readFile((await download.path())!, 'utf8');
}

/**
 * The network diagram's layer labels ('4 neurons') as a share of the diagram's width: rendered
 * font size (SVG scaling included) over the width of `root` (the diagram's box or an exported file).
 */
function layerLabelShares(root: Element): number[] {
  const width = root.getBoundingClientRect().width;
  return [...root.querySelectorAll('text')]
    .filter((t) => /neurons?$/.test(t.textContent ?? ''))
    .map((t) => {
      const m = t.getScreenCTM();
      return (parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1)) / width;
    });
}

async function openPanel(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).click();
  return page.getByRole('dialog');
}

test.describe('classroom: keyboard', () => {
  test('every listed shortcut does its job', async ({ playground, page }) => {
    await playground.open('v=1&seed=5&lr=0.03');
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => playground.number('Step')).toBe(1);
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => playground.number('Epoch')).toBe(1);
    // [ rewinds to the kept epoch before; ] past the last kept one is live again.
    await page.keyboard.press('[');
    await expect(playground.readout('Status')).toHaveText('Rewound');
    await expect.poll(() => playground.number('Epoch')).toBe(0);
    await page.keyboard.press(']');
    await expect(playground.readout('Status')).toHaveText('Paused');
    await expect.poll(() => playground.number('Epoch')).toBe(1);
    await page.keyboard.press(' ');
    await expect(playground.readout('Status')).toHaveText('Training');
    await page.keyboard.press(' ');
    await expect(playground.readout('Status')).toHaveText('Paused');
    await page.keyboard.press('r');
    await expect.poll(() => playground.number('Epoch')).toBe(0);
    await expect.poll(() => playground.number('Step')).toBe(0);
    await page.keyboard.press('+');
    await expect.poll(() => hashValue(page, 'lr')).toBe('0.1');
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(() => hashValue(page, 'lr')).toBe('0.01');
    const seed = hashValue(page, 'seed');
    await page.keyboard.press('n');
    await expect.poll(() => hashValue(page, 'seed')).not.toBe(seed);
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('row')).toHaveCount(21);
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveClass(/presenter/);
    await page.keyboard.press('p');
    await expect(page.locator('html')).not.toHaveClass(/presenter/);
    await page.keyboard.press('k');
    await expect(page.getByRole('list', { name: 'Runs on the chart' })).toContainText('Pin 1');
    await page.keyboard.press('b');
    await expect(page.getByRole('button', { name: 'Show the screen again' })).toBeVisible();
    await page.keyboard.press('x');
    await expect(page.getByRole('button', { name: 'Show the screen again' })).toBeHidden();
  });

  test('a shortcut typed in a text field types text', async ({ playground, page }) => {
    await playground.open('v=1&seed=5');
    await playground.button('Scenes').click();
    const title = page.getByLabel('New scene title');
    await title.fill('');
    await title.pressSequentially('Run r p n ?');
    await expect(title).toHaveValue('Run r p n ?');
    await expect(page.locator('html')).not.toHaveClass(/presenter/);
    await expect(playground.readout('Status')).toHaveText('Paused');
    await page.keyboard.press('Escape');
    const noise = page.getByRole('spinbutton', { name: 'Noise' });
    await noise.focus();
    await page.keyboard.press('p');
    await page.keyboard.press(' ');
    await expect(page.locator('html')).not.toHaveClass(/presenter/);
    await expect(playground.readout('Status')).toHaveText('Paused');
  });

  test('every control is reachable by Tab and shows a focus ring', async ({ playground, page }) => {
    await playground.open('v=1&seed=5');
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const cs = getComputedStyle(el);
        return {
          name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName,
          ring: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2,
        };
      });
      if (!info) continue;
      expect(info.ring, `focus ring on ${info.name}`).toBe(true);
      seen.add(info.name);
    }
    for (const name of ['Play', 'Step', 'Present', 'Share', 'Keyboard shortcuts']) {
      expect(seen.has(name), name).toBe(true);
    }
  });
});

test.describe('classroom: presenter mode', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('presenter mode enlarges text to at least 24 px and hides secondary controls', async ({
    playground,
    page,
  }) => {
    await playground.open('v=1&seed=5');
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(await size()).toBeLessThan(24);
    await playground.button('Present').click();
    await expect(page.locator('html')).toHaveClass(/presenter/);
    expect(await size()).toBeGreaterThanOrEqual(24);
    await expect(page.getByRole('complementary', { name: 'Settings' })).toBeHidden();
    // Every number and label as rendered (SVG scaling included), and none cut off or scrolled.
    const texts = await renderedText(page.locator('body'));
    expect(tooSmall(texts, presenterMinimum(1920))).toEqual([]);
    expect(clippedTexts(texts)).toEqual([]);
    expect(await overflowingBoxes(page.locator('body'))).toEqual([]);
    const readoutSize = await playground
      .readout('Epoch')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(readoutSize).toBeGreaterThanOrEqual(24);
    await expect(page.getByRole('button', { name: 'Present' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});

test.describe('classroom: presenter mode on a lesson', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('P on a lesson page enlarges its text too', async ({ page }) => {
    await page.goto('./?page=lesson&id=one-neuron');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const size = () =>
      page
        .locator('.lesson-main p')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size()).toBeLessThan(24);
    await page.keyboard.press('p');
    await expect(page.getByRole('button', { name: 'Present' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(await size()).toBeGreaterThanOrEqual(24);
  });
});

test.describe('classroom: scenes', () => {
  test('PageDown and PageUp walk a deck; a deck exported and re-imported is identical', async ({
    playground,
    page,
  }) => {
    await playground.open('v=1&data=circle&seed=5');
    let dialog = await openPanel(page, 'Scenes');
    await dialog.getByLabel('New scene title').fill('Circle');
    await dialog.getByRole('button', { name: 'Add current state as scene' }).click();
    await page.keyboard.press('Escape');
    await page.goto('./#v=1&data=xor&seed=6');
    await expect(playground.readout('Status')).toBeVisible();
    await expect.poll(() => hashValue(page, 'data')).toBe('xor');
    await playground.button('Step epoch').click();
    dialog = await openPanel(page, 'Scenes');
    await dialog.getByLabel('New scene title').fill('XOR after one epoch');
    // A caption past the limit is refused with its count, and nothing is cut off silently.
    const caption = dialog.getByLabel('Caption (optional)');
    await caption.fill('x'.repeat(401));
    await expect(
      dialog.getByText(/the caption has 401 characters; a title card holds at most 400/i),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Add current state as scene' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'Not added: The caption has 401 characters',
    );
    await caption.fill('No straight line splits **XOR**: $y = x_1 \\oplus x_2$');
    await dialog.getByRole('button', { name: 'Add current state as scene' }).click();
    await expect(
      dialog.getByRole('list', { name: 'Scenes in the deck' }).getByRole('listitem'),
    ).toHaveCount(2);
    await page.keyboard.press('Escape');

    await page.keyboard.press('PageDown');
    await expect(page.getByLabel('Current scene')).toHaveText('1/2 Circle');
    await expect.poll(() => hashValue(page, 'data')).toBe('circle');
    await expect.poll(() => playground.number('Epoch')).toBe(0);
    // The captioned scene opens on its title card, with the caption's math typeset.
    await page.keyboard.press('PageDown');
    const card = page.getByRole('dialog', { name: 'XOR after one epoch' });
    await expect(card).toBeVisible();
    await expect(card.locator('.katex')).toHaveCount(1);
    await expect(card.getByText('XOR', { exact: true })).toHaveCSS('font-weight', '700');
    await expect(page.getByLabel('Current scene')).toHaveText('2/2 XOR after one epoch');
    await expect.poll(() => hashValue(page, 'data')).toBe('xor');
    await page.keyboard.press('PageDown');
    await expect(card).toBeHidden();
    await expect.poll(() => playground.number('Epoch')).toBe(1);
    // Back: the scene's own card first, then the scene before.
    await page.keyboard.press('PageUp');
    await expect(card).toBeVisible();
    await expect.poll(() => playground.number('Epoch')).toBe(1);
    await page.keyboard.press('PageUp');
    await expect(card).toBeHidden();
    await expect(page.getByLabel('Current scene')).toHaveText('1/2 Circle');
    await expect.poll(() => hashValue(page, 'data')).toBe('circle');

    dialog = await openPanel(page, 'Scenes');
    const first = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export deck' }).click();
    const exported = await downloadText(await first);
    expect(JSON.parse(exported).scenes).toHaveLength(2);
    expect(JSON.parse(exported).scenes[1].caption).toBe(
      'No straight line splits **XOR**: $y = x_1 \\oplus x_2$',
    );

    // A hostile file is refused with a message, and the deck stays as it was.
    await dialog.getByLabel('Deck file to import').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"format":"gradient-lab/deck","version":1,"scenes":[{"title":"x","config":{},"weights":{"epoch":0,"step":0,"parameters":["__proto__"]}}]}',
      ),
    });
    await expect(page.getByRole('alert')).toContainText('Scene 1: the weights do not fit');
    // So is a caption with HTML in it, by the scene's number and title.
    await dialog.getByLabel('Deck file to import').setInputFiles({
      name: 'html.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        exported.replace(
          '"caption": "No straight',
          '"caption": "<img src=x onerror=alert(1)> No straight',
        ),
      ),
    });
    await expect(page.getByRole('alert')).toContainText(
      'Not imported: Scene 2 (“XOR after one epoch”): the caption holds HTML',
    );
    await expect(
      dialog.getByRole('list', { name: 'Scenes in the deck' }).getByRole('listitem'),
    ).toHaveCount(2);

    page.once('dialog', (d) => void d.accept());
    await dialog.getByLabel('Deck file to import').setInputFiles({
      name: 'deck.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect(dialog.getByRole('status')).toContainText('2 scenes');
    const second = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export deck' }).click();
    expect(await downloadText(await second)).toBe(exported);
  });
});

test.describe('classroom: a lesson as a deck', () => {
  test("a lesson's playground blocks become a deck that PageDown walks", async ({
    playground,
    page,
  }) => {
    await playground.open('v=1&seed=5');
    const dialog = await openPanel(page, 'Scenes');
    const picker = dialog.getByLabel('Or start from a lesson’s playgrounds');
    await expect(picker).toBeVisible();
    const option = (await picker.locator('option').first().textContent()) ?? '';
    const count = Number(/\((\d+) scenes?\)/.exec(option)?.[1]);
    expect(count).toBeGreaterThan(0);
    await dialog.getByRole('button', { name: 'Use as deck' }).click();
    await expect(
      dialog.getByRole('list', { name: 'Scenes in the deck' }).getByRole('listitem'),
    ).toHaveCount(count);
    await page.keyboard.press('Escape');
    await page.keyboard.press('PageDown');
    await expect(page.getByLabel('Current scene')).toHaveText(new RegExp(`^1/${count} `));
  });
});

test.describe('classroom: share and export', () => {
  test('the QR code decodes to the share link, which holds only the non-default settings', async ({
    playground,
    page,
  }) => {
    await playground.open('v=1&data=spiral&seed=9');
    const dialog = await openPanel(page, 'Share');
    const img = dialog.getByRole('img', { name: /QR code of the link/ });
    await expect(img).toBeVisible();
    const origin = new URL(page.url()).origin;
    // Untrained: the settings that differ from the defaults, and nothing else.
    const field = dialog.getByLabel('Link to this exact configuration');
    await expect(field).toHaveValue(`${origin}/#v=1&data=spiral&seed=9`);
    await expect(dialog.getByText('The link opens this configuration untrained.')).toBeVisible();
    const src = (await img.getAttribute('src')) ?? '';
    const shown = decodeURIComponent(src.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
    expect(decodeQr(modulesFromSvg(shown))).toBe(await field.inputValue());
    await dialog.getByRole('button', { name: 'Show QR code full screen' }).click();
    const box = await img.boundingBox();
    expect(box!.width).toBeGreaterThan(400);
  });

  test('a chart exports to a PNG at twice its size, and to SVG', async ({ playground, page }) => {
    await playground.open('v=1&seed=5');
    await playground.button('Step epoch').click();
    // Measured once the epoch is in: its rewind bar then takes its height under the chart.
    await expect(page.getByRole('group', { name: 'Rewind' })).toBeVisible();
    const box = await page.locator('section[aria-label="Loss"] .chart-box').boundingBox();
    const dialog = await openPanel(page, 'Export');
    const png = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Loss as PNG' }).click();
    const file = await png;
    expect(file.suggestedFilename()).toBe('gradient-lab-loss-light.png');
    const dims = pngDimensions(await readFile((await file.path())!));
    expect(dims).toEqual({
      width: Math.round(box!.width * 2),
      height: Math.round(box!.height * 2),
    });

    await dialog.getByLabel(/Presenter/).check();
    const svg = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Output as SVG' }).click();
    const svgFile = await svg;
    expect(svgFile.suggestedFilename()).toBe('gradient-lab-output-presenter.svg');
    const text = await downloadText(svgFile);
    expect(text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain('<image');
  });

  test("teaching views export as SVG and PNG with their text, the step-through as LaTeX, and the diagram's labels keep their size relative to it", async ({
    playground,
    page,
  }) => {
    await playground.open('v=1&data=xor&seed=9');
    await playground.button('Step epoch').click();
    await page.getByRole('tab', { name: 'Weight descent' }).click();
    await page
      .getByRole('tabpanel')
      .getByRole('combobox', { name: 'Parameter' })
      .selectOption({ index: 1 });
    await expect(page.getByRole('img', { name: /^Loss along .*new value/ })).toBeVisible();
    let dialog = await openPanel(page, 'Export');
    // Views that are closed are named, so a teacher knows how to get their charts.
    await expect(
      dialog.getByText(/Open a teaching view \(Loss surface, Batch norm, Neuron\)/),
    ).toBeVisible();
    const svgDownload = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Weight descent as SVG' }).click();
    const svgFile = await svgDownload;
    expect(svgFile.suggestedFilename()).toBe('gradient-lab-weight-descent-light.svg');
    const svg = await downloadText(svgFile);
    // The file opens on its own, with the chart's words and numbers as text.
    const viewer = await page.context().newPage();
    await viewer.setContent(svg);
    const words = await viewer.locator('svg').first().textContent();
    expect(words).toContain('Gradient Lab: Weight descent');
    expect(words).toContain('parameter value');
    expect(words).toMatch(/training loss|loss/);
    // The PNG is the same picture at twice its size.
    const size = /<svg [^>]*width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
    const pngDownload = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Weight descent as PNG' }).click();
    const dims = pngDimensions(await readFile((await (await pngDownload).path())!));
    expect(dims).toEqual({
      width: Math.round(Number(size[1]) * 2),
      height: Math.round(Number(size[2]) * 2),
    });
    await page.keyboard.press('Escape');

    // The step-through's equations as LaTeX: the very TeX the page typeset.
    await page.getByRole('tab', { name: 'Backprop' }).click();
    await page.getByRole('button', { name: 'Pick a random training example' }).click();
    await expect(page.locator('.view-phase')).toContainText('Forward: layer 1 of 3');
    // The equations come with the trace from the worker: wait for them to be typeset.
    const annotations = page.locator(
      '.backprop .view-equations annotation[encoding="application/x-tex"]',
    );
    await expect(annotations).not.toHaveCount(0);
    const shown = await annotations.allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    dialog = await openPanel(page, 'Export');
    const texDownload = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Equations as LaTeX' }).click();
    const texFile = await texDownload;
    expect(texFile.suggestedFilename()).toBe(
      'gradient-lab-backpropagation-forward-layer-1-of-3.tex',
    );
    const tex = await downloadText(texFile);
    expect(tex).toContain('\\section*{Backpropagation: Forward: layer 1 of 3}');
    expect(tex).toMatch(/Example \d+ \(training\)/);
    for (const t of shown) expect(tex).toContain(`\\[\n${t}\n\\]`);
    await page.keyboard.press('Escape');

    // The diagram in the presenter look: its labels as large, relative to it, as the projector shows.
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveClass(/presenter/);
    const projected = await page.locator('#chart-network').evaluate(layerLabelShares);
    await page.keyboard.press('p');
    dialog = await openPanel(page, 'Export');
    await dialog.getByLabel(/Presenter/).check();
    const networkDownload = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Network as SVG' }).click();
    await viewer.setContent(await downloadText(await networkDownload));
    const exported = await viewer.locator('svg').first().evaluate(layerLabelShares);
    expect(projected.length).toBeGreaterThan(0);
    expect(exported).toHaveLength(projected.length);
    exported.forEach((share: number, k: number) => expect(share / projected[k]!).toBeCloseTo(1, 1));
    await viewer.close();
  });

  test('the step-through exports as a PNG and an SVG of its typeset equations, at the size they have on screen', async ({
    playground,
    page,
  }) => {
    await playground.open('v=1&data=xor&seed=9');
    await playground.button('Step epoch').click();
    await page.getByRole('tab', { name: 'Backprop' }).click();
    await page.locator('.boundary-panel path.point.train').nth(3).click();
    const equations = page.locator('.backprop .view-equations > .view-equation');
    await expect(equations.first().locator('.katex-html')).toBeVisible();
    const count = await equations.count();
    const tex = await page
      .locator('.backprop .view-equations annotation[encoding="application/x-tex"]')
      .allTextContents();
    expect(tex).toHaveLength(count);

    /** The ink bands of the first equation as the screen shows it (one per line it wraps onto). */
    const onScreen = async () => {
      const box = (await page.locator('.backprop .view-equations').boundingBox())!;
      const shot = await pictureInk(page, await equations.first().screenshot());
      expect(shot.bands.length).toBeGreaterThan(0);
      return { width: box.width, lines: shot.bands.map((b) => b.bottom - b.top) };
    };
    const exportPng = async (look: 'Light' | RegExp) => {
      const dialog = await openPanel(page, 'Export');
      await dialog.getByLabel(look).check();
      const download = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Step-through as PNG' }).click();
      const file = await download;
      await expect(dialog.getByRole('status')).toContainText(`(${count} equations)`);
      const bytes = await readFile((await file.path())!);
      await page.keyboard.press('Escape');
      return { name: file.suggestedFilename(), bytes };
    };
    /**
     * The PNG is the step-through at twice its size on screen: as wide as the equations' box,
     * ink on a fraction of it, a band for the heading, the example's line and each equation,
     * and lines of the equations as tall as the screen draws them (so the same relative size).
     */
    const expectPicture = async (png: Buffer, screen: { width: number; lines: number[] }) => {
      const dims = pngDimensions(png);
      expect(dims?.width).toBe(Math.round(screen.width * 2));
      const ink = await pictureInk(page, png);
      expect(ink.height).toBe(dims!.height);
      expect(ink.inked).toBeGreaterThan(0.01);
      expect(ink.inked).toBeLessThan(0.4);
      expect(ink.bands.length).toBeGreaterThanOrEqual(count + 2);
      const heights = ink.bands.map((b) => b.bottom - b.top);
      for (const line of screen.lines) {
        const closest = Math.min(...heights.map((h) => Math.abs(h / (2 * line) - 1)));
        expect(closest, `a line ${line} px tall on screen`).toBeLessThan(0.08);
      }
    };

    // The light look: the step-through as the desk shows it, not tainted, not blank.
    const light = await onScreen();
    const lightPng = await exportPng('Light');
    expect(lightPng.name).toBe('gradient-lab-backpropagation-forward-layer-1-of-3-light.png');
    await expectPicture(lightPng.bytes, light);

    // The presenter look: the projector's type, wrapped as there, every equation of the phase.
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveClass(/presenter/);
    await expect(equations.first().locator('.katex-html')).toBeVisible();
    const projected = await onScreen();
    await page.keyboard.press('p');
    await expect(page.locator('html')).not.toHaveClass(/presenter/);
    const presenterPng = await exportPng(/Presenter/);
    expect(presenterPng.name).toBe(
      'gradient-lab-backpropagation-forward-layer-1-of-3-presenter.png',
    );
    await expectPicture(presenterPng.bytes, projected);
    // The presenter look is the page's presenter type: larger than the desk's.
    expect(Math.max(...projected.lines)).toBeGreaterThan(Math.max(...light.lines) * 1.2);
    await expect(page.locator('html')).not.toHaveClass(/presenter/);

    // The SVG carries the typeset HTML with its fonts inside, and the engine's numbers.
    const dialog = await openPanel(page, 'Export');
    await dialog.getByLabel('Light').check();
    const svgDownload = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Step-through as SVG' }).click();
    const svg = await downloadText(await svgDownload);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<foreignObject');
    expect(svg).toMatch(
      /@font-face\{font-family:&quot;KaTeX_Main&quot;[^}]*data:font\/woff2;base64,/,
    );
    const viewer = await page.context().newPage();
    await viewer.setContent(svg);
    const words = (await viewer.locator('foreignObject').textContent()) ?? '';
    expect(words).toContain('Backpropagation: Forward: layer 1 of 3');
    expect(words).toMatch(/Example \d+ \(training\)/);
    for (const t of tex) for (const n of t.match(/\d+\.\d+/g) ?? []) expect(words).toContain(n);
    await viewer.close();
  });

  test('weights exported and imported continue training where they stopped', async ({
    playground,
    page,
  }) => {
    await playground.open('v=1&data=xor&seed=4&opt=adam&lr=0.01');
    await playground.play();
    await playground.waitForEpoch(5);
    await playground.pause();
    const epoch = await playground.number('Epoch');
    const loss = await playground.number('Training loss');
    const dialog = await openPanel(page, 'Export');
    const dl = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download configuration and weights' }).click();
    const saved = await downloadText(await dl);
    expect(JSON.parse(saved).state.extras.t).toBe(JSON.parse(saved).state.step);
    await page.keyboard.press('Escape');

    await playground.button('Reset').click();
    await expect.poll(() => playground.number('Epoch')).toBe(0);
    await openPanel(page, 'Export');
    const input = page.getByLabel('Weights file to import');
    // A broken file changes nothing.
    await input.setInputFiles({
      name: 'w.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"format":"gradient-lab/weights","version":1,"config":{},"state":{"epoch":1,"step":1,"parameters":[1,2,3]}}',
      ),
    });
    await expect(page.getByRole('alert')).toContainText('3 parameters, but the network');
    expect(await playground.number('Epoch')).toBe(0);

    await input.setInputFiles({
      name: 'w.json',
      mimeType: 'application/json',
      buffer: Buffer.from(saved),
    });
    await expect.poll(() => playground.number('Epoch')).toBe(epoch);
    expect(await playground.number('Training loss')).toBeCloseTo(loss, 2);
    await page.keyboard.press('Escape');
    await playground.button('Step epoch').click();
    await expect.poll(() => playground.number('Epoch')).toBe(epoch + 1);

    // A file for another network asks first; declining keeps the current one.
    await page.goto('./#v=1&data=xor&seed=4&opt=adam&lr=0.01&layers=3');
    await expect.poll(() => hashValue(page, 'layers')).toBe('3');
    await openPanel(page, 'Export');
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await page
      .getByLabel('Weights file to import')
      .setInputFiles({ name: 'w.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain('different network');
    expect(hashValue(page, 'layers')).toBe('3');
  });
});

test.describe('classroom: on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the run controls and the share dialog work by touch and fit the screen', async ({
    playground,
    page,
  }) => {
    await playground.open('v=1&seed=5');
    await playground.button('Step epoch').tap();
    await expect.poll(() => playground.number('Epoch')).toBe(1);
    for (const name of ['Present', 'Share', 'Scenes', 'Export', 'Keyboard shortcuts']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box!.height, name).toBeGreaterThanOrEqual(44);
    }
    await page.getByRole('button', { name: 'Share', exact: true }).tap();
    const dialog = page.getByRole('dialog', { name: 'Share this playground' });
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await expect(dialog.getByRole('img', { name: /QR code/ })).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).tap();
    await expect(dialog).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});

test.describe('classroom: offline and self-contained', () => {
  test('no request leaves the origin, and a reload with the network cut still works', async ({
    playground,
    page,
    context,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    context.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) foreign.push(url);
    });
    const csp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
    });
    await playground.open('v=1&seed=5');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    // A whole lesson's worth of use: train, present, share, shortcuts.
    await playground.play();
    await playground.waitForEpoch(3);
    await playground.pause();
    await page.keyboard.press('p');
    await page.keyboard.press('p');
    await openPanel(page, 'Share');
    await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
    await page.keyboard.press('Escape');

    await context.setOffline(true);
    await page.reload();
    await expect(playground.readout('Status')).toHaveText('Paused');
    await playground.button('Step epoch').click();
    await expect.poll(() => playground.number('Epoch')).toBe(1);
    await page.goto('./?page=lesson&id=one-neuron');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await context.setOffline(false);
    expect(foreign).toEqual([]);
    expect(csp).toEqual([]);
  });
});

test.describe('classroom: accessibility', () => {
  const serious = (r: Awaited<ReturnType<AxeBuilder['analyze']>>) =>
    r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

  test('the playground and presenter mode have no serious or critical axe violations', async ({
    playground,
    page,
  }) => {
    // Five full-page axe scans: on a busy 2-core machine they take most of a minute.
    test.setTimeout(150_000);
    await playground.open('v=1&seed=5');
    await playground.button('Step epoch').click();
    expect(serious(await new AxeBuilder({ page }).analyze())).toEqual([]);
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveClass(/presenter/);
    expect(serious(await new AxeBuilder({ page }).analyze())).toEqual([]);
    await openPanel(page, 'Share');
    await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
    expect(serious(await new AxeBuilder({ page }).analyze())).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('p');
    for (const panel of ['Scenes', 'Export']) {
      await openPanel(page, panel);
      expect(serious(await new AxeBuilder({ page }).analyze()), panel).toEqual([]);
      await page.keyboard.press('Escape');
    }
  });

  test('a lesson has no serious or critical axe violations', async ({ page }) => {
    await page.goto('./?page=lesson&id=one-neuron');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(1000);
    expect(serious(await new AxeBuilder({ page }).analyze())).toEqual([]);
  });

  test('the output chart has a text alternative with the boundary and accuracy', async ({
    playground,
    page,
  }) => {
    await playground.open('v=1&seed=5');
    await playground.button('Step epoch').click();
    await expect(page.getByRole('img', { name: /Decision boundary/ })).toHaveAccessibleName(
      /(orange circles|blue squares).*Test accuracy \d+(\.\d)?%/,
    );
  });
});
