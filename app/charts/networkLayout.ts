import { linkHorizontal } from 'd3-shape';
import type { NeuronRef } from '../engine/neuronRef';
import type { LayerLayout } from '../engine/sessionTypes';
import { BASE_FONT } from './chartText';

import { MAX_HIDDEN_LAYERS, MAX_UNITS, MIN_UNITS } from '../engine/configFields';

/** A +/− control drawn on the diagram; `hidden` is the topology a click asks for. */
export interface TopologyButton {
  id: string;
  action: 'addLayer' | 'removeLayer' | 'addNeuron' | 'removeNeuron';
  /** Hidden layer index for neuron buttons, -1 for layer buttons. */
  layer: number;
  /** Centre and side of the square button. */
  x: number;
  y: number;
  size: number;
  text: '+' | '−';
  ariaLabel: string;
  title: string;
  disabled: boolean;
  hidden: number[];
}

/** Where a neuron sits in the network: an input feature, a hidden neuron or an output. */
export type NeuronKind = 'input' | 'hidden' | 'output';

/**
 * One neuron as a rounded square centred on (x, y) with side `size`. It is its own
 * `NeuronRef`: `layer` is -1 for input features, else the index into `layers` (hidden layers,
 * then output). `slot` says which picture is its own: the feature index for inputs, the
 * running index over all hidden neurons (the order of `GridValues.neurons`) for hidden ones,
 * the output unit for outputs.
 */
export interface NeuronGeometry extends NeuronRef {
  kind: NeuronKind;
  layer: number;
  unit: number;
  slot: number;
  x: number;
  y: number;
  size: number;
  /** Human name, e.g. "x₁", "neuron 2 of layer 1", "the output". */
  name: string;
  activation: string;
}

/**
 * One weight: from unit `from` of the previous column to unit `to` of `layers[layer]`.
 * index = wOffset + (to·pieces)·fanIn + from; for maxout (pieces > 1) this is piece 0's row.
 */
export interface EdgeGeometry {
  id: string;
  layer: number;
  from: number;
  to: number;
  index: number;
  /** SVG path data of a horizontal link from the source's right side to the target's left side. */
  path: string;
  /** Accessible name without the value, e.g. "weight from x₁ to neuron 1 of layer 1". */
  name: string;
  /** Midpoint of the link, where an inline editor can sit. */
  mx: number;
  my: number;
}

/**
 * The bias of a hidden or output neuron { layer, unit }: a chip of radius r at the neuron's
 * lower-left corner.
 */
export interface BiasGeometry {
  id: string;
  layer: number;
  unit: number;
  /** bOffset + unit·pieces (piece 0 for maxout). */
  index: number;
  x: number;
  y: number;
  r: number;
  name: string;
  /** Output biases also show their value as text at (x + r + 3, y). */
  showValue: boolean;
}

/** A piece of text on the diagram: feature names, unit counts, activations, layer count. */
export interface DiagramLabel {
  id: string;
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  kind: 'feature' | 'units' | 'activation' | 'layers';
}

/** Everything the renderer draws, in pixels of a width × height box. */
export interface NetworkGeometry {
  width: number;
  height: number;
  /** The diagram's text size in px; the label bands and chips are sized for it. */
  fontSize: number;
  neuronSize: number;
  nodes: NeuronGeometry[];
  edges: EdgeGeometry[];
  biases: BiasGeometry[];
  buttons: TopologyButton[];
  labels: DiagramLabel[];
}

export interface NetworkLayoutInput {
  featureNames: readonly string[];
  /** Hidden layers then the output layer, as the worker reports them. */
  layers: readonly LayerLayout[];
  width: number;
  height: number;
  /** The configured hidden sizes (may run ahead of `layers`); defaults to the layers' units. */
  hidden?: readonly number[];
  /** Text size in px (default BASE_FONT): the label bands and buttons grow with it. */
  fontSize?: number;
  /**
   * Draw the +/− topology controls and the layer count above the network (default true).
   * Without them (a projector) the top band holds only the unit counts, and the neurons get
   * the room.
   */
  topologyControls?: boolean;
}

/** Vertical bands: two rows of controls and unit counts above, activation names below. */
const TOP_BAND = 72;
/** The top band without the controls: the unit counts alone. */
const TOP_BAND_BARE = 24;
const BOTTOM_BAND = 24;
const LEFT_BAND = 44;
/** Room right of the output for its bias value: "b = −3.12×10⁴" (the page's number style). */
const RIGHT_BAND = 84;
const MAX_SIZE = 40;
/** Centre-to-centre distance over side length, so squares never touch. */
const PITCH = 1.35;

const link = linkHorizontal();

/** "neuron 2 of layer 1", "x₁", "the output" / "output 2": how labels and tooltips name a unit. */
function neuronName(
  kind: NeuronKind,
  layer: number,
  unit: number,
  outputs: number,
  features: readonly string[],
): string {
  if (kind === 'input') return features[unit] ?? `input ${unit + 1}`;
  if (kind === 'output') return outputs === 1 ? 'the output' : `output ${unit + 1}`;
  return `neuron ${unit + 1} of layer ${layer + 1}`;
}

