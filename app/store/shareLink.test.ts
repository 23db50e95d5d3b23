import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../engine/configRules';
import { MAX_SHARE_LINK, shareLink } from './shareLink';
import { DEFAULT_SPEED_INDEX } from './speedScale';
import { decodeHash } from './url';

const page = {
  config: { ...DEFAULT_CONFIG, dataset: 'xor' as const, learningRate: 0.1 },
  userData: null,
  logScale: false,
  showTest: false,
  discretize: false,
  speedIndex: DEFAULT_SPEED_INDEX,
};

describe('share links', () => {
  it('carry only the settings and view keys that differ from the defaults, and read back whole', () => {
    const { link, weights } = shareLink(
      'https://example.org/lab/',
      { ...page, logScale: true },
      null,
    );
    expect(link).toBe('https://example.org/lab/#v=1&data=xor&lr=0.1&log=1');
    expect(weights).toBe('none');
    const back = decodeHash(new URL(link).hash);
    expect(back.config).toEqual(page.config);
    expect(back.view).toEqual({ log: '1' });
    expect(back.notices).toEqual([]);
  });

  it('add the weights while the link fits a QR code, and leave them out past it, saying how long', () => {
    const fits = shareLink('https://example.org/', page, 'abc');
    expect(fits).toEqual({
      link: 'https://example.org/#v=1&data=xor&lr=0.1&w=abc',
      weights: 'included',
    });
    expect(decodeHash(new URL(fits.link).hash).linkWeights).toBe('abc');
    const big = shareLink('https://example.org/', page, 'x'.repeat(MAX_SHARE_LINK));
    expect(big.link).toBe('https://example.org/#v=1&data=xor&lr=0.1');
    expect(big.weights).toBe('too-long');
    expect(big.lengthWithWeights).toBeGreaterThan(MAX_SHARE_LINK);
  });
});
