import { ClassroomControls } from '../classroom/ClassroomControls';
import { Readouts } from '../controls/Readouts';
import { RunBar } from '../controls/RunBar';

/** Title, run controls and readouts: the strip a presenter keeps in view. */
export function TopBar() {
  return (
    <header className="top-bar">
      <h1 className="brand">
        Gradient Lab <span className="tagline">see how neural networks learn</span>
      </h1>
      <RunBar />
      <Readouts />
      <ClassroomControls />
      <a className="top-link" href="?page=lessons">
        Lessons
      </a>
    </header>
  );
}
