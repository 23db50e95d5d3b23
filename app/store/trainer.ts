import { TrainingClient } from '../worker/client';

let client: TrainingClient | null = null;

/**
 * The page's one training client, created on first use (so importing the store in Node tests
 * never starts a worker).
 */
export function getTrainer(): TrainingClient {
  client ??= new TrainingClient();
  return client;
}
