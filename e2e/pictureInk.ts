import type { Page } from '@playwright/test';

/** What a picture holds, read from its pixels: its size, how much is drawn and its lines of text. */
export interface PictureInk {
  width: number;
  height: number;
  /** Share of pixels that differ clearly from the background (the top-left pixel's colour). */
  inked: number;
  /** Rows of ink separated by blank rows, top to bottom, in the picture's pixels. */
  bands: { top: number; bottom: number }[];
}

/**
 * Decode PNG bytes in the browser (the page's own decoder, as a slide program would) and
 * measure the ink: pixels that differ from the background by more than a faint anti-aliased
 * edge, and the horizontal bands they form (a line of text or an equation each).
 */
export async function pictureInk(page: Page, png: Buffer): Promise<PictureInk> {
  return page.evaluate(async (base64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${base64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const [r0, g0, b0] = [data[0]!, data[1]!, data[2]!];
    let inked = 0;
    const rowInk = new Array<number>(height).fill(0);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        const d =
          Math.abs(data[i]! - r0) + Math.abs(data[i + 1]! - g0) + Math.abs(data[i + 2]! - b0);
        if (d > 120) {
          inked++;
          rowInk[y]!++;
        }
      }
    }
    const bands: { top: number; bottom: number }[] = [];
    let top = -1;
    rowInk.forEach((n, y) => {
      if (n > 0 && top < 0) top = y;
      if (n === 0 && top >= 0) {
        bands.push({ top, bottom: y });
        top = -1;
      }
    });
    if (top >= 0) bands.push({ top, bottom: height });
    return { width, height, inked: inked / (width * height), bands };
  }, png.toString('base64'));
}
