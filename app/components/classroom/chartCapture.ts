import { EXPORT_SCALE, escapeXml, exportPixels, svgDocument } from '../../classroom/svgText';
import type { ExportTheme } from '../../classroom/svgText';

/** Computed properties copied onto every exported element, so the file looks as on screen. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'vector-effect',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
] as const;

/** Class that switches a subtree to a theme's chart tokens without changing the page layout. */
const THEME_CLASS: Record<ExportTheme, string> = {
  light: 'export-light',
  presenter: 'export-presenter',
};

function inlineStyles(source: Element, copy: Element): void {
  const cs = getComputedStyle(source);
  if (cs.display === 'none' || cs.visibility === 'hidden') {
    copy.setAttribute('display', 'none');
    return;
  }
  const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
  copy.setAttribute('style', style);
  copy.removeAttribute('class');
  const from = source.children;
  const to = copy.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i]!, to[i]!);
}

/** The rectangle that clips `el`: its nearest ancestor inside `box` with overflow hidden. */
function clipRect(el: Element, box: Element): DOMRect | null {
  for (let a = el.parentElement; a && a !== box; a = a.parentElement) {
    if (getComputedStyle(a).overflow !== 'visible') return a.getBoundingClientRect();
  }
  return null;
}

/**
 * One chart (every SVG and canvas under `box`, in paint order) as a standalone SVG text in
 * the given theme: styles are inlined from the computed values, canvases become embedded
 * PNG images, and the layout is the one on screen.
 */
export function captureChartSvg(box: HTMLElement, theme: ExportTheme, title: string) {
  const frame = box.getBoundingClientRect();
  const cls = THEME_CLASS[theme];
  box.classList.add(cls);
  try {
    const parts: string[] = [];
    let clipId = 0;
    for (const el of box.querySelectorAll('svg, canvas')) {
      // A nested svg is exported with its root.
      if (el instanceof SVGElement && el.parentElement?.closest('svg')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const x = r.left - frame.left;
      const y = r.top - frame.top;
      if (el instanceof HTMLCanvasElement) {
        const clip = clipRect(el, box);
        const opacity = getComputedStyle(el).opacity;
        let clipAttr = '';
        if (clip) {
          const id = `clip${++clipId}`;
          parts.push(
            `<clipPath id="${id}"><rect x="${clip.left - frame.left}" y="${clip.top - frame.top}" width="${clip.width}" height="${clip.height}"/></clipPath>`,
          );
          clipAttr = ` clip-path="url(#${id})"`;
        }
        parts.push(
          `<image x="${x}" y="${y}" width="${r.width}" height="${r.height}" opacity="${opacity}" preserveAspectRatio="none"${clipAttr} href="${escapeXml(el.toDataURL('image/png'))}"/>`,
        );
      } else {
        const copy = el.cloneNode(true) as SVGSVGElement;
        inlineStyles(el, copy);
        copy.setAttribute('x', String(x));
        copy.setAttribute('y', String(y));
        copy.setAttribute('width', String(r.width));
        copy.setAttribute('height', String(r.height));
        copy.setAttribute('overflow', 'visible');
        copy.removeAttribute('role');
        parts.push(new XMLSerializer().serializeToString(copy));
      }
    }
    const background = getComputedStyle(box.closest('.panel') ?? box).backgroundColor;
    return {
      svg: svgDocument({
        width: frame.width,
        height: frame.height,
        title,
        background: background || '#ffffff',
        body: parts.join(''),
      }),
      width: frame.width,
      height: frame.height,
    };
  } finally {
    box.classList.remove(cls);
  }
}

/**
 * Rasterise an SVG text to a PNG blob at EXPORT_SCALE device pixels per CSS pixel. An SVG with
 * HTML inside (a foreignObject) is read from a data URL: Chromium taints the canvas it draws
 * such a picture on from a blob URL, and a tainted canvas gives no PNG.
 */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  from: 'blob' | 'data' = 'blob',
): Promise<Blob> {
  const px = exportPixels(width, height, EXPORT_SCALE);
  const blobUrl =
    from === 'blob' ? URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })) : null;
  const url = blobUrl ?? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = px.width;
    canvas.height = px.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw the picture.');
    ctx.drawImage(img, 0, 0, px.width, px.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('No PNG was made.'))), 'image/png'),
    );
  } finally {
    if (blobUrl) URL.revokeObjectURL(blobUrl);
  }
}
