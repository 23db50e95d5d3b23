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
import type { SweepRun } from '../../store/sweepSlice';
import { BoundaryChart } from '../charts/BoundaryChart';
import { LossChart } from '../charts/LossChart';
import { formatNumber } from '../../engine/numberText';
import { Dialog } from '../Dialog';
import '../../styles/pins.css';

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

  const run = () => {
    const parsed = parseSweepValues(param, text);
    const n = Number(epochs);
    if (!parsed.ok) return setError(parsed.error);
    if (!Number.isInteger(n) || n < 1 || n > MAX_EPOCHS)
      return setError(
        `Epochs must be a whole number from 1 to ${MAX_EPOCHS.toLocaleString('en')}.`,
      );
    setError(null);
    startSweep(param, parsed.values, n);
  };

  return (
    <Dialog title="Sweep" onClose={onClose} className="sweep-dialog">
      <form
        className="sweep-form"
        onSubmit={(e) => {
          e.preventDefault();
          run();
        }}
      >
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
        <label htmlFor={ids.values}>Values (3 to 6)</label>
        <input
          id={ids.values}
          type="text"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <label htmlFor={ids.epochs}>Epochs each</label>
        <input
          id={ids.epochs}
          type="number"
          min={1}
          max={MAX_EPOCHS}
          value={epochs}
          onChange={(e) => setEpochs(e.currentTarget.value)}
        />
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
      {sweep && <SweepResults onAdopted={onClose} />}
    </Dialog>
  );
}

/**
 * The runs' curves overlaid, then one card per run: boundary, loss curve, figures, actions.
 * `pins: false` leaves out Pin, where no pinned runs are shown (a lesson's sweep).
 */
export function SweepResults({
  onAdopted,
  pins = true,
}: {
  onAdopted: () => void;
  pins?: boolean;
}) {
  const sweep = useAppStore((s) => s.sweep)!;
  const references = useMemo<ReferenceRun[]>(
    () =>
      sweep.runs.map((r) => ({
        key: `sweep-${r.index}`,
        slot: r.index,
        epochs: seriesOf(r.history, 'epoch'),
        train: seriesOf(r.history, 'trainLoss'),
        test: seriesOf(r.history, 'testLoss'),
      })),
    [sweep.runs],
  );
  const done = sweep.runs.filter((r) => r.epoch >= sweep.epochs || r.status !== 'running').length;
  return (
    <div className="sweep-results">
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
          <li className="muted">solid: training loss · dashed: test loss</li>
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
      <ol className="sweep-grid" aria-label="Sweep runs side by side">
        {sweep.runs.map((r) => (
          <SweepCard key={r.index} run={r} onAdopted={onAdopted} pins={pins} />
        ))}
      </ol>
    </div>
  );
}

const EMPTY = new Float64Array(0);

function SweepCard({
  run,
  onAdopted,
  pins,
}: {
  run: SweepRun;
  onAdopted: () => void;
  pins: boolean;
}) {
  const sweep = useAppStore((s) => s.sweep)!;
  const makeLive = useAppStore((s) => s.makeSweepRunLive);
  const pin = useAppStore((s) => s.pinSweepRun);
  const showTest = useAppStore((s) => s.showTest);
  // On a projector the pictures grow with their text.
  const side = useAppStore((s) => (s.presenter ? 280 : 150));
  const ready = run.status !== 'running' || run.epoch >= sweep.epochs;
  const f = run.figures;
  const accuracy = Number.isFinite(f.testAccuracy)
    ? ` · ${(f.testAccuracy * 100).toFixed(1)}%`
    : '';
  return (
    <li className={`sweep-card ref-${run.index}`} aria-label={run.label}>
      <h3>
        <span className={`run-swatch ref-${run.index}`} aria-hidden="true" />
        {run.label}
      </h3>
      <div className="sweep-pictures">
        {sweep.info.dims >= 2 && (
          <BoundaryChart
            info={sweep.info}
            grid={run.grid ?? undefined}
            showTest={showTest}
            discretize={false}
            signedOutput={run.config.loss === 'hinge'}
            size={side}
            axes={sweep.axes}
            pointArea={side / 15}
            ariaLabel={`Output of ${run.label}`}
          />
        )}
        <LossChart
          epochs={seriesOf(run.history, 'epoch')}
          train={seriesOf(run.history, 'trainLoss')}
          test={seriesOf(run.history, 'testLoss')}
          logScale={false}
          width={Math.round(side * 1.15)}
          height={side}
          ariaLabel={`Loss curve of ${run.label}`}
        />
      </div>
      <p className="sweep-figures">
        {run.status === 'diverged'
          ? `Diverged at epoch ${run.epoch}`
          : `Epoch ${run.epoch} · test loss ${formatNumber(f.testLoss)}${accuracy}`}
      </p>
      <div className="sweep-actions">
        <button
          type="button"
          disabled={!ready}
          aria-label={`Make ${run.label} live`}
          onClick={() => void makeLive(run.index).then((ok) => ok && onAdopted())}
        >
          Make live
        </button>
        {pins && (
          <button
            type="button"
            disabled={!ready}
            aria-label={`Pin ${run.label}`}
            onClick={() => void pin(run.index)}
          >
            Pin
          </button>
        )}
      </div>
    </li>
  );
}
