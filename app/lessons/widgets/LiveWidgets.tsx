import { useEffect } from 'react';
import { LossPanel, BoundaryPanel } from '../../components/ChartPanels';
import TeachingView from '../../components/TeachingViews';
import type { TrainingConfig } from '../../engine/trainingConfig';
import { useAppStore } from '../../store/store';
import { LessonControls } from '../LessonControls';
import { LiveFrame } from '../LiveFrame';
import type { WidgetProps } from './registry';
import { usePublish } from './usePublish';

function Missing() {
  return <p className="view-message">Waiting for the network…</p>;
}

function need(config: TrainingConfig | null): TrainingConfig {
  if (!config) throw new Error('this widget needs a configuration');
  return config;
}

/** The playground's descent view, on parameter `first` until the learner picks another. */
function DescentInner({ first }: { first: number }) {
  const info = useAppStore((s) => s.info);
  const hasSelection = useAppStore((s) => s.selection !== null);
  useEffect(() => {
    if (!hasSelection) useAppStore.getState().select({ index: first });
  }, [hasSelection, first]);
  if (!info) return <Missing />;
  return <TeachingView tab="descent" info={info} />;
}

/** The per-weight descent view with a learning-rate slider, on the live playground. */
export function WeightDescentWidget({
  blockKey,
  options,
  config,
  speed,
}: WidgetProps<'weight-descent'>) {
  const first = options.parameter ?? 0;
  return (
    <LiveFrame
      blockKey={blockKey}
      title="Descent of one weight"
      config={need(config)}
      speed={speed}
    >
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
  if (!info) return <Missing />;
  return <TeachingView tab="surface" info={info} />;
}

/** Batch sizes compared: the loss curve's noise and the race of batch sizes on the surface. */
export function BatchSizeWidget({ blockKey, config, speed }: WidgetProps<'batch-size'>) {
  return (
    <LiveFrame blockKey={blockKey} title="Batch size" config={need(config)} speed={speed}>
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

/** The playground's step-through, on the first training example until another is picked. */
function BackpropInner({ blockKey, forwardOnly }: { blockKey: string; forwardOnly: boolean }) {
  const info = useAppStore((s) => s.info);
  const exampleRow = useAppStore((s) => s.exampleRow);
  const first = info ? info.isTrain.indexOf(1) : -1;
  useEffect(() => {
    // Read the store now, not this render's values: a new network may have arrived between the
    // render and this effect, and an example of the old data would be traced on the new one.
    const s = useAppStore.getState();
    const now = s.info ? s.info.isTrain.indexOf(1) : -1;
    if (s.exampleRow === null && now >= 0) s.pickExample(now);
  }, [exampleRow, first]);
  // The lesson's checkpoints ask about the example being traced.
  const publish = usePublish('backprop', blockKey);
  useEffect(() => {
    if (exampleRow !== null) publish({ row: exampleRow });
  }, [exampleRow, publish]);
  if (!info) return <Missing />;
  return <TeachingView tab="backprop" info={info} forwardOnly={forwardOnly} />;
}

/**
 * The backpropagation step-through for one example of the live network; with the option
 * `backward: false`, only its forward pass (for a lesson that comes before losses).
 */
export function BackpropWidget({ blockKey, options, config, speed }: WidgetProps<'backprop'>) {
  const forwardOnly = options.backward === false;
  return (
    <LiveFrame
      blockKey={blockKey}
      title={forwardOnly ? 'Forward pass, step by step' : 'Backpropagation, step by step'}
      config={need(config)}
      speed={speed}
    >
      <BackpropInner blockKey={blockKey} forwardOnly={forwardOnly} />
    </LiveFrame>
  );
}

/** Train, validation and test curves with the switches that fight overfitting. */
export function OverfitLab({ blockKey, config, speed }: WidgetProps<'overfit-lab'>) {
  useEffect(() => {
    useAppStore.getState().setDisplay({ showTest: true });
  }, []);
  return (
    <LiveFrame blockKey={blockKey} title="Overfitting lab" config={need(config)} speed={speed}>
      <div className="live-body">
        <LessonControls
          show={[
            'points',
            'hidden',
            'regularization',
            'regRate',
            'dropout',
            'batchNorm',
            'validation',
            'patience',
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
export function HyperChallenge({
  blockKey,
  options,
  config,
  speed,
}: WidgetProps<'hyper-challenge'>) {
  const budget = options.budget ?? 60;
  return (
    <LiveFrame
      blockKey={blockKey}
      title="Hyperparameter challenge"
      config={need(config)}
      speed={speed}
    >
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
