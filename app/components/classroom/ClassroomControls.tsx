import { Suspense, lazy } from 'react';
import '../../styles/classroom.css';
import { useAppStore } from '../../store/store';
import type { ClassroomPanel } from '../../store/classroomSlice';
import { BlankScreen } from './BlankScreen';
import { togglePresenter } from './presenterActions';
import { SceneNav } from './SceneNav';
import { useClassroomKeys } from './useClassroomKeys';
import { useDeckStorage } from './useDeckStorage';
import { useSceneViews } from './useSceneViews';
import { usePresenterTheme } from './usePresenterTheme';

// Loaded on first use, so sharing, scenes and export cost nothing on the first visit.
const ShortcutSheet = lazy(() => import('./ShortcutSheet'));
const SharePanel = lazy(() => import('./SharePanel'));
const ScenesPanel = lazy(() => import('./ScenesPanel'));
const ExportPanel = lazy(() => import('./ExportPanel'));

/**
 * The classroom tools in the top bar: scene navigation, presenter mode (which also goes full
 * screen; F alone toggles full screen), share, scenes, export and the shortcut sheet; it also installs the keyboard shortcuts and the
 * presenter theme for the page.
 */
export function ClassroomControls() {
  useClassroomKeys();
  usePresenterTheme();
  useDeckStorage();
  useSceneViews();
  const presenter = useAppStore((s) => s.presenter);
  const panel = useAppStore((s) => s.panel);
  const openPanel = useAppStore((s) => s.openPanel);
  const close = () => openPanel(null);
  const opener = (p: ClassroomPanel) => () => openPanel(p);
  return (
    <>
      <SceneNav />
      <div className="classroom-bar" role="group" aria-label="Classroom">
        <button
          type="button"
          className="tool-button"
          aria-pressed={presenter}
          title="Presenter mode: large type, thick lines, full screen (P)"
          onClick={togglePresenter}
        >
          Present
        </button>
        <button type="button" className="tool-button" onClick={opener('share')}>
          Share
        </button>
        <button type="button" className="tool-button secondary-tool" onClick={opener('scenes')}>
          Scenes
        </button>
        <button type="button" className="tool-button secondary-tool" onClick={opener('export')}>
          Export
        </button>
        <button
          type="button"
          className="tool-button"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          onClick={opener('shortcuts')}
        >
          ?
        </button>
      </div>
      <Suspense fallback={null}>
        {panel === 'shortcuts' && <ShortcutSheet onClose={close} />}
        {panel === 'share' && <SharePanel onClose={close} />}
        {panel === 'scenes' && <ScenesPanel onClose={close} />}
        {panel === 'export' && <ExportPanel onClose={close} />}
      </Suspense>
      <BlankScreen />
    </>
  );
}
