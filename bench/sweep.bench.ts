/**
 * Sweep throughput, printed as a table (part of `npm run bench`; never a timed test).
 *
 * A sweep of five learning rates on the default network (2 → 4 → 2 → 1, tanh, batch 10) is
 * trained by the app's own sweep host (app/worker/sweepHost.ts), in one thread and then shared
 * among as many worker threads as the app would use here (sweepWorkerCount: one per spare
 * core). Each run's examples per second is set against one run trained alone in this thread.
 * Target: each sweep run at least half the examples per second of a single run.
 */
import { cpus, loadavg } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { DEFAULT_CONFIG } from '../app/engine/configRules';
import { TrainingSession } from '../app/engine/session';
import { sweepWorkerCount } from '../app/worker/sweepClient';
import { SweepHost } from '../app/worker/sweepHost';
import type { SweepRunReport } from '../app/worker/sweepProtocol';

const SECONDS = Number(process.env.BENCH_SECONDS || 4);
const RATES = [0.003, 0.01, 0.03, 0.09, 0.3];
/** Far more epochs than fit in the measured time, so every run trains throughout. */
const EPOCHS = 1_000_000;

/** Examples per second of run `indices` of the sweep, trained by one sweep host here. */
function sweepHere(indices: number[]): Promise<SweepRunReport[]> {
  return new Promise((resolve) => {
    let last: SweepRunReport[] = [];
    const host = new SweepHost({
      post: (e) => {
        if (e.type === 'progress') last = e.runs;
      },
      now: () => performance.now(),
      // A macrotask hop, as a worker's message loop gives.
      yieldThen: (fn) => setImmediate(fn),
      after: (ms, fn) => setTimeout(fn, ms),
    });
    host.handle({
      type: 'start',
      id: 1,
      base: DEFAULT_CONFIG,
      param: 'learningRate',
      values: RATES,
      indices,
      epochs: EPOCHS,
      data: null,
      res: 40,
    });
    setTimeout(() => {
      host.handle({ type: 'cancel' });
      resolve(last);
    }, SECONDS * 1000);
  });
}

if (!isMainThread) {
  void sweepHere((workerData as { indices: number[] }).indices).then((runs) =>
    parentPort!.postMessage(runs.map((r) => ({ index: r.index, eps: r.examplesPerSecond }))),
  );
} else {
  void main();
}

/** One run alone: the same session stepping for the same time, nothing else in the thread. */
function singleRun(): number {
  const s = new TrainingSession(DEFAULT_CONFIG);
  s.status = 'running';
  let examples = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < SECONDS * 1000) {
    for (let k = 0; k < 50; k++) if (s.stepBatch()) examples += s.batchSize;
  }
  return examples / ((performance.now() - t0) / 1000);
}

/** A worker thread's first code: register tsx, then load this file (its `!isMainThread` part). */
const THREAD_BOOT = `
const { workerData } = require('node:worker_threads');
import('tsx/esm/api').then(({ register }) => {
  register();
  return import(workerData.url);
});
`;

function inThreads(count: number): Promise<{ index: number; eps: number }[]> {
  const share = Array.from({ length: count }, (_, w) =>
    RATES.flatMap((_, i) => (i % count === w ? [i] : [])),
  );
  return Promise.all(
    share.map(
      (indices) =>
        new Promise<{ index: number; eps: number }[]>((resolve, reject) => {
          // The thread loads this TypeScript file through tsx's loader, as the main thread
          // does (registered in the thread itself: Node 20 does not pass `--import tsx` on).
          const w = new Worker(THREAD_BOOT, {
            eval: true,
            workerData: { url: import.meta.url, indices },
          });
          w.once('message', (m: { index: number; eps: number }[]) => {
            resolve(m);
            void w.terminate();
          });
          w.once('error', reject);
        }),
    ),
  ).then((parts) => parts.flat());
}

async function main() {
  const load = () => loadavg()[0]!.toFixed(2);
  const loads = [load()];
  const single = singleRun();
  loads.push(load());
  const here = (await sweepHere(RATES.map((_, i) => i))).map((r) => r.examplesPerSecond);
  loads.push(load());
  // With one worker the app trains the sweep as the one-thread case above.
  const shared = async (workers: number) =>
    workers > 1 ? (await inThreads(workers)).map((r) => r.eps) : here;
  const workers = sweepWorkerCount(RATES.length, cpus().length);
  const threaded = await shared(workers);
  loads.push(load());
  const fmt = (v: number) => Math.round(v).toLocaleString('en-US');
  const row = (name: string, threads: number, eps: number[]) => ({
    threads,
    'ex/s each (min)': fmt(Math.min(...eps)),
    'ex/s each (max)': fmt(Math.max(...eps)),
    'min ÷ single run': (Math.min(...eps) / single).toFixed(2),
    name,
  });
  console.log(
    `\nSweep of ${RATES.length} learning rates on the default network, ${SECONDS} s each (${cpus().length} cores; load average ${loads.join(', ')})`,
  );
  console.log(`single run alone: ${fmt(single)} examples/s`);
  console.log('target: each sweep run ≥ 0.50 × a single run’s examples/s');
  console.table([
    row('one sweep thread', 1, here),
    row('as the app shares it here', workers, threaded),
  ]);
}
