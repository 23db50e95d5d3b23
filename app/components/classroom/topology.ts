import type { TrainingConfig } from '../../engine/trainingConfig';

/**
 * The network's shape in words, for asking before an import replaces it: inputs, hidden
 * layer sizes and the data set. Example: '2 inputs → 4-2 → circle'.
 */
export function topologyOf(c: TrainingConfig): string {
  const hidden = c.hidden.length ? c.hidden.join('-') : 'no hidden layer';
  return `${c.features.length} inputs → ${hidden} → ${c.dataset}`;
}
