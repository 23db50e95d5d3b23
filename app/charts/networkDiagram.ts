import { select, type Selection } from 'd3-selection';
import { formatNumber } from '../engine/numberText';
import { drawNotes } from './networkNotes';
import { drawDropped } from './networkDropout';
import { drawValues, type ValueLayer } from './networkValues';
import { neuronKey, type NeuronNote, type NeuronRef } from '../engine/neuronRef';
import type { GridValues } from '../engine/sessionTypes';
import {
  describeNetwork,
  type BiasGeometry,
  type EdgeGeometry,
  type NetworkGeometry,
  type NeuronGeometry,
} from './networkLayout';
import {
  createPictureBuffer,
  neuronPictures,
  paintNeuronPictures,
  type PictureBuffer,
} from './neuronThumbnails';

/**
 * What a click (or Enter/Space) on the diagram selects. `index` is the position in the flat
 * parameter vector; for maxout neurons it is piece 0's weight or bias.
 */
export type DiagramSelection =
  | { kind: 'weight'; layer: number; to: number; from: number; index: number }
  | { kind: 'bias'; layer: number; unit: number; index: number };

/** Everything the diagram draws; pass new parameters every frame, the rest when it changes. */
export interface NetworkDiagramData {
  geometry: NetworkGeometry;
  parameters?: Float64Array;
  grid?: GridValues;
  /** res·res values per input feature (featureNames order); defaults to `grid.features`. */
  inputPictures?: Float32Array;
  selectedIndex?: number | null;
  /**
   * Short numbers written beside neurons (e.g. { neuron: { layer: 0, unit: 0 }, text: 'a = 0.42' }):
   * the backpropagation step-through marks the layer it is at. Those neurons are highlighted.
   */
  notes?: readonly NeuronNote[] | null;
  /** Neurons dropout switches off for the example shown: greyed with the edges they silence. */
  dropped?: readonly NeuronRef[] | null;
}

export interface NetworkDiagramCallbacks {
  onSelect(selection: DiagramSelection): void;
  onTopology(topology: { hidden: number[] }): void;
  /** The neuron under the pointer (inputs included), or null when the pointer leaves. */
  onHoverNeuron?(neuron: NeuronRef | null): void;
  /** A hidden or output neuron was clicked, or activated with Enter or Space. */
  onPickNeuron?(neuron: NeuronRef): void;
}

type Hovered =
  | { type: 'edge'; item: EdgeGeometry }
  | { type: 'bias'; item: BiasGeometry }
  | { type: 'neuron'; item: NeuronGeometry };

/** What one diagram keeps between frames so that a parameter-only update touches only values. */
interface DiagramState extends ValueLayer {
  canvas: HTMLCanvasElement;
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  controls: Selection<HTMLDivElement, unknown, null, undefined>;
  tooltip: HTMLDivElement;
  buffer: PictureBuffer;
  callbacks: NetworkDiagramCallbacks;
  pictures: { grid?: GridValues; inputs?: Float32Array };
  biasOf: Map<string, BiasGeometry>;
  selectedIndex: number | null;
  hovered: Hovered | null;
  notes: readonly NeuronNote[] | null;
  dropped: readonly NeuronRef[] | null;
}

const states = new WeakMap<HTMLElement, DiagramState>();

function setup(element: HTMLElement, callbacks: NetworkDiagramCallbacks): DiagramState {
  const root = select(element).classed('network-diagram__chart', true);
  // The +/− buttons come first in tab order (before hundreds of edges); CSS stacks them on top.
  const controls = root.append('div').attr('class', 'network-diagram__controls');
  const canvas = root.append('canvas').attr('class', 'network-diagram__pictures').node()!;
  const svg = root
    .append('svg')
    .attr('class', 'network-diagram__svg')
    .attr('role', 'group')
    .attr('aria-label', 'Network diagram');
  svg.append('desc');
  for (const layer of ['edges', 'neurons', 'biases', 'labels', 'notes'])
    svg.append('g').attr('class', layer);
  const tip = root.append('div').attr('class', 'network-diagram__tooltip');
  const tooltip = tip.attr('aria-hidden', 'true').property('hidden', true).node()!;
  return {
    canvas,
    svg,
    controls,
    tooltip,
    buffer: createPictureBuffer(),
    callbacks,
    geometry: null,
    pictures: {},
    edgeEls: [],
    biasEls: [],
    edgeValues: new Float64Array(0),
    labelTime: Number.NEGATIVE_INFINITY,
    labelTimer: null,
    biasOf: new Map(),
    selectedIndex: null,
    hovered: null,
    notes: null,
    dropped: null,
  };
}

