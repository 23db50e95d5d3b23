import { expect, test as base, type Page } from '@playwright/test';
import { numbersInText } from '../app/engine/numberText';

/** A readout's number as the page writes it ("1,204", "95.5%", "−1.93×10⁴"); NaN for "–". */
export function readoutNumber(text: string | null): number {
  return numbersInText((text ?? '').replace(/[,%]/g, ''))[0] ?? NaN;
}

/** Page object for the playground: run controls and the readouts it shows, by accessible name. */
export class PlaygroundPage {
  constructor(readonly page: Page) {}

  /** Open the playground with a configuration hash (e.g. 'v=1&data=xor&seed=7'). */
  async open(hash = '') {
    await this.page.goto(hash ? `./#${hash}` : './');
    await expect(this.readout('Status')).toBeVisible();
    // The worker has answered once the network is drawn.
    await expect(this.page.getByRole('group', { name: 'Run controls' })).toBeVisible();
  }

  readout(name: string) {
    return this.page.getByLabel(name, { exact: true });
  }

  async number(name: string): Promise<number> {
    return readoutNumber(await this.readout(name).textContent());
  }

  button(name: string) {
    return this.page.getByRole('button', { name, exact: true });
  }

  async play() {
    await this.button('Play').click();
    await expect(this.readout('Status')).toHaveText('Training');
  }

  /**
   * Pause, and wait until the readouts stop moving: the page shows "Paused" at once, but on a
   * loaded machine the worker may train on for a while before the command reaches it, and
   * the readouts catch up with what it did.
   */
  async pause() {
    await this.button('Pause').click();
    await expect(this.readout('Status')).toHaveText('Paused');
    let last = NaN;
    await expect
      .poll(
        async () => {
          const epoch = await this.number('Epoch');
          const settled = epoch === last;
          last = epoch;
          return settled;
        },
        { intervals: [300], timeout: 20_000 },
      )
      .toBe(true);
  }

  /** Wait until the epoch readout reaches at least `n`. */
  async waitForEpoch(n: number, timeout = 20_000) {
    await expect.poll(() => this.number('Epoch'), { timeout }).toBeGreaterThanOrEqual(n);
  }
}

/** Fails a test on any uncaught page error, so a crash never passes silently. */
export const test = base.extend<{ playground: PlaygroundPage; pageErrors: string[] }>({
  pageErrors: async ({ page }, provide) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await provide(errors);
    expect(errors, 'uncaught errors on the page').toEqual([]);
  },
  playground: async ({ page, pageErrors }, provide) => {
    void pageErrors;
    await provide(new PlaygroundPage(page));
  },
});

export { expect };
