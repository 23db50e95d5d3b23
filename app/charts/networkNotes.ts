import { select, type Selection } from 'd3-selection';
import type { NetworkGeometry, NeuronGeometry } from './networkLayout';

/** Notes under their neurons (on a light chip so they read over edges); noted neurons lit. */
export function drawNotes(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  g: NetworkGeometry,
  notes: Record<string, string> | null,
): void {
  const noted = g.nodes.filter((n) => notes?.[n.id] !== undefined);
  svg
    .select('g.neurons')
    .selectAll<SVGRectElement, NeuronGeometry>('rect.neuron')
    .classed('is-noted', (n) => notes?.[n.id] !== undefined);
  const chips = svg
    .select('g.notes')
    .selectAll<SVGGElement, NeuronGeometry>('g.note')
    .data(noted, (n) => n.id)
    .join((enter) => {
      const chip = enter.append('g').attr('class', 'note').attr('aria-hidden', 'true');
      chip.append('rect').attr('rx', 3);
      chip.append('text').attr('text-anchor', 'middle').attr('dy', '0.35em');
      return chip;
    })
    .attr('transform', (n) => `translate(${n.x},${n.y - n.size / 2 - 9})`);
  chips.select('text').text((n) => notes?.[n.id] ?? '');
  chips.each(function (this: SVGGElement) {
    const text = this.querySelector('text');
    const box = typeof text?.getBBox === 'function' ? text.getBBox() : null;
    if (!box) return;
    select(this)
      .select('rect')
      .attr('x', box.x - 3)
      .attr('y', box.y - 1)
      .attr('width', box.width + 6)
      .attr('height', box.height + 2);
  });
}
