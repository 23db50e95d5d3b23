import { describe, expect, it } from 'vitest';
import { GESTURE_MS, historyAction } from './urlMirror';

describe('URL mirroring rule', () => {
  it('pushes a discrete change so Back can undo it', () => {
    expect(historyAction(['dataset'], null, 0)).toBe('push');
    expect(historyAction(['learningRate'], { fields: 'dataset', at: 0 }, 10)).toBe('push');
  });

  it('replaces while the same field keeps changing (a slider drag)', () => {
    expect(historyAction(['noise'], { fields: 'noise', at: 1000 }, 1200)).toBe('replace');
  });

  it('pushes again once the gesture is over', () => {
    expect(historyAction(['noise'], { fields: 'noise', at: 0 }, GESTURE_MS + 1)).toBe('push');
  });

  it('pushes multi-field changes and ignores empty ones', () => {
    const last = { fields: 'hidden,activations', at: 0 };
    expect(historyAction(['hidden', 'activations'], last, 10)).toBe('push');
    expect(historyAction([], last, 10)).toBe('none');
  });
});
