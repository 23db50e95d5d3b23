/** The two looks a chart can be exported in. */
export type ExportTheme = 'light' | 'presenter';

/** Pixels per CSS pixel of an exported PNG: sharp on slides and high-density screens. */
export const EXPORT_SCALE = 2;

/** Text made safe inside an XML attribute or text node. Example: 'a<b&"c"' → 'a&lt;b&amp;&quot;c&quot;'. */
export function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * A standalone SVG document of `width` × `height` CSS px with a title (its text alternative),
 * a background rectangle and the given body markup.
 * Example: svgDocument({ width: 10, height: 5, title: 'Loss', background: '#fff', body: '' })
 *   → '<svg xmlns="http://www.w3.org/2000/svg" … width="10" height="5" viewBox="0 0 10 5">…'.
 */
export function svgDocument(opts: {
  width: number;
  height: number;
  title: string;
  background: string;
  body: string;
}): string {
  const w = round(opts.width);
  const h = round(opts.height);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ` +
    `width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img">` +
    `<title>${escapeXml(opts.title)}</title>` +
    `<rect width="100%" height="100%" fill="${escapeXml(opts.background)}"/>` +
    opts.body +
    `</svg>`
  );
}

/** Size in device pixels of a PNG export: whole pixels, at least 1. Example: (300.4, 200, 2) → 601 × 400. */
export function exportPixels(width: number, height: number, scale = EXPORT_SCALE) {
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** The download name of a chart export. Example: ('Loss', 'presenter', 'png') → 'gradient-lab-loss-presenter.png'. */
export function chartFileName(chart: string, theme: ExportTheme, ext: 'png' | 'svg'): string {
  const slug =
    chart
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'chart';
  return `gradient-lab-${slug}-${theme}.${ext}`;
}

/**
 * Width and height stored in a PNG file's header (the IHDR chunk), or null if the bytes are not
 * a PNG. Example: the bytes of a 640 × 480 PNG → { width: 640, height: 480 }.
 */
export function pngDimensions(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function round(v: number): number {
  return Math.max(1, Math.round(v * 100) / 100);
}
