import type { TrainingConfig } from './trainingConfig';

/**
 * Why a run stops after `epoch` with training loss `trainLoss` under the configured stop
 * conditions (an epoch budget, a target loss), in words for the status line; '' to go on.
 */
export function stopReason(c: TrainingConfig, epoch: number, trainLoss: number): string {
  if (c.stopEpochs > 0 && epoch >= c.stopEpochs)
    return `Stopped after ${c.stopEpochs} epochs, as set.`;
  if (c.targetLoss > 0 && trainLoss <= c.targetLoss)
    return `Reached the target training loss ${c.targetLoss} at epoch ${epoch}.`;
  return '';
}

/**
 * Early stopping: with a validation set and a patience, true once the validation loss has not
 * improved for `patience` epochs since its best epoch.
 */
export function earlyStopDue(
  c: TrainingConfig,
  validationSize: number,
  epoch: number,
  bestEpoch: number,
): boolean {
  return c.patience > 0 && validationSize > 0 && epoch - bestEpoch >= c.patience;
}

/** The status line after early stopping went back to the weights of `bestEpoch`. */
export function earlyStopReason(patience: number, bestEpoch: number): string {
  return `Early stopping: the validation loss has not improved for ${patience} epochs since epoch ${bestEpoch}, so training stopped and the weights of epoch ${bestEpoch} are back.`;
}
