import { TrainingClient } from '../worker/client';

/**
 * What the store asks of the training worker: the client's commands, probes and events. Tests
 * give the store a recorder of the same shape.
 */
export type Trainer = Pick<
  TrainingClient,
  | 'start'
  | 'setData'
  | 'configure'
  | 'play'
  | 'pause'
  | 'step'
  | 'reset'
  | 'setSpeed'
  | 'restore'
  | 'rewind'
  | 'setParameter'
  | 'requestSnapshot'
  | 'isCurrent'
  | 'probe'
  | 'watch'
  | 'onReady'
  | 'onError'
  | 'onRestart'
  | 'onGiveUp'
>;

let client: TrainingClient | null = null;

/**
 * The page's one training client, the one the page's store is built with. Making it starts no
 * worker (that waits for the first command or `start()`), so Node tests can import the store.
 * Everything else reaches it through the store (`useAppStore.getState().trainer`).
 */
export function getTrainer(): TrainingClient {
  client ??= new TrainingClient();
  return client;
}
