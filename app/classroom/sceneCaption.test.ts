import { describe, expect, it } from 'vitest';
import { MAX_CAPTION, captionProblem, cleanCaption, readCaption } from './sceneCaption';

describe('scene captions', () => {
  it('keep Markdown and math, with line endings made plain', () => {
    const text = '**Gradient descent**\r\n\r\n$w \\leftarrow w - \\eta\\,\\partial L/\\partial w$ ';
    expect(cleanCaption(text)).toBe(
      '**Gradient descent**\n\n$w \\leftarrow w - \\eta\\,\\partial L/\\partial w$',
    );
    expect(readCaption(text)).toEqual({ ok: true, caption: cleanCaption(text) });
  });

  it('allow comparisons inside math and code, not tags in the prose', () => {
    expect(captionProblem('When $a<b$ and $$x<y$$ and `i<n`, go on.')).toBeNull();
    expect(captionProblem('Before <b>bold</b> text')).toMatch(/^the caption holds HTML \(“<b>”\)/);
    expect(captionProblem('<script>alert(1)</script>')).toMatch(/HTML \(“<script>”\)/);
    expect(captionProblem('<img src=x onerror=alert(1)')).toMatch(/HTML/);
    expect(captionProblem('a <!-- note -->')).toMatch(/HTML/);
  });

  it('refuse images, control characters and anything past the limit, saying which', () => {
    expect(captionProblem('See ![cat](https://example.com/cat.png)')).toMatch(/image/);
    expect(captionProblem('bell\u0007')).toBe('the caption holds control characters.');
    expect(captionProblem('tab\tand\nline')).toBeNull();
    expect(captionProblem('x'.repeat(MAX_CAPTION))).toBeNull();
    expect(captionProblem('x'.repeat(MAX_CAPTION + 1))).toBe(
      `the caption has ${MAX_CAPTION + 1} characters; a title card holds at most ${MAX_CAPTION}.`,
    );
    // Counted as a reader counts: one emoji or accented letter is one character.
    expect(captionProblem('é'.repeat(MAX_CAPTION))).toBeNull();
  });

  it('read as absent when missing or blank, and refused when not text', () => {
    expect(readCaption(undefined)).toEqual({ ok: true, caption: null });
    expect(readCaption('  \n ')).toEqual({ ok: true, caption: null });
    expect(readCaption(42)).toEqual({ ok: false, error: 'the caption is not text.' });
    expect(readCaption(['a'])).toEqual({ ok: false, error: 'the caption is not text.' });
  });
});
