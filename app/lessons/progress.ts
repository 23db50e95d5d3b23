/** What a learner has done in one lesson. */
export interface LessonProgress {
  /** Keys of the checkpoints passed. */
  passed: string[];
  visited: boolean;
}

/** Progress by lesson id. */
export type Progress = Record<string, LessonProgress>;

/** The storage key (one JSON object for all lessons). */
export const PROGRESS_KEY = 'gradient-lab.lesson-progress.v1';

/** The part of `Storage` progress needs (tests pass a Map-backed stand-in). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Reads saved progress; anything unreadable or malformed counts as none. */
export function loadProgress(storage: StorageLike | null): Progress {
  try {
    const raw = storage?.getItem(PROGRESS_KEY);
    if (!raw) return {};
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
    const out: Progress = {};
    for (const [id, p] of Object.entries(data as Record<string, unknown>)) {
      if (typeof p !== 'object' || p === null) continue;
      const { passed, visited } = p as Record<string, unknown>;
      out[id] = {
        passed: Array.isArray(passed)
          ? passed.filter((k): k is string => typeof k === 'string')
          : [],
        visited: visited === true,
      };
    }
    return out;
  } catch {
    return {};
  }
}

/**
 * Saves progress; false when storage refused it (a full quota, private browsing, switched
 * off), so the page can say that what was passed will not outlive the tab.
 */
export function saveProgress(storage: StorageLike | null, progress: Progress): boolean {
  if (!storage) return false;
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

/** Progress with checkpoint `key` of lesson `id` marked passed (unchanged if it already was). */
export function markPassed(progress: Progress, id: string, key: string): Progress {
  const p = progress[id] ?? { passed: [], visited: true };
  if (p.passed.includes(key)) return progress;
  return { ...progress, [id]: { ...p, visited: true, passed: [...p.passed, key] } };
}

/** Progress with lesson `id` marked as opened. */
export function markVisited(progress: Progress, id: string): Progress {
  const p = progress[id];
  if (p?.visited) return progress;
  return { ...progress, [id]: { passed: p?.passed ?? [], visited: true } };
}

/**
 * How far a lesson is: checkpoints passed out of those it has, and whether it is complete.
 * Example: lessonStatus({ a: { passed: ['c1'], visited: true } }, 'a', ['c1', 'c2']) → 1 of 2.
 */
export function lessonStatus(progress: Progress, id: string, checkpoints: string[]) {
  const passed = checkpoints.filter((k) => progress[id]?.passed.includes(k)).length;
  return {
    passed,
    total: checkpoints.length,
    visited: progress[id]?.visited ?? false,
    complete: checkpoints.length > 0 && passed === checkpoints.length,
  };
}
