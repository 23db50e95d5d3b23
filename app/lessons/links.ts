/** Address of the lesson index. */
export const INDEX_HREF = '?page=lessons';
/** Address of the glossary, optionally at one term. */
export function glossaryHref(term?: string): string {
  return term ? `?page=glossary&term=${encodeURIComponent(term)}` : '?page=glossary';
}
/** Address of a lesson, optionally at one section: `?page=lesson&id=gradient-descent&section=why`. */
export function lessonHref(id: string, section?: string): string {
  const base = `?page=lesson&id=${encodeURIComponent(id)}`;
  return section ? `${base}&section=${encodeURIComponent(section)}` : base;
}

/** Address of a lesson at one of its live blocks, which it loads: `?page=lesson&id=…&block=…`. */
export function lessonBlockHref(id: string, block: string): string {
  return `${lessonHref(id)}&block=${encodeURIComponent(block)}`;
}

/**
 * The playground with a configuration (its hash, without '#'), remembering the lesson block
 * it came from so that the playground can offer the way back.
 * Example: playgroundFromLesson('v=1&data=xor', 'hidden-layers', 'circle-net')
 * → '?page=playground&lesson=hidden-layers&block=circle-net#v=1&data=xor'.
 */
export function playgroundFromLesson(hash: string, lesson: string, block: string): string {
  const from = `&lesson=${encodeURIComponent(lesson)}&block=${encodeURIComponent(block)}`;
  return `?page=playground${from}#${hash}`;
}

/**
 * Where the playground's "Back to the lesson" link leads: the lesson block it was opened from
 * (read from the page's search string), or null when it was not opened from a lesson.
 */
export function lessonReturnHref(search: string): string | null {
  const q = new URLSearchParams(search);
  const lesson = q.get('lesson');
  if (!lesson) return null;
  const block = q.get('block');
  return block ? lessonBlockHref(lesson, block) : lessonHref(lesson);
}
/** The id under which a teacher's own opened lesson is kept. */
export const CUSTOM_ID = 'custom';

/** The DOM id of a live block's frame, where a return from the playground scrolls to. */
export function liveBlockDomId(blockKey: string): string {
  return `live-${blockKey}`;
}
