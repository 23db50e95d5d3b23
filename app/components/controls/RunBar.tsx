import { useAppStore } from '../../store/store';
import { SpeedControl } from './SpeedControl';

/**
 * Play/Pause (one toggle), Step (one batch), Step epoch, Reset (same seed, same initial
 * weights) and New seed, then the speed control. Selects only the run status, so snapshots
 * that change numbers do not re-render it.
 */
export function RunBar() {
  const running = useAppStore((s) => s.status === 'running');
  const blocked = useAppStore((s) => s.status === 'diverged' || s.status === 'done');
  const togglePlay = useAppStore((s) => s.togglePlay);
  const stepRun = useAppStore((s) => s.stepRun);
  const reset = useAppStore((s) => s.reset);
  const newSeed = useAppStore((s) => s.newSeed);
  return (
    <div className="run-bar" role="group" aria-label="Run controls">
      <button
        type="button"
        className="run-button play"
        aria-label={running ? 'Pause' : 'Play'}
        title={running ? 'Pause training' : blocked ? 'Reset to train again' : 'Start training'}
        disabled={blocked && !running}
        onClick={togglePlay}
      >
        <span aria-hidden="true">{running ? '❚❚' : '▶'}</span>
      </button>
      <button
        type="button"
        className="run-button"
        title="Train on one batch, then pause"
        onClick={() => stepRun('batch')}
      >
        Step
      </button>
      <button
        type="button"
        className="run-button"
        title="Train one full pass over the training set, then pause"
        onClick={() => stepRun('epoch')}
      >
        Step epoch
      </button>
      <button
        type="button"
        className="run-button"
        title="Back to the same initial weights: the same seed replays the same run"
        onClick={reset}
      >
        Reset
      </button>
      <button
        type="button"
        className="run-button"
        title="Pick a new random seed: new data and new initial weights"
        onClick={newSeed}
      >
        New seed
      </button>
      <SpeedControl />
    </div>
  );
}
