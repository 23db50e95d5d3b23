import { useRef } from 'react';
import { formatNumber } from '../../engine/numberText';
import { seriesOf } from '../../store/runHistory';
import { useAppStore } from '../../store/store';
import type { SweepRun } from '../../store/sweepSlice';
import { BoundaryChart } from '../charts/BoundaryChart';
import { LossChart } from '../charts/LossChart';
import { useElementSize } from '../charts/useElementSize';

/**
 * Which held-out figures a sweep's runs are compared by: the test set's (the playground), or
 * the validation set's, where a lesson teaches choosing a run on it (the test set stays for
 * the end: the run made live shows it).
 */
export type SweepJudge = 'test' | 'validation';

/**
 * One run of a sweep: its label, its output picture and loss curve, its figures, and Make live
 * and Pin. `fit` (a projector): the picture fills the room the card gets, so the dialog holds
 * every run without scrolling; the run's loss curve is then the overlaid chart's line in its
 * colour (a second, smaller copy would not be legible). `pins: false` leaves out Pin; `judge`
 * picks the held-out figures shown.
 */
export function SweepCard({
  run,
  onAdopted,
  pins,
  fit,
  judge = 'test',
}: {
  run: SweepRun;
  onAdopted: () => void;
  pins: boolean;
  fit: boolean;
  judge?: SweepJudge;
}) {
  const sweep = useAppStore((s) => s.sweep)!;
  const makeLive = useAppStore((s) => s.makeSweepRunLive);
  const pin = useAppStore((s) => s.pinSweepRun);
  // On a projector (a lesson's sweep) the pictures grow with their text.
  const side = useAppStore((s) => (s.presenter ? 280 : 150));
  const ready = run.status !== 'running' || run.epoch >= sweep.epochs;
  const f = run.figures;
  const accuracy = Number.isFinite(f.testAccuracy)
    ? ` · ${(f.testAccuracy * 100).toFixed(1)}%`
    : '';
  const heldOut =
    judge === 'validation'
      ? `training loss ${formatNumber(f.trainLoss)} · validation loss ${formatNumber(f.validationLoss)}`
      : `test loss ${formatNumber(f.testLoss)}${accuracy}`;
  return (
    <li className={`sweep-card ref-${run.index}`} aria-label={run.label}>
      <div className="sweep-card-body">
        <h3>
          <span className={`run-swatch ref-${run.index}`} aria-hidden="true" />
          {run.label}
        </h3>
        {fit ? (
          <FittedPicture run={run} judge={judge} />
        ) : (
          <Pictures run={run} side={side} judge={judge} />
        )}
        <div className="sweep-card-text">
          <p className="sweep-figures">
            {run.status === 'diverged'
              ? `Diverged at epoch ${run.epoch}`
              : `${fit && run.epoch === sweep.epochs ? '' : `Epoch ${run.epoch} · `}${heldOut}`}
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
        </div>
      </div>
    </li>
  );
}

/** A run's loss curve: training, and test or (judged on it) validation. */
const curveProps = (run: SweepRun, judge: SweepJudge) => ({
  epochs: seriesOf(run.history, 'epoch'),
  train: seriesOf(run.history, 'trainLoss'),
  ...(judge === 'validation'
    ? { test: NO_POINTS, validation: seriesOf(run.history, 'validationLoss') }
    : { test: seriesOf(run.history, 'testLoss') }),
});
const NO_POINTS = new Float64Array(0);

/** The output picture and the loss curve side by side, at a fixed side (a scrolling list). */
function Pictures({ run, side, judge }: { run: SweepRun; side: number; judge: SweepJudge }) {
  const sweep = useAppStore((s) => s.sweep)!;
  const showTest = useAppStore((s) => s.showTest);
  return (
    <div className="sweep-pictures">
      {sweep.info.dims >= 2 && <OutputPicture run={run} side={side} showTest={showTest} />}
      <LossChart
        {...curveProps(run, judge)}
        logScale={false}
        width={Math.round(side * 1.15)}
        height={side}
        ariaLabel={`Loss curve of ${run.label}`}
      />
    </div>
  );
}

/**
 * The output picture as large as the card's free room allows, without axes (they are the
 * output plot's); for 1-D data, the run's loss curve.
 */
function FittedPicture({ run, judge }: { run: SweepRun; judge: SweepJudge }) {
  const sweep = useAppStore((s) => s.sweep)!;
  const showTest = useAppStore((s) => s.showTest);
  const box = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(box);
  const side = Math.floor(Math.min(width, height));
  return (
    <div ref={box} className="sweep-pictures fitted">
      {side > 0 &&
        (sweep.info.dims >= 2 ? (
          <OutputPicture run={run} side={side} showTest={showTest} bare />
        ) : (
          <LossChart
            {...curveProps(run, judge)}
            logScale={false}
            width={width}
            height={height}
            ariaLabel={`Loss curve of ${run.label}`}
          />
        ))}
    </div>
  );
}

function OutputPicture({
  run,
  side,
  showTest,
  bare = false,
}: {
  run: SweepRun;
  side: number;
  showTest: boolean;
  bare?: boolean;
}) {
  const sweep = useAppStore((s) => s.sweep)!;
  return (
    <BoundaryChart
      info={sweep.info}
      grid={run.grid ?? undefined}
      showTest={showTest}
      discretize={false}
      signedOutput={run.config.loss === 'hinge'}
      size={side}
      axes={sweep.axes}
      pointArea={side / 15}
      bare={bare}
      ariaLabel={`Output of ${run.label}`}
    />
  );
}
