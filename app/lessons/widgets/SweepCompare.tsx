import { useEffect, useRef, useState } from 'react';
import type { SweepJudge } from '../../components/pins/SweepCard';
import { SweepResults } from '../../components/pins/SweepPanel';
import { CONFIG_FIELDS } from '../../engine/configRules';
import type { LayerLayout } from '../../engine/sessionTypes';
import { parseSweepValues, SWEEP_PARAMETERS } from '../../engine/sweepPlan';
import type { SweepParameter } from '../../engine/sweepPlan';
import type { TrainingConfig } from '../../engine/trainingConfig';
import { useAppStore } from '../../store/store';
import type { Sweep } from '../../store/sweepSlice';
import { LessonControls } from '../LessonControls';
import { LiveFrame } from '../LiveFrame';
import { copiesOf, layerNeurons } from './neuronCopies';
import type { WidgetProps } from './registry';

/** What a lesson asks a sweep to compare: one hyperparameter over a few values. */
export interface SweepRequest {
  param: SweepParameter;
  /** As a sweep's values are typed: "0.001, 0.01, 0.03" or "zeros, constant, xavier". */
  values: string;
  epochs: number;
}

/** One finished sweep run as a lesson reads it: its figures and, when asked, its neurons. */
export interface SweepOutcome {
  label: string;
  testAccuracy: number;
  diverged: boolean;
  /** Whether the run's inputs were standardised. */
  standardized: boolean;
  /** First-layer neurons (weights then bias) and which are copies of another. */
  neurons: number[][] | null;
  copies: boolean[] | null;
}

interface SweepCompareProps {
  blockKey: string;
  title: string;
  config: TrainingConfig;
  speed?: number | null;
  request: SweepRequest;
  /** Controls shown beside the button (changed before a sweep, as in a playground block). */
  show?: (keyof TrainingConfig)[];
  /** Read each run's trained first layer and list its neurons, copies highlighted. */
  neurons?: boolean;
  /** The held-out figures the runs are compared by (default the test set's). */
  judge?: SweepJudge;
  /** Called once the sweep has finished, with every run's outcome. */
  onOutcome?: (outcomes: SweepOutcome[]) => void;
}

/** The trained first layer of each run of a finished sweep (from the sweep worker's states). */
async function readOutcomes(sweep: Sweep, withNeurons: boolean): Promise<SweepOutcome[]> {
  const sweeper = useAppStore.getState().sweeper;
  const layer: LayerLayout | undefined = sweep.info.layers[0];
  return Promise.all(
    sweep.runs.map(async (run) => {
      const answer = withNeurons && layer ? await sweeper.state(run.index) : null;
      const neurons = answer && layer ? layerNeurons(layer, answer.state.parameters) : null;
      return {
        label: run.label,
        testAccuracy: run.figures.testAccuracy,
        diverged: run.status === 'diverged',
        standardized: run.config.standardize,
        neurons,
        copies: neurons ? copiesOf(neurons) : null,
      };
    }),
  );
}

