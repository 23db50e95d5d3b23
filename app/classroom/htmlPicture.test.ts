import { describe, expect, it } from 'vitest';
import { firstFamily, fontFaceRule, fontSourceUrl, htmlPictureSvg } from './htmlPicture';

describe('htmlPictureSvg', () => {
  it('puts the HTML in a foreignObject at the picture size, with its fonts in a style', () => {
    const svg = htmlPictureSvg({
      width: 300,
      height: 80.5,
      title: 'Forward: layer 1 of 3',
      background: '#ffffff',
      fontFaces: ['@font-face{font-family:"KaTeX_Main";src:url("data:font/woff2;base64,AA")}'],
      html: '<div xmlns="http://www.w3.org/1999/xhtml">z = 1</div>',
    });
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" [^>]*width="300" height="80.5"/,
    );
    expect(svg).toContain('<title>Forward: layer 1 of 3</title>');
    // Escaped as XML text, read back as the same CSS.
    expect(svg).toContain('<style>@font-face{font-family:&quot;KaTeX_Main&quot;;');
    expect(svg).toContain(
      '<foreignObject x="0" y="0" width="100%" height="100%"><div xmlns="http://www.w3.org/1999/xhtml">z = 1</div></foreignObject>',
    );
  });

  it('has no style when no font is embedded', () => {
    const svg = htmlPictureSvg({
      width: 1,
      height: 1,
      title: 't',
      background: '#fff',
      fontFaces: [],
      html: '',
    });
    expect(svg).not.toContain('<style>');
  });
});

describe('fonts of a picture', () => {
  it('names the family a computed font-family list starts with', () => {
    expect(firstFamily('"KaTeX_Main", "Times New Roman", serif')).toBe('KaTeX_Main');
    expect(firstFamily('KaTeX_Size1')).toBe('KaTeX_Size1');
  });

  it('embeds the WOFF2 source of a rule, else its first', () => {
    expect(
      fontSourceUrl(
        'url("assets/KaTeX_Main-Regular.woff") format("woff"), url(assets/KaTeX_Main-Regular.woff2) format("woff2")',
      ),
    ).toBe('assets/KaTeX_Main-Regular.woff2');
    expect(fontSourceUrl("url('a.ttf') format('truetype')")).toBe('a.ttf');
    expect(fontSourceUrl('local(Arial)')).toBeNull();
  });

  it('writes a face with its style, weight and format', () => {
    expect(fontFaceRule('KaTeX_Main', 'italic', '700', 'data:font/woff2;base64,AA')).toBe(
      '@font-face{font-family:"KaTeX_Main";font-style:italic;font-weight:700;src:url("data:font/woff2;base64,AA") format("woff2")}',
    );
    expect(fontFaceRule('X', '', '', 'data:font/ttf;base64,AA')).toContain(
      'font-style:normal;font-weight:normal;src:url("data:font/ttf;base64,AA") format("truetype")',
    );
  });
});
