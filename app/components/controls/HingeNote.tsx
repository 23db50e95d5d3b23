import { useAppStore } from '../../store/store';

/**
 * Said under the loss control while the hinge loss is chosen: its labels are −1 and +1 (not 0
 * and 1), the output's sign is the class, and with a tanh output a confidently wrong example
 * barely moves (tanh is flat there; app/engine/hingeHeads.test.ts checks both outputs).
 */
export function HingeNote() {
  const loss = useAppStore((s) => s.config.loss);
  const output = useAppStore((s) => s.config.outputActivation);
  if (loss !== 'hinge') return null;
  return (
    <p className="threshold-note hinge-note" role="note">
      Hinge trains towards the labels −1 and +1: class 0 is −1, class 1 is +1. The loss is max(0, 1
      − y·ŷ), so the output&apos;s sign is the class and the boundary is where it is 0.
      {output === 'tanh'
        ? ' With a tanh output, an example that is confidently wrong sits where tanh is flat and gets almost no push: on XOR it stalls near 75% where a linear output solves it.'
        : ' A linear output can pass the margin of 1: beyond it an example costs nothing and stops moving the weights.'}
    </p>
  );
}
