import type { Locator, Page } from '@playwright/test';
import { numbersInText } from '../app/engine/numberText';
import { readingTime } from '../app/store/notices';
import { expect, test } from './fixtures';
import {
  clippedTexts,
  overflowingBoxes,
  presenterMinimum,
  renderedText,
  sidewaysOverflow,
  tooSmall,
} from './textMeasure';

const CLEARED = 'Selection cleared: the network changed shape.';
const notices = (page: Page) => page.getByRole('status', { name: 'Notices' });

/** Pick a weight on the diagram, then give the network another shape: the selection goes, with a notice. */
async function clearSelection(page: Page, layers: string) {
  // By keyboard, as the diagram's edges are buttons (the pointer may find a note over them).
  await page.getByRole('button', { name: /^weight from x₁ to neuron 1 of layer 1:/ }).focus();
  await page.keyboard.press('Enter');
  await page.evaluate((l) => {
    location.hash = location.hash.replace(/layers=[\d,]+/, `layers=${l}`);
  }, layers);
  await expect(notices(page)).toContainText(CLEARED);
}

/** The boxes of `parts` that `box` overlaps by more than a pixel. */
async function covered(box: Locator, parts: Locator): Promise<string[]> {
  const b = (await box.boundingBox())!;
  const hits: string[] = [];
  for (const part of await parts.all()) {
    const p = await part.boundingBox();
    if (!p) continue;
    const x = Math.min(b.x + b.width, p.x + p.width) - Math.max(b.x, p.x);
    const y = Math.min(b.y + b.height, p.y + p.height) - Math.max(b.y, p.y);
    if (x > 1 && y > 1) hits.push(`${await part.getAttribute('aria-label')} by ${x}×${y} px`);
  }
  return hits;
}

const CONTENT = '.boundary-panel, .loss-panel, .diagram-panel, .teaching-panel.open';

/**
 * Texts of the content panels drawn past their own panel's edge (onto the next one): the
 * height a notice takes must come out of the panels' layout, not push their text out.
 */
async function spilled(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const panel of await page.locator(CONTENT).all()) {
    const b = await panel.boundingBox();
    if (!b) continue;
    for (const t of await renderedText(panel)) {
      // A pointer or focus tooltip floats over whatever is beside it, by design.
      if (t.where.includes('tooltip')) continue;
      const past = t.lines.some(
        (l) =>
          l.top < b.y - 1 ||
          l.bottom > b.y + b.height + 1 ||
          l.left < b.x - 1 ||
          l.right > b.x + b.width + 1,
      );
      if (past) out.push(`"${t.text}" (${t.where}) past ${await panel.getAttribute('class')}`);
    }
  }
  return out;
}

