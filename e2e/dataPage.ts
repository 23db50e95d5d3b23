import { expect, type Page } from '@playwright/test';

/** Page object for the user's own data: the draw tool and the import dialog, by accessible name. */
export class DataTools {
  constructor(readonly page: Page) {}

  drawingArea() {
    return this.page.getByRole('application', { name: 'Drawing area' });
  }

  async startDrawing() {
    await this.page.getByRole('button', { name: 'Draw points' }).click();
    await expect(this.drawingArea()).toBeVisible();
  }

  /** Click the drawing area at fractions (0..1) of its width and height. */
  async clickAt(fx: number, fy: number, modifiers: ('Shift' | 'Alt')[] = []) {
    const box = await this.drawingArea().boundingBox();
    if (!box) throw new Error('no drawing area');
    await this.drawingArea().click({
      position: { x: box.width * fx, y: box.height * fy },
      modifiers,
    });
  }

  async chooseClass(name: string) {
    await this.page.getByRole('radio', { name: `Class ${name}` }).click();
  }

  summary() {
    return this.page.getByLabel('Your data', { exact: true });
  }

  async openImport() {
    await this.page.getByRole('button', { name: 'Import CSV…' }).click();
    await expect(this.importDialog()).toBeVisible();
  }

  importDialog() {
    return this.page.getByRole('dialog', { name: 'Import a CSV table' });
  }

  async paste(text: string) {
    await this.importDialog().getByLabel('Paste CSV text').fill(text);
  }

  /** The confirm button, whose name says how many rows will be imported. */
  importButton() {
    return this.importDialog().getByRole('button', { name: /^Import( \d[\d,]* rows?)?$/ });
  }
}