function NeuronTable({ outcome }: { outcome: SweepOutcome }) {
  const { neurons, copies } = outcome;
  if (!neurons || !copies) return null;
  const twins = copies.filter(Boolean).length;
  const inputs = (neurons[0]?.length ?? 1) - 1;
  return (
    <div className="init-side">
      <h4>{outcome.label}</h4>
      <p>
        {twins > 0
          ? `${twins} of ${neurons.length} hidden neurons are identical`
          : `all ${neurons.length} hidden neurons differ`}
        .
      </p>
      <table className="widget-table">
        <caption className="visually-hidden">
          {outcome.label}: first-layer weights after training
        </caption>
        <thead>
          <tr>
            <th scope="col">neuron</th>
            {Array.from({ length: inputs }, (_, k) => (
              <th key={k} scope="col">
                w from x{'₁₂₃₄₅₆₇'[k] ?? k + 1}
              </th>
            ))}
            <th scope="col">bias</th>
          </tr>
        </thead>
        <tbody>
          {neurons.map((n, u) => (
            <tr key={u} className={copies[u] ? 'identical' : undefined}>
              <th scope="row">
                {u + 1}
                {copies[u] ? ' (twin)' : ''}
              </th>
              {n.map((v, k) => (
                <td key={k}>{v.toFixed(3)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A lesson's comparison of runs, made with the playground's sweep: the block's configuration
 * (the live one, with whatever the learner changed in `show`) trained once per value of one
 * hyperparameter, same data and seed, off the page's thread; the results are the sweep
 * dialog's (overlaid curves, each run's boundary and curve, Make live). With `neurons`,
 * each trained run's first layer is listed with identical neurons highlighted.
 */
export function SweepCompare({
  blockKey,
  title,
  config,
  speed,
  request,
  show = [],
  neurons = false,
  judge = 'test',
  onOutcome,
}: SweepCompareProps) {
  return (
    <LiveFrame blockKey={blockKey} title={title} config={config} speed={speed}>
      <SweepBody
        request={request}
        show={show}
        neurons={neurons}
        judge={judge}
        onOutcome={onOutcome}
      />
    </LiveFrame>
  );
}

function SweepBody({
  request,
  show,
  neurons,
  judge,
  onOutcome,
}: Pick<SweepCompareProps, 'request' | 'neurons' | 'onOutcome'> & {
  show: (keyof TrainingConfig)[];
  judge: SweepJudge;
}) {
  const sweep = useAppStore((s) => s.sweep);
  const startSweep = useAppStore((s) => s.startSweep);
  const [mine, setMine] = useState<number | null>(null);
  const [outcomes, setOutcomes] = useState<SweepOutcome[] | null>(null);
  const parsed = parseSweepValues(request.param, request.values);
  const ours = sweep && sweep.id === mine ? sweep : null;
  const finished = ours?.finished ?? false;
  const oursId = ours?.id ?? null;
  const report = useRef(onOutcome);
  useEffect(() => {
    report.current = onOutcome;
  });
  // Once per finished sweep (not on every progress report): read each run's outcome.
  useEffect(() => {
    const done = useAppStore.getState().sweep;
    if (oursId === null || !finished || !done || done.id !== oursId) return;
    let live = true;
    void readOutcomes(done, neurons === true).then((o) => {
      if (!live) return;
      setOutcomes(o);
      report.current?.(o);
    });
    return () => {
      live = false;
    };
  }, [oursId, finished, neurons]);
  const label = SWEEP_PARAMETERS[request.param].label.toLowerCase();
  return (
    <div className="live-body sweep-compare">
      {show.length > 0 && <LessonControls show={show} lock={[]} />}
      <div className="sweep-compare-main">
        {parsed.ok ? (
          <button
            type="button"
            className="primary-button"
            onClick={() => {
              setOutcomes(null);
              startSweep(request.param, parsed.values, request.epochs);
              setMine(useAppStore.getState().sweep?.id ?? null);
            }}
          >
            {ours ? 'Run the sweep again' : 'Run the sweep'}: {label} {parsed.values.join(', ')},{' '}
            {request.epochs} epochs each
          </button>
        ) : (
          <p role="alert" className="dialog-message error">
            This sweep cannot run: {parsed.error}
          </p>
        )}
        {ours && <SweepResults onAdopted={() => undefined} pins={false} judge={judge} />}
        {neurons && outcomes && (
          <div className="widget-row">
            {outcomes.map((o) => (
              <NeuronTable key={o.label} outcome={o} />
            ))}
          </div>
        )}
      </div>
    </div>
  );
}

/** The fields a lesson may list in a sweep's `show`, from the configuration table. */
export function showFields(names: readonly string[] | undefined): (keyof TrainingConfig)[] {
  return (names ?? []).filter((n): n is keyof TrainingConfig => Object.hasOwn(CONFIG_FIELDS, n));
}

/** The generic `sweep` widget: any sweepable hyperparameter, values and epochs from options. */
export function SweepWidget({ blockKey, options, config, speed }: WidgetProps<'sweep'>) {
  if (!config) throw new Error('the sweep widget needs a configuration');
  const param = options.param ?? 'learningRate';
  if (!Object.hasOwn(SWEEP_PARAMETERS, param))
    return (
      <p role="alert" className="dialog-message error">
        This sweep cannot run: “{param.slice(0, 40)}” is not a hyperparameter a sweep can change
        (one of {Object.keys(SWEEP_PARAMETERS).join(', ')}).
      </p>
    );
  const p = param as SweepParameter;
  const judge = options.judgeBy ?? 'test';
  if (judge !== 'test' && judge !== 'validation')
    return (
      <p role="alert" className="dialog-message error">
        This sweep cannot run: “{judge.slice(0, 40)}” is not a set to judge by (test or validation).
      </p>
    );
  if (judge === 'validation' && !(config.validation > 0))
    return (
      <p role="alert" className="dialog-message error">
        This sweep cannot run: it is judged on the validation set, and its configuration keeps none
        (set validation, e.g. 0.25).
      </p>
    );
  return (
    <SweepCompare
      blockKey={blockKey}
      title={options.title ?? `Sweep of the ${SWEEP_PARAMETERS[p].label.toLowerCase()}`}
      config={config}
      speed={speed}
      request={{ param: p, values: options.values ?? '', epochs: options.epochs ?? 100 }}
      show={showFields(options.show)}
      neurons={options.neurons === true}
      judge={judge}
    />
  );
}
