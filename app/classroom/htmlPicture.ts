import { escapeXml, svgDocument } from './svgText';

/**
 * Typeset HTML (KaTeX's output with every style inlined) as a standalone SVG picture: the
 * markup sits in a foreignObject, the fonts it uses travel inside as data URLs, so the file
 * draws the same anywhere (an SVG drawn as an image may load nothing from outside itself).
 * Example: htmlPictureSvg({ width: 300, height: 80, title: 'Step', background: '#fff',
 *   fontFaces: ['@font-face{…}'], html: '<div xmlns="http://www.w3.org/1999/xhtml">…</div>' })
 *   → '<svg … width="300" height="80"><title>Step</title><rect …/><foreignObject …>…'.
 */
export function htmlPictureSvg(opts: {
  width: number;
  height: number;
  title: string;
  background: string;
  /** Complete @font-face rules, their sources already data URLs. */
  fontFaces: readonly string[];
  /** One XHTML element (serialised with its namespace), laid out at the picture's size. */
  html: string;
}): string {
  const style = opts.fontFaces.length
    ? `<style>${escapeXml(opts.fontFaces.join('\n'))}</style>`
    : '';
  return svgDocument({
    width: opts.width,
    height: opts.height,
    title: opts.title,
    background: opts.background,
    body: `${style}<foreignObject x="0" y="0" width="100%" height="100%">${opts.html}</foreignObject>`,
  });
}

/**
 * The font a computed `font-family` list starts with, unquoted: the face the browser draws
 * KaTeX's glyphs with. Example: '"KaTeX_Main", "Times New Roman", serif' → 'KaTeX_Main'.
 */
export function firstFamily(fontFamily: string): string {
  return (fontFamily.split(',')[0] ?? '').trim().replace(/^["']|["']$/g, '');
}

/**
 * The file to embed from an @font-face rule's `src`: the WOFF2 source if there is one (every
 * browser that draws foreignObject reads it, and it is the smallest), else the first URL.
 * Example: 'url(a.woff2) format("woff2"), url(a.woff) format("woff")' → 'a.woff2'.
 */
export function fontSourceUrl(src: string): string | null {
  const sources = [
    ...src.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)\s*(?:format\(\s*["']?([\w-]+)["']?\s*\))?/g),
  ];
  const woff2 = sources.find((m) => m[3] === 'woff2');
  return (woff2 ?? sources[0])?.[2] ?? null;
}

/**
 * An @font-face rule with one source, a data URL, and the descriptors that tell its faces
 * apart. Example: fontFaceRule('KaTeX_Main', 'normal', 'bold', 'data:font/woff2;base64,AA')
 *   → '@font-face{font-family:"KaTeX_Main";font-style:normal;font-weight:bold;src:url("data:font/woff2;base64,AA") format("woff2")}'.
 */
export function fontFaceRule(
  family: string,
  style: string,
  weight: string,
  dataUrl: string,
): string {
  const format = /^data:font\/(woff2|woff|ttf)/.exec(dataUrl)?.[1];
  const as = format ? ` format("${format === 'ttf' ? 'truetype' : format}")` : '';
  return `@font-face{font-family:"${family}";font-style:${style || 'normal'};font-weight:${weight || 'normal'};src:url("${dataUrl}")${as}}`;
}
