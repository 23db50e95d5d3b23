import type { Scene, WidgetScene } from './deckFile';

/**
 * Whether a scene shows a widget rather than the playground. Apart from the deck reader, so
 * the page's first load (the store, the keys) reads a scene's kind without the reader's code.
 */
export function isWidgetScene(scene: Scene | undefined): scene is WidgetScene {
  return scene?.kind === 'widget';
}
