/** What a shortcut asks the page to do. */
export type ShortcutAction =
  | 'togglePlay'
  | 'stepBatch'
  | 'stepEpoch'
  | 'reset'
  | 'newSeed'
  | 'togglePresenter'
  | 'toggleFullscreen'
  | 'rateUp'
  | 'rateDown'
  | 'showShortcuts'
  | 'nextScene'
  | 'previousScene'
  | 'toggleBlank';

/** The parts of a KeyboardEvent the map reads. */
export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The parts of the focused element the map reads (an Element in the page). */
export interface TargetLike {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
  getAttribute?(name: string): string | null;
}

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
  { keys: ['P'], action: 'togglePresenter', label: 'Presenter mode on or off' },
  { keys: ['F'], action: 'toggleFullscreen', label: 'Full screen on or off' },
  { keys: ['PageDown', '↓'], action: 'nextScene', label: 'Next scene' },
  { keys: ['PageUp', '↑'], action: 'previousScene', label: 'Previous scene' },
  { keys: ['B'], action: 'toggleBlank', label: 'Blank the screen' },
  { keys: ['?'], action: 'showShortcuts', label: 'This list of shortcuts' },
];

/** Input types that take typed text: every key belongs to them. */
const TEXT_INPUTS = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'time',
  'datetime-local',
  'month',
  'week',
]);

/** Roles of widgets that use arrow and paging keys themselves. */
const ARROW_ROLES = new Set([
  'slider',
  'spinbutton',
  'listbox',
  'menu',
  'menubar',
  'radiogroup',
  'tablist',
  'tree',
  'grid',
  'combobox',
]);

/** How much of the keyboard the focused element keeps for itself. */
function ownership(target: TargetLike | null): 'all' | 'arrows' | 'activation' | 'none' {
  if (!target) return 'none';
  const tag = target.tagName.toUpperCase();
  if (target.isContentEditable || tag === 'TEXTAREA') return 'all';
  if (tag === 'INPUT') {
    const type = (target.type ?? 'text').toLowerCase();
    if (TEXT_INPUTS.has(type)) return 'all';
    if (type === 'range' || type === 'radio') return 'arrows';
    return 'activation';
  }
  if (tag === 'SELECT') return 'all';
  const role = target.getAttribute?.('role') ?? '';
  if (ARROW_ROLES.has(role)) return 'arrows';
  if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' || role === 'button') {
    return 'activation';
  }
  return 'none';
}

const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown']);

/**
 * The action for a key press, or null when the key is not a shortcut or belongs to the focused
 * element: text fields keep every key (a typed "r" is text), sliders and radio groups keep the
 * arrows, buttons and checkboxes keep Space. Ctrl, Meta and Alt combinations are left to the
 * browser (Ctrl+R still reloads).
 * Example: shortcutFor({ key: 'ArrowRight', shiftKey: true, … }, null) → 'stepEpoch'.
 */
export function shortcutFor(key: KeyLike, target: TargetLike | null): ShortcutAction | null {
  if (key.ctrlKey || key.metaKey || key.altKey) return null;
  const owner = ownership(target);
  if (owner === 'all') return null;
  if (owner === 'arrows' && (ARROWS.has(key.key) || key.key === ' ')) return null;
  if (owner === 'activation' && (key.key === ' ' || key.key === 'Enter')) return null;
  switch (key.key) {
    case ' ':
    case 'Spacebar':
      return 'togglePlay';
    case 'ArrowRight':
      return key.shiftKey ? 'stepEpoch' : 'stepBatch';
    case 'PageDown':
    case 'ArrowDown':
      return 'nextScene';
    case 'PageUp':
    case 'ArrowUp':
      return 'previousScene';
    case '+':
    case '=':
      return 'rateUp';
    case '-':
    case '_':
    case '−':
      return 'rateDown';
    case '?':
      return 'showShortcuts';
    case '.':
      return 'toggleBlank';
  }
  switch (key.key.toLowerCase()) {
    case 'r':
      return 'reset';
    case 'n':
      return 'newSeed';
    case 'p':
      return 'togglePresenter';
    case 'f':
      return 'toggleFullscreen';
    case 'b':
      return 'toggleBlank';
  }
  return null;
}
