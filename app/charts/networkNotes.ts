import { select, type Selection } from 'd3-selection';
import { neuronKey, type NeuronNote } from '../engine/neuronRef';
import type { NetworkGeometry, NeuronGeometry } from './networkLayout';

/**
 * The neurons of `g` that carry a note, each with its text, in the layout's order; notes for
 * neurons the layout does not have are left out.
 */
export function notedNeurons(
  g: NetworkGeometry,
  notes: readonly NeuronNote[] | null,
): Map<NeuronGeometry, string> {
  const text = new Map((notes ?? []).map((n) => [neuronKey(n.neuron), n.text]));
  const noted = new Map<NeuronGeometry, string>();
  for (const node of g.nodes) {
    const t = text.get(neuronKey(node));
    if (t !== undefined) noted.set(node, t);
  }
  return noted;
}

/** Notes above their neurons (on a light chip so they read over edges); noted neurons lit. */
export function drawNotes(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  g: NetworkGeometry,
  notes: readonly NeuronNote[] | null,
): void {
  const byNode = notedNeurons(g, notes);
  const noted = [...byNode.keys()];
  svg
    .select('g.neurons')
    .selectAll<SVGRectElement, NeuronGeometry>('rect.neuron')
    .classed('is-noted', (n) => byNode.has(n));
  const chips = svg
    .select('g.notes')
    .selectAll<SVGGElement, NeuronGeometry>('g.note')
    .data(noted, neuronKey)
    .join((enter) => {
      const chip = enter.append('g').attr('class', 'note').attr('aria-hidden', 'true');
      chip.append('rect').attr('rx', 3);
      chip.append('text').attr('text-anchor', 'middle').attr('dy', '0.35em');
      return chip;
    })
    .attr('transform', (n) => `translate(${n.x},${n.y - n.size / 2 - 9})`);
  chips.select('text').text((n) => byNode.get(n) ?? '');
  // Neurons whose gap is less than a chip is tall get their chips beside them, not stacked
  // over the neuron above.
  const pitch = Math.min(
    Infinity,
    ...noted.slice(1).map((n, k) => (n.layer === noted[k]!.layer ? n.y - noted[k]!.y : Infinity)),
  );
  chips.each(function (this: SVGGElement, n) {
    const text = this.querySelector('text');
    const box = typeof text?.getBBox === 'function' ? text.getBBox() : null;
    if (!box) return;
    const beside = pitch - n.size < box.height + 6;
    select(this)
      .attr(
        'transform',
        beside
          ? `translate(${n.x + n.size / 2 + 4 + box.width / 2},${n.y})`
          : `translate(${n.x},${n.y - n.size / 2 - Math.max(9, box.height / 2 + 2)})`,
      )
      .select('rect')
      .attr('x', box.x - 3)
      .attr('y', box.y - 1)
      .attr('width', box.width + 6)
      .attr('height', box.height + 2);
  });
}
