import { Suspense, lazy } from 'react';
import { useAppStore } from '../../store/store';
import '../../styles/pins.css';

// What only pinned runs and sweeps need loads on first use: the first screen shows two buttons.
const SweepPanel = lazy(() => import('./SweepPanel'));
const RunLegend = lazy(() => import('./PinnedRuns').then((m) => ({ default: m.RunLegend })));
const PinTable = lazy(() => import('./PinnedRuns').then((m) => ({ default: m.PinnedComparison })));

/** The Pin button: keeps the live run as a reference (also the K key). */
export function PinButton() {
  const full = useAppStore((s) => s.pins.length >= 4);
  const pinRun = useAppStore((s) => s.pinRun);
  return (
    <button
      type="button"
      className="pin-button"
      aria-keyshortcuts="K"
      title={
        full
          ? 'Four runs are pinned: remove one to pin this run'
          : 'Keep this run as a reference while you change settings and train on (K)'
      }
      onClick={() => void pinRun()}
    >
      Pin run <span className="key-hint">K</span>
    </button>
  );
}

/** The Pin button, and (once runs are pinned) which run is which on the loss chart. */
export function PinBar() {
  const pins = useAppStore((s) => s.pins);
  const sweepOpen = useAppStore((s) => s.sweepOpen);
  const openSweep = useAppStore((s) => s.openSweep);
  return (
    <div className="pin-bar">
      <PinButton />
      <button
        type="button"
        className="sweep-button"
        title="Train these settings over several values of one hyperparameter and compare"
        onClick={() => openSweep(true)}
      >
        Sweep…
      </button>
      {pins.length > 0 && (
        <Suspense fallback={null}>
          <RunLegend pins={pins} />
        </Suspense>
      )}
      {sweepOpen && (
        <Suspense fallback={null}>
          <SweepPanel onClose={() => openSweep(false)} />
        </Suspense>
      )}
    </div>
  );
}

/** The comparison table under the loss chart, once a run is pinned (loaded then). */
export function PinnedComparison() {
  const pinned = useAppStore((s) => s.pins.length > 0);
  if (!pinned) return null;
  return (
    <Suspense fallback={null}>
      <PinTable />
    </Suspense>
  );
}
