import type { Browser, Download, Page } from '@playwright/test';

/** The export panel's buttons, by format. */
const FORMATS: [name: string, button: string, files: number][] = [
  ['PyTorch', 'Export as PyTorch script', 1],
  ['ONNX', 'Export as ONNX model', 1],
  ['TensorFlow.js', 'Export as TensorFlow.js model', 2],
  ['NumPy', 'Export as NumPy forward pass', 1],
];

/** Milliseconds from a click on a format's button until its every file has been handed over. */
async function timeExport(page: Page, button: string, files: number): Promise<number> {
  let got = 0;
  const done = new Promise<void>((resolve) => {
    const on = (_d: Download) => {
      got++;
      if (got === files) {
        page.off('download', on);
        resolve();
      }
    };
    page.on('download', on);
  });
  const dialog = page.getByRole('dialog');
  const t0 = performance.now();
  await dialog.getByRole('button', { name: button }).click();
  await done;
  return performance.now() - t0;
}

/** One visit: train the network a little, then export it in every format twice. */
export async function exportVisit(
  browser: Browser,
  url: string,
): Promise<Record<string, { first: number; again: number }>> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    acceptDownloads: true,
  });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByLabel('Status', { exact: true }).waitFor();
    for (let i = 0; i < 3; i++)
      await page.getByRole('button', { name: 'Step epoch', exact: true }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    const times: Record<string, { first: number; again: number }> = {};
    for (const [name, button, files] of FORMATS) {
      // The first export of a format loads its library; the second shows the writing alone.
      const first = await timeExport(page, button, files);
      const again = await timeExport(page, button, files);
      times[name] = { first, again };
    }
    return times;
  } finally {
    await context.close();
  }
}

/** The export table: medians over visits of the first and of a repeated export per format. */
export function exportTable(visits: Record<string, { first: number; again: number }>[]) {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const rows: Record<string, Record<string, string>> = {};
  for (const [name] of FORMATS) {
    rows[name] = {
      'first export ms (loads its library)': median(visits.map((v) => v[name]!.first)).toFixed(0),
      'again ms': median(visits.map((v) => v[name]!.again)).toFixed(0),
    };
  }
  return rows;
}
