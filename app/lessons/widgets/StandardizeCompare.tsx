import { useEffect, useMemo, useState } from 'react';
import { LossChart } from '../../components/charts/LossChart';
import { STUDY_HOURS_ROWS } from '../../engine/datasets';
import { studyRun } from './compareRuns';
import type { RunCurve } from './compareRuns';
import type { WidgetProps } from './registry';
import { usePublish } from './usePublish';

const EPOCHS = 100;
const EMPTY: number[] = [];

function Curve({ title, run }: { title: string; run: RunCurve }) {
  // A diverged run is drawn up to its last finite epoch, so the climb fills the chart.
  const finite = useMemo(() => {
    const k = run.losses.findIndex((v) => !Number.isFinite(v));
    return k < 0 ? run.losses : run.losses.slice(0, k);
  }, [run]);
  const epochs = useMemo(() => finite.map((_, i) => i), [finite]);
  const last = run.losses.filter(Number.isFinite).at(-1);
  return (
    <div className="compare-side">
      <h4>{title}</h4>
      <p>
        {run.diverged
          ? `Diverged: the loss blew up to infinity (last finite value ${last?.toExponential(1) ?? '–'}).`
          : `Final loss ${last?.toFixed(1)} after ${EPOCHS} epochs.`}
      </p>
      <LossChart
        epochs={epochs}
        train={finite}
        test={EMPTY}
        logScale
        width={300}
        height={170}
        ariaLabel={`${title}: loss per epoch`}
      />
    </div>
  );
}

/**
 * The study-hours table (raw columns shown) and a linear model trained on it twice at the same
 * learning rate: raw inputs and standardised inputs, loss curves side by side (log scale).
 * Publishes `rawDiverged` and `standardLoss`.
 */
export function StandardizeCompare({ blockKey, options }: WidgetProps<'standardize-compare'>) {
  const rate = options.rate ?? 0.03;
  const [runs, setRuns] = useState<{ raw: RunCurve; std: RunCurve } | null>(null);
  const publish = usePublish('standardize-compare', blockKey);
  useEffect(() => {
    if (runs)
      publish({
        rawDiverged: runs.raw.diverged ? 1 : 0,
        standardLoss: runs.std.losses.at(-1) ?? NaN,
      });
  }, [runs, publish]);
  return (
    <section className="widget standardize-compare" aria-label="Raw versus standardised inputs">
      <table className="widget-table">
        <caption>The study-hours table</caption>
        <thead>
          <tr>
            <th scope="col">study hours</th>
            <th scope="col">sleep hours</th>
            <th scope="col">quiz %</th>
            <th scope="col">exam %</th>
          </tr>
        </thead>
        <tbody>
          {STUDY_HOURS_ROWS.map((r, i) => (
            <tr key={i}>
              {r.map((v, k) => (
                <td key={k}>{v}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() =>
          setRuns({ raw: studyRun(false, rate, EPOCHS), std: studyRun(true, rate, EPOCHS) })
        }
      >
        Train both at learning rate {rate}
      </button>
      {runs && (
        <div className="widget-row">
          <Curve title="Raw inputs" run={runs.raw} />
          <Curve title="Standardised inputs" run={runs.std} />
        </div>
      )}
    </section>
  );
}
