import { silencedExamples, type BatchDropout } from '../../engine/dropoutMasks';
import type { NeuronRef } from '../../engine/neuronRef';
import type { NetworkInfo, TraceProbe } from '../../worker/protocol';
import { locateParameter, neuronName } from './parameterNames';

/**
 * Under the weight-descent chart, with dropout in slow motion or step by step: how many examples
 * of the next batch add nothing to this parameter's slope because its neuron (or the neuron
 * feeding it) is dropped for them. The dashed curve and its slope use those very masks.
 */
export function DescentDropoutNote(props: {
  info: NetworkInfo;
  dropout: BatchDropout;
  index: number;
}) {
  const { info, dropout, index } = props;
  const loc = locateParameter(info.layers, index);
  if (!loc || (loc.kind !== 'weight' && loc.kind !== 'bias')) return null;
  const lastLayer = info.layers.length - 1;
  const target: NeuronRef | null =
    loc.layer < lastLayer ? { layer: loc.layer, unit: loc.unit } : null;
  const source: NeuronRef | null =
    loc.kind === 'weight' && loc.layer > 0 ? { layer: loc.layer - 1, unit: loc.col } : null;
  const involved = [target, source].filter((n): n is NeuronRef => n !== null);
  if (involved.length === 0) return null;
  const silent = silencedExamples(dropout, target, source);
  const names = involved.map((n) => neuronName(info.layers, n.layer, n.unit)).join(' or ');
  return (
    <p className="view-note" aria-label="Dropout in the next batch">
      Dropout: for {silent} of the {dropout.rows.length} examples in the next batch {names} is
      dropped, so they add exactly 0 to this slope. The dashed curve and its tangent use the next
      step&apos;s real masks; the solid curve, like evaluation, uses every neuron.
    </p>
  );
}

/** In the step-through: this example's dropped neurons, whose a, dL/da and dL/dz are 0. */
export function TraceDropoutNote({ info, trace }: { info: NetworkInfo; trace: TraceProbe }) {
  const d = trace.dropout;
  if (!d) return null;
  const names = d.dropped.map((n) => neuronName(info.layers, n.layer, n.unit));
  return (
    <p className="view-note" aria-label="Dropout for this example">
      Dropout: this example is {d.position + 1} of {d.batchSize} in the next batch, traced with its
      real mask.{' '}
      {names.length === 0
        ? 'No neuron is dropped for it.'
        : `Dropped for it: ${names.join(', ')}. Their a is 0, so nothing flows on from them, and dL/dz, dW and db of those neurons are 0 for this example.`}
    </p>
  );
}
