import type { ShortcutAction } from './shortcuts';

/** One row of the shortcut sheet: the keys as shown, and what they do. */
export interface ShortcutRow {
  keys: readonly string[];
  action: ShortcutAction;
  label: string;
}

/**
 * Every shortcut, in the order the sheet lists them. Clickers send PageDown/PageUp (some send
 * the up/down arrows), and their "blank screen" button sends B or a full stop.
 */
export const SHORTCUTS: readonly ShortcutRow[] = [
  { keys: ['Space'], action: 'togglePlay', label: 'Play or pause' },
  { keys: ['→'], action: 'stepBatch', label: 'One step (one batch)' },
  { keys: ['Shift', '→'], action: 'stepEpoch', label: 'One epoch' },
  { keys: ['R'], action: 'reset', label: 'Reset to the initial weights' },
  { keys: ['N'], action: 'newSeed', label: 'New random seed' },
  { keys: ['+'], action: 'rateUp', label: 'Larger learning rate' },
  { keys: ['−'], action: 'rateDown', label: 'Smaller learning rate' },
  { keys: ['S'], action: 'toggleSpeed', label: 'Slow motion (1 step/s) or full speed' },
  { keys: ['['], action: 'rewindBack', label: 'Rewind: one kept epoch back' },
  {
    keys: [']'],
    action: 'rewindForward',
    label: 'Rewind: one kept epoch on (past the last: live)',
  },
  {
    keys: ['Shift', ']'],
    action: 'nextInView',
    label: 'Next in the open view: backprop page or phase, weight, neuron',
  },
  { keys: ['Shift', '['], action: 'previousInView', label: 'Previous in the open view' },
  { keys: ['K'], action: 'pinRun', label: 'Pin the run: keep it as a reference' },
  { keys: ['P'], action: 'togglePresenter', label: 'Presenter mode on or off' },
  { keys: ['F'], action: 'toggleFullscreen', label: 'Full screen on or off' },
  { keys: ['PageDown', '↓'], action: 'nextScene', label: 'Next scene' },
  { keys: ['PageUp', '↑'], action: 'previousScene', label: 'Previous scene' },
  { keys: ['B'], action: 'toggleBlank', label: 'Blank the screen' },
  {
    keys: ['Esc'],
    action: 'dismissMessage',
    label: 'Dismiss the messages (a training problem, notices)',
  },
  { keys: ['?'], action: 'showShortcuts', label: 'This list of shortcuts' },
];
