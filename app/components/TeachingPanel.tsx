import { useCallback, useEffect } from 'react';
import type { TeachingTab } from '../store/viewSlice';
import { useAppStore } from '../store/store';
import { getTrainer } from '../store/trainer';
import type { NetworkInfo, ProbeRequest } from '../worker/protocol';
import { BackpropStepper } from './views/BackpropStepper';
import { LossSurfaceView } from './views/LossSurfaceView';
import { neuronOfId, neuronOptions } from './views/neuronIds';
import { NeuronFocus } from './views/NeuronFocus';
import { useProbe } from './views/useProbe';
import { WeightDescentView } from './views/WeightDescentView';

const TABS: { id: TeachingTab; label: string; title: string }[] = [
  {
    id: 'descent',
    label: 'Weight descent',
    title: 'One weight or bias rolling down its loss curve: slope, step and new value',
  },
  {
    id: 'surface',
    label: 'Loss surface',
    title: 'The loss over two weights as a contour map, with the path the optimiser took',
  },
  {
    id: 'backprop',
    label: 'Backprop',
    title: 'One example forward and backward through the network, with every number',
  },
  {
    id: 'neuron',
    label: 'Neuron',
    title: 'One neuron up close: its weights, bias, z and a as a worked sum',
  },
];

const requestProbe = (req: ProbeRequest) => getTrainer().probe(req);

/** The first two weights of the first layer: a sensible surface before the user picks. */
function defaultPair(info: NetworkInfo): [number, number] | null {
  return info.parameterCount >= 2 ? [0, 1] : null;
}

/**
 * The teaching views under the network diagram, one tab at a time: per-weight descent, the loss
 * surface and its race, the backpropagation step-through and the neuron focus. Selecting an edge
 * on the diagram, a point on the data plot or a neuron opens the matching tab.
 */
export function TeachingPanel() {
  const tab = useAppStore((s) => s.teachingTab);
  const openTeaching = useAppStore((s) => s.openTeaching);
  const info = useAppStore((s) => s.info);
  const selection = useAppStore((s) => s.selection);
  const surfacePair = useAppStore((s) => s.surfacePair);

  // The worker records the values of the parameters these views draw trails for.
  const a = selection?.index ?? -1;
  const [i, j] = surfacePair ?? (info ? (defaultPair(info) ?? [-1, -1]) : [-1, -1]);
  useEffect(() => {
    const watched = [...new Set([a, i, j])].filter((k) => k >= 0);
    getTrainer().watch(tab === null ? [] : watched);
  }, [tab, a, i, j]);

  return (
    <section className={`panel teaching-panel${tab ? ' open' : ''}`} aria-label="Inside the step">
      <div className="teaching-tabs" role="tablist" aria-label="Teaching views">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={tab === t.id ? 'teaching-view' : undefined}
            title={t.title}
            onClick={() => openTeaching(tab === t.id ? null : t.id)}
          >
            {t.label}
          </button>
        ))}
        {tab && (
          <button
            type="button"
            className="teaching-close"
            aria-label="Close the teaching view"
            title="Fold the view away (the network gets the room back)"
            onClick={() => openTeaching(null)}
          >
            ×
          </button>
        )}
      </div>
      {tab && info && (
        <div
          className="teaching-view"
          id="teaching-view"
          role="tabpanel"
          aria-labelledby={`tab-${tab}`}
        >
          <TeachingView tab={tab} info={info} />
        </div>
      )}
    </section>
  );
}

function TeachingView({ tab, info }: { tab: TeachingTab; info: NetworkInfo }) {
  const parameters = useAppStore((s) => s.parameters);
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const step = useAppStore((s) => s.step);
  const trail = useAppStore((s) => s.trail);
  const learningRate = useAppStore((s) => s.config.learningRate);
  const batchSize = useAppStore((s) => s.config.batchSize);
  const exampleRow = useAppStore((s) => s.exampleRow);
  const pickExample = useAppStore((s) => s.pickExample);
  const surfacePair = useAppStore((s) => s.surfacePair);
  const setSurfacePair = useAppStore((s) => s.setSurfacePair);
  const onSelect = useCallback((index: number) => select({ index }), [select]);
  const onChoose = useCallback((i: number, k: number) => setSurfacePair([i, k]), [setSurfacePair]);

  if (!parameters) return <p className="view-message">Waiting for the network…</p>;
  switch (tab) {
    case 'descent':
      return (
        <WeightDescentView
          info={info}
          parameters={parameters}
          selectedIndex={selection?.index ?? null}
          learningRate={learningRate}
          step={step}
          batchSize={Math.min(batchSize, info.trainCount)}
          trail={trail ?? undefined}
          requestProbe={requestProbe}
          onSelect={onSelect}
        />
      );
    case 'surface':
      return (
        <LossSurfaceView
          info={info}
          parameters={parameters}
          trail={trail ?? undefined}
          learningRate={learningRate}
          batchSize={Math.min(batchSize, info.trainCount)}
          requestProbe={requestProbe}
          selection={surfacePair ?? defaultPair(info)}
          onChooseParameters={onChoose}
        />
      );
    case 'backprop':
      return (
        <BackpropStepper
          info={info}
          requestProbe={requestProbe}
          exampleRow={exampleRow}
          onPickExample={pickExample}
          learningRate={learningRate}
          onApplyUpdate={applyParameters}
        />
      );
    case 'neuron':
      return <NeuronTab info={info} parameters={parameters} exampleRow={exampleRow} />;
  }
}

/** The neuron focus with a picker, traced through the chosen example when there is one. */
function NeuronTab(props: {
  info: NetworkInfo;
  parameters: Float64Array;
  exampleRow: number | null;
}) {
  const { info, parameters, exampleRow } = props;
  const focus = useAppStore((s) => s.focusNeuron);
  const setFocus = useAppStore((s) => s.setFocusNeuron);
  const step = useAppStore((s) => s.step);
  const [trace, ask] = useProbe(requestProbe, 'trace');
  const neuron = focus ?? { layer: 0, unit: 0 };
  const options = neuronOptions(info.layers);

  useEffect(() => {
    ask(exampleRow === null ? null : { kind: 'trace', row: exampleRow }, step);
  }, [ask, exampleRow, step, parameters]);

  const current = trace.result?.trace;
  return (
    <>
      <label className="view-field">
        <span>Neuron</span>
        <select
          value={`${neuron.layer}:${neuron.unit}`}
          onChange={(e) => {
            const [layer, unit] = e.target.value.split(':').map(Number);
            setFocus({ layer: layer ?? 0, unit: unit ?? 0 });
          }}
        >
          {options.map((o) => (
            <option key={`${o.layer}:${o.unit}`} value={`${o.layer}:${o.unit}`}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <NeuronFocus
        info={info}
        parameters={parameters}
        layer={neuron.layer}
        unit={neuron.unit}
        trace={current && current.row === exampleRow ? current : undefined}
      />
    </>
  );
}

/** Write a whole parameter vector into the network, entry by entry where it changed. */
function applyParameters(next: Float64Array): void {
  const { parameters, setParameter } = useAppStore.getState();
  next.forEach((v, k) => {
    if (!parameters || !Object.is(parameters[k], v)) setParameter(k, v);
  });
}

/** Diagram id → neuron focus (exported for the diagram panel). */
export function focusNeuronById(id: string): void {
  const { info, setFocusNeuron, openTeaching } = useAppStore.getState();
  const ref = info ? neuronOfId(id, info.layers) : null;
  if (!ref) return;
  setFocusNeuron(ref);
  openTeaching('neuron');
}
