import { parseLesson } from './parseLesson';
import type { ParsedLesson } from './parseLesson';

// Built-in lessons, one module per file, each loaded only when asked for.
const FILES = import.meta.glob<string>('../../lessons/[0-9][0-9]-*.md', {
  query: '?raw',
  import: 'default',
});

/** A built-in lesson: its file stem ('01-one-neuron') and a loader for its text. */
export interface LessonFile {
  stem: string;
  load: () => Promise<string>;
}

/** The built-in lessons in file order. */
export const LESSON_FILES: LessonFile[] = Object.keys(FILES)
  .sort()
  .map((path) => ({ stem: path.replace(/^.*\/|\.md$/g, ''), load: FILES[path]! }));

/** A parsed built-in lesson with its file stem. */
export interface LoadedLesson {
  stem: string;
  lesson: ParsedLesson;
}

let all: Promise<LoadedLesson[]> | null = null;

/** Every built-in lesson, parsed (once per page). */
export function loadAllLessons(): Promise<LoadedLesson[]> {
  all ??= Promise.all(
    LESSON_FILES.map(async (f) => ({ stem: f.stem, lesson: parseLesson(await f.load(), f.stem) })),
  );
  return all;
}

/** Checkpoint keys of a lesson, in order. */
export function checkpointKeys(lesson: ParsedLesson): string[] {
  return lesson.segments.flatMap((s) =>
    s.kind === 'block' && s.block.kind === 'checkpoint' ? [s.block.key] : [],
  );
}
