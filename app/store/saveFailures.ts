/**
 * What the page keeps in this browser's storage, and what to tell the user when keeping it
 * fails (a full quota, storage switched off). The user hears it at the moment it happens,
 * once per failing spell: a later failure of the same thing is not repeated until a save of it
 * has worked again.
 */
export type StoredThing = 'data' | 'progress' | 'scenes' | 'lesson';

const MESSAGES: Record<StoredThing, string> = {
  data: 'Your data could not be saved in this browser (its storage is full or switched off): it is kept until you close this tab. Export CSV keeps a copy.',
  progress:
    'Your lesson progress could not be saved in this browser (its storage is full or switched off): what you pass now is kept until you close this tab.',
  scenes:
    'Your scenes could not be saved in this browser (its storage is full or switched off): they are kept until you close this tab. Export the deck to keep them.',
  lesson:
    'Your lesson file could not be saved in this browser (its storage is full or switched off), so it cannot be reopened after a reload; open the file again next time.',
};

const failing = new Set<StoredThing>();

/**
 * Record how saving `what` went; returns the message to show now, or null (it worked, or the
 * user was already told of this failure).
 *
 *   saveOutcome('progress', false) → 'Your lesson progress could not be saved…'
 *   saveOutcome('progress', false) → null   (already said)
 *   saveOutcome('progress', true)  → null   (and the next failure is said again)
 */
export function saveOutcome(what: StoredThing, saved: boolean): string | null {
  if (saved) {
    failing.delete(what);
    return null;
  }
  if (failing.has(what)) return null;
  failing.add(what);
  return MESSAGES[what];
}

/** Whether the last save of `what` failed (the UI says "not saved" beside it). */
export function isFailing(what: StoredThing): boolean {
  return failing.has(what);
}

/** Forget every recorded failure (tests). */
export function resetSaveOutcomes(): void {
  failing.clear();
}
