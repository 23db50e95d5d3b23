import type { Locator } from '@playwright/test';

/** One piece of text as rendered: its rendered size and whether a box cuts it off. */
export interface RenderedText {
  text: string;
  /** Rendered font size in CSS px: computed size × the SVG's screen scale for SVG text. */
  px: number;
  /** The nearest element's description, e.g. 'text.label--units' or 'dd[aria-label=Epoch]'. */
  where: string;
  /** True when an ancestor that clips (overflow other than visible) or the viewport cuts it. */
  clipped: boolean;
}

/**
 * Every visible piece of text under `root`, measured in the browser as the audience sees it:
 * computed font size, multiplied for SVG text by the scale of its screen transform (a viewBox
 * drawn smaller than its size shrinks its text), and whether any clipping ancestor or the
 * viewport cuts its box. Zero-width struts, visually hidden text and KaTeX's MathML copy
 * (read by screen readers, never drawn) are left out.
 */
export async function renderedText(root: Locator): Promise<RenderedText[]> {
  return root.evaluate((rootEl) => {
    const out: { text: string; px: number; where: string; clipped: boolean }[] = [];
    const walker = document.createTreeWalker(rootEl, NodeFilter.SHOW_TEXT);
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').replace(/[\u200b\u00a0\s]+/g, ' ').trim();
      const el = n.parentElement;
      if (!text || !el) continue;
      if (el.closest('.katex-mathml, .visually-hidden, [hidden], option, title, style, script'))
        continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const box = range.getBoundingClientRect();
      if (box.width < 1 || box.height < 1) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      let px = parseFloat(style.fontSize);
      if (el instanceof SVGGraphicsElement) {
        const m = el.getScreenCTM();
        if (m) px *= Math.hypot(m.b, m.d);
      }
      let clipped =
        box.left < -0.5 || box.top < -0.5 || box.right > vw + 0.5 || box.bottom > vh + 0.5;
      for (let a = el.parentElement; a && !clipped; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const r = a.getBoundingClientRect();
        clipped =
          box.left < r.left - 0.5 ||
          box.right > r.right + 0.5 ||
          box.top < r.top - 0.5 ||
          box.bottom > r.bottom + 0.5;
      }
      const cls = el.getAttribute('class') ?? '';
      const label = el.getAttribute('aria-label');
      const where = `${el.tagName.toLowerCase()}${cls ? `.${cls.trim().split(/\s+/).join('.')}` : ''}${label ? `[aria-label=${label}]` : ''}`;
      out.push({ text: text.slice(0, 40), px: Math.round(px * 10) / 10, where, clipped });
    }
    return out;
  });
}

/**
 * Boxes under `root` whose content is larger than the box and can be scrolled (or is cut by
 * `overflow: hidden`) with text in the hidden part: what a projector audience cannot see.
 */
export async function overflowingBoxes(root: Locator): Promise<string[]> {
  return root.evaluate((rootEl) => {
    const found: string[] = [];
    for (const el of [rootEl, ...rootEl.querySelectorAll<HTMLElement>('*')]) {
      if (!(el instanceof HTMLElement) || el.closest('.katex-mathml, .visually-hidden')) continue;
      const s = getComputedStyle(el);
      if (s.display === 'none') continue;
      const scrolls = (o: string) => o === 'auto' || o === 'scroll' || o === 'hidden';
      const y = scrolls(s.overflowY) && el.scrollHeight > el.clientHeight + 2;
      const x = scrolls(s.overflowX) && el.scrollWidth > el.clientWidth + 2;
      if ((x || y) && (el.innerText ?? '').trim() !== '')
        found.push(
          `${el.tagName.toLowerCase()}.${el.className} ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`,
        );
    }
    return found;
  });
}

/** The texts smaller than `minPx` as rendered, as readable lines for a failure message. */
export function tooSmall(texts: readonly RenderedText[], minPx: number): string[] {
  return texts.filter((t) => t.px < minPx - 0.25).map((t) => `${t.px}px "${t.text}" ${t.where}`);
}

/** The texts a box or the viewport cuts off, as readable lines for a failure message. */
export function clippedTexts(texts: readonly RenderedText[]): string[] {
  return texts.filter((t) => t.clipped).map((t) => `"${t.text}" ${t.where}`);
}

/** The smallest size text may render at in presenter mode for a viewport width. */
export function presenterMinimum(width: number): number {
  return width >= 1920 ? 24 : 18;
}
