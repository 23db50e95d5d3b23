/**
 * The page as a learner's browser runs it, printed as tables (run with `npm run bench:ui`;
 * never a timed test). Builds the app, serves it, and drives Chromium with Playwright:
 *
 * 1. First load of the playground: every JS and CSS file the page fetches, raw and gzip.
 * 2. Training at full speed (the default network, and the heavy one: all seven features, six
 *    hidden layers of 8, every neuron picture on screen; then the heavy one again with the
 *    weight-descent view and with the loss-surface view open): the page's frames per second,
 *    main-thread tasks over 50 ms, and epochs per second.
 *
 * The TensorFlow Playground figures are the reference points named in the project's issues,
 * measured on this kind of machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium';

const PORT = Number(process.env.BENCH_PORT || 4199);
const OUT_DIR = 'dist-bench';
const BASE = `http://127.0.0.1:${PORT}/`;
const SECONDS = Number(process.env.BENCH_SECONDS || 5);

/** TensorFlow Playground on this kind of machine (from the issues). */
const TFP = { heavyFps: 11, heavyEpochs: 11, defaultEpochs: 40, firstLoadKb: 122 };

const HEAVY =
  'v=1&data=spiral&feat=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2&layers=8,8,8,8,8,8&act=tanh,tanh,tanh,tanh,tanh,tanh&lr=0.03&batch=10&seed=1';

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: 'inherit' });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited ${code}`))));
  });
}

async function serve(): Promise<ChildProcess> {
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      OUT_DIR,
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
    ],
    // Its own process group, so stopping it also stops the server npx started.
    { stdio: 'ignore', detached: true },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop(server);
  throw new Error('the preview server did not start');
}

function stop(server: ChildProcess): void {
  if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
}

interface LoadRow {
  file: string;
  raw: number;
  gzip: number;
}

async function firstLoad(page: Page): Promise<LoadRow[]> {
  const files = new Set<string>();
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (/\.(js|css)$/.test(url.pathname)) files.add(url.pathname);
  });
  await page.goto(BASE);
  await page.getByLabel('Status', { exact: true }).waitFor();
  await page.waitForLoadState('networkidle');
  return [...files].map((path) => {
    const bytes = readFileSync(join(OUT_DIR, path));
    return {
      file: path.replace(/^\//, ''),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
    };
  });
}

interface RunFigures {
  fps: number;
  longTasks: number;
  worstTaskMs: number;
  epochsPerSecond: number;
}

/** Play for SECONDS and count frames, long tasks and epochs. */
async function measureRun(
  page: Page,
  hash: string,
  prepare?: (p: Page) => Promise<void>,
): Promise<RunFigures> {
  await page.goto(`${BASE}#${hash}`);
  await page.getByLabel('Status', { exact: true }).waitFor();
  await page.waitForTimeout(500);
  if (prepare) await prepare(page);
  // Scripts go in as strings: the TypeScript runner would otherwise add helpers the page lacks.
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
    const tick = () => {
      window.__bench.frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  `);
  await page.waitForTimeout(SECONDS * 1000);
  const { frames, tasks } = await page.evaluate<{ frames: number; tasks: number[] }>(
    'window.__bench',
  );
  const seconds = (Date.now() - t0) / 1000;
  const e1 = await epoch();
  return {
    fps: frames / seconds,
    longTasks: tasks.length,
    worstTaskMs: tasks.length ? Math.max(...tasks) : 0,
    epochsPerSecond: (e1 - e0) / seconds,
  };
}

const kb = (n: number) => (n / 1024).toFixed(1);

async function main() {
  if (!process.env.BENCH_SKIP_BUILD)
    await run('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn']);
  const server = await serve();
  const browser = await chromium.launch({
    executablePath: chromiumExecutable,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const load = await firstLoad(page);
    const total = load.reduce((s, r) => ({ raw: s.raw + r.raw, gzip: s.gzip + r.gzip }), {
      raw: 0,
      gzip: 0,
    });
    console.log('\nFirst load of the playground (JavaScript and CSS)');
    console.table(
      Object.fromEntries(load.map((r) => [r.file, { 'raw KB': kb(r.raw), 'gzip KB': kb(r.gzip) }])),
    );
    console.log(
      `total: ${kb(total.raw)} KB raw, ${kb(total.gzip)} KB gzip (target ≤ 120; TensorFlow Playground ${TFP.firstLoadKb}): ${total.gzip / 1024 <= 120 ? 'met' : 'NOT met'}`,
    );

    const openTab = (name: string) => async (p: Page) => {
      await p.getByRole('tab', { name, exact: true }).click();
      await p.waitForTimeout(300);
    };
    const pickEdge = async (p: Page) => {
      await p.getByRole('button', { name: /^weight from x₁ to neuron 1 of layer 1:/ }).click();
      await openTab('Weight descent')(p);
    };
    const runs: [string, string, ((p: Page) => Promise<void>) | undefined][] = [
      ['default network', 'v=1&seed=1', undefined],
      ['heavy network', HEAVY, undefined],
      ['heavy + weight descent view', HEAVY, pickEdge],
      ['heavy + loss surface view', HEAVY, openTab('Loss surface')],
    ];
    const rows: Record<string, Record<string, string>> = {};
    for (const [name, hash, prepare] of runs) {
      // A fresh page per run: nothing of the previous run carries over.
      const fresh = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      const f = await measureRun(fresh, hash, prepare);
      await fresh.close();
      const tfpEpochs = name.startsWith('default') ? TFP.defaultEpochs : TFP.heavyEpochs;
      rows[name] = {
        'frames/s': f.fps.toFixed(1),
        'vs TFP fps': name.startsWith('heavy') ? `${(f.fps / TFP.heavyFps).toFixed(1)}×` : '–',
        'tasks > 50 ms': String(f.longTasks),
        'worst task ms': f.worstTaskMs.toFixed(0),
        'epochs/s': f.epochsPerSecond.toFixed(0),
        'vs TFP epochs/s': `${(f.epochsPerSecond / tfpEpochs).toFixed(0)}×`,
      };
    }
    console.log(
      `\nTraining at full speed, ${SECONDS} s each (targets: ≥ 55 frames/s, no task over 50 ms, heavy ≥ 50× TFP epochs/s)`,
    );
    console.table(rows);
  } finally {
    await browser.close();
    stop(server);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
