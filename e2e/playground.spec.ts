import { expect, test } from './fixtures';

test.describe('the playground trains', () => {
  test('the default page trains: the epoch advances and the test loss falls', async ({
    playground,
  }) => {
    await playground.open('v=1&seed=11');
    await playground.button('Step').click();
    await expect.poll(() => playground.number('Step')).toBe(1);
    const first = await playground.number('Test loss');
    await playground.play();
    await playground.waitForEpoch(50);
    await playground.pause();
    const later = await playground.number('Test loss');
    expect(later).toBeLessThan(first);
  });

  test('pause, step and reset: the same seed replays the same losses', async ({ playground }) => {
    await playground.open('v=1&seed=5');
    const stepAndRead = async () => {
      for (let k = 0; k < 3; k++) await playground.button('Step epoch').click();
      await expect.poll(() => playground.number('Epoch')).toBe(3);
      return playground.readout('Training loss').textContent();
    };
    const firstRun = await stepAndRead();
    await playground.button('Reset').click();
    await expect.poll(() => playground.number('Epoch')).toBe(0);
    const secondRun = await stepAndRead();
    expect(secondRun).toBe(firstRun);

    await playground.play();
    await playground.waitForEpoch(10);
    await playground.pause();
    // The last slice in flight may still land; after that the step count holds still.
    await playground.page.waitForTimeout(300);
    const paused = await playground.number('Step');
    await playground.page.waitForTimeout(500);
    expect(await playground.number('Step')).toBe(paused);
    await playground.button('Step').click();
    await expect.poll(() => playground.number('Step')).toBe(paused + 1);
  });

  test('a layer and a neuron added on the diagram change the network', async ({
    playground,
    page,
  }) => {
    await playground.open('v=1&layers=3&act=tanh&seed=2');
    const title = page.getByRole('region', { name: 'Network' }).getByRole('heading');
    await expect(title).toContainText('1 hidden layers');
    const before = await title.textContent();
    await page.getByRole('button', { name: 'Add a hidden layer' }).click();
    await expect(title).toContainText('2 hidden layers');
    await page.getByRole('button', { name: 'Add a neuron to hidden layer 1' }).click();
    await expect(title).not.toHaveText(before ?? '');
    await expect.poll(() => new URL(page.url()).hash).toContain('layers=4,3&');
  });
});

test.describe('links', () => {
  test('a share link reproduces the configuration in a fresh page', async ({
    playground,
    page,
    context,
  }) => {
    await playground.open('v=1&data=xor&layers=5,3&act=relu&lr=0.01&seed=42');
    await playground.button('Step epoch').click();
    await expect.poll(() => playground.number('Epoch')).toBe(1);
    const loss = await playground.readout('Training loss').textContent();
    const link = page.url();

    const fresh = await context.newPage();
    await fresh.goto(link);
    const title = fresh.getByRole('region', { name: 'Network' }).getByRole('heading');
    await expect(title).toContainText('2 hidden layers');
    await fresh.getByRole('button', { name: 'Step epoch', exact: true }).click();
    await expect(fresh.getByLabel('Epoch', { exact: true })).toHaveText('1');
    await expect(fresh.getByLabel('Training loss', { exact: true })).toHaveText(loss ?? '');
    expect(new URL(fresh.url()).hash).toBe(new URL(link).hash);
  });

  test('a garbage link opens a working page and names what it ignored', async ({
    playground,
    page,
  }) => {
    await playground.open('v=1&lr=-1&layers=99999&data=%3Cscript%3Ealert(1)%3C%2Fscript%3E&zz=1');
    const notices = page.getByRole('status', { name: 'Notices' });
    // The link's problems fold into one line that opens the full list.
    await expect(notices).toContainText('settings of this link were changed');
    await notices.getByRole('button', { name: 'Show all' }).click();
    await expect(notices).toContainText('Learning rate: -1 is outside');
    await expect(notices).toContainText('Hidden layers: 99999 is outside');
    await expect(notices).toContainText('Data set');
    await expect(notices).toContainText('unknown setting "zz"');
    // Nothing from the link is rendered as markup.
    await expect(page.locator('script:not([src])')).toHaveCount(0);
    await playground.play();
    await playground.waitForEpoch(5);
  });

  test('the back button returns to the previous configuration', async ({ playground, page }) => {
    await playground.open('v=1&data=circle&seed=3');
    await page.getByRole('button', { name: 'Add a hidden layer' }).click();
    await expect.poll(() => new URL(page.url()).hash).toContain('layers=4,2,2&');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).hash).toContain('layers=4,2&');
    const title = page.getByRole('region', { name: 'Network' }).getByRole('heading');
    await expect(title).toContainText('2 hidden layers');
  });
});

test.describe('when things go wrong', () => {
  test('learning rate 10 shows the divergence banner and pauses', async ({ playground, page }) => {
    await playground.open('v=1&data=housePrices&layers=3&act=relu&lr=10&seed=1');
    await playground.button('Play').click();
    const banner = page.getByRole('alert');
    await expect(banner).toBeVisible({ timeout: 15_000 });
    await expect(banner).toContainText(/learning rate/i);
    await expect(playground.readout('Status')).toHaveText('Diverged');
    const step = await playground.number('Step');
    await page.waitForTimeout(300);
    expect(await playground.number('Step')).toBe(step);
    await banner.getByRole('button', { name: /lower learning rate/i }).click();
    await expect(banner).toBeHidden();
    await expect.poll(() => new URL(page.url()).hash).toContain('lr=1&');
  });
});

test.describe('phones', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('at 390×844 nothing scrolls sideways and a tap trains', async ({ playground, page }) => {
    await playground.open('v=1&seed=4');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await playground.button('Play').tap();
    await playground.waitForEpoch(5);
    await playground.button('Pause').tap();
    await expect(playground.readout('Status')).toHaveText('Paused');
  });
});
