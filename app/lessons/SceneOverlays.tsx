import { lazy, Suspense, useEffect } from 'react';
import { useAppStore } from '../store/store';

const loadTitleCard = () => import('./SceneTitleCard');
const SceneTitleCard = lazy(loadTitleCard);

/**
 * What a deck's scenes show over the playground: a captioned scene's title card. Its code
 * (Markdown and KaTeX) loads only once the deck has a caption, ahead of the first card.
 */
export function SceneOverlays() {
  const captioned = useAppStore((s) => s.deck.scenes.some((scene) => !!scene.caption));
  const card = useAppStore((s) => s.titleCard);
  useEffect(() => {
    if (captioned) void loadTitleCard();
  }, [captioned]);
  if (!card) return null;
  return (
    <Suspense fallback={null}>
      <SceneTitleCard />
    </Suspense>
  );
}
