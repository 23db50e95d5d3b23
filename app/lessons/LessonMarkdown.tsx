import type { ComponentProps } from 'react';
import Markdown, { defaultUrlTransform } from 'react-markdown';
import type { Components } from 'react-markdown';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { sectionSlug } from './slug';
import 'katex/dist/katex.min.css';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

/**
 * Raw HTML in a lesson becomes plain text: lessons can come from anyone, so a `<script>` or an
 * `<img onerror>` is shown exactly as typed and never parsed as markup.
 */
function remarkHtmlAsText() {
  const walk = (node: MdNode) => {
    if (node.type === 'html') node.type = 'text';
    node.children?.forEach(walk);
  };
  return walk;
}

/** Allowed link targets: the defaults (http, https, mailto…; never javascript:) and glossary terms. */
function urlTransform(url: string): string {
  if (url.startsWith('glossary:')) return `?page=glossary&term=${sectionSlug(url.slice(9))}`;
  return defaultUrlTransform(url);
}

function Link({ href = '', children }: ComponentProps<'a'>) {
  if (href === '') return <span className="dead-link">{children}</span>;
  const origin = (globalThis as { location?: Location }).location?.origin;
  const external = /^[a-z][a-z0-9+.-]*:/i.test(href) && !(origin && href.startsWith(origin));
  if (href.startsWith('?page=glossary'))
    return (
      <a href={href} className="glossary-link" title="Open in the glossary">
        {children}
      </a>
    );
  return external ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  ) : (
    <a href={href}>{children}</a>
  );
}

function heading(level: 2 | 3, sectionHref: (slug: string) => string) {
  const Tag = `h${level}` as const;
  return function Heading({ children }: ComponentProps<'h2'>) {
    const text = plainText(children);
    const slug = sectionSlug(text);
    const href = sectionHref(slug);
    // Text outside a lesson page (a scene's caption) has no sections to link to.
    if (href === '') return <Tag className="lesson-heading">{children}</Tag>;
    return (
      <Tag id={slug} className="lesson-heading">
        {children}
        <a className="section-link" href={href} aria-label={`Link to the section ${text}`}>
          #
        </a>
      </Tag>
    );
  };
}

function plainText(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(plainText).join('');
  if (node && typeof node === 'object' && 'props' in node)
    return plainText((node as { props: { children?: unknown } }).props.children);
  return '';
}

const componentCache = new Map<(slug: string) => string, Components>();
const inlineCache = new Map<(slug: string) => string, Components>();

/** Renderers for the lesson's elements, made once per section-link function. */
function componentsFor(sectionHref: (slug: string) => string, inline: boolean): Components {
  if (inline) {
    let c = inlineCache.get(sectionHref);
    if (!c) {
      c = { ...componentsFor(sectionHref, false), p: ({ children }) => <span>{children}</span> };
      inlineCache.set(sectionHref, c);
    }
    return c;
  }
  let c = componentCache.get(sectionHref);
  if (!c) {
    c = {
      a: Link,
      h2: heading(2, sectionHref),
      h3: heading(3, sectionHref),
      // A lesson's own # title would repeat the page's; it is shown one level down.
      h1: heading(2, sectionHref),
      img: ({ alt }) => <span className="image-alt">[image: {alt}]</span>,
    };
    componentCache.set(sectionHref, c);
  }
  return c;
}

/**
 * A piece of lesson Markdown: GitHub-style text with `$…$` / `$$…$$` math typeset by KaTeX.
 * No raw HTML is ever rendered; links to other sites open in a new tab (noopener);
 * `[term](glossary:learning-rate)` links to the glossary; images are shown as their alt text.
 */
export function LessonMarkdown(props: {
  text: string;
  sectionHref: (slug: string) => string;
  /** Paragraphs as spans, for short text inside a heading or a label. */
  inline?: boolean;
}) {
  return (
    <Markdown
      remarkPlugins={[remarkMath, remarkHtmlAsText]}
      rehypePlugins={[[rehypeKatex, { throwOnError: false, trust: false, strict: 'ignore' }]]}
      urlTransform={urlTransform}
      components={componentsFor(props.sectionHref, props.inline ?? false)}
    >
      {props.text}
    </Markdown>
  );
}
