/** Where a teacher's opened lesson file is kept, so a reload (or a deep link) still shows it. */
const KEY = 'gradient-lab.custom-lesson.v1';
/** The largest lesson file accepted (a lesson is text; this is generous). */
export const MAX_LESSON_BYTES = 512 * 1024;

/** The saved lesson text and its file name, or null. */
export function loadCustomLesson(): { name: string; text: string } | null {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return null;
    const v: unknown = JSON.parse(raw);
    if (typeof v !== 'object' || v === null) return null;
    const { name, text } = v as Record<string, unknown>;
    return typeof name === 'string' && typeof text === 'string' ? { name, text } : null;
  } catch {
    return null;
  }
}

/** Keeps a lesson text; returns false when storage refused it (the caller still shows it). */
export function saveCustomLesson(name: string, text: string): boolean {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify({ name, text }));
    return true;
  } catch {
    return false;
  }
}

/** Forget the saved lesson (one that fails to open can be removed this way). */
export function removeCustomLesson(): void {
  try {
    globalThis.localStorage?.removeItem(KEY);
  } catch {
    // Storage switched off: there is nothing saved to remove.
  }
}

/**
 * Reads a dropped or picked file as a lesson: refuses files that are too large or not text.
 * Resolves to the text, or rejects with a message for the user.
 */
export async function readLessonFile(file: File): Promise<string> {
  if (file.size > MAX_LESSON_BYTES)
    throw new Error(
      `"${file.name}" is ${Math.round(file.size / 1024)} KB; a lesson file can be at most 512 KB.`,
    );
  if (!/\.(md|markdown|txt)$/i.test(file.name) && file.type && !file.type.startsWith('text/'))
    throw new Error(`"${file.name}" is not a Markdown file.`);
  const text = await file.text();
  if (text.includes('\u0000')) throw new Error(`"${file.name}" is not a text file.`);
  return text;
}
