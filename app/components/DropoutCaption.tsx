import type { BatchDropout } from '../engine/dropoutMasks';
import type { LayerLayout } from '../engine/sessionTypes';
import { useAppStore } from '../store/store';
import { neuronName } from './views/parameterNames';
import { grouped } from '../engine/numberText';

export interface DropoutCaptionProps {
  dropout: BatchDropout;
  layers: LayerLayout[];
  /** The example shown: its place in the batch and its dropped neurons. */
  shown: { position: number; row: number; dropped: { layer: number; unit: number }[] };
  evaluation: boolean;
  onEvaluation(on: boolean): void;
}

/**
 * Under the diagram in slow motion and step by step: which neurons the next step's dropout
 * switches off for one example of its batch (the engine's own masks), other examples of the
 * batch one click away, and evaluation (every neuron, no rescaling) as the contrast.
 */
export function DropoutCaption({
  dropout,
  layers,
  shown,
  evaluation,
  onEvaluation,
}: DropoutCaptionProps) {
  const pickExample = useAppStore((s) => s.pickExample);
  const B = dropout.rows.length;
  const hiddenCount = dropout.layers.reduce((n, m) => n + m.units, 0);
  const rates = [...new Set(dropout.layers.map((m) => m.rate))];
  const p = rates.length === 1 ? rates[0]! : null;
  const scale = p === null ? '1/(1−p)' : `1/(1−${p}) = ${formatScale(1 / (1 - p))}`;
  const go = (delta: number) => pickExample(dropout.rows[(shown.position + delta + B) % B] ?? null);
  const names = shown.dropped.map((n) => neuronName(layers, n.layer, n.unit));
  return (
    <div className="dropout-caption" role="group" aria-label="Dropout">
      <div className="dropout-caption__row">
        <button
          type="button"
          className="secondary dropout-caption__mode"
          aria-pressed={!evaluation}
          onClick={() => onEvaluation(false)}
        >
          Training step {grouped(dropout.step)}
        </button>
        <button
          type="button"
          className="secondary dropout-caption__mode"
          aria-pressed={evaluation}
          onClick={() => onEvaluation(true)}
        >
          Evaluation
        </button>
        {!evaluation && B > 1 && (
          <>
            <button
              type="button"
              className="secondary"
              aria-label="Previous example of the batch"
              onClick={() => go(-1)}
            >
              ‹
            </button>
            <span aria-label="Example of the batch">
              example {shown.position + 1} of {B}
            </span>
            <button
              type="button"
              className="secondary"
              aria-label="Next example of the batch"
              onClick={() => go(1)}
            >
              ›
            </button>
          </>
        )}
        <details className="dropout-caption__more">
          <summary aria-label={evaluation ? 'Evaluation' : 'Dropped count'}>
            {evaluation ? 'every neuron' : `${names.length} of ${hiddenCount} dropped (grey)`}
          </summary>
          <p
            className="dropout-caption__text"
            aria-label={evaluation ? 'Evaluation' : 'Dropped neurons'}
          >
            {evaluation
              ? `Evaluation (output plot, test loss): every neuron, nothing rescaled; training already multiplied kept neurons by ${scale}.`
              : names.length === 0
                ? `No neuron of ${hiddenCount} is dropped for this example.`
                : `Dropped for this example: ${names.join(', ')}. Their output is 0, so nothing flows on from them and the weights into them get no gradient from it; kept neurons are multiplied by ${scale}.`}
          </p>
        </details>
      </div>
    </div>
  );
}

function formatScale(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(3).replace(/0+$/, '');
}
