import { ClassroomControls } from '../classroom/ClassroomControls';
import { Readouts } from '../controls/Readouts';
import { RunBar } from '../controls/RunBar';
import { lessonReturnHref } from '../../lessons/links';

/**
 * Title, run controls and readouts: the strip a presenter keeps in view. Opened from a
 * lesson's "Open this in the playground", it leads back to that lesson block.
 */
export function TopBar() {
  const back = lessonReturnHref(window.location.search);
  return (
    <header className="top-bar">
      <h1 className="brand">
        Gradient Lab <span className="tagline">see how neural networks learn</span>
      </h1>
      <RunBar />
      <Readouts />
      <ClassroomControls />
      {back && (
        <a className="top-link back-link" href={back}>
          ← Back to the lesson
        </a>
      )}
      <a className="top-link" href="?page=lessons">
        Lessons
      </a>
    </header>
  );
}
