import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

/** The training worker's script, however the build names it. */
const WORKER_SCRIPT = /training\.worker[^/]*\.js(\?|$)/;

/** Serve the first request for the worker script with `tail` appended (later ones as built). */
async function breakFirstWorker(page: Page, tail: string): Promise<void> {
  let served = 0;
  await page.route(WORKER_SCRIPT, async (route: Route) => {
    if (served++ > 0) return route.continue();
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n${tail}` });
  });
}

/**
 * Worker code that runs `fault` once the worker has sent the page a copy of its training state
 * from epoch 3 or later (so there are trained weights to keep, however slow the machine).
 */
const afterTrainedState = (fault: string) => `
const sendToPage = self.postMessage.bind(self);
let faulted = false;
self.postMessage = (message, options) => {
  sendToPage(message, options);
  const state = message && message.type === 'probe' && message.result.kind === 'state' ? message.result.state : null;
  if (state && state.epoch >= 3 && !faulted) {
    faulted = true;
    setTimeout(() => { ${fault} }, 50);
  }
};`;

const notices = (page: Page) => page.getByRole('status', { name: 'Notices' });

test.describe('a watched training worker', () => {
  // The service worker would answer for the script after the first load, out of the routes' reach.
  test.use({ serviceWorkers: 'block' });

  test('a worker that dies without a word is noticed and restarted with its weights', async ({
    page,
    playground,
  }) => {
    // self.close() ends the worker silently: no error event, only silence.
    await breakFirstWorker(page, afterTrainedState('self.close();'));
    await playground.open('v=1&data=xor&seed=7');
    await playground.play();
    await playground.waitForEpoch(3);
    const notice = notices(page).getByText(/stopped \(it stopped answering\)/);
    await expect(notice).toBeVisible({ timeout: 20_000 });
    const kept = /weights and optimiser state of epoch ([\d,]+)/.exec(
      (await notice.textContent()) ?? '',
    );
    expect(kept, 'the notice says which weights were kept').not.toBeNull();
    const keptEpoch = Number(kept![1]!.replace(/,/g, ''));
    expect(keptEpoch).toBeGreaterThanOrEqual(3);
    // Training goes on from the kept weights, not from epoch 0.
    await expect(playground.readout('Status')).toHaveText('Training');
    await expect.poll(() => playground.number('Epoch')).toBeGreaterThan(keptEpoch);
    await playground.pause();
  });

  test('a worker that throws is restarted with the weights it had, and the notice says so', async ({
    page,
    playground,
  }) => {
    await breakFirstWorker(page, afterTrainedState("throw new Error('injected fault');"));
    await playground.open('v=1&data=xor&seed=7');
    await playground.play();
    const notice = notices(page).getByText(/injected fault/);
    await expect(notice).toBeVisible({ timeout: 15_000 });
    await expect(notice).toContainText(/Kept: your configuration and data, and the weights/);
    await expect(playground.readout('Status')).toHaveText('Training');
    await expect.poll(() => playground.number('Epoch')).toBeGreaterThan(0);
  });

  test('a worker script that never loads is asked for a few times, then the page says so', async ({
    page,
  }) => {
    let requests = 0;
    await page.route(WORKER_SCRIPT, (route) => {
      requests++;
      return route.abort('blockedbyclient');
    });
    await page.goto('./#v=1&data=xor&seed=7');
    const stopped = notices(page).getByText(/Training stopped: the training worker failed 5 times/);
    await expect(stopped).toBeVisible({ timeout: 30_000 });
    await expect(page.getByLabel('Status', { exact: true })).not.toHaveText('Training');
    // No more requests once it gave up.
    const after = requests;
    await page.waitForTimeout(3000);
    expect(requests).toBe(after);
    expect(requests).toBeLessThanOrEqual(5);
  });
});