/**
 * Place the network in a width × height box. Columns are the inputs, each hidden layer and the
 * output layer, evenly spaced; each column is centred vertically. The neuron side is
 * min(40, what the tallest column allows, half the column spacing), so 16 neurons still fit.
 * Example: 2 features, layers [4 tanh, 1 sigmoid] in 600×400 give 7 nodes, 2·4 + 4·1 = 12 edges,
 * 5 biases and 2 + 2·1 topology buttons.
 */
export function networkLayout(input: NetworkLayoutInput): NetworkGeometry {
  const { featureNames, layers, width, height } = input;
  const fontSize = input.fontSize ?? BASE_FONT;
  // Every band that holds text grows with the text (presenter mode), never shrinks.
  const k = Math.max(1, fontSize / BASE_FONT);
  const controls = input.topologyControls ?? true;
  const TOP = (controls ? TOP_BAND : TOP_BAND_BARE) * k;
  const BOTTOM = BOTTOM_BAND * k;
  const LEFT_LABEL = LEFT_BAND * k;
  const RIGHT_LABEL = RIGHT_BAND * k;
  const hidden = input.hidden ?? layers.slice(0, -1).map((l) => l.units);
  const inputCount = layers[0]?.fanIn ?? featureNames.length;
  const columns = [inputCount, ...layers.map((l) => l.units)];
  const tallest = Math.max(1, ...columns);
  const bandH = Math.max(1, height - TOP - BOTTOM);
  const sizeV = Math.min(MAX_SIZE, bandH / tallest / PITCH);
  const left = LEFT_LABEL + sizeV / 2;
  const right = width - RIGHT_LABEL - sizeV / 2;
  const spacing = columns.length > 1 ? Math.max(0, right - left) / (columns.length - 1) : 0;
  const size = Math.max(1, columns.length > 1 ? Math.min(sizeV, spacing / 2) : sizeV);
  const pitch = Math.min(bandH / tallest, MAX_SIZE * 1.6);
  const midY = TOP + bandH / 2;
  const colX = (c: number): number => (columns.length > 1 ? left + c * spacing : width / 2);
  const outputs = layers[layers.length - 1]?.units ?? 0;

  const nodes: NeuronGeometry[] = [];
  const byColumn: NeuronGeometry[][] = [];
  let hiddenSlot = 0;
  columns.forEach((count, c) => {
    const layer = c - 1;
    const kind: NeuronKind = c === 0 ? 'input' : c === columns.length - 1 ? 'output' : 'hidden';
    const column: NeuronGeometry[] = [];
    for (let unit = 0; unit < count; unit++) {
      const node: NeuronGeometry = {
        kind,
        layer,
        unit,
        slot: kind === 'hidden' ? hiddenSlot++ : unit,
        x: colX(c),
        y: midY + (unit - (count - 1) / 2) * pitch,
        size,
        name: neuronName(kind, layer, unit, outputs, featureNames),
        activation: kind === 'input' ? 'input' : (layers[layer]?.activation ?? ''),
      };
      column.push(node);
      nodes.push(node);
    }
    byColumn.push(column);
  });

  const edges: EdgeGeometry[] = [];
  const biases: BiasGeometry[] = [];
  const r = Math.max(3, size * 0.13);
  layers.forEach((l, layer) => {
    const sources = byColumn[layer] ?? [];
    const targets = byColumn[layer + 1] ?? [];
    for (const target of targets) {
      const to = target.unit;
      const row = to * l.pieces;
      for (let from = 0; from < l.fanIn; from++) {
        const source = sources[from];
        if (!source) continue;
        const s: [number, number] = [source.x + size / 2, source.y];
        const t: [number, number] = [target.x - size / 2, target.y];
        edges.push({
          id: `w${layer}-${to}-${from}`,
          layer,
          from,
          to,
          index: l.wOffset + row * l.fanIn + from,
          path: link({ source: s, target: t }) ?? '',
          name: `weight from ${source.name} to ${target.name}`,
          mx: (s[0] + t[0]) / 2,
          my: (s[1] + t[1]) / 2,
        });
      }
      biases.push({
        id: `b${layer}-${to}`,
        layer,
        unit: to,
        index: l.bOffset + row,
        x: target.x - size / 2,
        y: target.y + size / 2,
        r,
        name: `bias of ${target.name}`,
        showValue: target.kind === 'output',
      });
    }
  });

  const labels: DiagramLabel[] = [];
  for (const node of byColumn[0] ?? []) {
    // The label margin holds about six characters; a longer column name (an imported CSV's
    // header) is cut with an ellipsis here and stays whole in the node's own name.
    const text = node.name.length > 6 ? `${node.name.slice(0, 5)}…` : node.name;
    labels.push({
      id: `f${node.unit}`,
      x: node.x - size / 2 - 5,
      y: node.y,
      text,
      anchor: 'end',
      kind: 'feature',
    });
  }
  layers.forEach((l, layer) => {
    const x = colX(layer + 1);
    labels.push({
      id: `a${layer}`,
      x,
      // Narrow columns stagger their activation names so neighbours do not run together.
      y: height - 8 * k - (spacing < 56 * k && layer % 2 === 1 ? 12 * k : 0),
      text: l.activation,
      anchor: 'middle',
      kind: 'activation',
    });
    if (layer < layers.length - 1) {
      const text =
        spacing >= 64 * k ? `${l.units} neuron${l.units === 1 ? '' : 's'}` : `${l.units}`;
      labels.push({
        id: `u${layer}`,
        x,
        y: (controls ? 58 : 16) * k,
        text,
        anchor: 'middle',
        kind: 'units',
      });
    }
  });
  const n = hidden.length;
  if (controls)
    labels.push({
      id: 'layers',
      x: width / 2,
      y: 14 * k,
      text: `${n} hidden layer${n === 1 ? '' : 's'}`,
      anchor: 'middle',
      kind: 'layers',
    });

  const drawn = Math.min(hidden.length, Math.max(0, layers.length - 1));
  const buttons = controls ? topologyButtons(hidden, drawn, colX, spacing, width / 2, k) : [];
  return { width, height, fontSize, neuronSize: size, nodes, edges, biases, buttons, labels };
}

