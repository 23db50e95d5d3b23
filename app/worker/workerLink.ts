import type { Command, WorkerEvent } from './protocol';

/*
 * What the training client needs of a worker, and what it tells the page about restarts.
 */

/** The part of a Worker the client uses; a fake with the same shape drives it in tests. */
export interface WorkerLike {
  postMessage(message: Command, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<WorkerEvent>) => void): void;
  addEventListener(type: 'error', listener: (e: Event) => void): void;
  terminate(): void;
}

/** Makes a fresh worker (called again after a crash). */
export type WorkerFactory = () => WorkerLike;

/** What a restart kept: where the restored weights and optimiser state stood, else null. */
export interface RestartReport {
  reason: string;
  /** 1 for the first restart in a row. */
  attempt: number;
  kept: { epoch: number; step: number } | null;
}

/** The client stopped trying: the worker failed this many times in a row. */
export interface GiveUpReport {
  reason: string;
  attempts: number;
}

/** The real module worker that runs the training engine. */
export const createTrainingWorker: WorkerFactory = () =>
  new Worker(new URL('./training.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
