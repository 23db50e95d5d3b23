import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../lessons/parseLesson';
import { readDeckFile, writeDeckFile } from './deckFile';
import { deckFromLesson } from './lessonDeck';

const dir = new URL('../../lessons/', import.meta.url);
const files = readdirSync(dir).filter((f) => /^\d\d-.*\.md$/.test(f));

describe('deckFromLesson', () => {
  it('turns every built-in lesson with playgrounds into a valid deck, one scene per block', () => {
    let decks = 0;
    for (const f of files) {
      const lesson = parseLesson(readFileSync(new URL(f, dir), 'utf8'), f);
      const blocks = lesson.segments.filter(
        (s) => s.kind === 'block' && s.block.kind === 'playground',
      ).length;
      const deck = deckFromLesson(lesson);
      expect(deck.title).toBe(lesson.meta.title);
      expect(deck.scenes).toHaveLength(blocks);
      if (blocks === 0) continue;
      decks++;
      const back = readDeckFile(writeDeckFile(deck));
      expect(back.ok, f).toBe(true);
      if (back.ok) expect(back.value.deck).toEqual(deck);
    }
    expect(decks).toBeGreaterThan(0);
  });
});
