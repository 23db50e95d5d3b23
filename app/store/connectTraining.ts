import type { GiveUpReport, RestartReport } from '../worker/workerLink';
import { startSnapshotLoop } from './snapshotLoop';
import type { FrameScheduler } from './snapshotLoop';
import { speedAt } from './speedScale';
import type { AppStore } from './store';
import { isTrainable } from './userDataSlice';
import { grouped } from '../engine/numberText';

/**
 * Connect a store to its trainer (the store's `trainer`) for as long as a page shows it; the
 * one wiring of the playground and the lesson pages. Returns a function that undoes it.
 *  - The store owns the configuration, the user's data, the speed and whether the run plays;
 *    each change of them is forwarded to the worker as it happens.
 *  - The worker's answers become store updates: its network shape, engine errors, and the
 *    watch's restarts and give-up as notices that say what was kept.
 *  - Snapshots are asked for once per frame and put in the store.
 */
export function connectTraining(store: AppStore, frames: FrameScheduler): () => void {
  const { trainer, userData, config, speedIndex } = store.getState();
  if (isTrainable(userData)) trainer.setData(userData);
  trainer.setSpeed(speedAt(speedIndex));
  trainer.configure(config);

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.userData !== prev.userData && isTrainable(state.userData)) {
      trainer.setData(state.userData);
    }
    if (state.config !== prev.config) trainer.configure(state.config);
    if (state.speedIndex !== prev.speedIndex) trainer.setSpeed(speedAt(state.speedIndex));
  });

  const offReady = trainer.onReady((info) => store.getState().setInfo(info));
  const offError = trainer.onError((message) =>
    store
      .getState()
      .addNotice(`The engine could not use this configuration: ${message}`, 'warning'),
  );
  const offRestart = trainer.onRestart((report) => {
    // The store owns "is it playing": a run that was playing plays on.
    if (store.getState().status === 'running') trainer.play();
    store.getState().addNotice(restartNotice(report), 'warning');
  });
  const offGiveUp = trainer.onGiveUp((report) => {
    store.setState({ status: 'paused' });
    store.getState().addNotice(giveUpNotice(report), 'error');
  });
  const stopLoop = startSnapshotLoop(store, trainer, frames);

  return () => {
    stopLoop();
    unsubscribe();
    offReady();
    offError();
    offRestart();
    offGiveUp();
  };
}

/**
 * What a restart did, in words: why, and what the new worker was given back.
 *
 *   "The training worker stopped (it stopped answering) and was restarted. Kept: your
 *    configuration and data, and the weights and optimiser state of epoch 12, step 340 (the
 *    last moments of training since then are lost, and the loss curve starts again there)."
 */
export function restartNotice({ reason, kept }: RestartReport): string {
  const head = `The training worker stopped (${reason}) and was restarted.`;
  if (!kept) {
    return `${head} Kept: your configuration and data. The weights start again from the seed: none had been trained and saved yet.`;
  }
  const at = `epoch ${grouped(kept.epoch)}, step ${grouped(kept.step)}`;
  return `${head} Kept: your configuration and data, and the weights and optimiser state of ${at} (training since then, at most a few seconds, is lost; the loss curve starts again there).`;
}

/** Why training stopped for good, and what the user can do. */
export function giveUpNotice({ reason, attempts }: GiveUpReport): string {
  return `Training stopped: the training worker failed ${attempts} times in a row (${reason}). Your configuration and data are kept. Press Play to try again, or reload the page.`;
}
