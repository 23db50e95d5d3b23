import { useId, useMemo, useState } from 'react';
import {
  defaultSweepValues,
  parseSweepValues,
  SWEEP_PARAMETERS,
  type SweepParameter,
} from '../../engine/sweepPlan';
import type { ReferenceRun } from '../../charts/lossReferences';
import { seriesOf } from '../../store/runHistory';
import { useAppStore } from '../../store/store';
import { LossChart } from '../charts/LossChart';
import { Dialog } from '../Dialog';
import { SweepCard, type SweepJudge } from './SweepCard';
import '../../styles/pins.css';
import { grouped } from '../../engine/numberText';

const PARAMS = Object.keys(SWEEP_PARAMETERS) as SweepParameter[];
/** Epochs each run trains, at most (a sweep is a quick comparison, not a long run). */
const MAX_EPOCHS = 5000;

/**
 * The sweep dialog: pick a hyperparameter and 3–6 values, train the live configuration once per
 * value (same data, same seed) off the page's thread, and compare: the runs' loss curves on one
 * chart, and each run's boundary and loss curve side by side, with Make live and Pin.
 */
export default function SweepPanel({ onClose }: { onClose: () => void }) {
  const config = useAppStore((s) => s.config);
  const sweep = useAppStore((s) => s.sweep);
  const startSweep = useAppStore((s) => s.startSweep);
  const stopSweep = useAppStore((s) => s.stopSweep);
  const [param, setParam] = useState<SweepParameter>(sweep?.param ?? 'learningRate');
  const [text, setText] = useState(() => defaultSweepValues(param, config).join(', '));
  const [epochs, setEpochs] = useState(String(sweep?.epochs ?? 100));
  const [error, setError] = useState<string | null>(null);
  const ids = { param: useId(), values: useId(), epochs: useId() };
  // On a projector the dialog fills the screen and every run fits in it, without scrolling.
  const fit = useAppStore((s) => s.presenter);

  const run = () => {
    const parsed = parseSweepValues(param, text);
    const n = Number(epochs);
    if (!parsed.ok) return setError(parsed.error);
    if (!Number.isInteger(n) || n < 1 || n > MAX_EPOCHS)
      return setError(`Epochs must be a whole number from 1 to ${grouped(MAX_EPOCHS)}.`);
    setError(null);
    startSweep(param, parsed.values, n);
  };

  return (
    <Dialog
      title="Sweep"
      onClose={onClose}
      className={`sweep-dialog${fit ? ' fit' : ''}${sweep ? ' has-results' : ''}`}
    >
      <form
        className="sweep-form"
        onSubmit={(e) => {
          e.preventDefault();
          run();
        }}
      >
        <span className="sweep-field">
          <label htmlFor={ids.param}>Hyperparameter</label>
          <select
            id={ids.param}
            value={param}
            onChange={(e) => {
              const p = e.currentTarget.value as SweepParameter;
              setParam(p);
              setText(defaultSweepValues(p, config).join(', '));
            }}
          >
            {PARAMS.map((p) => (
              <option key={p} value={p}>
                {SWEEP_PARAMETERS[p].label}
              </option>
            ))}
          </select>
        </span>
        <span className="sweep-field">
          <label htmlFor={ids.values}>Values (3 to 6)</label>
          <input
            id={ids.values}
            type="text"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        </span>
        <span className="sweep-field">
          <label htmlFor={ids.epochs}>Epochs each</label>
          <input
            id={ids.epochs}
            type="number"
            min={1}
            max={MAX_EPOCHS}
            value={epochs}
            onChange={(e) => setEpochs(e.currentTarget.value)}
          />
        </span>
        <button type="submit" className="primary-button">
          Run sweep
        </button>
        {sweep && !sweep.finished && (
          <button type="button" onClick={stopSweep}>
            Stop
          </button>
        )}
      </form>
      <p className="dialog-note">
        Every run starts from the live settings, the same data and the same seed; only{' '}
        {SWEEP_PARAMETERS[param].label.toLowerCase()} changes.
      </p>
      <p role={error || sweep?.error ? 'alert' : 'status'} className="dialog-message error">
        {error ?? sweep?.error ?? ''}
      </p>
      {sweep && <SweepResults onAdopted={onClose} fit={fit} />}
    </Dialog>
  );
}

/**
 * The runs' curves overlaid, then one card per run: boundary, loss curve, figures, actions.
 * `pins: false` leaves out Pin, where no pinned runs are shown (a lesson's sweep); `fit` lays
 * the overlay and the cards out to fill the box they are given (see SweepCard); `judge:
 * 'validation'` compares the runs by their validation loss instead of their test loss.
 */
export function SweepResults({
  onAdopted,
  pins = true,
  fit = false,
  judge = 'test',
}: {
  onAdopted: () => void;
  pins?: boolean;
  fit?: boolean;
  judge?: SweepJudge;
}) {
  const sweep = useAppStore((s) => s.sweep)!;
  const references = useMemo<ReferenceRun[]>(
    () =>
      sweep.runs.map((r) => ({
        key: `sweep-${r.index}`,
        slot: r.index,
        epochs: seriesOf(r.history, 'epoch'),
        train: seriesOf(r.history, 'trainLoss'),
        // The dashed line: the held-out loss the runs are judged by.
        test: seriesOf(r.history, judge === 'validation' ? 'validationLoss' : 'testLoss'),
      })),
    [sweep.runs, judge],
  );
  const done = sweep.runs.filter((r) => r.epoch >= sweep.epochs || r.status !== 'running').length;
  return (
    <div className={`sweep-results${fit ? ' fit' : ''}`}>
      <p role="status" className="sweep-progress">
        {sweep.finished
          ? `Sweep finished: ${sweep.runs.length} runs of ${SWEEP_PARAMETERS[sweep.param].label.toLowerCase()}, ${sweep.epochs} epochs each.`
          : `Training ${sweep.runs.length} runs: ${done} finished.`}
      </p>
      <section className="sweep-overlay" aria-label="All runs’ loss curves">
        <ul className="run-legend" aria-label="Sweep runs">
          {sweep.runs.map((r) => (
            <li key={r.index}>
              <span className={`run-swatch ref-${r.index}`} aria-hidden="true" />
              {r.label}
            </li>
          ))}
          <li className="muted">solid: training loss · dashed: {judge} loss</li>
        </ul>
        <div className="sweep-overlay-chart">
          <LossChart
            epochs={EMPTY}
            train={EMPTY}
            test={EMPTY}
            logScale
            references={references}
            ariaLabel={`Loss curves of the ${sweep.runs.length} sweep runs on one chart`}
          />
        </div>
      </section>
      <ol
        className={`sweep-grid${fit ? ` columns-${fitColumns(sweep.runs.length)}` : ''}`}
        aria-label="Sweep runs side by side"
      >
        {sweep.runs.map((r) => (
          <SweepCard
            key={r.index}
            run={r}
            onAdopted={onAdopted}
            pins={pins}
            fit={fit}
            judge={judge}
          />
        ))}
      </ol>
    </div>
  );
}

const EMPTY = new Float64Array(0);

/**
 * Columns of the fitted grid of `n` runs: one row up to three runs, then two rows (four runs
 * 2 × 2, five or six 3 × 2), so each picture keeps the most room on a wide screen.
 */
function fitColumns(n: number): number {
  return n <= 3 ? n : n === 4 ? 2 : 3;
}
