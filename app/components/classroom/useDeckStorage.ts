import { useEffect } from 'react';
import { saveOutcome } from '../../store/saveFailures';
import { useAppStore } from '../../store/store';
import type { Deck } from '../../classroom/deckFile';

/** Where the teacher's deck is kept between visits (this browser only). */
const KEY = 'gradient-lab:deck';

/**
 * Keep the deck in localStorage: read once on mount (re-checked through the deck reader, loaded
 * on demand), written on every change. Storage that is full or switched off is said once.
 */
export function useDeckStorage(): void {
  useEffect(() => {
    let text: string | null;
    try {
      text = localStorage.getItem(KEY);
    } catch {
      return;
    }
    let live = true;
    if (text) {
      const saved = text;
      void import('../../classroom/deckFile').then(({ readDeckFile }) => {
        const r = readDeckFile(saved);
        if (live && r.ok && useAppStore.getState().deck.scenes.length === 0) {
          useAppStore.getState().setDeck(r.value.deck);
        }
      });
    }
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (s.deck !== prev.deck) save(s.deck);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
}

/** Save the deck; full or disabled storage is said once (the deck lives until the tab closes). */
function save(deck: Deck): void {
  let saved = true;
  try {
    if (deck.scenes.length === 0) localStorage.removeItem(KEY);
    else
      localStorage.setItem(
        KEY,
        JSON.stringify({ format: 'gradient-lab/deck', version: 1, ...deck }),
      );
  } catch {
    saved = false;
  }
  const failure = saveOutcome('scenes', saved);
  if (failure) useAppStore.getState().addNotice(failure, 'error');
}
