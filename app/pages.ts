/** Pages by the `page` search parameter; the hash stays free for the configuration. */
export type Page = 'playground' | 'lessons' | 'lesson' | 'glossary';

const PAGES: readonly Page[] = ['playground', 'lessons', 'lesson', 'glossary'];

/**
 * The page a search string asks for, e.g. '?page=lesson&id=gradient-descent' → 'lesson';
 * unknown values give the playground.
 */
export function pageOf(search: string): Page {
  const page = new URLSearchParams(search).get('page');
  return (PAGES as readonly (string | null)[]).includes(page) ? (page as Page) : 'playground';
}
