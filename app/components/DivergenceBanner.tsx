import { useState } from 'react';
import { DATASET_INFO } from '../engine/datasetInfo';
import { troubleWords } from '../engine/troubleReport';
import type { DivergenceReport, TroubleReport } from '../worker/protocol';
import { useAppStore } from '../store/store';
import { formatNumber } from '../engine/numberText';

/**
 * The engine's word on a run that went wrong, one message at a time, in the page's flow under
 * the top bar, so it covers nothing; kept to a line or two (the why folds open) so the plots
 * keep their height on a projector. With a one-click fix and Dismiss (or Esc): training that
 * diverged (it has paused), or that goes on without learning, the loss jumping up and down or
 * stuck at the level of a guess. Numbers use the readouts' format, so they match the top bar.
 */
export function DivergenceBanner() {
  const divergence = useAppStore((s) => s.divergence);
  const trouble = useAppStore((s) => s.trouble);
  if (divergence) return <DivergedMessage report={divergence} />;
  if (trouble) return <TroubleMessage report={trouble} />;
  return null;
}

function Banner({
  tone,
  title,
  summary,
  why,
  fix,
  onFix,
}: {
  tone: 'alert' | 'trouble';
  title: string;
  summary: string;
  why: readonly string[];
  fix: string;
  onFix(): void;
}) {
  const dismiss = useAppStore((s) => s.dismissTrainingMessage);
  const [open, setOpen] = useState(false);
  return (
    <div className={`divergence-banner ${tone}`} role="alert">
      <div className="banner-text">
        <p>
          <strong>{title}</strong> {summary}
        </p>
        <button
          type="button"
          className="banner-why"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide why' : 'Why, and what to do'}
        </button>
        {open && why.map((line) => <p key={line}>{line}</p>)}
      </div>
      <div className="banner-actions">
        <button type="button" onClick={onFix}>
          {fix}
        </button>
        <button type="button" onClick={dismiss} aria-keyshortcuts="Escape">
          Dismiss <kbd>Esc</kbd>
        </button>
      </div>
    </div>
  );
}

function DivergedMessage({ report }: { report: DivergenceReport }) {
  const lr = useAppStore((s) => s.config.learningRate);
  const resetWithLowerRate = useAppStore((s) => s.resetWithLowerRate);
  // The message names its own loss (a mini-batch's, or the training set's at an epoch's end);
  // the top bar shows the training loss with the weights kept, and this says which is which.
  const kept = Number.isFinite(report.trainLoss)
    ? ` With the last finite weights, kept, the training loss is ${formatNumber(report.trainLoss)} (as in the top bar).`
    : '';
  return (
    <Banner
      tone="alert"
      title="Training diverged and has paused."
      summary={`${report.message}${kept}`}
      why={[
        'Each step moved the weights so far that the loss grew instead of shrinking, and every step made it worse.',
        `Try a lower learning rate (now ${formatNumber(lr)}), a lower regularisation rate, or standardised inputs.`,
      ]}
      fix="Reset with a lower learning rate"
      onFix={resetWithLowerRate}
    />
  );
}

function TroubleMessage({ report }: { report: TroubleReport }) {
  const lr = useAppStore((s) => s.config.learningRate);
  const applyFix = useAppStore((s) => s.applyTroubleFix);
  const words = troubleWords(report, formatNumber);
  const data = DATASET_INFO[report.dataset].label;
  const fix =
    report.fix === 'standardize'
      ? 'Standardise the inputs'
      : report.fix === 'suggested'
        ? report.standardized
          ? `Use the ${data} settings`
          : `Standardise: use the ${data} settings`
        : report.kind === 'stall'
          ? `Start over with learning rate ${formatNumber(lr / 10)}`
          : `Lower the learning rate to ${formatNumber(lr / 10)}`;
  return (
    <Banner
      tone="trouble"
      title={words.title}
      summary={words.summary}
      why={[words.message, words.advice]}
      fix={fix}
      onFix={applyFix}
    />
  );
}
