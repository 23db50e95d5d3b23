import { useAppStore } from '../../store/store';

/** Previous / next scene with the current scene's title; shown once a deck has scenes. */
export function SceneNav() {
  const scenes = useAppStore((s) => s.deck.scenes);
  const index = useAppStore((s) => s.sceneIndex);
  const card = useAppStore((s) => s.titleCard);
  const step = useAppStore((s) => s.stepScene);
  if (scenes.length === 0) return null;
  const title = scenes[index]?.title;
  return (
    <div className="scene-nav" role="group" aria-label="Scenes">
      <button
        type="button"
        className="run-button"
        aria-label="Previous scene"
        title="Previous scene (PageUp)"
        disabled={index <= 0 && !(index === 0 && !card && scenes[0]?.caption)}
        onClick={() => step(-1)}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <span className="scene-title" aria-live="polite" aria-label="Current scene">
        {index >= 0
          ? `${index + 1}/${scenes.length} ${title ?? ''}`
          : `${scenes.length} scene${scenes.length === 1 ? '' : 's'}`}
      </span>
      <button
        type="button"
        className="run-button"
        aria-label="Next scene"
        title="Next scene (PageDown)"
        disabled={index >= scenes.length - 1 && !card}
        onClick={() => step(1)}
      >
        <span aria-hidden="true">›</span>
      </button>
    </div>
  );
}
