import { lazy, Suspense } from 'react';
import { Playground } from './components/Playground';
import { SceneOverlays } from './lessons/SceneOverlays';
import { pageOf } from './pages';

// The lesson pages load on demand, so none of them weighs on the playground's first load.
const LessonPages = lazy(() => import('./lessons/LessonPages'));

/** The app shell: picks the page. */
export function App() {
  const page = pageOf(window.location.search);
  switch (page) {
    case 'playground':
      return (
        <>
          <Playground />
          <SceneOverlays />
        </>
      );
    default:
      return (
        <Suspense fallback={<p className="page-loading">Loading…</p>}>
          <LessonPages search={window.location.search} />
        </Suspense>
      );
  }
}
