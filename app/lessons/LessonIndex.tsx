import { useEffect, useState } from 'react';
import { checkpointKeys, loadAllLessons } from './lessonFiles';
import type { LoadedLesson } from './lessonFiles';
import { useLessonStore } from './lessonStore';
import { lessonStatus } from './progress';
import { lessonHref } from './links';
import { OpenLessonFile } from './OpenLessonFile';

/** A link to the first lesson not yet complete. */
function ContinueLink({ lessons, complete }: { lessons: LoadedLesson[]; complete: boolean[] }) {
  const i = complete.findIndex((c) => !c);
  const next = lessons[i];
  if (!next) return null;
  return (
    <p className="continue">
      <a href={lessonHref(next.lesson.meta.id)} className="continue-link">
        {i === 0 && !complete.some(Boolean) ? 'Start' : 'Continue'} with lesson {i + 1}:{' '}
        {next.lesson.meta.title} →
      </a>
    </p>
  );
}

/** The list of lessons with each one's progress, a reset, and a way to open one's own file. */
export function LessonIndex() {
  const [lessons, setLessons] = useState<LoadedLesson[] | null>(null);
  const progress = useLessonStore((s) => s.progress);
  const resetProgress = useLessonStore((s) => s.resetProgress);
  useEffect(() => {
    document.title = 'Lessons · Gradient Lab';
    void loadAllLessons().then(setLessons);
  }, []);
  const statuses = (lessons ?? []).map((l) =>
    lessonStatus(progress, l.lesson.meta.id, checkpointKeys(l.lesson)),
  );
  const done = statuses.filter((s) => s.complete).length;
  return (
    <div className="lesson-index">
      <h1>Lessons: from one neuron to deep networks</h1>
      <p className="lead">
        Fourteen short lessons. Each one has something to try and a checkpoint the app checks for
        you. Your progress is kept in this browser only.
      </p>
      {lessons && (
        <p className="index-progress">
          <span>
            {done} of {lessons.length} lessons complete
          </span>
          <progress max={lessons.length} value={done} aria-label="Lessons complete" />
          <button
            type="button"
            onClick={() => {
              if (window.confirm('Forget all lesson progress in this browser?')) resetProgress();
            }}
          >
            Reset progress
          </button>
        </p>
      )}
      {lessons && done < lessons.length && (
        <ContinueLink lessons={lessons} complete={statuses.map((st) => st.complete)} />
      )}
      {!lessons && <p>Loading the lessons…</p>}
      <ol className="lesson-list">
        {(lessons ?? []).map((l, i) => {
          const s = statuses[i]!;
          const m = l.lesson.meta;
          return (
            <li key={l.stem} className={s.complete ? 'lesson-card complete' : 'lesson-card'}>
              <a href={lessonHref(m.id)} className="lesson-card-link">
                <span className="lesson-number">{i + 1}</span>
                <span className="lesson-card-text">
                  <span className="lesson-card-title">{m.title}</span>
                  <span className="lesson-card-summary">{m.summary}</span>
                </span>
              </a>
              <span className="lesson-card-meta">
                <span>{m.minutes} min</span>
                <span aria-label={`${m.title}: ${s.passed} of ${s.total} checkpoints passed`}>
                  {s.complete ? '✓ done' : `${s.passed}/${s.total} checkpoints`}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
      <OpenLessonFile />
    </div>
  );
}
