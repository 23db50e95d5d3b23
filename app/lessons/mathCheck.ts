import katex from 'katex';

/** A math problem in a piece of lesson text: the line it is on (1-based) and what is wrong. */
export interface MathProblem {
  line: number;
  message: string;
}

/** `$…$` and `$$…$$` spans of Markdown text, skipping code spans and escaped dollars. */
function mathSpans(text: string): { tex: string; display: boolean; offset: number }[] | number {
  const spans: { tex: string; display: boolean; offset: number }[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    if (c === '$') {
      const display = text[i + 1] === '$';
      const open = display ? '$$' : '$';
      const start = i + open.length;
      let end = text.indexOf(open, start);
      while (end > 0 && text[end - 1] === '\\') end = text.indexOf(open, end + 1);
      if (end < 0) return i;
      spans.push({ tex: text.slice(start, end), display, offset: i });
      i = end + open.length;
      continue;
    }
    i++;
  }
  return spans;
}

/**
 * The math problems of a Markdown chunk that starts on `firstLine`: an unclosed `$` or `$$`,
 * or TeX that KaTeX cannot typeset. Example: checkMath('a $x^{2$ b', 7) → [{ line: 7, … }].
 */
export function checkMath(text: string, firstLine: number): MathProblem[] {
  const lineAt = (offset: number) => firstLine + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
  const spans = mathSpans(text);
  if (typeof spans === 'number') {
    const display = text[spans + 1] === '$';
    return [
      {
        line: lineAt(spans),
        message: `Math is not closed: a ${display ? '$$' : '$'} has no partner.`,
      },
    ];
  }
  const problems: MathProblem[] = [];
  for (const s of spans) {
    try {
      katex.renderToString(s.tex, { throwOnError: true, displayMode: s.display, trust: false });
    } catch (e) {
      const why = e instanceof Error ? e.message.replace(/^KaTeX parse error: /, '') : String(e);
      problems.push({ line: lineAt(s.offset), message: `Math cannot be typeset: ${why}` });
    }
  }
  return problems;
}
