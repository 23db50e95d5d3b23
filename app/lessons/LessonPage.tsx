import { useEffect, useState } from 'react';
import { loadCustomLesson } from './customLesson';
import { ErrorBoundary } from './ErrorBoundary';
import { LessonFailed } from './LessonFailed';
import { LessonView } from './LessonView';
import { checkpointKeys, loadAllLessons } from './lessonFiles';
import { useLessonStore } from './lessonStore';
import { lessonStatus } from './progress';
import { CUSTOM_ID, INDEX_HREF, lessonHref } from './links';
import { parseLesson } from './parseLesson';
import type { ParsedLesson } from './parseLesson';

interface Found {
  lesson: ParsedLesson;
  prev: ParsedLesson | null;
  next: ParsedLesson | null;
  number: number | null;
  fileName?: string;
}

async function findLesson(id: string): Promise<Found | null> {
  if (id === CUSTOM_ID) {
    const saved = loadCustomLesson();
    if (!saved) return null;
    return {
      lesson: parseLesson(saved.text, CUSTOM_ID),
      prev: null,
      next: null,
      number: null,
      fileName: saved.name,
    };
  }
  const all = await loadAllLessons();
  const i = all.findIndex((l) => l.lesson.meta.id === id);
  if (i < 0) return null;
  return {
    lesson: all[i]!.lesson,
    prev: all[i - 1]?.lesson ?? null,
    next: all[i + 1]?.lesson ?? null,
    number: i + 1,
  };
}

/** "1 of 2 checkpoints passed", live as the learner passes them. */
function LessonProgressLine({ lessonId, lesson }: { lessonId: string; lesson: ParsedLesson }) {
  const progress = useLessonStore((s) => s.progress);
  const st = lessonStatus(progress, lessonId, checkpointKeys(lesson));
  return (
    <p className={st.complete ? 'lesson-progress complete' : 'lesson-progress'} role="status">
      {st.complete
        ? `All ${st.total} checkpoint${st.total > 1 ? 's' : ''} passed: lesson complete.`
        : `${st.passed} of ${st.total} checkpoint${st.total > 1 ? 's' : ''} passed.`}
    </p>
  );
}

/** One lesson: title, objectives, contents, body, and previous/next links. */
export function LessonPage({
  id,
  section,
  block = null,
}: {
  id: string;
  section: string | null;
  /** A live block to return to (from the playground's Back link). */
  block?: string | null;
}) {
  const [found, setFound] = useState<Found | null | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    // A lesson that cannot be read ends in an error box, never in an endless "Loading".
    findLesson(id).then(setFound, (e: unknown) =>
      setFailure(e instanceof Error ? e.message : String(e)),
    );
  }, [id]);
  useEffect(() => {
    if (found) document.title = `${found.lesson.meta.title} · Gradient Lab`;
  }, [found]);

  if (failure !== null) return <LessonFailed id={id} reason={failure} />;
  if (found === undefined) return <p>Loading the lesson…</p>;
  if (found === null)
    return (
      <div className="lesson-missing">
        <h1>No such lesson</h1>
        <p>
          There is no lesson called “{id}”{id === CUSTOM_ID ? ' saved in this browser' : ''}.{' '}
          <a href={INDEX_HREF}>See all lessons</a>.
        </p>
      </div>
    );
  // A teacher's lesson is addressed as 'custom'; its progress is kept under its own id.
  const lessonId = id === CUSTOM_ID ? `${CUSTOM_ID}-${found.lesson.meta.id}` : found.lesson.meta.id;
  const linkId = id === CUSTOM_ID ? CUSTOM_ID : lessonId;
  const { meta, sections, errors } = found.lesson;
  return (
    <article className="lesson">
      <header className="lesson-header">
        <p className="lesson-kicker">
          {found.number !== null
            ? `Lesson ${found.number} · `
            : `Your lesson (${found.fileName}) · `}
          {meta.minutes} min
        </p>
        <h1>{meta.title}</h1>
        <p className="lead">{meta.summary}</p>
        {meta.objectives.length > 0 && (
          <div className="objectives">
            <h2>You will</h2>
            <ul>
              {meta.objectives.map((o, i) => (
                <li key={i}>{o}</li>
              ))}
            </ul>
          </div>
        )}
        <LessonProgressLine lessonId={lessonId} lesson={found.lesson} />
        {errors.length > 0 && (
          <p className="lesson-error-summary" role="note">
            This lesson has {errors.length} problem{errors.length > 1 ? 's' : ''} (first on line{' '}
            {errors[0]!.line}: {errors[0]!.message}); each is shown where it occurs and the rest
            still works.
          </p>
        )}
        {sections.length > 1 && (
          <nav className="lesson-toc" aria-label="Sections">
            <ol>
              {sections.map((s) => (
                <li key={s.slug}>
                  <a href={lessonHref(linkId, s.slug)}>{s.title}</a>
                </li>
              ))}
            </ol>
          </nav>
        )}
      </header>
      <ErrorBoundary label="This lesson">
        <LessonView
          lessonId={lessonId}
          linkId={linkId}
          lesson={found.lesson}
          section={section}
          block={block}
        />
      </ErrorBoundary>
      <nav className="lesson-pager" aria-label="Lessons">
        {found.prev ? (
          <a href={lessonHref(found.prev.meta.id)} rel="prev">
            ← Previous: {found.prev.meta.title}
          </a>
        ) : (
          <a href={INDEX_HREF}>← All lessons</a>
        )}
        {found.next ? (
          <a href={lessonHref(found.next.meta.id)} rel="next">
            Next: {found.next.meta.title} →
          </a>
        ) : (
          <a href={INDEX_HREF}>All lessons →</a>
        )}
      </nav>
    </article>
  );
}
