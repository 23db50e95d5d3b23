import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { NeuronNote, NeuronRef } from '../../engine/neuronRef';
import type { GridValues, LayerLayout } from '../../engine/sessionTypes';
import {
  destroyNetworkDiagram,
  renderNetworkDiagram,
  type DiagramSelection,
  type NetworkDiagramCallbacks,
} from '../../charts/networkDiagram';
import { SHORT, formatNumber } from '../../engine/numberText';
import { networkLayout, type NetworkGeometry } from '../../charts/networkLayout';
import '../../styles/network.css';
import { useChartFont } from './useChartFont';
import { useElementSize } from './useElementSize';

export interface NetworkDiagramProps {
  featureNames: string[];
  /** Hidden layers then the output layer, from the worker's NetworkInfo. */
  layers: LayerLayout[];
  parameters?: Float64Array;
  grid?: GridValues;
  /** res·res values per input feature; defaults to `grid.features`, else plain squares. */
  inputPictures?: Float32Array;
  /** The configured hidden sizes; the +/− buttons compute the next topology from these. */
  hidden: number[];
  /** Flat parameter index of the selected weight or bias. */
  selectedIndex?: number | null;
  onSelect(selection: DiagramSelection): void;
  onEditValue(index: number, value: number): void;
  onTopology(topology: { hidden: number[] }): void;
  onHoverNeuron?(neuron: NeuronRef | null): void;
  onPickNeuron?(neuron: NeuronRef): void;
  /** Numbers written beside neurons (the backprop step-through's current layer). */
  notes?: readonly NeuronNote[] | null;
  /** Neurons dropout switches off for the example shown (greyed, with their edges). */
  dropped?: readonly NeuronRef[] | null;
  /**
   * Draw the +/− topology controls and the selected value's field (default true; a projector
   * leaves them out, so nothing covers the neurons and the diagram gets their room).
   */
  topologyControls?: boolean;
  /** Fixed size in CSS px; without them the diagram fills its container. */
  width?: number;
  height?: number;
}

/** The selected weight or bias: its accessible name and where its editor sits. */
function selectedItem(geometry: NetworkGeometry, index: number | null | undefined) {
  if (index === null || index === undefined) return null;
  const edge = geometry.edges.find((e) => e.index === index);
  if (edge) return { name: edge.name, symbol: 'w', x: edge.mx, y: edge.my };
  const bias = geometry.biases.find((b) => b.index === index);
  if (bias) return { name: bias.name, symbol: 'b', x: bias.x, y: bias.y + bias.r + 16 };
  return null;
}

interface ValueEditorProps {
  index: number;
  value: number | undefined;
  name: string;
  symbol: string;
  x: number;
  y: number;
  maxX: number;
  onEditValue(index: number, value: number): void;
  /** Fold the field away (the selection stays). */
  onClose(): void;
}

/**
 * A number field beside the selected item. While it has focus the live value is frozen (so
 * select-all and typing work during training); Enter or leaving the field applies an edited
 * value, Escape drops the draft.
 */
function ValueEditor(props: ValueEditorProps) {
  const { index, value, name, symbol, x, y, maxX, onEditValue, onClose } = props;
  const id = useId();
  const [draft, setDraft] = useState<{ text: string; initial: string } | null>(null);
  // The field's text is what Number() reads back, so an untouched value applies unchanged.
  const live = value === undefined ? '' : formatNumber(value, SHORT, 'input');
  const commit = () => {
    if (draft === null) return;
    const v = Number(draft.text);
    if (draft.text !== draft.initial && draft.text.trim() !== '' && Number.isFinite(v))
      onEditValue(index, v);
    setDraft(null);
  };
  return (
    <div
      className="network-diagram__editor"
      style={{ left: Math.max(0, Math.min(x - 50, maxX - 130)), top: y + 6 }}
    >
      <label htmlFor={id}>
        <span aria-hidden="true">{symbol} =</span>
        <span className="visually-hidden">Value of {name}</span>
      </label>
      <input
        id={id}
        type="number"
        step="any"
        value={draft?.text ?? live}
        onFocus={() => setDraft({ text: live, initial: live })}
        onChange={(e) => setDraft({ text: e.target.value, initial: draft?.initial ?? live })}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            commit();
            setDraft({ text: e.currentTarget.value, initial: e.currentTarget.value });
          }
          if (e.key === 'Escape')
            setDraft({ text: draft?.initial ?? live, initial: draft?.initial ?? live });
        }}
      />
      <button
        type="button"
        className="network-diagram__editor-close"
        aria-label={`Close the value field of ${name}`}
        title="Close this field (the selection stays)"
        onClick={onClose}
      >
        ×
      </button>
    </div>
  );
}

