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
});
