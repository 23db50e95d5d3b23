import type { TrainingSession } from '../engine/session';
import { SurfaceJob } from '../engine/sessionProbes';
import type { ProbeRequest, ProbeResult, WorkerEvent } from './protocol';

/** What the runner needs of the worker: posting, a clock and a way to yield. */
export interface SurfaceRunnerEnvironment {
  post(event: WorkerEvent, transfer: Transferable[]): void;
  now(): number;
  yieldThen(fn: () => void): void;
}

/**
 * A loss surface is hundreds of passes over the training set, so the worker computes it a few
 * cells at a time, in slices of at most `sliceMs`, between training slices: training and
 * snapshots go on while it is drawn. One surface at a time; a newer request replaces it.
 */
export class SurfaceRunner {
  private pending: { requestId: number; job: SurfaceJob } | null = null;
  private scheduled = false;

  constructor(
    private readonly env: SurfaceRunnerEnvironment,
    private readonly session: () => TrainingSession | null,
    private readonly sliceMs: number,
  ) {}

  start(requestId: number, req: Extract<ProbeRequest, { kind: 'surface' }>): void {
    const s = this.session();
    if (!s)
      return this.answer(requestId, { kind: 'error', message: 'The network is not ready yet.' });
    const count = s.net.plan.parameterCount;
    const valid = (k: number) => Number.isInteger(k) && k >= 0 && k < count;
    if (!valid(req.i) || !valid(req.j) || req.i === req.j)
      return this.answer(requestId, {
        kind: 'error',
        message: 'Pick two different parameters of this network.',
      });
    this.cancel('A newer surface was asked for.');
    const res = Number.isFinite(req.res) ? Math.max(5, Math.min(121, Math.round(req.res!))) : 41;
    this.pending = { requestId, job: new SurfaceJob(s, req.i, req.j, res) };
    this.schedule();
  }

  /** Answer a surface still being computed with an error (e.g. its network is gone). */
  cancel(message: string): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    this.answer(pending.requestId, { kind: 'error', message });
  }

  private answer(requestId: number, result: ProbeResult, transfer: Transferable[] = []): void {
    this.env.post({ type: 'probe', requestId, result }, transfer);
  }

  private schedule(): void {
    if (this.scheduled || !this.pending) return;
    this.scheduled = true;
    this.env.yieldThen(() => {
      this.scheduled = false;
      this.slice();
    });
  }

  private slice(): void {
    const s = this.session();
    const pending = this.pending;
    if (!s || !pending) return;
    const start = this.env.now();
    try {
      do pending.job.advance(s, 2);
      while (!pending.job.done && this.env.now() - start < this.sliceMs);
    } catch (err) {
      this.pending = null;
      const message = err instanceof Error ? err.message : String(err);
      return this.answer(pending.requestId, { kind: 'error', message });
    }
    if (!pending.job.done) return this.schedule();
    this.pending = null;
    const surface = pending.job.result;
    this.answer(pending.requestId, { kind: 'surface', surface }, [surface.losses.buffer]);
  }
}
