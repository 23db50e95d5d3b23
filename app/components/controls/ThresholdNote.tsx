import { useAppStore } from '../../store/store';
import { thresholdStallNote } from '../../store/optionLabels';

/**
 * Said beside the activation controls while a hidden layer uses the threshold (step)
 * activation: why training stalls (its slope is zero, so no gradient passes back through it).
 */
export function ThresholdNote() {
  const layers = useAppStore((s) => s.config.activations);
  const at = layers.flatMap((a, i) => (a === 'threshold' ? [i + 1] : []));
  if (at.length === 0) return null;
  return (
    <p className="threshold-note" role="note">
      {thresholdStallNote(at, layers.length)}
    </p>
  );
}
