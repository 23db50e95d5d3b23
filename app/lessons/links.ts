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
/** The id under which a teacher's own opened lesson is kept. */
export const CUSTOM_ID = 'custom';
