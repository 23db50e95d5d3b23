import { lazy, Suspense, useEffect } from 'react';
import { isWidgetScene } from '../classroom/sceneKind';
import { useAppStore } from '../store/store';

const loadTitleCard = () => import('./SceneTitleCard');
const SceneTitleCard = lazy(loadTitleCard);
const loadWidgetStage = () => import('./SceneWidgetStage');
const SceneWidgetStage = lazy(loadWidgetStage);

/**
 * What a deck's scenes show over the playground: a captioned scene's title card, and a widget
 * scene's widget on the stage. Their code (Markdown and KaTeX, the widgets) loads only once
 * the deck has a caption or a widget scene, ahead of the first card or widget.
 */
export function SceneOverlays() {
  const captioned = useAppStore((s) => s.deck.scenes.some((scene) => !!scene.caption));
  const widgets = useAppStore((s) => s.deck.scenes.some(isWidgetScene));
  const card = useAppStore((s) => s.titleCard);
  const widget = useAppStore((s) => isWidgetScene(s.deck.scenes[s.sceneIndex]));
  useEffect(() => {
    if (captioned) void loadTitleCard();
  }, [captioned]);
  useEffect(() => {
    if (widgets) void loadWidgetStage();
  }, [widgets]);
  if (card)
    return (
      <Suspense fallback={null}>
        <SceneTitleCard />
      </Suspense>
    );
  if (!widget) return null;
  return (
    <Suspense fallback={null}>
      <SceneWidgetStage />
    </Suspense>
  );
}
