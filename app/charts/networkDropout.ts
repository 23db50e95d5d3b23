import type { Selection } from 'd3-selection';
import { neuronKey, type NeuronRef } from '../engine/neuronRef';
import type { EdgeGeometry, NetworkGeometry, NeuronGeometry } from './networkLayout';

/**
 * The edges a set of dropped neurons silences: every edge out of a dropped neuron (its output
 * is 0, so it carries nothing) and every edge into one (its dL/dz is 0, so the weight gets no
 * gradient from this example). An edge of layer l runs from unit `from` of layer l − 1
 * (−1: the inputs, never dropped) to unit `to` of layer l.
 */
export function silencedEdges(
  g: NetworkGeometry,
  dropped: readonly NeuronRef[],
): Set<EdgeGeometry> {
  const keys = new Set(dropped.map(neuronKey));
  const out = new Set<EdgeGeometry>();
  for (const e of g.edges) {
    const into = keys.has(neuronKey({ layer: e.layer, unit: e.to }));
    const from = e.layer > 0 && keys.has(neuronKey({ layer: e.layer - 1, unit: e.from }));
    if (into || from) out.add(e);
  }
  return out;
}

/** Grey the dropped neurons and the edges they silence (class `is-dropped`); null clears. */
export function drawDropped(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  g: NetworkGeometry,
  edgeEls: readonly SVGGElement[],
  dropped: readonly NeuronRef[] | null,
): void {
  const keys = new Set((dropped ?? []).map(neuronKey));
  svg
    .select('g.neurons')
    .selectAll<SVGRectElement, NeuronGeometry>('rect.neuron')
    .classed('is-dropped', (n) => n.kind === 'hidden' && keys.has(neuronKey(n)));
  const silenced = silencedEdges(g, dropped ?? []);
  g.edges.forEach((e, i) => edgeEls[i]?.classList.toggle('is-dropped', silenced.has(e)));
}
