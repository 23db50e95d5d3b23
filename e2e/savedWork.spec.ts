import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DataTools } from './dataPage';

/** The local-storage key of the user's data (app/store/userDataStorage.ts). */
const USER_DATA_KEY = 'gradient-lab:user-data:v1';

/** Rows of the data saved in this browser (0 when none). */
const savedRows = (page: Page) =>
  page.evaluate((key) => {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as { y: unknown[] }).y.length : 0;
  }, USER_DATA_KEY);

const notices = (page: Page) => page.getByRole('status', { name: 'Notices' });

/** Import `n` rows of two-class data through the import dialog. */
async function importRows(page: Page, n: number) {
  const data = new DataTools(page);
  const rows = Array.from({ length: n }, (_, i) => `${i % 17},${(i * 7) % 11},${i % 2}`);
  await data.openImport();
  await data.paste(`a,b,label\n${rows.join('\n')}\n`);
  await expect(data.importButton()).toHaveText(`Import ${n} rows`);
  await data.importButton().click();
  await expect(data.importDialog()).toBeHidden();
}

/** The link that was found to replace saved data: it trains on `circle` but carries 4 rows. */
const CIRCLE_WITH_ROWS = 'v=1&data=circle&pts=b~Link~x1,x2~c~A,B~-~1,2,0;3,4,1;5,1,0;2,2,1';
const CUSTOM_WITH_ROWS = 'v=1&data=customBinary&pts=b~Link~x1,x2~c~A,B~-~1,2,0;3,4,1;5,1,0;2,2,1';

test.describe('saved work', () => {
  test('a share link with data of its own never replaces the data saved here', async ({
    page,
    playground,
  }) => {
    await playground.open('v=1&seed=5');
    await importRows(page, 500);
    expect(await savedRows(page)).toBe(500);
    const data = new DataTools(page);

    // A link that trains on a built-in set: its rows are left out, and said so.
    await page.goto(`./#${CIRCLE_WITH_ROWS}`);
    await expect(notices(page)).toContainText('carried 4 rows of data that it does not train on');
    expect(await savedRows(page)).toBe(500);

    // A link that trains on its own rows: they open beside the saved data, which stays.
    await page.goto(`./#${CUSTOM_WITH_ROWS}`);
    await page.reload();
    await expect(notices(page)).toContainText('This link brings its own data (“Link”, 4 rows)');
    await expect(data.summary()).toContainText('4 rows');
    expect(await savedRows(page)).toBe(500);
    await notices(page).getByRole('button', { name: 'Use my saved data' }).click();
    await expect(data.summary()).toContainText('500 rows');
    expect(await savedRows(page)).toBe(500);

    // Only when the user says so does the link's data take the saved data's place.
    await page.goto('./#v=1&seed=5');
    await page.goto(`./#${CUSTOM_WITH_ROWS}`);
    await notices(page).getByRole('button', { name: 'Keep the link’s data' }).click();
    await expect(notices(page)).toContainText('is now the data saved in this browser');
    expect(await savedRows(page)).toBe(4);
  });
});

test.describe('full storage', () => {
  test.beforeEach(async ({ page }) => {
    // Every write to storage fails, as it does when the quota is used up.
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
  });

  test('a checkpoint passed on full storage says it is not saved, once', async ({ page }) => {
    await page.goto('./?page=lesson&id=forward-propagation');
    const output = page.getByRole('region', { name: /What output ŷ/ });
    await output.getByLabel('Your answer').fill('0.75');
    await output.getByRole('button', { name: 'Check' }).click();
    await expect(output).toContainText('Passed (not saved in this browser');
    const said = notices(page).getByText(/Your lesson progress could not be saved/);
    await expect(said).toHaveCount(1);
    // No "Passed." that would vanish on reload.
    await expect(output).not.toContainText('Passed.');
  });

  test('an import on full storage says so, and nothing claims it is saved', async ({
    page,
    playground,
  }) => {
    await playground.open('v=1&seed=5');
    await importRows(page, 250);
    await expect(notices(page)).toContainText('Your data could not be saved in this browser');
    await expect(notices(page)).toContainText('too many for a share link');
    await expect(notices(page)).not.toContainText('It is saved in this browser');
    await expect(notices(page).getByText(/could not be saved/)).toHaveCount(1);
  });
});

test('a link with many problems folds them into one line that opens every one', async ({
  page,
  playground,
}) => {
  const bad =
    'v=1&noise=abc&train=9&n=5000&feat=zz&std=7&layers=999&act=foo&out=bar&loss=baz&lp=-1&init=q&is=-5&opt=w&lr=-1&mom=5&b2=9&sched=x&decay=-1&every=-3&batch=0&reg=y&rr=-1&drop=5&bn=3&stop=4&target=z&seed=-1';
  await playground.open(bad);
  const summary = notices(page).getByText('27 settings of this link were changed.');
  await expect(summary).toBeVisible();
  const examples = notices(page).getByText('Examples: 5000 is outside 10…2000; using 2000.');
  await expect(examples).toBeHidden();
  await notices(page).getByRole('button', { name: 'Show all' }).click();
  await expect(examples).toBeVisible();
  await expect(notices(page).getByRole('listitem')).toHaveCount(27);
  // The notices sit above the workspace, covering none of it.
  const box = (await page.locator('.messages').boundingBox())!;
  const work = (await page.locator('.workspace').boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(work.y + 1);
  await notices(page).getByRole('button', { name: 'Dismiss these notices' }).click();
  await expect(summary).toBeHidden();
});

test.describe('CSV tables of any width', () => {
  test('a two-column x,y table imports as one input and trains to a curve', async ({
    page,
    playground,
  }) => {
    await playground.open('v=1&seed=5');
    const data = new DataTools(page);
    const rows = Array.from({ length: 40 }, (_, i) => `${i / 4},${((i / 4) * 0.8 + 1).toFixed(3)}`);
    await data.openImport();
    await data.paste(`x,y\n${rows.join('\n')}\n`);
    await expect(data.importButton()).toHaveText('Import 40 rows');
    await data.importButton().click();
    await expect(data.summary()).toContainText('40 rows, 1 input');
    await playground.play();
    await playground.waitForEpoch(20);
    await playground.pause();
    const curve = page.locator('path.regression-curve');
    await expect(curve).toHaveAttribute('d', /^M/);
  });

  test('a 1,000-column table is told what to do, in plain words', async ({ page, playground }) => {
    await playground.open('v=1&seed=5');
    const data = new DataTools(page);
    const header = Array.from({ length: 1000 }, (_, j) => `c${j}`).join(',');
    const row = (i: number) =>
      Array.from({ length: 1000 }, (_, j) => (j === 999 ? i % 2 : (i * j) % 7)).join(',');
    await data.openImport();
    await data.paste(`${header}\n${[1, 2, 3, 4, 5, 6].map(row).join('\n')}\n`);
    await expect(data.importDialog()).toContainText(
      'This table has 999 number columns; a network here takes at most 64 inputs',
    );
    await expect(data.importDialog()).not.toContainText('dims');
    await expect(data.importButton()).toBeEnabled();
  });
});
