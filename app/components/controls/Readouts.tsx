import { formatNumber, grouped } from '../../engine/numberText';
import { useAppStore } from '../../store/store';
import { OPTIMIZER_LABELS } from '../../store/optionLabels';

function Readout({
  name,
  value,
  presenterOnly,
}: {
  name: string;
  value: string;
  presenterOnly?: boolean;
}) {
  return (
    <div className={presenterOnly ? 'readout presenter-only' : 'readout'}>
      <dt>{name}</dt>
      <dd aria-label={name}>{value}</dd>
    </div>
  );
}

/**
 * Status, epoch, step, training and test loss, accuracy (classification) and examples per second,
 * as a description list: each value is named by its term for assistive tech and tests.
 */
const STATUS_TEXT = {
  running: 'Training',
  paused: 'Paused',
  diverged: 'Diverged',
  done: 'Done',
} as const;

export function Readouts() {
  const status = useAppStore((s) => s.status);
  const rewound = useAppStore((s) => s.rewind !== null && s.rewind.viewing !== null);
  const doneReason = useAppStore((s) => s.doneReason);
  const epoch = useAppStore((s) => s.epoch);
  const step = useAppStore((s) => s.step);
  const trainLoss = useAppStore((s) => s.trainLoss);
  const testLoss = useAppStore((s) => s.testLoss);
  const testAccuracy = useAppStore((s) => s.testAccuracy);
  const classification = useAppStore((s) => s.info !== null && s.info.problem !== 'regression');
  const rate = useAppStore((s) => s.examplesPerSecond);
  const learningRate = useAppStore((s) => s.config.learningRate);
  const batchSize = useAppStore((s) =>
    Math.min(s.config.batchSize, s.info?.trainCount ?? Infinity),
  );
  const optimizer = useAppStore((s) => s.config.optimizer);
  return (
    <dl className="readouts">
      <div className="readout" title={doneReason ?? undefined}>
        <dt>Status</dt>
        <dd aria-label="Status">{rewound ? 'Rewound' : STATUS_TEXT[status]}</dd>
      </div>
      <Readout name="Epoch" value={String(epoch)} />
      <Readout name="Step" value={String(step)} />
      <Readout name="Training loss" value={formatNumber(trainLoss)} />
      <Readout name="Test loss" value={formatNumber(testLoss)} />
      {classification && (
        <Readout
          name="Test accuracy"
          value={Number.isFinite(testAccuracy) ? `${(testAccuracy * 100).toFixed(1)}%` : '–'}
        />
      )}
      {/* What the class needs to read off the projector (the settings column is hidden there). */}
      <Readout name="Learning rate" value={formatNumber(learningRate)} presenterOnly />
      <Readout name="Batch size" value={String(batchSize)} presenterOnly />
      <Readout name="Optimiser" value={OPTIMIZER_LABELS[optimizer]} presenterOnly />
      <Readout name="Examples/s" value={rate > 0 ? grouped(Math.round(rate)) : '–'} />
    </dl>
  );
}
