import {
  firstFamily,
  fontFaceRule,
  fontSourceUrl,
  htmlPictureSvg,
} from '../../classroom/htmlPicture';

const XHTML = 'http://www.w3.org/1999/xhtml';
const SVG = 'http://www.w3.org/2000/svg';

/** Inherited properties: written where they differ from the parent's (all of them at the root). */
const INHERITED = [
  'color',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-variant',
  'font-feature-settings',
  'font-variant-numeric',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-align',
  'text-indent',
  'text-transform',
  'white-space',
  'direction',
  'border-collapse',
  'fill',
  'stroke',
  'stroke-width',
] as const;

/** Other properties with their initial values: written where they differ. */
const OWN: readonly (readonly [string, string])[] = [
  ['position', 'static'],
  ['top', 'auto'],
  ['right', 'auto'],
  ['bottom', 'auto'],
  ['left', 'auto'],
  ['min-width', 'auto'],
  ['max-width', 'none'],
  ['vertical-align', 'baseline'],
  ['margin-top', '0px'],
  ['margin-right', '0px'],
  ['margin-bottom', '0px'],
  ['margin-left', '0px'],
  ['padding-top', '0px'],
  ['padding-right', '0px'],
  ['padding-bottom', '0px'],
  ['padding-left', '0px'],
  ['box-sizing', 'content-box'],
  ['overflow-x', 'visible'],
  ['overflow-y', 'visible'],
  ['background-color', 'rgba(0, 0, 0, 0)'],
  ['opacity', '1'],
  ['text-decoration-line', 'none'],
  ['transform', 'none'],
  ['float', 'none'],
];

const BORDER_SIDES = ['top', 'right', 'bottom', 'left'] as const;

/** The declarations that make `el` look as it does on screen, given its parent's style. */
function declarations(el: Element, cs: CSSStyleDeclaration, parent: CSSStyleDeclaration | null) {
  const out = [`display:${cs.display}`];
  for (const p of INHERITED) {
    const v = cs.getPropertyValue(p);
    if (!parent || parent.getPropertyValue(p) !== v) out.push(`${p}:${v}`);
  }
  for (const [p, initial] of OWN) {
    const v = cs.getPropertyValue(p);
    if (v && v !== initial) out.push(`${p}:${v}`);
  }
  for (const side of BORDER_SIDES) {
    const style = cs.getPropertyValue(`border-${side}-style`);
    if (style === 'none' || style === 'hidden') continue;
    for (const part of ['style', 'width', 'color'])
      out.push(`border-${side}-${part}:${cs.getPropertyValue(`border-${side}-${part}`)}`);
  }
  // Boxes keep their laid-out size (KaTeX sets struts and rows to exact heights); inline
  // runs of text size themselves.
  if (cs.display !== 'inline' && cs.display !== 'contents') {
    const w = cs.getPropertyValue('width');
    const h = cs.getPropertyValue('height');
    if (w.endsWith('px')) out.push(`width:${w}`);
    if (h.endsWith('px')) out.push(`height:${h}`);
  }
  if (el instanceof SVGElement) out.push(`overflow:${cs.overflow}`);
  return out.join(';');
}

/**
 * A copy of `el` with its computed style written on every element, the families of the fonts
 * it draws with added to `families`; null for what is not drawn (display none, KaTeX's MathML
 * copy for screen readers).
 */
function styledCopy(
  el: Element,
  parent: CSSStyleDeclaration | null,
  families: Set<string>,
): Element | null {
  if (el.matches('.katex-mathml, button, [hidden]')) return null;
  const cs = getComputedStyle(el);
  if (cs.display === 'none' || cs.visibility === 'hidden') return null;
  const svg = el instanceof SVGElement;
  const copy = svg
    ? document.createElementNS(SVG, el.tagName)
    : document.createElementNS(XHTML, 'span');
  if (svg) {
    for (const a of el.attributes)
      if (a.name !== 'class' && a.name !== 'style') copy.setAttribute(a.name, a.value);
  }
  copy.setAttribute('style', declarations(el, cs, parent));
  for (const child of el.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      const text = child.textContent ?? '';
      if (text) {
        copy.append(document.createTextNode(text));
        if (text.trim()) families.add(firstFamily(cs.fontFamily));
      }
    } else if (child instanceof Element) {
      const c = styledCopy(child, cs, families);
      if (c) copy.append(c);
    }
  }
  return copy;
}

/** A font file as a data URL, typed by its extension (a server may call it octet-stream). */
async function fontDataUrl(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`A font of the equations could not be loaded (${res.status}).`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const ext = /\.(woff2|woff|ttf)(?:[?#]|$)/.exec(url)?.[1] ?? 'woff2';
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/${ext};base64,${btoa(binary)}`;
}

const fontCache = new Map<string, Promise<string>>();

/** The page's @font-face rules for `families`, each with its file embedded. */
async function embeddedFonts(families: ReadonlySet<string>): Promise<string[]> {
  const rules: Promise<string>[] = [];
  for (const sheet of document.styleSheets) {
    let list: CSSRuleList;
    try {
      list = sheet.cssRules;
    } catch {
      continue; // another origin's sheet: not ours to read
    }
    for (const rule of list) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const family = firstFamily(rule.style.getPropertyValue('font-family'));
      if (!families.has(family)) continue;
      const src = fontSourceUrl(rule.style.getPropertyValue('src'));
      if (!src) continue;
      const url = new URL(src, sheet.href ?? document.baseURI).href;
      if (!fontCache.has(url)) fontCache.set(url, fontDataUrl(url));
      const style = rule.style.getPropertyValue('font-style');
      const weight = rule.style.getPropertyValue('font-weight');
      rules.push(fontCache.get(url)!.then((data) => fontFaceRule(family, style, weight, data)));
    }
  }
  try {
    return await Promise.all(rules);
  } catch (err) {
    fontCache.clear();
    throw err;
  }
}

/**
 * HTML on screen (typeset equations) as a standalone SVG picture of `stage` at its laid-out
 * size: each element's computed style written on it, the fonts its text uses embedded. The
 * style is read at once (the caller may take the stage away as soon as this returns its
 * promise); the fonts follow.
 */
export function captureHtmlSvg(
  stage: HTMLElement,
  title: string,
  background: string,
): Promise<{ svg: string; width: number; height: number }> {
  const families = new Set<string>();
  const rect = stage.getBoundingClientRect();
  const copy = styledCopy(stage, null, families);
  if (!copy) return Promise.reject(new Error('There is nothing on screen to draw.'));
  // The copy's root sits at the picture's top left, whatever its place on the page was.
  copy.setAttribute(
    'style',
    `${copy.getAttribute('style')};position:static;margin:0;top:auto;left:auto`,
  );
  const html = new XMLSerializer().serializeToString(copy);
  return embeddedFonts(families).then((fontFaces) => ({
    svg: htmlPictureSvg({
      width: rect.width,
      height: rect.height,
      title,
      background,
      fontFaces,
      html,
    }),
    width: rect.width,
    height: rect.height,
  }));
}
