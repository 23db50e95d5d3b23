import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LessonMarkdown } from './LessonMarkdown';

const href = (slug: string) => `?page=lesson&id=t&section=${slug}`;
const render = (text: string) =>
  renderToStaticMarkup(createElement(LessonMarkdown, { text, sectionHref: href }));

describe('LessonMarkdown', () => {
  it('shows raw HTML as text and never as markup', () => {
    const html = render(
      'a <script>alert(1)</script> b\n\n<img src=x onerror="alert(2)">\n\n<b>bold?</b>',
    );
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
  });

  it('drops javascript: links and opens other sites in a new tab with noopener', () => {
    const html = render('[x](javascript:alert(1)) [y](https://example.com/) [z](?page=lessons)');
    expect(html).not.toMatch(/javascript:/);
    expect(html).toMatch(
      /<a href="https:\/\/example.com\/" target="_blank" rel="noopener noreferrer">y/,
    );
    expect(html).toMatch(/<a href="\?page=lessons">z<\/a>/);
  });

  it('typesets math with KaTeX and links headings and glossary terms', () => {
    const html = render(
      '## Why it works\n\nSo $z = w x + b$ and [cost](glossary:cost).\n\n$$\na^2\n$$',
    );
    expect(html).toContain('class="katex"');
    expect(html).toContain('katex-display');
    expect(html).toContain('id="why-it-works"');
    expect(html).toContain('href="?page=lesson&amp;id=t&amp;section=why-it-works"');
    expect(html).toContain('href="?page=glossary&amp;term=cost"');
  });

  it('shows images as their description only (no request to any site)', () => {
    const html = render('![a chart](https://tracker.example/pixel.png)');
    expect(html).not.toContain('tracker.example');
    expect(html).toContain('[image: a chart]');
  });
});