/** Enter and Space act like a click on the diagram's focusable items. */
function onActivate(event: KeyboardEvent, act: () => void): void {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    act();
  }
}

function tooltipText(state: DiagramState, hovered: Hovered): string {
  const p = state.parameters;
  if (hovered.type !== 'neuron')
    return `${hovered.item.name}: ${formatNumber(p?.[hovered.item.index] ?? NaN)}`;
  const n = hovered.item;
  if (n.kind === 'input') return `${n.name}: input feature`;
  const bias = state.biasOf.get(neuronKey(n));
  return `${n.name} · ${n.activation} · bias ${formatNumber((bias ? p?.[bias.index] : undefined) ?? NaN)}`;
}

function showTooltip(state: DiagramState, hovered: Hovered | null, x = 0, y = 0): void {
  state.hovered = hovered;
  const tip = state.tooltip;
  if (!hovered) {
    tip.hidden = true;
    return;
  }
  tip.hidden = false;
  tip.textContent = tooltipText(state, hovered);
  tip.style.left = `${x + 12}px`;
  tip.style.top = `${y + 12}px`;
}

/** Pointer position relative to the diagram's box. */
function localPoint(state: DiagramState, event: MouseEvent): [number, number] {
  const box = state.canvas.getBoundingClientRect();
  return [event.clientX - box.left, event.clientY - box.top];
}

