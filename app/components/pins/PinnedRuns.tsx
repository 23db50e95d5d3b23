import { useShallow } from 'zustand/react/shallow';
import { differenceRows } from '../../classroom/runDifferences';
import type { PinnedRun, RunFigures } from '../../classroom/pinnedRun';
import { optionLabel } from '../../store/optionLabels';
import { liveFigures } from '../../store/pinSlice';
import { useAppStore } from '../../store/store';
import { formatNumber, grouped } from '../../engine/numberText';

/** The figures rows of the comparison, in order; accuracy rows only for classification. */
/** Secondary rows are left out in presenter mode. */
const FIGURE_ROWS: {
  key: keyof RunFigures;
  label: string;
  accuracy?: boolean;
  secondary?: boolean;
}[] = [
  { key: 'epoch', label: 'Epochs trained', secondary: true },
  { key: 'trainLoss', label: 'Training loss' },
  { key: 'validationLoss', label: 'Validation loss' },
  { key: 'testLoss', label: 'Test loss' },
  { key: 'trainAccuracy', label: 'Training accuracy', accuracy: true, secondary: true },
  { key: 'testAccuracy', label: 'Test accuracy', accuracy: true },
];

function figureText(key: keyof RunFigures, v: number): string {
  if (key === 'epoch') return Number.isFinite(v) ? grouped(v) : '–';
  if (key === 'trainAccuracy' || key === 'testAccuracy')
    return Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : '–';
  return formatNumber(v);
}

/** A short line in a run's style, for the legend and the table's column heads. */
function Swatch({ slot }: { slot: number | 'live' }) {
  const cls = slot === 'live' ? 'run-swatch live' : `run-swatch ref-${slot}`;
  return <span className={cls} aria-hidden="true" />;
}

/** The comparison table under the loss chart, once a run is pinned. */
export function PinnedComparison() {
  const pins = useAppStore((s) => s.pins);
  if (pins.length === 0) return null;
  return (
    <section className="panel compare-panel" aria-label="Pinned runs">
      <h2 className="panel-title">Pinned runs</h2>
      <PinTable pins={pins} />
    </section>
  );
}

/**
 * A pinned run's loss line as the loss chart draws it (a wide faded band, training dashed and
 * test dotted), in its colour slot or, for the key, in the muted ink.
 */
function PinSwatch({ slot, line }: { slot: number | 'key'; line: 'train' | 'test' }) {
  return (
    <svg className={`pin-swatch ${slot === 'key' ? 'pin-key' : `ref-${slot}`}`} aria-hidden="true">
      <line className={`ref-${line}`} x1="10%" x2="90%" y1="50%" y2="50%" />
    </svg>
  );
}

/**
 * Which run is which on the loss chart: the live run's lines, then each pinned run's (in its
 * colour and pattern), then what the patterns mean.
 */
export function RunLegend({ pins }: { pins: readonly PinnedRun[] }) {
  return (
    <ul className="run-legend" aria-label="Runs on the chart">
      <li>
        <Swatch slot="live" />
        Live run
      </li>
      {pins.map((p) => (
        <li key={p.slot}>
          <PinSwatch slot={p.slot} line="train" />
          {p.name} <span className="muted">(faded)</span>
        </li>
      ))}
      <li className="muted">
        pinned: <PinSwatch slot="key" line="train" /> training <PinSwatch slot="key" line="test" />{' '}
        test loss
      </li>
    </ul>
  );
}

/**
 * What differs between the live run and each pinned run (rows from the configuration table,
 * via diffConfig) and their closing figures, with each pinned run's Make live and Remove.
 */
export function PinTable({ pins }: { pins: readonly PinnedRun[] }) {
  const config = useAppStore((s) => s.config);
  const classification = useAppStore((s) => s.info?.problem !== 'regression');
  // Shallow: a new object with the same figures does not re-render.
  const live = useAppStore(useShallow(liveFigures));
  const makeLive = useAppStore((s) => s.makePinLive);
  const remove = useAppStore((s) => s.removePin);
  const rows = differenceRows(
    config,
    pins.map((p) => p.config),
    optionLabel,
  );
  const figures = FIGURE_ROWS.filter(
    (r) =>
      (!r.accuracy || classification) &&
      (r.key !== 'validationLoss' ||
        Number.isFinite(live.validationLoss) ||
        pins.some((p) => Number.isFinite(p.figures.validationLoss))),
  );
  return (
    <table className="pin-table">
      <caption className="visually-hidden">
        The live run beside the pinned runs: the settings that differ and the final figures
      </caption>
      <thead>
        <tr>
          <th scope="col">Setting</th>
          <th scope="col">
            <Swatch slot="live" />
            Live
          </th>
          {pins.map((p) => (
            <th scope="col" key={p.slot}>
              <PinSwatch slot={p.slot} line="train" />
              {p.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr className="same-settings">
            <th scope="row">Settings</th>
            <td colSpan={pins.length + 1}>the same</td>
          </tr>
        )}
        {rows.map((r) => (
          <tr key={r.field} className="differs">
            <th scope="row">{r.label}</th>
            <td>{r.live}</td>
            {r.others.map((v, k) => (
              <td key={pins[k]!.slot}>{v}</td>
            ))}
          </tr>
        ))}
        {figures.map((f, i) => (
          <tr
            key={f.key}
            className={`figures${i === 0 ? ' first' : ''}${f.secondary ? ' secondary' : ''}`}
          >
            <th scope="row">{f.label}</th>
            <td>{figureText(f.key, live[f.key])}</td>
            {pins.map((p) => (
              <td key={p.slot}>{figureText(f.key, p.figures[f.key])}</td>
            ))}
          </tr>
        ))}
        <tr className="pin-actions">
          <th scope="row">
            <span className="visually-hidden">Actions</span>
          </th>
          <td />
          {pins.map((p) => (
            <td key={p.slot}>
              <button
                type="button"
                onClick={() => makeLive(p.slot)}
                aria-label={`Make ${p.name} live`}
                title="Train on from this run: its settings and its trained weights"
              >
                Make live
              </button>
              <button
                type="button"
                onClick={() => remove(p.slot)}
                aria-label={`Remove ${p.name}`}
                title="Unpin this run"
              >
                Remove
              </button>
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
