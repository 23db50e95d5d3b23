import { useEffect, useState } from 'react';
import { initRun } from './compareRuns';
import type { InitRun } from './compareRuns';
import type { WidgetProps } from './registry';
import { usePublish } from './usePublish';

const EPOCHS = 300;

function WeightTable({ title, run }: { title: string; run: InitRun }) {
  const same = (u: number) =>
    run.hidden.some(
      (o, v) => v !== u && o.every((x, k) => Math.abs(x - run.hidden[u]![k]!) < 1e-9),
    );
  return (
    <div className="init-side">
      <h4>{title}</h4>
      <p>
        Accuracy <strong>{(run.accuracy * 100).toFixed(0)}%</strong>, loss {run.loss.toFixed(3)};{' '}
        {run.identical > 0
          ? `${run.identical} of 4 hidden neurons are identical`
          : 'all 4 hidden neurons differ'}
        .
      </p>
      <table className="widget-table">
        <caption className="visually-hidden">{title}: hidden-layer weights after training</caption>
        <thead>
          <tr>
            <th scope="col">neuron</th>
            <th scope="col">w from x₁</th>
            <th scope="col">w from x₂</th>
            <th scope="col">bias</th>
          </tr>
        </thead>
        <tbody>
          {run.hidden.map((h, u) => (
            <tr key={u} className={same(u) ? 'identical' : undefined}>
              <th scope="row">
                {u + 1}
                {same(u) ? ' (twin)' : ''}
              </th>
              {h.map((v, k) => (
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
 * The same 2-4-1 network trained on XOR three times, from all zeros, all 0.5 and small random weights;
 * identical hidden neurons are highlighted. Publishes `zeroAccuracy`, `randomAccuracy` and
 * `zeroIdentical` once trained.
 */
export function InitCompare({ blockKey }: WidgetProps<'init-compare'>) {
  const [runs, setRuns] = useState<{ zero: InitRun; same: InitRun; random: InitRun } | null>(null);
  const publish = usePublish('init-compare', blockKey);
  useEffect(() => {
    if (runs)
      publish({
        zeroAccuracy: runs.zero.accuracy,
        randomAccuracy: runs.random.accuracy,
        zeroIdentical: runs.zero.identical,
      });
  }, [runs, publish]);
  return (
    <section className="widget init-compare" aria-label="Zero versus random initialisation">
      <button
        type="button"
        onClick={() =>
          setRuns({
            zero: initRun('zeros', EPOCHS),
            same: initRun('constant', EPOCHS),
            random: initRun('xavier', EPOCHS),
          })
        }
      >
        {runs ? 'Train all three again' : `Train all three for ${EPOCHS} epochs`}
      </button>
      {runs ? (
        <div className="widget-row">
          <WeightTable title="Started from all zeros" run={runs.zero} />
          <WeightTable title="Started from all 0.5" run={runs.same} />
          <WeightTable title="Started from small random weights" run={runs.random} />
        </div>
      ) : (
        <p className="widget-idle">
          Three copies of a 2-4-1 tanh network on XOR: started from all zeros, from all 0.5, and
          from small random weights.
        </p>
      )}
    </section>
  );
}