/** Rebuild the structure with keyed joins (existing elements are reused and moved). */
function layout(state: DiagramState, g: NetworkGeometry): void {
  const { svg } = state;
  const dpr = globalThis.devicePixelRatio || 1;
  state.canvas.width = Math.round(g.width * dpr);
  state.canvas.height = Math.round(g.height * dpr);
  state.canvas.style.width = `${g.width}px`;
  state.canvas.style.height = `${g.height}px`;
  svg.attr('width', g.width).attr('height', g.height).attr('viewBox', `0 0 ${g.width} ${g.height}`);
  svg.select('desc').text(describeNetwork(g));
  const hover =
    <T>(h: (d: T) => Hovered) =>
    (event: MouseEvent, d: T) =>
      showTooltip(state, h(d), ...localPoint(state, event));
  const leave = () => showTooltip(state, null);
  const focusTip = (h: Hovered, x: number, y: number) => showTooltip(state, h, x, y);

  const selectEdge = ({ layer, to, from, index }: EdgeGeometry) =>
    state.callbacks.onSelect({ kind: 'weight', layer, to, from, index });
  const edges = svg
    .select<SVGGElement>('g.edges')
    .selectAll<SVGGElement, EdgeGeometry>('g.edge')
    .data(g.edges, (e) => e.id)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'edge').attr('tabindex', 0).attr('role', 'button');
      e.append('path').attr('class', 'edge__hit');
      e.append('path').attr('class', 'edge__line');
      return e;
    })
    .on('click', (_, e) => selectEdge(e))
    .on('keydown', (event: KeyboardEvent, e) => onActivate(event, () => selectEdge(e)))
    .on(
      'mousemove',
      hover((e: EdgeGeometry) => ({ type: 'edge', item: e })),
    )
    .on('focus', (_, e) => focusTip({ type: 'edge', item: e }, e.mx, e.my))
    .on('mouseleave blur', leave)
    .order();
  // select (not selectAll) hands the updated datum down to the reused child paths.
  edges.select('path.edge__hit').attr('d', (e) => e.path);
  edges.select('path.edge__line').attr('d', (e) => e.path);
  state.edgeEls = edges.nodes();
  state.edgeValues = new Float64Array(g.edges.length).fill(Number.NaN);

  const pick = (n: NeuronGeometry) => {
    if (n.kind !== 'input') state.callbacks.onPickNeuron?.({ layer: n.layer, unit: n.unit });
  };
  svg
    .select('g.neurons')
    .selectAll<SVGRectElement, NeuronGeometry>('rect.neuron')
    .data(g.nodes, neuronKey)
    .join('rect')
    .attr('class', (n) => `neuron neuron--${n.kind}`)
    .attr('data-neuron', neuronKey)
    // Hidden and output neurons open their focus view, from the keyboard too.
    .attr('tabindex', (n) => (n.kind === 'input' ? null : 0))
    .attr('role', (n) => (n.kind === 'input' ? null : 'button'))
    .attr('aria-label', (n) => (n.kind === 'input' ? null : `${n.name}: show its worked sum`))
    .attr('x', (n) => n.x - n.size / 2)
    .attr('y', (n) => n.y - n.size / 2)
    .attr('width', (n) => n.size)
    .attr('height', (n) => n.size)
    .attr('rx', 4)
    .on('mouseenter', (_, n) => state.callbacks.onHoverNeuron?.({ layer: n.layer, unit: n.unit }))
    .on('click', (_, n) => pick(n))
    .on('keydown', (event: KeyboardEvent, n) => onActivate(event, () => pick(n)))
    .on(
      'mousemove',
      hover((n: NeuronGeometry) => ({ type: 'neuron', item: n })),
    )
    .on('focus', (_, n) => focusTip({ type: 'neuron', item: n }, n.x, n.y))
    .on('blur', leave)
    .on('mouseleave', () => {
      state.callbacks.onHoverNeuron?.(null);
      leave();
    });

  const selectBias = (b: BiasGeometry) =>
    state.callbacks.onSelect({ kind: 'bias', layer: b.layer, unit: b.unit, index: b.index });
  const biases = svg
    .select<SVGGElement>('g.biases')
    .selectAll<SVGGElement, BiasGeometry>('g.bias')
    .data(g.biases, (b) => b.id)
    .join((enter) => {
      const b = enter.append('g').attr('class', 'bias').attr('tabindex', 0).attr('role', 'button');
      b.append('circle');
      return b;
    })
    .on('click', (_, b) => selectBias(b))
    .on('keydown', (event: KeyboardEvent, b) => onActivate(event, () => selectBias(b)))
    .on(
      'mousemove',
      hover((b: BiasGeometry) => ({ type: 'bias', item: b })),
    )
    .on('focus', (_, b) => focusTip({ type: 'bias', item: b }, b.x, b.y))
    .on('mouseleave blur', leave);
  biases
    .select('circle')
    .attr('cx', (b) => b.x)
    .attr('cy', (b) => b.y)
    .attr('r', (b) => b.r);
  // A labelled chip: a transparent box makes the value text part of the click target.
  const chips = biases
    .selectAll<SVGGElement, BiasGeometry>('g.bias__chip')
    .data((b) => (b.showValue ? [b] : []))
    .join((enter) => {
      const c = enter.append('g').attr('class', 'bias__chip');
      c.append('rect').attr('class', 'bias__hit');
      c.append('text').attr('class', 'bias__value');
      return c;
    });
  // The chip's box and text offset are drawn for 11 px text; larger text scales them.
  const k = Math.max(1, g.fontSize / 11);
  chips
    .select('rect')
    .attr('x', (b) => b.x - b.r)
    .attr('y', (b) => b.y - b.r)
    .attr('width', (b) => 2 * b.r + 66 * k)
    .attr('height', (b) => 2 * b.r + 14 * k);
  chips
    .select('text')
    .attr('x', (b) => b.x + b.r + 2)
    .attr('y', (b) => b.y + b.r + 8 * k);
  state.biasEls = biases.nodes();
  state.biasOf = new Map(g.biases.map((b) => [neuronKey(b), b]));

  svg
    .select('g.labels')
    .selectAll<SVGTextElement, NetworkGeometry['labels'][number]>('text')
    .data(g.labels, (l) => l.id)
    .join('text')
    .attr('class', (l) => `label label--${l.kind}`)
    .attr('x', (l) => l.x)
    .attr('y', (l) => l.y)
    .attr('text-anchor', (l) => l.anchor)
    .attr('dominant-baseline', 'middle')
    .text((l) => l.text);

  state.controls
    .selectAll<HTMLButtonElement, NetworkGeometry['buttons'][number]>('button')
    .data(g.buttons, (b) => b.id)
    .join((enter) => enter.append('button').attr('type', 'button'))
    .attr('class', (b) => `topology-button topology-button--${b.action}`)
    .style('left', (b) => `${b.x - b.size / 2}px`)
    .style('top', (b) => `${b.y - b.size / 2}px`)
    .style('width', (b) => `${b.size}px`)
    .style('height', (b) => `${b.size}px`)
    .style('font-size', (b) => `${Math.max(9, b.size * 0.75)}px`)
    .attr('aria-label', (b) => b.ariaLabel)
    .attr('title', (b) => b.title)
    .property('disabled', (b) => b.disabled)
    .text((b) => b.text)
    .on('click', (_, b) => {
      if (!b.disabled) state.callbacks.onTopology({ hidden: [...b.hidden] });
    });
}