for (const viewport of [
  { width: 1920, height: 1080, presenter: true },
  { width: 1280, height: 720, presenter: true },
  { width: 1024, height: 768, presenter: true },
  { width: 390, height: 844, presenter: false },
]) {
  test.describe(`notices at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('a notice covers no plot or view, goes by itself once read, and Esc or a click puts it away sooner', async ({
      playground,
      page,
    }) => {
      await playground.open('v=1&seed=11&layers=4,2');
      if (viewport.presenter) {
        await page.keyboard.press('p');
        await expect(page.locator('html')).toHaveClass(/presenter/);
      }
      // The step-through open on an example: its equations are what the notice once covered.
      await page.locator('.boundary-panel path.point.train').first().click();
      await clearSelection(page, '3,2');
      const notice = notices(page).locator('.notice');
      await expect(notice).toBeVisible();
      // Held under the pointer while it is measured (it would go by itself meanwhile on a
      // loaded machine); let go before its own time is waited for.
      await notice.hover();
      if (viewport.presenter) {
        // The notice itself at the projector's size (24 px at 1920, 18 px at 1280 and 1024).
        const own = await renderedText(notices(page));
        expect(own.some((t) => t.text.startsWith('Selection cleared'))).toBe(true);
        expect(tooSmall(own, presenterMinimum(viewport.width))).toEqual([]);
      }
      expect(await covered(notice, page.locator(CONTENT))).toEqual([]);
      // Polled: the panels take their new sizes a frame or two after the notice arrives.
      await expect.poll(() => spilled(page)).toEqual([]);
      expect(clippedTexts(await renderedText(notices(page), { scrollingPage: true }))).toEqual([]);
      if (viewport.presenter) {
        // The projector's page as a whole: the view gave the notice its height, and nothing
        // of it is cut, scrolled or too small.
        const texts = await renderedText(page.locator('body'));
        expect(clippedTexts(texts)).toEqual([]);
        expect(tooSmall(texts, presenterMinimum(viewport.width))).toEqual([]);
        expect(await overflowingBoxes(page.locator('body'))).toEqual([]);
      }
      expect(await sidewaysOverflow(page)).toEqual([]);
      await page.mouse.move(1, page.viewportSize()!.height - 1);
      // It goes by itself after its reading time (a few seconds; waited for, not slept).
      await expect(notice).toBeHidden({ timeout: readingTime(CLEARED) + 10_000 });
      // The live region stays on the page for the next notice.
      await expect(notices(page)).toHaveAttribute('aria-live', 'polite');

      // Held under the pointer its clock stops, so only Esc can have put it away.
      await clearSelection(page, '4,2');
      await notice.hover();
      await page.keyboard.press('Escape');
      await expect(notice).toBeHidden();
      // And a click on its text.
      await clearSelection(page, '3,2');
      await notice.locator('span').click();
      await expect(notice).toBeHidden();
    });
  });
}

test.describe('the traced example on the output plot', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('is ringed and named, above the other points, at the data row the step-through traces', async ({
    playground,
    page,
  }) => {
    await playground.open('v=1&seed=11');
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveClass(/presenter/);
    await page.locator('.boundary-panel path.point.train').nth(7).click();
    const view = page.getByRole('region', { name: 'Backpropagation step by step' });
    const note = view.getByText(/^Example \d+ \(training\)/);
    await expect(note).toBeVisible();
    const said = (await note.textContent())!;
    // Examples are numbered from 1 as the data table numbers its rows; data-row is the row.
    const number = Number(/^Example (\d+)/.exec(said)![1]);
    const input = numbersInText(/input ([^;]+);/.exec(said)![1]!);
    const plot = page.locator('.boundary-panel svg[role="img"]');
    const mark = plot.locator('g.traced');
    await expect(mark).toHaveAttribute('data-row', String(number - 1));
    await expect(mark.locator('text.traced-label')).toHaveText(`example ${number}`);
    // Drawn last: above every point.
    expect(
      await plot.evaluate((svg) => svg.lastElementChild?.classList.contains('traced-layer')),
    ).toBe(true);
    // Its centre, read back through the axes' own ticks, is the traced example's input.
    const at = await plot.evaluate((svg) => {
      const ticks = (axis: string, k: 0 | 1) =>
        [...svg.querySelectorAll(`g.${axis} .tick`)].map((t) => {
          const m = /translate\(([-\d.]+),\s*([-\d.]+)\)/.exec(t.getAttribute('transform')!)!;
          return { at: Number(m[k + 1]), text: t.textContent ?? '' };
        });
      const ring = svg.querySelector('g.traced circle.traced-ring')!;
      return {
        x: ticks('axis-x', 0),
        y: ticks('axis-y', 1),
        cx: Number(ring.getAttribute('cx')),
        cy: Number(ring.getAttribute('cy')),
      };
    });
    const invert = (ticks: { at: number; text: string }[], px: number) => {
      const [a, b] = [ticks[0]!, ticks[ticks.length - 1]!];
      const [va, vb] = [numbersInText(a.text)[0]!, numbersInText(b.text)[0]!];
      return va + ((px - a.at) * (vb - va)) / (b.at - a.at);
    };
    expect(invert(at.x, at.cx)).toBeCloseTo(input[0]!, 1);
    expect(invert(at.y, at.cy)).toBeCloseTo(input[1]!, 1);
    // The words for a screen reader name it, with its coordinates.
    await expect(plot).toHaveAttribute(
      'aria-label',
      new RegExp(`Example ${number}, traced by the teaching views, is ringed on the plot`),
    );
    // Legible from the back: its label at the presenter size.
    const texts = await renderedText(page.locator('.boundary-panel'));
    expect(tooSmall(texts, presenterMinimum(1920))).toEqual([]);
    expect(texts.map((t) => t.text)).toContain(`example ${number}`);
  });
});
