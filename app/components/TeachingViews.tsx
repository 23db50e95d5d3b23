import { useCallback, useEffect } from 'react';
import { useAppStore } from '../store/store';
import type { TeachingTab } from '../store/viewSlice';
import type { NetworkInfo, ProbeRequest } from '../worker/protocol';
import { teachingDefaults } from './teachingDefaults';
import { BackpropStepper } from './views/BackpropStepper';
import { BatchNormView } from './views/BatchNormView';
import { LossSurfaceView } from './views/LossSurfaceView';
import { neuronOptions } from './views/neuronIds';
import { NeuronFocus } from './views/NeuronFocus';
import { useProbe } from './views/useProbe';
import { WeightDescentView } from './views/WeightDescentView';
import { useNarrowScreen } from './layout/useNarrowScreen';

/** Probes go to the store's trainer (the page's one worker). */
const requestProbe = (req: ProbeRequest) => useAppStore.getState().trainer.probe(req);

/**
 * The open teaching view, wired to the store. Loaded on demand: the views, their charts and
 * KaTeX cost the playground nothing until a tab is opened.
 */
export default function TeachingView({
  tab,
  info,
  forwardOnly = false,
}: {
  tab: TeachingTab;
  info: NetworkInfo;
  /** The backprop tab stops after the forward pass (a lesson on forward propagation). */
  forwardOnly?: boolean;
}) {
  const parameters = useAppStore((s) => s.parameters);
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const step = useAppStore((s) => s.step);
  const trail = useAppStore((s) => s.trail);
  const learningRate = useAppStore((s) => s.config.learningRate);
  const batchSize = useAppStore((s) => s.config.batchSize);
  const exampleRow = useAppStore((s) => s.exampleRow);
  const dropout = useAppStore((s) => s.dropout);
  const pickExample = useAppStore((s) => s.pickExample);
  const surfacePair = useAppStore((s) => s.surfacePair);
  const setSurfacePair = useAppStore((s) => s.setSurfacePair);
  const setDiagramNotes = useAppStore((s) => s.setDiagramNotes);
  const backpropPhase = useAppStore((s) => s.backpropPhase);
  const backpropPage = useAppStore((s) => s.backpropPage);
  const setBackpropPhase = useAppStore((s) => s.setBackpropPhase);
  const setBackpropPaging = useAppStore((s) => s.setBackpropPaging);
  const presenter = useAppStore((s) => s.presenter);
  // On a projector and on a phone the equations wrap instead of running out of their box.
  const narrow = useNarrowScreen();
  const onSelect = useCallback((index: number) => select({ index }), [select]);
  const onChoose = useCallback((i: number, k: number) => setSurfacePair([i, k]), [setSurfacePair]);

  // While a view is open the worker records the parameters the views draw trails for.
  const a = selection?.index ?? -1;
  const [i, j] = surfacePair ?? teachingDefaults.pair(info) ?? [-1, -1];
  const trainer = useAppStore((s) => s.trainer);
  useEffect(() => {
    trainer.watch([...new Set([a, i, j])].filter((k) => k >= 0));
  }, [trainer, a, i, j]);
  useEffect(() => () => trainer.watch([]), [trainer]);

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
          dropout={dropout}
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
          selection={surfacePair ?? teachingDefaults.pair(info)}
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
          onDiagramNotes={setDiagramNotes}
          phase={backpropPhase}
          page={backpropPage}
          onPhase={setBackpropPhase}
          onPaging={setBackpropPaging}
          wrapEquations={presenter || narrow}
          forwardOnly={forwardOnly}
        />
      );
    case 'neuron':
      return <NeuronTab info={info} parameters={parameters} exampleRow={exampleRow} />;
    case 'batchnorm':
      return <BatchNormTab info={info} parameters={parameters} presenter={presenter} />;
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

/** The batch-norm view, following the store's focused neuron. */
function BatchNormTab(props: { info: NetworkInfo; parameters: Float64Array; presenter: boolean }) {
  const focus = useAppStore((s) => s.focusNeuron);
  const setFocus = useAppStore((s) => s.setFocusNeuron);
  const step = useAppStore((s) => s.step);
  return (
    <BatchNormView
      {...props}
      step={step}
      requestProbe={requestProbe}
      focus={focus}
      onFocus={setFocus}
    />
  );
}

/** Write a whole parameter vector into the network, entry by entry where it changed. */
function applyParameters(next: Float64Array): void {
  const { parameters, setParameter } = useAppStore.getState();
  next.forEach((v, k) => {
    if (!parameters || !Object.is(parameters[k], v)) setParameter(k, v);
  });
}
