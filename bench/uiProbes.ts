/**
 * What `ui.bench.ts` measures in the page, one function per figure. Page-side code goes in as
 * strings: the TypeScript runner would otherwise add helpers the page lacks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Request } from '@playwright/test';

/** One file a visit downloaded: its path and its size raw and gzip (level 9, from the build). */
export interface FileRow {
  file: string;
  raw: number;
  gzip: number;
}

/** Raw and gzip size of a built file (deterministic: the same build gives the same bytes). */
function sizeOf(outDir: string, path: string): FileRow {
  const bytes = readFileSync(join(outDir, path === '/' ? 'index.html' : path));
  return {
    file: path.replace(/^\//, ''),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
  };
}

/**
 * Installed before any page script: records when the network diagram's neurons first exist
 * (and the frame after, when they are painted), and counts the output plot's picture changes
 * per animation frame with the picture's size in cells.
 */
const PAGE_PROBES = `
  window.__perf = { diagramAt: null, diagramPaintAt: null, frame: 0, pictures: 0, lastPictureFrame: -1, cells: '' };
  (() => {
    const p = window.__perf;
    const tick = () => { p.frame++; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    const seen = () => {
      if (p.diagramAt !== null) return;
      if (!document.querySelector('.network-diagram__svg .neuron')) return;
      p.diagramAt = performance.now();
      requestAnimationFrame(() => setTimeout(() => (p.diagramPaintAt = performance.now()), 0));
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true });
    const isOutput = (canvas) =>
      canvas instanceof HTMLCanvasElement && canvas.closest('[aria-label="Output"]') !== null;
    const count = (canvas, w, h) => {
      if (!isOutput(canvas)) return;
      p.cells = w + '×' + h;
      if (p.lastPictureFrame === p.frame) return;
      p.lastPictureFrame = p.frame;
      p.pictures++;
    };
    const proto = CanvasRenderingContext2D.prototype;
    const put = proto.putImageData;
    proto.putImageData = function (image, ...rest) {
      count(this.canvas, image.width, image.height);
      return put.call(this, image, ...rest);
    };
    const draw = proto.drawImage;
    proto.drawImage = function (source, ...rest) {
      if (source && source.width) count(this.canvas, source.width, source.height);
      return draw.call(this, source, ...rest);
    };
  })();
`;

/** Add the page probes to every page of a context. */
export async function withProbes(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript(PAGE_PROBES);
  return context;
}

/** Figures of one cold first visit. */
export interface FirstVisit {
  /** First contentful paint, ms after navigation start. */
  fcpMs: number;
  /** The diagram's neurons painted, ms after navigation start. */
  diagramMs: number;
  /** JS and CSS the page and its workers fetched until the first screen was idle. */
  firstLoad: FileRow[];
  /** Everything downloaded on the first visit, service worker precache included. */
  firstVisit: FileRow[];
  /** Everything downloaded from the network on a second visit (same browser, later). */
  secondVisit: FileRow[];
}

/**
 * CSS written into index.html (the first screen's stylesheet is inlined), counted as the
 * first load's CSS so that moving bytes into the page does not hide them.
 */
function inlineStyles(outDir: string): FileRow[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const css = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  if (!css) return [];
  const bytes = Buffer.from(css);
  return [
    { file: 'index.html <style>', raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length },
  ];
}

/** True for a request the page or one of its workers made (not the service worker). */
const fromPage = (r: Request) => r.serviceWorker() === null;

/**
 * A cold first visit in a fresh browser context (empty cache, no service worker): paint
 * times, the JS and CSS of the first load, all bytes once the service worker has precached,
 * then the bytes of a second visit in the same context.
 */
export async function firstVisit(
  browser: Browser,
  base: string,
  outDir: string,
): Promise<FirstVisit> {
  const context = await withProbes(
    await browser.newContext({ viewport: { width: 1280, height: 720 } }),
  );
  const downloaded: Request[] = [];
  let phase: 'first' | 'second' = 'first';
  const second: Request[] = [];
  context.on('requestfinished', (r) => {
    if (!r.url().startsWith(base)) return;
    void r.response().then((res) => {
      if (!res || res.fromServiceWorker() || res.status() === 304) return;
      (phase === 'first' ? downloaded : second).push(r);
    });
  });
  try {
    const page = await context.newPage();
    await page.goto(base);
    await page.getByLabel('Status', { exact: true }).waitFor();
    if (!(await until(page, 'window.__perf.diagramPaintAt !== null', 30_000)))
      throw new Error('the network diagram was not drawn within 30 s');
    await page.waitForLoadState('networkidle');
    const firstLoad = downloaded
      .filter(fromPage)
      .map((r) => new URL(r.url()).pathname)
      .filter((p) => /\.(js|css)$/.test(p));
    const paints = await page.evaluate<{ fcp: number; diagram: number }>(`({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      diagram: window.__perf.diagramPaintAt,
    })`);
    // The service worker installs (and precaches) in its own time; wait until it controls.
    await page.evaluate('navigator.serviceWorker.ready');
    await page.waitForTimeout(500);
    await page.waitForLoadState('networkidle');
    const all = unique(downloaded.map((r) => new URL(r.url()).pathname));
    phase = 'second';
    const again = await context.newPage();
    await page.close();
    await again.goto(base);
    await again.getByLabel('Status', { exact: true }).waitFor();
    await again.waitForLoadState('networkidle');
    await again.waitForTimeout(300);
    return {
      fcpMs: paints.fcp,
      diagramMs: paints.diagram,
      firstLoad: [...unique(firstLoad).map((p) => sizeOf(outDir, p)), ...inlineStyles(outDir)],
      firstVisit: all.map((p) => sizeOf(outDir, p)),
      secondVisit: unique(second.map((r) => new URL(r.url()).pathname)).map((p) =>
        sizeOf(outDir, p),
      ),
    };
  } finally {
    await context.close();
  }
}

/**
 * Poll a page expression until it is true (false after `ms`). Not waitForFunction: that
 * evaluates strings with eval, which the page's Content-Security-Policy forbids.
 */
async function until(page: Page, expression: string, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await page.evaluate<boolean>(expression)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

const unique = (xs: string[]) => [...new Set(xs)];

/** Figures of one training run. */
export interface RunFigures {
  fps: number;
  longTasks: number;
  worstTaskMs: number;
  epochsPerSecond: number;
  /** Frames per second in which the output picture changed. */
  picturesPerSecond: number;
  /** The output picture's size in cells, e.g. '56×56'. */
  cells: string;
}

/** Play for `seconds` and count frames, long tasks, epochs and output picture changes. */
export async function measureRun(
  page: Page,
  url: string,
  seconds: number,
  prepare?: (p: Page) => Promise<void>,
): Promise<RunFigures> {
  await page.goto(url);
  await page.getByLabel('Status', { exact: true }).waitFor();
  await page.waitForTimeout(500);
  if (prepare) await prepare(page);
  await page.evaluate(`
    window.__bench = { frames: 0, tasks: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bench.tasks.push(e.duration);
    }).observe({ type: 'longtask' });
  `);
  const epoch = async () =>
    Number((await page.getByLabel('Epoch', { exact: true }).textContent()) ?? 0);
  await page.getByRole('button', { name: 'Play', exact: true }).first().click();
  await page.waitForTimeout(1000); // warm up: the worker's first slices and the first pictures
  const e0 = await epoch();
  const t0 = Date.now();
  await page.evaluate(`
    window.__bench.frames = 0;
    window.__bench.tasks = [];
    window.__perf.pictures = 0;
    const tick = () => {
      window.__bench.frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  `);
  await page.waitForTimeout(seconds * 1000);
  const got = await page.evaluate<{
    frames: number;
    tasks: number[];
    pictures: number;
    cells: string;
  }>('({ ...window.__bench, pictures: window.__perf.pictures, cells: window.__perf.cells })');
  const elapsed = (Date.now() - t0) / 1000;
  const e1 = await epoch();
  return {
    fps: got.frames / elapsed,
    longTasks: got.tasks.length,
    worstTaskMs: got.tasks.length ? Math.max(...got.tasks) : 0,
    epochsPerSecond: (e1 - e0) / elapsed,
    picturesPerSecond: got.pictures / elapsed,
    cells: got.cells,
  };
}

/**
 * Seconds from Play until the test loss readout first shows a value below `goal`
 * (Infinity if it does not within `limitSeconds`).
 */
export async function timeToGoal(
  page: Page,
  url: string,
  goal: number,
  limitSeconds: number,
): Promise<number> {
  await page.goto(url);
  await page.getByLabel('Status', { exact: true }).waitFor();
  await page.waitForTimeout(300);
  await page.evaluate(`
    window.__goal = { start: null, at: null };
    document.addEventListener('click', () => (window.__goal.start = performance.now()), {
      capture: true,
      once: true,
    });
    const el = document.querySelector('[aria-label="Test loss"]');
    const check = () => {
      const v = Number(el.textContent);
      if (window.__goal.at === null && Number.isFinite(v) && v < ${goal})
        window.__goal.at = performance.now();
    };
    new MutationObserver(check).observe(el, { childList: true, characterData: true, subtree: true });
  `);
  await page.getByRole('button', { name: 'Play', exact: true }).first().click();
  if (!(await until(page, 'window.__goal.at !== null', limitSeconds * 1000))) return Infinity;
  const { start, at } = await page.evaluate<{ start: number; at: number }>('window.__goal');
  return (at - start) / 1000;
}
