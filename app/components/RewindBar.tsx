import { useAppStore } from '../store/store';
import { grouped } from '../engine/numberText';

/**
 * Under the loss chart: where the rewind stands. While a past epoch is shown, which one and the
 * live epoch, with "Back to live" and "Continue from here" (a new branch from that epoch); while
 * live, a slider over the kept epochs (keyboard and touch) and how to scrub.
 */
export function RewindBar() {
  const rewind = useAppStore((s) => s.rewind);
  const scrubTo = useAppStore((s) => s.scrubTo);
  const backToLive = useAppStore((s) => s.backToLive);
  const continueFromHere = useAppStore((s) => s.continueFromHere);
  if (!rewind || rewind.epochs.length < 2) return null;
  const { epochs, viewing, liveEpoch } = rewind;
  const last = epochs.length - 1;
  const index = viewing === null ? last : Math.max(0, indexOf(epochs, viewing));
  return (
    <div className="rewind-bar" role="group" aria-label="Rewind">
      <input
        type="range"
        className="rewind-slider"
        aria-label="Rewind to epoch"
        aria-valuetext={`epoch ${epochs[index]}`}
        min={0}
        max={last}
        step={1}
        value={index}
        onChange={(e) => scrubTo(epochs[Number(e.target.value)] ?? liveEpoch)}
      />
      {viewing === null ? (
        <span className="rewind-hint muted">
          Drag on the chart or press [ to rewind ({grouped(epochs.length)} epochs kept)
        </span>
      ) : (
        <>
          <span className="rewind-where" aria-label="Rewound to">
            Epoch {grouped(viewing)} of {grouped(liveEpoch)}
          </span>
          <button type="button" className="secondary" onClick={backToLive}>
            Back to live
          </button>
          <button
            type="button"
            className="secondary"
            title="Train on from this epoch: the later epochs are dropped"
            onClick={continueFromHere}
          >
            Continue from here
          </button>
        </>
      )}
    </div>
  );
}

function indexOf(epochs: Float64Array, epoch: number): number {
  for (let i = 0; i < epochs.length; i++) if (epochs[i] === epoch) return i;
  return -1;
}
