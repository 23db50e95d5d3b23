import { describe, expect, it } from 'vitest';
import { addPoint, emptyDrawing } from '../data/drawing';
import { encodeLinkData } from '../data/userDataCodec';
import { DEFAULT_CONFIG } from '../engine/configRules';
import { presetFor } from '../engine/presets';
import { decodeHash, encodeConfig } from './url';
import { linkDataOf, resolveLinkData } from './userDataLink';

const drawn = addPoint(addPoint(emptyDrawing('binary'), -2, 1, 0), 3, 3, 1);
const custom = presetFor('customBinary');

describe('the user’s data in a link', () => {
  it('travels with a custom configuration and reads back', () => {
    const value = linkDataOf({ config: custom, userData: drawn });
    expect(value).toBeDefined();
    const hash = encodeConfig(custom, {}, value);
    const back = decodeHash(hash);
    expect(back.notices).toEqual([]);
    expect(resolveLinkData(back.config, back.linkData, null).data).toEqual(drawn);
  });

  it('stays out of links for built-in data sets', () => {
    expect(linkDataOf({ config: DEFAULT_CONFIG, userData: drawn })).toBeUndefined();
  });

  it('falls back to the saved data, then to the defaults with a notice', () => {
    expect(resolveLinkData(custom, undefined, drawn).data).toBe(drawn);
    const none = resolveLinkData(custom, undefined, null);
    expect(none.config.dataset).toBe(DEFAULT_CONFIG.dataset);
    expect(none.notice).toMatch(/did not come with it/);
  });

  it('ignores saved data of the wrong kind, and reports a broken link value', () => {
    const values = presetFor('customValues');
    expect(resolveLinkData(values, undefined, drawn).config.dataset).toBe('circle');
    const broken = resolveLinkData(custom, 'b~x', drawn);
    expect(broken.notice).toMatch(/The data in the link/);
    expect(broken.data).toBe(drawn);
  });

  it('a link value survives percent-decoding of the hash', () => {
    const named = { ...drawn, name: 'a&b=c%d #e' };
    const hash = encodeConfig(custom, {}, encodeLinkData(named)!);
    expect(resolveLinkData(custom, decodeHash(hash).linkData, null).data).toEqual(named);
  });

  it('never lets a link replace the saved data: built-in links leave theirs out', () => {
    const saved = { ...drawn, name: 'Mine' };
    const link = encodeLinkData(addPoint(drawn, 1, 1, 0))!;
    const circle = resolveLinkData(DEFAULT_CONFIG, link, saved);
    expect(circle.data).toBeNull();
    expect(circle.notice).toMatch(/carried 3 rows of data that it does not train on/);
  });

  it('opens differing link data beside the saved data, and the same data as the saved', () => {
    const saved = { ...drawn, name: 'Mine' };
    const other = addPoint(drawn, 1, 1, 0);
    const beside = resolveLinkData(custom, encodeLinkData(other)!, saved);
    expect(beside.besideSaved).toBe(true);
    expect(beside.data).toEqual(other);
    const same = resolveLinkData(custom, encodeLinkData(saved)!, saved);
    expect(same.besideSaved).toBeUndefined();
    expect(same.data).toBe(saved);
    // With nothing saved there is nothing to replace.
    expect(resolveLinkData(custom, encodeLinkData(other)!, null).besideSaved).toBeUndefined();
  });
});
