import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEED_INDEX } from './speedScale';
import { sameSharedView, viewFromParams, viewParams } from './viewParams';

const view = { logScale: true, showTest: false, discretize: true, speedIndex: 2 };

describe('view in the link', () => {
  it('round-trips through the hash keys', () => {
    const params = Object.fromEntries(
      Object.entries(viewParams(view)).map(([k, v]) => [
        k,
        v === true ? '1' : v === false ? '0' : v,
      ]),
    );
    expect(params).toEqual({ log: '1', test: '0', disc: '1', speed: '5' });
    expect(viewFromParams(params)).toEqual(view);
  });

  it('writes full speed as max and reads it back', () => {
    expect(viewParams({ ...view, speedIndex: DEFAULT_SPEED_INDEX }).speed).toBe('max');
    expect(viewFromParams({ speed: 'max' })).toEqual({ speedIndex: DEFAULT_SPEED_INDEX });
  });

  it('leaves out missing and unreadable keys', () => {
    expect(viewFromParams({})).toEqual({});
    expect(viewFromParams({ log: 'yes', speed: '-4', disc: '<b>' })).toEqual({});
  });

  it('compares the shared parts of two views', () => {
    expect(sameSharedView(view, { ...view })).toBe(true);
    expect(sameSharedView(view, { ...view, showTest: true })).toBe(false);
  });
});
