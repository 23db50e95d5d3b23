import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  clippedTexts,
  coveredTexts,
  overflowingBoxes,
  overlappingBoxes,
  overlappingTexts,
  presenterMinimum,
  renderedText,
  sidewaysOverflow,
  tooSmall,
} from './textMeasure';

/** The built-in lessons in course order: the number of each file and the id in its front matter. */
const LESSONS = readdirSync('lessons')
  .filter((f) => /^\d\d-.+\.md$/.test(f))
  .sort()
  .map((f) => ({
    number: Number(f.slice(0, 2)),
    id: /^id:\s*(\S+)/m.exec(readFileSync(`lessons/${f}`, 'utf8'))![1]!,
  }));

/** A projector's common sizes, and the size presenter mode is checked at on a wide screen. */
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];

/** The parts of a live block that sit side by side and must never be drawn over each other. */
const PANELS = '.live-body > *, .live-panels > *, .export-preview-body > *, .widget-row > *';

/**
 * Resolves once the page has stopped changing (its height, its number of elements and its
 * text the same at two looks in a row): charts drawn, KaTeX typeset, views laid out.
 */
async function settled(page: Page) {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(
          () =>
            `${document.body.scrollHeight} ${document.body.getElementsByTagName('*').length} ${document.body.innerText.length}`,
        );
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [300], timeout: 30_000 },
    )
    .toBe(true);
}

/** Everything a projector audience could not read on the page as it is now, by kind. */
async function problems(page: Page, width: number): Promise<Record<string, string[]>> {
  const texts = await renderedText(page.locator('body'), { scrollingPage: true });
  return {
    'text below the size rule': tooSmall(texts, presenterMinimum(width)),
    'text cut off': clippedTexts(texts),
    'text written over text': overlappingTexts(texts),
    'text under something else': coveredTexts(texts),
    'boxes that scroll or hide their text': await overflowingBoxes(page.locator('body')),
    'sideways scrolling': await sidewaysOverflow(page),
    'panels over panels': await overlappingBoxes(page.locator('.lesson-main'), PANELS),
  };
}

const NONE = {
  'text below the size rule': [],
  'text cut off': [],
  'text written over text': [],
  'text under something else': [],
  'boxes that scroll or hide their text': [],
  'sideways scrolling': [],
  'panels over panels': [],
};

for (const size of SIZES) {
  test.describe(`lessons in presenter mode at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    for (const lesson of LESSONS) {
      test(`lesson ${lesson.number} (${lesson.id}): every number and label legible, nothing cut, scrolled or overlapped`, async ({
        page,
        pageErrors,
      }) => {
        void pageErrors;
        // A lesson page with its live blocks, measured as rendered, on a loaded two-core machine.
        test.setTimeout(150_000);
        await page.goto(`./?page=lesson&id=${lesson.id}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.keyboard.press('p');
        await expect(page.locator('html')).toHaveClass(/presenter/);
        await expect(page.locator('.lesson-body')).toHaveAttribute('aria-busy', 'false');
        await settled(page);
        expect(await problems(page, size.width), 'the page as it opens').toEqual(NONE);
        // Each live block in turn drives the page's playground: load it and look at it.
        const blocks = page.locator('section.live-frame');
        const count = await blocks.count();
        for (let k = 0; k < count; k++) {
          const block = blocks.nth(k);
          const load = block.locator('.live-activate');
          if (await load.count()) await load.click();
          await expect(block).toHaveClass(/active/);
          await block.scrollIntoViewIfNeeded();
          await settled(page);
          const title = (await block.locator('.live-title').textContent()) ?? `block ${k + 1}`;
          expect(await problems(page, size.width), `live block “${title}”`).toEqual(NONE);
        }
      });
    }
  });
}
