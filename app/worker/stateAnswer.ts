import type { TrainingSession } from '../engine/session';
import type { ProbeResult } from './protocol';

/**
 * The training state as it stands (weights, counters, optimiser and batch-norm state): what
 * the client keeps to bring a replaced worker back, and what exports and scenes save. With
 * `evaluate`, the readouts are first set to these weights' own numbers (mid-epoch too).
 */
export function answerState(s: TrainingSession | null, evaluate = false): ProbeResult {
  if (!s) return { kind: 'error', message: 'The network is not ready yet.' };
  if (evaluate) s.evaluateAll();
  return {
    kind: 'state',
    ...(evaluate
      ? {
          evaluation: {
            trainLoss: s.train.loss,
            validationLoss: s.validation.loss,
            testLoss: s.test.loss,
            trainAccuracy: s.train.accuracy,
            testAccuracy: s.test.accuracy,
          },
        }
      : {}),
    state: {
      parameters: s.net.params.slice(),
      epoch: s.epoch,
      step: s.step,
      extras: s.extras(),
    },
  };
}
