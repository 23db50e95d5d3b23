import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { DataTools } from './dataPage';

test.describe('your own data', () => {
  test('six drawn points of two classes train to a boundary that separates them', async ({
    playground,
    page,
  }) => {
    const data = new DataTools(page);
    await playground.open('v=1&seed=5');
    await data.startDrawing();
    for (const [fx, fy] of [
      [0.25, 0.3],
      [0.3, 0.5],
      [0.25, 0.7],
    ] as const)
      await data.clickAt(fx, fy);
    await data.chooseClass('B');
    for (const [fx, fy] of [
      [0.8, 0.3],
      [0.75, 0.5],
      [0.8, 0.7],
    ] as const)
      await data.clickAt(fx, fy);
    await expect(data.summary()).toContainText('6 rows');
    // The drawing is in the link while it is small.
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('data=customBinary');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('pts=');
    await playground.play();
    await playground.waitForEpoch(300);
    await playground.pause();
    // Every point, training and test alike, lies on its own class's side of the boundary.
    await expect(playground.readout('Test accuracy')).toHaveText('100.0%');
    expect(await playground.number('Training loss')).toBeLessThan(0.2);
  });

  test('erase and undo on the drawing, by pointer and by keyboard', async ({
    playground,
    page,
  }) => {
    const data = new DataTools(page);
    await playground.open('v=1&seed=5');
    await data.startDrawing();
    await data.clickAt(0.3, 0.3);
    await data.clickAt(0.7, 0.7);
    await expect(data.summary()).toContainText('2 rows');
    await data.clickAt(0.3, 0.3, ['Shift']);
    await expect(data.summary()).toContainText('1 row,');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(data.summary()).toContainText('2 rows');
    // Keyboard: the cursor starts in the middle; Enter adds a point there, Delete removes it.
    await data.drawingArea().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(data.summary()).toContainText('3 rows');
    await page.keyboard.press('Delete');
    await expect(data.summary()).toContainText('2 rows');
  });

  test('a pasted CSV with an error names the row and column, and changes nothing', async ({
    playground,
    page,
  }) => {
    const data = new DataTools(page);
    await playground.open('v=1&seed=5');
    await data.openImport();
    await data.paste('x,y,label\n1,2,yes\n3,abc,no\n5,6,no\n7,8,yes\n');
    const rejected = data.importDialog().getByRole('region', { name: 'Rows left out' });
    await expect(rejected).toContainText('Row 3, column “y”: “abc” is not a number.');
    await expect(data.importButton()).toHaveText('Import 3 rows');
    // Text from the file is shown as text, never as markup.
    await data.paste('x,y,<img src=x onerror=alert(1)>\n1,2,<b>a</b>\n3,4,b\n');
    await expect(data.importDialog().getByRole('region', { name: 'Preview' })).toContainText(
      '<b>a</b>',
    );
    await data.importDialog().getByRole('button', { name: 'Cancel' }).click();
    await expect(data.importDialog()).toBeHidden();
    await expect(page).toHaveURL(/data=circle/);
  });

  test('the study-hours CSV uploads, trains a regression and survives a reload', async ({
    playground,
    page,
  }) => {
    const data = new DataTools(page);
    await playground.open('v=1&seed=5');
    await data.openImport();
    await data.importDialog().getByLabel('CSV file').setInputFiles('public/data/study-hours.csv');
    await expect(data.importDialog().getByLabel('The target is')).toHaveValue('regression');
    await data.importButton().click();
    await expect(data.importDialog()).toBeHidden();
    await expect(data.summary()).toHaveText('study-hours.csv: 8 rows, 3 inputs, values');
    await expect(page).toHaveURL(/data=customValues/);
    await playground.button('Step epoch').click();
    await expect.poll(() => playground.number('Epoch')).toBe(1);
    const first = await playground.number('Training loss');
    await playground.play();
    await playground.waitForEpoch(200);
    await playground.pause();
    expect(await playground.number('Training loss')).toBeLessThan(first);

    await page.reload();
    await expect(playground.readout('Status')).toBeVisible();
    await expect(data.summary()).toHaveText('study-hours.csv: 8 rows, 3 inputs, values');
    await expect(page).toHaveURL(/data=customValues/);
    await page.getByRole('button', { name: 'Data table…' }).click();
    const table = page.getByRole('table', { name: 'Rows of the data' });
    await expect(table.getByRole('row')).toHaveCount(9);
    await expect(page.getByRole('table', { name: 'Summary statistics per column' })).toContainText(
      'study_hours',
    );
  });

  test('a drawing travels in the share link to a fresh browser; large data says it cannot', async ({
    playground,
    page,
    browser,
  }) => {
    const data = new DataTools(page);
    await playground.open('v=1&seed=5');
    await data.startDrawing();
    await data.clickAt(0.3, 0.4);
    await data.chooseClass('B');
    await data.clickAt(0.7, 0.6);
    await expect(data.summary()).toContainText('2 rows');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('pts=');
    const link = page.url();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(new DataTools(other).summary()).toContainText('Drawn points: 2 rows');
    await expect(other).toHaveURL(/data=customBinary/);
    await fresh.close();

    const rows = Array.from({ length: 250 }, (_, i) => `${i},${(i * 7) % 11},${i % 2}`);
    await data.openImport();
    await data.paste(`a,b,label\n${rows.join('\n')}\n`);
    await expect(data.importButton()).toHaveText('Import 250 rows');
    await data.importButton().click();
    await expect(page.getByText(/too many for a share link/)).toBeVisible();
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('pts=');
  });

  test('a CSV file dropped on the page opens the import with it', async ({ playground, page }) => {
    const data = new DataTools(page);
    await playground.open('v=1&seed=5');
    const transfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['a,b,kind\n1,2,x\n3,4,y\n'], 'dropped.csv', { type: 'text/csv' }));
      return dt;
    });
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect(data.importDialog()).toBeVisible();
    await expect(data.importButton()).toHaveText('Import 2 rows');
    await data.importButton().click();
    await expect(data.summary()).toContainText('dropped.csv: 2 rows');
  });

  test('the draw tool and the data dialogs have no serious or critical axe violations', async ({
    playground,
    page,
  }) => {
    const data = new DataTools(page);
    const serious = async (include: string) => {
      const r = await new AxeBuilder({ page }).include(include).analyze();
      return r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id);
    };
    await playground.open('v=1&seed=5');
    await data.startDrawing();
    expect(await serious('.boundary-panel')).toEqual([]);
    await data.openImport();
    await data.paste('x,y,label\n1,2,yes\n3,abc,no\n5,6,no\n');
    await expect(data.importButton()).toHaveText('Import 2 rows');
    expect(await serious('.data-dialog')).toEqual([]);
    await data.importButton().click();
    await page.getByRole('button', { name: 'Data table…' }).click();
    await expect(page.getByRole('table', { name: 'Rows of the data' })).toBeVisible();
    expect(await serious('.data-dialog')).toEqual([]);
  });
});
