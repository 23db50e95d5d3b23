/**
 * The page as a learner's browser runs it, printed as tables of medians over RUNS runs (run
 * with `npm run bench:ui`; never a timed test). Builds the app, serves it, and drives Chromium:
 *
 * 1. Cold first visits: first contentful paint, the network diagram painted, every JS and CSS
 *    file the page and its workers fetch (raw and gzip, per file), and the bytes a phone
 *    downloads on a first visit (service worker precache included) and on a second.
 * 2. Training at full speed (the default network, and the heavy one: all seven features, six
 *    hidden layers of 8, every neuron picture on screen; then the heavy one again with the
 *    weight-descent view and with the loss-surface view open): the page's frames per second,
 *    main-thread tasks over 50 ms, epochs per second, and how often the output picture changes.
 * 3. Time to a goal: seconds from Play until the test loss first drops below a goal.
 * 4. Exports of the heavy network: milliseconds from a click on each format's button until its
 *    files are downloaded, the first time (which loads the format's library) and again.
 * 5. Scrubbing the heavy network's kept epochs with [ and ] (neuron view open): positions per
 *    second, each one the epoch named and every picture redrawn (scrubRate.ts).
 *
 * The TensorFlow Playground figures are the reference points named in the project's issues,
 * measured on this kind of machine. The machine's load average is printed beside the figures.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium';
import {
  firstVisit,
  measureRun,
  timeToGoal,
  withProbes,
  type FileRow,
  type FirstVisit,
  type RunFigures,
} from './uiProbes';
import { exportTable, exportVisit } from './exportTimes';
import { measureScrub, type ScrubFigures } from './scrubRate';

const PORT = Number(process.env.BENCH_PORT || 4199);
// BENCH_OUT_DIR with BENCH_SKIP_BUILD measures a build kept from before (e.g. to alternate two builds).
const OUT_DIR = process.env.BENCH_OUT_DIR || 'dist-bench';
const BASE = `http://127.0.0.1:${PORT}/`;
const SECONDS = Number(process.env.BENCH_SECONDS || 5);
/** Runs per figure; tables show medians. */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS || 3));
/** Longest wait for a loss goal, in seconds. */
const GOAL_LIMIT = 60;

/** TensorFlow Playground on this kind of machine (from the issues). */
const TFP = {
  heavyFps: 11,
  heavyEpochs: 11,
  defaultEpochs: 40,
  firstLoadKb: 113,
  fcpMs: 200,
  diagramMs: 281,
  defaultPictures: 57.7,
};

const HEAVY =
  'v=1&data=spiral&feat=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2&layers=8,8,8,8,8,8&act=tanh,tanh,tanh,tanh,tanh,tanh&lr=0.03&batch=10&seed=1';

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: 'inherit' });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited ${code}`))));
  });
}

async function serve(): Promise<ChildProcess> {
  // Another server on the port would be measured instead of this build.
  if (
    await fetch(BASE).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`port ${PORT} is in use; set BENCH_PORT to a free one`);
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

const kb = (n: number) => (n / 1024).toFixed(1);
const median = (xs: number[]) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const load = () => loadavg()[0]!.toFixed(2);
const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
const sum = (rows: FileRow[]) => rows.reduce((s, r) => s + r.gzip, 0);

function fileTable(rows: FileRow[]): Record<string, Record<string, string>> {
  return Object.fromEntries(
    [...rows]
      .sort((a, b) => b.gzip - a.gzip)
      .map((r) => [r.file, { 'raw KB': kb(r.raw), 'gzip KB': kb(r.gzip) }]),
  );
}

async function firstVisits(browser: Browser): Promise<void> {
  const visits: FirstVisit[] = [];
  const loads: string[] = [];
  for (let i = 0; i < RUNS; i++) {
    loads.push(load());
    visits.push(await firstVisit(browser, BASE, OUT_DIR));
  }
  const v = visits[0]!;
  console.log('\nFirst load of the playground: JS and CSS the page and its workers fetch');
  console.table(fileTable(v.firstLoad));
  const firstLoadKb = sum(v.firstLoad) / 1024;
  console.log(
    `total: ${kb(v.firstLoad.reduce((s, r) => s + r.raw, 0))} KB raw, ${firstLoadKb.toFixed(1)} KB gzip (target ≤ 120; TensorFlow Playground ${TFP.firstLoadKb}): ${met(firstLoadKb <= 120)}`,
  );
  // Everything else of the first visit came after the first screen (the service worker's
  // precache, the page's own HTML); the second visit should need next to nothing.
  const later = v.firstVisit.filter((r) => !v.firstLoad.some((f) => f.file === r.file));
  console.log(`\nA phone's downloads (gzip; load average ${load()})`);
  console.table({
    'first visit': {
      'KB gzip': kb(sum(v.firstVisit)),
      files: v.firstVisit.length,
      of_which: `first-load JS+CSS files ${kb(sum(v.firstLoad.filter((r) => !r.file.endsWith('<style>'))))} KB, the rest (HTML with its inlined CSS, service worker, precache) ${kb(sum(later))} KB`,
    },
    'second visit': {
      'KB gzip': kb(sum(v.secondVisit)),
      files: v.secondVisit.length,
      of_which: v.secondVisit.map((r) => r.file).join(', ') || 'nothing',
    },
  });
  const fcp = median(visits.map((x) => x.fcpMs));
  const diagram = median(visits.map((x) => x.diagramMs));
  console.log(`\nFirst paint, cold visit, median of ${RUNS} (load average ${loads.join(', ')})`);
  console.table({
    'first contentful paint': {
      ms: fcp.toFixed(0),
      runs: visits.map((x) => x.fcpMs.toFixed(0)).join(' '),
      target: '≤ 200',
      TFP: TFP.fcpMs,
      '': met(fcp <= 200),
    },
    'network diagram drawn': {
      ms: diagram.toFixed(0),
      runs: visits.map((x) => x.diagramMs.toFixed(0)).join(' '),
      target: '≤ 280',
      TFP: TFP.diagramMs,
      '': met(diagram <= 280),
    },
  });
}

