import type { ParsedLesson } from '../lessons/parseLesson';
import { cleanTitle } from './deckFile';
import type { Deck } from './deckFile';

/**
 * A lesson's playground blocks as a deck, in lesson order: each block becomes a scene with
 * the block's title (or 'Lesson title, part n') and its configuration, without weights.
 * Example: a lesson with two playground blocks → { title: 'One neuron', scenes: [2 scenes] }.
 */
export function deckFromLesson(lesson: ParsedLesson): Deck {
  const blocks = lesson.segments.flatMap((s) =>
    s.kind === 'block' && s.block.kind === 'playground' ? [s.block] : [],
  );
  const title = cleanTitle(lesson.meta.title, 'Lesson');
  return {
    title,
    scenes: blocks.map((b, i) => ({
      title: cleanTitle(b.title, `${title}, part ${i + 1}`),
      config: b.config,
    })),
  };
}
