import { useAppStore } from '../store/store';

/**
 * Shown when the engine reports that training diverged (training has paused): what happened,
 * when and where, what to try, and a one-click reset with a learning rate ten times lower.
 */
export function DivergenceBanner() {
  const report = useAppStore((s) => s.divergence);
  const lr = useAppStore((s) => s.config.learningRate);
  const resetWithLowerRate = useAppStore((s) => s.resetWithLowerRate);
  if (!report) return null;
  const where =
    report.layer < 0 ? '' : ` The first value to go wrong was in hidden layer ${report.layer + 1}.`;
  const what =
    report.what === 'loss'
      ? 'The loss stopped being a finite number'
      : 'A weight grew without bound';
  return (
    <div className="divergence-banner" role="alert">
      <p>
        <strong>Training diverged and has paused.</strong> {what} at step {report.step} (epoch{' '}
        {report.epoch}).{where} {report.message}
      </p>
      <p>
        Try a lower learning rate (now {lr}), a lower regularisation rate, or standardised inputs.
      </p>
      <button type="button" onClick={resetWithLowerRate}>
        Reset with a lower learning rate
      </button>
    </div>
  );
}
