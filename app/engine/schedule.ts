import type { ScheduleName } from './trainingConfig';

/**
 * Learning rate at a given epoch (completed epochs, from 0):
 *   constant     η
 *   step         η · rate^⌊epoch / every⌋
 *   exponential  η · rate^(epoch / every)
 */
export function scheduledRate(
  base: number,
  schedule: ScheduleName,
  epoch: number,
  rate: number,
  every: number,
): number {
  switch (schedule) {
    case 'constant':
      return base;
    case 'step':
      return base * Math.pow(rate, Math.floor(epoch / every));
    case 'exponential':
      return base * Math.pow(rate, epoch / every);
  }
}
