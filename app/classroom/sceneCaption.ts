/** Characters of a scene's caption, at most: a title card holds a few lines, read from the back. */
import { grouped } from '../engine/numberText';
export const MAX_CAPTION = 400;

/**
 * A caption as stored: line endings made \n, spaces at the ends of the text trimmed.
 * Example: cleanCaption('  Gradient descent\r\n$w ← w − η∂L/∂w$ ') → 'Gradient descent\n$w ← w − η∂L/∂w$'.
 */
export function cleanCaption(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').trim();
}

/** A control character other than a tab or a line break. */
function isControl(c: string): boolean {
  const code = c.codePointAt(0)!;
  return (code < 0x20 && c !== '\t' && c !== '\n') || (code >= 0x7f && code <= 0x9f);
}

/**
 * What keeps a caption off a title card, or null when it is fine. A caption is Markdown with
 * `$…$` math; raw HTML, images and control characters are refused (a deck file can come from
 * anyone, and a title card never fetches or runs anything), as is anything over MAX_CAPTION.
 * Example: captionProblem('<script>x</script>') → 'the caption holds HTML (“<script>”): …'.
 */
export function captionProblem(caption: string): string | null {
  const length = [...caption].length;
  if (length > MAX_CAPTION)
    return `the caption has ${grouped(length)} characters; a title card holds at most ${MAX_CAPTION}.`;
  if ([...caption].some(isControl)) return 'the caption holds control characters.';
  // `a<b` inside math or code is not markup; anywhere else it starts a tag.
  const prose = caption.replace(/\$\$[\s\S]*?\$\$|\$[^$\n]*\$|`[^`\n]*`/g, ' ');
  const tag = /<\/?[a-z!?][^<>\n]{0,30}>?/i.exec(prose);
  if (tag)
    return `the caption holds HTML (“${tag[0].slice(0, 20)}”): write Markdown and $math$ instead.`;
  if (/!\[[^\]]*\]\(/.test(caption))
    return 'the caption holds an image: a title card shows text and math only.';
  return null;
}

/**
 * A caption read from a deck file: absent or blank → null; otherwise cleaned, or a problem.
 * Example: readCaption(42) → { ok: false, error: 'the caption is not text.' }.
 */
export function readCaption(
  raw: unknown,
): { ok: true; caption: string | null } | { ok: false; error: string } {
  if (raw === undefined || raw === null) return { ok: true, caption: null };
  if (typeof raw !== 'string') return { ok: false, error: 'the caption is not text.' };
  const caption = cleanCaption(raw);
  if (caption === '') return { ok: true, caption: null };
  const problem = captionProblem(caption);
  return problem ? { ok: false, error: problem } : { ok: true, caption };
}
