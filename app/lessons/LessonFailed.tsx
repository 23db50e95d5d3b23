import { useState } from 'react';
import { removeCustomLesson } from './customLesson';
import { CUSTOM_ID, INDEX_HREF } from './links';

/**
 * The page of a lesson that could not be opened: what went wrong and, for a teacher's own
 * file saved in this browser, a way to remove it so it cannot fail again.
 */
export function LessonFailed({ id, reason }: { id: string; reason: string }) {
  const [removed, setRemoved] = useState(false);
  return (
    <div className="lesson-error lesson-missing" role="alert">
      <h1>This lesson could not be opened</h1>
      <p>{reason}</p>
      {id === CUSTOM_ID && !removed && (
        <p>
          <button
            type="button"
            onClick={() => {
              removeCustomLesson();
              setRemoved(true);
            }}
          >
            Remove this lesson from this browser
          </button>
        </p>
      )}
      {removed && <p>The lesson file was removed from this browser.</p>}
      <p>
        <a href={INDEX_HREF}>See all lessons</a>
      </p>
    </div>
  );
}
