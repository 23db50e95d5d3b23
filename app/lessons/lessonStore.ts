import { create } from 'zustand';
import { saveOutcome } from '../store/saveFailures';
import { useAppStore } from '../store/store';
import { loadProgress, markPassed, markVisited, saveProgress } from './progress';
import type { Progress, StorageLike } from './progress';

/** The lesson player's own state: progress, the live block and numbers widgets publish. */
export interface LessonState {
  progress: Progress;
  /** Key of the block that drives the live playground, or null. */
  activeBlock: string | null;
  /** Published numbers by widget key, e.g. { 'single-neuron': { cost: 512 } }. */
  widgets: Record<string, Record<string, number>>;
  /**
   * Whether the run numbers in the playground store belong to its current network. False from
   * a rebuild (new block, new data, new shape) until the rebuilt network's first snapshot, so a
   * checkpoint never passes on the numbers of the network before.
   */
  runValid: boolean;
  /**
   * Checkpoints ('lesson/key') passed while progress could not be saved in this browser;
   * empty again once a save works (it writes all progress).
   */
  unsaved: string[];
  setRunValid(valid: boolean): void;
  setActiveBlock(key: string | null): void;
  publish(widget: string, values: Record<string, number>): void;
  pass(lesson: string, checkpoint: string): void;
  visit(lesson: string): void;
  resetProgress(): void;
}

function storage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Save progress and tell the user, at that moment, when it could not be saved. */
function save(progress: Progress): boolean {
  const saved = saveProgress(storage(), progress);
  const failure = saveOutcome('progress', saved);
  if (failure) useAppStore.getState().addNotice(failure, 'error');
  return saved;
}

/**
 * The lesson pages' store. Progress is saved to local storage on every change; widget numbers
 * live only as long as the page.
 */
export const useLessonStore = create<LessonState>()((set, get) => ({
  progress: loadProgress(storage()),
  activeBlock: null,
  widgets: {},
  runValid: false,
  unsaved: [],
  setRunValid(valid) {
    if (get().runValid !== valid) set({ runValid: valid });
  },
  setActiveBlock(key) {
    set({ activeBlock: key });
  },
  publish(widget, values) {
    const prev = get().widgets[widget];
    if (prev && Object.keys(values).every((k) => Object.is(prev[k], values[k]))) return;
    set({ widgets: { ...get().widgets, [widget]: { ...prev, ...values } } });
  },
  pass(lesson, checkpoint) {
    const progress = markPassed(get().progress, lesson, checkpoint);
    if (progress === get().progress) return;
    const unsaved = save(progress) ? [] : [...get().unsaved, `${lesson}/${checkpoint}`];
    set({ progress, unsaved });
  },
  visit(lesson) {
    const progress = markVisited(get().progress, lesson);
    if (progress === get().progress) return;
    set({ progress, unsaved: save(progress) ? [] : get().unsaved });
  },
  resetProgress() {
    save({});
    set({ progress: {}, unsaved: [] });
  },
}));
