import { useSyncExternalStore } from 'react';

/** The width at which the page becomes one column (layout.css's phone layout). */
const NARROW = '(max-width: 760px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** True while the page is laid out in one column (a phone), following rotations and resizes. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}
