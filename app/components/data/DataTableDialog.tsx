import { useId, useMemo, useState } from 'react';
import { exampleNumber } from '../../engine/exampleNumber';
import { runTable } from '../../data/columnSummary';
import { isCustomDataset } from '../../engine/customData';
import { PRECISE, formatNumber, grouped } from '../../engine/numberText';
import { useAppStore } from '../../store/store';
import { Dialog } from '../Dialog';
import '../../styles/dataTools.css';
import { ScatterPlot } from './ScatterPlot';

/** Rows per page of the table. */
const PAGE = 100;

const fmt = (v: number) => formatNumber(v, PRECISE);

/**
 * The data the network learns from (built-in or the user's own): summary statistics per
 * column, raw and standardised (fitted on the training rows, as the network sees them), a
 * scatter of any two columns and the rows, each marked train or test.
 */
export default function DataTableDialog() {
  const close = useAppStore((s) => s.openDataDialog);
  const info = useAppStore((s) => s.info);
  const userData = useAppStore((s) => s.userData);
  const custom = useAppStore((s) => isCustomDataset(s.config.dataset));
  const [page, setPage] = useState(0);
  const [scaled, setScaled] = useState(false);
  const ids = { x: useId(), y: useId(), scaled: useId() };

  const columns = useMemo(() => (info ? runTable(info) : null), [info]);
  const [axes, setAxes] = useState<[number, number]>([0, 1]);

  if (!info || !columns) {
    return (
      <Dialog title="Data" onClose={() => close(null)} className="data-dialog">
        <p>The data is not ready yet.</p>
      </Dialog>
    );
  }
  const classNames =
    custom && userData && userData.problem === info.problem ? userData.classNames : null;
  const className = (k: number) => classNames?.[k] ?? String(k);
  const regression = info.problem === 'regression';
  const { names, width, x, n, summary } = columns;
  const pages = Math.max(1, Math.ceil(n / PAGE));
  const first = page * PAGE;
  const stats = scaled ? summary.standardized : summary.raw;
  const column = (j: number) => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = x[i * width + j]!;
    return out;
  };
  const [ax, ay] = [Math.min(axes[0], width - 1), Math.min(axes[1], width - 1)];
  const title = custom && userData ? `Data: ${userData.name}` : 'Data';

  return (
    <Dialog title={title} onClose={() => close(null)} className="data-dialog table-dialog">
      <p className="muted">
        {grouped(n)} rows: {grouped(info.trainCount)} for training, {grouped(info.testCount)} for
        testing.{' '}
        {regression
          ? `Target: ${info.targetName} (a value).`
          : `Target: ${info.targetName}, ${info.classes} classes.`}
      </p>

      <section className="data-section" aria-label="Summary statistics">
        <div className="data-section-head">
          <h3>Columns</h3>
          <label className="check" htmlFor={ids.scaled}>
            <input
              id={ids.scaled}
              type="checkbox"
              checked={scaled}
              onChange={(e) => setScaled(e.target.checked)}
            />
            After standardisation
          </label>
        </div>
        <div className="data-table-wrap">
          <table className="data-table" aria-label="Summary statistics per column">
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">Mean (training)</th>
                <th scope="col">SD (training)</th>
                <th scope="col">Min</th>
                <th scope="col">Max</th>
              </tr>
            </thead>
            <tbody>
              {stats.map((r) => (
                <tr key={r.name}>
                  <th scope="row">{r.name}</th>
                  <td>{fmt(r.mean)}</td>
                  <td>{fmt(r.std)}</td>
                  <td>{fmt(r.min)}</td>
                  <td>{fmt(r.max)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted">
          {scaled
            ? 'Each column shifted and scaled with the mean and SD of the training rows, as the network sees it when “Standardise inputs” is on.'
            : `Raw values. Mean and SD are those of the ${info.trainCount.toLocaleString('en')} training rows, the ones “Standardise inputs” uses (SD is the population standard deviation); min and max are over all ${n.toLocaleString('en')} rows.`}
        </p>
      </section>

      <section className="data-section" aria-label="Scatter of two columns">
        <div className="data-section-head">
          <h3>Scatter</h3>
          <label htmlFor={ids.x}>Across</label>
          <select id={ids.x} value={ax} onChange={(e) => setAxes([Number(e.target.value), ay])}>
            {names.map((c, j) => (
              <option key={j} value={j}>
                {c}
              </option>
            ))}
          </select>
          <label htmlFor={ids.y}>Up</label>
          <select id={ids.y} value={ay} onChange={(e) => setAxes([ax, Number(e.target.value)])}>
            {names.map((c, j) => (
              <option key={j} value={j}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <ScatterPlot
          xs={column(ax)}
          ys={column(ay)}
          targets={info.targets}
          isTrain={info.isTrain}
          regression={regression}
          xLabel={names[ax] ?? ''}
          yLabel={names[ay] ?? ''}
        />
        <p className="muted">
          {regression ? 'Colour shows the target value. ' : 'Colour shows the class. '}
          Solid dots are training rows, faded dashed-edged ones test rows
          {n > 2000 ? '; an even sample of 2,000 rows is drawn' : ''}.
        </p>
      </section>

      <section className="data-section" aria-label="Rows">
        <div className="data-section-head">
          <h3>Rows</h3>
          <button
            type="button"
            className="secondary"
            disabled={page === 0}
            onClick={() => setPage(page - 1)}
          >
            Previous rows
          </button>
          <span className="muted">
            {first + 1}–{Math.min(n, first + PAGE)} of {grouped(n)}
          </span>
          <button
            type="button"
            className="secondary"
            disabled={page >= pages - 1}
            onClick={() => setPage(page + 1)}
          >
            Next rows
          </button>
        </div>
        <div className="data-table-wrap rows">
          <table className="data-table" aria-label="Rows of the data">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Split</th>
                {info.inputNames.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
                <th scope="col">{info.targetName}</th>
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: Math.min(PAGE, n - first) }, (_, k) => {
                const i = first + k;
                const train = info.isTrain[i] === 1;
                const t = info.targets[i]!;
                return (
                  <tr key={i} className={train ? 'train' : 'test'}>
                    <th scope="row">{exampleNumber(i)}</th>
                    <td>{train ? 'train' : 'test'}</td>
                    {info.inputNames.map((_, j) => (
                      <td key={j}>{fmt(info.points[i * info.dims + j]!)}</td>
                    ))}
                    <td>{regression ? fmt(t) : className(t)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </Dialog>
  );
}
