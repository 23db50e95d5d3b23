import type { SavedTraining, StateEvaluation } from './protocol';
import type { SweepCommand, SweepEvent, SweepRunReport } from './sweepProtocol';

/** The part of a Worker the sweep client uses; a fake with the same shape drives it in tests. */
export interface SweepWorkerLike {
  postMessage(message: SweepCommand, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<SweepEvent>) => void): void;
  terminate(): void;
}

/** What a sweep is asked to do (the client adds the id and shares the runs among workers). */
export type SweepSpec = Omit<Extract<SweepCommand, { type: 'start' }>, 'type' | 'id' | 'indices'>;

/** Hears a sweep's reports: the runs that changed, and whether every run has finished. */
export interface SweepListener {
  report(runs: SweepRunReport[], finished: boolean): void;
  error(message: string): void;
}

/** The real module worker that runs sweeps. */
export const createSweepWorker = (): SweepWorkerLike =>
  new Worker(new URL('./sweep.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as SweepWorkerLike;

/**
 * Workers a sweep of `runs` runs uses: one per spare core (one core is left to the page and the
 * live run's worker), never more than the runs, at least one. Example: 8 cores, 5 runs → 5.
 */
export function sweepWorkerCount(runs: number, cores: number): number {
  return Math.max(1, Math.min(runs, Math.floor(cores) - 1));
}

/**
 * Runs sweeps off the page's thread, sharing the runs among a few workers (see
 * sweepWorkerCount) and merging their reports. Workers start with the first sweep and stay
 * until the next one, a cancel or `dispose`, so a finished sweep's runs can still be asked
 * for their training state.
 */
export class SweepClient {
  private workers: SweepWorkerLike[] = [];
  /** Which worker trains each run of the current sweep. */
  private owner: number[] = [];
  private finished = new Set<number>();
  private id = 0;
  private nextRequest = 1;
  private readonly waiting = new Map<
    number,
    (answer: { state: SavedTraining; evaluation: StateEvaluation } | null) => void
  >();
  private listener: SweepListener | null = null;

  constructor(
    private readonly factory: () => SweepWorkerLike = createSweepWorker,
    private readonly cores: () => number = () => globalThis.navigator?.hardwareConcurrency ?? 2,
  ) {}

  /** Start a sweep (ending any earlier one); returns its id. */
  start(spec: SweepSpec, listener: SweepListener): number {
    this.stop();
    const id = ++this.id;
    this.listener = listener;
    const count = sweepWorkerCount(spec.values.length, this.cores());
    this.owner = spec.values.map((_, i) => i % count);
    this.finished.clear();
    for (let w = 0; w < count; w++) {
      const worker = this.factory();
      worker.addEventListener('message', (e) => this.receive(w, e.data));
      this.workers.push(worker);
      const indices = this.owner.flatMap((o, i) => (o === w ? [i] : []));
      worker.postMessage({ type: 'start', id, indices, ...spec });
    }
    return id;
  }

  /** The training state of run `index` of the current sweep, or null when it has none. */
  state(index: number): Promise<{ state: SavedTraining; evaluation: StateEvaluation } | null> {
    const worker = this.workers[this.owner[index] ?? -1];
    if (!worker) return Promise.resolve(null);
    const requestId = this.nextRequest++;
    const answer = new Promise<{ state: SavedTraining; evaluation: StateEvaluation } | null>(
      (resolve) => this.waiting.set(requestId, resolve),
    );
    worker.postMessage({ type: 'state', requestId, index });
    return answer;
  }

  /** Stop the current sweep and its workers. */
  stop(): void {
    for (const w of this.workers) w.terminate();
    this.workers = [];
    this.owner = [];
    this.listener = null;
    for (const resolve of this.waiting.values()) resolve(null);
    this.waiting.clear();
  }

  private receive(worker: number, event: SweepEvent): void {
    switch (event.type) {
      case 'progress':
        if (event.id !== this.id) return;
        if (event.finished) this.finished.add(worker);
        this.listener?.report(event.runs, this.finished.size === this.workers.length);
        return;
      case 'error':
        if (event.id === this.id) this.listener?.error(event.message);
        return;
      case 'state': {
        const resolve = this.waiting.get(event.requestId);
        this.waiting.delete(event.requestId);
        resolve?.(
          event.state && event.evaluation
            ? { state: event.state, evaluation: event.evaluation }
            : null,
        );
        return;
      }
    }
  }
}
