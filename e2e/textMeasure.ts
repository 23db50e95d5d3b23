import type { Locator, Page } from '@playwright/test';

/** One piece of text as rendered: its rendered size and whether a box cuts it off. */
export interface RenderedText {
  text: string;
  /** Rendered font size in CSS px: computed size × the SVG's screen scale for SVG text. */
  px: number;
  /** The nearest element's description, e.g. 'text.label--units' or 'dd[aria-label=Epoch]'. */
  where: string;
  /** True when an ancestor that clips (overflow other than visible) or the viewport cuts it. */
  clipped: boolean;
  /** What cuts it off ('viewport' or the clipping ancestor's description), '' when nothing. */
  clippedBy: string;
  /** What is drawn over its middle (another element on top of it), '' when nothing. */
  coveredBy: string;
  /** Its boxes on the screen in CSS px, one per line it wraps onto. */
  lines: { left: number; top: number; right: number; bottom: number }[];
  /** The formula it belongs to (its glyphs may touch each other), or -1 outside formulas. */
  formula: number;
}

/**
 * Every visible piece of text under `root`, measured in the browser as the audience sees it:
 * computed font size, multiplied for SVG text by the scale of its screen transform (a viewBox
 * drawn smaller than its size shrinks its text), and whether any clipping ancestor or the
 * viewport cuts its box. Zero-width struts, visually hidden text and KaTeX's MathML copy
 * (read by screen readers, never drawn) are left out. With `scrollingPage` (a lesson, read by
 * scrolling down), text above or below the window is not cut off; text past its sides is.
 */
export async function renderedText(
  root: Locator,
  options: { scrollingPage?: boolean } = {},
): Promise<RenderedText[]> {
  return root.evaluate((rootEl, scrollingPage) => {
    const out: {
      text: string;
      px: number;
      where: string;
      clipped: boolean;
      clippedBy: string;
      coveredBy: string;
      lines: { left: number; top: number; right: number; bottom: number }[];
      formula: number;
    }[] = [];
    const formulas = new Map<Element, number>();
    const seen = (colour: string) =>
      colour !== 'none' && !/rgba\(.*,\s*0\)$/.test(colour) && colour !== 'transparent';
    // Whether an element puts paint on the screen (a shape's fill or stroke, a box's
    // background, its own text, a replaced element), not just a transparent hit area.
    const paints = (e: Element) => {
      const cs = getComputedStyle(e);
      if (Number(cs.opacity) === 0 || cs.visibility === 'hidden') return false;
      if (e instanceof SVGElement) {
        if (!(e instanceof SVGGeometryElement) && !(e instanceof SVGTextContentElement))
          return false;
        return (
          (seen(cs.fill) && Number(cs.fillOpacity) > 0) ||
          (seen(cs.stroke) && Number(cs.strokeOpacity) > 0)
        );
      }
      if (seen(cs.backgroundColor) || cs.backgroundImage !== 'none') return true;
      if (/^(IMG|CANVAS|INPUT|SELECT|TEXTAREA|VIDEO|IFRAME)$/.test(e.tagName)) return true;
      return [...e.childNodes].some((c) => c.nodeType === 3 && (c.textContent ?? '').trim() !== '');
    };
    const describe = (e: Element) => {
      const cls = e.getAttribute('class') ?? '';
      const label = e.getAttribute('aria-label');
      return `${e.tagName.toLowerCase()}${cls ? `.${cls.trim().split(/\s+/).join('.')}` : ''}${label ? `[aria-label=${label}]` : ''}`;
    };
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
        box.left < -0.5 ||
        box.right > vw + 0.5 ||
        (!scrollingPage && (box.top < -0.5 || box.bottom > vh + 0.5));
      let clippedBy = clipped ? 'viewport' : '';
      for (let a = el.parentElement; a && !clipped; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const r = a.getBoundingClientRect();
        clipped =
          box.left < r.left - 0.5 ||
          box.right > r.right + 0.5 ||
          box.top < r.top - 0.5 ||
          box.bottom > r.bottom + 0.5;
        if (clipped) clippedBy = describe(a);
      }
      // Whatever is painted at the text's middle above it (invisible hit areas and
      // see-through boxes do not hide it; a formula's own glyphs, such as the hat over ŷ,
      // belong with it).
      const formula = el.closest('.katex');
      let coveredBy = '';
      const stack = document.elementsFromPoint(
        (box.left + box.right) / 2,
        (box.top + box.bottom) / 2,
      );
      for (const hit of stack) {
        if (el.contains(hit) || hit.contains(el)) break;
        if (formula && formula.contains(hit)) continue;
        if (paints(hit)) {
          coveredBy = describe(hit);
          break;
        }
      }
      out.push({
        text: text.slice(0, 40),
        px: Math.round(px * 10) / 10,
        where: describe(el),
        clipped,
        clippedBy,
        coveredBy,
        lines: [...range.getClientRects()]
          .filter((r) => r.width >= 1 && r.height >= 1)
          .map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom })),
        formula: ((f) => {
          if (!f) return -1;
          if (!formulas.has(f)) formulas.set(f, formulas.size);
          return formulas.get(f)!;
        })(el.closest('.katex')),
      });
    }
    return out;
  }, options.scrollingPage ?? false);
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
  return texts.filter((t) => t.clipped).map((t) => `"${t.text}" ${t.where} cut by ${t.clippedBy}`);
}

