import { lazy, Suspense } from 'react';
import { Playground } from './components/Playground';

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

// The lesson pages load on demand, so none of them weighs on the playground's first load.
const LessonPages = lazy(() => import('./lessons/LessonPages'));

/** The app shell: picks the page. */
export function App() {
  const page = pageOf(window.location.search);
  switch (page) {
    case 'playground':
      return <Playground />;
    default:
      return (
        <Suspense fallback={<p className="page-loading">Loading…</p>}>
          <LessonPages search={window.location.search} />
        </Suspense>
      );
  }
}
