import { useEffect, useState } from 'react';
import { deckFromLesson } from '../../classroom/lessonDeck';
import type { Deck } from '../../classroom/deckFile';
import { loadAllLessons } from '../../lessons/lessonFiles';

/** A built-in lesson offered as a deck: its title and the deck of its playground blocks. */
interface LessonDeck {
  stem: string;
  title: string;
  deck: Deck;
}

/**
 * Pick a built-in lesson and use its playground blocks as the deck (lessons without
 * playgrounds are not offered). `onPick` gets the deck; the caller asks before replacing.
 */
export function LessonDeckPicker({ onPick }: { onPick: (deck: Deck) => void }) {
  const [lessons, setLessons] = useState<LessonDeck[] | null>(null);
  const [chosen, setChosen] = useState('');
  useEffect(() => {
    let live = true;
    void loadAllLessons().then((all) => {
      if (!live) return;
      const decks = all
        .map(({ stem, lesson }) => ({
          stem,
          title: lesson.meta.title,
          deck: deckFromLesson(lesson),
        }))
        .filter((d) => d.deck.scenes.length > 0);
      setLessons(decks);
      setChosen(decks[0]?.stem ?? '');
    });
    return () => {
      live = false;
    };
  }, []);
  if (!lessons || lessons.length === 0) return null;
  const pick = lessons.find((l) => l.stem === chosen);
  return (
    <div className="lesson-deck">
      <label htmlFor="lesson-deck">Or start from a lesson’s playgrounds</label>
      <div className="lesson-deck-row">
        <select id="lesson-deck" value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
          {lessons.map((l) => (
            <option key={l.stem} value={l.stem}>
              {l.title} ({l.deck.scenes.length} {l.deck.scenes.length === 1 ? 'scene' : 'scenes'})
            </option>
          ))}
        </select>
        <button
          type="button"
          className="tool-button"
          disabled={!pick}
          onClick={() => pick && onPick(pick.deck)}
        >
          Use as deck
        </button>
      </div>
    </div>
  );
}