function drawSelection(state: DiagramState, g: NetworkGeometry, index: number | null): void {
  g.edges.forEach((e, i) => state.edgeEls[i]?.classList.toggle('is-selected', e.index === index));
  g.biases.forEach((b, i) => state.biasEls[i]?.classList.toggle('is-selected', b.index === index));
}

function drawPictures(state: DiagramState, data: NetworkDiagramData): void {
  const ctx = state.canvas.getContext('2d');
  if (!ctx) return;
  const dpr = state.canvas.width / Math.max(1, data.geometry.width);
  ctx.clearRect(0, 0, state.canvas.width, state.canvas.height);
  const pictures = neuronPictures(data.geometry.nodes, data.grid, data.inputPictures);
  paintNeuronPictures(ctx, pictures, state.buffer, dpr);
  const painted = new Set(pictures.map((p) => p.node));
  state.svg
    .selectAll<SVGRectElement, NeuronGeometry>('rect.neuron')
    .classed('is-empty', (n) => !painted.has(n));
}

/**
 * Draw the network into `element` (a positioned block; the diagram adds a canvas of neuron
 * pictures under an SVG of edges, neurons, biases and labels, plus HTML +/− buttons).
 * Call it again with new data: a new geometry object re-joins the elements, a new grid repaints
 * the pictures, and new parameters only restyle the edges and biases whose value changed.
 */
export function renderNetworkDiagram(
  element: HTMLElement,
  data: NetworkDiagramData,
  callbacks: NetworkDiagramCallbacks,
): void {
  let state = states.get(element);
  if (!state) {
    state = setup(element, callbacks);
    states.set(element, state);
  }
  state.callbacks = callbacks;
  const g = data.geometry;
  const relaid = state.geometry !== g;
  if (relaid) {
    layout(state, g);
    state.geometry = g;
    state.labelTime = Number.NEGATIVE_INFINITY;
  }
  state.parameters = data.parameters;
  drawValues(state, g, data.parameters);
  if (state.hovered && !state.tooltip.hidden)
    state.tooltip.textContent = tooltipText(state, state.hovered);
  const selected = data.selectedIndex ?? null;
  if (relaid || selected !== state.selectedIndex) {
    drawSelection(state, g, selected);
    state.selectedIndex = selected;
  }
  const notes = data.notes ?? null;
  if (relaid || notes !== state.notes) {
    drawNotes(state.svg, g, notes);
    state.notes = notes;
  }
  const dropped = data.dropped ?? null;
  if (relaid || dropped !== state.dropped) {
    drawDropped(state.svg, g, state.edgeEls, dropped);
    state.dropped = dropped;
  }
  const pics = state.pictures;
  if (relaid || pics.grid !== data.grid || pics.inputs !== data.inputPictures) {
    drawPictures(state, data);
    state.pictures = { grid: data.grid, inputs: data.inputPictures };
  }
}

/** Remove everything the diagram added to `element`. */
export function destroyNetworkDiagram(element: HTMLElement): void {
  if (!states.has(element)) return;
  states.delete(element);
  select(element).selectAll('*').remove();
}
