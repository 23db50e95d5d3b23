import type { ProbeResult, Snapshot } from './protocol';

/** How long a snapshot request may stay unanswered before the client stops waiting for it. */
export const SNAPSHOT_TIMEOUT_MS = 2000;

interface PendingSnapshot {
  id: number;
  promise: Promise<Snapshot | null>;
  resolve: (s: Snapshot | null) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * The client's questions to the worker still waiting for an answer: at most one snapshot
 * request (asking again while it waits returns the same promise; it resolves null after
 * SNAPSHOT_TIMEOUT_MS) and any number of probes, all numbered from one counter.
 */
export class AwaitedAnswers {
  private nextId = 1;
  /** Id of the first request after the last run command (see isCurrent). */
  private firstCurrentId = 0;
  private pending: PendingSnapshot | null = null;
  private readonly probes = new Map<number, (result: ProbeResult) => void>();

  /** A command that starts, stops or resets the run was sent: earlier answers are stale. */
  markRunChanged(): void {
    this.firstCurrentId = this.nextId;
  }

  /** Whether the request `id` was asked after the last run command. */
  isCurrent(id: number): boolean {
    return id >= this.firstCurrentId;
  }

  /** A snapshot promise; `ask` sends the request with its id unless one is already waiting. */
  snapshot(ask: (requestId: number) => void): Promise<Snapshot | null> {
    if (this.pending) return this.pending.promise;
    const id = this.nextId++;
    let resolve!: (s: Snapshot | null) => void;
    const promise = new Promise<Snapshot | null>((r) => (resolve = r));
    const timer = setTimeout(() => this.settleSnapshot(id, null), SNAPSHOT_TIMEOUT_MS);
    this.pending = { id, promise, resolve, timer };
    ask(id);
    return promise;
  }

  /** A probe's answer promise; `ask` sends the probe with its id. */
  probe(ask: (requestId: number) => void): Promise<ProbeResult> {
    const id = this.nextId++;
    const answer = new Promise<ProbeResult>((resolve) => this.probes.set(id, resolve));
    ask(id);
    return answer;
  }

  /** The worker answered snapshot request `id` (answers to older requests are dropped). */
  settleSnapshot(id: number, snapshot: Snapshot | null): void {
    if (this.pending?.id === id) this.settlePending(snapshot);
  }

  /** The worker answered probe `id`. */
  answerProbe(id: number, result: ProbeResult): void {
    const resolve = this.probes.get(id);
    this.probes.delete(id);
    resolve?.(result);
  }

  /** The worker will not answer: the snapshot resolves null, every probe with `message`. */
  releaseAll(message: string): void {
    this.settlePending(null);
    const waiting = [...this.probes.values()];
    this.probes.clear();
    for (const resolve of waiting) resolve(probeFailure(message));
  }

  private settlePending(snapshot: Snapshot | null): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    clearTimeout(p.timer);
    p.resolve(snapshot);
  }
}

/** A probe answer that carries only why there is no answer. */
export function probeFailure(message: string): ProbeResult {
  return { kind: 'error', message };
}
