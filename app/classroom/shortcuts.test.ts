import { describe, expect, it } from 'vitest';
import { SHORTCUTS } from './shortcutList';
import { shortcutFor } from './shortcuts';
import type { KeyLike, TargetLike } from './shortcuts';

const press = (key: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const el = (tagName: string, type?: string, role?: string): TargetLike => ({
  tagName,
  type,
  getAttribute: (name) => (name === 'role' ? (role ?? null) : null),
});

describe('shortcutFor', () => {
  it('maps every listed key with nothing focused', () => {
    expect(shortcutFor(press(' '), null)).toBe('togglePlay');
    expect(shortcutFor(press('ArrowRight'), null)).toBe('stepBatch');
    expect(shortcutFor(press('ArrowRight', { shiftKey: true }), null)).toBe('stepEpoch');
    expect(shortcutFor(press('r'), null)).toBe('reset');
    expect(shortcutFor(press('R', { shiftKey: true }), null)).toBe('reset');
    expect(shortcutFor(press('n'), null)).toBe('newSeed');
    expect(shortcutFor(press('p'), null)).toBe('togglePresenter');
    expect(shortcutFor(press('f'), null)).toBe('toggleFullscreen');
    expect(shortcutFor(press('+', { shiftKey: true }), null)).toBe('rateUp');
    expect(shortcutFor(press('='), null)).toBe('rateUp');
    expect(shortcutFor(press('-'), null)).toBe('rateDown');
    expect(shortcutFor(press('?', { shiftKey: true }), null)).toBe('showShortcuts');
    expect(shortcutFor(press('PageDown'), null)).toBe('nextScene');
    expect(shortcutFor(press('PageUp'), null)).toBe('previousScene');
    expect(shortcutFor(press('ArrowDown'), null)).toBe('nextScene');
    expect(shortcutFor(press('b'), null)).toBe('toggleBlank');
    expect(shortcutFor(press('k'), null)).toBe('pinRun');
  });

  it('every action on the sheet has a key that triggers it', () => {
    const actions = new Set(SHORTCUTS.map((s) => s.action));
    const keys = [' ', 'ArrowRight', 'r', 'n', 'p', 'f', '+', '-', '?', 'PageDown', 'PageUp', 'b'];
    keys.push('s', ']', '[', '}', '{', 'Escape', 'k');
    const reached = new Set(keys.map((k) => shortcutFor(press(k), null)));
    reached.add(shortcutFor(press('ArrowRight', { shiftKey: true }), null));
    for (const a of actions) expect(reached.has(a), a).toBe(true);
  });

  it('leaves browser combinations alone', () => {
    expect(shortcutFor(press('r', { ctrlKey: true }), null)).toBeNull();
    expect(shortcutFor(press('f', { metaKey: true }), null)).toBeNull();
    expect(shortcutFor(press('ArrowRight', { altKey: true }), null)).toBeNull();
  });

  it('a key typed in a text field is text', () => {
    for (const t of [el('INPUT'), el('input', 'number'), el('TEXTAREA'), el('SELECT')]) {
      for (const k of ['r', ' ', 'ArrowRight', 'ArrowDown', '+', '?']) {
        expect(shortcutFor(press(k), t)).toBeNull();
      }
    }
    for (const t of [el('INPUT'), el('input', 'number'), el('TEXTAREA')])
      expect(shortcutFor(press('PageDown'), t)).toBeNull();
    expect(shortcutFor(press('p'), { tagName: 'DIV', isContentEditable: true })).toBeNull();
  });

  it('sliders keep their arrows but never the clicker keys; Space plays from a button or tab', () => {
    const slider = el('INPUT', 'range');
    expect(shortcutFor(press('ArrowRight'), slider)).toBeNull();
    expect(shortcutFor(press('PageDown'), slider)).toBe('nextScene');
    expect(shortcutFor(press('PageUp'), slider)).toBe('previousScene');
    expect(shortcutFor(press(' '), slider)).toBe('togglePlay');
    expect(shortcutFor(press('r'), slider)).toBe('reset');
    expect(shortcutFor(press('ArrowUp'), el('DIV', undefined, 'radiogroup'))).toBeNull();
    expect(shortcutFor(press('PageDown'), el('DIV', undefined, 'tablist'))).toBe('nextScene');
    // A focused select (a widget's activation, a view's neuron) never takes the clicker's keys.
    expect(shortcutFor(press('PageDown'), el('SELECT'))).toBe('nextScene');
    expect(shortcutFor(press('PageUp'), el('SELECT'))).toBe('previousScene');
    expect(shortcutFor(press(' '), el('BUTTON'))).toBe('togglePlay');
    expect(shortcutFor(press(' '), el('BUTTON', undefined, 'tab'))).toBe('togglePlay');
    expect(shortcutFor(press('Enter'), el('BUTTON'))).toBeNull();
    expect(shortcutFor(press(' '), el('INPUT', 'checkbox'))).toBeNull();
    expect(shortcutFor(press('s'), null)).toBe('toggleSpeed');
    expect(shortcutFor(press(']'), el('BUTTON'))).toBe('rewindForward');
    expect(shortcutFor(press('['), null)).toBe('rewindBack');
    expect(shortcutFor(press('}', { shiftKey: true }), el('BUTTON'))).toBe('nextInView');
    expect(shortcutFor(press('{', { shiftKey: true }), null)).toBe('previousInView');
    expect(shortcutFor(press('ArrowRight'), el('BUTTON'))).toBe('stepBatch');
    expect(shortcutFor(press(' '), el('DIV'))).toBe('togglePlay');
  });

  it('ignores keys that are not shortcuts', () => {
    for (const k of ['a', 'Enter', 'Tab', 'ArrowLeft', 'Shift', '1']) {
      expect(shortcutFor(press(k), null)).toBeNull();
    }
  });
});