/**
 * The network diagram: neurons with their pictures, weights as curved edges, biases as chips,
 * and +/− buttons that edit the topology. Selecting an edge or bias opens a value editor.
 */
export function NetworkDiagram(props: NetworkDiagramProps) {
  const { featureNames, layers, hidden, parameters, grid, inputPictures, selectedIndex, notes } =
    props;
  const dropped = props.dropped;
  const outer = useRef<HTMLDivElement>(null);
  const chart = useRef<HTMLDivElement>(null);
  const fixed = props.width !== undefined && props.height !== undefined;
  const observed = useElementSize(outer, !fixed);
  const width = props.width ?? observed.width;
  const height = props.height ?? observed.height;
  const fontSize = useChartFont(outer);

  // The renderer keeps one callbacks object; it reads the latest props through this ref.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const callbacks = useMemo<NetworkDiagramCallbacks>(
    () => ({
      onSelect: (s) => latest.current.onSelect(s),
      onTopology: (t) => latest.current.onTopology(t),
      onHoverNeuron: (neuron) => latest.current.onHoverNeuron?.(neuron),
      onPickNeuron: (neuron) => latest.current.onPickNeuron?.(neuron),
    }),
    [],
  );

  // Callers may pass fresh arrays every render; relayout only when their contents change.
  const featureKey = JSON.stringify(featureNames);
  const hiddenKey = hidden.join(',');
  const controls = props.topologyControls ?? true;
  const geometry = useMemo(
    () =>
      networkLayout({
        featureNames: JSON.parse(featureKey) as string[],
        hidden: hiddenKey === '' ? [] : hiddenKey.split(',').map(Number),
        layers,
        width,
        height,
        fontSize,
        topologyControls: controls,
      }),
    [featureKey, hiddenKey, layers, width, height, fontSize, controls],
  );

  useEffect(() => {
    const el = chart.current;
    if (!el || width <= 0 || height <= 0) return;
    renderNetworkDiagram(
      el,
      { geometry, parameters, grid, inputPictures, selectedIndex, notes, dropped },
      callbacks,
    );
  }, [
    geometry,
    parameters,
    grid,
    inputPictures,
    selectedIndex,
    notes,
    dropped,
    callbacks,
    width,
    height,
  ]);

  useEffect(() => {
    const el = chart.current;
    return () => {
      if (el) destroyNetworkDiagram(el);
    };
  }, []);

  const item = selectedItem(geometry, selectedIndex);
  // The field folds away on request and comes back with the next selection.
  const [closedFor, setClosedFor] = useState<number | null>(null);
  // While the step-through writes its numbers beside the neurons, the field would cover them.
  const writing = (notes?.length ?? 0) > 0 || !controls;
  return (
    <div
      ref={outer}
      className="network-diagram"
      style={fixed ? { width, height, minHeight: 0 } : undefined}
    >
      <div ref={chart} className="network-diagram__chart" />
      {item &&
        !writing &&
        selectedIndex !== null &&
        selectedIndex !== undefined &&
        closedFor !== selectedIndex && (
          <ValueEditor
            key={selectedIndex}
            index={selectedIndex}
            value={parameters?.[selectedIndex]}
            name={item.name}
            symbol={item.symbol}
            x={item.x}
            y={item.y}
            maxX={width}
            onEditValue={props.onEditValue}
            onClose={() => setClosedFor(selectedIndex)}
          />
        )}
    </div>
  );
}
