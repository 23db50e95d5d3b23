import { useAppStore } from '../store/store';
import { formatNumber } from '../engine/numberText';

/**
 * Shown when the engine reports that training diverged (training has paused): what happened,
 * when and where, what to try, and a one-click reset with a learning rate ten times lower.
 */
export function DivergenceBanner() {
  const report = useAppStore((s) => s.divergence);
  const lr = useAppStore((s) => s.config.learningRate);
  const resetWithLowerRate = useAppStore((s) => s.resetWithLowerRate);
  const dismiss = useAppStore((s) => s.dismissDivergence);
  if (!report) return null;
  const lastLoss = Number.isFinite(report.lastFiniteLoss)
    ? ` The last finite training loss was ${formatNumber(report.lastFiniteLoss)}.`
    : '';
  return (
    <div className="divergence-banner" role="alert">
      <p>
        {/* The engine's message says what went wrong, when (step, epoch) and where (layer). */}
        <strong>Training diverged and has paused.</strong> {report.message}
        {lastLoss}
      </p>
      <p>
        Try a lower learning rate (now {lr}), a lower regularisation rate, or standardised inputs.
      </p>
      <button type="button" onClick={resetWithLowerRate}>
        Reset with a lower learning rate
      </button>{' '}
      <button type="button" onClick={dismiss} title="Dismiss this message (Esc)">
        Dismiss
      </button>
    </div>
  );
}
