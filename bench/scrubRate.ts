/**
 * Scrub positions per second in the browser: how fast `[` and `]` can walk a trained run's
 * kept epochs while every picture follows (the output plot, every neuron picture, the loss
 * chart's rule and the open teaching view). Page-side code goes in as a string, as in
 * uiProbes.ts, whose page probes count the output picture's redraws.
 */
import type { Page } from '@playwright/test';

/** Figures of one scrub run. */
export interface ScrubFigures {
  /** Positions shown per second: the epoch changed and the output picture was redrawn. */
  positionsPerSecond: number;
  positions: number;
  /** Epochs the run kept (what there was to scrub). */
  kept: number;
  /** Positions whose picture took longer than 50 ms to follow. */
  slow: number;
}

/**
 * The scrub loop, in the page: press a key, wait (frame by frame) until the rewind bar names
 * another epoch and the output picture has been drawn again, count it, and go on; at either end
 * of the kept epochs, turn round. The time spent waiting at an end is not counted.
 */
const SCRUB_LOOP = `async (seconds) => {
  const perf = window.__perf;
  const where = () => document.querySelector('.rewind-where')?.textContent ?? '';
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  let key = '[';
  let positions = 0;
  let slow = 0;
  let idle = 0;
  const t0 = performance.now();
  while (performance.now() - t0 - idle < seconds * 1000) {
    const text = where();
    const pictures = perf.pictures;
    const start = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    while ((where() === text || perf.pictures === pictures) && performance.now() - start < 1500)
      await frame();
    const took = performance.now() - start;
    if (where() === text) {
      idle += took;
      key = key === '[' ? ']' : '[';
      continue;
    }
    positions++;
    if (took > 50) slow++;
  }
  return { positions, slow, seconds: (performance.now() - t0 - idle) / 1000 };
}`;

/**
 * Train the network at `url` for `trainSeconds`, pause, open the neuron view, and scrub for
 * `seconds`. Needs a context with uiProbes' withProbes.
 */
export async function measureScrub(
  page: Page,
  url: string,
  seconds: number,
  trainSeconds = 4,
): Promise<ScrubFigures> {
  await page.goto(url);
  await page.getByLabel('Status', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Play', exact: true }).first().click();
  await page.waitForTimeout(trainSeconds * 1000);
  await page.getByRole('button', { name: 'Pause', exact: true }).first().click();
  await page.getByRole('tab', { name: 'Neuron', exact: true }).click();
  await page.getByRole('region', { name: /^Neuron / }).waitFor();
  const hint = (await page.locator('.rewind-hint').textContent()) ?? '';
  const kept = Number(/\(([\d,]+) epochs kept\)/.exec(hint)?.[1]?.replace(/,/g, '') ?? NaN);
  // Focus off the controls, so the keys go to the playground's shortcuts.
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  const got = await page.evaluate<{ positions: number; slow: number; seconds: number }>(
    `(${SCRUB_LOOP})(${seconds})`,
  );
  return {
    positionsPerSecond: got.positions / got.seconds,
    positions: got.positions,
    kept,
    slow: got.slow,
  };
}
