import { Playground } from './components/Playground';

/** Pages by the `page` search parameter; the hash stays free for the configuration. */
export type Page = 'playground';

/** The page a search string asks for, e.g. '?page=playground'; unknown values give the playground. */
export function pageOf(search: string): Page {
  const page = new URLSearchParams(search).get('page');
  return page === 'playground' ? page : 'playground';
}

/** The app shell: picks the page (more pages, such as lessons, join here). */
export function App() {
  const page = pageOf(window.location.search);
  switch (page) {
    case 'playground':
      return <Playground />;
  }
}
