import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The pixels of a canvas, as a data URL: equal pictures give equal strings. */
function pixels(canvas: Locator): Promise<string> {
  return canvas.evaluate((c) => (c as HTMLCanvasElement).toDataURL());
}

/** What the page shows of the network at this moment: readouts, the worked sum, every picture. */
async function shown(page: Page) {
  const neuron = page.getByRole('region', { name: 'Neuron h₁,₂' });
  return {
    epoch: await page.getByLabel('Epoch', { exact: true }).textContent(),
    trainLoss: await page.getByLabel('Training loss', { exact: true }).textContent(),
    testLoss: await page.getByLabel('Test loss', { exact: true }).textContent(),
    sum: await neuron.getByText(/^z = /).textContent(),
    output: await pixels(page.locator('.boundary-panel canvas').first()),
    neurons: await pixels(page.locator('canvas.network-diagram__pictures')),
  };
}

/** What is shown once two readings in a row agree (the epoch's pictures have been drawn). */
async function settled(page: Page) {
  let last = await shown(page);
  for (;;) {
    await page.waitForTimeout(100);
    const now = await shown(page);
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
}

test.describe('Rewind', () => {
  test('scrub back to an early epoch: every picture and number is that epoch’s; continue from there', async ({
    playground,
    page,
  }) => {
    // Eight epochs recorded and replayed picture by picture: 20 s on a quiet machine, 50 s at
    // load 20 on two cores.
    test.setTimeout(150_000);
    await playground.open('v=1&lr=0.1&seed=11');
    // An example to follow, and one neuron's worked sum with the weights of the moment.
    await page.locator('.boundary-panel path.point.train').first().click();
    await page.getByRole('button', { name: 'neuron 2 of layer 1: show its worked sum' }).click();
    const stepEpoch = playground.button('Step epoch');
    const at: Awaited<ReturnType<typeof shown>>[] = [];
    for (let e = 1; e <= 8; e++) {
      await stepEpoch.click();
      await expect(playground.readout('Epoch')).toHaveText(String(e));
      at[e] = await settled(page);
    }
    const live = at[8]!;
    expect(at[3]!.output).not.toBe(live.output);
    expect(at[3]!.neurons).not.toBe(live.neurons);
    expect(at[3]!.sum).not.toBe(live.sum);

    // Keys: [ walks back one kept epoch at a time.
    for (let i = 0; i < 5; i++) await page.keyboard.press('[');
    await expect(playground.readout('Status')).toHaveText('Rewound');
    await expect(playground.readout('Epoch')).toHaveText('3');
    await expect(page.getByLabel('Rewound to')).toHaveText('Epoch 3 of 8');
    await expect.poll(() => shown(page)).toEqual(at[3]);

    // Pointer: press and drag on the loss chart, ending over epoch 6.
    const plot = page.locator('.loss-panel rect.hover-target');
    const box = (await plot.boundingBox())!;
    const xOf = (epoch: number) => box.x + (box.width * epoch) / 8;
    await page.mouse.move(xOf(1), box.y + box.height / 2);
    await page.mouse.down();
    await expect(playground.readout('Epoch')).toHaveText('1');
    await page.mouse.move(xOf(6), box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect(playground.readout('Epoch')).toHaveText('6');
    await expect.poll(() => shown(page)).toEqual(at[6]);

    // ] past the last kept epoch is live again, exactly as it was.
    for (let i = 0; i < 3; i++) await page.keyboard.press(']');
    await expect(playground.readout('Status')).toHaveText('Paused');
    await expect.poll(() => shown(page)).toEqual(live);

    // Continue from epoch 2: the curve is cut there, and the new branch retraces epoch 3.
    await page.getByRole('slider', { name: 'Rewind to epoch' }).fill('2');
    await expect(playground.readout('Epoch')).toHaveText('2');
    await playground.button('Continue from here').click();
    await expect(playground.readout('Status')).toHaveText('Paused');
    await expect(page.getByRole('img', { name: /^Loss curve: .* at epoch 2$/ })).toBeVisible();
    await stepEpoch.click();
    await expect(playground.readout('Epoch')).toHaveText('3');
    await expect.poll(() => shown(page)).toEqual(at[3]);
    await expect(page.getByRole('img', { name: /^Loss curve: .* at epoch 3$/ })).toBeVisible();
  });
});