async function trainingRuns(browser: Browser): Promise<void> {
  const openTab = (name: string) => async (p: Page) => {
    await p.getByRole('tab', { name, exact: true }).click();
    await p.waitForTimeout(300);
  };
  const pickEdge = async (p: Page) => {
    await p.getByRole('button', { name: /^weight from x₁ to neuron 1 of layer 1:/ }).click();
    await openTab('Weight descent')(p);
  };
  // Four pinned runs, each trained for a while first: four faded curve pairs, four outlines.
  const pinFour = async (p: Page) => {
    for (let k = 0; k < 4; k++) {
      await p.getByRole('button', { name: 'Play', exact: true }).click();
      await p.waitForTimeout(700);
      await p.getByRole('button', { name: 'Pause', exact: true }).click();
      await p.keyboard.press('k');
      await p.getByRole('columnheader', { name: `Pin ${k + 1}` }).waitFor();
    }
  };
  const runs: [string, string, ((p: Page) => Promise<void>) | undefined][] = [
    ['default network', 'v=1&seed=1', undefined],
    ['default + 4 pinned runs', 'v=1&seed=1', pinFour],
    ['heavy network', HEAVY, undefined],
    ['heavy + weight descent view', HEAVY, pickEdge],
    ['heavy + loss surface view', HEAVY, openTab('Loss surface')],
  ];
  const rows: Record<string, Record<string, string>> = {};
  const loads: string[] = [];
  for (const [name, hash, prepare] of runs) {
    const figures: RunFigures[] = [];
    for (let i = 0; i < RUNS; i++) {
      loads.push(load());
      // A fresh context per run: nothing of the previous run carries over.
      const context = await withProbes(
        await browser.newContext({ viewport: { width: 1280, height: 720 } }),
      );
      figures.push(await measureRun(await context.newPage(), `${BASE}#${hash}`, SECONDS, prepare));
      await context.close();
    }
    const m = (k: 'fps' | 'longTasks' | 'worstTaskMs' | 'epochsPerSecond' | 'picturesPerSecond') =>
      median(figures.map((f) => f[k]));
    const tfpEpochs = name.startsWith('default') ? TFP.defaultEpochs : TFP.heavyEpochs;
    rows[name] = {
      'frames/s': m('fps').toFixed(1),
      'vs TFP fps': name.startsWith('heavy') ? `${(m('fps') / TFP.heavyFps).toFixed(1)}×` : '–',
      'tasks > 50 ms': String(m('longTasks')),
      'worst task ms': m('worstTaskMs').toFixed(0),
      'epochs/s': m('epochsPerSecond').toFixed(0),
      'vs TFP epochs/s': `${(m('epochsPerSecond') / tfpEpochs).toFixed(0)}×`,
      'picture changes/s': m('picturesPerSecond').toFixed(1),
      'picture cells': figures[0]!.cells,
    };
  }
  console.log(
    `\nTraining at full speed, ${SECONDS} s each, median of ${RUNS} (load average ${loads.join(', ')})`,
  );
  console.log(
    `targets: ≥ 55 frames/s, no task over 50 ms, picture ≥ 100×100 cells changing ≥ 57/s on the default network (TFP ${TFP.defaultPictures}) and ≥ 40/s on the heavy one`,
  );
  console.table(rows);
}

