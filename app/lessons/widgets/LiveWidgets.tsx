import { useCallback, useEffect } from 'react';
import { LossPanel, BoundaryPanel } from '../../components/ChartPanels';
import { BackpropStepper } from '../../components/views/BackpropStepper';
import { LossSurfaceView } from '../../components/views/LossSurfaceView';
import { WeightDescentView } from '../../components/views/WeightDescentView';
import type { TrainingConfig } from '../../engine/trainingConfig';
import type { ProbeRequest } from '../../worker/protocol';
import { useAppStore } from '../../store/store';
import { getTrainer } from '../../store/trainer';
import { LessonControls } from '../LessonControls';
import { useLessonStore } from '../lessonStore';
import { LiveFrame } from '../LiveFrame';
import type { WidgetProps } from './registry';

const requestProbe = (req: ProbeRequest) => getTrainer().probe(req);

/** Ask the worker to record these parameters after every step (for the views' trails). */
function useWatch(indices: number[]) {
  const key = indices.join(',');
  useEffect(() => {
    getTrainer().watch(key === '' ? [] : key.split(',').map(Number));
    return () => getTrainer().watch([]);
  }, [key]);
}

function Missing() {
  return <p className="view-message">Waiting for the network…</p>;
}

function need(config: TrainingConfig | null): TrainingConfig {
  if (!config) throw new Error('this widget needs a configuration');
  return config;
}

function DescentInner({ first }: { first: number }) {
  const info = useAppStore((s) => s.info);
  const parameters = useAppStore((s) => s.parameters);
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const step = useAppStore((s) => s.step);
  const trail = useAppStore((s) => s.trail);
  const learningRate = useAppStore((s) => s.config.learningRate);
  const batchSize = useAppStore((s) => s.config.batchSize);
  const index = selection?.index ?? first;
  useWatch([index]);
  const onSelect = useCallback((i: number) => select({ index: i }), [select]);
  if (!info || !parameters) return <Missing />;
  return (
    <WeightDescentView
      info={info}
      parameters={parameters}
      selectedIndex={index}
      learningRate={learningRate}
      step={step}
      batchSize={Math.min(batchSize, info.trainCount)}
      trail={trail ?? undefined}
      requestProbe={requestProbe}
      onSelect={onSelect}
    />
  );
}

/** The per-weight descent view with a learning-rate slider, on the live playground. */
export function WeightDescentWidget({ blockKey, options, config }: WidgetProps) {
  const first = typeof options.parameter === 'number' ? options.parameter : 0;
  return (
    <LiveFrame blockKey={blockKey} title="Descent of one weight" config={need(config)}>
      <div className="live-body">
        <LessonControls show={['learningRate']} lock={[]} />
        <div className="live-panels">
          <DescentInner first={first} />
          <LossPanel />
        </div>
      </div>
    </LiveFrame>
  );
}

function SurfaceInner() {
  const info = useAppStore((s) => s.info);
  const parameters = useAppStore((s) => s.parameters);
  const trail = useAppStore((s) => s.trail);
  const learningRate = useAppStore((s) => s.config.learningRate);
  const batchSize = useAppStore((s) => s.config.batchSize);
  const pair = useAppStore((s) => s.surfacePair);
  const setPair = useAppStore((s) => s.setSurfacePair);
  const [i, j] = pair ?? [0, 1];
  useWatch([i, j]);
  const onChoose = useCallback((a: number, b: number) => setPair([a, b]), [setPair]);
  if (!info || !parameters) return <Missing />;
  return (
    <LossSurfaceView
      info={info}
      parameters={parameters}
      trail={trail ?? undefined}
      learningRate={learningRate}
      batchSize={Math.min(batchSize, info.trainCount)}
      requestProbe={requestProbe}
      selection={info.parameterCount >= 2 ? [i, j] : null}
      onChooseParameters={onChoose}
    />
  );
}

/** Batch sizes compared: the loss curve's noise and the race of batch sizes on the surface. */
export function BatchSizeWidget({ blockKey, config }: WidgetProps) {
  return (
    <LiveFrame blockKey={blockKey} title="Batch size" config={need(config)}>
      <div className="live-body">
        <LessonControls show={['batchSize', 'learningRate']} lock={[]} />
        <div className="live-panels">
          <LossPanel />
          <SurfaceInner />
        </div>
      </div>
    </LiveFrame>
  );
}

function BackpropInner() {
  const info = useAppStore((s) => s.info);
  const exampleRow = useAppStore((s) => s.exampleRow);
  const pickExample = useAppStore((s) => s.pickExample);
  const learningRate = useAppStore((s) => s.config.learningRate);
  const first = info ? info.isTrain.indexOf(1) : -1;
  const row = exampleRow ?? (first >= 0 ? first : null);
  const publish = useLessonStore((s) => s.publish);
  useEffect(() => {
    if (row !== null) publish('backprop', { row });
  }, [row, publish]);
  if (!info) return <Missing />;
  return (
    <BackpropStepper
      info={info}
      requestProbe={requestProbe}
      exampleRow={row}
      onPickExample={pickExample}
      learningRate={learningRate}
    />
  );
}

/** The backpropagation step-through for one example of the live network. */
export function BackpropWidget({ blockKey, config }: WidgetProps) {
  return (
    <LiveFrame blockKey={blockKey} title="Backpropagation, step by step" config={need(config)}>
      <BackpropInner />
    </LiveFrame>
  );
}

/** Train and test curves with the switches that fight overfitting. */
export function OverfitLab({ blockKey, config }: WidgetProps) {
  useEffect(() => {
    useAppStore.getState().setDisplay({ showTest: true });
  }, []);
  return (
    <LiveFrame blockKey={blockKey} title="Overfitting lab" config={need(config)}>
      <div className="live-body">
        <LessonControls
          show={[
            'points',
            'hidden',
            'regularization',
            'regRate',
            'dropout',
            'batchNorm',
            'stopEpochs',
          ]}
          lock={[]}
        />
        <div className="live-panels">
          <BoundaryPanel />
          <LossPanel />
        </div>
      </div>
    </LiveFrame>
  );
}

function Budget({ budget }: { budget: number }) {
  const count = useAppStore((s) => s.info?.parameterCount ?? NaN);
  const over = count > budget;
  return (
    <p className={over ? 'budget over' : 'budget'} role="status">
      Parameters: <strong>{Number.isFinite(count) ? count : '–'}</strong> of a budget of {budget}
      {over ? ' — over budget: make the network smaller.' : '.'}
    </p>
  );
}

/** Every hyperparameter at hand, a parameter budget, and the live run. */
export function HyperChallenge({ blockKey, options, config }: WidgetProps) {
  const budget = typeof options.budget === 'number' ? options.budget : 60;
  return (
    <LiveFrame blockKey={blockKey} title="Hyperparameter challenge" config={need(config)}>
      <Budget budget={budget} />
      <div className="live-body">
        <LessonControls
          show={[
            'learningRate',
            'hidden',
            'activations',
            'batchSize',
            'optimizer',
            'init',
            'dropout',
            'regularization',
            'features',
          ]}
          lock={[]}
        />
        <div className="live-panels">
          <BoundaryPanel />
          <LossPanel />
        </div>
      </div>
    </LiveFrame>
  );
}
