import type { OptimizerName } from '../../engine/trainingConfig';
import type { RaceLaneSpec } from '../../worker/protocol';

/** What a race compares: optimisers at the current batch size, or batch sizes. */
export type RaceKind = 'optimizers' | 'batch';

/** Steps each lane of the optimiser race takes. */
export const RACE_STEPS = 150;

/** Epochs each lane of the batch-size race trains: the same examples seen by every lane. */
export const RACE_EPOCHS = 2;

/**
 * The race's lanes. Optimisers: the current batch size, RACE_STEPS steps each. Batch sizes:
 * 1, a mini-batch and the full batch, RACE_EPOCHS epochs each (so the comparison is per
 * epoch, as in the lesson); the mini-batch is the current size when that lies strictly
 * between, else 10 (or the middle), so the three lanes always differ.
 */
export function raceLanes(kind: RaceKind, batch: number, n: number): RaceLaneSpec[] {
  const lane = (label: string, optimizer: OptimizerName, batchSize: number, epochs?: number) => ({
    label,
    optimizer,
    batchSize,
    epochs,
  });
  if (kind === 'optimizers')
    return [
      lane('SGD', 'sgd', batch),
      lane('Momentum', 'momentum', batch),
      lane('Adam', 'adam', batch),
    ];
  const mini = batch > 1 && batch < n ? batch : Math.max(2, Math.min(10, Math.floor(n / 2)));
  const perEpoch = (b: number) => Math.ceil(n / b);
  const steps = (b: number) => `${perEpoch(b) * RACE_EPOCHS} steps`;
  const lanes = [lane(`batch 1: ${steps(1)}`, 'sgd', 1, RACE_EPOCHS)];
  if (mini < n) lanes.push(lane(`batch ${mini}: ${steps(mini)}`, 'sgd', mini, RACE_EPOCHS));
  lanes.push(lane(`full batch (${n}): ${steps(n)}`, 'sgd', n, RACE_EPOCHS));
  return lanes;
}
