import { useState } from 'react';
import {
  loadCustomLesson,
  readLessonFile,
  removeCustomLesson,
  saveCustomLesson,
} from './customLesson';
import { CUSTOM_ID, lessonHref } from './links';

/**
 * Open a lesson file of one's own (a file picker, or drop it on the box): it is kept in this
 * browser and opened like a built-in lesson. The one kept is listed with a way to remove it
 * (so one that fails to open is never stuck). The authoring guide is lessons/README.md.
 */
export function OpenLessonFile() {
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(() => loadCustomLesson()?.name ?? null);
  const [over, setOver] = useState(false);
  const open = (file: File | undefined) => {
    if (!file) return;
    readLessonFile(file).then(
      (text) => {
        if (saveCustomLesson(file.name, text)) window.location.assign(lessonHref(CUSTOM_ID));
        else setError('This browser would not keep the lesson (its storage is full or blocked).');
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  };
  return (
    <section
      className={over ? 'open-lesson dragging' : 'open-lesson'}
      aria-labelledby="open-lesson-title"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        open(e.dataTransfer.files[0]);
      }}
    >
      <h2 id="open-lesson-title">Your own lesson</h2>
      <p>
        Teachers can write a lesson as a Markdown file (the guide is <code>lessons/README.md</code>{' '}
        in the project) and open it here. Drop the file on this box or choose it:
      </p>
      {saved !== null && (
        <p className="saved-lesson">
          Kept in this browser: <a href={lessonHref(CUSTOM_ID)}>“{saved.slice(0, 80)}”</a>{' '}
          <button
            type="button"
            onClick={() => {
              removeCustomLesson();
              setSaved(null);
            }}
          >
            Remove it
          </button>
        </p>
      )}
      <label className="file-button">
        Open a lesson file…
        <input
          type="file"
          accept=".md,.markdown,.txt,text/markdown,text/plain"
          onChange={(e) => open(e.target.files?.[0])}
        />
      </label>
      {error && (
        <p className="lesson-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
