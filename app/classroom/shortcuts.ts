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
  | 'toggleBlank'
  | 'toggleSpeed'
  | 'nextInView'
  | 'previousInView'
  | 'rewindBack'
  | 'rewindForward'
  | 'dismissMessage'
  | 'pinRun';

/**
 * The actions on the playground's run and views. On a widget scene the playground is out of
 * sight, so these do nothing there (nothing trains unseen) and the key stays with the widget.
 */
export const PLAYGROUND_ACTIONS: ReadonlySet<ShortcutAction> = new Set<ShortcutAction>([
  'togglePlay',
  'stepBatch',
  'stepEpoch',
  'reset',
  'newSeed',
  'rateUp',
  'rateDown',
  'toggleSpeed',
  'nextInView',
  'previousInView',
  'rewindBack',
  'rewindForward',
  'pinRun',
]);

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
function ownership(
  target: TargetLike | null,
): 'all' | 'choice' | 'arrows' | 'activation' | 'toggle' | 'none' {
  if (!target) return 'none';
  const tag = target.tagName.toUpperCase();
  if (target.isContentEditable || tag === 'TEXTAREA') return 'all';
  if (tag === 'INPUT') {
    const type = (target.type ?? 'text').toLowerCase();
    if (TEXT_INPUTS.has(type)) return 'all';
    if (type === 'range' || type === 'radio') return 'arrows';
    // A checkbox is toggled by Space and nothing else.
    if (type === 'checkbox') return 'toggle';
    return 'activation';
  }
  // A select takes letters (to find an entry) and arrows, but not the clicker's keys.
  if (tag === 'SELECT') return 'choice';
  const role = target.getAttribute?.('role') ?? '';
  if (ARROW_ROLES.has(role)) return 'arrows';
  if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' || role === 'button') {
    return 'activation';
  }
  return 'none';
}

const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown']);
const PAGING = new Set(['PageUp', 'PageDown']);

/**
 * The action for a key press, or null when the key is not a shortcut or belongs to the focused
 * element: text fields keep every key (a typed "r" is text), selects every key but PageDown and
 * PageUp, sliders and radio groups keep the arrows, buttons and checkboxes keep Space. Ctrl, Meta and Alt combinations are left to the
 * browser (Ctrl+R still reloads).
 * Example: shortcutFor({ key: 'ArrowRight', shiftKey: true, … }, null) → 'stepEpoch'.
 */
export function shortcutFor(key: KeyLike, target: TargetLike | null): ShortcutAction | null {
  if (key.ctrlKey || key.metaKey || key.altKey) return null;
  const owner = ownership(target);
  if (owner === 'all') return null;
  if (owner === 'choice' && !PAGING.has(key.key)) return null;
  // PageDown/PageUp are the clicker's: no slider or list ever takes them (or changes a value).
  if (owner === 'arrows' && ARROWS.has(key.key) && !PAGING.has(key.key)) return null;
  // A focused button, tab or link keeps Enter; Space is play/pause wherever the focus is.
  if (owner === 'activation' && key.key === 'Enter') return null;
  if (owner === 'toggle' && key.key === ' ') return null;
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
    case 'Escape':
      return 'dismissMessage';
    // [ ] scrub the run's kept epochs; Shift gives { } (on most layouts), the open view's steps.
    case ']':
      return 'rewindForward';
    case '[':
      return 'rewindBack';
    case '}':
      return 'nextInView';
    case '{':
      return 'previousInView';
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
    case 's':
      return 'toggleSpeed';
    case 'k':
      return 'pinRun';
  }
  return null;
}
