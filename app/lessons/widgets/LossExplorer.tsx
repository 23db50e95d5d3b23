import { useCallback, useEffect, useId, useState } from 'react';
import { functionCurveGeometry, type CurveSize } from '../../charts/activationCurve';
import { CurveChart } from './CurveChart';
import { LOSSES } from '../../engine/losses';
import { LOSS_LABELS } from '../../store/optionLabels';
import type { WidgetProps } from './registry';
import { usePublish } from './usePublish';
import { WIDGET_SPECS } from '../widgetSpecs';
import '../../styles/views.css';
import {
  BATCH,
  PARAM_RANGES,
  REGRESSION_LOSSES,
  batchCost,
  batchTargets,
} from './lossExplorerMath';

/** What the widget shows first when a lesson or scene does not say (its spec's default). */
const SPEC_DEFAULT = WIDGET_SPECS['loss-explorer'].options.initial.default;

type Name = (typeof REGRESSION_LOSSES)[number];

/**
 * Each regression loss as a function of the error ŷ − y (the engine's loss, drawn with the
 * playground's curve chart, with an error slider),
 * and a four-example batch whose cost is shown with and without one outlier, for every loss
 * side by side. Publishes `cost` (the chosen loss, current batch) and `growth` per loss.
 */
export function LossExplorer({ blockKey, options }: WidgetProps<'loss-explorer'>) {
  const initial = (REGRESSION_LOSSES as readonly string[]).includes(String(options.initial))
    ? (options.initial as Name)
    : SPEC_DEFAULT;
  const [name, setName] = useState<Name>(initial);
  const [outlier, setOutlier] = useState(false);
  const [error, setError] = useState(1);
  // Each loss keeps its own parameter (δ, τ, ε) while the learner switches between them.
  const [params, setParams] = useState<Partial<Record<Name, number>>>({});
  const paramOf = (n: Name) => params[n] ?? LOSSES[n].defaultParam;
  const range = PARAM_RANGES[name];
  const id = useId();
  const loss = LOSSES[name];
  const p = paramOf(name);
  const y = batchTargets(outlier);
  const cost = batchCost(name, BATCH.yhat, y, p);
  const publish = usePublish('loss-explorer', blockKey);
  const geometry = useCallback(
    (size: CurveSize) => functionCurveGeometry((e) => loss.f(e, 0, p), error, size),
    [loss, p, error],
  );
  useEffect(() => publish({ cost, outlier: outlier ? 1 : 0 }), [publish, cost, outlier]);
  return (
    <section className="widget loss-explorer" aria-label="Loss explorer">
      <div className="widget-controls inline">
        <label htmlFor={`${id}-loss`}>Loss</label>
        <select id={`${id}-loss`} value={name} onChange={(e) => setName(e.target.value as Name)}>
          {REGRESSION_LOSSES.map((n) => (
            <option key={n} value={n}>
              {LOSS_LABELS[n]}
            </option>
          ))}
        </select>
        <label className="widget-check">
          <input type="checkbox" checked={outlier} onChange={(e) => setOutlier(e.target.checked)} />{' '}
          Make the last target an outlier ({BATCH.y.at(-1)} → 16.5)
        </label>
      </div>
      <div className="widget-row">
        <div className="widget-controls">
          <label htmlFor={`${id}-e`}>
            error ŷ − y = <output htmlFor={`${id}-e`}>{error}</output>
          </label>
          <input
            id={`${id}-e`}
            type="range"
            min={-6}
            max={6}
            step={0.1}
            value={error}
            onChange={(e) => setError(Number(e.target.value))}
          />
          {range && (
            <>
              <label htmlFor={`${id}-p`}>
                {loss.paramName} = <output htmlFor={`${id}-p`}>{p}</output>
              </label>
              <input
                id={`${id}-p`}
                type="range"
                min={range.min}
                max={range.max}
                step={range.step}
                value={p}
                onChange={(e) => setParams({ ...params, [name]: Number(e.target.value) })}
              />
            </>
          )}
          <p className="widget-readout">
            loss = {loss.f(error, 0, p).toFixed(3)}, slope = {loss.df(error, 0, p).toFixed(3)}
          </p>
        </div>
        <figure className="loss-chart">
          <figcaption>
            {LOSS_LABELS[name]}
            {loss.paramName ? ` (${loss.paramName} = ${p})` : ''} of one example, by its error
          </figcaption>
          <CurveChart
            geometry={geometry}
            label={`${LOSS_LABELS[name]} as a function of the error; ${loss.f(error, 0, p).toFixed(3)} at an error of ${error}`}
          />
        </figure>
      </div>
      <table className="widget-table">
        <caption>
          The batch: predictions ŷ = {BATCH.yhat.join(', ')}; targets y = {y.join(', ')}. Cost =
          mean of the four losses.
        </caption>
        <thead>
          <tr>
            <th scope="col">loss</th>
            <th scope="col">cost, no outlier</th>
            <th scope="col">cost, with outlier</th>
            <th scope="col">grew by</th>
            <th scope="col">times as large</th>
          </tr>
        </thead>
        <tbody>
          {REGRESSION_LOSSES.map((n) => {
            const q = paramOf(n);
            const a = batchCost(n, BATCH.yhat, batchTargets(false), q);
            const b = batchCost(n, BATCH.yhat, batchTargets(true), q);
            return (
              <tr key={n} className={n === name ? 'current' : undefined}>
                <th scope="row">
                  {LOSS_LABELS[n]}
                  {LOSSES[n].paramName ? ` (${LOSSES[n].paramName} = ${q})` : ''}
                </th>
                <td>{a.toFixed(3)}</td>
                <td>{b.toFixed(3)}</td>
                <td>+{(b - a).toFixed(3)}</td>
                <td>×{(b / a).toFixed(1)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="widget-readout">
        Cost of this batch with {LOSS_LABELS[name]}: <strong>{cost.toFixed(3)}</strong>
      </p>
    </section>
  );
}
