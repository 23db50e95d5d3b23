import { describe, expect, it } from 'vitest';
import { chartFileName, escapeXml, exportPixels, pngDimensions, svgDocument } from './svgText';

describe('svg export text', () => {
  it('escapes markup', () => {
    expect(escapeXml(`a<b&"c"'`)).toBe('a&lt;b&amp;&quot;c&quot;&apos;');
  });

  it('writes a standalone document with a title and background', () => {
    const s = svgDocument({
      width: 300,
      height: 200.5,
      title: 'Loss <1>',
      background: '#fff',
      body: '<g/>',
    });
    expect(s).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(s).toContain('width="300" height="200.5" viewBox="0 0 300 200.5"');
    expect(s).toContain('<title>Loss &lt;1&gt;</title>');
    expect(s).toContain('<rect width="100%" height="100%" fill="#fff"/><g/></svg>');
  });

  it('sizes PNGs at twice the CSS size', () => {
    expect(exportPixels(300.4, 200)).toEqual({ width: 601, height: 400 });
    expect(exportPixels(0, 0)).toEqual({ width: 1, height: 1 });
  });

  it('names files by chart and theme', () => {
    expect(chartFileName('Loss', 'presenter', 'png')).toBe('gradient-lab-loss-presenter.png');
    expect(chartFileName('Output / boundary', 'light', 'svg')).toBe(
      'gradient-lab-output-boundary-light.svg',
    );
  });

  it('reads PNG dimensions', () => {
    const header = new Uint8Array(24);
    header.set([137, 80, 78, 71, 13, 10, 26, 10]);
    new DataView(header.buffer).setUint32(16, 640);
    new DataView(header.buffer).setUint32(20, 480);
    expect(pngDimensions(header)).toEqual({ width: 640, height: 480 });
    expect(pngDimensions(new Uint8Array(30))).toBeNull();
  });
});