/** Loss goals: reachable by the network's own defaults within seconds on this machine. */
const GOALS: [string, string, number][] = [
  ['default network', 'v=1&seed=1', 0.03],
  ['heavy network', HEAVY, 0.07],
];

async function goalRuns(browser: Browser): Promise<void> {
  const rows: Record<string, Record<string, string>> = {};
  const loads: string[] = [];
  for (const [name, hash, goal] of GOALS) {
    const seconds: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      loads.push(load());
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      seconds.push(await timeToGoal(await context.newPage(), `${BASE}#${hash}`, goal, GOAL_LIMIT));
      await context.close();
    }
    const show = (s: number) => (Number.isFinite(s) ? s.toFixed(2) : `> ${GOAL_LIMIT}`);
    rows[name] = {
      'test loss goal': `< ${goal}`,
      'seconds from Play': show(median(seconds)),
      runs: seconds.map(show).join(' '),
    };
  }
  console.log(`\nTime to a goal, median of ${RUNS} (load average ${loads.join(', ')})`);
  console.table(rows);
}

async function exportRuns(browser: Browser): Promise<void> {
  const loads: string[] = [];
  const visits = [];
  for (let i = 0; i < RUNS; i++) {
    loads.push(load());
    visits.push(await exportVisit(browser, `${BASE}#${HEAVY}`));
  }
  console.log(
    `\nExporting the heavy network, median of ${RUNS} (load average ${loads.join(', ')})`,
  );
  console.log('target: well under a second per format; the libraries load only on request');
  console.table(exportTable(visits));
}

async function scrubRuns(browser: Browser): Promise<void> {
  const loads: string[] = [];
  const figures: ScrubFigures[] = [];
  for (let i = 0; i < RUNS; i++) {
    loads.push(load());
    const context = await withProbes(
      await browser.newContext({ viewport: { width: 1280, height: 720 } }),
    );
    figures.push(await measureScrub(await context.newPage(), `${BASE}#${HEAVY}`, SECONDS));
    await context.close();
  }
  console.log(
    `\nScrubbing the heavy network with [ and ], ${SECONDS} s each, median of ${RUNS} (load average ${loads.join(', ')})`,
  );
  console.log(
    'target: ≥ 30 positions/s, each one the epoch named and the output, every neuron picture, the loss chart and the neuron view redrawn',
  );
  console.table({
    'heavy network + neuron view': {
      'positions/s': median(figures.map((f) => f.positionsPerSecond)).toFixed(1),
      runs: figures.map((f) => f.positionsPerSecond.toFixed(1)).join(' '),
      'epochs kept': String(median(figures.map((f) => f.kept))),
      'positions > 50 ms': String(median(figures.map((f) => f.slow))),
    },
  });
}

async function main() {
  if (!process.env.BENCH_SKIP_BUILD)
    await run('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn']);
  const server = await serve();
  const browser = await chromium.launch({
    executablePath: chromiumExecutable,
    args: CHROMIUM_ARGS,
  });
  try {
    // BENCH_ONLY=exports (or a comma list of visits, training, goals, exports, scrub) runs just those.
    const only = process.env.BENCH_ONLY?.split(',');
    const wanted = (section: string) => !only || only.includes(section);
    if (wanted('visits')) await firstVisits(browser);
    if (wanted('training')) await trainingRuns(browser);
    if (wanted('goals')) await goalRuns(browser);
    if (wanted('exports')) await exportRuns(browser);
    if (wanted('scrub')) await scrubRuns(browser);
  } finally {
    await browser.close();
    stop(server);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