/** Stroke width of an edge for weight w: 0.5 + 1.5·|w| px, clamped to 0.5..6 (NaN → 0.5). */
export function edgeStrokeWidth(w: number): number {
  const width = 0.5 + 1.5 * Math.abs(w);
  return Number.isFinite(width) ? Math.min(6, width) : 0.5;
}

/**
 * The +/− controls: a pair beside the "N hidden layers" text (adding repeats the last hidden
 * width, or 2 when there is none; removing drops the last layer) and a pair above each of the
 * first `drawn` hidden columns (1..16 neurons). Each carries the topology its click asks for.
 */
function topologyButtons(
  hidden: readonly number[],
  drawn: number,
  colX: (column: number) => number,
  spacing: number,
  centerX: number,
  k = 1,
): TopologyButton[] {
  const n = hidden.length;
  const layerButton = (action: 'addLayer' | 'removeLayer'): TopologyButton => {
    const add = action === 'addLayer';
    const disabled = add ? n >= MAX_HIDDEN_LAYERS : n === 0;
    return {
      id: action,
      action,
      layer: -1,
      x: centerX + (add ? 78 : -78) * k,
      y: 14 * k,
      size: 20 * k,
      text: add ? '+' : '−',
      ariaLabel: add ? 'Add a hidden layer' : 'Remove hidden layer',
      title: add
        ? disabled
          ? `At most ${MAX_HIDDEN_LAYERS} hidden layers`
          : 'Add a hidden layer (as wide as the last one)'
        : disabled
          ? 'There are no hidden layers to remove'
          : 'Remove the last hidden layer',
      disabled,
      hidden: disabled ? [...hidden] : add ? [...hidden, hidden[n - 1] ?? 2] : hidden.slice(0, -1),
    };
  };
  const buttons = [layerButton('removeLayer'), layerButton('addLayer')];
  const size = spacing > 0 ? Math.min(20 * k, spacing * 0.42) : 20 * k;
  for (let layer = 0; layer < drawn; layer++) {
    const units = hidden[layer] ?? MIN_UNITS;
    for (const add of [false, true]) {
      const disabled = add ? units >= MAX_UNITS : units <= MIN_UNITS;
      const next = [...hidden];
      if (!disabled) next[layer] = units + (add ? 1 : -1);
      buttons.push({
        id: `${add ? 'add' : 'remove'}-${layer}`,
        action: add ? 'addNeuron' : 'removeNeuron',
        layer,
        x: colX(layer + 1) + (add ? 1 : -1) * (size / 2 + 1),
        y: 38 * k,
        size,
        text: add ? '+' : '−',
        ariaLabel: `${add ? 'Add a neuron to' : 'Remove a neuron from'} hidden layer ${layer + 1}`,
        title: disabled
          ? `A layer has ${add ? `at most ${MAX_UNITS} neurons` : `at least ${MIN_UNITS} neuron`}`
          : `${add ? 'Add a neuron to' : 'Remove a neuron from'} hidden layer ${layer + 1}`,
        disabled,
        hidden: next,
      });
    }
  }
  return buttons;
}

/** The short text alternative: "2 inputs, hidden layers 4 and 2, 1 output". */
export function describeNetwork(geometry: NetworkGeometry): string {
  const count = (kind: NeuronKind) => geometry.nodes.filter((n) => n.kind === kind);
  const sizes: number[] = [];
  for (const n of count('hidden')) sizes[n.layer] = (sizes[n.layer] ?? 0) + 1;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const list = sizes.length > 1 ? `${sizes.slice(0, -1).join(', ')} and ${sizes.at(-1)!}` : '';
  const hidden =
    sizes.length === 0
      ? 'no hidden layers'
      : sizes.length === 1
        ? `1 hidden layer of ${sizes[0]!}`
        : `hidden layers ${list}`;
  return `${plural(count('input').length, 'input')}, ${hidden}, ${plural(count('output').length, 'output')}`;
}