/** The texts something else is drawn over, as readable lines for a failure message. */
export function coveredTexts(texts: readonly RenderedText[]): string[] {
  return texts.filter((t) => t.coveredBy).map((t) => `"${t.text}" ${t.where} under ${t.coveredBy}`);
}

/**
 * Pairs of texts whose boxes overlap (one written over the other), as readable lines: by more
 * than 2 px across and more than a quarter of the shorter one's height (a line box reaches a
 * little above and below its glyphs); glyphs of one formula are allowed to touch.
 */
export function overlappingTexts(texts: readonly RenderedText[]): string[] {
  const found: string[] = [];
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) {
      if (a.formula >= 0 && a.formula === b.formula) continue;
      const touch = a.lines.some((p) =>
        b.lines.some((q) => {
          const x = Math.min(p.right, q.right) - Math.max(p.left, q.left);
          const y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
          return x > 2 && y > Math.min(p.bottom - p.top, q.bottom - q.top) / 4;
        }),
      );
      if (touch) found.push(`"${a.text}" ${a.where} and "${b.text}" ${b.where}`);
    }
  });
  return found;
}

/** The smallest size text may render at in presenter mode for a viewport width. */
export function presenterMinimum(width: number): number {
  return width >= 1920 ? 24 : 18;
}

/**
 * What makes the page scroll sideways: the document's width beyond the window, and the
 * outermost elements that reach past the window's sides where nothing clips them (a curve
 * inside its chart's clipping box, or KaTeX's MathML copy, never drawn, is left out). Empty
 * when the page fits.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const found: string[] = [];
    const width = document.documentElement.scrollWidth;
    if (width > vw) found.push(`the page is ${width} px wide in a ${vw} px window`);
    const past = (r: DOMRect) => r.width > 0 && (r.right > vw + 0.5 || r.left < -0.5);
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('.katex-mathml, .visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (!past(r) || (el.parentElement && past(el.parentElement.getBoundingClientRect())))
        continue;
      let clipped = false;
      for (let a = el.parentElement; a && !clipped; a = a.parentElement)
        clipped = getComputedStyle(a).overflowX !== 'visible';
      if (clipped) continue;
      const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).join('.');
      found.push(
        `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''} at ${Math.round(r.left)}–${Math.round(r.right)} px`,
      );
    }
    return found;
  });
}

/**
 * Pairs of the elements matching `selector` under `root` whose boxes overlap by more than
 * 1 px each way (neither inside the other): panels drawn over one another.
 */
export async function overlappingBoxes(root: Locator, selector: string): Promise<string[]> {
  return root.evaluate((rootEl, sel) => {
    const els = [...rootEl.querySelectorAll(sel)].filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    });
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}.${(e.getAttribute('class') ?? '').trim().split(/\s+/).join('.')}`;
    const found: string[] = [];
    els.forEach((a, i) => {
      for (const b of els.slice(i + 1)) {
        if (a.contains(b) || b.contains(a)) continue;
        const p = a.getBoundingClientRect();
        const q = b.getBoundingClientRect();
        const x = Math.min(p.right, q.right) - Math.max(p.left, q.left);
        const y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        if (x > 1 && y > 1)
          found.push(`${name(a)} and ${name(b)} by ${Math.round(x)}×${Math.round(y)} px`);
      }
    });
    return found;
  }, selector);
}
